"""What admins type for a post: times with zones, and Telegram HTML, refused before anything is queued."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.i18n import Catalog
from bot.services.post_input import (
    TELEGRAM_TEXT_LIMIT,
    Moment,
    Problem,
    check_post_text,
    parse_moment,
    visible_length,
)

NOW = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
CATALOG = Catalog(strict=True)


def test_may_21_at_nine_in_minsk_is_six_utc() -> None:
    moment = parse_moment("2027-05-21 09:00 Europe/Minsk", "Europe/Warsaw", NOW)
    assert moment == Moment(datetime(2027, 5, 21, 6, 0, tzinfo=UTC), "Europe/Minsk")


def test_without_a_zone_the_campaign_zone_is_used_and_spaces_do_not_matter() -> None:
    moment = parse_moment("  2027-05-21   9:00 ", "Europe/Warsaw", NOW)
    assert isinstance(moment, Moment)
    assert (moment.at, moment.zone) == (datetime(2027, 5, 21, 7, 0, tzinfo=UTC), "Europe/Warsaw")


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("2026-11-30 08:59 Europe/Minsk", "post-when-past"),  # 05:59 UTC, before NOW
        ("2027-05-21 09:00 Europe/Mińsk", "post-when-zone"),
        ("2027-05-21 09:00 Mars/Olympus", "post-when-zone"),
        ("21.05.2027 09:00", "post-when-ambiguous"),
        ("05/06/2027 09:00", "post-when-ambiguous"),
        ("21.05 09:00", "post-when-ambiguous"),
        ("tomorrow at nine", "post-when-format"),
        ("2027-02-30 09:00", "post-when-format"),
        ("2027-05-21 25:00", "post-when-format"),
        ("2027-03-28 02:30 Europe/Warsaw", "post-when-clock-change"),  # clocks go forward: never
        ("2027-10-31 02:30 Europe/Warsaw", "post-when-clock-change"),  # clocks go back: twice
    ],
)
def test_bad_times_are_refused_with_a_reason(typed: str, key: str) -> None:
    problem = parse_moment(typed, "Europe/Minsk", NOW)
    assert isinstance(problem, Problem)
    assert problem.key == key
    # every refusal renders in every language with the example of the right form
    for locale in ("en", "be", "pl"):
        text = CATALOG.format(key, {"example": "2027-05-21 09:00 Europe/Minsk", **problem.values}, locale)
        assert "2027-05-21 09:00 Europe/Minsk" in text or key in {"post-when-zone", "post-when-clock-change"}


def test_the_past_names_the_current_time_in_the_zone_typed() -> None:
    problem = parse_moment("2026-11-30 08:00 Europe/Vilnius", "Europe/Minsk", NOW)
    assert problem == Problem("post-when-past", {"now": "2026-11-30 09:00 Europe/Vilnius"})


@pytest.mark.parametrize(
    "body",
    [
        "Today we stand with all political prisoners. #FreeThemAll",
        '<b>May 21</b> — <i>Day of Solidarity</i> &amp; <a href="https://spring96.org">Viasna</a>',
        "1 &lt; 2 &gt; 0 &quot;quoted&quot; &#8212; &#x2014;",
        "<blockquote>Free them all</blockquote>\n<code>#FreeThemAll</code>",
        '<span class="tg-spoiler">hidden</span> <tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    ],
)
def test_good_telegram_html_passes(body: str) -> None:
    assert check_post_text(body) is None


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("   ", "post-text-empty"),
        ("Rock & roll", "post-text-entity"),
        ("Non&nbsp;breaking", "post-text-entity"),
        ("half an entity &amp", "post-text-entity"),
        ("a > b", "post-text-entity"),
        ("<div>block</div>", "post-text-tag"),
        ("<span>plain span</span>", "post-text-tag"),
        ("<a>no address</a>", "post-text-tag"),
        ("<tg-emoji>🙂</tg-emoji>", "post-text-tag"),
        ("I <3 you", "post-text-tag"),
        ("<b>bold", "post-text-unclosed"),
        ("<b><i>crossed</b></i>", "post-text-unclosed"),
        ("stray</b>", "post-text-unclosed"),
    ],
)
def test_broken_html_is_refused_with_what_to_do(body: str, key: str) -> None:
    problem = check_post_text(body)
    assert problem is not None
    assert problem.key == key
    CATALOG.format(key, problem.values, "ru")  # renders with the values it carries


def test_too_long_says_by_how_much_counting_as_telegram_does() -> None:
    body = "<b>" + "я" * TELEGRAM_TEXT_LIMIT + "</b>" + "🙂"  # an emoji is two UTF-16 units
    assert visible_length(body) == TELEGRAM_TEXT_LIMIT + 2
    assert check_post_text(body) == Problem("post-text-too-long", {"over": 2, "limit": TELEGRAM_TEXT_LIMIT})
    assert check_post_text("<b>" + "я" * TELEGRAM_TEXT_LIMIT + "</b>") is None  # tags do not count
    text = CATALOG.format("post-text-too-long", {"over": 2, "limit": TELEGRAM_TEXT_LIMIT}, "en")
    assert "2 characters too long" in text
