"""The one place where features are included and the core is assembled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from types import ModuleType

from bot.core import Context
from bot.i18n import Catalog
from bot.identity import IdentityHasher, load_hasher
from bot.router import Router
from bot.services.audit import AuditLog
from bot.services.chart_cache import ChartCache
from bot.services.deletions import PendingDeletions
from bot.services.lockdown import Lockdown
from bot.services.people import PeopleService
from bot.services.pledges import PledgeService
from bot.services.posts import MASTODON_PREFIX, PostService
from bot.services.stats import StatsService
from bot.services.subscribers import SubscriberService
from bot.settings import Settings
from bot.storage.models import utcnow
from bot.storage.session import Database
from handlers import about, admin, desk, language, pledge, posts, safety, start, stats, subscribe

FEATURES: list[ModuleType] = [start, language, about, stats, pledge, subscribe, admin, posts, safety, desk]
# Admin commands and buttons that send or export: a lockdown refuses them on every instance.
LOCKED: set[str] = {"export", "setstat", "newpost", "edit", "queue", "cancel", "broadcast", "post", "bc"}
LOCKED.add("statok")  # the button that accepts a waiting count, locked as /setstat is

# Commands shown in the platform's menu, in this order; each has a `command-<name>` message.
MENU: list[str] = [
    "start",
    "stats",
    "pledge",
    "subscribe",
    "share",
    "about",
    "lang",
    "unsubscribe",
    "unpledge",
    "forget",
    "safe",
    "privacy",
    "help",
]


def post_targets(settings: Settings) -> list[tuple[str, str]]:
    """Where posts go: each Telegram channel, and the Mastodon account in each of its languages."""
    targets = list(settings.telegram.channels.items())
    if settings.mastodon.api_base_url:
        targets += [(locale, f"{MASTODON_PREFIX}{locale}") for locale in settings.mastodon.languages]
    return targets


def build_context(
    settings: Settings,
    db: Database,
    hasher: IdentityHasher,
    catalog: Catalog,
    now: Callable[[], datetime] = utcnow,
) -> Context:
    """Every service, wired to one database, one identity key and the catalogs."""
    safety = settings.safety
    jitter = timedelta(minutes=safety.milestone_jitter_minutes)
    pledges = PledgeService(db, settings.pledges, hasher, jitter)
    subscribers = SubscriberService(db, hasher)
    return Context(
        settings=settings,
        people=PeopleService(db, [pledges.erase, subscribers.erase], sole_writer=settings.is_sqlite),
        subscribers=subscribers,
        pledges=pledges,
        stats=StatsService(db, settings.stats),
        posts=PostService(db, post_targets(settings), settings.core.timezone),
        audit=AuditLog(db),
        lockdown=Lockdown(db),
        deletions=PendingDeletions(db, hasher, timedelta(minutes=safety.safe_mode_delete_minutes)),
        catalog=catalog,
        charts=ChartCache(),
        now=now,
    )


def build_router(
    settings: Settings,
    db: Database,
    catalog: Catalog | None = None,
    now: Callable[[], datetime] = utcnow,
    hasher: IdentityHasher | None = None,
) -> Router:
    """The router with every feature, its services and the catalogs; `now` is the clock they read.

    `hasher`: the database's own (`keys.open_hasher`, checked at start-up); else from the key.
    """
    catalog = catalog or Catalog(default=settings.core.default_locale)
    hasher = hasher or load_hasher(settings.storage)
    return Router(FEATURES, build_context(settings, db, hasher, catalog, now), catalog, hasher, LOCKED)
