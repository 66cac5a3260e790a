"""The process: storage, core, clock and the front-ends, started and stopped in order."""

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
from typing import TYPE_CHECKING, TextIO

from bot.adapters.console import ConsoleFrontend
from bot.adapters.telegram import TelegramFrontend
from bot.identity import KEY_FILE, read_key_file
from bot.logs import cap_noisy_loggers
from bot.router import Router
from bot.services.export import write_csv
from bot.services.keys import KeyMismatchError, open_hasher, rotate
from bot.services.lockdown import Lockdown
from bot.services.pledges import PledgeService
from bot.services.posts import MASTODON_PREFIX
from bot.settings import Settings, desk_url
from bot.storage import revision
from bot.storage.models import utcnow
from bot.storage.session import Database, create_engine
from bot.web import build_metrics_app, build_web_app, serve
from bot.wiring import LOCKED, MENU, build_router
from scheduler.clock import Clock
from scheduler.jobs import (
    build_dispatcher,
    route_notify,
    route_publish,
    schedule_broadcast_jobs,
    schedule_metrics_jobs,
    schedule_pledge_jobs,
    schedule_post_jobs,
    schedule_safety_jobs,
    schedule_stats_jobs,
)

if TYPE_CHECKING:
    from bot.adapters.mastodon import MastodonFrontend

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
        if not await revision.is_current(db.engine):  # most starts: Alembic (10 MB) is not imported
            await _migrate(db, settings)
        yield db
    finally:
        await db.close()


async def _migrate(db: Database, settings: Settings) -> None:
    """SQLite, the embedded file: migrate it. PostgreSQL, shared: only check (`python -m bot migrate`)."""
    from bot.storage import migrate

    if settings.is_sqlite:
        await migrate.upgrade(db.engine)
    elif await migrate.current_revision(db.engine) != migrate.head_revision():
        raise NotMigratedError("the database schema is not current: run `python -m bot migrate`")


