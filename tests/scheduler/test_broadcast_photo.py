"""A broadcast with a photo: the admin's photo update (caption `/broadcast …`) through the Telegram
front-end, the real broadcaster and the fake Bot API. One file_id for every subscriber, no upload;
safe-mode subscribers get the photo with the caption's links taken out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from telegram import Update

from bot.i18n import Catalog
from tests.factories import tg_callback, tg_photo
from tests.fakes.telegram import Call, FakeTelegram
from tests.scheduler.conftest import ADMIN, Bot
from tests.scheduler.test_broadcaster import seed, sender

CATALOG = Catalog()
CAPTION = (
    "/broadcast <b>Tomorrow</b> we write letters: <a href='https://spring96.org'>Viasna</a> has the addresses"
)
BODY = CAPTION.removeprefix("/broadcast ")


async def feed(bot: Bot, update: dict[str, Any]) -> None:
    """An update as the Bot API delivers it, handled by the front-end as polling would."""
    application = bot.frontend.application
    await application.process_update(Update.de_json(update, application.bot))


def to(fake: FakeTelegram, chat: int, method: str = "sendPhoto") -> list[Call]:
    return [c for c in fake.calls(method) if str(c.params["chat_id"]) == str(chat)]


async def test_a_broadcast_with_a_photo_sends_one_file_id_to_every_subscriber(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot: Bot = await start_bot()
    chats = await seed(bot, 5)
    safe = chats[-1]
    await bot.router.ctx.people.set_safe_mode(bot.router.hasher.user_ref("telegram", safe), "en", True)
    file_id = fake.add_file(b"\xff\xd8\xff" + b"poster" * 50)

    await feed(bot, tg_photo(fake.next_update_id(), ADMIN, file_id, CAPTION))
    [preview] = to(fake, ADMIN)
    assert preview.params["photo"] == file_id and preview.params["caption"] == BODY
    audience = to(fake, ADMIN, "sendMessage")[-1]
    [confirm] = [
        b["callback_data"]
        for row in audience.params["reply_markup"]["inline_keyboard"]
        for b in row
        if "Send to subscribers" in b["text"]
    ]
    await feed(bot, tg_callback(fake.next_update_id(), ADMIN, confirm))
    assert await sender(bot).run_once() is True

    sent = [call for chat in chats for call in to(fake, chat)]
    assert len(sent) == len(chats)  # one photo message each, nothing else
    assert {call.params["photo"] for call in sent} == {file_id}  # one file_id for all
    assert fake.uploads == 0
    assert all(to(fake, chat)[0].params["caption"] == BODY for chat in chats[:-1])
    [safe_copy] = to(fake, safe)
    assert "spring96" not in safe_copy.params["caption"] and "href" not in safe_copy.params["caption"]
    assert safe_copy.params["caption"].startswith("<b>Tomorrow</b> we write letters")


async def test_a_broadcast_album_or_an_overlong_caption_is_refused_and_nothing_is_created(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot: Bot = await start_bot()
    await seed(bot, 2)
    file_id = fake.add_file(b"\xff\xd8\xff" + b"poster" * 50)

    await feed(bot, tg_photo(fake.next_update_id(), ADMIN, file_id, CAPTION, media_group_id="a1"))
    await feed(bot, tg_photo(fake.next_update_id(), ADMIN, file_id, "/broadcast " + "x" * 1100))
    first, second = [str(c.params["text"]) for c in to(fake, ADMIN, "sendMessage")]
    assert first == CATALOG.format("broadcast-photo-one", locale="en")
    assert "76 characters too long" in second
    assert not to(fake, ADMIN) and await bot.router.ctx.subscribers.next_running() is None
