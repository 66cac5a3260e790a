"""The stored list: the import that replaces it (after its summary), and the reads /letters makes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, delete, func, insert, or_, select

from bot.services.letters.importer import Entry, Parsed
from bot.services.letters.search import Index, Person
from bot.storage.models import Prisoner, PrisonerImport, PrisonerImportDraft
from bot.storage.session import Database

BATCH = 500  # rows a statement inserts
WEEK = 7  # days after today whose birthdays /letters and the digest's line count
# A digest's text with the birthdays line is stored under the locale plus this (`be+l`, BroadcastText.locale).
DIGEST_VARIANT = "+l"
DRAFT_LIFETIME = timedelta(days=1)  # a summary's Confirm works this long
# (file reference) -> the file's bytes: the Telegram front-end's `download`, set when it starts.
Download = Callable[[str], Awaitable[bytes]]


@dataclass(frozen=True)
class Summary:
    """What an import would do, shown before it replaces anything."""

    rows: int
    active: int
    with_birthday: int
    with_address: int
    added: int
    removed: int
    changed: int
    first: bool  # no list was stored before
    fingerprint: str


@dataclass(frozen=True)
class Birthday:
    """A person whose birthday falls on `on`; `age` the age they turn, when the year is known."""

    person: Person
    on: date
    age: int | None


class LetterService:
    """Viasna's list of active political prisoners: imported by admins, read by everyone.

    Nothing about who reads it is kept: the reads take no person, and log nothing.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._index: tuple[int, Index] | None = None  # (import id, its search index)
        self.download: Download | None = None  # files sent in the admins' chat; None: not here

    async def save_draft(self, file_id: str, source: str, fingerprint: str, now: datetime) -> int:
        """Keep a sent file's reference until its Confirm; the id goes in the button. Prunes old drafts."""
        async with self.db.transaction() as session:
            await session.execute(
                delete(PrisonerImportDraft).where(PrisonerImportDraft.created_at < now - DRAFT_LIFETIME)
            )
            draft = PrisonerImportDraft(
                file_id=file_id, source=source, fingerprint=fingerprint, created_at=now
            )
            session.add(draft)
            await session.flush()
            return draft.id

    async def take_draft(self, draft_id: int, now: datetime) -> tuple[str, str, str] | None:
        """(file_id, source, fingerprint) of a draft still valid, removed so it is confirmed once."""
        async with self.db.transaction() as session:
            draft = await session.get(PrisonerImportDraft, draft_id, with_for_update=True)
            if draft is None:
                return None
            await session.delete(draft)
            if draft.created_at < now - DRAFT_LIFETIME:
                return None
            return draft.file_id, draft.source, draft.fingerprint

    async def summarise(self, parsed: Parsed) -> Summary:
        """Compare a parsed file with the stored list: the counts and the changes."""
        async with self.db.transaction() as session:
            rows = (await session.execute(select(Prisoner))).scalars().all()
            first = (await session.execute(select(func.count(PrisonerImport.id)))).scalar_one() == 0
        stored = {_entry(row).key: _entry(row) for row in rows}
        new = {entry.key: entry for entry in parsed.entries}
        changed = sum(1 for key, entry in new.items() if key in stored and stored[key] != entry)
        return Summary(
            rows=parsed.rows,
            active=len(parsed.entries),
            with_birthday=parsed.with_birthday,
            with_address=parsed.with_address,
            added=len(new.keys() - stored.keys()),
            removed=len(stored.keys() - new.keys()),
            changed=changed,
            first=first,
            fingerprint=parsed.fingerprint,
        )

    async def replace(self, parsed: Parsed, source: str, now: datetime) -> Summary:
        """Replace the stored list with the file's active people, in one transaction."""
        summary = await self.summarise(parsed)
        async with self.db.transaction() as session:
            await session.execute(delete(Prisoner))
            values = [_row(entry) for entry in parsed.entries]
            for start in range(0, len(values), BATCH):
                await session.execute(insert(Prisoner), values[start : start + BATCH])
            session.add(
                PrisonerImport(
                    imported_at=now,
                    source=source[:200],
                    fingerprint=parsed.fingerprint,
                    rows=summary.rows,
                    active=summary.active,
                    with_birthday=summary.with_birthday,
                    with_address=summary.with_address,
                    added=summary.added,
                    removed=summary.removed,
                    changed=summary.changed,
                )
            )
        return summary

    async def updated_at(self) -> datetime | None:
        """When the list was last imported; None if never."""
        rows = await self.db.read(select(func.max(PrisonerImport.imported_at)))
        return rows[0][0] if rows else None  # max() keeps the column's type: read back aware, in UTC

    async def birthdays(self, start: date, days: int) -> list[Birthday]:
        """Birthdays from `start` through `days` days later (29 February falls on the 28th in other years)."""
        dates = [start + timedelta(days=offset) for offset in range(days + 1)]
        wanted = {(d.month, d.day): d for d in dates}
        for d in dates:
            if d.month == 2 and d.day == 28 and not _leap(d.year):
                wanted[(2, 29)] = d
        where = or_(*(and_(Prisoner.birth_month == m, Prisoner.birth_day == d) for m, d in wanted))
        async with self.db.transaction() as session:
            rows = (await session.execute(select(Prisoner).where(where))).scalars().all()
        found = []
        for row in rows:
            on = wanted[(row.birth_month or 0, row.birth_day or 0)]
            age = on.year - row.birth_year if row.birth_year else None
            found.append(Birthday(_person(row), on, age))
        return sorted(found, key=lambda b: (_fewest(b.person), b.on, b.person.name))

    async def in_month(self, month: int) -> list[Person]:
        """The people born in `month`, by day."""
        async with self.db.transaction() as session:
            statement = select(Prisoner).where(Prisoner.birth_month == month)
            rows = (await session.execute(statement.order_by(Prisoner.birth_day, Prisoner.name))).scalars()
            return [_person(row) for row in rows]

    async def index(self) -> Index:
        """The search index of the newest import, built once per import (every instance alike)."""
        rows = await self.db.read(select(func.max(PrisonerImport.id)))
        newest = int(rows[0][0] or 0) if rows else 0
        if self._index is None or self._index[0] != newest:
            async with self.db.transaction() as session:
                people = (await session.execute(select(Prisoner).order_by(Prisoner.name))).scalars().all()
            self._index = (newest, Index([(_person(row), row.search_key) for row in people]))
        return self._index[1]


