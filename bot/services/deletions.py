"""Safe mode's disappearing messages: what to delete from whose chat, and when.

The bot's confirmations (and the person's own command) in a safe-mode chat are deleted once
`SAFE_MODE_DELETE_MINUTES` have passed, by whichever instance runs the job first. Stored,
never only in memory: a restart in between loses no deletion. The chat id is sealed; a row
is removed once its message is deleted, or can never be.

On record before the send: `reserve` writes a row holding only an anchor (the message the
update came with, whose id is known), then `fill` puts the sent ids in its place. If they
never come (the process died, the database failed, a send timed out), the anchor and the
`FALLBACK_SPAN - 1` messages after it are deleted at the due time: in a private chat ids
run in order, and Telegram skips the ids it cannot find.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from cryptography.exceptions import InvalidTag
from sqlalchemy import delete, func, insert, or_, select, update

from bot.identity import IdentityHasher
from bot.storage.models import PendingDeletion
from bot.storage.session import Database

LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 5
BATCH = 200
FALLBACK_SPAN = 100  # ids from the anchor on: one deleteMessages call (it takes 1-100)


class Outcome(Enum):
    """What became of one chat's deletion."""

    DELETED = "deleted"
    REFUSED = "refused"  # never deletable (too old, the bot blocked): given up, counted as failed
    RETRY = "retry"  # failed for now: tried again, MAX_ATTEMPTS times in all, then given up
    UNTRIED = "untried"  # flood control: nothing was tried, handed back as it was


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
        await self.fill(None, platform, address, message_ids, now)

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

    async def reserve(self, platform: str, address: str, anchor: int, now: datetime) -> int:
        """Before a send: record that this chat's messages from `anchor` on go; the record's id."""
        async with self.db.transaction() as session:
            created = await session.execute(
                insert(PendingDeletion)
                .values(
                    platform=platform,
                    address=self.hasher.seal(address),
                    message_id=None,
                    anchor=anchor,
                    delete_after=now + self.after,
                    attempts=0,
                )
                .returning(PendingDeletion.id)
            )
            return int(created.scalar_one())

    async def fill(
        self, reserved: int | None, platform: str, address: str, message_ids: Sequence[int], now: datetime
    ) -> None:
        """After the send: these messages are stored in place of the reservation, in one transaction."""
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
            if reserved is not None:
                await session.execute(delete(PendingDeletion).where(PendingDeletion.id == reserved))

    async def take_due(self, platform: str, now: datetime) -> tuple[list[Due], int]:
        """Claim what is due on `platform` (nobody else holds it), grouped by chat.

        Also how many rows were given up because their address does not open (sealed under
        another key): they can never be deleted, and must not hold back the others.
        """
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
                .returning(
                    PendingDeletion.id,
                    PendingDeletion.address,
                    PendingDeletion.message_id,
                    PendingDeletion.anchor,
                )
                .execution_options(synchronize_session=False)
            )
            rows = taken.all()
        chats: dict[str, list[tuple[int, int]]] = {}
        unopened: list[int] = []
        for row_id, sealed, message_id, anchor in rows:
            try:
                address = self.hasher.unseal(sealed)
            except (InvalidTag, ValueError):
                unopened.append(row_id)
                continue
            held = chats.setdefault(address, [])
            if message_id is not None:
                held.append((row_id, message_id))
            elif anchor is not None:  # the sent ids never came: the anchor and what followed it
                held.extend((row_id, m) for m in range(anchor, anchor + FALLBACK_SPAN))
        if unopened:
            async with self.db.transaction() as session:
                await session.execute(delete(PendingDeletion).where(PendingDeletion.id.in_(unopened)))
        dues = [  # a message edited after it was shown (a pledge's confirmation) is listed twice
            Due(
                tuple(dict.fromkeys(i for i, _ in held)),
                platform,
                address,
                tuple(dict.fromkeys(m for _, m in held)),
            )
            for address, held in chats.items()
        ]
        return dues, len(unopened)

    async def settle(self, due: Due, outcome: Outcome) -> int:
        """Record what became of `due`; return how many deletions were given up (failed for good)."""
        rows = PendingDeletion.id.in_(due.ids)
        async with self.db.transaction() as session:
            if outcome is Outcome.UNTRIED:
                await session.execute(
                    update(PendingDeletion)
                    .where(rows)
                    .values(leased_until=None, attempts=PendingDeletion.attempts - 1)
                )
                return 0
            if outcome is not Outcome.RETRY:
                await session.execute(delete(PendingDeletion).where(rows))
                return len(due.ids) if outcome is Outcome.REFUSED else 0
            last = rows & (PendingDeletion.attempts >= MAX_ATTEMPTS)
            given_up = await session.scalar(select(func.count()).select_from(PendingDeletion).where(last))
            await session.execute(delete(PendingDeletion).where(last))
            await session.execute(update(PendingDeletion).where(rows).values(leased_until=None))
            return int(given_up or 0)

    async def waiting(self) -> int:
        """How many messages wait to be deleted (for tests and /metrics: a count, nobody's)."""
        async with self.db.transaction() as session:
            rows = await session.execute(select(PendingDeletion.id))
            return len(rows.all())
