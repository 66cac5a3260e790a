"""Photo and album posts under the dispatcher's rules: a stop during an album's send is never resent
(reported unknown), and an edit keeps a post's photos and buttons. Real front-end, fake Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from bot.services.post_content import LinkButton, MediaRef
from bot.services.post_input import Moment
from bot.services.posts import Draft, PostService
from scheduler.dispatch import LEASE
from tests.fakes.telegram import FakeTelegram
from tests.scheduler.test_dispatch import BEFORE, MAY_21_NINE_MINSK, admin_messages
from tests.scheduler.test_dispatch import start_instance as start_instance  # the fixture

BUTTON = LinkButton("Sign the appeal", "https://spring96.org/appeal")


async def queue_album(posts: PostService, admin_ref: str, file_ids: list[str]) -> Draft:
    """An English post: an album (its caption on the first item), a button, confirmed."""
    draft = await posts.start_draft(admin_ref)
    await posts.set_moment(draft.id, Moment(MAY_21_NINE_MINSK, "Europe/Minsk"))
    for order, file_id in enumerate(file_ids, start=1):
        added = await posts.add_photo(draft.id, MediaRef(file_id), "album", order == 1, order)
        assert isinstance(added, tuple), added
    await posts.set_text(draft.id, "en", "<b>Free them all</b> #FreeThemAll")
    await posts.set_buttons(draft.id, "*", [BUTTON])
    current = await posts.draft_of(admin_ref)
    assert current is not None
    queued = await posts.confirm(current.id, current.version, admin_ref, BEFORE)
    assert isinstance(queued, Draft), queued
    return queued


async def test_a_stop_while_an_album_is_being_sent_is_never_resent_and_the_admin_is_told(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance()
    ids = [fake.add_file(b"\xff\xd8" + bytes([n]) * 40, f"a{n}") for n in range(3)]
    await queue_album(bot.posts, bot.admin_ref(), ids)  # one channel: en
    fake.delays["sendMediaGroup"] = 2  # longer than the test waits before stopping it
    sending = asyncio.create_task(bot.dispatcher.run_once(MAY_21_NINE_MINSK))
    await fake.wait_for("sendMediaGroup", 1)
    sending.cancel()  # the album may be in the channel, its buttons not: did it post? nobody knows
    with pytest.raises(asyncio.CancelledError):
        await sending
    del fake.delays["sendMediaGroup"]

    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(seconds=30)) == 0
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + LEASE + timedelta(seconds=1)) == 0
    assert len(fake.calls("sendMediaGroup")) == 1  # the one attempt, never a second
    (report,) = admin_messages(fake)
    assert "0 of 1 sent" in report and "unknown" in report


async def test_an_album_goes_out_whole_with_its_buttons_after_it(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance()
    ids = [fake.add_file(b"\xff\xd8" + bytes([n]) * 40, f"b{n}") for n in range(3)]
    await queue_album(bot.posts, bot.admin_ref(), ids)
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK) == 1
    [album] = fake.calls("sendMediaGroup")
    assert [item["media"] for item in album.params["media"]] == ids
    [links] = [c for c in fake.calls("sendMessage") if str(c.params["chat_id"]) == "@free_en"]
    [[shown]] = links.params["reply_markup"]["inline_keyboard"]
    assert shown == {"text": BUTTON.label, "url": BUTTON.url}
    (report,) = admin_messages(fake)
    assert "1 of 1 sent" in report and "https://t.me/free_en/" in report


async def test_an_edit_keeps_the_posts_photos_and_buttons_until_it_changes_them(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance()
    posts, admin = bot.posts, bot.admin_ref()
    ids = [fake.add_file(b"\xff\xd8" + bytes([n]) * 40, f"c{n}") for n in range(2)]
    post = await queue_album(posts, admin, ids)
    draft = await posts.start_draft(admin, replaces=post)
    assert [p.file_id for p in draft.photos] == ids and draft.buttons == {"*": (BUTTON,)}
    await posts.drop_photos(draft.id)
    await posts.set_buttons(draft.id, "en", [LinkButton("Write", "https://example.org/w")])
    current = await posts.draft_of(admin)
    assert current is not None
    edited = await posts.confirm(current.id, current.version, admin, BEFORE)
    assert isinstance(edited, Draft) and edited.id == post.id
    assert edited.photos == () and edited.buttons["en"] == (LinkButton("Write", "https://example.org/w"),)
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK) == 1
    [message] = [c for c in fake.calls("sendMessage") if str(c.params["chat_id"]) == "@free_en"]
    assert message.params["reply_markup"]["inline_keyboard"] == [
        [{"text": "Write", "url": "https://example.org/w"}]
    ]
    assert not fake.calls("sendMediaGroup") and not fake.calls("sendPhoto")
