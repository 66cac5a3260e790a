"""The whole bot with Telegram channels and the Mastodon account: the daily post reaches both, once.

`python -m bot`'s own start (run_telegram) with an injected clock at 09:00 Minsk: the dispatcher
sends the day's text to each channel and, as one status per language with `language` set, to the
fake Mastodon instance; a second knock sends nothing more.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, date, datetime

import pytest

from bot.i18n import Catalog
from bot.services.daily import daily_keys, key_for
from bot.settings import Settings
from bot.storage.session import Database
from tests.conftest import free_port, serving
from tests.fakes.mastodon import FakeMastodon
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import running_bot

pytestmark = pytest.mark.integration
NINE_MINSK = datetime(2027, 3, 1, 6, 0, 10, tzinfo=UTC)
CHANNELS = {"be": "@free_be", "en": "@free_en"}
MASTODON_LANGUAGES = ["en", "de", "pl"]


@pytest.fixture
async def mastodon() -> AsyncIterator[FakeMastodon]:
    instance = FakeMastodon()
    instance.max_characters = 5000  # one status per language here; threads are tested elsewhere
    async with serving(instance.app()) as instance.origin:
        yield instance


async def test_the_daily_post_goes_to_the_channels_and_to_mastodon_in_each_language_once(
    make_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    mastodon: FakeMastodon,
    db: Database,  # migrated: on PostgreSQL the bot refuses a schema that is not current
) -> None:
    fake, base_url = fake_telegram
    settings = make_settings(
        telegram={"token": fake.token, "api_base_url": base_url, "channels": CHANNELS},
        core={"port": free_port(), "host": "127.0.0.1"},
        posts={"daily_post_time": "09:00"},
        mastodon={
            "api_base_url": mastodon.origin,
            "access_token": mastodon.token,
            "languages": ",".join(MASTODON_LANGUAGES),
        },
    )
    async with running_bot(settings, now=lambda: NINE_MINSK):
        async with asyncio.timeout(20):
            while len(mastodon.posted) < len(MASTODON_LANGUAGES):  # noqa: ASYNC110 - the fake has no event
                await asyncio.sleep(0.1)
        await asyncio.sleep(6)  # another knock of the clock: nothing more may go out

    key = key_for(date(2027, 3, 1), daily_keys(Catalog()))
    by_language = {post.language: post for post in mastodon.posted}
    assert set(by_language) == set(MASTODON_LANGUAGES) and len(mastodon.posted) == 3
    for language, post in by_language.items():
        assert post.visibility == "public"
        assert post.text.rstrip().rsplit("\n", 1)[-1].startswith("#FreeThemAll")
        assert post.text.startswith(Catalog().format(key, _values(), language).split("\n")[0])
    to_channels = [
        c.params["chat_id"] for c in fake.calls("sendMessage") if str(c.params["chat_id"]).startswith("@")
    ]
    assert sorted(to_channels) == sorted(CHANNELS.values())


def _values() -> dict[str, object]:
    """The figure the migrations seed (the latest held count in FACTS.md) and 2027-03-01's countdown."""
    return {"count": 1135, "asof": date(2025, 12, 23), "days": 81}
