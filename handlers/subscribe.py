"""/subscribe and /unsubscribe (the daily digest), and the admins' /broadcast to every subscriber."""

from __future__ import annotations

import re
import secrets

from bot.core import Button, Context, Reply, Request
from bot.services.post_input import check_post_text
from bot.settings import LOCALES
from handlers.safety import safe_mode_question, safety_unanswered

SUBSCRIBE_PLATFORMS = {"telegram"}  # where the bot can write to a person first
LOCALE_FILTER = re.compile(r"^[a-z]{2}(?:,[a-z]{2})*$")


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
    """`/broadcast [be,ru] TEXT`: a preview to every (matching) subscriber, sent once confirmed."""
    if not request.is_admin:
        return [Reply("admin-only")]
    rest = request.text.strip().split(maxsplit=1)[1:]
    words = rest[0].split(maxsplit=1) if rest else []
    locales: list[str] | None = None
    if words and LOCALE_FILTER.match(words[0]) and set(words[0].split(",")) <= set(LOCALES):
        locales, words = words[0].split(","), words[1:]
    body = words[0].strip() if words else ""
    if not body:
        return [Reply("broadcast-usage")]
    problem = check_post_text(body)
    if problem is not None:
        return [Reply(problem.key, problem.values)]
    key = f"admin:{secrets.token_hex(8)}"
    texts = dict.fromkeys(locales or LOCALES, body)
    draft = await ctx.subscribers.create_broadcast(key, "admin", texts, locales, request.user_ref, "draft")
    count = await ctx.subscribers.count(locales)
    values = {"count": count, "languages": ", ".join(locales) if locales else "-"}
    confirm = Button("broadcast-button-confirm", f"bc:go:{draft}")
    buttons = ((confirm, Button("post-button-discard", f"bc:drop:{draft}")),)
    return [Reply.as_html(body), Reply("broadcast-preview", values, buttons=buttons)]


async def on_broadcast_button(request: Request, ctx: Context) -> list[Reply]:
    """`bc:go:ID` starts the previewed broadcast; `bc:drop:ID` drops it."""
    if not request.is_admin:
        return [Reply("admin-only")]
    _, action, number = [*(request.callback or "").split(":", 2), "", ""][:3]
    if not number.isdigit():
        return [Reply("button-unknown")]
    if action == "go" and await ctx.subscribers.start(int(number), request.user_ref):
        await ctx.audit.record(request.user_ref, "broadcast", number)
        return [Reply("broadcast-started", {"id": int(number)})]
    if action == "drop" and await ctx.subscribers.drop_draft(int(number), request.user_ref):
        return [Reply("broadcast-discarded")]
    return [Reply("broadcast-gone")]


COMMANDS = {"subscribe": subscribe, "unsubscribe": unsubscribe, "broadcast": broadcast}
CALLBACKS = {"sub": on_button, "bc": on_broadcast_button}
