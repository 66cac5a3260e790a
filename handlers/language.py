"""/lang: choose the language the bot speaks; the choice is stored and survives restarts."""

from __future__ import annotations

from bot.core import Button, Context, Reply, Request
from bot.settings import LOCALES
from handlers.safety import safe_mode_question, safety_unanswered

PICKER_ROW = 3


def language_picker() -> tuple[tuple[Button, ...], ...]:
    """The nine languages as buttons, each labelled in its own language."""
    buttons = [Button("language-name", f"lang:{code}", locale=code) for code in LOCALES]
    return tuple(tuple(buttons[i : i + PICKER_ROW]) for i in range(0, len(buttons), PICKER_ROW))


async def lang(request: Request, ctx: Context) -> list[Reply]:
    """`/lang` shows the picker; `/lang be` switches at once."""
    if not request.args:
        return [Reply("lang-choose", buttons=language_picker())]
    code = request.args[0].lower()
    if code not in LOCALES:
        values = {"code": request.args[0][:16], "codes": ", ".join(LOCALES)}
        return [Reply("lang-unknown", values, buttons=language_picker())]
    return await _switch(request, ctx, code)


async def choose(request: Request, ctx: Context) -> list[Reply]:
    """A press on one of the picker's buttons (`lang:be`)."""
    code = (request.callback or "").partition(":")[2]
    if code not in LOCALES:
        return [Reply("button-unknown")]
    return await _switch(request, ctx, code)


async def _switch(request: Request, ctx: Context, code: str) -> list[Reply]:
    await ctx.people.choose_locale(request.user_ref, code)
    replies = [Reply("lang-changed", locale=code)]
    if safety_unanswered(request):  # then the question that protects people, until it is answered
        replies.append(safe_mode_question(ctx, locale=code))
    return replies


COMMANDS = {"lang": lang, "language": lang}
CALLBACKS = {"lang": choose}
