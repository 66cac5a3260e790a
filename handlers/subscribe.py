"""/subscribe and /unsubscribe (the daily digest), and the admins' /broadcast to every subscriber."""

from __future__ import annotations

import re
import secrets

from bot.core import Button, Context, Reply, Request
from bot.services.post_content import Photo, PostContent, check_caption, check_media
from bot.services.post_input import Problem, check_post_text
from bot.settings import LOCALES
from handlers.safety import safe_mode_question, safety_unanswered

SUBSCRIBE_PLATFORMS = {"telegram"}  # where the bot can write to a person first
LOCALE_FILTER = re.compile(r"^[a-z]{2}(?:,[a-z]{2})*$")
ALL = "all"  # a broadcast to every subscriber, whatever their language
LANG_ROW = 3  # language buttons per row


def subscribe_button() -> tuple[tuple[Button, ...], ...]:
    """The button under /start and /stats."""
    return ((Button("subscribe-button", "sub:on"),),)


def _time(ctx: Context) -> dict[str, str]:
    return {"time": ctx.settings.broadcasts.digest_time, "zone": ctx.settings.core.timezone}


async def subscribe(request: Request, ctx: Context) -> list[Reply]:
    """Start the daily digest in the person's language."""
    if request.platform not in SUBSCRIBE_PLATFORMS:
        return [Reply("subscribe-telegram-only")]
    new = await ctx.subscribers.subscribe(request.user_ref, request.platform, request.address, request.locale)
    if request.first_contact:  # the digest's language is the one they read now: keep it
        await ctx.people.choose_locale(request.user_ref, request.locale)
    buttons = ((Button("unsubscribe-button", "sub:off"),),)
    key = "subscribe-done" if new else "subscribe-already"
    replies = [Reply(key, _time(ctx), buttons=buttons, vanish=True)]
    if safety_unanswered(request):  # the digest will arrive in this chat every day: ask now
        replies.append(safe_mode_question(ctx))
    return replies


async def unsubscribe(request: Request, ctx: Context) -> list[Reply]:
    """Stop the digest; nothing about the subscription is kept."""
    if await ctx.subscribers.unsubscribe(request.user_ref):
        return [Reply("unsubscribe-done", vanish=True)]
    return [Reply("unsubscribe-none", vanish=True)]


async def on_button(request: Request, ctx: Context) -> list[Reply]:
    """`sub:on` / `sub:off`."""
    action = (request.callback or "").partition(":")[2]
    if action == "on":
        return await subscribe(request, ctx)
    if action == "off":
        return await unsubscribe(request, ctx)
    return [Reply("button-unknown")]


async def broadcast(request: Request, ctx: Context) -> list[Reply]:
    """`/broadcast TEXT`: the whole text, previewed; the preview's buttons choose the languages."""
    if not request.is_admin:
        return [Reply("admin-only")]
    parts = request.post_source.strip().split(maxsplit=1)
    body = parts[1].strip() if len(parts) > 1 else ""  # everything after the command, line breaks kept
    if not body:
        return [Reply("broadcast-usage")]
    problem = check_post_text(body) or _photo_problem(request, body)
    if problem is not None:
        return [Reply(problem.key, problem.values)]
    key = f"admin:{secrets.token_hex(8)}"
    texts = dict.fromkeys(LOCALES, body)
    photos = tuple(media.file_id for media in request.media)  # sent by this file_id to everyone
    draft = await ctx.subscribers.create_broadcast(
        key, "admin", texts, None, request.user_ref, "draft", photos=photos
    )
    assert draft is not None  # noqa: S101 - a fresh random key
    audience = await _audience(ctx, draft, (), picking=False)
    if photos:
        return [Reply.as_post(PostContent(body, tuple(Photo(file_id) for file_id in photos))), audience]
    return [Reply.as_html(body), audience]


def _photo_problem(request: Request, body: str) -> Problem | None:
    """A broadcast's photo: one image, its caption (the text) within Telegram's caption limit."""
    if not request.media:
        return None
    if request.media_group is not None:
        return Problem("broadcast-photo-one")
    return check_media(request.media[0]) or check_caption(body, request.locale)


async def _audience(ctx: Context, draft: int, chosen: tuple[str, ...], picking: bool) -> Reply:
    """Who gets the draft (nobody chosen: everyone), how many they are, and the buttons to change it."""
    count = await ctx.subscribers.count(chosen or None)
    values = {"count": count, "languages": ", ".join(chosen) if chosen else ALL}
    current = ",".join(chosen) or ALL
    rows: list[tuple[Button, ...]] = []
    if picking:
        toggles = [
            Button(
                "post-button-language",
                f"bc:pick:{draft}:{_toggle(chosen, code)}",
                {"done": _yes(code in chosen)},
                code,
            )
            for code in LOCALES
        ]
        rows += [tuple(toggles[i : i + LANG_ROW]) for i in range(0, len(toggles), LANG_ROW)]
        rows.append((Button("broadcast-button-all", f"bc:pick:{draft}:{ALL}", {"done": _yes(not chosen)}),))
    else:
        rows.append((Button("broadcast-button-languages", f"bc:pick:{draft}:{current}"),))
    confirm = Button("broadcast-button-confirm", f"bc:go:{draft}:{current}")
    rows.append((confirm, Button("post-button-discard", f"bc:drop:{draft}")))
    return Reply("broadcast-preview", values, buttons=tuple(rows))


def _toggle(chosen: tuple[str, ...], code: str) -> str:
    """The choice after tapping `code`: from everyone, that language alone; else in or out of the set."""
    picked = set(chosen) ^ {code}
    ordered = [locale for locale in LOCALES if locale in picked]
    return ",".join(ordered) if ordered and len(ordered) < len(LOCALES) else ALL


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _chosen(audience: str) -> tuple[str, ...] | None:
    """`all` -> (); `be,ru` -> ("be", "ru"); anything else -> None."""
    if audience == ALL:
        return ()
    codes = tuple(dict.fromkeys(audience.split(",")))
    return codes if LOCALE_FILTER.match(audience) and set(codes) <= set(LOCALES) else None


async def on_broadcast_button(request: Request, ctx: Context) -> list[Reply]:
    """`bc:pick:ID:WHO` shows the languages; `bc:go:ID:WHO` starts it for WHO; `bc:drop:ID` drops it."""
    if not request.is_admin:
        return [Reply("admin-only")]
    _, action, number, audience = [*(request.callback or "").split(":", 3), "", "", ""][:4]
    chosen = _chosen(audience) if audience else None
    if not number.isdigit() or (action in {"go", "pick"} and audience and chosen is None):
        return [Reply("button-unknown")]
    draft = int(number)
    if action == "pick" and chosen is not None and await ctx.subscribers.is_draft(draft, request.user_ref):
        return [await _audience(ctx, draft, chosen, picking=True)]
    # An older preview's Send (`bc:go:ID`, no audience) keeps the languages that draft was made with.
    if action == "go" and await ctx.subscribers.start(draft, request.user_ref, chosen):  # audited there
        return [Reply("broadcast-started", {"id": draft})]
    if action == "drop" and await ctx.subscribers.drop_draft(draft, request.user_ref):
        return [Reply("broadcast-discarded")]
    return [Reply("broadcast-gone")]


COMMANDS = {"subscribe": subscribe, "unsubscribe": unsubscribe, "broadcast": broadcast}
CALLBACKS = {"sub": on_button, "bc": on_broadcast_button}
