"""The admins' post queue: /newpost (time, repeat, texts, fallback, preview, confirm), /queue, /edit, /cancel.

One draft per admin lives in the database, so a restart or another instance carries on
where the admin was. Every variant is previewed exactly as it will be sent; Confirm
carries the draft's version, so a Confirm under an older preview queues nothing.
"""

from __future__ import annotations

import re

from bot.core import Button, Context, Reply, Request
from bot.services.post_content import check_caption, check_media, parse_alts, parse_buttons
from bot.services.post_input import Problem, check_post_text, parse_moment, wall_clock
from bot.services.posts import EVERY_LANGUAGE, Draft, PostService, Upcoming, media_problem
from bot.services.repeats import EVERY, MAX_OCCURRENCES, parse_end
from bot.settings import LOCALES

EXAMPLE_WHEN = "2027-05-21 09:00 Europe/Minsk"
LANG_ROW = 3
PREFIXED_TEXT = re.compile(r"^\s*([a-z]{2})\s*:\s*(.+)$", re.DOTALL)


def _refuse() -> list[Reply]:
    return [Reply("admin-only")]


def _problem(problem: Problem) -> list[Reply]:
    return [Reply(problem.key, {"example": EXAMPLE_WHEN, **problem.values}, buttons=_discard_row())]


def _discard_row() -> tuple[tuple[Button, ...], ...]:
    return ((Button("post-button-discard", "post:discard"),),)


def _languages(values: list[str]) -> str:
    return ", ".join(values) if values else "-"


def _yes(flag: bool) -> str:
    """Fluent selects on strings: `yes` or `no`."""
    return "yes" if flag else "no"


def _when(draft: Draft) -> str:
    return wall_clock(draft.due_at, draft.zone) if draft.due_at else "-"


# -- commands -------------------------------------------------------------------------------
async def new_post(request: Request, ctx: Context) -> list[Reply]:
    """Start a draft: first its date, time and zone."""
    if not request.is_admin:
        return _refuse()
    draft = await ctx.posts.start_draft(request.user_ref)
    return [Reply("post-ask-when", {"example": EXAMPLE_WHEN, "zone": draft.zone}, buttons=_discard_row())]


async def show_queue(request: Request, ctx: Context) -> list[Reply]:
    """Upcoming posts with their numbers and times in the admin's zone."""
    if not request.is_admin:
        return _refuse()
    upcoming = await ctx.posts.upcoming(ctx.now())
    if not upcoming:
        return [Reply("post-queue-empty")]
    zone = await ctx.posts.admin_zone(request.user_ref)
    lines = tuple(line for queued in upcoming for line in _queue_lines(queued, zone))
    return [Reply("post-queue-head", {"count": len(upcoming)}, lines=lines)]


def _queue_lines(queued: Upcoming, zone: str) -> list[tuple[str, dict[str, object]]]:
    """A post's line in /queue (its next time), and for a repeating one: how often, how many to go."""
    post = queued.post
    item = {
        "id": post.public_id,
        "when": wall_clock(queued.next_at, zone),
        "kind": post.kind,
        "languages": _languages(sorted(post.texts)),
        "channels": queued.channels,
    }
    lines: list[tuple[str, dict[str, object]]] = [("post-queue-item", item)]
    if post.repeat is not None:
        rest = {"every": post.repeat.every, "times": queued.times, "last": wall_clock(queued.last_at, zone)}
        lines.append(("post-queue-repeat", rest))
    return lines


def _post_id(request: Request) -> int | None:
    if len(request.args) != 1:
        return None
    digits = request.args[0].lstrip("#")
    return int(digits) if digits.isdigit() and len(digits) < 10 else None


async def cancel_post(request: Request, ctx: Context) -> list[Reply]:
    """`/cancel 12`: a queued post that has not started going out is cancelled."""
    if not request.is_admin:
        return _refuse()
    post_id = _post_id(request)
    if post_id is None:
        return [Reply("post-id-usage", {"command": "/cancel"})]
    post = await ctx.posts.get(post_id)
    if await ctx.posts.cancel(post_id, request.user_ref):
        repeating = post is not None and post.repeat is not None
        return [Reply("post-cancelled-repeat" if repeating else "post-cancelled", {"id": post_id})]
    return [Reply("post-not-changeable", {"id": post_id})]


