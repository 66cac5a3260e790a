"""Campaign dates: the Day of Solidarity with Political Prisoners is May 21 every year."""

from __future__ import annotations

from datetime import date

SOLIDARITY_MONTH, SOLIDARITY_DAY = 5, 21


def next_solidarity_day(today: date) -> date:
    """The coming May 21 (today itself when today is May 21)."""
    this_year = date(today.year, SOLIDARITY_MONTH, SOLIDARITY_DAY)
    return this_year if today <= this_year else date(today.year + 1, SOLIDARITY_MONTH, SOLIDARITY_DAY)


def days_until_solidarity_day(today: date) -> int:
    """Whole days from `today` to the coming May 21 (0 on the day)."""
    return (next_solidarity_day(today) - today).days
