"""The jobs the clock runs: plain functions that take the services they need.

They live beside the services (`CollectorSync.run_once`, `MilestoneAnnouncer.run_once`);
this module wires them to the clock with the intervals below.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import Protocol
from zoneinfo import ZoneInfo

from bot import metrics
from bot.core import Button, Context
from bot.router import Router
from bot.services.daily import DailyTexts
from bot.services.delivery import Delivery, Lines, Notify, Publish, Published, SendDirect, ShowProgress
from bot.services.letters import DIGEST_VARIANT as LETTERS_VARIANT
from bot.services.letters import WEEK as LETTERS_WEEK
from bot.services.lockdown import Lockdown
from bot.services.milestones import MilestoneAnnouncer, SendToChannel
from bot.services.pledges import PledgeService
from bot.services.post_content import PostContent
from bot.services.post_input import plain_to_html
from bot.services.posts import MASTODON_PREFIX
from bot.services.retention import prune
from bot.services.stats import ACCEPT_READING, Outcome, Recorded, StatsService
from bot.services.stats_source import Reading, SourceError, StatsSource
from bot.services.sync import CollectorSync
from bot.services.transparency.checkpoint import NoteSigner
from bot.services.transparency.publisher import Publisher
from bot.settings import LOCALES, Settings
from bot.storage.models import utcnow
from bot.storage.session import Database
from scheduler.broadcaster import Broadcaster
from scheduler.clock import Clock
from scheduler.dispatch import DailySchedule, Dispatcher

log = logging.getLogger(__name__)


class NotifyAdmins(Protocol):
    """(message key, values, rows of buttons) -> sent to every admin in their language."""

    def __call__(
        self, key: str, values: Mapping[str, object], buttons: tuple[tuple[Button, ...], ...] = ()
    ) -> Awaitable[None]:
        """Tell the admins; `buttons` go under the message."""
        ...


MILESTONE_SECONDS, SYNC_SECONDS = 30.0, 5.0


def schedule_pledge_jobs(
    clock: Clock,
    settings: Settings,
    db: Database,
    send: SendToChannel,
    channels: Mapping[str, str] | None = None,
) -> None:
    """Milestone posts to the channels (TELEGRAM_CHANNELS unless given), and the sync to the collector."""
    lockdown = Lockdown(db)
    announcer = MilestoneAnnouncer(db, settings.telegram.channels if channels is None else channels, lockdown)
    clock.every(MILESTONE_SECONDS, partial(announcer.run_once, send), "milestones")
    if settings.pledges.sync_url:
        sync = CollectorSync(db, settings.pledges, lockdown=lockdown)
        clock.every(SYNC_SECONDS, sync.run_once, "pledge-sync")


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
    if recorded.outcome in (Outcome.REJECTED, Outcome.AWAITING):
        source.forget_validators()  # the page is read in full again, not answered "not modified"
    if recorded.outcome is Outcome.AWAITING:
        if recorded.alert:
            await _announce_awaiting(reading, recorded, notify_admins)
        return
    if recorded.outcome is not Outcome.REJECTED:
        return
    if recorded.alert:
        values = {"value": reading.held, "previous": recorded.previous or 0, "url": reading.source_url}
        await notify_admins("stats-alert-rejected", values)
    if await stats.record_failure(f"kept aside: {reading.held}", now):  # a bad value for long goes stale too
        await notify_admins(
            "stats-alert-stale", {"hours": stats.settings.stale_hours, "reason": "kept aside"}
        )


async def _announce_awaiting(reading: Reading, recorded: Recorded, notify_admins: NotifyAdmins) -> None:
    """The first plausible reading after a long silence: its figure, date and source, and one button."""
    values = {
        "value": reading.held,
        "date": reading.as_of,
        "url": reading.source_url,
        "previous": recorded.previous or 0,
        "previous_date": recorded.previous_as_of or reading.as_of,
    }
    button = Button(
        "stats-awaiting-accept", f"{ACCEPT_READING}:{recorded.awaiting_id}", {"value": reading.held}
    )
    await notify_admins("stats-alert-awaiting", values, ((button,),))


def schedule_stats_jobs(clock: Clock, settings: Settings, db: Database, notify_admins: NotifyAdmins) -> None:
    """Refresh the count every STATS_REFRESH_MINUTES (and once at start)."""
    source = StatsSource(settings.stats)
    job = partial(refresh_stats, source, StatsService(db, settings.stats), notify_admins)
    clock.every(settings.stats.refresh_minutes * 60, job, "stats-refresh", first_run_now=True)
    clock.on_stop(source.request_stop)


DISPATCH_SECONDS = 5.0


def build_dispatcher(
    settings: Settings, db: Database, router: Router, publish: Publish, notify: Notify
) -> Dispatcher:
    """The dispatcher of queued and daily posts, with the daily texts from the catalogs."""
    ctx = router.ctx
    at = settings.posts.daily_hour_minute
    daily = DailySchedule(at, DailyTexts(router.catalog, ctx.stats).for_day) if at else None
    grace = timedelta(minutes=settings.posts.post_grace_minutes)
    return Dispatcher(db, ctx.posts, publish, notify, grace, daily, ctx.lockdown)


def schedule_post_jobs(clock: Clock, dispatcher: Dispatcher, now: Callable[[], datetime] = utcnow) -> None:
    """Knock every few seconds: due posts go out within DISPATCH_SECONDS of their minute."""

    async def knock() -> None:
        await dispatcher.run_once(now())

    clock.every(DISPATCH_SECONDS, knock, "posts", first_run_now=True)


BROADCAST_SECONDS = 5.0


async def ensure_digest(ctx: Context, texts: DailyTexts, now: datetime) -> bool:
    """Create today's digest broadcast once its minute has come (within the grace); True if created."""
    at = ctx.settings.broadcasts.digest_hour_minute
    if at is None:
        return False
    zone = ZoneInfo(ctx.settings.core.timezone)
    local = now.astimezone(zone)
    due = local.replace(hour=at[0], minute=at[1], second=0, microsecond=0)
    if not due <= local <= due + timedelta(minutes=ctx.settings.posts.post_grace_minutes):
        return False
    key = f"digest:{local.date().isoformat()}"
    digests = await texts.digest_for_day(local.date(), list(LOCALES), await ctx.pledges.public_count())
    if digests is None:
        return False
    html = {locale: plain_to_html(text) for locale, text in digests.items()}
    html |= await letters_variants(ctx, local.date(), digests)
    return await ctx.subscribers.create_broadcast(key, "digest", html, at=now) is not None


