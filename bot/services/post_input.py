"""What an admin types for a post, checked before anything is queued.

Each check returns None when the input is good, or a `Problem`: a catalog key and its
values, so the admin gets a reply in their language with an example of the right form.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Telegram counts a message's length after its entities are parsed: 4096 at most.
TELEGRAM_TEXT_LIMIT = 4096
# The tags of Telegram's HTML parse mode (https://core.telegram.org/bots/api#html-style).
TELEGRAM_TAGS = frozenset(
    [
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    ]
)
# Tags Telegram refuses without these attributes.
REQUIRED_ATTRIBUTES: dict[str, Callable[[dict[str, str | None]], bool]] = {
    "a": lambda attrs: bool(attrs.get("href")),
    "span": lambda attrs: attrs.get("class") == "tg-spoiler",
    "tg-emoji": lambda attrs: bool(attrs.get("emoji-id")),
}
ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>")
ISO_MOMENT = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})[ T](?P<time>\d{1,2}:\d{2})(?:\s+(?P<zone>\S+))?$")
OTHER_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?")


@dataclass(frozen=True)
class Problem:
    """Why an input was refused: a catalog key and its values."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Moment:
    """A post's time: the instant, and the zone the admin meant it in."""

    at: datetime
    zone: str


def parse_moment(text: str, default_zone: str, now: datetime) -> Moment | Problem:
    """`2027-05-21 09:00 Europe/Minsk` (zone optional) -> the instant, or why not."""
    cleaned = " ".join(text.split())
    match = ISO_MOMENT.match(cleaned)
    if match is None:
        key = "post-when-ambiguous" if OTHER_DATE.search(cleaned) else "post-when-format"
        return Problem(key, {"input": cleaned[:60]})
    zone_name = match.group("zone") or default_zone
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return Problem("post-when-zone", {"zone": zone_name[:60]})
    try:
        naive = datetime.fromisoformat(f"{match.group('date')} {match.group('time'):0>5}")
    except ValueError:
        return Problem("post-when-format", {"input": cleaned[:60]})
    local = naive.replace(tzinfo=zone)
    if _not_once(naive, zone):
        return Problem("post-when-clock-change", {"input": cleaned[:60], "zone": zone_name})
    if local <= now:
        return Problem("post-when-past", {"now": wall_clock(now, zone_name)})
    return Moment(local, zone_name)


def _not_once(naive: datetime, zone: ZoneInfo) -> bool:
    """True when a wall-clock time happens twice (clocks go back) or never (clocks go forward)."""
    early, late = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
    if early.utcoffset() != late.utcoffset():
        return True
    round_trip = early.astimezone(ZoneInfo("UTC")).astimezone(zone).replace(tzinfo=None)
    return round_trip != naive


def check_post_text(body: str) -> Problem | None:
    """Telegram HTML that will be accepted as it is: known tags, closed, escaped, not too long."""
    if not body.strip():
        return Problem("post-text-empty")
    if "\x00" in body:  # no message can carry it, and PostgreSQL cannot store it
        return Problem("post-text-entity", {"fragment": "U+0000"})
    problem = _check_markup(body)
    if problem is not None:
        return problem
    if not html_to_plain(body).strip():  # `<b></b>`: Telegram refuses a message with no visible text
        return Problem("post-text-empty")
    length = visible_length(body)
    if length > TELEGRAM_TEXT_LIMIT:
        return Problem(
            "post-text-too-long", {"over": length - TELEGRAM_TEXT_LIMIT, "limit": TELEGRAM_TEXT_LIMIT}
        )
    return None


def _check_markup(body: str) -> Problem | None:
    for index, char in enumerate(body):
        if char == "&" and not ENTITY.match(body, index):
            return Problem("post-text-entity", {"fragment": body[index : index + 12].split()[0]})
        if char == "<":
            tag = TAG.match(body, index)
            if tag is None or tag.group(1).lower() not in TELEGRAM_TAGS:
                fragment = tag.group(0) if tag else body[index : index + 12].split()[0]
                return Problem("post-text-tag", {"fragment": fragment[:30]})
        if char == ">" and not _inside_tag(body, index):
            return Problem("post-text-entity", {"fragment": ">"})
    checker = _TagBalance()
    checker.feed(body)
    checker.close()
    if checker.problem is not None:
        return checker.problem
    if checker.open_tags:
        return Problem("post-text-unclosed", {"tag": checker.open_tags[-1]})
    return None


def _inside_tag(body: str, index: int) -> bool:
    start = body.rfind("<", 0, index)
    return start != -1 and ">" not in body[start:index] and TAG.match(body, start) is not None


class _TagBalance(HTMLParser):
    """Checks that every tag is closed in order (the stdlib parser tokenises; we keep the stack)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open_tags: list[str] = []
        self.problem: Problem | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open_tags.append(tag)
        given = dict(attrs)
        needed = REQUIRED_ATTRIBUTES.get(tag)
        if self.problem is None and needed is not None and not needed(given):
            self.problem = Problem("post-text-tag", {"fragment": self.get_starttag_text() or tag})

    def handle_endtag(self, tag: str) -> None:
        if self.problem is not None:
            return
        if not self.open_tags or self.open_tags[-1] != tag:
            self.problem = Problem(
                "post-text-unclosed", {"tag": self.open_tags[-1] if self.open_tags else tag}
            )
            return
        self.open_tags.pop()


def visible_length(body: str) -> int:
    """The length Telegram counts: tags removed, entities decoded, in UTF-16 code units."""
    text = html.unescape(TAG.sub("", body))
    return len(text.encode("utf-16-le")) // 2


def plain_to_html(text: str) -> str:
    """A catalog text (plain) as Telegram HTML that shows exactly that text."""
    return html.escape(text, quote=False)


def html_to_plain(body: str) -> str:
    """Telegram HTML as plain text (for platforms without HTML, and for previews' first lines)."""
    return html.unescape(TAG.sub("", body))


def wall_clock(moment: datetime, zone: str) -> str:
    """`2027-05-21 09:00 Europe/Minsk`: the form admins type, read back to them."""
    return f"{moment.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M} {zone}"