async def edit_post(request: Request, ctx: Context) -> list[Reply]:
    """`/edit 12`: a draft copy of the post; it replaces the post only once confirmed."""
    if not request.is_admin:
        return _refuse()
    post_id = _post_id(request)
    if post_id is None:
        return [Reply("post-id-usage", {"command": "/edit"})]
    post = await ctx.posts.get(post_id)
    if post is None or post.kind != "queued" or post.status != "queued":
        return [Reply("post-not-changeable", {"id": post_id})]
    draft = await ctx.posts.start_draft(request.user_ref, replaces=post)
    return _menu(draft, ctx)


# -- free text while a draft waits for it ------------------------------------------------------
async def draft_text(request: Request, ctx: Context) -> list[Reply] | None:
    """An admin's message that the draft waits for: its time, or a text; None if no draft waits."""
    if not request.is_admin:
        return None
    draft = await ctx.posts.draft_of(request.user_ref)
    if request.media:
        return await _draft_photo(request, ctx, draft)
    if draft is None or draft.step is None:
        return None
    if draft.step.startswith("alt:"):
        return await _draft_alts(request, ctx, draft)
    if draft.step == "buttons":
        return await _draft_buttons(request, ctx, draft)
    if draft.step == "when":
        moment = parse_moment(request.text, draft.zone, ctx.now())
        if isinstance(moment, Problem):
            return _problem(moment)
        await ctx.posts.set_moment(draft.id, moment)
        return _menu(await _reload(ctx, request), ctx)
    if draft.step.startswith("repeat:"):
        repeat = parse_end(request.text, draft.step.partition(":")[2], draft.due_at, draft.zone)
        if isinstance(repeat, Problem):
            return _problem(repeat)
        await ctx.posts.set_repeat(draft.id, repeat)
        return _menu(await _reload(ctx, request), ctx)
    locale, body = _text_for(draft, request.post_source)
    if locale is None:
        return [Reply("post-texts-how", buttons=_menu_buttons(draft))]
    problem = check_post_text(body) or (check_caption(body, locale) if draft.photos else None)
    if problem is not None:
        return _problem(problem)
    await ctx.posts.set_text(draft.id, locale, body)
    return _menu(await _reload(ctx, request), ctx)


async def _draft_photo(request: Request, ctx: Context, draft: Draft | None) -> list[Reply]:
    """A photo (or an album's item) for the draft, its caption the text in one language."""
    if draft is None or draft.step is None:
        return [Reply("post-photo-no-draft")]
    if draft.step == "when":
        return [Reply("post-photo-not-yet", buttons=_discard_row())]
    media = request.media[0]
    problem = check_media(media)
    locale, caption = _text_for(draft, request.post_source) if request.text.strip() else (None, "")
    if problem is None and caption and locale is None:
        return [Reply("post-texts-how", buttons=_menu_buttons(draft))]
    if problem is None and caption:
        problem = check_post_text(caption) or check_caption(caption, locale or "")
    for code, body in sorted(draft.texts.items()):
        if problem is None and code != locale:
            problem = check_caption(body, code)
    if problem is not None:
        return _problem(problem)
    order = request.message_id or 0
    added = await ctx.posts.add_photo(draft.id, media, request.media_group, bool(caption), order)
    if isinstance(added, Problem):
        return _problem(added)
    if caption and locale is not None:
        await ctx.posts.set_text(draft.id, locale, caption)
    _, began = added
    if not began:
        return []  # the next item of the album just sent: one menu for the album is enough
    return _menu(await _reload(ctx, request), ctx)


