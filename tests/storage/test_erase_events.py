"""/forget tells the collector `erase` only when it may hold something about the signer (issue 17, 10)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select, update

from bot.identity import IdentityHasher
from bot.services.people import PeopleService
from bot.services.pledges import PledgeService
from bot.services.sync import CollectorSync
from bot.settings import PledgeSettings
from bot.storage.models import SyncEvent
from bot.storage.session import Database
from tests.conftest import serving
from tests.fakes.collector import FakeCollector

HASHER = IdentityHasher(b"k" * 40)
SECRET = "collector-secret-" + "x" * 20


@pytest.fixture
async def collector() -> AsyncIterator[tuple[FakeCollector, str]]:
    fake = FakeCollector(SECRET.encode())
    fake.fail_ratio, fake.slow_ratio = 0.0, 0.0
    async with serving(fake.app()) as origin:
        yield fake, f"{origin}/collect"


async def drain(worker: CollectorSync) -> None:
    deadline = time.monotonic() + 30
    while await worker.pending():
        assert time.monotonic() < deadline
        await worker.run_once()
        await asyncio.sleep(0.01)


async def test_forget_queues_an_erase_only_for_what_the_collector_may_hold(
    db: Database, collector: tuple[FakeCollector, str]
) -> None:
    fake, url = collector
    settings = PledgeSettings(sync_url=url, sync_secret=SECRET)
    pledges = PledgeService(db, settings, HASHER)
    people = PeopleService(db, erasers=[pledges.erase])
    worker = CollectorSync(db, settings, timeout=0.3, base_delay=0.001)
    never, delivered, unsent, withdrawing, withdrawn, timed_out = (
        HASHER.user_ref("telegram", n) for n in range(6)
    )
    for ref in (delivered, withdrawing, withdrawn):
        await pledges.pledge(ref, "telegram", "be", "Hanna")
    await pledges.withdraw(withdrawn)
    await drain(worker)  # the collector has these three pledges and one withdrawal
    await pledges.pledge(timed_out, "telegram", "uk", "Olena")
    fake.slow_ratio, fake.slow_seconds = 1.0, 1.0  # stored by the collector, answered too late
    assert await CollectorSync(db, settings, timeout=0.2, base_delay=60).run_once() == 0
    fake.slow_ratio = 0.0
    async with db.transaction() as session:
        tried = (await session.execute(select(SyncEvent.attempts).where(SyncEvent.attempts > 0))).all()
    assert len(tried) == 1  # the bot does not know it arrived
    await pledges.withdraw(withdrawing)  # its withdrawal not sent yet
    await pledges.pledge(unsent, "telegram", "pl", "Piotr")  # not sent yet either

    for ref in (never, delivered, unsent, withdrawing, withdrawn, timed_out):
        await people.forget(ref)
    async with db.transaction() as session:
        queued = (await session.execute(select(SyncEvent.signer, SyncEvent.payload))).all()
    erased = {pledges.sync_id(ref) for ref in (delivered, withdrawing, timed_out)}
    assert {row.signer for row in queued} == erased
    assert all('"event": "erase"' in row.payload for row in queued)
    assert "Piotr" not in repr(queued) and "Hanna" not in repr(queued)

    async with db.transaction() as session:  # let the timed-out pledge be due again now
        await session.execute(update(SyncEvent).values(next_attempt_at=SyncEvent.created_at))
    await drain(worker)
    assert fake.events_of(pledges.sync_id(never)) == []  # nothing stored, nothing sent
    assert fake.events_of(pledges.sync_id(unsent)) == []  # its pledge never left the bot
    assert fake.events_of(pledges.sync_id(delivered)) == ["pledge", "erase"]
    assert fake.events_of(pledges.sync_id(withdrawing)) == ["pledge", "erase"]
    assert fake.events_of(pledges.sync_id(timed_out)) == ["pledge", "erase"]
    # Withdrawn and delivered: the bot kept no trace of the signature (its promise), the collector
    # dropped it on `withdraw`; there is nothing left for an erase to name.
    assert fake.events_of(pledges.sync_id(withdrawn)) == ["pledge", "withdraw"]
