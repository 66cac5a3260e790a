"""The dispatcher: claims due deliveries, sends each once, settles it, reports each post once.

Every instance runs it every few seconds; the database decides who sends what:
- a due delivery is claimed with a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL), so two
  instances never hold the same one;
- just before the platform call it is stamped `sending` and committed. A claim that dies
  before that is taken again when its lease ends: nothing lost. One that dies after it has an
  unknown outcome (Telegram's sendMessage has no idempotency key): it is never resent but
  marked `unknown` and the admins are told: at most once, never twice.
- a delivery still pending POST_GRACE_MINUTES after its minute (the bot was down, or a lockdown
  held it) is `missed`, and its post's report says which.
- during a lockdown nothing is claimed, and a claimed delivery is handed back before its send.
- one post that cannot be prepared or sent is settled alone (failed, or unknown if it may have
  gone out) and reported; it never keeps the others from going out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, or_, select, update
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import aliased

from bot.services.delivery import Delivery, Notify, Publish
from bot.services.lockdown import Lockdown
from bot.services.post_content import Photo, PostContent
from bot.services.post_input import wall_clock
from bot.services.posts import (
    EVERY_LANGUAGE,
    FINAL,
    MASTODON_PREFIX,
    NOT_STARTED,
    PostService,
    RenderDaily,
    extras_of,
)
from bot.storage.models import Post, PostDelivery, PostText
from bot.storage.session import Database

log = logging.getLogger(__name__)

LOCKED_OUT = "lockdown"  # the error of a delivery missed because a lockdown held it past the grace
LEASE = timedelta(minutes=5)  # longer than any one send: a Mastodon thread with its retries included
MAX_ATTEMPTS = 5
BATCH = 50
QUIET = {"daily", "tlog"}  # posts the bot makes itself: the admins hear of them only when one failed


@dataclass(frozen=True)
class Claimed:
    """A delivery this instance holds until `lease`."""

    id: int
    post_id: int
    channel: str
    locale: str
    body: str
    lease: datetime
    content: PostContent | None = None  # with photos or buttons; None: the body alone


@dataclass(frozen=True)
class DailySchedule:
    """When the daily post goes out and how its text is made."""

    at: tuple[int, int]
    render: RenderDaily


class Dispatcher:
    """Sends due posts to the channels, whichever instance runs it."""

    def __init__(
        self,
        db: Database,
        posts: PostService,
        publish: Publish,
        notify: Notify,
        grace: timedelta,
        daily: DailySchedule | None = None,
        lockdown: Lockdown | None = None,
    ) -> None:
        self.db = db
        self.lockdown = lockdown
        self.posts = posts
        self.publish = publish
        self.notify = notify
        self.grace = grace
        self.daily = daily

    async def run_once(self, now: datetime) -> int:
        """One knock of the clock; returns how many posts went out."""
        if self.daily is not None:
            await self._ensure_daily(now, self.daily)
        locked = await self._locked()
        await self._settle_abandoned(now, LOCKED_OUT if locked else None)
        if locked:
            return 0
        sent = 0
        started = time.monotonic()
        for claimed in await self.claim(now):
            # Each stamp at its own moment: after slow sends, a stale `now` would end a lease early.
            moment = now + timedelta(seconds=time.monotonic() - started)
            sent += await self._deliver_alone(claimed, moment) is Delivery.SENT
        await self.report(now)
        return sent

    async def _ensure_daily(self, now: datetime, daily: DailySchedule) -> None:
        """Today's post; one that cannot be prepared is on record as failed and never blocks the rest."""
        try:
            await self.posts.ensure_daily(now, daily.at, self.grace, daily.render)
        except Exception as exc:  # whatever it is, the queued posts still go out
            if _transient(exc):
                raise  # the database is away: the next knock tries again
            reason = f"could not be prepared: {type(exc).__name__}"
            log.error("the daily post %s", reason)
            try:
                await self.posts.fail_daily(now, daily.at, reason)
            except Exception as again:
                log.error("the daily post's failure could not be recorded: %s", type(again).__name__)

    async def _deliver_alone(self, claimed: Claimed, now: datetime) -> Delivery | None:
        """`deliver`, with an unexpected error settled on this delivery alone (the admins hear of it)."""
        try:
            return await self.deliver(claimed, now)
        except Exception as exc:  # one broken post never stops the others
            if _transient(exc):
                raise  # the database is away: the claim's lease brings it back
            reason = f"error: {type(exc).__name__}"
            log.error("post %s to a %s channel: %s", claimed.post_id, claimed.locale, reason)
            await self._settle_broken(claimed.id, now, reason)
            return Delivery.FAILED

    async def _settle_broken(self, delivery_id: int, now: datetime, reason: str) -> None:
        """Failed if it never reached the platform; unknown if it may have (never resent either way)."""
        done = {"finished_at": now, "leased_until": None, "error": reason}
        async with self.db.transaction() as session:
            for before, after in (("claimed", "failed"), ("sending", "unknown")):
                await session.execute(
                    update(PostDelivery)
                    .where(PostDelivery.id == delivery_id, PostDelivery.status == before)
                    .values(status=after, **done)
                )

    async def _settle_abandoned(self, now: datetime, why: str | None) -> None:
        """Pending too long past its minute: missed (`why`: a lockdown). Sending past its lease: unknown."""
        async with self.db.transaction() as session:
            await session.execute(
                update(PostDelivery)
                .where(PostDelivery.status.in_(NOT_STARTED), PostDelivery.due_at < now - self.grace)
                .where(or_(PostDelivery.leased_until.is_(None), PostDelivery.leased_until < now))
                .values(status="missed", finished_at=now, leased_until=None, error=why)
            )
            await session.execute(
                update(PostDelivery)
                .where(PostDelivery.status == "sending", PostDelivery.leased_until < now)
                .values(status="unknown", finished_at=now, error="stopped while sending")
            )

    async def claim(self, now: datetime) -> list[Claimed]:
        """Take up to BATCH due deliveries nobody holds, each until now + LEASE."""
        lease = now + LEASE
        free = or_(PostDelivery.leased_until.is_(None), PostDelivery.leased_until < now)
        due = (
            select(PostDelivery.id)
            .where(PostDelivery.status.in_(NOT_STARTED), PostDelivery.due_at <= now, free)
            .order_by(PostDelivery.due_at, PostDelivery.id)
            .limit(BATCH)
            .with_for_update(skip_locked=True)
        )
        async with self.db.transaction() as session:
            rows = await session.execute(
                update(PostDelivery)
                .where(PostDelivery.id.in_(due.scalar_subquery()))
                .values(status="claimed", leased_until=lease)
                .returning(
                    PostDelivery.id,
                    PostDelivery.post_id,
                    PostDelivery.channel,
                    PostDelivery.locale,
                    PostDelivery.text_locale,
                )
                .execution_options(synchronize_session=False)
            )
            held = rows.all()
            bodies = {}
            extras: dict[int, Any] = {}
            if held:
                texts = await session.execute(
                    select(PostText.post_id, PostText.locale, PostText.body).where(
                        PostText.post_id.in_({row.post_id for row in held})
                    )
                )
                bodies = {(post_id, locale): body for post_id, locale, body in texts.all()}
                extras = await extras_of(session, list({row.post_id for row in held}))
            textless = [row.id for row in held if (row.post_id, row.text_locale) not in bodies]
            if textless:  # nothing to send: failed now (the admins hear of it), not claimed again
                log.error("%d deliveries have no text to send", len(textless))
                await session.execute(
                    update(PostDelivery)
                    .where(PostDelivery.id.in_(textless))
                    .values(status="failed", finished_at=now, leased_until=None, error="no text to send")
                )
                held = [row for row in held if row.id not in textless]
        return [
            Claimed(
                row.id,
                row.post_id,
                row.channel,
                row.locale,
                bodies[(row.post_id, row.text_locale)],
                lease,
                _content(bodies[(row.post_id, row.text_locale)], row.text_locale, extras.get(row.post_id)),
            )
            for row in sorted(held, key=lambda row: row.id)
        ]

    async def _locked(self) -> bool:
        return self.lockdown is not None and await self.lockdown.active()

    async def _hand_back(self, claimed: Claimed) -> None:
        """Lockdown: the claim is released untouched; it goes out once the lockdown is lifted."""
        async with self.db.transaction() as session:
            await session.execute(
                update(PostDelivery)
                .where(PostDelivery.id == claimed.id, PostDelivery.status == "claimed")
                .values(status="pending", leased_until=None)
            )

    async def deliver(self, claimed: Claimed, now: datetime) -> Delivery | None:
        """Send one claimed delivery, if it is still ours and still wanted; settle it."""
        if await self._locked():
            await self._hand_back(claimed)
            return None
        async with self.db.transaction() as session:
            started = await session.execute(
                update(PostDelivery)
                .where(
                    PostDelivery.id == claimed.id,
                    PostDelivery.status == "claimed",
                    PostDelivery.leased_until == claimed.lease,
                )
                .values(status="sending", attempts=PostDelivery.attempts + 1, leased_until=now + LEASE)
                .returning(PostDelivery.attempts)
            )
            attempts = started.scalar_one_or_none()
        if attempts is None:
            return None  # cancelled, replaced or taken over since the claim
        body = claimed.content if claimed.content is not None else claimed.body
        result = await self.publish(claimed.channel, body, f"delivery-{claimed.id}")
        values: dict[str, object] = {"finished_at": now, "leased_until": None, "error": result.reason}
        if result.outcome is Delivery.SENT:
            values |= {"status": "sent", "message_id": result.message_id}
        elif result.outcome is Delivery.FAILED and attempts < MAX_ATTEMPTS:
            backoff = timedelta(seconds=15 * 2**attempts)
            values |= {"status": "pending", "finished_at": None, "leased_until": now + backoff}
        else:
            values["status"] = {Delivery.REFUSED: "refused", Delivery.UNKNOWN: "unknown"}.get(
                result.outcome, "failed"
            )
        async with self.db.transaction() as session:
            await session.execute(
                update(PostDelivery)
                .where(PostDelivery.id == claimed.id, PostDelivery.status == "sending")
                .values(**values)
            )
        if result.outcome is not Delivery.SENT:
            log.warning("post %s to a %s channel: %s", claimed.post_id, claimed.locale, result.outcome.value)
        return result.outcome

    async def report(self, now: datetime) -> int:
        """Tell about each post (each occurrence of a repeating one) whose deliveries all ended, once.

        Whichever instance sees it first marks its deliveries reported in one statement; another
        instance's statement then finds them marked (on PostgreSQL it waits for the row locks).
        """
        other = aliased(PostDelivery)
        unfinished = (
            exists()
            .where(other.post_id == PostDelivery.post_id, other.occurrence == PostDelivery.occurrence)
            .where(other.status.not_in(FINAL))
        )
        async with self.db.transaction() as session:
            done = await session.execute(
                update(PostDelivery)
                .where(PostDelivery.reported_at.is_(None), PostDelivery.status.in_(FINAL), ~unfinished)
                .values(reported_at=now)
                .returning(PostDelivery.id)
                .execution_options(synchronize_session=False)
            )
            ids = [row.id for row in done.all()]
            deliveries = await session.execute(
                select(PostDelivery, Post)
                .join(Post, Post.id == PostDelivery.post_id)
                .where(PostDelivery.id.in_(ids))
                .order_by(PostDelivery.id)
            )
            by_occurrence: dict[tuple[int, int], tuple[Post, list[PostDelivery]]] = {}
            for delivery, post in deliveries.all():
                by_occurrence.setdefault((post.id, delivery.occurrence), (post, []))[1].append(delivery)
        for post, group in by_occurrence.values():
            try:
                await self._tell(post, group)
            except Exception as exc:  # one report that fails keeps none of the others back
                log.error("could not report post %s: %s", post.id, type(exc).__name__)
        return len(by_occurrence)

    async def _tell(self, post: Any, deliveries: list[PostDelivery]) -> None:
        if post.kind in QUIET and all(d.status == "sent" for d in deliveries):
            return  # the daily post and the log's checkpoints bother nobody when they went well
        lines = [_line(d) for d in deliveries]
        values = {
            "id": post.id,
            "daily": "yes" if post.kind == "daily" else "no",
            "when": wall_clock(min(d.due_at for d in deliveries), post.zone),
            "sent": sum(d.status == "sent" for d in deliveries),
            "total": len(deliveries),
        }
        await self.notify(post.created_by if post.kind == "queued" else None, "post-report", values, lines)


