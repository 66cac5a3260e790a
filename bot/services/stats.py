"""The political-prisoner count: Viasna's figures with their dates and sources, and the source's health.

Two series never mix: "held" (political prisoners held at a date; the headline) and
"recognised" (people recognised as political prisoners since 2020). /stats answers from
here, never from the network. A fetched value that jumps more than STATS_MAX_CHANGE_PERCENT
(per 30 days) from the last figure is kept aside in `stat_rejects`, not shown, and the admins are told once.

After a long silence (more than MAX_TRUSTED_GAP_DAYS since the last figure, as on a fresh install)
no reading is taken on trust. The first plausible one (`plausible_after_gap`) waits in
`stat_rejects` (`awaiting`) and reaches the admins once, with a button to accept it
(`accept_awaiting`); once accepted, later readings are checked against it as usual.
"""

from __future__ import annotations

import enum
import re
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import case, delete, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.services import audit
from bot.settings import StatsSettings
from bot.storage.models import StatFigure, StatReject, StatSourceState, utcnow
from bot.storage.repos import upsert
from bot.storage.session import Database
from bot.text import clean_display_name

HELD, RECOGNISED = "held", "recognised"
PLAUSIBLE = range(1, 100_001)
MAX_TRUSTED_GAP_DAYS = 60
ACCEPT_READING = "statok"  # the data prefix of the admins' button that accepts a waiting reading
MAX_FACTOR_AFTER_GAP = 2  # after a long silence: at most double, at least half the last figure


@dataclass(frozen=True)
class Figure:
    """One dated, sourced figure."""

    id: int
    series: str
    value: int
    at_least: bool
    as_of: date
    source_url: str | None
    source_note: str | None
    method: str


# Figure's fields, in order: reading these columns, not whole ORM rows, is what makes /stats cheap.
FIGURE_COLUMNS = (
    StatFigure.id,
    StatFigure.series,
    StatFigure.value,
    StatFigure.at_least,
    StatFigure.as_of,
    StatFigure.source_url,
    StatFigure.source_note,
    StatFigure.method,
)


@dataclass(frozen=True)
class SourceHealth:
    """How the live source is doing."""

    last_success_at: datetime | None
    failing_since: datetime | None
    last_error: str | None


class Outcome(enum.Enum):
    """What became of a fetched value."""

    ACCEPTED = "accepted"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"  # kept aside; `alert` says whether this caller tells the admins
    AWAITING = "awaiting"  # plausible after a long silence: kept aside until an admin accepts it


class Acceptance(enum.Enum):
    """What became of an admin's press on "accept"."""

    ACCEPTED = "accepted"
    GONE = "gone"  # already accepted (by this admin or another), or never waiting
    OUTDATED = "outdated"  # a newer figure is already in place


@dataclass(frozen=True)
class Recorded:
    """The outcome of recording a reading, and whether the admins must be told now."""

    outcome: Outcome
    previous: int | None = None
    alert: bool = False
    awaiting_id: int | None = None  # the waiting reading's id, for the admins' button
    previous_as_of: date | None = None


@dataclass(frozen=True)
class Snapshot:
    """Everything /stats shows about the count, read in one transaction."""

    history: list[Figure]  # "held", oldest first
    recognised: Figure | None
    changes: dict[int, int | None]  # days -> change over about that many days
    health: SourceHealth


NOTE_LIMIT = 200  # an admin's note on a figure typed by hand
SNAPSHOT_SECONDS = 5.0  # figures change hourly at most; /stats on the busiest day asks many times a second
CHANGE_DAYS = (7, 30)


