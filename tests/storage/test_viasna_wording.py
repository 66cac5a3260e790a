"""The default parser reads Viasna's count held now, and its date, as Viasna words them (en, be, ru)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.services.stats import Outcome, StatsService
from bot.services.stats_dates import to_date
from bot.services.stats_parsers import ParseError, parse_viasna
from bot.settings import StatsSettings
from bot.storage.session import Database
from tests.fakes import viasna_pages as pages


@pytest.mark.parametrize(
    ("body", "held", "as_of"),
    [
        (pages.MONTHLY_EN, 1429, date(2024, 1, 31)),
        (pages.MONTHLY_EN_HAD, 1429, date(2024, 1, 31)),
        (pages.MONTHLY_BE, 1429, date(2024, 1, 31)),
        (pages.MONTHLY_BE_TRAUNIA, 1374, date(2024, 5, 21)),
        (pages.MONTHLY_RU, 1244, date(2025, 1, 31)),
        (pages.STATEMENT_EN, 1374, date(2024, 5, 21)),
        (pages.STATEMENT_BE, 1374, date(2024, 5, 21)),
        (pages.STATEMENT_RU, 1374, date(2024, 5, 21)),
    ],
    ids=["en", "en-had", "be", "be-traunia", "ru", "statement-en", "statement-be", "statement-ru"],
)
def test_viasnas_sentences_give_the_count_held_and_its_date(body: str, held: int, as_of: date) -> None:
    parsed = parse_viasna(body)
    assert (parsed.held, parsed.as_of) == (held, as_of)


@pytest.mark.parametrize(
    ("body", "held", "as_of"),
    [
        (pages.RECOGNISED_FIRST, 1244, date(2025, 1, 31)),
        (pages.HELD_FIRST, 1244, date(2025, 1, 31)),
        (pages.OTHER_NUMBERS, 1429, date(2024, 1, 31)),
        (pages.YEAR_LIKE_A_COUNT, 1429, date(2024, 1, 31)),
        (pages.A_BOUND_FIRST, 1429, date(2024, 1, 31)),
        (pages.A_FUTURE_DATE_NEARBY, 1429, date(2024, 1, 31)),
        (pages.NESTED_TAGS, 1429, date(2024, 1, 31)),
        (pages.NO_DATE, 1429, None),
        (pages.HELD_FIRST_RU, 1244, date(2025, 1, 31)),
        (pages.RECOGNISED_FIRST_BE, 1244, date(2025, 1, 31)),
    ],
    ids=[
        "recognised-first",
        "held-first",
        "other-numbers",
        "a-year",
        "a-bound",
        "future-nearby",
        "nested",
        "no-date",
        "held-first-ru",
        "recognised-first-be",
    ],
)
def test_adversarial_pages_still_give_the_count_held(body: str, held: int, as_of: date | None) -> None:
    parsed = parse_viasna(body)
    assert (parsed.held, parsed.as_of) == (held, as_of)


@pytest.mark.parametrize(
    "body",
    [pages.ONLY_RECOGNISED_EN, pages.ONLY_RECOGNISED_BE, pages.ONLY_RECOGNISED_RU, pages.ONLY_A_BOUND],
    ids=["recognised-en", "recognised-be", "recognised-ru", "only-a-bound"],
)
def test_a_page_without_an_exact_count_held_is_refused(body: str) -> None:
    """Never the recognised-since-2020 total, never a bound: the layout is reported as changed."""
    with pytest.raises(ParseError):
        parse_viasna(body)


async def test_a_future_as_of_date_is_read_and_then_refused_by_the_service(db: Database) -> None:
    parsed = parse_viasna(pages.A_FUTURE_AS_OF)
    assert parsed.as_of == date(2031, 1, 31)
    recorded = await StatsService(db, StatsSettings()).record_reading(
        parsed.held, parsed.as_of, "https://spring96.org/en/news/1", datetime(2026, 12, 7, 9, tzinfo=UTC)
    )
    assert recorded.outcome is Outcome.REJECTED


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("January 31, 2024", date(2024, 1, 31)),
        ("31 January 2024", date(2024, 1, 31)),
        ("May 21st, 2024", date(2024, 5, 21)),
        ("31 студзеня 2024", date(2024, 1, 31)),
        ("28 лютага 2025", date(2025, 2, 28)),
        ("1 сакавіка 2025", date(2025, 3, 1)),
        ("2 красавіка 2025", date(2025, 4, 2)),
        ("3 мая 2025", date(2025, 5, 3)),
        ("3 траўня 2025", date(2025, 5, 3)),
        ("4 чэрвеня 2025", date(2025, 6, 4)),
        ("5 ліпеня 2025", date(2025, 7, 5)),
        ("6 жніўня 2025", date(2025, 8, 6)),
        ("7 верасня 2025", date(2025, 9, 7)),
        ("8 кастрычніка 2025", date(2025, 10, 8)),
        ("9 лістапада 2025", date(2025, 11, 9)),
        ("23 снежня 2025", date(2025, 12, 23)),
        ("31 января 2025", date(2025, 1, 31)),
        ("23 декабря 2025", date(2025, 12, 23)),
        ("23.12.2025", date(2025, 12, 23)),
        ("2025-12-23", date(2025, 12, 23)),
        ("31 лютага 2025", None),
        ("Smarch 3, 2025", None),
    ],
)
def test_dates_in_words_are_read_in_english_belarusian_and_russian(raw: str, expected: date | None) -> None:
    assert to_date(raw) == expected


async def test_the_fetcher_reads_a_belarusian_review_served_by_the_source() -> None:
    """End to end through HTTP: the Belarusian review, its narrow no-break spaces and its date in words."""
    from bot.services.stats_source import StatsSource
    from tests.fakes.stats_source import FakeSource, running

    async with running(FakeSource(body=pages.MONTHLY_BE)) as url:
        reading = await StatsSource(StatsSettings(source_url=url), retries=1).fetch()
    assert reading is not None and (reading.held, reading.as_of) == (1429, date(2024, 1, 31))
