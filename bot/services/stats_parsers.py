"""Parsers that read the political-prisoner count out of a source page.

Viasna publishes no API, and we cannot look at its pages from here, so the default parser
(`parse_viasna`) rests on these assumptions about prisoners.spring96.org and spring96.org:

1. The headline figure is the number of political prisoners *currently held*, stated in text
   beside words meaning "political prisoners" in be, ru, uk, en or pl: "Political prisoners: 1 135",
   "Палітвязні: 1135", "Политзаключенные — 1 135", "1135 political prisoners", "Więźniowie
   polityczni: 1 135". Tags are stripped first, so the label and the number may sit in separate
   elements (`<span>Political prisoners</span><b>1&nbsp;135</b>`), up to 60 characters apart.
   Thousands may be separated by a space, NBSP, thin or figure space, comma, dot or apostrophe.
2. Viasna's other count, people *recognised* as political prisoners since 2020, must never be taken
   for it: a match whose label is qualified by "since <year>" or by "recognised" (in any of the
   languages) is skipped.
3. The first match in the page decides. If its number is not a whole count between 1 and 100,000,
   the page is refused ("not a plausible count") rather than searched for a likelier number.
   Not matches: a number after "more than", "at least" (and the like: not a count, a bound),
   a year ("in 2024", "January 2024", "2024 года"), and a number inside a date or a time (18:05).
3a. Viasna's statements give the total recognised since 2020 first and the number held second:
   "3,200 people ... recognised as political prisoners, 1,374 of whom are currently in places of
   detention", "з іх 1 135 застаюцца за кратамі", "из них 1 135 находятся в местах лишения свободы".
   The number of that "of whom" clause is a match (the one held); the total before it never is.
4. Without a stated total, the page may be the prisoners table itself: the data rows (rows with
   `<td>` cells, outside `<thead>`) of its largest `<table>` are counted. A paginated list would
   give the length of one page, not the total, so a page with pagination links is refused.
5. "As of": a date following "as of", "па стане на", "по состоянию на" (and the like) before the
   total, in its paragraph; else the date nearest to the total within 80 characters; for a counted
   table, the first such "as of" date. Dates may be numeric (24.11.2026, 2026-11-24) or in words in
   English, Belarusian or Russian ("January 31, 2024", "31 студзеня 2024", "31 января 2024"; see
   `stats_dates`). None when the page states none.

`parse_pattern` is the escape hatch when the layout changes: an admin sets STATS_PATTERN.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from html.parser import HTMLParser

from bot.services.stats_dates import DATE as _DATE
from bot.services.stats_dates import MONTH as _MONTH
from bot.services.stats_dates import to_date as _to_date
from bot.settings import SettingsError, StatsSettings

MIN_COUNT, MAX_COUNT = 1, 100_000
DATE_WINDOW = 80  # characters either side of a total in which its "as of" date is looked for

_SEPARATORS = " \u00a0\u202f\u2009\u2007,.'"
# A whole number, its thousands grouped by one separator; never part of a longer number or a date.
_GROUPED = rf"\d{{1,3}}(?:[{_SEPARATORS}]\d{{3}})+|\d+"
_NUMBER = rf"(?<![\w.,:+])(?<!\d-)(?P<sign>[-−])?(?P<number>{_GROUPED})(?![\w]|[.,:-]\d)"  # 18:05 is a time
_LABEL = "|".join(
    (
        r"political\s+prisoners?",
        r"палітвяз\w*",
        r"палітычн\w*\s+вяз\w*",
        r"политзаключ\w*",
        r"политическ\w*\s+заключ\w*",
        r"політв\W?язн\w*",
        r"więź\w*\s+polityczn\w*",
    )
)
_SINCE = r"(?:since|с|со|з|із|від|od|seit)\s+20\d\d"
_RECOGNISED = r"recogni[sz]\w*|призна\w*|прызна\w*|визна\w*|uznan\w*|uznaw\w*"
_OTHER_COUNT = re.compile(rf"\b(?:{_SINCE})\b|(?:{_RECOGNISED})", re.IGNORECASE)
_GAP_LINE = rf"(?:[^\d\n]|{_DATE}){{0,40}}?"
_GAP = rf"{_GAP_LINE}(?:\n{_GAP_LINE}){{0,2}}"  # on the same line or up to two lines further down
_LABEL_FIRST = re.compile(rf"(?:{_LABEL}){_GAP}{_NUMBER}", re.IGNORECASE)
_NUMBER_FIRST = re.compile(rf"{_NUMBER}[^\w\d]{{0,3}}(?:{_LABEL})", re.IGNORECASE)
_AS_OF = re.compile(
    r"\b(?:as\s+of|updated|по\s+состоянию\s+на|обновлено|па\s+стане\s+на|станам\s+на|абноўлена|stan\s+na|"
    rf"aktualizacja|на)\W{{0,3}}(?P<date>{_DATE})",
    re.IGNORECASE,
)
_HELD_WORDS = (
    r"(?:detention|prison|custody|jail|behind\s+bars|held|imprisoned|за\s+кратамі|зняволен\w*|"
    r"пазбаўлен\w*\s+волі|утрымліва\w*|лишени\w*\s+свободы|за\s+решётк\w*|за\s+решетк\w*|"
    r"заключени\w*|под\s+стражей)"
)
_HELD_CLAUSE = rf"[^\d.;\n]{{0,60}}?{_HELD_WORDS}"
_OF_WHOM = (
    r"(?:of\s+whom|of\s+which|among\s+them|з\s+іх|із\s+іх|з\s+якіх|сярод\s+іх|"
    r"из\s+них|из\s+которых|среди\s+них)"
)
_HELD_OF_TOTAL = (  # the second number of "N recognised, M of whom are held": M
    re.compile(rf"{_NUMBER}\s+of\s+whom{_HELD_CLAUSE}", re.IGNORECASE),
    re.compile(rf"{_OF_WHOM}\W{{0,3}}{_NUMBER}{_HELD_CLAUSE}", re.IGNORECASE),
)
_BOUND = re.compile(
    r"(?:more\s+than|over|at\s+least|almost|nearly|about|around|up\s+to|больш\s+за|болей\s+за|"
    r"больш\s+як|не\s+менш\s+(?:за|як)|каля|амаль|больше|более|свыше|не\s+менее|около|почти|"
    r"ponad|co\s+najmniej|prawie|około)\W{0,2}$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    rf"\b(?:in|since|of|from|until|by|year|у|ў|в|во|з|с|со|да|до|od|do|w|{_MONTH})\s+$", re.IGNORECASE
)
_YEAR_AFTER = re.compile(r"^\s*(?:years?\b|г\.|гг\.|год\w*|гад\w*|r\.|roku)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!?|\n()](?!\d)|(?<!\d)(?!20\d\d(?!\d))\d+")
_PAGINATION = re.compile(
    r"""rel=["']?next|class=["'][^"']*pagination|[?&]page=\d+|/page/\d+""", re.IGNORECASE
)
_BLOCK_TAGS = frozenset(
    {
        *("p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "caption"),
        *("section", "article", "aside", "header", "footer", "nav", "main", "form"),
        *("h1", "h2", "h3", "h4", "h5", "h6"),
    }
)


class ParseError(Exception):
    """The page does not hold the figure where the parser looks (layout changed, garbage)."""


@dataclass(frozen=True)
class Parsed:
    """A figure as read from a page."""

    held: int  # political prisoners currently held (Viasna's headline count)
    as_of: date | None  # the date the page states for it, if it states one


def parse_viasna(page: str) -> Parsed:
    """Read Viasna's count of political prisoners currently held; see the module docstring."""
    reader = _read(page)
    text = reader.text()
    found = _stated_total(text)
    if found is not None:
        return found
    if reader.largest_table() > 0:
        if _PAGINATION.search(page):
            raise ParseError("layout changed: the prisoners table is paginated and no total is stated")
        return Parsed(_plausible(reader.largest_table()), _as_of_phrase(text))
    raise ParseError("layout changed: no political-prisoner total or prisoners table found")