async def letters_variants(ctx: Context, day: date, digests: dict[str, str]) -> dict[str, str]:
    """The digest with the line on this week's birthdays (`be+l`), for those who chose it; {} if none."""
    count = len(await ctx.letters.birthdays(day, LETTERS_WEEK))
    if not count:
        return {}
    return {
        locale + LETTERS_VARIANT: plain_to_html(
            f"{text}\n\n{ctx.catalog.format('letters-digest-line', {'count': count}, locale)}"
        )
        for locale, text in digests.items()
    }


def schedule_broadcast_jobs(
    clock: Clock, router: Router, send: SendDirect, show: ShowProgress, now: Callable[[], datetime] = utcnow
) -> Broadcaster:
    """Knock every few seconds: make the day's digest when due; send what is running."""
    ctx = router.ctx
    settings = ctx.settings
    broadcaster = Broadcaster(
        ctx.subscribers,
        send,
        settings.broadcasts.broadcast_rate,
        settings.telegram.paid_broadcast,
        show,
        now,
        ctx.lockdown,
        ctx.deletions,
    )
    texts = DailyTexts(router.catalog, ctx.stats)

    async def digest() -> None:
        await ensure_digest(ctx, texts, now())

    # Two jobs: a long broadcast must not keep the day's digest from being made on time.
    clock.every(BROADCAST_SECONDS, digest, "digest", first_run_now=True)
    clock.every(BROADCAST_SECONDS, broadcaster.run_once, "broadcasts", first_run_now=True)
    return broadcaster


DELETE_SECONDS, RETENTION_SECONDS = 30.0, 3600.0


def schedule_safety_jobs(
    clock: Clock,
    db: Database,
    settings: Settings,
    delete_due: Callable[[], Awaitable[int]],
    now: Callable[[], datetime] = utcnow,
) -> None:
    """Safe mode's deletions every half minute; the short memory's pruning every hour."""

    async def retention() -> None:
        removed = await prune(db, now(), settings.safety.retention_days)
        if any(removed.values()):
            log.info("retention: removed %s", ", ".join(f"{n} {t}" for t, n in removed.items() if n))

    clock.every(DELETE_SECONDS, delete_due, "safe-mode-deletions", first_run_now=True)
    clock.every(RETENTION_SECONDS, retention, "retention", first_run_now=True)