async def run_console(settings: Settings, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    """The local chat in the terminal on the configured database."""
    async with open_database(settings) as db:
        hasher = await open_hasher(settings.storage, db)
        await ConsoleFrontend(build_router(settings, db, hasher=hasher), stdin, stdout).run()


async def export_pledges(settings: Settings, path: Path) -> int:
    """Write every pledge to `path` as CSV with a progress bar on stderr; return the count."""
    async with open_database(settings) as db:
        if await Lockdown(db).active():
            raise LockedDownError("an owner has locked the bot down: no export until /unlock")
        from tqdm import tqdm  # the command line's only: not in the running bot's memory

        pledges = PledgeService(db, settings.pledges, await open_hasher(settings.storage, db))
        total = await pledges.count()
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # it lists who signed
        with (
            os.fdopen(descriptor, "w", encoding="utf-8", newline="") as out,
            tqdm(total=total, unit="pledge") as bar,
        ):
            written = await write_csv(pledges.export(), out, bar.update)
    print(f"{written} pledges written to {path}", file=sys.stderr)
    return written


async def rotate_key(settings: Settings, old_key_file: Path | None = None) -> None:
    """Move the database from the old identity key to PLEDGE_HASH_KEY (every instance stopped)."""
    storage = settings.storage
    if storage.pledge_hash_key is None:
        raise KeyMismatchError("rotate-key moves the database to the key in PLEDGE_HASH_KEY: set it first")
    old = _old_key(settings, old_key_file)
    async with open_database(settings) as db:
        done = await rotate(db, old, storage.pledge_hash_key.get_secret_value().encode())
    if done is None:
        print("the database is on PLEDGE_HASH_KEY already: nothing to do", file=sys.stderr)
        return
    print(
        f"identity key rotated: {done.hashes} hashes, {done.sealed} sealed addresses, "
        f"{done.events} queued collector events; the old key is no longer used (delete its copies)",
        file=sys.stderr,
    )


def _old_key(settings: Settings, path: Path | None) -> bytes:
    storage = settings.storage
    if path is None and storage.old_pledge_hash_key is not None:
        return storage.old_pledge_hash_key.get_secret_value().encode()
    path = path or storage.data_dir / KEY_FILE
    try:
        return read_key_file(path)
    except FileNotFoundError:
        raise KeyMismatchError(
            f"no old key: {path} does not exist; give --old-key-file FILE or OLD_PLEDGE_HASH_KEY"
        ) from None


async def run_telegram(
    settings: Settings, stop: asyncio.Event | None = None, now: Callable[[], datetime] = utcnow
) -> None:
    """Serve Telegram (and Mastodon, when set) until SIGTERM or SIGINT: see `run_service`."""
    await run_service(settings, stop, now)


async def run_service(
    settings: Settings, stop: asyncio.Event | None = None, now: Callable[[], datetime] = utcnow
) -> None:
    """Serve Telegram (polling or webhook), the Mastodon account, or both, with /healthz, until SIGTERM.

    `now` is the clock the handlers and the post dispatcher read (tests move it forward).
    Stopping, in order: no new updates; running jobs (a post, a broadcast's last sends and
    its log) get SHUTDOWN_GRACE_SECONDS; then the platform clients, the web app, the database.
    """
    stop = stop or _stop_on_signals()
    async with open_database(settings) as db:
        router = build_router(settings, db, now=now, hasher=await open_hasher(settings.storage, db))
        frontend = TelegramFrontend(settings, router, db) if settings.telegram.token else None
        mastodon = _mastodon(settings, router, db)
        clock = Clock(settings.core.timezone)
        webhook = None
        if frontend is not None and settings.telegram.webhook_url:
            webhook = (frontend.webhook_path(), frontend.webhook)
        mounts = []
        if frontend is not None and settings.telegram.token is not None:
            from bot.web.desk import (
                desk_mount,
            )  # the admins' Mini App: only a Telegram bot can sign its launch

            mounts.append(desk_mount(router, settings.telegram.token.get_secret_value(), LOCKED))
        app = build_web_app(db, clock, webhook, mounts)
        runner = await serve(app, settings.core.host, settings.core.port)
        core = settings.core
        metrics_runner = await serve(build_metrics_app(), core.metrics_host, core.metrics_port)
        try:
            if frontend is not None:
                await frontend.start()
                await frontend.publish_commands(MENU)
                address = desk_url(settings)
                if address is not None:
                    await frontend.publish_desk_button(address)
                if mastodon is not None:
                    mastodon.download = frontend.download  # photos come from Telegram, by file_id
            if mastodon is not None:
                from scheduler.mastodon_jobs import schedule_mastodon_jobs

                await mastodon.start()
            _schedule(clock, settings, db, router, frontend, mastodon, now)
            if mastodon is not None:
                schedule_mastodon_jobs(clock, mastodon)
                clock.on_stop(mastodon.request_stop)
            clock.start()
            gc.freeze()  # what start-up built lives as long as the process: full collections skip it
            log.info("serving %s", _serving(frontend, webhook))
            await stop.wait()
        finally:
            log.info("stopping: no new updates; waiting for running work")
            if frontend is not None:
                await frontend.stop_updates()
            await clock.stop(settings.core.shutdown_grace_seconds)
            if mastodon is not None:
                await mastodon.stop()
            if frontend is not None:
                await frontend.stop()
            await runner.cleanup()
            await metrics_runner.cleanup()
            gc.unfreeze()  # collectable again (a test runs many bots in one process)
            log.info("stopped cleanly")


def _schedule(
    clock: Clock,
    settings: Settings,
    db: Database,
    router: Router,
    telegram: TelegramFrontend | None,
    mastodon: MastodonFrontend | None,
    now: Callable[[], datetime],
) -> None:
    """The jobs every instance runs, each sending through the platforms that are set.

    Without Telegram: milestones go to the Mastodon account in its languages, the admins' notices
    to MASTODON_ADMIN_ACCOUNTS as direct statuses, and there are no subscribers to broadcast to.
    """
    masto = mastodon.admins if mastodon is not None else None
    if telegram is None and not settings.mastodon.admin_accounts:
        log.warning("no MASTODON_ADMIN_ACCOUNTS: the admins' notices (readings, reports) go nowhere")
    notices = route_notify(telegram.notify if telegram else None, masto.notify if masto else None)
    if masto is not None:
        notices.is_mastodon_admin = masto.has
    if telegram is not None:
        schedule_pledge_jobs(clock, settings, db, telegram.send_to_channel)
    elif masto is not None:
        schedule_pledge_jobs(clock, settings, db, masto.send_to_channel, mastodon_channels(settings))
    schedule_metrics_jobs(clock, db, router.ctx.pledges)
    schedule_stats_jobs(clock, settings, db, notices.notify_admins)
    publish = route_publish(telegram.publish if telegram else None, mastodon.publish if mastodon else None)
    dispatcher = build_dispatcher(settings, db, router, publish, notices.notify)
    schedule_post_jobs(clock, dispatcher, now)
    if telegram is not None:
        send, show = telegram.send_direct, telegram.show_progress
        broadcaster = schedule_broadcast_jobs(clock, router, send, show, now)
        clock.on_stop(broadcaster.request_stop)
    schedule_safety_jobs(clock, db, settings, telegram.delete_due if telegram else _nothing_to_delete, now)


def mastodon_channels(settings: Settings) -> dict[str, str]:
    """The account's timeline in each of its languages, as milestone "channels" without Telegram."""
    return {locale: f"{MASTODON_PREFIX}{locale}" for locale in settings.mastodon.languages}


async def _nothing_to_delete() -> int:
    """Safe mode deletes Telegram messages only: without Telegram there is nothing to delete."""
    return 0


def _serving(telegram: TelegramFrontend | None, webhook: object) -> str:
    if telegram is None:
        return "Mastodon"
    return f"Telegram ({'webhook' if webhook else 'polling'})"


def _mastodon(settings: Settings, router: Router, db: Database) -> MastodonFrontend | None:
    """The Mastodon front-end when configured; mastodon-py (8 MB) is imported only then."""
    if not settings.mastodon.api_base_url:
        return None
    from bot.adapters.mastodon import MastodonFrontend

    return MastodonFrontend(settings, router, db)


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    return stop