def parse_pattern(page: str, pattern: str) -> Parsed:
    """Read the figure with an admin's regular expression (group `count`, optional group `date`).

    The pattern is tried on the page as served, then on its visible text (tags stripped,
    entities decoded).
    """
    compiled = re.compile(pattern)
    if "count" not in compiled.groupindex:
        raise SettingsError(
            "Setting STATS_PATTERN is invalid: the pattern needs a named group (?P<count>...)"
        )
    match = compiled.search(page) or compiled.search(_read(page).text())
    if match is None:
        raise ParseError("layout changed: STATS_PATTERN does not match the page")
    raw_date = match.groupdict().get("date")
    as_of = _to_date(raw_date) if raw_date else None
    if raw_date and as_of is None:
        raise ParseError(f"layout changed: {raw_date[:20]!r} is not a date (YYYY-MM-DD, DD.MM.YYYY, words)")
    return Parsed(_to_count(match["count"] or ""), as_of)


def parser_for(settings: StatsSettings) -> Callable[[str], Parsed]:
    """The parser STATS_PARSER names, ready to take a page."""
    if settings.parser == "viasna":
        return parse_viasna
    if settings.pattern is None:
        raise SettingsError("Setting STATS_PATTERN is missing: STATS_PARSER=pattern needs it")
    return partial(parse_pattern, pattern=settings.pattern)


def _read(page: str) -> _PageReader:
    reader = _PageReader()
    reader.feed(page)
    reader.close()
    return reader


def _stated_total(text: str) -> Parsed | None:
    labelled = [*_LABEL_FIRST.finditer(text), *_NUMBER_FIRST.finditer(text)]
    held_of_total = [match for pattern in _HELD_OF_TOTAL for match in pattern.finditer(text)]
    candidates = [m for m in labelled if not _is_other_count(text, m)] + held_of_total
    dates = [match.span() for match in re.finditer(_DATE, text)]
    for match in sorted(candidates, key=lambda m: m.start("number")):
        in_a_date = any(start <= match.start("number") < end for start, end in dates)
        if in_a_date or _not_a_count(text, match):
            continue
        held = _to_count(match["number"], negative=bool(match["sign"]))
        return Parsed(held, _date_of(text, match.start("number"), match.end("number")))
    return None


