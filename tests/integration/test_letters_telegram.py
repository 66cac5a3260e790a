"""The admins' import of Viasna's list in the chat, through the whole bot and the fake Bot API.

An admin sends the export as a file with the caption /importprisoners; the bot downloads it
(getFile), shows the summary with Confirm, and replaces the list only on the press.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.i18n import Catalog
from bot.settings import Settings
from bot.storage.session import Database
from tests.conftest import free_port
from tests.factories import tg_callback, tg_document, tg_message
from tests.fakes.telegram import Call, FakeTelegram
from tests.integration._bot import running_bot

pytestmark = pytest.mark.integration
CATALOG = Catalog()
ADMIN, SOMEONE = 1001, 2002
DATA = Path(__file__).resolve().parents[1] / "data" / "prisoners-invented.csv"


@pytest.fixture
def settings(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> Settings:
    fake, base_url = fake_telegram
    return make_settings(
        telegram={"token": fake.token, "api_base_url": base_url},
        core={"port": free_port(), "host": "127.0.0.1", "admin_ids": [ADMIN]},
    )


def sent(fake: FakeTelegram) -> list[Call]:
    return [call for call in fake.requests if call.method in {"sendMessage", "editMessageText"}]


async def push(fake: FakeTelegram, update: dict[str, Any]) -> Call:
    before = len(sent(fake))
    await fake.push(update)
    async with asyncio.timeout(20), fake.changed:
        await fake.changed.wait_for(lambda: len(sent(fake)) > before)
    return sent(fake)[before]


def a_file(fake: FakeTelegram, user: int, content: bytes, name: str) -> dict[str, Any]:
    """The file as Telegram delivers it: a document with its caption."""
    update = tg_document(fake.next_update_id(), user, name, "text/csv", len(content))
    update["message"]["document"]["file_id"] = fake.add_file(content, name)
    update["message"]["caption"] = "/importprisoners"
    return update


def buttons(call: Call) -> list[str]:
    markup = call.params.get("reply_markup") or {}
    return [button["callback_data"] for row in markup.get("inline_keyboard", []) for button in row]


async def test_an_admin_sends_the_export_sees_the_summary_and_confirms(
    fake_telegram: tuple[FakeTelegram, str], settings: Settings
) -> None:
    fake, _ = fake_telegram
    async with running_bot(settings):
        [empty] = [await push(fake, tg_message(fake.next_update_id(), SOMEONE, "/letters Ales"))]
        assert empty.params["text"] == CATALOG.format("letters-no-data", locale="en")

        page = b"<!DOCTYPE html><html><body>prisoners</body></html>"
        refused = await push(fake, a_file(fake, ADMIN, page, "export.csv"))
        assert refused.params["text"].startswith(CATALOG.format("letters-import-refused", locale="en"))
        assert "web page (HTML)" in refused.params["text"]

        stranger = await push(fake, a_file(fake, SOMEONE, DATA.read_bytes(), "list.csv"))
        assert stranger.params["text"] == CATALOG.format("admin-only", locale="en")

        summary = await push(fake, a_file(fake, ADMIN, DATA.read_bytes(), "list.csv"))
        counts = {"rows": 30, "active": 26, "birthdays": 23, "addresses": 24}
        assert summary.params["text"].split("\n") == [
            CATALOG.format("letters-import-summary", counts, "en"),
            CATALOG.format("letters-import-first", locale="en"),
        ]
        confirm, cancel = buttons(summary)
        assert cancel == "letimp:no"
        [still_empty] = [await push(fake, tg_message(fake.next_update_id(), SOMEONE, "/letters"))]
        assert still_empty.params["text"] == CATALOG.format("letters-no-data", locale="en")

        done = await push(fake, tg_callback(fake.next_update_id(), ADMIN, confirm))
        assert CATALOG.format("letters-import-done", {"active": 26}, "en") in done.params["text"]
        again = await push(fake, tg_callback(fake.next_update_id(), ADMIN, confirm))
        assert CATALOG.format("letters-import-gone", locale="en") in again.params["text"]  # once only

        found = await push(fake, tg_message(fake.next_update_id(), SOMEONE, "/letters Ales"))
        assert "Прыдуманы Алесь Тэставіч" in found.params["text"]
