"""/about: what the campaign demands (from FACTS.md), and when the Day of Solidarity is."""

from __future__ import annotations

from bot.core import Context, Reply, Request
from bot.services.campaign import days_until_solidarity_day, next_solidarity_day


async def about(request: Request, ctx: Context) -> list[Reply]:
    """The campaign's demands, then the coming May 21 and the days left until it."""
    today = ctx.local().date()
    values = {"date": next_solidarity_day(today), "days": days_until_solidarity_day(today)}
    return [Reply("about-campaign"), Reply("about-solidarity-day", values)]


COMMANDS = {"about": about}
GROUP_SAFE = {"about"}
