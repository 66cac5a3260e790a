"""Viasna's export: read, checked, summed up and stored on both databases (tests/data: invented people)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.services.letters import ImportRefusedError, LetterService, parse
from bot.storage.session import Database

DATA = Path(__file__).resolve().parents[1] / "data" / "prisoners-invented.csv"
NOW = datetime(2026, 12, 8, 9, tzinfo=UTC)


def invented(*edits: tuple[str, str]) -> bytes:
    """The invented list, with (old, new) text replaced: a later export of the same people."""
    text = DATA.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    return text.encode("utf-8")


def test_the_invented_list_is_read_with_its_counts() -> None:
    parsed = parse(DATA.read_bytes())
    assert (parsed.rows, len(parsed.entries), parsed.with_birthday, parsed.with_address) == (30, 26, 23, 24)
    assert all(entry.name != "Тэставы Уладзімір Тэставіч" for entry in parsed.entries)  # released
    first = parsed.entries[0]
    assert (first.source_id, first.birth_year, first.birth_month, first.birth_day) == ("1001", 1985, 12, 8)
    assert first.address.startswith("Выдуманая калонія № 90, вул. Узорная, 1")
    without_year = next(entry for entry in parsed.entries if entry.source_id == "1003")
    assert (without_year.birth_year, without_year.birth_month, without_year.birth_day) == (None, 12, 15)


def test_the_same_list_as_json_reads_the_same() -> None:
    parsed = parse(DATA.read_bytes())
    lines = [line for line in DATA.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    people = list(csv.DictReader(lines))
    assert parse(json.dumps({"prisoners": people}, ensure_ascii=False).encode()).entries == parsed.entries


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            b"<!DOCTYPE html>\n<html><body><table><tr><td>name</td></tr></table></body></html>",
            "web page (HTML)",
        ),
        (b"\xef\xbb\xbf  <html lang=be><head><title>Viasna</title></head>", "web page (HTML)"),
        (b"name,status,birthday\n" + b"A,active,\n" * 30, "missing columns: prison, prison_address"),
        (b"\n".join(invented().splitlines()[:8]), "only 5 rows: Viasna's list has at least 20"),
        (b"\xff\xfename", "not UTF-8"),
        (b'{"prisoners": "none"}', "JSON must be a list"),
    ],
)
def test_a_file_that_is_not_the_export_is_refused_with_the_reason(content: bytes, reason: str) -> None:
    with pytest.raises(ImportRefusedError) as refused:
        parse(content)
    [(row, said)] = refused.value.problems
    assert row == 0 and reason in said


def test_bad_rows_are_refused_with_their_line_in_the_file() -> None:
    bad = invented(
        (
            "1002,Выдуманы Віктар Тэставіч,active,12.12.1990",
            "1002,Выдуманы Віктар Тэставіч,jailed,12.12.1990",
        ),
        (
            "1007,Прыдуманая Марыя Тэставічна,active,1970-12-10",
            "1007,Прыдуманая Марыя Тэставічна,active,1970-13-10",
        ),
    )
    with pytest.raises(ImportRefusedError) as refused:
        parse(bad)
    assert refused.value.problems == [
        (5, "status 'jailed' is not one of active, deceased, former, released"),
        (10, "birthday '1970-13-10' is not a date"),
    ]  # two lines of notes and the header come first


async def test_a_second_import_summarises_the_changes_and_drops_the_released(db: Database) -> None:
    letters = LetterService(db)
    first = await letters.replace(parse(DATA.read_bytes()), "prisoners-invented.csv", NOW)
    assert (first.first, first.added, first.removed, first.changed, first.active) == (True, 26, 0, 0, 26)
    assert await letters.updated_at() == NOW
    assert [b.person.name for b in await letters.birthdays(date(2026, 12, 8), 0)] == [
        "Прыдуманы Алесь Тэставіч",
        "Тэставая Тамара Тэставічна",
    ]

    later = invented(
        ("1001,Прыдуманы Алесь Тэставіч,active", "1001,Прыдуманы Алесь Тэставіч,released"),
        ("вул. Узорная, 2,", "вул. Узорная, 22,"),  # moved to another address
        ("1004,Тэставы Уладзімір Тэставіч,released", "1004,Тэставы Уладзімір Тэставіч,active"),
    )
    parsed = parse(later)
    summary = await letters.summarise(parsed)
    assert (summary.first, summary.added, summary.removed, summary.changed) == (False, 1, 1, 1)
    assert await letters.updated_at() == NOW  # a summary changes nothing
    await letters.replace(parsed, "later.csv", NOW.replace(day=20))
    today = await letters.birthdays(date(2026, 12, 8), 0)
    assert [b.person.name for b in today] == ["Тэставая Тамара Тэставічна"]  # released: never shown again
    assert (await letters.index()).find("Алесь Прыдуманы", 5) == []


async def test_a_refused_file_keeps_the_old_list(db: Database) -> None:
    letters = LetterService(db)
    await letters.replace(parse(DATA.read_bytes()), "prisoners-invented.csv", NOW)
    with pytest.raises(ImportRefusedError):
        parse(b"<html><body>Viasna</body></html>")
    assert len(await letters.index()) == 26
    assert await letters.updated_at() == NOW


async def test_birthdays_of_the_week_fewest_writers_first_and_29_february(db: Database) -> None:
    letters = LetterService(db)
    await letters.replace(parse(DATA.read_bytes()), "prisoners-invented.csv", NOW)
    week = await letters.birthdays(date(2026, 12, 8), 7)
    assert [b.person.writers for b in week] == sorted(
        (b.person.writers for b in week), key=lambda w: 1_000_000 if w is None else w
    )
    assert {b.on for b in week} <= {date(2026, 12, day) for day in range(8, 16)}
    assert len(week) == 12
    ages = {b.person.name: b.age for b in week}
    assert ages["Прыдуманы Алесь Тэставіч"] == 41 and ages["Узорная Ганна Тэставічна"] is None
    [leap] = await letters.birthdays(date(2027, 2, 28), 0)  # 2027 has no 29 February
    assert (leap.person.name, leap.on, leap.age) == ("Макетны Сяргей Тэставіч", date(2027, 2, 28), 35)
    assert len(await letters.in_month(12)) == 15


async def test_import_prisoners_on_the_command_line_asks_then_replaces(
    db: Database,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PLEDGE_HASH_KEY", "k" * 40)
    monkeypatch.setattr(sys, "stdin", io.StringIO("n\n"))
    assert await asyncio.to_thread(main, ["import-prisoners", str(DATA)]) == 1
    out = capsys.readouterr()
    assert (
        "prisoners-invented.csv: 30 rows read, 26 active, 23 with a birthday, 24 with an address" in out.out
    )
    assert "nothing changed" in out.err
    letters = LetterService(db)
    assert await letters.updated_at() is None

    assert await asyncio.to_thread(main, ["import-prisoners", str(DATA), "--yes"]) == 0
    assert "imported: 26 active people" in capsys.readouterr().err
    assert len(await letters.index()) == 26

    page = tmp_path / "export.csv"
    page.write_text("<!doctype html><html><body>Палітвязні</body></html>", encoding="utf-8")
    assert await asyncio.to_thread(main, ["import-prisoners", str(page), "--yes"]) == 3
    err = capsys.readouterr().err
    assert "export.csv refused, the stored list is kept" in err and "web page (HTML)" in err
    assert len(await letters.index()) == 26
