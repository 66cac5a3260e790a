"""/desk: the admins' Mini App (bot/web/desk), opened by a button in the admin's private chat."""

from __future__ import annotations

from bot.core import WEB_APP_PREFIX, Button, Context, Reply, Request
from bot.settings import desk_url


async def desk(request: Request, ctx: Context) -> list[Reply]:
    """A button that opens the desk (Telegram only signs a Mini App's launch for a web_app button)."""
    if not request.is_admin:
        return [Reply("admin-only")]
    url = desk_url(ctx.settings)
    if url is None or request.platform != "telegram":
        return [Reply("desk-not-configured")]
    return [Reply("desk-open", buttons=((Button("desk-open-button", f"{WEB_APP_PREFIX}{url}"),),))]


COMMANDS = {"desk": desk}