async def _draft_alts(request: Request, ctx: Context, draft: Draft) -> list[Reply]:
    """The photos' descriptions in the language the step names."""
    locale = (draft.step or "").partition(":")[2]
    if not draft.photos or locale not in LOCALES:
        await ctx.posts.set_step(draft.id, "texts")
        return _menu(draft, ctx)
    alts = parse_alts(request.text, len(draft.photos))
    if isinstance(alts, Problem):
        return _problem(alts)
    await ctx.posts.set_alts(draft.id, locale, alts)
    return _menu(await _reload(ctx, request), ctx)


async def _draft_buttons(request: Request, ctx: Context, draft: Draft) -> list[Reply]:
    """`label | https://…` lines; `xx:` first names the language, else they serve every language."""
    prefixed = PREFIXED_TEXT.match(request.text)
    locale, text = EVERY_LANGUAGE, request.text
    if prefixed and prefixed.group(1) in LOCALES:
        locale, text = prefixed.group(1), prefixed.group(2)
    buttons = parse_buttons(text)
    if isinstance(buttons, Problem):
        return _problem(buttons)
    await ctx.posts.set_buttons(draft.id, locale, buttons)
    return _menu(await _reload(ctx, request), ctx)


def _text_for(draft: Draft, text: str) -> tuple[str | None, str]:
    """`text:be` waits for Belarusian; `xx: …` names its language itself."""
    prefixed = PREFIXED_TEXT.match(text)
    if prefixed and prefixed.group(1) in LOCALES:
        return prefixed.group(1), prefixed.group(2).strip()
    if draft.step is not None and draft.step.startswith("text:"):
        return draft.step.partition(":")[2], text.strip()
    return None, text


async def _reload(ctx: Context, request: Request) -> Draft:
    draft = await ctx.posts.draft_of(request.user_ref)
    assert draft is not None  # noqa: S101 - the admin's own draft, just written
    return draft


# -- the draft's menus ---------------------------------------------------------------------------
def _menu_buttons(draft: Draft) -> tuple[tuple[Button, ...], ...]:
    buttons = [
        Button(
            "post-button-language",
            f"post:lang:{code}",
            {"done": _yes(code in draft.texts)},
            code,
        )
        for code in LOCALES
    ]
    rows = [tuple(buttons[i : i + LANG_ROW]) for i in range(0, len(buttons), LANG_ROW)]
    rows.append((Button("post-button-photos", "post:media"), Button("post-button-links", "post:links")))
    rows.append(
        (
            Button("post-button-when", "post:when"),
            Button("post-button-repeat", "post:repeat"),
            Button("post-button-preview", "post:next"),
        )
    )
    rows.append((Button("post-button-discard", "post:discard"),))
    return tuple(rows)


def _media_line(draft: Draft) -> tuple[str, dict[str, object]]:
    """The draft's photos, the languages that describe all of them, and its buttons."""
    described = [
        code for code in LOCALES if draft.photos and all(code in photo.alts for photo in draft.photos)
    ]
    values: dict[str, object] = {
        "photos": len(draft.photos),
        "described": _languages(described),
        "buttons": len(draft.buttons.get(EVERY_LANGUAGE, ())),
        "button_languages": _languages(sorted(code for code in draft.buttons if code != EVERY_LANGUAGE)),
    }
    return "post-menu-media", values


def _menu(draft: Draft, ctx: Context) -> list[Reply]:
    values = {
        "id": draft.public_id,
        "editing": _yes(draft.replaces is not None),
        "when": _when(draft),
        "written": _languages(sorted(draft.texts)),
        "channels": _languages([target for _, target in ctx.posts.targets]),
    }
    return [
        Reply(
            "post-texts-menu",
            values,
            buttons=_menu_buttons(draft),
            lines=(_media_line(draft), _repeat_line(draft, ctx.posts)),
        )
    ]


def _repeat_line(draft: Draft, posts: PostService) -> tuple[str, dict[str, object]]:
    """`Repeat: every day, 3 times, the last on …`, or `no`."""
    if draft.repeat is None:
        return "post-repeat-line", {"every": "none", "times": 1, "last": _when(draft)}
    times = posts.occurrences(draft)
    last = wall_clock(times[-1], draft.zone) if times else "-"
    return "post-repeat-line", {"every": draft.repeat.every, "times": len(times), "last": last}


