"""Safe mode: no link of any form reaches a safe-mode chat, and a message of links only is skipped (17, 9)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from bot.core import Incoming
from bot.settings import LOCALES
from bot.storage.models import BroadcastDelivery
from tests.fakes.telegram import FakeTelegram
from tests.scheduler.conftest import ADMIN, Bot
from tests.scheduler.test_broadcaster import seed, sender

LINKS = [
    "www.example.com",
    "spring96.org",
    "example.org/path?x=1",
    "t.me/free_them_all",
    "viasna.online",
    "сайт.бел",
    "https://spring96.org/en/news/114277",
    "tg://resolve?domain=free_them_all",
    "@free_them_all",
    "help@example.by",
]


async def broadcast_to(bot: Bot, text: str) -> None:
    texts = {locale: text for locale in LOCALES}
    assert await bot.router.ctx.subscribers.create_broadcast(f"test:{text[:20]}", "admin", texts)


async def test_no_link_of_any_form_reaches_a_safe_mode_chat(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot: Bot = await start_bot()
    plain, safe = await seed(bot, 2)
    await bot.router.ctx.people.set_safe_mode(bot.router.hasher.user_ref("telegram", safe), "en", True)
    body = (
        "Read <a href='https://spring96.org'>Viasna</a>: " + ", ".join(LINKS) + " and <b>write</b> to them."
    )
    await broadcast_to(bot, body)
    assert await sender(bot).run_once() is True

    [received] = fake.sent_texts(safe)
    assert not [link for link in [*LINKS, "href", "free_them_all"] if link in received], received
    assert received.startswith("Read Viasna") and received.endswith("<b>write</b> to them.")
    assert fake.sent_texts(plain) == [body]  # outside safe mode the message is as written


async def test_a_broadcast_of_links_only_is_skipped_in_safe_mode_not_failed(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot: Bot = await start_bot()
    chats = await seed(bot, 4)
    for chat in chats[1:]:
        await bot.router.ctx.people.set_safe_mode(bot.router.hasher.user_ref("telegram", chat), "en", True)
    await broadcast_to(bot, '<a href="https://t.me/free_them_all">t.me/free_them_all</a> spring96.org')
    broadcaster = sender(bot)
    assert await broadcaster.run_once() is True

    assert [fake.delivered[chat] for chat in chats] == [1, 0, 0, 0]
    assert [fake.sent_texts(chat) for chat in chats[1:]] == [[], [], []]  # nothing Telegram would refuse
    async with bot.db.transaction() as session:
        statuses = sorted((await session.execute(select(BroadcastDelivery.status))).scalars())
    assert statuses == ["sent", "skipped", "skipped", "skipped"]
    assert broadcaster.last_tally is not None
    assert (broadcaster.last_tally.sent, broadcaster.last_tally.failed, broadcaster.last_tally.skipped) == (
        1,
        0,
        3,
    )
    done = fake.sent_texts(ADMIN)[-1]
    expected = bot.router.catalog.format(
        "broadcast-done", {"id": 1, "sent": 1, "failed": 0, "skipped": 3}, "en"
    )
    assert done == expected and "3 safe-mode chats" in done


async def test_replies_in_a_safe_mode_chat_carry_no_link_either(start_bot: Callable[..., Any]) -> None:
    """An admin travelling to Belarus, in safe mode, asks how /setstat works: its example names a site."""
    bot: Bot = await start_bot()
    await bot.router.ctx.people.set_safe_mode(bot.admin_ref(), "en", True)
    [usage] = await bot.router.handle(Incoming("telegram", ADMIN, "en", text="/setstat"))
    assert "/setstat NUMBER" in usage.text and "spring96" not in usage.text
    await bot.router.ctx.people.set_safe_mode(bot.admin_ref(), "en", False)
    [usage] = await bot.router.handle(Incoming("telegram", ADMIN, "en", text="/setstat"))
    assert "spring96.org" in usage.text
