"""The admins' audit log: who (a keyed hash), did what, to what, when. Nothing else."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import AdminAction
from bot.storage.session import Database


async def record(session: AsyncSession, admin_ref: str, action: str, subject: object = None) -> None:
    """Add an entry inside the caller's transaction (it stands or falls with the action)."""
    subject_text = None if subject is None else str(subject)[:64]
    session.add(AdminAction(admin_ref=admin_ref, action=action, subject=subject_text))


class AuditLog:
    """For actions that are not themselves a transaction of ours (an export, say)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def record(self, admin_ref: str, action: str, subject: object = None) -> None:
        """Add an entry in a transaction of its own."""
        async with self.db.transaction() as session:
            await record(session, admin_ref, action, subject)