def _content(body: str, text_locale: str, extras: Any) -> PostContent | None:
    """The delivery's photos (with descriptions in its text's language) and buttons; None if neither."""
    if extras is None:
        return None
    photos, buttons = extras
    return PostContent(
        body,
        tuple(Photo(p.file_id, p.alts.get(text_locale), p.size) for p in photos),
        buttons.get(text_locale, buttons.get(EVERY_LANGUAGE, ())),
    )


def _transient(exc: Exception) -> bool:
    """The database (or the network to it) is away for a while: not a post that cannot be prepared."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError | InterfaceError | OSError | TimeoutError)


def _line(delivery: PostDelivery) -> tuple[str, Mapping[str, object]]:
    values: dict[str, object] = {"locale": delivery.locale, "channel": delivery.channel}
    if delivery.status == "sent":
        return "post-report-sent", values | {"link": message_link(delivery.channel, delivery.message_id)}
    status = "lockdown" if (delivery.status, delivery.error) == ("missed", LOCKED_OUT) else delivery.status
    if status == "refused" and delivery.channel.startswith(MASTODON_PREFIX):
        status = "failed"  # the catalog's "refused" tells to check the bot's rights in a Telegram channel
    return "post-report-not-sent", values | {"status": status, "reason": delivery.error or "-"}


def message_link(chat: str, message_id: int | None) -> str:
    """The public link of a channel message: t.me/name/ID, or t.me/c/ID/ID for a private channel."""
    if message_id is None:
        return "-"
    if chat.startswith("@"):
        return f"https://t.me/{chat[1:]}/{message_id}"
    if chat.startswith("-100"):
        return f"https://t.me/c/{chat[4:]}/{message_id}"
    return "-"
