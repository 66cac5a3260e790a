"""The Mastodon publisher with photos: bytes from the fake Bot API (getFile), uploads to the fake
instance's v2 media endpoint, the status only once every photo is processed."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import pytest

from bot.adapters.mastodon import MastodonFrontend
from bot.adapters.telegram import TelegramFrontend
from bot.services.delivery import Delivery
from bot.services.post_content import LinkButton, Photo, PostContent
from bot.settings import Settings
from bot.storage.session import Database
from bot.wiring import build_router
from tests.conftest import serving
from tests.fakes.mastodon import FakeMastodon
from tests.fakes.telegram import FakeTelegram

pytestmark = pytest.mark.integration
JPEG = b"\xff\xd8\xff\xe0" + b"portrait" * 200


@pytest.fixture
async def masto() -> AsyncIterator[FakeMastodon]:
    instance = FakeMastodon(max_characters=500)
    async with serving(instance.app()) as instance.origin:
        yield instance


@pytest.fixture
def settings(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], masto: FakeMastodon
) -> Settings:
    fake, base_url = fake_telegram
    return make_settings(
        telegram={"token": fake.token, "api_base_url": base_url},
        mastodon={"api_base_url": masto.origin, "access_token": masto.token},
    )


@asynccontextmanager
async def publisher(settings: Settings, db: Database) -> AsyncIterator[MastodonFrontend]:
    """A started Mastodon front-end fetching photos through a Telegram front-end, as the bot wires them."""
    router = build_router(settings, db)
    telegram = TelegramFrontend(settings, router)
    await telegram.application.initialize()
    mastodon = MastodonFrontend(settings, router, db, retry_delays=(0.01,), media_poll=(0.05, 0.4))
    mastodon.download = telegram.download
    await mastodon.start()
    try:
        yield mastodon
    finally:
        await mastodon.stop()
        await telegram.application.shutdown()


async def test_a_photo_still_processing_posts_nothing_and_a_retry_posts_it_once(
    settings: Settings, db: Database, fake_telegram: tuple[FakeTelegram, str], masto: FakeMastodon
) -> None:
    fake, _ = fake_telegram
    content = PostContent("<b>Free them all</b>", (Photo(fake.add_file(JPEG), "A portrait"),))
    masto.processing_polls = 50  # longer than the publisher waits
    async with publisher(settings, db) as mastodon:
        first = await mastodon.publish("mastodon:en", content, "delivery-7")
        assert first.outcome is Delivery.FAILED and "still processing" in (first.reason or "")
        assert masto.posted == []  # never a status without its photo
        masto.media[next(iter(masto.media))]["polls_left"] = 1  # the instance is nearly done with it
        second = await mastodon.publish("mastodon:en", content, "delivery-7")
        again = await mastodon.publish("mastodon:en", content, "delivery-7")
    assert second.outcome is Delivery.SENT and again.outcome is Delivery.SENT
    [status] = masto.posted  # the retry after it went out posted nothing more
    [media_id] = status.media_ids
    assert len(masto.media) == 1  # the retry waited for the first upload: the bytes went once
    assert masto.media[media_id]["data"] == JPEG and masto.media[media_id]["description"] == "A portrait"
    assert fake.downloads  # the bytes came from Telegram's file URL


async def test_six_photos_go_out_four_on_the_status_and_two_in_a_reply_with_the_links_at_the_end(
    settings: Settings, db: Database, fake_telegram: tuple[FakeTelegram, str], masto: FakeMastodon
) -> None:
    fake, _ = fake_telegram
    photos = tuple(Photo(fake.add_file(JPEG + bytes([n]), f"p{n}"), f"Photo {n}") for n in range(6))
    buttons = (LinkButton("Sign", "https://spring96.org/appeal"),)
    masto.processing_polls = 0
    async with publisher(settings, db) as mastodon:
        result = await mastodon.publish(
            "mastodon:en", PostContent("Six faces", photos, buttons), "delivery-8"
        )
    assert result.outcome is Delivery.SENT
    first, second = masto.posted
    assert first.text == "Six faces\n\nSign: https://spring96.org/appeal"
    assert second.in_reply_to_id == first.id and second.text == ""
    described = [[masto.media[m]["description"] for m in post.media_ids] for post in (first, second)]
    assert described == [[f"Photo {n}" for n in range(4)], ["Photo 4", "Photo 5"]]


async def test_a_photo_without_a_description_is_refused_before_any_upload(
    settings: Settings, db: Database, fake_telegram: tuple[FakeTelegram, str], masto: FakeMastodon
) -> None:
    fake, _ = fake_telegram
    content = PostContent("Free them all", (Photo(fake.add_file(JPEG)),))
    async with publisher(settings, db) as mastodon:
        result = await mastodon.publish("mastodon:en", content, "delivery-9")
    assert result.outcome is Delivery.REFUSED and "description" in (result.reason or "")
    assert masto.media == {} and masto.posted == []
