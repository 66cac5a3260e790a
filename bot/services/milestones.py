"""Milestone posts: each reached milestone goes to each channel once, whichever instance sends it.

A due milestone is fanned out into one row per channel (primary key: milestone, channel),
in the same transaction that stamps the milestone as announced, so a second instance
finds nothing to fan out. A row is leased while it is sent and stamped once sent.
Telegram's sendMessage has no idempotency key, so a send whose outcome is unknown
(a timeout) is stamped as sent: a missing post is better than a doubled one. A send
that failed for sure (5xx, flood control, network down) is released and tried again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from bot.services.delivery import Delivery
from bot.services.lockdown import Lockdown
from bot.storage.models import Milestone, MilestonePost, utcnow
from bot.storage.repos import upsert
from bot.storage.session import Database

LEASE = timedelta(minutes=2)


# (chat, locale, message key, values) -> what happened
SendToChannel = Callable[[str, str, str, Mapping[str, object]], Awaitable[Delivery]]


@dataclass(frozen=True)
class Post:
    """A leased milestone post."""

    threshold: int
    channel: str
    locale: str
    leased_until: datetime


class MilestoneAnnouncer:
    """Fans due milestones out to the channels and sends each post once."""

    def __init__(self, db: Database, channels: Mapping[str, str], lockdown: Lockdown | None = None) -> None:
        self.db = db
        self.channels = dict(channels)  # locale -> chat
        self.lockdown = lockdown

    async def run_once(self, send: SendToChannel, now: datetime | None = None) -> int:
        """Fan out, then send what this instance leased; return how many posts went out."""
        now = now or utcnow()
        if self.lockdown is not None and await self.lockdown.active():
            return 0  # nothing is fanned out or sent; it all waits for the lockdown to lift
        await self.fan_out(now)
        sent = 0
        for post in await self.lease(now):
            if self.lockdown is not None and await self.lockdown.active():
                await self._settle(post, Delivery.FAILED)  # released untouched, sent after the lift
                continue
            outcome = await send(post.channel, post.locale, "milestone-reached", {"count": post.threshold})
            await self._settle(post, outcome)
            sent += outcome is Delivery.SENT
        return sent

    async def fan_out(self, now: datetime) -> list[int]:
        """Turn every due, not yet announced milestone into one post per channel."""
        async with self.db.transaction() as session:
            due = await session.execute(
                select(Milestone.threshold).where(
                    Milestone.announced_at.is_(None), Milestone.announce_after <= now
                )
            )
            won = []
            for threshold in due.scalars().all():
                claim = (
                    update(Milestone)
                    .where(Milestone.threshold == threshold, Milestone.announced_at.is_(None))
                    .values(announced_at=now)
                    .returning(Milestone.threshold)
                )
                if (await session.execute(claim)).scalar_one_or_none() is None:
                    continue  # another instance got there first
                won.append(int(threshold))
                for locale, chat in self.channels.items():
                    row = upsert(session, MilestonePost).values(
                        threshold=threshold, channel=chat, locale=locale, leased_until=None, sent_at=None
                    )
                    await session.execute(row.on_conflict_do_nothing(index_elements=["threshold", "channel"]))
            return won

    async def lease(self, now: datetime) -> list[Post]:
        """Take the unsent posts nobody holds, each for LEASE."""
        until = now + LEASE
        free = MilestonePost.sent_at.is_(None) & (
            MilestonePost.leased_until.is_(None) | (MilestonePost.leased_until < now)
        )
        async with self.db.transaction() as session:
            taken = await session.execute(
                update(MilestonePost)
                .where(free)
                .values(leased_until=until)
                .returning(MilestonePost.threshold, MilestonePost.channel, MilestonePost.locale)
            )
            return [Post(int(t), c, loc, until) for t, c, loc in taken.all()]

    async def _settle(self, post: Post, outcome: Delivery) -> None:
        done = outcome is not Delivery.FAILED
        values = {"sent_at": utcnow()} if done else {"leased_until": None}
        held = (
            (MilestonePost.threshold == post.threshold)
            & (MilestonePost.channel == post.channel)
            & (MilestonePost.leased_until == post.leased_until)
        )
        async with self.db.transaction() as session:
            await session.execute(update(MilestonePost).where(held).values(**values))
