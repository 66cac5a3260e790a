"""Tables. People are keyed by `user_ref`, a keyed hash: no raw platform id or username."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    CHAR,
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, in UTC: the only time the database holds."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back aware (SQLite would return it naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive times; store UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the database holds UTC only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Mark what SQLite returns as UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base with stable constraint names for migrations."""

    metadata = MetaData(naming_convention=NAMING)


class Person(Base):
    """What the bot remembers of someone who chose to be remembered: their language."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_ref: Mapped[str] = mapped_column(CHAR(64), unique=True)
    locale: Mapped[str] = mapped_column(String(8))
    # In Belarus or travelling there: confirmations are deleted from the chat, links left out.
    # None until the person answers the question (it is asked again until then).
    safe_mode: Mapped[bool | None] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Pledge(Base):
    """A signature under the campaign's demand: one per person, deleted when withdrawn."""

    __tablename__ = "pledges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_ref: Mapped[str] = mapped_column(CHAR(64), unique=True)
    signer_no: Mapped[int] = mapped_column(BigInteger, unique=True)
    platform: Mapped[str] = mapped_column(String(16))
    locale: Mapped[str] = mapped_column(String(8))
    display_name: Mapped[str | None] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Counter(Base):
    """Counters kept exact by row locks: `pledges` (signed now) and `signers` (numbers handed out)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class Milestone(Base):
    """A pledge count the campaign celebrates; recorded once, announced once."""

    __tablename__ = "milestones"

    threshold: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    reached_at: Mapped[datetime] = mapped_column(UTCDateTime())
    announce_after: Mapped[datetime] = mapped_column(UTCDateTime())
    announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class MilestonePost(Base):
    """One milestone's post to one channel: leased while being sent, stamped once sent."""

    __tablename__ = "milestone_posts"

    threshold: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    channel: Mapped[str] = mapped_column(String(64), primary_key=True)
    locale: Mapped[str] = mapped_column(String(8))
    leased_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SyncEvent(Base):
    """Outbox of pledge events for the campaign's collector; a row is deleted once delivered."""

    __tablename__ = "pledge_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signer: Mapped[str] = mapped_column(CHAR(64), index=True)
    payload: Mapped[str] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(200))