class StatsService:
    """Reads and records figures; decides what is plausible and when the admins hear of it."""

    def __init__(self, db: Database, settings: StatsSettings) -> None:
        self.db = db
        self.settings = settings
        self._snapshot: tuple[float, Snapshot] | None = None

    async def snapshot(self) -> Snapshot:
        """What /stats shows, read once and then served from memory for SNAPSHOT_SECONDS."""
        cached = self._snapshot
        if cached is not None and time.monotonic() - cached[0] < SNAPSHOT_SECONDS:
            return cached[1]
        async with self.db.transaction() as session:
            query = select(*FIGURE_COLUMNS).where(StatFigure.series == HELD).order_by(StatFigure.as_of)
            history = [Figure(*row) for row in await session.execute(query)]
            recognised = await _latest(session, RECOGNISED)
            state = await session.get(StatSourceState, 1)
            assert state is not None  # noqa: S101 - created by the migration
            health = SourceHealth(state.last_success_at, state.failing_since, state.last_error)
        changes = {days: _change(history, days) for days in CHANGE_DAYS}
        snapshot = Snapshot(history, recognised, changes, health)
        self._snapshot = (time.monotonic(), snapshot)
        return snapshot

    def forget_snapshot(self) -> None:
        """A figure or the source's state changed here: the next /stats reads them again."""
        self._snapshot = None

    async def latest(self, series: str = HELD) -> Figure | None:
        """The newest figure of a series."""
        async with self.db.transaction() as session:
            return await _latest(session, series)

    async def history(self, series: str = HELD) -> list[Figure]:
        """Every figure of a series, oldest first."""
        async with self.db.transaction() as session:
            query = select(*FIGURE_COLUMNS).where(StatFigure.series == series).order_by(StatFigure.as_of)
            return [Figure(*row) for row in await session.execute(query)]

    async def change_since(self, days: int, series: str = HELD) -> int | None:
        """The latest value minus the one about `days` earlier (from `days` to twice `days` before it).

        None when no figure falls in that window: a change against a much older figure would mislead.
        Two rows are read, not the history (/stats asks for two changes on every call).
        """
        async with self.db.transaction() as session:
            latest = await _latest(session, series)
            if latest is None:
                return None
            window = (latest.as_of - timedelta(days=2 * days), latest.as_of - timedelta(days=days))
            query = (
                select(StatFigure.value)
                .where(StatFigure.series == series, StatFigure.as_of.between(*window))
                .order_by(StatFigure.as_of.desc())
                .limit(1)
            )
            earlier = (await session.execute(query)).scalar_one_or_none()
        return latest.value - earlier if earlier is not None else None

    async def record_reading(self, value: int, as_of: date, source_url: str, now: datetime) -> Recorded:
        """Store a fetched "held" value if plausible; else keep it aside (admins told once).

        A reading dated before the latest figure changes nothing (it never overwrites history);
        a rejected one does not count as a success, so a source stuck on a bad value goes stale.
        """
        self.forget_snapshot()
        async with self.db.transaction() as session:
            last = await _latest(session, HELD)
            if last is not None and (as_of < last.as_of or (last.value == value and as_of == last.as_of)):
                await _mark_success(session, now)
                return Recorded(Outcome.UNCHANGED, last.value)
            if last is not None and self.plausible_after_gap(value, as_of, last, now.date()):
                waiting, alert = await _await(session, value, as_of, last, source_url, now)
                return Recorded(Outcome.AWAITING, last.value, alert, waiting, last.as_of)
            if not self._plausible(value, as_of, last, now.date()):
                alert = await _reject(session, value, as_of, last, source_url, now)
                return Recorded(Outcome.REJECTED, last.value if last else None, alert)
            await _mark_success(session, now)
            await _store(session, HELD, value, as_of, source_url, None, "fetch", None, now)
            return Recorded(Outcome.ACCEPTED, last.value if last else None)

    def _plausible(self, value: int, as_of: date, last: Figure | None, today: date) -> bool:
        """In range, not dated in the future, and near enough to the last figure.

        Near enough: STATS_MAX_CHANGE_PERCENT per 30 days between the two, for at most two months.
        After a longer silence nothing is taken on trust: see `plausible_after_gap`.
        """
        if value not in PLAUSIBLE or as_of > today + timedelta(days=1):
            return False
        if last is None:
            return True
        gap = (as_of - last.as_of).days
        if gap > MAX_TRUSTED_GAP_DAYS:
            return False
        months = max(1.0, gap / 30)
        return abs(value - last.value) * 100 <= self.settings.max_change_percent * months * last.value

    def plausible_after_gap(self, value: int, as_of: date, last: Figure, today: date) -> bool:
        """After more than MAX_TRUSTED_GAP_DAYS: worth an admin's confirmation, never stored unasked.

        In range, not in the future, within STATS_MAX_CHANGE_PERCENT per 30 days of the gap, and
        never beyond half or double the last figure (a year's gap would otherwise allow anything).
        """
        if value not in PLAUSIBLE or as_of > today + timedelta(days=1):
            return False
        gap = (as_of - last.as_of).days
        if gap <= MAX_TRUSTED_GAP_DAYS:
            return False
        allowed = self.settings.max_change_percent * gap / 30
        within_rate = abs(value - last.value) * 100 <= allowed * last.value
        within_factor = last.value / MAX_FACTOR_AFTER_GAP <= value <= last.value * MAX_FACTOR_AFTER_GAP
        return within_rate and within_factor

    async def accept_awaiting(
        self, awaiting_id: int, admin_ref: str, now: datetime
    ) -> tuple[Acceptance, Figure | None]:
        """An admin accepts a waiting reading: stored as fetched, with who (a keyed hash).

        The row is deleted first, so of two presses (two admins, or one twice) one stores it and
        the other finds it gone. Gives the stored figure, or the newer one already in place.
        """
        self.forget_snapshot()
        async with self.db.transaction() as session:
            row = await session.get(StatReject, awaiting_id)
            if row is None or not row.awaiting:
                return Acceptance.GONE, None
            value, as_of, url = row.value, row.as_of, row.source_url
            # Claimed before the latest figure is read: a concurrent press waits here, then finds it gone.
            taken = await session.execute(delete(StatReject).where(StatReject.id == awaiting_id))
            if not taken.rowcount:  # type: ignore[attr-defined]
                return Acceptance.GONE, None
            last = await _latest(session, HELD)
            if last is not None and as_of <= last.as_of:
                return Acceptance.OUTDATED, last
            await _store(session, HELD, value, as_of, url, None, "fetch", admin_ref, now)
            await audit.record(session, admin_ref, "stat-accept", value)  # stands or falls with it
            await _mark_success(session, now)
            return Acceptance.ACCEPTED, await _latest(session, HELD)

    async def awaiting(self) -> list[tuple[int, int, date]]:
        """Readings waiting for an admin's confirmation: (id, value, as of), the newest first."""
        async with self.db.transaction() as session:
            rows = await session.execute(
                select(StatReject.id, StatReject.value, StatReject.as_of)
                .where(StatReject.awaiting)
                .order_by(StatReject.id.desc())
            )
            return [(int(i), int(v), as_of) for i, v, as_of in rows.all()]

    async def record_manual(self, value: int, as_of: date, note: str | None, admin_ref: str) -> Figure:
        """An admin's figure (the source unreachable): stored as manual, with who (a keyed hash)."""
        self.forget_snapshot()
        if value not in PLAUSIBLE:
            raise ValueError(value)
        async with self.db.transaction() as session:
            await _store(session, HELD, value, as_of, None, note, "manual", admin_ref, utcnow())
            await audit.record(session, admin_ref, "setstat", value)  # /setstat and the desk: one record
            query = select(StatFigure).where(StatFigure.series == HELD, StatFigure.as_of == as_of)
            return _figure((await session.execute(query)).scalar_one())

    async def record_failure(self, error: str, now: datetime) -> bool:
        """Note a failed fetch; True once (for one caller) when the figure has gone stale."""
        self.forget_snapshot()
        stale_after = timedelta(hours=self.settings.stale_hours)
        async with self.db.transaction() as session:
            state = await session.get(StatSourceState, 1)
            assert state is not None  # noqa: S101 - created by the migration
            state.failing_since = state.failing_since or now
            state.last_error = error[:200]
            since = state.last_success_at or state.failing_since
            if state.stale_alert_at is not None or now - since < stale_after:
                return False
            claimed = await session.execute(
                update(StatSourceState)
                .where(StatSourceState.id == 1, StatSourceState.stale_alert_at.is_(None))
                .values(stale_alert_at=now)
            )
            return bool(claimed.rowcount)  # type: ignore[attr-defined]

    async def mark_unchanged(self, now: datetime) -> None:
        """The source answered 304: it works, nothing new."""
        self.forget_snapshot()
        async with self.db.transaction() as session:
            await _mark_success(session, now)

    async def health(self) -> SourceHealth:
        """The live source's state, for /stats and /healthz."""
        async with self.db.transaction() as session:
            state = await session.get(StatSourceState, 1)
            assert state is not None  # noqa: S101 - created by the migration
            return SourceHealth(state.last_success_at, state.failing_since, state.last_error)


