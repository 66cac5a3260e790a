"""/start and /help: the greeting, the language picker on first contact, the command list."""

from __future__ import annotations

from bot.core import Context, Reply, Request
from handlers.language import language_picker
from handlers.subscribe import subscribe_button


async def start(request: Request, ctx: Context) -> list[Reply]:
    """Greet in the best-guess language; on first contact, ask which language to keep."""
    if request.first_contact and request.private:
        return [Reply("start-greeting"), Reply("start-choose-language", buttons=language_picker())]
    buttons = subscribe_button() if request.private else ()
    return [Reply("start-greeting"), Reply("start-next-steps", buttons=buttons)]


async def help_(request: Request, ctx: Context) -> list[Reply]:
    """List what the bot can do."""
    return [Reply("help-text")]


COMMANDS = {"start": start, "help": help_}
GROUP_SAFE = {"start", "help"}  # their replies say nothing about the person who asked