def _not_a_count(text: str, match: re.Match[str]) -> bool:
    """A bound ("more than 1,400") or a year ("in 2024", "2024 года"), not the count itself."""
    before, after = (
        text[max(0, match.start("number") - 25) : match.start("number")],
        text[match.end("number") :],
    )
    if _BOUND.search(before):
        return True
    year = re.fullmatch(r"(?:19|20)\d\d", match["number"]) is not None
    return year and bool(_YEAR_BEFORE.search(before) or _YEAR_AFTER.match(after[:12]))


def _date_of(text: str, start: int, end: int) -> date | None:
    """The "as of" date before the total in its paragraph, else the nearest date."""
    paragraph = text.rfind("\n", 0, start) + 1
    phrases = list(_AS_OF.finditer(text, paragraph, start))
    if phrases:
        return _to_date(phrases[-1]["date"])
    return _nearest_date(text, start, end)


def _is_other_count(text: str, match: re.Match[str]) -> bool:
    """True for Viasna's "recognised since 2020" figure: a label qualified by since/recognised.

    The qualifier is looked for in the match itself ("since 2020" is not a count), and in the
    clause just before and just after it (cut at punctuation and at any other number than a year).
    """
    before = _CLAUSE_END.split(text[max(0, match.start() - 30) : match.start()])[-1]
    after = _CLAUSE_END.split(text[match.end() : match.end() + 30], maxsplit=1)[0]
    return any(_OTHER_COUNT.search(part) for part in (before, match.group() + after))


def _nearest_date(text: str, start: int, end: int) -> date | None:
    """The valid date closest to the number text[start:end], within DATE_WINDOW characters."""
    low = max(0, start - DATE_WINDOW)
    best: tuple[int, date] | None = None
    for match in re.finditer(_DATE, text[low : end + DATE_WINDOW]):
        parsed = _to_date(match.group())
        distance = max(low + match.start() - end, start - (low + match.end()))
        if parsed is not None and (best is None or distance < best[0]):
            best = (distance, parsed)
    return best[1] if best else None


def _as_of_phrase(text: str) -> date | None:
    match = _AS_OF.search(text)
    return _to_date(match["date"]) if match else None


def _to_count(raw: str, negative: bool = False) -> int:
    """A whole count from "1 135", "1,135", "1.135" or "1135", within the plausible range."""
    if not re.fullmatch(_GROUPED, raw.strip()):
        raise ParseError(f"not a plausible count: {raw.strip()[:20]!r}")
    count = int(re.sub(r"\D", "", raw))
    return _plausible(-count if negative else count)


def _plausible(count: int) -> int:
    if not MIN_COUNT <= count <= MAX_COUNT:
        raise ParseError(f"not a plausible count: {count}")
    return count


class _PageReader(HTMLParser):
    """Collects the visible text and the number of data rows of each table."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0  # inside <script> or <style>
        self.tables: list[int] = []  # data rows of each table, in order of opening
        self.open_tables: list[int] = []  # indexes into `tables`, innermost last
        self.in_head = 0
        self.row_has_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "noscript", "template"}:
            self.skipping += 1
        self.parts.append("\n" if tag in _BLOCK_TAGS else " ")  # a tag always ends a word
        self._table_start(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "noscript", "template"} and self.skipping:
            self.skipping -= 1
        self.parts.append("\n" if tag in _BLOCK_TAGS else " ")
        self._table_end(tag)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def _table_start(self, tag: str) -> None:
        if tag == "table":
            self.tables.append(0)
            self.open_tables.append(len(self.tables) - 1)
        elif tag == "thead":
            self.in_head += 1
        elif tag == "tr":
            self._close_row()
        elif tag == "td" and self.open_tables and not self.in_head:
            self.row_has_cell = True

    def _table_end(self, tag: str) -> None:
        if tag in {"tr", "table"}:
            self._close_row()
        if tag == "table" and self.open_tables:
            self.open_tables.pop()
        elif tag == "thead" and self.in_head:
            self.in_head -= 1

    def _close_row(self) -> None:
        """Count the row just ended (explicitly or by the next <tr>) if it held data cells."""
        if self.row_has_cell and self.open_tables:
            self.tables[self.open_tables[-1]] += 1
        self.row_has_cell = False

    def largest_table(self) -> int:
        """Data rows of the table with the most of them; 0 without tables."""
        return max(self.tables, default=0)

    def text(self) -> str:
        """The collected text, spaces collapsed (NBSP and thin spaces kept: they sit in numbers)."""
        joined = re.sub(r"[ \t\r\f\v]+", " ", "".join(self.parts))
        return re.sub(r" ?\n[\s]*", "\n", joined).strip()
