"""The process: storage, core, clock and one front-end, started and stopped in order."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import TextIO

from tqdm import tqdm

from bot.adapters.console import ConsoleFrontend
from bot.adapters.mastodon import MastodonFrontend
from bot.adapters.telegram import TelegramFrontend
from bot.identity import load_hasher
from bot.logs import cap_noisy_loggers
from bot.services.export import write_csv
from bot.services.lockdown import Lockdown
from bot.services.pledges import PledgeService
from bot.settings import Settings
from bot.storage import migrate
from bot.storage.models import utcnow
from bot.storage.session import Database, create_engine
from bot.web import build_web_app, serve
from bot.wiring import MENU, build_router
from scheduler.clock import Clock
from scheduler.jobs import (
    build_dispatcher,
    route_publish,
    schedule_broadcast_jobs,
    schedule_pledge_jobs,
    schedule_post_jobs,
    schedule_safety_jobs,
    schedule_stats_jobs,
)
from scheduler.mastodon_jobs import schedule_mastodon_jobs

log = logging.getLogger(__name__)


class NotMigratedError(Exception):
    """The shared database is behind the code: run `python -m bot migrate`."""


class LockedDownError(Exception):
    """An owner has locked the bot down: nothing is sent or exported until /unlock."""


@asynccontextmanager
async def open_database(settings: Settings) -> AsyncIterator[Database]:
    """The database, migrated when it is the embedded SQLite file, else checked to be current."""
    cap_noisy_loggers()  # also when the process did not come through the command line
    db = Database(create_engine(settings.storage.url))
    try:
        if settings.is_sqlite:
            await migrate.upgrade(db.engine)
        elif await migrate.current_revision(db.engine) != migrate.head_revision():
            raise NotMigratedError("the database schema is not current: run `python -m bot migrate`")
        yield db
    finally:
        await db.close()


async def run_console(settings: Settings, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    """The local chat in the terminal on the configured database."""
    async with open_database(settings) as db:
        await ConsoleFrontend(build_router(settings, db), stdin, stdout).run()


async def export_pledges(settings: Settings, path: Path) -> int:
    """Write every pledge to `path` as CSV with a progress bar on stderr; return the count."""
    async with open_database(settings) as db:
        if await Lockdown(db).active():
            raise LockedDownError("an owner has locked the bot down: no export until /unlock")
        pledges = PledgeService(db, settings.pledges, load_hasher(settings.storage))
        total = await pledges.count()
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # it lists who signed
        with (
            os.fdopen(descriptor, "w", encoding="utf-8", newline="") as out,
            tqdm(total=total, unit="pledge") as bar,
        ):
            written = await write_csv(pledges.export(), out, bar.update)
    print(f"{written} pledges written to {path}", file=sys.stderr)
    return written


async def run_telegram(
    settings: Settings, stop: asyncio.Event | None = None, now: Callable[[], datetime] = utcnow
) -> None:
    """Serve Telegram (polling or webhook) with /healthz, until SIGTERM or SIGINT.

    `now` is the clock the handlers and the post dispatcher read (tests move it forward).
    Stopping, in order: no new updates; running jobs (a post, a broadcast's last sends and
    its log) get SHUTDOWN_GRACE_SECONDS; then the Bot API client, the web app, the database.
    """
    stop = stop or _stop_on_signals()
    async with open_database(settings) as db:
        router = build_router(settings, db, now=now)
        frontend = TelegramFrontend(settings, router, db)
        mastodon = MastodonFrontend(settings, router, db) if settings.mastodon.api_base_url else None
        clock = Clock(settings.core.timezone)
        webhook = (frontend.webhook_path(), frontend.webhook) if settings.telegram.webhook_url else None
        runner = await serve(build_web_app(db, clock, webhook), settings.core.host, settings.core.port)
        try:
            await frontend.start()
            await frontend.publish_commands(MENU)
            schedule_pledge_jobs(clock, settings, db, frontend.send_to_channel)
            schedule_stats_jobs(clock, settings, db, frontend.notify_admins)
            publish = route_publish(frontend.publish, mastodon.publish if mastodon else None)
            dispatcher = build_dispatcher(settings, db, router, publish, frontend.notify)
            schedule_post_jobs(clock, dispatcher, now)
            broadcaster = schedule_broadcast_jobs(
                clock, router, frontend.send_direct, frontend.show_progress, now
            )
            clock.on_stop(broadcaster.request_stop)
            schedule_safety_jobs(clock, db, settings, frontend.delete_due, now)
            if mastodon is not None:
                await mastodon.start()
                schedule_mastodon_jobs(clock, mastodon)
                clock.on_stop(mastodon.request_stop)
            clock.start()
            gc.freeze()  # what start-up built lives as long as the process: full collections skip it
            log.info("serving Telegram (%s)", "webhook" if webhook else "polling")
            await stop.wait()
        finally:
            log.info("stopping: no new updates; waiting for running work")
            await frontend.stop_updates()
            await clock.stop(settings.core.shutdown_grace_seconds)
            if mastodon is not None:
                await mastodon.stop()
            await frontend.stop()
            await runner.cleanup()
            gc.unfreeze()  # collectable again (a test runs many bots in one process)
            log.info("stopped cleanly")


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    return stop
