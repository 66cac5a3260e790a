"""An admin queues a nine-language May 21 post from Telegram, previews it, confirms; it goes out once.

The bot runs whole (polling the fake Bot API) with an injected clock that the test moves forward.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.i18n import Catalog
from bot.settings import LOCALES, Settings
from bot.storage.session import Database
from tests.conftest import free_port
from tests.factories import tg_callback, tg_message
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import MovableClock, running_bot

pytestmark = pytest.mark.integration
CATALOG = Catalog()
ADMIN, PERSON = 1001, 5005
CHANNELS = {locale: f"@free_{locale}_channel" for locale in LOCALES}
MAY_21_NINE_MINSK = datetime(2027, 5, 21, 6, 0, tzinfo=UTC)


@pytest.fixture
def settings(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> Settings:
    """The bot's settings on a migrated database (PostgreSQL is migrated before the bot starts)."""
    fake, base_url = fake_telegram
    return make_settings(
        telegram={"token": fake.token, "api_base_url": base_url, "channels": CHANNELS},
        core={"port": free_port(), "host": "127.0.0.1", "admin_ids": [ADMIN]},
    )


def outputs(fake: FakeTelegram) -> list[Any]:
    """Everything the bot said, sent or edited, in order."""
    return [call for call in fake.requests if call.method in {"sendMessage", "editMessageText"}]


async def say(
    fake: FakeTelegram, user: int, text: str | None = None, button: str | None = None, n: int = 1
) -> list[Any]:
    """Send a message or press a button; return the bot's `n` answers."""
    before = len(outputs(fake))
    update_id = fake.next_update_id()
    update = tg_callback(update_id, user, button) if button else tg_message(update_id, user, text or "")
    await fake.push(update)
    await until(fake, lambda: len(outputs(fake)) >= before + n)
    return outputs(fake)[before:]


async def until(fake: FakeTelegram, condition: Callable[[], bool], within: float = 15) -> None:
    """Wait for the bot to do something the test can see (e.g. the dispatcher's next knock)."""
    async with asyncio.timeout(within), fake.changed:
        await fake.changed.wait_for(condition)


def body(locale: str) -> str:
    link = f'<a href="https://spring96.org/{locale}">Viasna</a>'
    return f"<b>{locale.upper()}</b>: May 21 &amp; {link} #FreeThemAll"


async def test_a_nine_language_may_21_post_previewed_confirmed_and_sent_once(
    settings: Settings, fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    clock = MovableClock(datetime(2027, 5, 1, 10, 0, tzinfo=UTC))
    async with running_bot(settings, now=clock):
        [ask] = await say(fake, ADMIN, "/newpost")
        assert "2027-05-21 09:00 Europe/Minsk" in ask.params["text"]
        [menu] = await say(fake, ADMIN, "2027-05-21 09:00 Europe/Minsk")
        assert "2027-05-21 09:00 Europe/Minsk" in menu.params["text"]
        for locale in LOCALES:
            [menu] = await say(fake, ADMIN, f"{locale}: {body(locale)}")
        assert "be, de, en, fr, it, lt, pl, ru, uk" in menu.params["text"]

        preview = await say(fake, ADMIN, button="post:next", n=2 + 2 * len(LOCALES))
        head, *variants, confirm = preview
        assert head.method == "editMessageText" and "9 channels" in head.params["text"]
        shown = [v.params for v in variants if v.params.get("parse_mode") == "HTML"]
        assert [p["text"] for p in shown] == [body(locale) for locale in LOCALES]
        [[ok_button], _] = confirm.params["reply_markup"]["inline_keyboard"]

        [queued] = await say(fake, ADMIN, button=ok_button["callback_data"])
        assert "Post #1 is queued for 2027-05-21 09:00 Europe/Minsk (9 channels)" in queued.params["text"]
        [listing] = await say(fake, ADMIN, "/queue")
        assert "#1 · 2027-05-21 09:00 Europe/Minsk" in listing.params["text"]

        clock.now = MAY_21_NINE_MINSK
        await until(fake, lambda: any("9 of 9 sent" in text for text in fake.sent_texts(ADMIN)))
        calls = fake.calls("sendMessage")

    posted = {str(c.params["chat_id"]): c.params for c in calls if str(c.params["chat_id"]).startswith("@")}
    assert len([c for c in calls if str(c.params["chat_id"]).startswith("@")]) == len(LOCALES)
    for locale in LOCALES:  # exactly as previewed
        assert posted[CHANNELS[locale]]["text"] == body(locale)
        assert posted[CHANNELS[locale]]["parse_mode"] == "HTML"
    report = fake.sent_texts(ADMIN)[-1]
    assert "Post #1 (2027-05-21 09:00 Europe/Minsk): 9 of 9 sent" in report


async def test_bad_input_gets_a_clear_reply_and_queues_nothing(
    settings: Settings, fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    clock = MovableClock(datetime(2027, 5, 1, 10, 0, tzinfo=UTC))
    async with running_bot(settings, now=clock):
        [refused] = await say(fake, PERSON, "/newpost")
        assert refused.params["text"] == CATALOG.format("admin-only", locale="en")
        [ordinary] = await say(fake, PERSON, "2027-05-21 09:00")  # not an admin: just text
        assert ordinary.params["text"] == CATALOG.format("free-text", locale="en")

        await say(fake, ADMIN, "/newpost")
        [past] = await say(fake, ADMIN, "2027-04-30 09:00")
        assert "already passed (it is now 2027-05-01 13:00 Europe/Minsk)" in past.params["text"]
        [swapped] = await say(fake, ADMIN, "05/06/2027 09:00")
        assert "year first: 2027-05-21 09:00 Europe/Minsk" in swapped.params["text"]
        [zone] = await say(fake, ADMIN, "2027-05-21 09:00 Europe/Minks")
        assert "“Europe/Minks”" in zone.params["text"]
        await say(fake, ADMIN, "2027-05-21 09:00")
        [long] = await say(fake, ADMIN, "en: " + "x" * 4100)
        assert "4 characters too long" in long.params["text"]
        [entity] = await say(fake, ADMIN, "en: Rock & roll")
        assert "&amp;" in entity.params["text"]
        [nothing] = await say(fake, ADMIN, "/queue")
        assert nothing.params["text"] == CATALOG.format("post-queue-empty", locale="en")
        [usage] = await say(fake, ADMIN, "/cancel soon")
        assert "/cancel 12" in usage.params["text"]
