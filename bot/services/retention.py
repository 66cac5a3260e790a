"""Short memory: records of who was sent what, and of what admins did, last RETENTION_DAYS only.

Delivery records hold no person's identity, but a broadcast's log says which subscriber rows
were reached and when; the audit log says which admin did what. Neither is kept for good.
Counts, posts' own texts and milestones stay: they are the campaign's, not anyone's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, select, true

from bot.services.posts import FINAL
from bot.storage.models import (
    AdminAction,
    Broadcast,
    BroadcastDelivery,
    MastodonMedia,
    MastodonReply,
    MastodonStatus,
    MilestonePost,
    PostDelivery,
)
from bot.storage.session import Database

# A broadcast's log says who has it already: while the broadcast may still send, nothing of it goes.
FINISHED_BROADCAST = BroadcastDelivery.broadcast_id.in_(
    select(Broadcast.id).where(Broadcast.status.in_(("done", "cancelled", "stale", "skipped")))
)
# (table, its timestamp, what else must hold): a row older than the limit goes.
PRUNED: tuple[tuple[Any, Any, ColumnElement[bool]], ...] = (
    (BroadcastDelivery, BroadcastDelivery.at, FINISHED_BROADCAST),
    (PostDelivery, PostDelivery.finished_at, PostDelivery.status.in_(FINAL)),
    (MilestonePost, MilestonePost.sent_at, true()),
    (MastodonReply, MastodonReply.answered_at, true()),
    (MastodonStatus, MastodonStatus.posted_at, true()),
    (MastodonMedia, MastodonMedia.uploaded_at, true()),
    (AdminAction, AdminAction.at, true()),
)


async def prune(db: Database, now: datetime, days: int) -> dict[str, int]:
    """Delete what is older than `days` before `now`; return how many rows went, per table."""
    cutoff = now - timedelta(days=days)
    removed: dict[str, int] = {}
    async with db.transaction() as session:
        for table, stamp, also in PRUNED:
            result = await session.execute(delete(table).where(stamp < cutoff, also))
            removed[table.__tablename__] = int(getattr(result, "rowcount", 0) or 0)
    return removed
