"""SIGKILL (no goodbye at all) of `python -m bot` during a pledge and during a channel post, then a
restart on the same database: the count is exact, each pledge reaches the collector once, and the
post is never sent twice: its outcome is unknown, so it is marked so and the admins are told
(scheduler/dispatch.py: "at most once, never twice"). The broadcast case is in
tests/scheduler/test_broadcaster.py.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.i18n import Catalog
from bot.identity import load_hasher
from bot.services.post_input import Moment
from bot.services.posts import Draft
from bot.settings import Settings
from bot.storage.models import PostDelivery, SyncEvent, utcnow
from bot.storage.session import Database
from bot.wiring import build_router
from scheduler.dispatch import LEASE
from tests.conftest import DEAD_SOURCE, serving
from tests.factories import tg_callback
from tests.fakes.collector import FakeCollector
from tests.faults.conftest import ADMIN, CHANNEL, pledge_figures
from tests.faults.flaky_telegram import FlakyTelegram
from tests.faults.test_postgres_restart import until
from tests.integration._bot import MovableClock, running_bot
from tests.integration.test_secrets_in_output import bot_env, start_bot, stop_bot

pytestmark = pytest.mark.integration
CATALOG = Catalog()
SECRET = "collector-secret-" + "y" * 24
POST = "Killed mid-send #FreeThemAll"


@pytest.fixture
async def collector() -> AsyncIterator[tuple[FakeCollector, str]]:
    fake = FakeCollector(SECRET.encode(), fail_ratio=0.0, slow_ratio=0.0)
    async with serving(fake.app()) as origin:
        yield fake, f"{origin}/collect"


def process_env(
    fake: FlakyTelegram, base_url: str, database_url: str, tmp_path: Path, sync: str
) -> dict[str, str]:
    return bot_env(base_url, fake.token, tmp_path) | {
        "DATABASE_URL": database_url,
        "ADMIN_IDS": str(ADMIN),
        "TELEGRAM_CHANNELS": f"en={CHANNEL}",
        "PLEDGE_SYNC_URL": sync,
        "PLEDGE_SYNC_SECRET": SECRET,
        "STATS_SOURCE_URL": DEAD_SOURCE,
        "DAILY_POST_TIME": "off",
        "DIGEST_TIME": "off",
        "LOG_LEVEL": "INFO",
    }


async def kill(process: asyncio.subprocess.Process) -> None:
    process.send_signal(signal.SIGKILL)
    code, _ = await stop_bot(process, within=15)
    assert code == -signal.SIGKILL


async def test_sigkill_while_a_pledge_is_being_confirmed(
    whole_bot_settings: Callable[..., Settings],
    flaky_telegram: tuple[FlakyTelegram, str],
    collector: tuple[FakeCollector, str],
    database_url: str,
    db: Database,
    tmp_path: Path,
) -> None:
    fake, base_url = flaky_telegram
    fake_collector, sync_url = collector
    people = list(range(70_001, 70_007))
    *first, last = people
    process = await start_bot(process_env(fake, base_url, database_url, tmp_path, sync_url), tmp_path)
    try:
        await fake.wait_for("getUpdates", 1, within=30)
        for person in first:
            await fake.push(tg_callback(fake.next_update_id(), person, "pledge:anonymous"))
        await fake.wait_for("editMessageText", len(first), within=30)
        arrived = fake.hold(last)
        await fake.push(tg_callback(fake.next_update_id(), last, "pledge:anonymous"))
        async with asyncio.timeout(30):
            await arrived.wait()  # the confirmation is on its way to the person: kill now
    finally:
        await kill(process)
    assert fake.texts(last, "editMessageText") == [
        CATALOG.format("pledge-confirmed", {"number": 6, "count": 6}, "en")
    ]

    settings = whole_bot_settings(base_url, fake.token, pledges={"sync_url": sync_url, "sync_secret": SECRET})
    async with running_bot(settings):
        async with asyncio.timeout(30):
            while len(fake_collector.accepted) < len(people):  # noqa: ASYNC110 - the collector is polled
                await asyncio.sleep(0.1)
        async with asyncio.timeout(15):
            while await _outbox(db):  # noqa: ASYNC110 - the database has no event to wait on
                await asyncio.sleep(0.1)

    assert await pledge_figures(db) == (len(people), len(people), list(range(1, len(people) + 1)))
    hasher = load_hasher(settings.storage)
    router = build_router(settings, db)
    signers = {router.ctx.pledges.sync_id(hasher.user_ref("telegram", p)) for p in people}
    events = [(e["signer"], e["event"]) for e in fake_collector.accepted.values()]
    assert sorted(events) == sorted((signer, "pledge") for signer in signers)  # each once, none twice
    assert fake_collector.bad_signatures == 0


async def _outbox(db: Database) -> int:
    async with db.transaction() as session:
        return len((await session.execute(select(SyncEvent.id))).all())


async def test_sigkill_while_a_post_is_with_telegram_is_never_resent(
    whole_bot_settings: Callable[..., Settings],
    flaky_telegram: tuple[FlakyTelegram, str],
    database_url: str,
    db: Database,
    tmp_path: Path,
) -> None:
    fake, base_url = flaky_telegram
    settings = whole_bot_settings(base_url, fake.token)
    posts = build_router(settings, db).ctx.posts
    admin = load_hasher(settings.storage).user_ref("telegram", ADMIN)
    due = utcnow().replace(second=0, microsecond=0)
    draft = await posts.start_draft(admin)
    await posts.set_moment(draft.id, Moment(due, "Europe/Minsk"))
    await posts.set_text(draft.id, "en", POST)
    current = await posts.draft_of(admin)
    assert current is not None
    assert isinstance(
        await posts.confirm(current.id, current.version, admin, due - timedelta(hours=1)), Draft
    )

    arrived = fake.hold(CHANNEL)
    process = await start_bot(process_env(fake, base_url, database_url, tmp_path, ""), tmp_path)
    try:
        async with asyncio.timeout(30):
            await arrived.wait()  # Telegram has the post; the answer never comes: kill now
    finally:
        await kill(process)
    async with db.transaction() as session:
        assert (await session.execute(select(PostDelivery.status))).scalars().all() == ["sending"]

    restarted = MovableClock(utcnow())
    async with running_bot(settings, now=restarted):
        await asyncio.sleep(0.5)  # a knock within the dead send's lease: nothing happens
        restarted.now = utcnow() + LEASE + timedelta(seconds=1)  # the lease has run out
        await until(lambda: any("unknown" in t for t in fake.texts(ADMIN)), fake)

    assert fake.texts(CHANNEL) == [POST]  # the one attempt; never a second copy
    async with db.transaction() as session:
        assert (await session.execute(select(PostDelivery.status))).scalars().all() == ["unknown"]
    [report] = fake.texts(ADMIN)
    assert "0 of 1 sent" in report
