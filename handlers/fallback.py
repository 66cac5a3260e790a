"""Replies for what no feature claims: unknown commands, free text, stale buttons."""

from __future__ import annotations

from bot.core import Context, Reply, Request

COMMAND_SHOWN_MAX = 32


async def unknown_command(request: Request, ctx: Context) -> list[Reply]:
    """Name the command we do not know and point to /help."""
    return [Reply("unknown-command", {"command": f"/{(request.command or '')[:COMMAND_SHOWN_MAX]}"})]


async def free_text(request: Request, ctx: Context) -> list[Reply]:
    """The bot answers commands; say so kindly."""
    return [Reply("free-text")]


async def private_only(request: Request, ctx: Context) -> list[Reply]:
    """In a group, personal commands would answer in front of everyone: point to a private chat."""
    return [Reply("private-only")]


async def unknown_button(request: Request, ctx: Context) -> list[Reply]:
    """A button from an old message, or forged data."""
    return [Reply("button-unknown")]
