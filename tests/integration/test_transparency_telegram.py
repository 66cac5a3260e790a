"""The public pledge log in the whole bot: the first checkpoint at start, a receipt after a pledge,
the next checkpoint posted to the channel once its boundary has passed, all served on PORT."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest

from bot.services.transparency import checkpoint, receipt
from bot.settings import Settings
from bot.storage.session import Database
from scheduler import jobs
from tests.conftest import TEST_VERIFIER_KEY, free_port
from tests.factories import tg_callback
from tests.fakes.telegram import FakeTelegram
from tests.faults.test_postgres_restart import until
from tests.integration._bot import MovableClock, running_bot, wait_until_healthy

pytestmark = pytest.mark.integration
START = datetime(2027, 5, 21, 9, 5, tzinfo=UTC)


async def test_a_pledge_with_a_receipt_then_its_checkpoint_in_the_channel(
    make_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    monkeypatch: pytest.MonkeyPatch,
    db: Database,  # migrated (on PostgreSQL the bot only checks)
) -> None:
    fake, base_url = fake_telegram
    monkeypatch.setattr(jobs, "CHECKPOINT_SECONDS", 0.2)
    monkeypatch.setattr(jobs, "DISPATCH_SECONDS", 0.2)
    port = free_port()
    settings = make_settings(
        telegram={"token": fake.token, "api_base_url": base_url, "channels": "en=@free_en"},
        core={"port": port, "host": "127.0.0.1"},
    )
    clock = MovableClock(START)
    base = f"http://127.0.0.1:{port}/transparency"
    async with running_bot(settings, now=clock), aiohttp.ClientSession() as session:
        await wait_until_healthy(f"http://127.0.0.1:{port}/healthz")
        async with session.get(f"{base}/checkpoint") as response:
            assert checkpoint.open_note(await response.text(), TEST_VERIFIER_KEY).size == 0
        await fake.push(tg_callback(fake.next_update_id(), 6001, "pledge:anonymous"))
        [confirmed] = await fake.wait_for("editMessageText", 1)
        [[offer]] = confirmed.params["reply_markup"]["inline_keyboard"]
        assert offer["text"] == "Get a receipt"
        await fake.push(tg_callback(fake.next_update_id(), 6001, offer["callback_data"]))
        await until(lambda: any("FTA1-0-" in t for t in _texts(fake)), fake)
        [shown] = [t for t in _texts(fake) if "FTA1-0-" in t]
        assert "evidence that you signed" in shown
        held = next(word for word in shown.split() if word.startswith("FTA1-"))
        leaf, _secret = receipt.parse_receipt(held)
        assert fake.calls("sendMessage") == [] or all(
            c.params["chat_id"] != "@free_en" for c in fake.calls("sendMessage")
        )  # nothing posted before the boundary
        clock.now = START + timedelta(minutes=56)  # past 10:00 UTC
        await until(lambda: any("Public pledge log" in t for t in _channel(fake)), fake)
        async with session.get(f"{base}/checkpoints") as response:
            listed = json.loads(await response.text())["checkpoints"]
    assert [(c["size"], c["count"]) for c in listed] == [(0, 0), (1, 1)]
    [post] = _channel(fake)
    assert "Entries: 1. Signatures counted: 1." in post and listed[1]["note"].strip() in post
    assert leaf == 0


def _texts(fake: FakeTelegram) -> list[str]:
    return [
        str(c.params.get("text", "")) for c in fake.requests if c.method in {"sendMessage", "editMessageText"}
    ]


def _channel(fake: FakeTelegram) -> list[str]:
    return [str(c.params["text"]) for c in fake.calls("sendMessage") if c.params["chat_id"] == "@free_en"]
