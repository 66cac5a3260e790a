"""The webhook's memory of handled updates: shared by every instance, forgotten after a day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.services.handled import HandledUpdates
from bot.storage.models import HandledUpdate
from bot.storage.session import Database

NOON = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


async def test_an_update_handled_on_one_instance_is_seen_by_another_and_forgotten_after_a_day(
    db: Database,
) -> None:
    first, second = HandledUpdates(db), HandledUpdates(db)
    await first.remember(101, NOON)
    assert await second.seen(101) and not await second.seen(102)
    await second.remember(101, NOON)  # handled twice at once: no error, one record
    await second.remember(102, NOON + timedelta(hours=24))  # within the hour of the last prune: kept
    assert await first.seen(101)
    await second.remember(103, NOON + timedelta(hours=25, minutes=1))
    async with db.transaction() as session:
        kept = (await session.execute(select(HandledUpdate.update_id))).scalars().all()
    assert sorted(kept) == [102, 103]