def _preview(draft: Draft, ctx: Context) -> list[Reply]:
    variants = ctx.posts.plan(draft)
    if not variants:
        return [Reply("post-nothing-to-send", buttons=_menu_buttons(draft))]
    head = {"when": _when(draft), "count": len(variants)}
    repeats = (_repeat_line(draft, ctx.posts),) if draft.repeat else ()
    replies = [Reply("post-preview-head", head, lines=repeats)]
    for variant in variants:
        values = {
            "channel": variant.channel,
            "locale": variant.locale,
            "text_locale": variant.text_locale,
            "fallback": _yes(variant.text_locale != variant.locale),
        }
        shown = Reply.as_post(variant.content) if variant.photos or variant.buttons else None
        replies += [Reply("post-preview-variant", values), shown or Reply.as_html(variant.body)]
    skipped = [locale for locale in ctx.posts.locales if locale not in {v.locale for v in variants}]
    confirm = (
        (Button("post-button-confirm", f"post:ok:{draft.id}:{draft.version}"),),
        (Button("post-button-back", "post:texts"), Button("post-button-discard", "post:discard")),
    )
    replies.append(Reply("post-preview-confirm", {"skipped": _languages(skipped)}, buttons=confirm))
    return replies


# -- buttons ------------------------------------------------------------------------------------------
async def on_button(request: Request, ctx: Context) -> list[Reply]:
    """`post:…` buttons of the draft menus."""
    if not request.is_admin:
        return _refuse()
    _, action, arg = [*(request.callback or "").split(":", 2), "", ""][:3]
    draft = await ctx.posts.draft_of(request.user_ref)
    if draft is None:
        return [Reply("post-no-draft")]
    if action == "discard":
        await ctx.posts.discard(draft)
        return [Reply("post-discarded")]
    if action == "ok":
        return await _confirm(request, ctx, draft, arg)
    if action == "when":
        await ctx.posts.set_step(draft.id, "when")
        return [Reply("post-ask-when", {"example": EXAMPLE_WHEN, "zone": draft.zone}, buttons=_discard_row())]
    if action == "repeat":
        return await _ask_repeat(ctx, draft)
    if action == "rep" and (arg in EVERY or arg == "-"):
        if arg == "-":
            await ctx.posts.set_repeat(draft.id, None)
            return _menu(await _reload(ctx, request), ctx)
        await ctx.posts.set_step(draft.id, f"repeat:{arg}")
        values = {"every": arg, "max": MAX_OCCURRENCES}
        return [Reply("post-ask-repeat-end", values, buttons=((Button("post-button-back", "post:texts"),),))]
    if action == "lang" and arg in LOCALES:
        await ctx.posts.set_step(draft.id, f"text:{arg}")
        buttons = [Button("post-button-back", "post:texts")]
        if arg in draft.texts:
            buttons.insert(0, Button("post-button-remove", f"post:drop:{arg}"))
        values = {"language": arg, "has_text": _yes(arg in draft.texts)}
        return [Reply("post-ask-text", values, buttons=(tuple(buttons),))]
    if action == "drop" and arg in LOCALES:
        await ctx.posts.drop_text(draft.id, arg)
        return _menu(await _reload(ctx, request), ctx)
    if action == "texts":
        await ctx.posts.set_step(draft.id, "texts")
        return _menu(draft, ctx)
    if action == "next":
        return await _next(request, ctx, draft)
    if action in {"media", "alt", "nophotos", "links"}:
        return await _media_button(ctx, draft, action, arg)
    if action == "fb" and (arg in draft.texts or arg == "-"):
        await ctx.posts.set_fallback(draft.id, None if arg == "-" else arg)
        return _preview(await _reload(ctx, request), ctx)
    return [Reply("button-unknown")]