def route_publish(telegram: Publish | None, mastodon: Publish | None) -> Publish:
    """One `publish` for the dispatcher: `mastodon:<locale>` targets to the account, the rest to Telegram."""

    async def publish(target: str, body: str | PostContent, key: str) -> Published:
        if target.startswith(MASTODON_PREFIX):
            if mastodon is None:
                return Published(Delivery.REFUSED, reason="MASTODON_API_BASE_URL is not set")
            return await mastodon(target, body, key)
        if telegram is None:
            return Published(Delivery.REFUSED, reason="TELEGRAM_TOKEN is not set")
        return await telegram(target, body, key)

    return publish


# (admin_ref or None, message key, values, more lines, buttons) -> told, on one platform
NotifyOn = Callable[
    [str | None, str, Mapping[str, object], Lines, tuple[tuple[Button, ...], ...]], Awaitable[None]
]


@dataclass
class AdminNotices:
    """The admins' notices on every platform that is set, each admin told where they are an admin.

    One admin (by keyed hash) is told on Mastodon if they are a Mastodon admin, else on Telegram;
    every admin (None) is told on both. A platform that does not know the admin tells all its own.
    """

    telegram: NotifyOn | None
    mastodon: NotifyOn | None
    is_mastodon_admin: Callable[[str | None], bool] = lambda _ref: False

    async def notify(
        self,
        admin_ref: str | None,
        key: str,
        values: Mapping[str, object],
        lines: Lines,
        buttons: tuple[tuple[Button, ...], ...] = (),
    ) -> None:
        """Tell one admin, or all of them (None), in their language."""
        on_mastodon = admin_ref is not None and self.is_mastodon_admin(admin_ref)
        if self.mastodon is not None and (admin_ref is None or on_mastodon or self.telegram is None):
            await self.mastodon(admin_ref, key, values, lines, buttons)
        if self.telegram is not None and not on_mastodon:
            await self.telegram(admin_ref, key, values, lines, buttons)

    async def notify_admins(
        self, key: str, values: Mapping[str, object], buttons: tuple[tuple[Button, ...], ...] = ()
    ) -> None:
        """Tell every admin; `buttons` go under the message."""
        await self.notify(None, key, values, (), buttons)


def route_notify(telegram: NotifyOn | None, mastodon: NotifyOn | None) -> AdminNotices:
    """The admins' notices for the dispatcher and the stats job, on the platforms that are set."""
    return AdminNotices(telegram, mastodon)


async def refresh_metrics(db: Database, pledges: PledgeService) -> None:
    """Take the public count once its boundary has passed, then read every gauge into memory."""
    try:
        await pledges.public_count()
    except Exception:  # the gauges still refresh; the count is taken at the next knock
        log.warning("public count: could not be taken now", exc_info=True)
    await metrics.refresh(db)


def schedule_metrics_jobs(clock: Clock, db: Database, pledges: PledgeService) -> None:
    """The gauges a scrape serves, kept in memory: a scrape itself never reads the database."""
    job = partial(refresh_metrics, db, pledges)
    clock.every(metrics.REFRESH_SECONDS, job, "metrics", first_run_now=True)


CHECKPOINT_SECONDS = 30.0  # a checkpoint comes within this of its boundary


def transparency_publisher(settings: Settings, db: Database, router: Router, signer: NoteSigner) -> Publisher:
    """The checkpoints' publisher, posting to the same targets as every post."""
    area = settings.transparency
    ctx = router.ctx
    return Publisher(
        db, signer, area.origin, area.checkpoint_minutes, router.catalog, ctx.posts.targets, ctx.lockdown
    )


def schedule_transparency_jobs(
    clock: Clock, publisher: Publisher, now: Callable[[], datetime] = utcnow
) -> None:
    """Knock every half minute: a checkpoint is signed once its boundary has passed and the log grew."""

    async def knock() -> None:
        await publisher.run_once(now())

    clock.every(CHECKPOINT_SECONDS, knock, "transparency-checkpoints", first_run_now=True)
