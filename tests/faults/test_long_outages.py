"""Outages of hours, with the clock moved by moving the stored times back (the jobs read the real
clock): the stats source and the pledge collector, across a restart, and back again.

Already covered elsewhere: one stale alert under racing callers and recovery
(tests/storage/test_stats.py), a source down for long through the whole bot
(tests/integration/test_stats_telegram.py), 30 failed sync rounds then a drain, and a dead
worker's lease (tests/storage/test_sync.py). Added here: the backoff's cap over many hours, events
queued during the outage, keys kept across a restart, order per signer, and a second outage.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.identity import IdentityHasher
from bot.services.pledges import PledgeService
from bot.services.stats import StatsService
from bot.services.stats_source import StatsSource
from bot.services.sync import MAX_DELAY, CollectorSync
from bot.settings import PledgeSettings, StatsSettings
from bot.storage.models import StatSourceState, SyncEvent, utcnow
from bot.storage.session import Database, create_engine
from scheduler.jobs import refresh_stats
from tests.conftest import serving
from tests.fakes.collector import FakeCollector
from tests.fakes.stats_source import FakeSource, running

HASHER = IdentityHasher(b"k" * 40)
SECRET = "collector-secret-" + "z" * 24
LATER_PAGE = "<p>Political prisoners: 1 140, as of 05.01.2026</p>"


class Admins:
    """Where the job's alerts go: the admins' inbox."""

    def __init__(self) -> None:
        self.told: list[tuple[str, dict[str, Any]]] = []

    async def __call__(self, key: str, values: Any, buttons: Any = ()) -> None:
        self.told.append((key, dict(values)))


async def hours_since_success(db: Database, hours: float) -> None:
    """Move the clock: the last success and the failures began `hours` ago."""
    since = utcnow() - timedelta(hours=hours)
    async with db.transaction() as session:
        state = await session.get(StatSourceState, 1)
        assert state is not None
        await session.execute(
            update(StatSourceState).values(
                last_success_at=since, failing_since=since if state.failing_since else None
            )
        )


async def test_the_stats_source_down_for_days_keeps_the_figure_and_alerts_once_per_outage(
    db: Database, database_url: str
) -> None:
    source = FakeSource(body=LATER_PAGE)
    admins = Admins()
    async with running(source) as url:
        settings = StatsSettings(source_url=url, stale_hours=48)

        def instance(database: Database) -> tuple[StatsSource, StatsService]:
            return StatsSource(settings, timeout=0.5, retries=2, backoff=0.01), StatsService(
                database, settings
            )

        first = instance(db)
        await refresh_stats(*first, admins)  # the source works: 1,140 as of 5 January
        source.failures = [503] * 1000  # then it goes down for days
        for hours in (1, 12, 47):
            await hours_since_success(db, hours)
            await refresh_stats(*first, admins)
        assert admins.told == []  # not stale yet
        await hours_since_success(db, 49)
        await refresh_stats(*first, admins)
        await refresh_stats(*first, admins)

        from bot.settings import async_url

        restarted = Database(create_engine(async_url(database_url)))  # a new process, the same database
        try:
            second = instance(restarted)
            await hours_since_success(db, 72)
            await refresh_stats(*second, admins)  # the restart does not alert again
            assert [key for key, _ in admins.told] == ["stats-alert-stale"]
            assert admins.told[0][1] == {"hours": 48, "reason": "HTTP 503"}
            latest = await second[1].latest()  # what /stats answers from: the last figure, dated
            assert latest is not None and (latest.value, latest.as_of) == (1140, date(2026, 1, 5))
            health = await second[1].health()
            assert health.last_error == "HTTP 503" and health.failing_since is not None

            source.failures = []  # back: the state clears, and a second long outage is reported again
            await refresh_stats(*second, admins)
            assert (await second[1].health()).failing_since is None
            source.failures = [503] * 1000
            await refresh_stats(*second, admins)
            await hours_since_success(db, 50)
            await refresh_stats(*second, admins)
            await refresh_stats(*first, admins)
        finally:
            await restarted.close()
    assert [key for key, _ in admins.told] == ["stats-alert-stale"] * 2


@pytest.fixture
async def collector() -> AsyncIterator[tuple[FakeCollector, str]]:
    fake = FakeCollector(SECRET.encode(), fail_ratio=1.0, slow_ratio=0.0)
    async with serving(fake.app()) as origin:
        yield fake, f"{origin}/collect"


async def time_passes(db: Database) -> None:
    """Every retry falls due: as if the clock had moved past the longest backoff."""
    async with db.transaction() as session:
        await session.execute(update(SyncEvent).values(next_attempt_at=utcnow() - timedelta(seconds=1)))


async def outbox(db: Database) -> list[tuple[int, str, str, int, float]]:
    """(id, signer, key, attempts, seconds until the next attempt) of every queued event."""
    now = utcnow()
    async with db.transaction() as session:
        rows = (await session.execute(select(SyncEvent).order_by(SyncEvent.id))).scalars().all()
        return [
            (e.id, e.signer, e.idempotency_key, e.attempts, (e.next_attempt_at - now).total_seconds())
            for e in rows
        ]


async def test_the_collector_down_for_hours_then_back_gets_every_event_once_in_order(
    db: Database, database_url: str, collector: tuple[FakeCollector, str]
) -> None:
    fake, url = collector
    settings = PledgeSettings(sync_url=url, sync_secret=SECRET)
    pledges = PledgeService(db, settings, HASHER)
    refs = [HASHER.user_ref("telegram", n) for n in range(6)]
    for ref in refs[:4]:
        await pledges.pledge(ref, "telegram", "be")
    worker = CollectorSync(db, settings, timeout=0.5)  # the production backoff: 5 s doubling, capped

    for _ in range(8):  # a few hours of failures...
        await time_passes(db)
        assert await worker.run_once() == 0
    await pledges.withdraw(refs[0])  # ...the outbox grows meanwhile...
    await pledges.pledge(refs[4], "telegram", "pl")
    await pledges.withdraw(refs[4])

    from bot.settings import async_url

    restarted_db = Database(create_engine(async_url(database_url)))  # ...the bot restarts...
    try:
        restarted = CollectorSync(restarted_db, settings, timeout=0.5)
        before = await outbox(db)
        for _ in range(10):  # ...and many more hours of failures
            await time_passes(db)
            assert await restarted.run_once() == 0
        after = await outbox(db)
        assert [key for _, _, key, _, _ in after] == [key for _, _, key, _, _ in before]  # keys kept
        heads = [e for e in after if e[3] > 0]
        assert all(attempts >= 10 for _, _, _, attempts, _ in heads)
        for _, _, _, attempts, wait in heads:  # the backoff is capped: the bot tries at least hourly
            assert wait <= MAX_DELAY + 5, wait
            if attempts > 10:  # 5 s doubled ten times is past the cap: the jitter keeps it in its upper half
                assert wait >= MAX_DELAY * 0.5 - 5, wait
        assert {e[1] for e in after if e[3] == 0} <= {e[1] for e in heads}  # later events wait their turn

        fake.fail_ratio = 0.0  # the collector is back
        for _ in range(10):
            if not await outbox(db):
                break
            await time_passes(db)
            await restarted.run_once()
        assert await outbox(db) == []
    finally:
        await restarted_db.close()

    assert (
        set(fake.accepted) == {key for _, _, key, _, _ in after} and fake.repeats == 0
    )  # each event once, under its own key
    for ref, expected in zip(
        refs[:5],
        [["pledge", "withdraw"], ["pledge"], ["pledge"], ["pledge"], ["pledge", "withdraw"]],
        strict=True,
    ):
        assert fake.events_of(pledges.sync_id(ref)) == expected
