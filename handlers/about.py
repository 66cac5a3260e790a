"""/about: what the campaign demands (from FACTS.md), when the Day of Solidarity is, its real accounts."""

from __future__ import annotations

from bot.core import Context, Reply, Request
from bot.services.campaign import days_until_solidarity_day, next_solidarity_day
from handlers.safety import official_accounts


async def about(request: Request, ctx: Context) -> list[Reply]:
    """The campaign's demands, then the coming May 21 and the days left until it."""
    today = ctx.local().date()
    values = {"date": next_solidarity_day(today), "days": days_until_solidarity_day(today)}
    replies = [Reply("about-campaign", vanish=True), Reply("about-solidarity-day", values, vanish=True)]
    if request.safe_mode:  # handles and links would mark the chat; /privacy still lists them
        return replies
    return [*replies, *official_accounts(ctx)]


COMMANDS = {"about": about}
GROUP_SAFE = {"about"}
