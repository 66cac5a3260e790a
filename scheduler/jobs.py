"""The jobs the clock runs: plain functions that take the services they need.

They live beside the services (`CollectorSync.run_once`, `MilestoneAnnouncer.run_once`);
this module wires them to the clock with the intervals below.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from functools import partial

from bot.services.milestones import MilestoneAnnouncer, SendToChannel
from bot.services.stats import Outcome, StatsService
from bot.services.stats_source import SourceError, StatsSource
from bot.services.sync import CollectorSync
from bot.settings import Settings
from bot.storage.models import utcnow
from bot.storage.session import Database
from scheduler.clock import Clock

log = logging.getLogger(__name__)
# (message key, values) -> sent to every admin in their language
NotifyAdmins = Callable[[str, Mapping[str, object]], Awaitable[None]]

MILESTONE_SECONDS, SYNC_SECONDS = 30.0, 5.0


def schedule_pledge_jobs(clock: Clock, settings: Settings, db: Database, send: SendToChannel) -> None:
    """Milestone posts to the channels, and the sync to the collector when one is configured."""
    announcer = MilestoneAnnouncer(db, settings.telegram.channels)
    clock.every(MILESTONE_SECONDS, partial(announcer.run_once, send), "milestones")
    if settings.pledges.sync_url:
        clock.every(SYNC_SECONDS, CollectorSync(db, settings.pledges).run_once, "pledge-sync")


async def refresh_stats(source: StatsSource, stats: StatsService, notify_admins: NotifyAdmins) -> None:
    """Fetch the live count; store it, keep it aside, or note the failure; tell the admins once."""
    now = utcnow()
    try:
        reading = await source.fetch()
    except SourceError as exc:
        log.warning("stats source failed: %s", exc.reason)
        if await stats.record_failure(exc.reason, now):
            await notify_admins(
                "stats-alert-stale", {"hours": stats.settings.stale_hours, "reason": exc.reason}
            )
        return
    if reading is None:
        await stats.mark_unchanged(now)
        return
    recorded = await stats.record_reading(reading.held, reading.as_of, reading.source_url, now)
    log.info("stats source: %s (%s)", recorded.outcome.value, reading.held)
    if recorded.outcome is not Outcome.REJECTED:
        return
    if recorded.alert:
        values = {"value": reading.held, "previous": recorded.previous or 0, "url": reading.source_url}
        await notify_admins("stats-alert-rejected", values)
    if await stats.record_failure(f"kept aside: {reading.held}", now):  # a bad value for long goes stale too
        await notify_admins(
            "stats-alert-stale", {"hours": stats.settings.stale_hours, "reason": "kept aside"}
        )


def schedule_stats_jobs(clock: Clock, settings: Settings, db: Database, notify_admins: NotifyAdmins) -> None:
    """Refresh the count every STATS_REFRESH_MINUTES (and once at start)."""
    job = partial(refresh_stats, StatsSource(settings.stats), StatsService(db, settings.stats), notify_admins)
    clock.every(settings.stats.refresh_minutes * 60, job, "stats-refresh", first_run_now=True)
