"""SIGTERM in the middle of a broadcast: the process stops within its grace, the delivery log
matches what Telegram received, and the next start sends to the rest, nobody twice.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.identity import IdentityHasher
from bot.services.subscribers import SubscriberService
from bot.storage.models import Broadcast, BroadcastDelivery
from bot.storage.session import Database
from tests.conftest import TEST_KEY
from tests.fakes.telegram import FakeTelegram
from tests.integration.test_secrets_in_output import bot_env, start_bot, stop_bot

pytestmark = pytest.mark.integration
PEOPLE = range(8001, 8121)


async def test_sigterm_mid_broadcast_stops_cleanly_and_the_next_start_resumes(
    fake_telegram: tuple[FakeTelegram, str], database_url: str, db: Database, tmp_path: Path
) -> None:
    fake, base_url = fake_telegram
    subscribers = SubscriberService(db, IdentityHasher(TEST_KEY.encode()))
    for person in PEOPLE:
        await subscribers.subscribe(
            subscribers.hasher.user_ref("telegram", person), "telegram", str(person), "en"
        )
    await subscribers.create_broadcast("test:stop", "admin", {"en": "Free them all #FreeThemAll"})
    env = bot_env(base_url, fake.token, tmp_path) | {
        "DATABASE_URL": database_url,
        "BROADCAST_RATE": "40",
        "DIGEST_TIME": "off",
        "DAILY_POST_TIME": "off",
        "LOG_LEVEL": "INFO",
        "SHUTDOWN_GRACE_SECONDS": "10",
    }

    first = await start_bot(env, tmp_path)
    async with asyncio.timeout(30), fake.changed:
        await fake.changed.wait_for(lambda: sum(fake.delivered[p] for p in PEOPLE) >= 30)
    started = asyncio.get_running_loop().time()
    code, output = await stop_bot(first)  # SIGTERM at once
    assert code == 0, output
    assert asyncio.get_running_loop().time() - started < 10
    assert "stopped cleanly" in output

    reached = {p for p in PEOPLE if fake.delivered[p]}
    async with db.transaction() as session:
        logged = await session.scalar(select(func.count()).select_from(BroadcastDelivery))
        status = await session.scalar(select(Broadcast.status))
    assert logged == len(reached) < len(PEOPLE)  # every message Telegram got is in the log
    assert status == "running"

    second = await start_bot(env, tmp_path)
    async with asyncio.timeout(30), fake.changed:
        await fake.changed.wait_for(lambda: all(fake.delivered[p] for p in PEOPLE))
    async with asyncio.timeout(15):
        while await _status(db) != "done":  # noqa: ASYNC110 - the database has no event to wait on
            await asyncio.sleep(0.2)
    await stop_bot(second)
    assert {p: fake.delivered[p] for p in PEOPLE} == dict.fromkeys(PEOPLE, 1)


async def _status(db: Database) -> str | None:
    async with db.transaction() as session:
        return await session.scalar(select(Broadcast.status))
