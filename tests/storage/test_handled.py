"""The webhook's memory of handled updates: shared by every instance, forgotten after a day."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

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
