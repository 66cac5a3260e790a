"""The Telegram updates the webhook has handled, so that a redelivery is not run twice.

Telegram delivers an update again when it did not get our 200 in time (the process died
after the replies went out, or a slow handler outlived Telegram's wait), possibly to
another instance. Stored in the database, so it holds across instances and restarts.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from bot.storage.models import HandledUpdate
from bot.storage.session import Database

KEEP = timedelta(hours=25)  # Telegram stops redelivering an update after 24 hours
PRUNE_EVERY = timedelta(hours=1)


class HandledUpdates:
    """Remember the update ids that were handled; forget them after a day."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.pruned_at: datetime | None = None

    async def seen(self, update_id: int) -> bool:
        """Whether this update was handled already (by any instance)."""
        async with self.db.transaction() as session:
            found = await session.scalar(
                select(HandledUpdate.update_id).where(HandledUpdate.update_id == update_id)
            )
        return found is not None

    async def remember(self, update_id: int, now: datetime) -> None:
        """Record the update as handled (and, once an hour, forget those older than a day)."""
        prune = self.pruned_at is None or now - self.pruned_at >= PRUNE_EVERY
        try:
            async with self.db.transaction() as session:
                if prune:
                    await session.execute(delete(HandledUpdate).where(HandledUpdate.handled_at < now - KEEP))
                session.add(HandledUpdate(update_id=update_id, handled_at=now))
        except IntegrityError:  # handled twice at once (two instances): recorded all the same
            return
        if prune:
            self.pruned_at = now
