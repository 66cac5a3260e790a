"""Safe mode's disappearing messages: what to delete from whose chat, and when.

The bot's confirmations (and the person's own command) in a safe-mode chat are stored here
when sent and deleted once `SAFE_MODE_DELETE_MINUTES` have passed, by whichever instance
runs the job first. Stored, never only in memory: a restart in between loses no deletion.
The chat id is sealed; a row is removed once its message is deleted, or can never be.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update

from bot.identity import IdentityHasher
from bot.storage.models import PendingDeletion
from bot.storage.session import Database

LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 5
BATCH = 200


@dataclass(frozen=True)
class Due:
    """Messages of one chat whose time has come, held by this instance until `lease`."""

    ids: tuple[int, ...]
    platform: str
    address: str  # unsealed, in memory only while the messages are deleted
    message_ids: tuple[int, ...]


class PendingDeletions:
    """Schedule, take and settle the deletions of safe-mode messages."""

    def __init__(self, db: Database, hasher: IdentityHasher, after: timedelta) -> None:
        self.db = db
        self.hasher = hasher
        self.after = after

    async def schedule(self, platform: str, address: str, message_ids: Sequence[int], now: datetime) -> None:
        """Delete these messages of this chat `after` from now."""
        if not message_ids:
            return
        sealed = self.hasher.seal(address)
        async with self.db.transaction() as session:
            session.add_all(
                PendingDeletion(
                    platform=platform,
                    address=sealed,
                    message_id=message_id,
                    delete_after=now + self.after,
                    attempts=0,
                )
                for message_id in dict.fromkeys(message_ids)
            )

    async def schedule_many(self, platform: str, messages: Sequence[tuple[str, int]], now: datetime) -> None:
        """Delete each (address, message id) `after` from now: a broadcast's safe-mode recipients."""
        async with self.db.transaction() as session:
            session.add_all(
                PendingDeletion(
                    platform=platform,
                    address=self.hasher.seal(address),
                    message_id=message_id,
                    delete_after=now + self.after,
                    attempts=0,
                )
                for address, message_id in messages
            )

    async def take_due(self, platform: str, now: datetime) -> list[Due]:
        """Claim what is due on `platform` (nobody else holds it), grouped by chat."""
        free = or_(PendingDeletion.leased_until.is_(None), PendingDeletion.leased_until < now)
        due = (
            select(PendingDeletion.id)
            .where(PendingDeletion.platform == platform, PendingDeletion.delete_after <= now, free)
            .order_by(PendingDeletion.delete_after)
            .limit(BATCH)
            .with_for_update(skip_locked=True)
        )
        async with self.db.transaction() as session:
            taken = await session.execute(
                update(PendingDeletion)
                .where(PendingDeletion.id.in_(due.scalar_subquery()))
                .values(leased_until=now + LEASE, attempts=PendingDeletion.attempts + 1)
                .returning(PendingDeletion.id, PendingDeletion.address, PendingDeletion.message_id)
                .execution_options(synchronize_session=False)
            )
            rows = taken.all()
        chats: dict[str, list[tuple[int, int]]] = {}
        for row_id, sealed, message_id in rows:
            chats.setdefault(self.hasher.unseal(sealed), []).append((row_id, message_id))
        return [  # a message edited after it was shown (a pledge's confirmation) is listed twice
            Due(tuple(i for i, _ in held), platform, address, tuple(dict.fromkeys(m for _, m in held)))
            for address, held in chats.items()
        ]

    async def settle(self, due: Due, done: bool, count_attempt: bool = True) -> None:
        """Deleted (or never deletable): the rows go. Failed for now: tried again, a few times.

        `count_attempt=False` (flood control: nothing was tried) hands them back as they were.
        """
        async with self.db.transaction() as session:
            if not count_attempt:
                await session.execute(
                    update(PendingDeletion)
                    .where(PendingDeletion.id.in_(due.ids))
                    .values(leased_until=None, attempts=PendingDeletion.attempts - 1)
                )
                return
            if done:
                await session.execute(delete(PendingDeletion).where(PendingDeletion.id.in_(due.ids)))
                return
            await session.execute(
                delete(PendingDeletion).where(
                    PendingDeletion.id.in_(due.ids), PendingDeletion.attempts >= MAX_ATTEMPTS
                )
            )
            await session.execute(
                update(PendingDeletion).where(PendingDeletion.id.in_(due.ids)).values(leased_until=None)
            )

    async def waiting(self) -> int:
        """How many messages wait to be deleted (for tests and /metrics: a count, nobody's)."""
        async with self.db.transaction() as session:
            rows = await session.execute(select(PendingDeletion.id))
            return len(rows.all())
