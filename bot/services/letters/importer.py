"""Viasna's list as a file (CSV or JSON): read, checked, and summed up before anything is replaced.

The columns accepted (a header row for CSV, the keys of each object for JSON; case is ignored):

| column | required | what |
| --- | --- | --- |
| `name` | yes | the full name as Viasna writes it (Cyrillic): surname, first name, patronymic |
| `status` | yes | `active` (held now), or `former`, `released`, `deceased` (never shown) |
| `birthday` | yes, may be empty | `YYYY-MM-DD`, `DD.MM.YYYY`; `DD.MM` or `--MM-DD`: year unknown |
| `prison` | yes, may be empty | the place of detention, as named in the address |
| `prison_address` | yes, may be empty | the full postal address in Cyrillic, as on the envelope |
| `id` | no | Viasna's number for the person: how the next import recognises them |
| `writers` | no | how many people write to them, where a source gives it |

CSV may use `,`, `;` or tabs; lines starting with `#` before the header are notes (the synthetic test
file says there that its people are invented). A file that is not such an export is refused with
the row and the reason; nothing is stored until the admin confirms the summary.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.services.letters.search import Person
from bot.services.letters.translit import fold

REQUIRED = ("name", "status", "birthday", "prison", "prison_address")
ACTIVE = "active"
STATUSES = frozenset({ACTIVE, "former", "released", "deceased"})
MIN_ROWS = 20  # fewer is a fragment or a test page, not Viasna's list
MAX_BYTES = 20 * 1024 * 1024
MAX_ERRORS = 5  # rows named in a refusal
NAME_LIMIT, PRISON_LIMIT, ADDRESS_LIMIT = 200, 300, 1000
HTML = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*<(?:!doctype|html|head|body|\?xml|table|div|meta)", re.I)
FULL_DATE = (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"))
NO_YEAR = (re.compile(r"^--(\d{2})-(\d{2})$"), re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$"))


class ImportRefusedError(ValueError):
    """The file is not Viasna's export: `problems` are (row, reason) pairs, row 0 for the whole file."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        super().__init__("; ".join(f"row {row}: {reason}" if row else reason for row, reason in problems))
        self.problems = problems


@dataclass(frozen=True)
class Entry(Person):
    """One active person as the file gives them: what /letters shows, with Viasna's id and the search key."""

    source_id: str | None = None
    search_key: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        """How two imports recognise one person: Viasna's id, else the name and birthday."""
        if self.source_id:
            return f"id:{self.source_id}"
        return f"{self.search_key}|{self.birth_year}-{self.birth_month}-{self.birth_day}"


@dataclass(frozen=True)
class Parsed:
    """A file read and checked: its active people and the counts the summary shows."""

    entries: list[Entry]
    rows: int
    fingerprint: str

    @property
    def with_birthday(self) -> int:
        """Active people with a known day and month of birth."""
        return sum(1 for entry in self.entries if entry.birth_month is not None)

    @property
    def with_address(self) -> int:
        """Active people with a postal address."""
        return sum(1 for entry in self.entries if entry.address)


def parse(content: bytes, min_rows: int = MIN_ROWS) -> Parsed:
    """Read a CSV or JSON export; raise ImportRefusedError with the rows and reasons if it is not one."""
    if len(content) > MAX_BYTES:
        raise ImportRefusedError([(0, f"the file is larger than {MAX_BYTES // 1024 // 1024} MB")])
    if HTML.match(content[:512]) or b"<html" in content[:2048].lower():
        raise ImportRefusedError([(0, "a web page (HTML), not an export: save the list as CSV or JSON")])
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefusedError([(0, f"not UTF-8 text (byte {exc.start})")]) from None
    rows = _json_rows(text) if text.lstrip()[:1] in {"[", "{"} else _csv_rows(text)
    if len(rows) < min_rows:
        raise ImportRefusedError([(0, f"only {len(rows)} rows: Viasna's list has at least {min_rows}")])
    entries = _entries(rows)
    return Parsed(entries, len(rows), hashlib.sha256(content).hexdigest())


def _csv_rows(text: str) -> list[tuple[int, dict[str, str]]]:
    lines = text.splitlines()
    skipped = 0
    while skipped < len(lines) and (not lines[skipped].strip() or lines[skipped].lstrip().startswith("#")):
        skipped += 1
    body = "\n".join(lines[skipped:])
    try:
        dialect: Any = csv.Sniffer().sniff(body.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(body), dialect)
    header = [_column(name) for name in next(reader, [])]
    _check_columns(header)
    rows = []
    for number, values in enumerate(reader, start=skipped + 2):
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            raise ImportRefusedError([(number, f"{len(values)} fields where the header has {len(header)}")])
        rows.append((number, dict(zip(header, values, strict=True))))
    return rows


