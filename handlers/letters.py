"""/letters: political prisoners' birthdays this week, where and how to write, and one person by name.

The list is Viasna's, imported by the admins (`import-prisoners`); only people marked active are
in it. Nothing about who asked, or for whom, is stored or logged, so it works in groups as well.
At most one page of people a request, and a name search needs QUERY_MIN characters: no bulk copy of the
address list.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from babel.dates import format_date, format_skeleton

from bot.core import Button, Context, Reply, Request
from bot.services.letters import WEEK, Birthday, ImportRefusedError, Person, Summary, parse
from bot.services.letters.search import QUERY_LIMIT, QUERY_MIN
from bot.services.post_content import DOWNLOAD_LIMIT

PAGE = 10  # people a reply shows at most
STALE_DAYS = 14  # older data is shown with a warning
Line = tuple[str, dict[str, Any]]


def _guide_button() -> tuple[tuple[Button, ...], ...]:
    return ((Button("letters-guide-button", "letters:guide"),),)


async def letters(request: Request, ctx: Context) -> list[Reply]:
    """`/letters`: this week's birthdays; `/letters NAME`: one person's address."""
    updated = await ctx.letters.updated_at()
    if updated is None:
        return [Reply("letters-no-data", buttons=_guide_button(), vanish=True)]
    query = _query(request)
    if len(query) > QUERY_LIMIT:
        lines = [("letters-query-too-long", {"limit": QUERY_LIMIT}), *await _month(ctx, request.locale)]
    elif 0 < len(query) < QUERY_MIN:
        lines = [("letters-query-too-short", {"min": QUERY_MIN}), *await _month(ctx, request.locale)]
    elif query:
        lines = await _search(ctx, query, request.locale)
    else:
        lines = await _week(ctx, request.locale)
    lines += _age_lines(ctx, updated)
    (key, values), *rest = lines
    return [Reply(key, values, lines=tuple(rest), buttons=_guide_button(), vanish=True)]


def _query(request: Request) -> str:
    """Everything after the command, spaces collapsed (the router keeps only the first words as args)."""
    parts = request.text.strip().split(maxsplit=1)
    rest = parts[1] if len(parts) > 1 and parts[0].startswith("/") else " ".join(request.args)
    return " ".join(rest.split())


async def _week(ctx: Context, locale: str) -> list[Line]:
    today = ctx.local().date()
    found = await ctx.letters.birthdays(today, WEEK)
    if not found:
        return [("letters-week-none", {}), *await _month(ctx, locale)]
    lines: list[Line] = [("letters-week-title", {"count": len(found)})]
    for birthday in found[:PAGE]:
        lines += _birthday_lines(birthday, locale)
    if len(found) > PAGE:
        lines.append(("letters-more", {"count": len(found) - PAGE}))
    return lines


async def _month(ctx: Context, locale: str) -> list[Line]:
    """The names whose birthday is in this month (names and days only: one short page)."""
    today = ctx.local().date()
    people = await ctx.letters.in_month(today.month)
    if not people:
        return []
    month = format_date(today, "LLLL", locale=locale)
    lines: list[Line] = [("letters-month-title", {"month": month, "count": len(people)})]
    for person in people[:PAGE]:
        day = date(2000, today.month, person.birth_day or 1)  # a leap year: 29 February exists
        lines.append(("letters-month-name", {"day": _day(day, locale), "name": person.name}))
    if len(people) > PAGE:
        lines.append(("letters-more-month", {"count": len(people) - PAGE}))
    return lines


async def _search(ctx: Context, query: str, locale: str) -> list[Line]:
    index = await ctx.letters.index()
    found = index.find(query, PAGE + 1)
    if found:
        lines: list[Line] = [("letters-found", {"count": min(len(found), PAGE)})]
        for person in found[:PAGE]:
            lines += _person_lines(person, locale)
        if len(found) > PAGE:
            lines.append(("letters-found-more", {}))
        return lines
    nearest = index.nearest(query, 3)
    if nearest:
        lines = [("letters-nearest", {})]
        for person in nearest:
            lines += _person_lines(person, locale)
        return lines
    return [("letters-not-found", {}), *await _month(ctx, locale)]


def _birthday_lines(birthday: Birthday, locale: str) -> list[Line]:
    person, day = birthday.person, _day(birthday.on, locale)
    if birthday.age is None:
        head: Line = ("letters-birthday", {"day": day, "name": person.name})
    else:
        head = ("letters-birthday-age", {"day": day, "name": person.name, "age": birthday.age})
    return [head, *_address_lines(person)]


def _person_lines(person: Person, locale: str) -> list[Line]:
    if person.birth_month is None or person.birth_day is None:
        head: Line = ("letters-person", {"name": person.name})
    else:
        born = date(person.birth_year or 2000, person.birth_month, person.birth_day)
        if person.birth_year:
            head = ("letters-person-born", {"name": person.name, "date": born})
        else:
            head = ("letters-person-born-day", {"name": person.name, "day": _day(born, locale)})
    return [head, *_address_lines(person)]


def _day(day: date, locale: str) -> str:
    """`10 December`, `10 снежня`: the day and month as the locale writes them, no year."""
    return format_skeleton("MMMMd", day, locale=locale)


def _address_lines(person: Person) -> list[Line]:
    """Who and where, as the envelope must say it (the address as Viasna writes it, in Cyrillic)."""
    if not person.address:
        return [("letters-no-address", {"prison": person.prison or "—"})]
    if person.birth_year:
        recipient: Line = ("letters-recipient-year", {"name": person.name, "year": str(person.birth_year)})
    else:
        recipient = ("letters-recipient", {"name": person.name})
    return [recipient, ("letters-address", {"address": person.address})]


def _age_lines(ctx: Context, updated: datetime) -> list[Line]:
    days = (ctx.now() - updated).days
    lines: list[Line] = [("letters-updated", {"date": ctx.local(updated).date()})]
    if days > STALE_DAYS:
        lines.append(("letters-stale", {"days": days}))
    return lines


async def guide(request: Request, ctx: Context) -> list[Reply]:
    """How to write so the letter arrives; in safe mode, what can be traced."""
    replies = [Reply(key, vanish=True) for key in ("letters-guide", "letters-samples", "letters-services")]
    if request.safe_mode:  # first: before anyone copies an address into a letter from Belarus
        replies.insert(0, Reply("letters-guide-safe", vanish=True))
    return replies


async def on_button(request: Request, ctx: Context) -> list[Reply]:
    """`letters:guide`."""
    if (request.callback or "").partition(":")[2] == "guide":
        return await guide(request, ctx)
    return [Reply("button-unknown")]


async def import_prisoners(request: Request, ctx: Context) -> list[Reply]:
    """A file sent with the caption /importprisoners: its summary, and a Confirm that replaces the list."""
    if not request.is_admin:
        return [Reply("admin-only")]
    files = [media for media in request.media if media.kind == "document"]
    if ctx.letters.download is None or not request.private:
        return [Reply("letters-import-telegram-only")]
    if len(files) != 1:
        return [Reply("letters-import-usage")]
    file = files[0]
    if file.size is not None and file.size > DOWNLOAD_LIMIT:
        return [Reply("letters-import-too-big", {"megabytes": DOWNLOAD_LIMIT // 1024 // 1024})]
    try:
        parsed = parse(await ctx.letters.download(file.file_id))
    except ImportRefusedError as exc:
        return [_refused(exc)]
    summary = await ctx.letters.summarise(parsed)
    draft = await ctx.letters.save_draft(file.file_id, "admin chat", parsed.fingerprint, ctx.now())
    buttons = (
        (Button("letters-import-confirm", f"letimp:{draft}"), Button("letters-import-cancel", "letimp:no")),
    )
    (key, values), *rest = _summary_lines(summary)
    return [Reply(key, values, lines=tuple(rest), buttons=buttons)]


def _summary_lines(summary: Summary) -> list[Line]:
    counts = {
        "rows": summary.rows,
        "active": summary.active,
        "birthdays": summary.with_birthday,
        "addresses": summary.with_address,
    }
    lines: list[Line] = [("letters-import-summary", counts)]
    if summary.first:
        lines.append(("letters-import-first", {}))
    else:
        changes = {"added": summary.added, "removed": summary.removed, "changed": summary.changed}
        lines.append(("letters-import-changes", changes))
    return lines


def _refused(exc: ImportRefusedError) -> Reply:
    """The rows and reasons (the parser's words, in English: for the admins, like the command line's)."""
    lines = tuple(
        ("letters-import-problem", {"row": row, "reason": reason})
        if row
        else ("letters-import-reason", {"reason": reason})
        for row, reason in exc.problems
    )
    return Reply("letters-import-refused", lines=lines)


async def confirm_import(request: Request, ctx: Context) -> list[Reply]:
    """`letimp:ID` (Confirm): fetch the same file again, and replace the list; `letimp:no`: nothing."""
    if not request.is_admin:
        return [Reply("admin-only")]
    choice = (request.callback or "").partition(":")[2]
    if choice == "no":
        return [Reply("letters-import-cancelled")]
    draft = (
        await ctx.letters.take_draft(int(choice), ctx.now())
        if choice.isdigit() and len(choice) < 10
        else None
    )
    if draft is None or ctx.letters.download is None:
        return [Reply("letters-import-gone")]
    file_id, source, fingerprint = draft
    try:
        parsed = parse(await ctx.letters.download(file_id))
    except ImportRefusedError as exc:
        return [_refused(exc)]
    if parsed.fingerprint != fingerprint:
        return [Reply("letters-import-gone")]
    summary = await ctx.letters.replace(parsed, source, ctx.now())
    await ctx.audit.record(request.user_ref, "import-prisoners", summary.active)
    return [Reply("letters-import-done", {"active": summary.active})]


def digest_button() -> tuple[Button, ...]:
    """The row under /subscribe's answer: add this week's birthdays to the daily digest."""
    return (Button("letters-digest-button-on", "letdig:on"),)


async def digest_choice(request: Request, ctx: Context) -> list[Reply]:
    """`letdig:on` / `letdig:off`: the digest's line "3 birthdays this week: /letters", or not."""
    wanted = (request.callback or "").partition(":")[2]
    if wanted not in {"on", "off"}:
        return [Reply("button-unknown")]
    if not await ctx.subscribers.set_letters(request.user_ref, wanted == "on"):
        return [Reply("letters-digest-not-subscribed", vanish=True)]
    if wanted == "off":
        return [Reply("letters-digest-off", vanish=True)]
    off = ((Button("letters-digest-button-off", "letdig:off"),),)
    return [Reply("letters-digest-on", buttons=off, vanish=True)]


COMMANDS = {"letters": letters, "howtowrite": guide, "importprisoners": import_prisoners}
CALLBACKS = {"letters": on_button, "letimp": confirm_import, "letdig": digest_choice}
GROUP_SAFE = {"letters", "howtowrite"}  # nothing in them is about the person who asks
