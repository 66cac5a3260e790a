"""Posts with photos, albums and link buttons, through the whole bot: fake Bot API and fake Mastodon.

An admin builds the post in the chat as Telegram sends it (photo updates with `photo` sizes,
`caption` and `media_group_id`); the channel gets the admin's file_id (never an upload) with the
buttons, and Mastodon gets the photo's bytes (getFile + download) with its alt text, the status
posted only once the instance has processed the upload.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.i18n import Catalog
from bot.settings import Settings
from bot.storage.session import Database
from tests.conftest import free_port, serving
from tests.factories import tg_callback, tg_document, tg_message, tg_photo
from tests.fakes.mastodon import FakeMastodon
from tests.fakes.telegram import Call, FakeTelegram
from tests.integration._bot import MovableClock, running_bot

pytestmark = pytest.mark.integration
CATALOG = Catalog()
ADMIN = 1001
CHANNEL = "@free_en_channel"
MAY_21_NINE_MINSK = datetime(2027, 5, 21, 6, 0, tzinfo=UTC)
JPEG = b"\xff\xd8\xff\xe0" + b"campaign photo" * 100
SEEN = {"sendMessage", "editMessageText", "sendPhoto", "sendMediaGroup"}
CAPTION = "<b>Free them all</b> #FreeThemAll"
BUTTONS = "Sign the appeal | https://spring96.org/appeal\nWrite a letter | https://example.org/letters"


@pytest.fixture
async def masto() -> AsyncIterator[FakeMastodon]:
    instance = FakeMastodon(max_characters=500)
    async with serving(instance.app()) as instance.origin:
        yield instance


@pytest.fixture
def settings(
    make_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    masto: FakeMastodon,
    db: Database,
) -> Settings:
    fake, base_url = fake_telegram
    return make_settings(
        telegram={"token": fake.token, "api_base_url": base_url, "channels": {"en": CHANNEL}},
        mastodon={"api_base_url": masto.origin, "access_token": masto.token, "languages": ["en"]},
        core={"port": free_port(), "host": "127.0.0.1", "admin_ids": [ADMIN]},
    )


def outputs(fake: FakeTelegram) -> list[Call]:
    return [call for call in fake.requests if call.method in SEEN]


async def until(fake: FakeTelegram, condition: Callable[[], bool], within: float = 20) -> None:
    async with asyncio.timeout(within), fake.changed:
        await fake.changed.wait_for(condition)


async def push(fake: FakeTelegram, update: dict[str, Any], n: int = 1) -> list[Call]:
    """Hand the bot an update; return its `n` answers."""
    before = len(outputs(fake))
    await fake.push(update)
    await until(fake, lambda: len(outputs(fake)) >= before + n)
    return outputs(fake)[before:]


async def say(fake: FakeTelegram, text: str = "", button: str | None = None, n: int = 1) -> list[Call]:
    update_id = fake.next_update_id()
    update = tg_callback(update_id, ADMIN, button) if button else tg_message(update_id, ADMIN, text)
    return await push(fake, update, n)


async def photo(fake: FakeTelegram, file_id: str, caption: str | None = None, **extra: Any) -> list[Call]:
    return await push(fake, tg_photo(fake.next_update_id(), ADMIN, file_id, caption, **extra))


def keyboard(call: Call) -> list[list[dict[str, Any]]]:
    markup = call.params["reply_markup"]
    return list(markup["inline_keyboard"])


def button_data(call: Call, label: str) -> str:
    return next(b["callback_data"] for row in keyboard(call) for b in row if b["text"] == label)


async def preview_and_confirm(fake: FakeTelegram, n: int) -> Call:
    """Preview (n answers), then Confirm; the answer to Confirm."""
    preview = await say(fake, button="post:next", n=n)
    [answer] = await say(fake, button=button_data(preview[-1], "✅ Confirm and queue"))
    return answer


async def test_a_photo_post_with_buttons_reaches_the_channel_by_file_id_and_mastodon_with_alt_text(
    settings: Settings, fake_telegram: tuple[FakeTelegram, str], masto: FakeMastodon
) -> None:
    fake, _ = fake_telegram
    file_id = fake.add_file(JPEG)
    clock = MovableClock(datetime(2027, 5, 1, 10, 0, tzinfo=UTC))
    async with running_bot(settings, now=clock):
        await say(fake, "/newpost")
        await say(fake, "2027-05-21 09:00")
        [menu] = await photo(fake, file_id, f"en: {CAPTION}")
        assert "Photos: 1" in menu.params["text"] and "Texts written: en" in menu.params["text"]
        [ask] = await say(fake, button="post:links")
        assert "label | https://" in ask.params["text"]
        [menu] = await say(fake, BUTTONS)
        assert "Buttons: 2" in menu.params["text"]

        # Two copies (the channel, Mastodon): head, then a line and the photo each, then Confirm.
        refused = await preview_and_confirm(fake, n=6)
        assert refused.params["text"] == CATALOG.format("post-alt-missing", {"languages": "en"}, "en")
        [photos] = await say(fake, button="post:media")
        await say(fake, button=button_data(photos, "English"))
        await say(fake, "A woman holds a portrait of a political prisoner")
        queued = await preview_and_confirm(fake, n=6)
        assert "Post #1 is queued" in queued.params["text"]
        previews = [c for c in fake.calls("sendPhoto") if str(c.params["chat_id"]) == str(ADMIN)]
        assert previews and all(c.params["photo"] == file_id for c in previews)

        clock.now = MAY_21_NINE_MINSK
        await until(fake, lambda: any("2 of 2 sent" in text for text in fake.sent_texts(ADMIN)))

    [posted] = [c for c in fake.calls("sendPhoto") if str(c.params["chat_id"]) == CHANNEL]
    assert posted.params["photo"] == file_id  # the admin's own file_id: nothing uploaded
    assert fake.uploads == 0
    assert posted.params["caption"] == CAPTION and posted.params["parse_mode"] == "HTML"
    assert keyboard(posted) == [
        [{"text": "Sign the appeal", "url": "https://spring96.org/appeal"}],
        [{"text": "Write a letter", "url": "https://example.org/letters"}],
    ]
    [status] = masto.posted
    assert status.text == (
        "Free them all #FreeThemAll\n\n"
        "Sign the appeal: https://spring96.org/appeal\nWrite a letter: https://example.org/letters"
    )
    [media_id] = status.media_ids
    assert masto.media[media_id]["data"] == JPEG  # the bytes Telegram holds, fetched by getFile
    assert masto.media[media_id]["description"] == "A woman holds a portrait of a political prisoner"
    assert masto.routes_answered("post_media", 202) == 1
    assert masto.routes_answered("get_media", 206) == 2  # still processing, twice, then 200
    assert masto.routes_answered("get_media", 200) == 1


async def test_an_album_of_three_goes_out_as_one_media_group_with_its_buttons_after(
    settings: Settings, fake_telegram: tuple[FakeTelegram, str], masto: FakeMastodon
) -> None:
    fake, _ = fake_telegram
    ids = [fake.add_file(JPEG + bytes([n]), f"album{n}") for n in range(3)]
    clock = MovableClock(datetime(2027, 5, 1, 10, 0, tzinfo=UTC))
    async with running_bot(settings, now=clock):
        await say(fake, "/newpost")
        await say(fake, "2027-05-21 09:00")
        [menu] = await photo(fake, ids[0], f"en: {CAPTION}", media_group_id="g1")
        for file_id in ids[1:]:  # the album's other items: taken in silence
            await fake.push(tg_photo(fake.next_update_id(), ADMIN, file_id, media_group_id="g1"))
        await say(fake, button="post:links")
        [menu] = await say(fake, BUTTONS)
        assert "Photos: 3" in menu.params["text"]
        [photos] = await say(fake, button="post:media")
        await say(fake, button=button_data(photos, "English"))
        [wrong] = await say(fake, "Only one line")
        assert "Photos: 3, descriptions received: 1" in wrong.params["text"]
        await say(fake, "First photo\nSecond photo\nThird photo")
        # The head, then per copy a line, the album and its buttons (Telegram puts none on an album).
        queued = await preview_and_confirm(fake, n=8)
        assert "Post #1 is queued" in queued.params["text"]

        clock.now = MAY_21_NINE_MINSK
        await until(fake, lambda: any("2 of 2 sent" in text for text in fake.sent_texts(ADMIN)))

    [album] = [c for c in fake.calls("sendMediaGroup") if str(c.params["chat_id"]) == CHANNEL]
    items = album.params["media"]
    assert [item["media"] for item in items] == ids
    assert items[0]["caption"] == CAPTION and all("caption" not in item for item in items[1:])
    [links] = [c for c in fake.calls("sendMessage") if str(c.params["chat_id"]) == CHANNEL]
    assert len(keyboard(links)) == 2 and links.params["reply_parameters"]["message_id"] > 0
    assert fake.uploads == 0
    [status] = masto.posted
    descriptions = [masto.media[media_id]["description"] for media_id in status.media_ids]
    assert descriptions == ["First photo", "Second photo", "Third photo"]


async def test_bad_photos_captions_albums_and_buttons_each_get_a_clear_reply_and_nothing_is_queued(
    settings: Settings, fake_telegram: tuple[FakeTelegram, str], masto: FakeMastodon
) -> None:
    fake, _ = fake_telegram
    file_id = fake.add_file(JPEG)

    def said(call: Call, key: str, **values: Any) -> bool:
        return bool(call.params["text"] == CATALOG.format(key, values, "en"))

    clock = MovableClock(datetime(2027, 5, 1, 10, 0, tzinfo=UTC))
    async with running_bot(settings, now=clock):
        [outside] = await photo(fake, file_id, "en: hello")
        assert said(outside, "post-photo-no-draft")
        await say(fake, "/newpost")
        [early] = await photo(fake, file_id)
        assert said(early, "post-photo-not-yet")
        await say(fake, "2027-05-21 09:00")
        pdf = tg_document(fake.next_update_id(), ADMIN, "appeal.pdf", "application/pdf", 80_000)
        [not_image] = await push(fake, pdf)
        assert said(not_image, "post-photo-not-image")
        big = tg_document(fake.next_update_id(), ADMIN, "poster.png", "image/png", 25 * 1024 * 1024)
        [too_large] = await push(fake, big)
        assert "25 MB" in too_large.params["text"] and "20 MB" in too_large.params["text"]
        small = tg_document(fake.next_update_id(), ADMIN, "poster.png", "image/png", 90_000)
        [as_file] = await push(fake, small)
        assert said(as_file, "post-photo-as-file")
        [long] = await photo(fake, file_id, "en: " + "x" * 1030)
        assert "6 characters too long" in long.params["text"] and "1,024" in long.params["text"]

        await photo(fake, file_id, media_group_id="big")  # ten photos: as many as an album may have
        for _ in range(9):
            await fake.push(tg_photo(fake.next_update_id(), ADMIN, file_id, media_group_id="big"))
        [eleventh] = await photo(fake, file_id, media_group_id="big")
        assert said(eleventh, "post-album-too-many", limit=10)

        await photo(fake, file_id, media_group_id="g2")  # a new album: its first item, no caption
        [second] = await photo(fake, file_id, "en: the text, on the second photo", media_group_id="g2")
        assert said(second, "post-album-caption-first")
        await say(fake, "en: Free them all")
        [refused] = await say(fake, button="post:next")
        assert said(refused, "post-album-caption-first")

        await say(fake, button="post:links")
        [plain_http] = await say(fake, "Sign | http://spring96.org")
        assert said(plain_http, "post-buttons-https", line="Sign | http://spring96.org")
        [four] = await say(fake, "\n".join(f"b{n} | https://example.org/{n}" for n in range(4)))
        assert said(four, "post-buttons-too-many", count=4, limit=3)
        [nothing] = await say(fake, "/queue")
        assert said(nothing, "post-queue-empty")
    assert not masto.posted and not [
        c for c in fake.calls("sendPhoto") if str(c.params["chat_id"]) == CHANNEL
    ]


async def test_a_photo_mastodon_cannot_process_posts_no_status_and_the_admins_hear_of_it(
    settings: Settings, fake_telegram: tuple[FakeTelegram, str], masto: FakeMastodon
) -> None:
    fake, _ = fake_telegram
    file_id = fake.add_file(JPEG)
    masto.processing_fails = True
    clock = MovableClock(datetime(2027, 5, 1, 10, 0, tzinfo=UTC))
    async with running_bot(settings, now=clock):
        await say(fake, "/newpost")
        await say(fake, "2027-05-21 09:00")
        await photo(fake, file_id, f"en: {CAPTION}")
        [photos] = await say(fake, button="post:media")
        await say(fake, button=button_data(photos, "English"))
        await say(fake, "A portrait")
        await preview_and_confirm(fake, n=6)
        clock.now = MAY_21_NINE_MINSK
        await until(fake, lambda: any("1 of 2 sent" in text for text in fake.sent_texts(ADMIN)))
    report = fake.sent_texts(ADMIN)[-1]
    assert "photo processing failed" in report and "refused by Telegram" not in report
    assert not masto.posted  # never half done: no status without its photo
    assert masto.routes_answered("get_media", 422) == 1


async def test_an_albums_items_handled_at_once_by_the_webhook_are_kept_whole_and_in_order(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    """Telegram sends each item of an album as its own update; the webhook may handle them together."""
    import aiohttp
    from sqlalchemy import select

    from bot.storage.models import PostMedia
    from tests.integration._bot import running_webhook_bot

    fake, base_url = fake_telegram
    secret = "album-secret_token"
    ids = [fake.add_file(JPEG + bytes([n]), f"w{n}") for n in range(6)]
    hook = "https://bot.example.org/tg/hook"
    async with (
        running_webhook_bot(make_settings, fake, base_url, hook, secret, admin_ids=[ADMIN]) as origin,
        aiohttp.ClientSession(headers={"X-Telegram-Bot-Api-Secret-Token": secret}) as session,
    ):

        async def deliver(update: dict[str, Any]) -> int:
            async with session.post(f"{origin}/tg/hook", json=update) as response:
                return response.status

        assert await deliver(tg_message(fake.next_update_id(), ADMIN, "/newpost")) == 200
        assert await deliver(tg_message(fake.next_update_id(), ADMIN, "2027-05-21 09:00")) == 200
        items = [
            tg_photo(fake.next_update_id(), ADMIN, file_id, "en: Six" if n == 0 else None, "w")
            for n, file_id in enumerate(ids)
        ]
        assert await asyncio.gather(*(deliver(item) for item in reversed(items))) == [200] * len(ids)
    async with db.transaction() as session_:
        stored = (await session_.scalars(select(PostMedia).order_by(PostMedia.position))).all()
    assert [row.file_id for row in stored] == ids  # all six, in the order they were sent
    menus = [c for c in outputs(fake) if "Photos:" in str(c.params.get("text", ""))]
    assert len(menus) == 2  # the time's menu, and one for the album however its items came
