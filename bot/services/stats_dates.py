"""Dates as Viasna writes them: 24.11.2026, 2026-11-24, "January 31, 2024", "31 студзеня 2024 г.".

Month names come from Babel's CLDR data (the genitive "format" forms: студзеня, января), in the
languages Viasna publishes in and its neighbours', plus Belarusian "траўня" for May, which CLDR lacks.
"""

from __future__ import annotations

import re
from datetime import date

from babel.dates import get_month_names

MONTH_LOCALES = ("en", "be", "ru", "uk", "pl")
EXTRA_MONTHS = {"траўня": 5}


def _month_table() -> dict[str, int]:
    table = {
        name.lower(): number
        for locale in MONTH_LOCALES
        for number, name in get_month_names("wide", "format", locale).items()
    }
    return {**table, **EXTRA_MONTHS}


MONTHS = _month_table()
MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))  # any month's name, as a pattern
_WORDED = (
    rf"(?i:(?:{MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?\s?,?\s+\d{{4}}"  # January 31, 2024 (a tag may split it)
    rf"|\d{{1,2}}\s+(?:{MONTH})\s?,?\s+\d{{4}})"  # 31 студзеня 2024, 31 January 2024
)
# Any date the parsers read; never part of a longer number.
DATE = rf"(?<!\d)(?:\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|{_WORDED})(?!\d)"


def to_date(raw: str) -> date | None:
    """A date from any form DATE matches; None for anything else or an impossible day."""
    raw = raw.strip()
    if iso := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", raw):
        year, month, day = (int(part) for part in iso.groups())
    elif dotted := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", raw):
        day, month, year = (int(part) for part in dotted.groups())
    elif worded := _worded(raw):
        year, month, day = worded
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _worded(raw: str) -> tuple[int, int, int] | None:
    words = re.findall(r"\d+|[^\W\d]+", raw.lower())
    numbers = [int(word) for word in words if word.isdigit()]
    months = [MONTHS[word] for word in words if word in MONTHS]
    if len(numbers) != 2 or len(months) != 1:
        return None
    day, year = sorted(numbers)
    return year, months[0], day
