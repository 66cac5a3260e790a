"""The whole bot over HTTP: python-telegram-bot polls the fake Bot API, replies land there."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from bot.i18n import Catalog
from bot.settings import Settings
from bot.storage.session import Database
from bot.wiring import MENU
from tests.conftest import free_port
from tests.factories import tg_callback, tg_message
from tests.fakes.telegram import BOT_USERNAME, FakeTelegram
from tests.integration._bot import running_bot

pytestmark = pytest.mark.integration
USER = 4242
CATALOG = Catalog()


@pytest.fixture
def telegram_settings(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> Any:
    """Settings for a bot on the fake Bot API, on a freshly migrated database (`db`)."""
    fake, base_url = fake_telegram
    return make_settings(
        telegram={"token": fake.token, "api_base_url": base_url},
        core={"port": free_port(), "host": "127.0.0.1"},
    )


async def test_start_greets_in_the_users_language_and_offers_the_picker(
    telegram_settings: Settings, fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """A Belarusian Telegram app gets the greeting in Belarusian and the nine-language picker."""
    fake, _ = fake_telegram
    async with running_bot(telegram_settings):
        await fake.push(tg_message(fake.next_update_id(), USER, "/start", lang="be-BY"))
        calls = await fake.wait_for("sendMessage", 2)
    greeting, picker = calls[0].params, calls[1].params
    assert int(greeting["chat_id"]) == USER
    assert greeting["text"] == CATALOG.format("start-greeting", locale="be")
    assert "палітвязн" in greeting["text"]
    labels = [b["text"] for row in picker["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == [
        "Беларуская",
        "Русский",
        "Українська",
        "Polski",
        "Lietuvių",
        "English",
        "Deutsch",
        "Français",
        "Italiano",
    ]


async def test_language_choice_survives_a_restart(
    telegram_settings: Settings, fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """/lang pl is stored: after a restart, a user whose app is in English is answered in Polish."""
    fake, _ = fake_telegram
    async with running_bot(telegram_settings):
        await fake.push(tg_message(fake.next_update_id(), USER, "/lang pl", lang="en"))
        await fake.wait_for("sendMessage", 2)
    async with running_bot(telegram_settings):
        await fake.push(tg_message(fake.next_update_id(), USER, "/help", lang="en"))
        calls = await fake.wait_for("sendMessage", 3)
    assert calls[0].params["text"] == CATALOG.format("lang-changed", locale="pl")
    assert calls[1].params["text"] == CATALOG.format("safe-ask", {"minutes": 10}, locale="pl")
    assert calls[2].params["text"] == CATALOG.format("help-text", locale="pl")


async def test_picker_button_stores_the_choice_and_edits_the_picker(
    telegram_settings: Settings, fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """Pressing a language button answers the query and turns the picker into the confirmation."""
    fake, _ = fake_telegram
    async with running_bot(telegram_settings):
        await fake.push(tg_callback(fake.next_update_id(), USER, "lang:uk", lang="ru"))
        edits = await fake.wait_for("editMessageText", 1)
        await fake.push(tg_message(fake.next_update_id(), USER, "/about", lang="ru"))
        sent = await fake.wait_for("sendMessage", 3)
    assert fake.calls("answerCallbackQuery")
    assert edits[0].params["text"] == CATALOG.format("lang-changed", locale="uk")
    assert "reply_markup" not in edits[0].params
    # On first contact, the safe-mode question follows the language, as a message with two buttons.
    assert sent[0].params["text"] == CATALOG.format("safe-ask", {"minutes": 10}, locale="uk")
    assert "safe:on" in str(sent[0].params["reply_markup"])
    assert sent[1].params["text"] == CATALOG.format("about-campaign", locale="uk")


async def test_unknown_command_and_free_text_get_a_helpful_reply(
    telegram_settings: Settings, fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """Nothing a person types is met with silence in a private chat."""
    fake, _ = fake_telegram
    async with running_bot(telegram_settings):
        await fake.push(tg_message(fake.next_update_id(), USER, "/frobnicate", lang="de"))
        await fake.push(tg_message(fake.next_update_id(), USER, "Hallo?", lang="de"))
        calls = await fake.wait_for("sendMessage", 2)
    assert "/frobnicate" in calls[0].params["text"]
    assert "/help" in calls[1].params["text"]


async def test_command_menu_is_published_in_every_language(
    telegram_settings: Settings, fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """setMyCommands is sent once for the default and once per locale."""
    fake, _ = fake_telegram
    async with running_bot(telegram_settings):
        calls = await fake.wait_for("setMyCommands", 10)
    codes = {call.params.get("language_code") for call in calls}
    assert codes == {None, "be", "ru", "uk", "pl", "lt", "en", "de", "fr", "it"}
    assert [c["command"] for c in calls[0].params["commands"]] == MENU


async def test_polling_rides_out_bot_api_errors_without_logging_the_token(
    telegram_settings: Settings, fake_telegram: tuple[FakeTelegram, str], caplog: pytest.LogCaptureFixture
) -> None:
    """getUpdates failing (5xx, flood control) is retried; the next update is still answered."""
    fake, _ = fake_telegram
    caplog.set_level(logging.INFO)
    fake.fail_next("getUpdates", 502, "Bad Gateway")
    fake.fail_next("getUpdates", 429, "Too Many Requests: retry after 1", retry_after=1)
    async with running_bot(telegram_settings):
        await fake.push(tg_message(fake.next_update_id(), USER, "/help", lang="lt"))
        calls = await fake.wait_for("sendMessage", 1, within=20)
    assert calls[0].params["text"] == CATALOG.format("help-text", locale="lt")
    assert "polling failed" in caplog.text
    assert fake.token not in caplog.text
    assert fake.token.split(":")[1] not in caplog.text


async def test_group_commands_for_another_bot_are_left_alone(
    telegram_settings: Settings, fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """`/help@OtherBot` and chatter in a group get no reply; `/help@OurBot` does."""
    fake, _ = fake_telegram
    group = -100123
    async with running_bot(telegram_settings):
        for text in ("/help@SomeOtherBot", "/ban@SomeOtherBot", "just chatting", f"/help@{BOT_USERNAME}"):
            await fake.push(
                tg_message(fake.next_update_id(), USER, text, chat_id=group, chat_type="supergroup")
            )
        calls = await fake.wait_for("sendMessage", 1)
        await fake.push(tg_message(fake.next_update_id(), USER, "/about", lang="en"))
        calls = await fake.wait_for("sendMessage", 3)
    assert [int(c.params["chat_id"]) for c in calls] == [group, USER, USER]
    assert calls[0].params["text"] == CATALOG.format("help-text", locale="en")


async def test_button_press_is_handled_even_when_the_query_is_too_old_to_answer(
    telegram_settings: Settings, fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """After downtime, answerCallbackQuery fails with 400; the choice is still stored."""
    fake, _ = fake_telegram
    fake.fail_next("answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired")
    async with running_bot(telegram_settings):
        await fake.push(tg_callback(fake.next_update_id(), USER, "lang:be", lang="ru"))
        await fake.wait_for("editMessageText", 1)
        await fake.push(tg_message(fake.next_update_id(), USER, "/help", lang="ru"))
        calls = await fake.wait_for("sendMessage", 2)
    assert calls[1].params["text"] == CATALOG.format("help-text", locale="be")