def _json_rows(text: str) -> list[tuple[int, dict[str, str]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRefusedError([(0, f"not valid JSON (line {exc.lineno}: {exc.msg})")]) from None
    if isinstance(data, dict):
        data = data.get("prisoners", data.get("items"))
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ImportRefusedError([(0, 'JSON must be a list of people (or {"prisoners": [...]})')])
    rows = [
        (i, {_column(k): "" if v is None else str(v) for k, v in item.items()})
        for i, item in enumerate(data, 1)
    ]
    _check_columns(set().union(*(row.keys() for _, row in rows)) if rows else set())
    return rows


def _column(name: str) -> str:
    return name.strip().casefold().replace(" ", "_").replace("-", "_")


def _check_columns(header: Iterable[str]) -> None:
    missing = [name for name in REQUIRED if name not in set(header)]
    if missing:
        raise ImportRefusedError([(0, f"missing columns: {', '.join(missing)}")])


def _entries(rows: list[tuple[int, dict[str, str]]]) -> list[Entry]:
    problems: list[tuple[int, str]] = []
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for number, row in rows:
        try:
            entry = _entry(row)
        except ValueError as exc:
            problems.append((number, str(exc)))
            continue
        if entry is None:
            continue
        if entry.source_id and entry.source_id in seen:
            problems.append((number, f"id {entry.source_id} again (first in row {seen[entry.source_id]})"))
        seen.setdefault(entry.source_id or f"row{number}", number)
        entries.append(entry)
    if problems:
        raise ImportRefusedError(problems[:MAX_ERRORS])
    return entries


def _entry(row: Mapping[str, str]) -> Entry | None:
    """The row's person if active, None if not; ValueError says what is wrong with it."""
    name = " ".join(row.get("name", "").split())
    status = row.get("status", "").strip().casefold()
    if not name:
        raise ValueError("no name")
    if status not in STATUSES:
        raise ValueError(f"status {status or '(empty)'!r} is not one of {', '.join(sorted(STATUSES))}")
    year, month, day = parse_birthday(row.get("birthday", ""))
    prison, address = " ".join(row.get("prison", "").split()), row.get("prison_address", "").strip()
    for value, limit, what in ((name, NAME_LIMIT, "name"), (prison, PRISON_LIMIT, "prison")):
        if len(value) > limit:
            raise ValueError(f"{what} longer than {limit} characters")
    if len(address) > ADDRESS_LIMIT:
        raise ValueError(f"prison_address longer than {ADDRESS_LIMIT} characters")
    writers = row.get("writers", "").strip()
    if writers and not writers.isdigit():
        raise ValueError(f"writers {writers!r} is not a number")
    if status != ACTIVE:
        return None
    source_id = row.get("id", "").strip()[:64] or None
    key = fold(name)
    count = int(writers) if writers else None
    return Entry(name, year, month, day, prison, address, count, source_id=source_id, search_key=key)


def parse_birthday(raw: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) from the formats accepted; year None when unknown; all None when empty."""
    raw = raw.strip()
    if not raw:
        return None, None, None
    for pattern in FULL_DATE:
        match = pattern.match(raw)
        if match:
            parts = [int(part) for part in match.groups()]
            year, month, day = parts if parts[0] > 31 else parts[::-1]
            return (*_checked(year, month, day, raw),)
    for index, pattern in enumerate(NO_YEAR):
        match = pattern.match(raw)
        if match:
            first, second = (int(part) for part in match.groups())
            month, day = (first, second) if index == 0 else (second, first)
            _checked(2000, month, day, raw)  # a leap year: 29 February is a birthday
            return None, month, day
    raise ValueError(f"birthday {raw!r} is not YYYY-MM-DD, DD.MM.YYYY or DD.MM")


def _checked(year: int, month: int, day: int, raw: str) -> tuple[int, int, int]:
    try:
        date(year, month, day)
    except ValueError:
        raise ValueError(f"birthday {raw!r} is not a date") from None
    if not 1900 <= year <= 2100:
        raise ValueError(f"birthday {raw!r}: year {year}")
    return year, month, day
