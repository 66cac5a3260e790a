"""`/broadcast` as an admin types it: the whole text goes out, and the preview's buttons choose the
languages (issue 17, item 3). Through the router, the real broadcaster and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.core import Incoming, Outgoing
from bot.router import Router
from tests.fakes.telegram import FakeTelegram
from tests.scheduler.conftest import ADMIN, Bot
from tests.scheduler.test_broadcaster import sender

READERS = {"be": 10_001, "ru": 10_002, "en": 10_003, "de": 10_004}


async def readers(bot: Bot) -> None:
    """One subscriber in each of four languages."""
    hasher, subscribers = bot.router.hasher, bot.router.ctx.subscribers
    for locale, chat in READERS.items():
        await subscribers.subscribe(hasher.user_ref("telegram", chat), "telegram", str(chat), locale)


async def admin(router: Router, text: str = "", data: str | None = None) -> list[Outgoing]:
    return await router.handle(Incoming("telegram", ADMIN, "en", text=text, callback_data=data))


def button(reply: Outgoing, label: str) -> str:
    """The data of the reply's button whose label contains `label`."""
    (found,) = [data for row in reply.buttons for shown, data in row if label in shown]
    return found


def received(fake: FakeTelegram) -> dict[str, list[str]]:
    return {locale: fake.sent_texts(chat) for locale, chat in READERS.items()}


@pytest.mark.parametrize(
    "body",
    [
        "Свабоду ўсім!",
        "be strong today",
        "en route to Vilnius, we remember them",
        "it is time",
        "ru,be are language codes, but here they are words",
        "<b>Заўтра</b> — Дзень салідарнасці з палітвязнямі.\n\nПа-беларуску,\nпа-руску —\n"
        '<a href="https://spring96.org/be">Вясна</a> &amp; усе мы',
    ],
)
async def test_the_whole_text_goes_to_every_subscriber_as_typed(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str], body: str
) -> None:
    fake, _ = fake_telegram
    bot = await start_bot()
    await readers(bot)
    preview, audience = await admin(bot.router, f"/broadcast {body}")
    assert preview.html and preview.text == body
    assert "Recipients: 4 subscribers (all languages)" in audience.text

    (started,) = await admin(bot.router, data=button(audience, "Send to subscribers"))
    assert "is going out" in started.text
    assert await sender(bot).run_once() is True
    assert received(fake) == {key: [body] for key in READERS}
    calls = [c for c in fake.calls("sendMessage") if int(c.params["chat_id"]) in READERS.values()]
    assert {c.params.get("parse_mode") for c in calls} == {"HTML"}


async def test_the_languages_are_chosen_with_buttons_and_the_preview_says_who_and_how_many(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_bot()
    await readers(bot)
    _, audience = await admin(bot.router, "/broadcast be strong, we are with you")

    (picker,) = await admin(bot.router, data=button(audience, "Choose languages"))
    assert "Recipients: 4 subscribers (all languages)" in picker.text
    assert button(picker, "✓ All languages")  # everyone, until a language is picked
    (picker,) = await admin(bot.router, data=button(picker, "Беларуская"))
    assert "Recipients: 1 subscriber (only these languages: be)" in picker.text
    (picker,) = await admin(bot.router, data=button(picker, "Русский"))
    assert "Recipients: 2 subscribers (only these languages: be, ru)" in picker.text
    assert button(picker, "✓ Беларуская") and button(picker, "✓ Русский")

    (started,) = await admin(bot.router, data=button(picker, "Send to subscribers"))
    assert "is going out" in started.text
    assert await sender(bot).run_once() is True
    text = "be strong, we are with you"
    assert received(fake) == {"be": [text], "ru": [text], "en": [], "de": []}


async def test_picking_a_language_again_takes_it_out_and_the_last_one_out_means_everyone(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_bot()
    await readers(bot)
    _, audience = await admin(bot.router, "/broadcast Free them all")
    (picker,) = await admin(bot.router, data=button(audience, "Choose languages"))
    (picker,) = await admin(bot.router, data=button(picker, "Deutsch"))
    assert "(only these languages: de)" in picker.text
    (picker,) = await admin(bot.router, data=button(picker, "✓ Deutsch"))
    assert "Recipients: 4 subscribers (all languages)" in picker.text
    (picker,) = await admin(bot.router, data=button(picker, "English"))
    (picker,) = await admin(bot.router, data=button(picker, "All languages"))
    assert "(all languages)" in picker.text
    await admin(bot.router, data=button(picker, "Send to subscribers"))
    assert await sender(bot).run_once() is True
    assert received(fake) == {key: ["Free them all"] for key in READERS}


async def test_a_bare_broadcast_explains_itself_in_the_admins_language(start_bot: Callable[..., Any]) -> None:
    bot = await start_bot()
    (usage,) = await bot.router.handle(Incoming("telegram", ADMIN, "be", text="/broadcast   \n "))
    assert usage.text.startswith("Дашліце /broadcast, а потым тэкст")
    (forged,) = await admin(bot.router, data="bc:go:1:xx,yy")
    assert "/help" in forged.text  # a forged audience is not taken
