"""Lockdown: an owner's switch, in the database, that stops every send and export on every instance.

For a compromised admin account: an owner (OWNER_IDS) turns it on with a typed confirmation;
the dispatcher, the broadcaster, the milestone posts and the exports read it before each send,
so it holds across instances within seconds. It stays on until an owner lifts it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update

from bot.services.audit import record
from bot.services.subscribers import STALE
from bot.storage.models import Broadcast, Flag, utcnow
from bot.storage.repos import upsert
from bot.storage.session import Database

LOCKDOWN = "lockdown"


class Lockdown:
    """Read and switch the lockdown flag; every switch is in the audit log."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def active(self) -> bool:
        """True while the lockdown is on."""
        async with self.db.transaction() as session:
            found = await session.execute(select(Flag.name).where(Flag.name == LOCKDOWN))
            return found.scalar_one_or_none() is not None

    async def turn_on(self, owner_ref: str) -> bool:
        """Stop every send and export; cancel admins' unfinished broadcasts. False if it was on already.

        A broadcast a compromised account started must not go on to everyone once the lockdown is
        lifted; the daily digests only wait.
        """
        async with self.db.transaction() as session:
            statement = upsert(session, Flag).values(name=LOCKDOWN, set_by=owner_ref, set_at=utcnow())
            added = await session.execute(
                statement.on_conflict_do_nothing(index_elements=["name"]).returning(Flag.name)
            )
            on = added.scalar_one_or_none() is not None
            cancelled = await session.execute(
                update(Broadcast)
                .where(Broadcast.kind == "admin", Broadcast.status.in_(("draft", "running")))
                .values(status="cancelled", finished_at=utcnow())
                .returning(Broadcast.id)
            )
            await record(session, owner_ref, "lockdown" if on else "lockdown-again", len(cancelled.all()))
            return on

    async def lift(self, owner_ref: str, stale_before: datetime | None = None) -> bool:
        """Let sends and exports go on; False if there was no lockdown.

        Daily digests made before `stale_before` (their minute passed more than POST_GRACE_MINUTES
        ago) are skipped, not sent late one after another; the broadcaster tells the admins.
        """
        async with self.db.transaction() as session:
            removed = await session.execute(delete(Flag).where(Flag.name == LOCKDOWN).returning(Flag.name))
            lifted = removed.scalar_one_or_none() is not None
            if lifted and stale_before is not None:
                await session.execute(
                    update(Broadcast)
                    .where(
                        Broadcast.kind == "digest",
                        Broadcast.status == "running",
                        Broadcast.created_at < stale_before,
                    )
                    .values(status=STALE, finished_at=utcnow())
                )
            await record(session, owner_ref, "unlock" if lifted else "unlock-none")
            return lifted
