"""/stats: the latest count, dated and sourced, with its changes and a chart; /setstat for admins."""

from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal

from bot.core import Attachment, Context, Reply, Request
from bot.services.campaign import days_until_solidarity_day, next_solidarity_day
from bot.services.chart_process import ChartError, ChartJob
from bot.services.stats import ACCEPT_READING, Acceptance, Figure, Snapshot, age_in_days, parse_manual

Line = tuple[str, dict[str, Any]]


async def stats(request: Request, ctx: Context) -> list[Reply]:
    """The count held now (the headline), the one recognised since 2020, changes, source, chart."""
    snapshot = await ctx.stats.snapshot()
    history = snapshot.history
    if not history:
        return [Reply("stats-none")]
    latest = history[-1]
    lines = [*_figure_lines(latest, snapshot.recognised), *_change_lines(snapshot, request.locale)]
    lines += [_source_line(latest, request.safe_mode), *_stale_lines(ctx, snapshot)]
    lines.append(("stats-pledges", {"count": await ctx.pledges.public_count()}))
    today = ctx.local().date()
    lines.append(
        (
            "about-solidarity-day",
            {"date": next_solidarity_day(today), "days": days_until_solidarity_day(today)},
        )
    )
    (key, values), *rest = lines
    if request.safe_mode:  # no chart (it names its source's site), no link; gone after a while
        return [Reply(key, values, lines=tuple(rest), vanish=True)]
    chart = await chart_png(ctx, history, request.locale)
    attachment = Attachment("stats.png", chart, kind="photo") if chart is not None else None
    return [Reply(key, values, lines=tuple(rest), attachment=attachment)]


def _figure_lines(held: Figure, recognised: Figure | None) -> list[Line]:
    key = "stats-held-at-least" if held.at_least else "stats-held"
    lines: list[Line] = [(key, {"count": held.value, "date": held.as_of})]
    if recognised is not None:
        lines.append(("stats-recognised-at-least", {"count": recognised.value, "date": recognised.as_of}))
    return lines


def _change_lines(snapshot: Snapshot, locale: str) -> list[Line]:
    lines: list[Line] = []
    for key, days in (("stats-change-week", 7), ("stats-change-month", 30)):
        change = snapshot.changes.get(days)
        if change is not None:
            lines.append((key, {"change": format_decimal(change, format="+#,##0;−#,##0", locale=locale)}))
    return lines


def _source_line(figure: Figure, safe_mode: bool = False) -> Line:
    if figure.method == "manual":
        return (
            ("stats-source-manual", {"note": figure.source_note})
            if figure.source_note
            else ("stats-source-manual-bare", {})
        )
    if figure.source_url is None:
        return ("stats-source-viasna-reported", {})
    if safe_mode:
        return ("stats-source-viasna-no-link", {})
    return ("stats-source-viasna", {"url": figure.source_url})


def _stale_lines(ctx: Context, snapshot: Snapshot) -> list[Line]:
    """How long the source has failed, and how old the figure is once older than STATS_STALE_HOURS."""
    lines: list[Line] = []
    health = snapshot.health
    if health.failing_since is not None:
        hours = int((ctx.now() - health.failing_since).total_seconds() // 3600)
        lines.append(("stats-stale", {"hours": max(hours, 1)}))
    days = age_in_days(snapshot.history[-1], ctx.local().date(), ctx.settings.stats.stale_hours)
    if days is not None:
        lines.append(("stats-age", {"days": days}))
    return lines


async def chart_png(ctx: Context, history: list[Figure], locale: str) -> bytes | None:
    """Drawn once per (newest figure, locale), in a child process; then served from the cache.

    None when it cannot be drawn (the figures go out without it; the next /stats tries again).
    """
    key = (history[-1].id, history[-1].value, len(history))
    cached = ctx.charts.get(key, locale)  # the common case: no job to build
    if cached is not None:
        return cached
    title = ctx.catalog.format("chart-title", locale=locale)
    source = ctx.catalog.format("chart-source", locale=locale)
    points = tuple((figure.as_of, figure.value) for figure in history)
    try:
        return await ctx.charts.get_or_draw(key, ChartJob(points, title, source, locale))
    except ChartError:  # logged where it failed, once for every chart of that child
        return None


async def setstat(request: Request, ctx: Context) -> list[Reply]:
    """`/setstat 1135 [2025-12-23] [source…]`: an admin's figure when the source is unreachable."""
    if not request.is_admin:
        return [Reply("admin-only")]
    parsed = parse_manual(request.args, ctx.local().date())
    if parsed is None:
        return [Reply("setstat-usage")]
    value, as_of, note = parsed
    figure = await ctx.stats.record_manual(value, as_of, note, request.user_ref)  # audited there
    return [Reply("setstat-done", {"count": figure.value, "date": figure.as_of})]


async def accept_reading(request: Request, ctx: Context) -> list[Reply]:
    """The admins' button under a reading that waited after a long silence: store it as the newest figure."""
    if not request.is_admin:
        return [Reply("admin-only")]
    _, _, raw = (request.callback or "").partition(":")
    if not raw.isdigit():
        return [Reply("stats-awaiting-gone")]
    outcome, figure = await ctx.stats.accept_awaiting(int(raw), request.user_ref, ctx.now())
    if outcome is Acceptance.GONE or figure is None:
        return [Reply("stats-awaiting-gone")]
    values = {"count": figure.value, "date": figure.as_of}
    if outcome is Acceptance.OUTDATED:
        return [Reply("stats-awaiting-outdated", values)]
    return [Reply("stats-awaiting-accepted", values)]


async def share(request: Request, ctx: Context) -> list[Reply]:
    """A card with the count, its date and source, the hashtags and a link to the bot, to forward."""
    history = (await ctx.stats.snapshot()).history
    if not history:
        return [Reply("stats-none")]
    latest = history[-1]
    lines: list[Line] = []
    if request.bot_username and not request.safe_mode:
        lines.append(("share-link", {"link": f"https://t.me/{request.bot_username}"}))
    lines.append(("campaign-hashtags", {}))
    values = {"count": latest.value, "date": latest.as_of}
    return [Reply("share-card", values, lines=tuple(lines), vanish=True)]


COMMANDS = {"stats": stats, "setstat": setstat, "share": share}
CALLBACKS = {ACCEPT_READING: accept_reading}
GROUP_SAFE = {"stats", "share"}
