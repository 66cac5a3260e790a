"""Tables. People are keyed by `user_ref`, a keyed hash: no raw platform id or username."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    CHAR,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
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


class StatSourceState(Base):
    """The live source's health (a single row): when it last answered, since when it fails."""

    __tablename__ = "stat_source_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(200))
    stale_alert_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
