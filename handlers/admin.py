"""Admin commands (ADMIN_IDS only): /export of the pledges as CSV."""

from __future__ import annotations

import io

from bot.core import Attachment, Context, Reply, Request
from bot.services.export import write_csv


async def export(request: Request, ctx: Context) -> list[Reply]:
    """The pledges as a CSV file, for admins only."""
    if not request.is_admin:
        return [Reply("admin-only")]
    buffer = io.StringIO()
    count = await write_csv(ctx.pledges.export(), buffer)
    await ctx.audit.record(request.user_ref, "export", count)
    now = ctx.local()
    attachment = Attachment(f"pledges-{now:%Y%m%d-%H%M}.csv", buffer.getvalue().encode("utf-8"))
    return [Reply("export-caption", {"count": count, "date": now}, attachment=attachment)]


COMMANDS = {"export": export}