class StatFigure(Base):
    """One accepted figure of a series ('held' now, or 'recognised' since 2020), per day."""

    __tablename__ = "stat_figures"
    __table_args__ = (UniqueConstraint("series", "as_of"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series: Mapped[str] = mapped_column(String(16))
    value: Mapped[int] = mapped_column(BigInteger)
    at_least: Mapped[bool] = mapped_column(Boolean, default=False)
    as_of: Mapped[date] = mapped_column(Date)
    source_url: Mapped[str | None] = mapped_column(String(500))
    source_note: Mapped[str | None] = mapped_column(String(200))
    method: Mapped[str] = mapped_column(String(16))  # seed, fetch or manual
    entered_by: Mapped[str | None] = mapped_column(CHAR(64))  # keyed hash of the admin, for manual figures
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StatReject(Base):
    """A fetched value that failed the sanity checks: kept aside, never shown; admins told once."""

    __tablename__ = "stat_rejects"
    __table_args__ = (UniqueConstraint("value"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
    as_of: Mapped[date] = mapped_column(Date)
    previous: Mapped[int | None] = mapped_column(BigInteger)
    source_url: Mapped[str] = mapped_column(String(500))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime())
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A plausible reading after a long silence: it waits for an admin to accept it (a button).
    awaiting: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class StatSourceState(Base):
    """The live source's health (a single row): when it last answered, since when it fails."""

    __tablename__ = "stat_source_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(200))
    stale_alert_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Post(Base):
    """A post to the channels: the daily solidarity post, or one an admin queued.

    A queued post is a draft while its admin builds it (`step` says what the bot waits for),
    then `queued` with one delivery per channel, created in the same transaction. Editing a
    queued post builds a draft that `replaces` it; confirming swaps them in one transaction.
    A daily post has `daily_date` (unique): a second instance or a re-fired job creates nothing.
    """

    __tablename__ = "posts"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's form; ids never reused

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # daily or queued
    status: Mapped[str] = mapped_column(String(12))  # draft, queued, cancelled, replaced
    daily_date: Mapped[date | None] = mapped_column(Date, unique=True)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    zone: Mapped[str] = mapped_column(String(64))
    fallback_locale: Mapped[str | None] = mapped_column(String(8))
    step: Mapped[str | None] = mapped_column(String(16))
    replaces: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=0)  # bumped by every change to a draft
    base_version: Mapped[int | None] = mapped_column(
        Integer
    )  # an edit's draft: the post's version it began from
    created_by: Mapped[str | None] = mapped_column(CHAR(64), index=True)  # keyed hash of the admin
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A queued post may repeat (bot/services/repeats.py): daily or weekly, `repeat_count` times in
    # all or until `repeat_until` (a day in `zone`); each occurrence has deliveries of its own.
    repeat_every: Mapped[str | None] = mapped_column(String(8))
    repeat_count: Mapped[int | None] = mapped_column(Integer)
    repeat_until: Mapped[date | None] = mapped_column(Date)


class PostText(Base):
    """A post's text in one language, in Telegram's HTML, exactly as it will be sent."""

    __tablename__ = "post_texts"

    post_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True
    )
    locale: Mapped[str] = mapped_column(String(8), primary_key=True)
    body: Mapped[str] = mapped_column(Text)


class PostDelivery(Base):
    """One post to one channel: pending, claimed, sending, then sent or another end state.

    `sending` is stamped (and committed) just before the platform call; a claim that dies
    before it is taken again once its lease ends, one that dies after it is never resent.
    """

    __tablename__ = "post_deliveries"
    __table_args__ = (
        UniqueConstraint("post_id", "channel", "occurrence"),
        Index(None, "status", "due_at"),
        {"sqlite_autoincrement": True},  # the id keys Mastodon's idempotency record: never reused
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(Integer, ForeignKey("posts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(8))  # the channel's language
    text_locale: Mapped[str] = mapped_column(String(8))  # the text it gets (a fallback, maybe)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    leased_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(String(200))
    occurrence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # of a repeating post
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # its occurrence told the admins


class AdminAction(Base):
    """The audit log: which admin (keyed hash) did what, to what, when."""

    __tablename__ = "admin_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    admin_ref: Mapped[str] = mapped_column(CHAR(64))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class MastodonStatus(Base):
    """A status the bot posted: (delivery key, part) -> its id. The guard against a double post.

    Mastodon remembers an Idempotency-Key for about an hour only; this record is kept for good.
    """

    __tablename__ = "mastodon_statuses"

    delivery_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    status_id: Mapped[str] = mapped_column(String(64))
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class MastodonCursor(Base):
    """How far the bot has read its notifications (a single row per account)."""

    __tablename__ = "mastodon_cursor"

    account: Mapped[str] = mapped_column(String(200), primary_key=True)
    since_id: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class MastodonReply(Base):
    """A mention the bot answered (by notification id): answered once, even across instances."""

    __tablename__ = "mastodon_replies"

    notification_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class Subscriber(Base):
    """Someone who asked for the daily digest: their language and a sealed address to reach them.

    The address (a Telegram chat id) is sealed with a key derived from PLEDGE_HASH_KEY:
    a copy of the database alone does not say who subscribed. `id` orders the broadcasts.
    """

    __tablename__ = "subscribers"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - ids order broadcasts: never reused

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_ref: Mapped[str] = mapped_column(CHAR(64), unique=True)
    platform: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(200))
    locale: Mapped[str] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    subscribed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Broadcast(Base):
    """One message to every (active, matching) subscriber who subscribed before it began.

    `key` is unique (`digest:2026-11-30`), so a re-fired job or a second instance creates
    nothing new. One instance at a time sends broadcasts (the `broadcaster` lease), so the
    bot's global rate limit holds however many instances run.
    """

    __tablename__ = "broadcasts"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's form; ids never reused

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # digest or admin
    status: Mapped[str] = mapped_column(String(12))  # draft, running, done, cancelled; stale, skipped
    locales: Mapped[str | None] = mapped_column(String(64))  # comma-separated filter; None: everyone
    last_subscriber: Mapped[int] = mapped_column(Integer, default=0)  # who subscribed before it began
    created_by: Mapped[str | None] = mapped_column(CHAR(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BroadcastText(Base):
    """A broadcast's text in one language, in Telegram HTML."""

    __tablename__ = "broadcast_texts"

    broadcast_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("broadcasts.id", ondelete="CASCADE"), primary_key=True
    )
    locale: Mapped[str] = mapped_column(String(8), primary_key=True)
    body: Mapped[str] = mapped_column(Text)


class BroadcastDelivery(Base):
    """The delivery log: one row per (broadcast, subscriber), written after the send."""

    __tablename__ = "broadcast_deliveries"

    broadcast_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("broadcasts.id", ondelete="CASCADE"), primary_key=True
    )
    subscriber_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(8))  # sent, blocked, failed, unknown, skipped
    error: Mapped[str | None] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class Lease(Base):
    """A named lease (e.g. `broadcaster`): which instance holds a role, until when."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    holder: Mapped[str] = mapped_column(String(64))
    until: Mapped[datetime] = mapped_column(UTCDateTime())


class PendingDeletion(Base):
    """A message to delete from a safe-mode person's chat once `delete_after` has come.

    Stored, not kept in memory, so a restart in between deletes it all the same. The chat id
    is sealed like a subscriber's; nothing says whose chat it is. The row goes once done.
    Written before the send with `anchor` only (the message the update came with): if the
    sent ids never get filled in, the anchor and the messages after it are deleted instead.
    """

    __tablename__ = "pending_deletions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(200))  # sealed
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    anchor: Mapped[int | None] = mapped_column(BigInteger)  # set while the sent ids are not known
    delete_after: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    leased_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class Flag(Base):
    """A switch every instance reads from the database: `lockdown` while an owner holds it on."""

    __tablename__ = "flags"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    set_by: Mapped[str] = mapped_column(CHAR(64))  # keyed hash of the owner
    set_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class IdentityKey(Base):
    """The identity key this database was made with (a single row, id 1): never the key itself.

    `fingerprint` is an HMAC of a fixed label under the key; `earlier` holds the keys it
    replaced (`rotate-key`), sealed under it, since the stored hashes are chained through them.
    """

    __tablename__ = "identity_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    fingerprint: Mapped[str] = mapped_column(CHAR(64))
    earlier: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class HandledUpdate(Base):
    """A Telegram update the webhook has handled: its redelivery is acknowledged, not run again.

    Only the update's number and when: no chat, no person. Kept a day (Telegram gives up
    redelivering an update within 24 hours), then pruned.
    """

    __tablename__ = "handled_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    handled_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class PostMedia(Base):
    """A post's photo, by position: Telegram's file_id (the bytes stay with Telegram), alt texts by language.

    `group_id` is the album the admin sent it in; `captioned` whether it came with a caption
    (only an album's first item may carry one).
    """

    __tablename__ = "post_media"

    post_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[str] = mapped_column(String(255))
    size: Mapped[int | None] = mapped_column(BigInteger)
    group_id: Mapped[str | None] = mapped_column(String(64))
    captioned: Mapped[bool] = mapped_column(Boolean, default=False)
    alts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


class PostButton(Base):
    """A post's URL button in one language (`*`: every language without its own), by position."""

    __tablename__ = "post_buttons"

    post_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True
    )
    locale: Mapped[str] = mapped_column(String(8), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(100))
    url: Mapped[str] = mapped_column(Text)


class BroadcastMedia(Base):
    """A broadcast's photo: one file_id sent to every subscriber (uploaded to Telegram once, by the admin)."""

    __tablename__ = "broadcast_media"

    broadcast_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("broadcasts.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[str] = mapped_column(String(255))


class MastodonMedia(Base):
    """A photo uploaded for a delivery: (delivery key, position) -> Mastodon's media id.

    A retry (the instance was still processing) waits for the same upload instead of sending the
    bytes again. Pruned after RETENTION_DAYS; the bytes themselves are never stored.
    """

    __tablename__ = "mastodon_media"

    delivery_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    media_id: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
