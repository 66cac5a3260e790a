"""A queued post that repeats: daily or weekly, until a date or for a number of times.

Each occurrence is a delivery of its own per channel (its `occurrence` number), with every
once-only rule of a single post. Occurrences keep the wall-clock time of the admin's zone: a
daily 09:00 Europe/Warsaw post stays at 09:00 local across a change of the clocks. A minute the
clocks skip that day goes out at the same instant an hour later in local time (03:30 for 02:30),
a minute that happens twice at its first time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.services.post_input import Problem

MAX_OCCURRENCES = 366  # a year of daily posts: anything longer is a typo, or should be the daily post
EVERY = {"daily": timedelta(days=1), "weekly": timedelta(weeks=1)}
END_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})$")
END_COUNT = re.compile(r"^[x×]?\s*(\d{1,12})\s*[x×]?$", re.IGNORECASE)


@dataclass(frozen=True)
class Repeat:
    """How a post repeats: `every` daily or weekly, ending after `count` times in all or on `until`."""

    every: str
    count: int | None = None
    until: date | None = None


def parse_end(text: str, every: str, first: datetime | None, zone: str) -> Repeat | Problem:
    """`2027-05-21` (the last day) or `4` (times in all, this one included) -> the repeat, or why not."""
    cleaned = " ".join(text.split())
    by_date, by_count = END_DATE.match(cleaned), END_COUNT.match(cleaned)
    if by_count is not None:
        repeat = Repeat(every, count=int(by_count.group(1)))
    elif by_date is not None:
        try:
            repeat = Repeat(every, until=date.fromisoformat(by_date.group(1)))
        except ValueError:
            return Problem("post-repeat-no-end", {"input": cleaned[:60]})
    else:
        return Problem("post-repeat-no-end", {"input": cleaned[:60]})
    problem = check(first, zone, repeat)
    return repeat if problem is None else problem


def check(first: datetime | None, zone: str, repeat: Repeat | None) -> Problem | None:
    """Why this repeat cannot be queued from `first`, or None: it ends, after its start, within the cap."""
    if repeat is None:
        return None
    if repeat.count is None and repeat.until is None:
        return Problem("post-repeat-no-end", {"input": "-"})
    if repeat.count is not None and not 1 <= repeat.count <= MAX_OCCURRENCES:
        return Problem("post-repeat-count", {"count": repeat.count, "max": MAX_OCCURRENCES})
    if first is None or repeat.until is None:
        return None
    first_day = first.astimezone(ZoneInfo(zone)).date()
    if repeat.until < first_day:
        return Problem(
            "post-repeat-ends-before", {"until": repeat.until.isoformat(), "first": first_day.isoformat()}
        )
    times = len(occurrences(first, zone, repeat, MAX_OCCURRENCES + 1))
    if times > MAX_OCCURRENCES:
        return Problem("post-repeat-too-many", {"until": repeat.until.isoformat(), "max": MAX_OCCURRENCES})
    return None


def occurrences(
    first: datetime, zone: str, repeat: Repeat | None, limit: int = MAX_OCCURRENCES
) -> list[datetime]:
    """The instants (UTC) of every occurrence from `first`, at the same wall-clock time in `zone`."""
    if repeat is None:
        return [first.astimezone(UTC)]
    place = ZoneInfo(zone)
    local = first.astimezone(place).replace(tzinfo=None)
    wanted = min(repeat.count or limit, limit)
    moments: list[datetime] = []
    while len(moments) < wanted:
        naive = local + EVERY[repeat.every] * len(moments)
        if repeat.until is not None and naive.date() > repeat.until:
            break
        moments.append(naive.replace(tzinfo=place).astimezone(UTC))
    return moments