async def _ask_repeat(ctx: Context, draft: Draft) -> list[Reply]:
    """Once, every day or every week (then until when); the time comes first."""
    if draft.due_at is None:
        await ctx.posts.set_step(draft.id, "when")
        return [Reply("post-ask-when", {"example": EXAMPLE_WHEN, "zone": draft.zone}, buttons=_discard_row())]
    choices = (
        (
            Button("post-button-repeat-daily", "post:rep:daily"),
            Button("post-button-repeat-weekly", "post:rep:weekly"),
        ),
        (Button("post-button-repeat-none", "post:rep:-"), Button("post-button-back", "post:texts")),
    )
    return [Reply("post-ask-repeat", {"when": _when(draft)}, buttons=choices)]


async def _media_button(ctx: Context, draft: Draft, action: str, arg: str) -> list[Reply]:
    """The photos' menu (descriptions by language, remove), the ask for buttons."""
    back = Button("post-button-back", "post:texts")
    if action == "links":
        await ctx.posts.set_step(draft.id, "buttons")
        return [Reply("post-ask-buttons", {"limit": 3}, buttons=((back,),))]
    if action == "nophotos":
        await ctx.posts.drop_photos(draft.id)
        await ctx.posts.set_step(draft.id, "texts")
        return [Reply("post-photos-removed", buttons=_menu_buttons(draft))]
    if not draft.photos:
        return [Reply("post-photos-how", buttons=((back,),))]
    if action == "alt" and arg in LOCALES:
        await ctx.posts.set_step(draft.id, f"alt:{arg}")
        return [Reply("post-ask-alt", {"language": arg, "count": len(draft.photos)}, buttons=((back,),))]
    toggles = [
        Button(
            "post-button-language",
            f"post:alt:{code}",
            {"done": _yes(all(code in photo.alts for photo in draft.photos))},
            code,
        )
        for code in LOCALES
    ]
    rows = [tuple(toggles[i : i + LANG_ROW]) for i in range(0, len(toggles), LANG_ROW)]
    rows.append((Button("post-button-remove-photos", "post:nophotos"), back))
    return [Reply("post-photos-menu", {"count": len(draft.photos)}, buttons=tuple(rows))]


async def _next(request: Request, ctx: Context, draft: Draft) -> list[Reply]:
    """From the language menu: ask for a fallback if channels lack a text, else preview."""
    if draft.due_at is None:
        await ctx.posts.set_step(draft.id, "when")
        return [Reply("post-ask-when", {"example": EXAMPLE_WHEN, "zone": draft.zone}, buttons=_discard_row())]
    if not draft.texts:
        return [Reply("post-no-texts", buttons=_menu_buttons(draft))]
    problem = media_problem(draft, [])  # Mastodon's descriptions are checked at confirm
    if problem is not None:
        return _problem(problem)
    missing = ctx.posts.uncovered(draft)
    if missing:
        await ctx.posts.set_step(draft.id, "fallback")
        choices = [
            (Button("post-button-fallback", f"post:fb:{code}", {"language": code}),)
            for code in sorted(draft.texts)
        ]
        choices.append((Button("post-button-skip", "post:fb:-"),))
        return [Reply("post-ask-fallback", {"missing": _languages(missing)}, buttons=tuple(choices))]
    await ctx.posts.set_step(draft.id, "preview")
    return _preview(await _reload(ctx, request), ctx)


async def _confirm(request: Request, ctx: Context, draft: Draft, arg: str) -> list[Reply]:
    draft_id, _, version = arg.partition(":")
    if not (draft_id.isdigit() and version.isdigit()) or int(draft_id) != draft.id:
        return [Reply("post-draft-changed")]
    queued = await ctx.posts.confirm(draft.id, int(version), request.user_ref, ctx.now())
    if isinstance(queued, Problem):
        return [Reply(queued.key, {"example": EXAMPLE_WHEN, **queued.values})]
    values = {"id": queued.id, "when": _when(queued), "count": len(ctx.posts.plan(queued))}
    repeats = (_repeat_line(queued, ctx.posts),) if queued.repeat else ()
    return [Reply("post-queued", values, lines=repeats)]


COMMANDS = {"newpost": new_post, "queue": show_queue, "cancel": cancel_post, "edit": edit_post}
CALLBACKS = {"post": on_button}
TEXT = draft_text
