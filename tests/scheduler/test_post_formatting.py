"""An admin's post keeps the formatting made with Telegram's own buttons (issue 19, part 1).

Updates go in as the Bot API sends them (entities with UTF-16 offsets, after Cyrillic and an
emoji, where UTF-16 and code-point offsets differ) through python-telegram-bot and the real
front-end; the preview, the channel's sendMessage and the subscribers' copies are read back from
the fake Bot API.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import Update

from bot.adapters.mastodon import status_text
from bot.adapters.telegram_format import caption_html, text_html
from bot.services.links import without_links
from bot.services.post_input import check_post_text
from scheduler.jobs import build_dispatcher
from tests.factories import tg_callback, tg_entity, tg_message
from tests.fakes.telegram import FakeTelegram, TelegramHTML
from tests.scheduler.conftest import ADMIN, Bot
from tests.scheduler.test_broadcast_command import READERS, readers
from tests.scheduler.test_broadcaster import sender

CHANNELS = {"en": "@free_en"}
NOW = datetime(2027, 5, 1, 10, 0, tzinfo=UTC)
MAY_21_NINE_MINSK = datetime(2027, 5, 21, 6, 0, tzinfo=UTC)
# Cyrillic and an emoji outside the BMP (two UTF-16 units) before the bold run.
TEXT = "Свабода 🕊 — Day of Solidarity, May 21 & Viasna <3 #FreeThemAll"
FORMATTED = (
    "Свабода 🕊 — <b>Day of Solidarity</b>, <i>May 21</i> &amp; "
    '<a href="https://spring96.org/en?a=1&amp;b=2">Viasna</a> &lt;3 #FreeThemAll'
)


def entities(text: str) -> list[dict[str, Any]]:
    """Bold, italic and a text link, as a Telegram client sends them, and the hashtag it detects."""
    return [
        tg_entity(text, "bold", "Day of Solidarity"),
        tg_entity(text, "italic", "May 21"),
        tg_entity(text, "text_link", "Viasna", url="https://spring96.org/en?a=1&b=2"),
        tg_entity(text, "hashtag", "#FreeThemAll"),
    ]


class Chat:
    """The admin's side of the chat: updates in through PTB and the front-end, answers out to the fake."""

    def __init__(self, bot: Bot, fake: FakeTelegram) -> None:
        self.bot, self.fake = bot, fake

    async def say(self, text: str = "", button: str | None = None, formatted: bool = False) -> list[Any]:
        """Send a message (with `entities(text)` when `formatted`) or press a button; the bot's answers."""
        before = len(self.fake.requests)
        update_id = self.fake.next_update_id()
        if button is not None:
            update = tg_callback(update_id, ADMIN, button)
        else:
            update = tg_message(update_id, ADMIN, text, entities=entities(text) if formatted else None)
        application = self.bot.frontend.application
        await application.process_update(Update.de_json(update, application.bot))
        return [c for c in self.fake.requests[before:] if c.method in {"sendMessage", "editMessageText"}]


def html_shown(answers: list[Any]) -> list[str]:
    return [str(c.params["text"]) for c in answers if c.params.get("parse_mode") == "HTML"]


def channel_posts(fake: FakeTelegram) -> list[tuple[str, str | None]]:
    calls = fake.calls("sendMessage")
    return [
        (str(c.params["text"]), c.params.get("parse_mode"))
        for c in calls
        if c.params["chat_id"] == "@free_en"
    ]


def confirm_button(answers: list[Any]) -> str:
    rows = answers[-1].params["reply_markup"]["inline_keyboard"]
    return str(rows[0][0]["callback_data"])


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


async def start(start_bot: Callable[..., Any]) -> tuple[Bot, Clock]:
    clock = Clock()
    bot = await start_bot(now=clock, telegram={"channels": CHANNELS})
    return bot, clock


def test_the_entities_become_telegram_html_with_utf16_offsets_and_mastodon_gets_plain_text() -> None:
    message = Update.de_json(tg_message(1, ADMIN, TEXT, entities=entities(TEXT)), None).message
    assert message is not None
    assert text_html(message) == FORMATTED
    assert status_text(FORMATTED) == (
        "Свабода 🕊 — Day of Solidarity, May 21 & Viasna (https://spring96.org/en?a=1&b=2) <3 #FreeThemAll"
    )
    assert without_links(FORMATTED) == (
        "Свабода 🕊 — <b>Day of Solidarity</b>, <i>May 21</i> &amp; Viasna &lt;3 #FreeThemAll"
    )


