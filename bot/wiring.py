"""The one place where features are included and the core is assembled."""

from __future__ import annotations

from datetime import UTC, datetime
from types import ModuleType

from bot.core import Context
from bot.i18n import Catalog
from bot.identity import load_hasher
from bot.router import Router
from bot.services.people import PeopleService
from bot.settings import Settings
from bot.storage.session import Database
from handlers import about, language, start

FEATURES: list[ModuleType] = [start, language, about]

# Commands shown in the platform's menu, in this order; each has a `command-<name>` message.
MENU: list[str] = ["start", "about", "lang", "help"]


def build_router(settings: Settings, db: Database, catalog: Catalog | None = None) -> Router:
    """The router with every feature, its services and the catalogs."""
    ctx = Context(settings=settings, people=PeopleService(db), now=lambda: datetime.now(UTC))
    catalog = catalog or Catalog(default=settings.core.default_locale)
    return Router(FEATURES, ctx, catalog, load_hasher(settings.storage))
