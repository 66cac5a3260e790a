"""The desk's JSON shapes: the editor's form, checked by the chat's own functions, and what it shows.

A post as that form, the difference a stale edit is shown, a calendar entry. No web framework here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.services.calendar import Occurrence
from bot.services.post_content import parse_buttons
from bot.services.post_input import Moment, Problem, check_post_text, parse_moment, wall_clock
from bot.services.posts import EVERY_LANGUAGE, Draft, DraftForm, Upcoming
from bot.services.repeats import EVERY, Repeat, check, parse_end
from bot.settings import LOCALES


def occurrence_json(item: Occurrence, zone: str, locale: str) -> dict[str, Any]:
    """A calendar entry: its time in the admin's zone, status, channels, first line in their language."""
    return {
        "post": item.post_id,
        "kind": item.kind,
        "occurrence": item.occurrence,
        "when": wall_clock(item.due_at, zone),
        "day": item.due_at.astimezone(zone_of(zone)).date().isoformat(),
        "status": item.status,
        "post_status": item.post_status,
        "languages": list(item.languages),
        "first_line": item.first_lines.get(locale) or next(iter(item.first_lines.values()), ""),
        "repeat": item.repeat_every,
        "deliveries": [
            {
                "channel": d.channel,
                "locale": d.locale,
                "text_locale": d.text_locale,
                "status": d.status,
                "link": d.link,
            }
            for d in item.deliveries
        ],
    }


def day_of(raw: str | None) -> date | None:
    """`2027-05-21` as a date; anything else None."""
    try:
        return date.fromisoformat(raw) if raw and len(raw) == 10 else None
    except ValueError:
        return None


def next_day(upcoming: Sequence[Upcoming], zone: str) -> str | None:
    """The day (in the admin's zone) of the next queued post, if any."""
    return upcoming[0].next_at.astimezone(zone_of(zone)).date().isoformat() if upcoming else None


def zone_of(name: str) -> ZoneInfo:
    """The zone by its IANA name."""
    return ZoneInfo(name)


@dataclass(frozen=True)
class Parsed:
    """The editor's fields as checked: the whole form when all is good, else the problems and a sketch."""

    form: DraftForm | None
    edit_of: int | None
    problems: dict[str, Problem]
    sketch: Draft  # the parts that are good, to preview while the rest is being fixed (never saved)


def parse_form(body: dict[str, Any], now: datetime, default_zone: str) -> Parsed:
    """The editor's fields, each checked by the chat's own function; problems by field."""
    problems: dict[str, Problem] = {}
    zone = str(body.get("zone") or "").strip()
    when = f"{str(body.get('when') or '').strip()} {zone}".strip()
    moment = parse_moment(when, default_zone, now)
    if isinstance(moment, Problem):
        problems["when"] = moment
    given = body.get("texts")
    texts_in: dict[str, Any] = given if isinstance(given, dict) else {}
    texts = {code: str(texts_in[code]) for code in LOCALES if str(texts_in.get(code) or "").strip()}
    for code, text in texts.items():
        problem = check_post_text(text)
        if problem is not None:
            problems[f"text-{code}"] = problem
    if not texts:
        problems["texts"] = Problem("post-no-texts")
    repeat = _repeat(body, moment if isinstance(moment, Moment) else None, problems)
    buttons = parse_buttons(str(body.get("buttons") or "-")) if str(body.get("buttons") or "").strip() else ()
    if isinstance(buttons, Problem):
        problems["buttons"] = buttons
    fallback = body.get("fallback") if body.get("fallback") in texts else None
    edit_of = body.get("post") if isinstance(body.get("post"), int) else None
    good = {code: text for code, text in texts.items() if f"text-{code}" not in problems}
    shown_buttons = () if isinstance(buttons, Problem) else buttons
    at = moment.at if isinstance(moment, Moment) else None
    sketch = Draft(
        0, "queued", "draft", at, zone or default_zone, None, fallback, edit_of, None, 0, good, repeat
    )
    sketch = replace(sketch, buttons={EVERY_LANGUAGE: shown_buttons} if shown_buttons else {})
    if problems or not isinstance(moment, Moment) or isinstance(buttons, Problem):
        return Parsed(None, edit_of, problems, sketch)
    return Parsed(DraftForm(moment, repeat, texts, fallback, buttons), edit_of, {}, sketch)


def _repeat(body: dict[str, Any], moment: Moment | None, problems: dict[str, Problem]) -> Repeat | None:
    every = str(body.get("repeat") or "none")
    if every not in EVERY:
        return None
    if moment is None:
        return None
    parsed = parse_end(str(body.get("repeat_end") or ""), every, moment.at, moment.zone)
    if isinstance(parsed, Problem):
        problems["repeat"] = parsed
        return None
    problem = check(moment.at, moment.zone, parsed)
    if problem is not None:
        problems["repeat"] = problem
    return parsed


def form_of(post: Draft) -> dict[str, Any]:
    """A post as the editor's fields."""
    local = post.due_at.astimezone(zone_of(post.zone)) if post.due_at else None
    repeat = post.repeat
    end = ""
    if repeat is not None:
        end = (
            str(repeat.count)
            if repeat.count is not None
            else (repeat.until.isoformat() if repeat.until else "")
        )
    buttons = post.buttons.get(EVERY_LANGUAGE, ())
    return {
        "post": post.public_id,
        "when": f"{local:%Y-%m-%d %H:%M}" if local else "",
        "zone": post.zone,
        "repeat": repeat.every if repeat else "none",
        "repeat_end": end,
        "texts": dict(post.texts),
        "fallback": post.fallback_locale,
        "buttons": "\n".join(f"{b.label} | {b.url}" for b in buttons),
    }


def difference(yours: dict[str, Any], theirs: dict[str, Any]) -> list[dict[str, Any]]:
    """Fields where the saved post (the newer version) differs from the admin's stale edit."""
    found = []
    for field in ("when", "zone", "repeat", "repeat_end", "fallback", "buttons"):
        if yours.get(field) != theirs.get(field):
            found.append({"field": field, "yours": yours.get(field), "theirs": theirs.get(field)})
    for code in LOCALES:
        mine, saved = yours.get("texts", {}).get(code), theirs.get("texts", {}).get(code)
        if mine != saved:
            found.append({"field": f"text-{code}", "yours": mine, "theirs": saved})
    return found
