"""Two whole application instances on one PostgreSQL, as two Fly machines: scheduled work happens once.

Both run the same clock (the daily post at 09:00 Minsk, the digest at 09:00 too) in webhook
mode on their own ports, against one fake Bot API. Each channel gets the day's post once and
each subscriber the digest once, whichever instance got there first.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AsyncExitStack
from datetime import UTC, datetime

import pytest

from bot.identity import load_hasher
from bot.services.subscribers import SubscriberService
from bot.settings import LOCALES, Settings
from bot.storage.session import Database
from tests.conftest import free_port
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import running_bot, wait_until_healthy

pytestmark = pytest.mark.integration
CHANNELS = {"be": "@free_be", "en": "@free_en", "pl": "-1009876543"}
NINE_MINSK = datetime(2027, 3, 1, 6, 0, 30, tzinfo=UTC)
PEOPLE = range(7001, 7031)


async def test_two_instances_post_the_daily_post_and_the_digest_once(
    make_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    db: Database,
    database_url: str,
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("several instances share PostgreSQL; SQLite is one process")
    fake, base_url = fake_telegram
    ports = [free_port(), free_port()]
    instances = [
        make_settings(
            telegram={
                "token": fake.token,
                "api_base_url": base_url,
                "channels": CHANNELS,
                "webhook_url": f"https://bot.example/telegram-{n}",
                "webhook_secret": "s3cret",
            },
            core={"port": port, "host": "127.0.0.1"},
            posts={"daily_post_time": "09:00"},
            broadcasts={"digest_time": "09:00"},
        )
        for n, port in enumerate(ports)
    ]
    subscribers = SubscriberService(db, load_hasher(instances[0].storage))
    for n, person in enumerate(PEOPLE):
        ref = subscribers.hasher.user_ref("telegram", person)
        await subscribers.subscribe(ref, "telegram", str(person), LOCALES[n % len(LOCALES)])

    async with AsyncExitStack() as stack:
        for settings in instances:
            await stack.enter_async_context(running_bot(settings, now=lambda: NINE_MINSK))
        for port in ports:
            await wait_until_healthy(f"http://127.0.0.1:{port}/healthz")
        async with asyncio.timeout(30), fake.changed:
            await fake.changed.wait_for(
                lambda: (
                    all(fake.delivered[p] for p in PEOPLE)
                    and len(
                        [
                            c
                            for c in fake.calls("sendMessage")
                            if str(c.params["chat_id"]) in CHANNELS.values()
                        ]
                    )
                    >= len(CHANNELS)
                )
            )
        await asyncio.sleep(6)  # a further knock of both clocks: nothing more may go out

    to_channels = [
        str(c.params["chat_id"])
        for c in fake.calls("sendMessage")
        if str(c.params["chat_id"]) in CHANNELS.values()
    ]
    assert sorted(to_channels) == sorted(CHANNELS.values())
    assert {person: fake.delivered[person] for person in PEOPLE} == dict.fromkeys(PEOPLE, 1)
