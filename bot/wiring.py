"""The one place where features are included and the core is assembled."""

from __future__ import annotations

from datetime import UTC, datetime
from types import ModuleType

from bot.core import Context
from bot.i18n import Catalog
from bot.identity import IdentityHasher, load_hasher
from bot.router import Router
from bot.services.chart import ChartCache
from bot.services.people import PeopleService
from bot.services.pledges import PledgeService
from bot.services.stats import StatsService
from bot.settings import Settings
from bot.storage.session import Database
from handlers import about, admin, language, pledge, start, stats

FEATURES: list[ModuleType] = [start, language, about, stats, pledge, admin]

# Commands shown in the platform's menu, in this order; each has a `command-<name>` message.
MENU: list[str] = ["start", "stats", "pledge", "share", "about", "lang", "unpledge", "forget", "help"]


def build_context(settings: Settings, db: Database, hasher: IdentityHasher, catalog: Catalog) -> Context:
    """Every service, wired to one database, one identity key and the catalogs."""
    pledges = PledgeService(db, settings.pledges, hasher)
    return Context(
        settings=settings,
        people=PeopleService(db, erasers=[pledges.erase]),
        pledges=pledges,
        stats=StatsService(db, settings.stats),
        catalog=catalog,
        charts=ChartCache(),
        now=lambda: datetime.now(UTC),
    )


def build_router(settings: Settings, db: Database, catalog: Catalog | None = None) -> Router:
    """The router with every feature, its services and the catalogs."""
    catalog = catalog or Catalog(default=settings.core.default_locale)
    hasher = load_hasher(settings.storage)
    return Router(FEATURES, build_context(settings, db, hasher, catalog), catalog, hasher)
