"""The jobs the clock runs: plain functions that take the services they need.

They live beside the services (`CollectorSync.run_once`, `MilestoneAnnouncer.run_once`);
this module wires them to the clock with the intervals below.
"""

from __future__ import annotations

from functools import partial

from bot.services.milestones import MilestoneAnnouncer, SendToChannel
from bot.services.sync import CollectorSync
from bot.settings import Settings
from bot.storage.session import Database
from scheduler.clock import Clock

MILESTONE_SECONDS, SYNC_SECONDS = 30.0, 5.0


def schedule_pledge_jobs(clock: Clock, settings: Settings, db: Database, send: SendToChannel) -> None:
    """Milestone posts to the channels, and the sync to the collector when one is configured."""
    announcer = MilestoneAnnouncer(db, settings.telegram.channels)
    clock.every(MILESTONE_SECONDS, partial(announcer.run_once, send), "milestones")
    if settings.pledges.sync_url:
        clock.every(SYNC_SECONDS, CollectorSync(db, settings.pledges).run_once, "pledge-sync")
