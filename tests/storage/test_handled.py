"""The webhook's memory of handled updates: shared by every instance, forgotten after a day."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, select

from bot.services.handled import FLUSH_SECONDS, HandledUpdates
from bot.storage.models import HandledUpdate
from bot.storage.session import Database
from tests.integration._bot import MovableClock

NOON = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


async def test_an_update_handled_on_one_instance_is_seen_by_another_and_forgotten_after_a_day(
    db: Database,
) -> None:
    clock = MovableClock(NOON)
    first, second = HandledUpdates(db, clock), HandledUpdates(db, clock)
    first.remember(101)
    assert await first.seen(101)  # at once on this instance...
    assert not await second.seen(101)
    await asyncio.sleep(FLUSH_SECONDS + 0.2)
    assert await second.seen(101) and not await second.seen(102)  # ...and on the others a moment later
    second.remember(101)  # handled twice at once: no error, one record
    clock.now = NOON + timedelta(hours=24)
    second.remember(102)
    await second.close()  # a stop writes what is pending
    assert await first.seen(101) and await first.seen(102)
    clock.now = NOON + timedelta(hours=25, minutes=1)
    first.remember(103)
    await first.flush()
    async with db.transaction() as session:
        kept = (await session.execute(select(HandledUpdate.update_id))).scalars().all()
    assert sorted(kept) == [102, 103]  # a day and an hour on, 101 is forgotten


async def test_the_sole_writer_sees_a_redelivery_across_a_restart_and_reads_nothing_for_new_ids(
    db: Database,
) -> None:
    """The embedded store's one process: ids above the highest recorded need no lookup."""
    clock = MovableClock(NOON)
    before = HandledUpdates(db, clock, sole_writer=True)
    for update_id in (500, 501, 503):
        assert not await before.seen(update_id)
        before.remember(update_id)
    await before.close()
    after = HandledUpdates(db, clock, sole_writer=True)  # the process restarted
    reads = Counter[str]()
    engines = [db.engine.sync_engine, *([db._reader] if db._reader is not None else [])]
    for engine in engines:
        event.listen(engine, "before_cursor_execute", lambda *_: reads.update(["read"]))
    assert await after.seen(501) and await after.seen(503)  # redelivered after the restart
    assert not await after.seen(502)  # overtaken by 503 before it came: looked up, never handled
    looked_up = reads["read"]
    assert not await after.seen(504) and not await after.seen(10_000)  # new: nothing to read
    assert reads["read"] == looked_up
    after.remember(10_000)
    await after.flush()
    assert await after.seen(10_000)