def age_in_days(figure: Figure, today: date, stale_hours: int) -> int | None:
    """Whole days since the figure's date, once that is longer than STATS_STALE_HOURS; else None."""
    days = (today - figure.as_of).days
    return days if days * 24 > stale_hours else None


async def _latest(session: AsyncSession, series: str) -> Figure | None:
    query = (
        select(*FIGURE_COLUMNS).where(StatFigure.series == series).order_by(StatFigure.as_of.desc()).limit(1)
    )
    row = (await session.execute(query)).one_or_none()
    return Figure(*row) if row is not None else None


def _change(history: list[Figure], days: int) -> int | None:
    """As `change_since`, on a history already read."""
    if not history:
        return None
    latest = history[-1]
    window = (latest.as_of - timedelta(days=2 * days), latest.as_of - timedelta(days=days))
    earlier = [f for f in history if window[0] <= f.as_of <= window[1]]
    return latest.value - earlier[-1].value if earlier else None


def _figure(row: StatFigure) -> Figure:
    return Figure(
        row.id, row.series, row.value, row.at_least, row.as_of, row.source_url, row.source_note, row.method
    )


async def _store(
    session: AsyncSession,
    series: str,
    value: int,
    as_of: date,
    url: str | None,
    note: str | None,
    method: str,
    by: str | None,
    now: datetime,
) -> None:
    """One figure per series and day: a newer value for the same day replaces the older."""
    values = {
        "series": series,
        "value": value,
        "at_least": False,
        "as_of": as_of,
        "source_url": url,
        "source_note": note,
        "method": method,
        "entered_by": by,
        "fetched_at": now,
    }
    statement = upsert(session, StatFigure).values(**values)
    changes = {
        key: statement.excluded[key]
        for key in ("value", "at_least", "source_url", "source_note", "method", "entered_by", "fetched_at")
    }
    # A fetch never replaces a seed or an admin's figure of the same day; an admin replaces anything.
    only_fetched = StatFigure.method == "fetch" if method == "fetch" else None
    await session.execute(
        statement.on_conflict_do_update(index_elements=["series", "as_of"], set_=changes, where=only_fetched)
    )