def _fewest(person: Person) -> int:
    return person.writers if person.writers is not None else 1_000_000


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _row(entry: Entry) -> dict[str, object]:
    return {
        "source_id": entry.source_id,
        "name": entry.name,
        "search_key": entry.search_key,
        "birth_year": entry.birth_year,
        "birth_month": entry.birth_month,
        "birth_day": entry.birth_day,
        "prison": entry.prison,
        "address": entry.address,
        "writers": entry.writers,
    }


def _entry(row: Prisoner) -> Entry:
    return Entry(
        row.name,
        row.birth_year,
        row.birth_month,
        row.birth_day,
        row.prison,
        row.address,
        row.writers,
        source_id=row.source_id,
        search_key=row.search_key,
    )


def _person(row: Prisoner) -> Person:
    return Person(
        row.name, row.birth_year, row.birth_month, row.birth_day, row.prison, row.address, row.writers
    )


def summary_text(source: str, summary: Summary) -> str:
    """The summary as the operator reads it on the command line (English, like the other commands)."""
    lines = [
        f"{source}: {summary.rows} rows read, {summary.active} active, "
        f"{summary.with_birthday} with a birthday, {summary.with_address} with an address",
    ]
    if summary.first:
        lines.append("no list was imported before")
    else:
        lines.append(
            f"since the last import: {summary.added} added, {summary.removed} no longer active "
            f"(released, deceased or not listed), {summary.changed} changed"
        )
    return "\n".join(lines)
