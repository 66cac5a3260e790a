"""What goes out when: each post's occurrences with their channels and status, and milestones waiting.

The admins' desk shows it as a calendar; it reads the same rows the dispatcher works from, so what
it shows is what will happen (a repeat's occurrence is a delivery of its own per channel).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from bot.services.post_input import html_to_plain
from bot.storage.models import Milestone, Post, PostDelivery, PostText
from bot.storage.session import Database

WAITING = frozenset({"pending", "claimed"})


@dataclass(frozen=True)
class Delivery:
    """One channel's copy of one occurrence: where, in which language, how it went, its link."""

    channel: str
    locale: str
    text_locale: str
    status: str
    link: str | None = None


@dataclass(frozen=True)
class Occurrence:
    """One time a post goes out (a repeating post has several)."""

    post_id: int
    kind: str  # queued or daily
    post_status: str  # queued, cancelled
    occurrence: int
    due_at: datetime
    status: str  # queued, going-out, sent, partly-sent, missed, unknown, failed, cancelled
    languages: tuple[str, ...]
    first_lines: dict[str, str]  # each language's first line, plain, for a glance
    repeat_every: str | None
    deliveries: tuple[Delivery, ...]


@dataclass(frozen=True)
class WaitingMilestone:
    """A pledge milestone reached whose post waits for its (jittered) time."""

    threshold: int
    announce_after: datetime


def status_of(statuses: Sequence[str]) -> str:
    """One occurrence's status from its deliveries' (the channels' copies)."""
    found = set(statuses)
    if found <= WAITING:
        return "queued"
    if "sending" in found or found & WAITING:
        return "going-out"
    if found == {"sent"}:
        return "sent"
    if "sent" in found:
        return "partly-sent"
    for status in ("unknown", "missed", "cancelled"):
        if found == {status}:
            return status
    return "unknown" if "unknown" in found else "failed"


def link(channel: str, message_id: int | None) -> str | None:
    """The public address of a sent Telegram post (a channel with a username), else None."""
    if message_id is None or not channel.startswith("@"):
        return None
    return f"https://t.me/{channel[1:]}/{message_id}"


class Calendar:
    """Occurrences between two instants, from the deliveries; milestones waiting."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def between(self, start: datetime, end: datetime) -> list[Occurrence]:
        """Every post's occurrences due in [start, end), the earliest first."""
        async with self.db.transaction() as session:
            rows = (
                await session.execute(
                    select(PostDelivery, Post)
                    .join(Post, Post.id == PostDelivery.post_id)
                    .where(PostDelivery.due_at >= start, PostDelivery.due_at < end, Post.status != "draft")
                    .order_by(PostDelivery.due_at, Post.id, PostDelivery.id)
                )
            ).all()
            ids = sorted({post.id for _, post in rows})
            texts = (
                await session.execute(
                    select(PostText.post_id, PostText.locale, PostText.body).where(PostText.post_id.in_(ids))
                )
            ).all()
        by_post: dict[int, dict[str, str]] = {}
        for post_id, locale, body in texts:
            by_post.setdefault(post_id, {})[locale] = body
        return _group(rows, by_post)

    async def milestones_waiting(self) -> list[WaitingMilestone]:
        """Milestones reached and not yet announced."""
        async with self.db.transaction() as session:
            rows = await session.execute(
                select(Milestone.threshold, Milestone.announce_after)
                .where(Milestone.announced_at.is_(None))
                .order_by(Milestone.threshold)
            )
            return [WaitingMilestone(int(threshold), _utc(after)) for threshold, after in rows.all()]


def _group(rows: Sequence[tuple[PostDelivery, Post]], texts: dict[int, dict[str, str]]) -> list[Occurrence]:
    grouped: dict[tuple[int, int], list[tuple[PostDelivery, Post]]] = {}
    for delivery, post in rows:
        grouped.setdefault((post.id, delivery.occurrence), []).append((delivery, post))
    found = []
    for (post_id, number), items in grouped.items():
        post = items[0][1]
        bodies = texts.get(post_id, {})
        deliveries = tuple(
            Delivery(d.channel, d.locale, d.text_locale, d.status, link(d.channel, d.message_id))
            for d, _ in items
        )
        found.append(
            Occurrence(
                post_id=post_id,
                kind=post.kind,
                post_status=post.status,
                occurrence=number,
                due_at=_utc(min(d.due_at for d, _ in items)),
                status=status_of([d.status for d, _ in items]),
                languages=tuple(sorted(bodies)),
                first_lines={code: _first_line(body) for code, body in sorted(bodies.items())},
                repeat_every=post.repeat_every,
                deliveries=deliveries,
            )
        )
    return sorted(found, key=lambda item: (item.due_at, item.post_id))


def _first_line(body: str) -> str:
    return html_to_plain(body).strip().split("\n", 1)[0][:80]


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
