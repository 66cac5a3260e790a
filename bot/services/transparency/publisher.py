"""Checkpoints: signed on fixed boundaries, kept in the database, posted to the channels like any post.

A log that has no checkpoint gets one at once (of size 0 when the log is new), so the endpoint
always answers. After that a checkpoint is signed at most once per TRANSPARENCY_CHECKPOINT_MINUTES,
on the boundaries that are multiples of it in UTC (the same on every instance), and only when the
log has grown. Its time then tells no more than "someone pledged or withdrew in that interval":
it never follows one person's action.

Whichever instance knocks first after a boundary claims it on the log's head row (the lock every
append takes, held for the few milliseconds of the signing): the others then find it claimed. The
claim, the new perfect nodes, the checkpoint row and its post (a `tlog` post with one delivery per
channel and Mastodon language) are one transaction: the dispatcher sends the post, once per
channel, and holds it during a lockdown. A lockdown also pauses the checkpoints themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import Catalog
from bot.services.lockdown import Lockdown
from bot.services.post_input import plain_to_html
from bot.services.transparency import checkpoint, log, merkle
from bot.settings import LOCALES
from bot.storage.models import LogCheckpoint, LogHead, LogNode, Post, PostDelivery, PostText, utcnow
from bot.storage.session import Database

logger = logging.getLogger(__name__)
POST_KIND = "tlog"  # the posts table's kind of a checkpoint post (the dispatcher reports it only on failure)


@dataclass(frozen=True)
class Signed:
    """A checkpoint this instance just signed."""

    size: int
    count: int
    root: bytes
    note: str


def boundary(now: datetime, minutes: int) -> datetime:
    """The latest multiple of `minutes` in UTC at or before `now`: when a checkpoint may be signed."""
    period = minutes * 60
    return datetime.fromtimestamp(int(now.timestamp()) // period * period, UTC)


def next_boundary(now: datetime, minutes: int) -> datetime:
    """The first boundary after `now`: the earliest the next checkpoint can come."""
    return boundary(now, minutes) + timedelta(minutes=minutes)


class Publisher:
    """Signs and stores the checkpoints; hands their posts to the dispatcher."""

    def __init__(
        self,
        db: Database,
        signer: checkpoint.NoteSigner,
        origin: str,
        minutes: int,
        catalog: Catalog,
        targets: Sequence[tuple[str, str]] = (),
        lockdown: Lockdown | None = None,
    ) -> None:
        self.db = db
        self.signer = signer
        self.origin = origin
        self.period = minutes * 60
        self.catalog = catalog
        self.targets = list(targets)  # (locale, channel): Telegram channels and mastodon:<locale>
        self.lockdown = lockdown

    def boundary(self, now: datetime) -> datetime:
        """The latest boundary at or before `now`."""
        return boundary(now, self.period // 60)

    async def run_once(self, now: datetime | None = None) -> Signed | None:
        """Sign a checkpoint if one is due (or none exists yet); the one signed, else None."""
        now = now or utcnow()
        locked = self.lockdown is not None and await self.lockdown.active()
        async with self.db.transaction() as session:
            first = await session.scalar(select(LogCheckpoint.size).limit(1)) is None
            if locked and not first:
                return None  # everything waits for the lift; the next boundary after it signs
            boundary = self.boundary(now)
            claimed = (
                await session.execute(
                    update(LogHead)
                    .where(LogHead.id == log.HEAD, LogHead.size > LogHead.checkpoint_size)
                    .where((LogHead.checkpoint_size < 0) | (LogHead.checkpoint_at < boundary))
                    .values(checkpoint_size=LogHead.size, checkpoint_at=boundary)
                    .returning(LogHead.size, LogHead.count)
                )
            ).one_or_none()
            if claimed is None:
                return None
            size, count = int(claimed[0]), int(claimed[1])
            signed = await self._sign(session, size, count, now if first else boundary)
            if size > 0 and not locked:
                await self._post(session, signed, boundary)
        logger.info("transparency checkpoint signed: size %s", size)
        return signed

    async def _sign(self, session: AsyncSession, size: int, count: int, at: datetime) -> Signed:
        """The nodes of the leaves since the last checkpoint, the root, the note, the row."""
        hashed = await session.scalar(select(func.max(LogNode.idx)).where(LogNode.level == 0))
        nodes = await log.extend_nodes(session, 0 if hashed is None else int(hashed) + 1, size)
        root = merkle.root_from(size, nodes)
        note = self.signer.sign(checkpoint.Checkpoint(self.origin, size, root))
        session.add(LogCheckpoint(size=size, root=root, count=count, note=note, published_at=at))
        return Signed(size, count, root, note)

    async def _post(self, session: AsyncSession, signed: Signed, at: datetime) -> None:
        """The checkpoint's post in every language, one delivery per target, due at the boundary."""
        if not self.targets:
            return
        post = Post(kind=POST_KIND, status="queued", due_at=at, zone="UTC", created_at=at, updated_at=at)
        session.add(post)
        await session.flush()
        for locale in LOCALES:
            body = plain_to_html(self.text(signed, locale))
            session.add(PostText(post_id=post.id, locale=locale, body=body))
        for locale, channel in self.targets:
            session.add(
                PostDelivery(
                    post_id=post.id, channel=channel, locale=locale, text_locale=locale, due_at=at, attempts=0
                )
            )

    def text(self, signed: Signed, locale: str) -> str:
        """The post: size, count and root in the reader's language, then the signed note as it is."""
        values = {"size": signed.size, "count": signed.count, "root": log.b64(signed.root)}
        return f"{self.catalog.format('transparency-checkpoint-post', values, locale)}\n\n{signed.note}"
