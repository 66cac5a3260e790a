"""Short memory: records of who was sent what, and of what admins did, last RETENTION_DAYS only.

Delivery records hold no person's identity, but a broadcast's log says which subscriber rows
were reached and when; the audit log says which admin did what. Neither is kept for good.
Counts, posts' own texts and milestones stay: they are the campaign's, not anyone's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete

from bot.storage.models import (
    AdminAction,
    BroadcastDelivery,
    MastodonReply,
    MastodonStatus,
    MilestonePost,
    PostDelivery,
)
from bot.storage.session import Database

# (table, its timestamp): a row whose timestamp is older than the limit goes.
PRUNED: tuple[tuple[Any, Any], ...] = (
    (BroadcastDelivery, BroadcastDelivery.at),
    (PostDelivery, PostDelivery.finished_at),
    (MilestonePost, MilestonePost.sent_at),
    (MastodonReply, MastodonReply.answered_at),
    (MastodonStatus, MastodonStatus.posted_at),
    (AdminAction, AdminAction.at),
)


async def prune(db: Database, now: datetime, days: int) -> dict[str, int]:
    """Delete what is older than `days` before `now`; return how many rows went, per table."""
    cutoff = now - timedelta(days=days)
    removed: dict[str, int] = {}
    async with db.transaction() as session:
        for table, stamp in PRUNED:
            result = await session.execute(delete(table).where(stamp < cutoff))
            removed[table.__tablename__] = int(getattr(result, "rowcount", 0) or 0)
    return removed