async def _reject(
    session: AsyncSession, value: int, as_of: date, last: Figure | None, url: str, now: datetime
) -> bool:
    """Keep the value aside; True when this caller is the one to tell the admins."""
    row = upsert(session, StatReject).values(
        value=value,
        as_of=as_of,
        previous=last.value if last else None,
        source_url=url,
        fetched_at=now,
        notified_at=None,
    )
    await session.execute(row.on_conflict_do_nothing(index_elements=["value"]))
    claimed = await session.execute(
        update(StatReject)
        .where(StatReject.value == value, StatReject.notified_at.is_(None))
        .values(notified_at=now)
    )
    return bool(claimed.rowcount)  # type: ignore[attr-defined]


async def _await(
    session: AsyncSession, value: int, as_of: date, last: Figure, url: str, now: datetime
) -> tuple[int, bool]:
    """Keep a reading after a long silence for an admin; (its id, whether this caller tells them).

    The admins hear once per silence: of the readings waiting since the last figure, only the
    first is announced (a later one is taken by the usual rule once an admin accepts any).
    """
    row = upsert(session, StatReject).values(
        value=value, as_of=as_of, previous=last.value, source_url=url, fetched_at=now, awaiting=True
    )
    # A value once rejected as a jump, or told in an earlier silence, is announced anew.
    told_before = or_(~StatReject.awaiting, StatReject.as_of <= last.as_of)
    await session.execute(
        row.on_conflict_do_update(
            index_elements=["value"],
            set_={
                "as_of": row.excluded.as_of,
                "previous": row.excluded.previous,
                "source_url": row.excluded.source_url,
                "awaiting": True,
                "notified_at": case((told_before, None), else_=StatReject.notified_at),
            },
        )
    )
    waiting = (await session.execute(select(StatReject.id).where(StatReject.value == value))).scalar_one()
    other = aliased(StatReject)
    told = exists().where(other.awaiting, other.notified_at.is_not(None), other.as_of > last.as_of)
    claimed = await session.execute(
        update(StatReject)
        .where(StatReject.id == waiting, StatReject.notified_at.is_(None), ~told)
        .values(notified_at=now)
    )
    return waiting, bool(claimed.rowcount)  # type: ignore[attr-defined]


async def _mark_success(session: AsyncSession, now: datetime) -> None:
    await session.execute(
        update(StatSourceState)
        .where(StatSourceState.id == 1)
        .values(last_success_at=now, failing_since=None, last_error=None, stale_alert_at=None)
    )


def parse_manual(args: tuple[str, ...], today: date) -> tuple[int, date, str | None] | None:
    """`1135 [2025-12-23] [source…]` (an admin's figure, /setstat or the desk) -> its parts, or None."""
    if not args or not re.fullmatch(r"\d{1,6}", args[0].replace(",", "").replace(".", "")):
        return None
    if len(args) > 1 and re.fullmatch(r"\d{1,3}", args[1]):
        return None  # "1 135": a number with a space would be read as 1; ask again
    value = int(args[0].replace(",", "").replace(".", ""))
    rest = list(args[1:])
    as_of = today
    if rest and re.fullmatch(r"\d{4}-\d{2}-\d{2}", rest[0]):
        try:
            as_of = date.fromisoformat(rest.pop(0))
        except ValueError:
            return None
    if not 0 < value <= 100_000 or as_of > today:
        return None
    return value, as_of, clean_display_name(" ".join(rest), NOTE_LIMIT)
