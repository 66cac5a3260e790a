"""The live count: parsers on their own, and StatsSource against a fake Viasna that fails on purpose."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest

from bot.services.stats_parsers import Parsed, ParseError, parse_pattern, parse_viasna, parser_for
from bot.services.stats_source import USER_AGENT, Reading, SourceError, StatsSource
from bot.settings import SettingsError, StatsSettings
from tests.conftest import free_port
from tests.fakes.stats_source import CHANGED_LAYOUT, GARBAGE, IMPLAUSIBLE_PAGE, FakeSource, running

TABLE_PAGE = """<html><body><p>Updated 24.11.2026</p><table class="prisoners">
<thead><tr><th>Name</th><th>Status</th></tr></thead>
<tbody><tr><td>Ales Bialiatski</td><td>released</td></tr>
<tr><td>Maria Kalesnikava</td><td>released</td></tr>
<tr><td>Ihar Losik</td><td>held</td></tr></tbody></table>
<table><tr><td>Contacts</td></tr></table></body></html>"""
VIASNA_PAGE_LATER = "<p>Political prisoners: 1 140, as of 05.01.2026</p>"


def settings(
    url: str = "https://prisoners.spring96.org/en/list", parser: str = "viasna", pattern: str | None = None
) -> StatsSettings:
    return StatsSettings(source_url=url, parser=parser, pattern=pattern)


def source(url: str) -> StatsSource:
    return StatsSource(settings(url), timeout=0.3, retries=3, backoff=0.01)


@pytest.fixture
async def fake() -> AsyncIterator[tuple[FakeSource, str]]:
    server = FakeSource()
    async with running(server) as url:
        yield server, url


@pytest.mark.parametrize(
    "page",
    [
        "<p>Political prisoners: 1 135</p>",
        "<div>Палітвязні: 1135</div>",
        "<p>Политзаключенные — 1\u00a0135</p>",
        "<p>In Belarus today there are 1,135 political prisoners.</p>",
        "<li>Więźniowie polityczni: 1.135</li>",
        "<span>Political prisoners</span><b>1&nbsp;135</b>",
        "<h3>Палітвязні</h3><p>1\u202f135</p>",
        "<p>1\u2009135 палітвязняў</p>",
        "<p>Since 2020, 3 200 political prisoners were recognised. Now 1 135 political prisoners.</p>",
        "<p>Политзаключенные с 2020 года: 3 200; политзаключенных сейчас — 1 135</p>",
    ],
)
def test_viasna_parser_reads_the_total_in_its_textual_forms(page: str) -> None:
    assert parse_viasna(page) == Parsed(1135, None)


@pytest.mark.parametrize(
    ("page", "as_of"),
    [
        ("<p>Political prisoners: 1 135 (as of 24.11.2026)</p>", date(2026, 11, 24)),
        ("<h3>Political prisoners</h3><p>as of 2026-11-24</p><p>1 135</p>", date(2026, 11, 24)),
        ("<p>Палітвязні станам на 31.12.2025: 1135</p>", date(2025, 12, 31)),
    ],
)
def test_viasna_parser_finds_the_as_of_date_near_the_total(page: str, as_of: date) -> None:
    assert parse_viasna(page) == Parsed(1135, as_of)


def test_viasna_parser_counts_the_prisoners_table_when_no_total_is_stated() -> None:
    assert parse_viasna(TABLE_PAGE) == Parsed(3, date(2026, 11, 24))


def test_viasna_parser_refuses_a_paginated_table() -> None:
    page = TABLE_PAGE.replace("</body>", '<a rel="next" href="?page=2">Next</a></body>')
    with pytest.raises(ParseError, match="paginated"):
        parse_viasna(page)


@pytest.mark.parametrize("value", ["0", "-5", "250 000", "1 135 150"])
def test_viasna_parser_refuses_an_implausible_count(value: str) -> None:
    with pytest.raises(ParseError, match="not a plausible count"):
        parse_viasna(f"<p>Political prisoners: {value}</p>")


@pytest.mark.parametrize("page", [CHANGED_LAYOUT, GARBAGE.decode("utf-8", "replace"), ""])
def test_viasna_parser_refuses_a_page_without_the_figure(page: str) -> None:
    with pytest.raises(ParseError, match="layout changed"):
        parse_viasna(page)


def test_pattern_parser_with_and_without_a_date_group() -> None:
    page = '<div id="total">Currently held: <b>1 450</b>, on 2026-01-02</div>'
    dated = r"held: <b>(?P<count>[\d ]+)</b>, on (?P<date>[\d-]+)"
    assert parse_pattern(page, dated) == Parsed(1450, date(2026, 1, 2))
    assert parse_pattern(page, r"held: (?P<count>\d[\d ]*)") == Parsed(1450, None)  # on the text
    assert parse_pattern("held 1450 (02.01.2026)", r"(?P<count>\d+) \((?P<date>[\d.]+)") == Parsed(
        1450, date(2026, 1, 2)
    )


@pytest.mark.parametrize(
    ("page", "error"),
    [
        ("nothing here", "does not match"),
        ("held: 0", "not a plausible count"),
        ("held: 12.5", "not a plausible count"),
        ("held: 1450 on 2026-13-40", "not a date"),
    ],
)
def test_pattern_parser_refuses(page: str, error: str) -> None:
    with pytest.raises(ParseError, match=error):
        parse_pattern(page, r"held: (?P<count>[\d.]+)(?: on (?P<date>\S+))?")


def test_parser_for_follows_the_settings() -> None:
    assert parser_for(settings()) is parse_viasna
    pattern = parser_for(settings(parser="pattern", pattern=r"total (?P<count>\d+)"))
    assert pattern("total 99") == Parsed(99, None)
    with pytest.raises(SettingsError, match="STATS_PATTERN"):
        parser_for(settings(parser="pattern"))


async def test_a_normal_page_gives_a_dated_reading(fake: tuple[FakeSource, str]) -> None:
    server, url = fake
    assert await source(url).fetch() == Reading(1135, date(2025, 12, 23), url)
    assert server.received[0]["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("FreeThemAllBot/0.1 (")


async def test_an_undated_page_is_dated_the_day_it_was_fetched(fake: tuple[FakeSource, str]) -> None:
    server, url = fake
    server.body = "<p>Political prisoners: 1 135</p>"
    reading = await source(url).fetch()
    assert reading is not None and reading.as_of == datetime.now(UTC).date()


async def test_the_response_charset_is_honoured(fake: tuple[FakeSource, str]) -> None:
    server, url = fake
    server.body, server.charset = "<p>Политзаключённые: 1 135</p>", "windows-1251"
    reading = await source(url).fetch()
    assert reading is not None and reading.held == 1135


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (CHANGED_LAYOUT, "layout changed"),
        (GARBAGE, "layout changed"),
        (IMPLAUSIBLE_PAGE, "not a plausible count"),
    ],
)
async def test_an_unreadable_page_fails_at_once(
    fake: tuple[FakeSource, str], body: str | bytes, reason: str
) -> None:
    server, url = fake
    server.body = body
    with pytest.raises(SourceError) as caught:
        await source(url).fetch()
    assert caught.value.reason.startswith(reason)
    assert server.requests == 1  # the same page would come back: no retry


async def test_a_slow_source_is_retried_then_fails_with_a_timeout(fake: tuple[FakeSource, str]) -> None:
    server, url = fake
    server.delays = [2.0] * 3
    started = time.monotonic()
    with pytest.raises(SourceError) as caught:
        await source(url).fetch()
    assert "Timeout" in caught.value.reason
    assert server.requests == 3
    assert time.monotonic() - started < 2.0  # each attempt gave up at the timeout


async def test_one_slow_answer_is_retried_into_a_reading(fake: tuple[FakeSource, str]) -> None:
    server, url = fake
    server.delays = [2.0]
    reading = await source(url).fetch()
    assert reading is not None and reading.held == 1135
    assert server.requests == 2


async def test_server_errors_are_retried(fake: tuple[FakeSource, str]) -> None:
    server, url = fake
    server.failures = [500, 503]
    reading = await source(url).fetch()
    assert reading is not None and reading.held == 1135
    assert server.requests == 3


async def test_server_errors_past_the_retries_fail(fake: tuple[FakeSource, str]) -> None:
    server, url = fake
    server.failures = [500, 429, 502, 500]
    with pytest.raises(SourceError) as caught:
        await source(url).fetch()
    assert caught.value.reason == "HTTP 502"
    assert server.requests == 3


@pytest.mark.parametrize("status", [403, 404])
async def test_a_refusal_fails_at_once(fake: tuple[FakeSource, str], status: int) -> None:
    server, url = fake
    server.failures = [status] * 3
    with pytest.raises(SourceError) as caught:
        await source(url).fetch()
    assert caught.value.reason == f"HTTP {status}"
    assert server.requests == 1


async def test_an_unreachable_source_fails_after_the_retries() -> None:
    with pytest.raises(SourceError) as caught:
        await source(f"http://127.0.0.1:{free_port()}/en/list").fetch()
    assert "Connect" in caught.value.reason


async def test_a_stop_ends_the_wait_between_attempts(fake: tuple[FakeSource, str]) -> None:
    """A deploy's SIGTERM need not sit out a backoff: the failure so far is the answer."""
    server, url = fake
    server.failures = [503, 503, 503]
    patient = StatsSource(settings(url), timeout=5, retries=3, backoff=600)
    fetching = asyncio.create_task(patient.fetch())
    while server.requests < 1:  # noqa: ASYNC110 - the fake records requests, it has no event
        await asyncio.sleep(0.01)
    patient.request_stop()
    with pytest.raises(SourceError):
        await asyncio.wait_for(fetching, 30)  # a backoff of 600 s would be cut short, not waited out
    assert server.requests == 1