def test_a_captions_formatting_is_read_the_same_way() -> None:
    update = tg_message(1, ADMIN, "")
    message = update["message"]
    del message["text"]
    message |= {
        "photo": [{"file_id": "AgAD", "file_unique_id": "u1", "width": 90, "height": 90}],
        "caption": TEXT,
        "caption_entities": entities(TEXT),
    }
    parsed = Update.de_json(update, None).message
    assert parsed is not None
    assert caption_html(parsed) == FORMATTED and text_html(parsed) is None


def test_an_expandable_quote_and_a_code_block_pass_the_posts_check_as_telegram_html() -> None:
    text = "Лісты: пішыце\nprint('Свабода')"
    marks = [
        tg_entity(text, "expandable_blockquote", "Лісты: пішыце"),
        tg_entity(text, "pre", "print('Свабода')", language="python"),
    ]
    message = Update.de_json(tg_message(1, ADMIN, text, entities=marks), None).message
    assert message is not None
    body = text_html(message)
    assert body == (
        "<blockquote expandable>Лісты: пішыце</blockquote>\n"
        '<pre><code class="language-python">print(&#x27;Свабода&#x27;)</code></pre>'
    )
    assert check_post_text(body) is None and TelegramHTML.visible_text(body) == text


def test_typed_html_with_only_a_hashtag_is_left_to_the_typed_rule() -> None:
    typed = "<b>May 21</b> #FreeThemAll"
    update = tg_message(1, ADMIN, typed, entities=[tg_entity(typed, "hashtag", "#FreeThemAll")])
    message = Update.de_json(update, None).message
    assert message is not None and text_html(message) is None


def test_a_custom_emoji_becomes_its_emoji_and_a_spoiler_stays() -> None:
    text = "✊ Свабода палітвязням"
    marks = [
        tg_entity(text, "custom_emoji", "✊", custom_emoji_id="5368324170671202286"),
        tg_entity(text, "spoiler", "палітвязням"),
    ]
    message = Update.de_json(tg_message(1, ADMIN, text, entities=marks), None).message
    assert message is not None
    assert text_html(message) == '✊ Свабода <span class="tg-spoiler">палітвязням</span>'


async def test_newpost_keeps_bold_italic_and_link_in_the_preview_and_the_channel(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot, clock = await start(start_bot)
    chat = Chat(bot, fake)
    await chat.say("/newpost")
    await chat.say("2027-05-21 09:00 Europe/Minsk")
    await chat.say(f"en: {TEXT}", formatted=True)
    preview = await chat.say(button="post:next")
    assert html_shown(preview) == [FORMATTED]  # the preview is what the channel gets
    await chat.say(button=confirm_button(preview))

    dispatcher = build_dispatcher(
        bot.frontend.settings, bot.db, bot.router, bot.frontend.publish, bot.frontend.notify
    )
    clock.now = MAY_21_NINE_MINSK
    assert await dispatcher.run_once(MAY_21_NINE_MINSK) == 1
    assert channel_posts(fake) == [(FORMATTED, "HTML")]


async def test_edit_keeps_the_new_formatting(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot, clock = await start(start_bot)
    chat = Chat(bot, fake)
    await chat.say("/newpost")
    await chat.say("2027-05-21 09:00 Europe/Minsk")
    await chat.say("en: <b>typed</b> by hand #FreeThemAll")  # typed HTML still makes bold
    preview = await chat.say(button="post:next")
    assert html_shown(preview) == ["<b>typed</b> by hand #FreeThemAll"]
    await chat.say(button=confirm_button(preview))

    await chat.say("/edit 1")
    await chat.say(button="post:lang:en")
    await chat.say(TEXT, formatted=True)  # the language was chosen with its button: no prefix
    preview = await chat.say(button="post:next")
    assert html_shown(preview) == [FORMATTED]
    await chat.say(button=confirm_button(preview))

    dispatcher = build_dispatcher(
        bot.frontend.settings, bot.db, bot.router, bot.frontend.publish, bot.frontend.notify
    )
    clock.now = MAY_21_NINE_MINSK
    assert await dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(seconds=1)) == 1
    assert channel_posts(fake) == [(FORMATTED, "HTML")]


async def test_broadcast_keeps_the_formatting_for_subscribers_and_its_preview(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot, _ = await start(start_bot)
    await readers(bot)
    chat = Chat(bot, fake)
    answers = await chat.say(f"/broadcast {TEXT}", formatted=True)
    assert html_shown(answers) == [FORMATTED]
    rows = answers[-1].params["reply_markup"]["inline_keyboard"]
    go = next(b["callback_data"] for row in rows for b in row if b["callback_data"].startswith("bc:go:"))
    await chat.say(button=go)
    assert await sender(bot).run_once() is True
    for reader in READERS.values():
        [received] = [c for c in fake.calls("sendMessage") if int(c.params["chat_id"]) == reader]
        assert (received.params["text"], received.params["parse_mode"]) == (FORMATTED, "HTML")
