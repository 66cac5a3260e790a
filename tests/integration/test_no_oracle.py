"""No oracle: during a whole scenario (safe mode, a named pledge, a subscription, /forget, an export,
a lockdown, a broadcast) nothing in the logs, /metrics or /healthz names a person: no user id, chat id,
username, name or keyed hash, even at DEBUG.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest

from bot import metrics
from bot.identity import IdentityHasher
from bot.settings import Settings
from bot.storage.session import Database
from tests.conftest import TEST_KEY, free_port
from tests.factories import tg_callback, tg_message
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import running_bot, wait_until_healthy

pytestmark = pytest.mark.integration
SECRET = "hook-secret-0123456789"
OWNER, PERSON, OTHER = 4242, 918273640, 918273641
PEOPLE = {
    PERSON: {"username": "zmitser_minsk", "first_name": "Змітрок", "last_name": "Вішнёў"},
    OTHER: {"username": "olena_kyiv", "first_name": "Olena"},
}


def from_(update: dict[str, Any], user: int) -> dict[str, Any]:
    """The update, sent by a person with a username and a full name."""
    part = update.get("message") or update["callback_query"]
    part["from"] = part["from"] | PEOPLE.get(user, {})
    return update


async def test_logs_metrics_and_health_name_nobody(
    make_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    db: Database,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake, base_url = fake_telegram
    port, metrics_port = free_port(), free_port()
    settings = make_settings(
        telegram={
            "token": fake.token,
            "api_base_url": base_url,
            "webhook_url": "https://bot.example.org/hook",
            "webhook_secret": SECRET,
        },
        core={
            "port": port,
            "host": "127.0.0.1",
            "metrics_port": metrics_port,
            "metrics_host": "127.0.0.1",
            "admin_ids": [OWNER],
            "log_level": "DEBUG",
        },
        safety={"owner_ids": [OWNER], "milestone_jitter_minutes": 0},
        pledges={"milestones": [1, 2]},
    )
    caplog.set_level(logging.DEBUG)
    origin = f"http://127.0.0.1:{port}"
    seen: list[str] = []
    async with running_bot(settings), aiohttp.ClientSession() as session:
        await wait_until_healthy(f"{origin}/healthz")
        assert logging.getLogger().getEffectiveLevel() == logging.DEBUG  # everything a library logs

        async def send(update: dict[str, Any], user: int) -> None:
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            async with session.post(f"{origin}/hook", json=from_(update, user), headers=headers) as answer:
                assert answer.status == 200

        def n() -> int:
            return fake.next_update_id()

        for user, lang in ((PERSON, "be"), (OTHER, "uk")):
            await send(tg_message(n(), user, "/start", lang=lang), user)
            await send(tg_callback(n(), user, f"lang:{lang}", lang), user)
            await send(tg_callback(n(), user, "safe:on" if user == PERSON else "safe:off", lang), user)
            await send(tg_message(n(), user, "/pledge", lang=lang), user)
            await send(tg_callback(n(), user, "pledge:named", lang), user)
            await send(tg_message(n(), user, "/subscribe", lang=lang), user)
            await send(tg_message(n(), user, "/stats", lang=lang), user)
        await send(tg_message(n(), OTHER, "/forget", lang="uk"), OTHER)
        await send(tg_callback(n(), OTHER, "forget:yes", "uk"), OTHER)
        owner_says = ["/export", "/broadcast Свабоду ўсім!", "/lockdown LOCKDOWN", "/export"]
        owner_says.append("/unlock UNLOCK")
        for text in owner_says:
            await send(tg_message(n(), OWNER, text), OWNER)
        await metrics.refresh(db)  # what the next scrape shows, as the job reads it
        for url in (f"http://127.0.0.1:{metrics_port}/metrics", f"{origin}/healthz"):
            async with session.get(url) as answer:
                seen.append(await answer.text())

    assert len(fake.calls("sendDocument")) == 1  # the export before the lockdown, not the one during
    hasher = IdentityHasher(TEST_KEY.encode())
    names: set[str] = set()
    for user, person in PEOPLE.items():
        ref = hasher.user_ref("telegram", user)
        names |= {str(user), ref, hasher.user_ref("sync", ref), *person.values()}
    text = caplog.text + "\n".join(seen)
    assert caplog.records and "pledges" in seen[0]  # the logs were captured; the metrics were read
    for name in names:
        assert name not in text, name