async def test_an_unchanged_page_gives_none_through_a_conditional_request(
    fake: tuple[FakeSource, str],
) -> None:
    server, url = fake
    server.etag, server.last_modified = '"v1"', "Tue, 23 Dec 2025 10:00:00 GMT"
    client = source(url)
    assert await client.fetch() == Reading(1135, date(2025, 12, 23), url)
    assert await client.fetch() is None
    assert "If-None-Match" not in server.received[0]
    assert server.received[1]["If-None-Match"] == '"v1"'
    assert server.received[1]["If-Modified-Since"] == "Tue, 23 Dec 2025 10:00:00 GMT"
    server.etag, server.body = '"v2"', VIASNA_PAGE_LATER
    assert await client.fetch() == Reading(1140, date(2026, 1, 5), url)


async def test_a_page_that_failed_to_parse_is_asked_for_again_in_full(fake: tuple[FakeSource, str]) -> None:
    server, url = fake
    server.etag, server.body = '"broken"', CHANGED_LAYOUT
    client = source(url)
    with pytest.raises(SourceError):
        await client.fetch()
    with pytest.raises(SourceError):
        await client.fetch()  # not "nothing new": the broken page is still the news
    assert "If-None-Match" not in server.received[1]


@pytest.mark.parametrize("chunked", [False, True])
async def test_a_page_over_5_mb_is_refused(fake: tuple[FakeSource, str], chunked: bool) -> None:
    server, url = fake
    server.body, server.chunked = "<p>Political prisoners: 1 135</p>" + " " * (5 * 1024 * 1024), chunked
    with pytest.raises(SourceError) as caught:
        await source(url).fetch()
    assert "larger than 5 MB" in caught.value.reason
