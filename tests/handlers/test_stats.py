"""/stats and /setstat through the router, on the seeded history of both databases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from babel import Locale
from babel.numbers import format_decimal

from bot.core import Incoming
from bot.i18n import Catalog
from bot.identity import IdentityHasher
from bot.router import Router
from bot.settings import LOCALES, Settings
from bot.storage.session import Database
from bot.wiring import FEATURES, build_context

CATALOG = Catalog(strict=True)
NOW = datetime(2026, 11, 24, 9, tzinfo=UTC)
ADMIN = 77


@pytest.fixture
def router(db: Database, make_settings: Callable[..., Settings]) -> Router:
    hasher = IdentityHasher(b"k" * 40)
    settings = make_settings(core={"admin_ids": [ADMIN]})
    ctx = replace(build_context(settings, db, hasher, CATALOG), now=lambda: NOW)
    return Router(FEATURES, ctx, CATALOG, hasher)


def said(text: str, user: int = 5, lang: str = "en") -> Incoming:
    return Incoming("telegram", user, lang, text=text)


@pytest.mark.parametrize("locale", LOCALES)
async def test_stats_is_dated_sourced_and_has_a_chart_in_every_language(router: Router, locale: str) -> None:
    [reply] = await router.handle(said("/stats", lang=locale))
    lines = reply.text.split("\n")
    assert lines[0] == CATALOG.format("stats-held", {"count": 1135, "date": date(2025, 12, 23)}, locale)
    assert lines[1] == CATALOG.format(
        "stats-recognised-at-least", {"count": 3715, "date": date(2025, 1, 31)}, locale
    )
    assert CATALOG.format("stats-source-viasna-reported", locale=locale) in lines  # 1,135: via the media
    assert CATALOG.format("stats-pledges", {"count": 0}, locale) in lines
    assert reply.attachment is not None and reply.attachment.kind == "photo"
    assert reply.attachment.content.startswith(b"\x89PNG")


async def test_stats_shows_changes_and_how_stale_the_figure_is(router: Router) -> None:
    stats = router.ctx.stats
    await stats.record_manual(1131, date(2026, 11, 1), None, "a" * 64)  # an admin confirms after the gap
    await stats.record_reading(1130, date(2026, 11, 10), "https://prisoners.spring96.org", NOW)
    await stats.record_reading(1127, date(2026, 11, 18), "https://prisoners.spring96.org", NOW)
    await stats.record_failure("HTTP 403", NOW - timedelta(hours=30))
    [reply] = await router.handle(said("/stats"))
    assert "Change in about a week: −3." in reply.text
    assert CATALOG.format("stats-stale", {"hours": 30}, "en") in reply.text
    assert "https://prisoners.spring96.org" in reply.text


async def test_the_chart_is_rendered_once_per_figure_and_locale(router: Router) -> None:
    first = await router.handle(said("/stats", lang="be"))
    again = await router.handle(said("/stats", lang="be", user=6))
    assert first[0].attachment is again[0].attachment or first[0].attachment == again[0].attachment
    assert len(router.ctx.charts) == 1
    await router.handle(said("/stats", lang="pl"))
    assert len(router.ctx.charts) == 2


async def test_setstat_is_for_admins_and_marks_the_figure_manual(router: Router) -> None:
    [refused] = await router.handle(said("/setstat 1100", user=5))
    assert refused.text == CATALOG.format("admin-only", locale="en")
    [early] = await router.handle(said("/setstat 1200 2025-01-10", user=ADMIN))
    assert early.text == CATALOG.format("setstat-done", {"count": 1200, "date": date(2025, 1, 10)}, "en")
    [done] = await router.handle(said("/setstat 1,100 2026-11-20 spring96.org/news", user=ADMIN))
    assert done.text == CATALOG.format("setstat-done", {"count": 1100, "date": date(2026, 11, 20)}, "en")
    [reply] = await router.handle(said("/stats"))
    assert reply.text.startswith(
        CATALOG.format("stats-held", {"count": 1100, "date": date(2026, 11, 20)}, "en")
    )
    assert CATALOG.format("stats-source-manual", {"note": "spring96.org/news"}, "en") in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "/setstat",
        "/setstat many",
        "/setstat 0",
        "/setstat 1100 2031-01-01",
        "/setstat 1100 2026-02-30",
        "/setstat 99999999",
        "/setstat -5",
        "/setstat 1 135 2025-12-23",
    ],
)
async def test_setstat_with_bad_input_explains_the_usage(router: Router, text: str) -> None:
    [reply] = await router.handle(said(text, user=ADMIN, lang="lt"))
    assert reply.text == CATALOG.format("setstat-usage", locale="lt")


@pytest.mark.parametrize("locale", ["be", "ru", "pl", "lt", "en", "de"])
@pytest.mark.parametrize("count", [1, 2, 5, 21, 1450])
def test_counts_use_cldr_plurals_and_local_number_format(locale: str, count: int) -> None:
    text = CATALOG.format("stats-held", {"count": count, "date": date(2026, 1, 1)}, locale)
    number = format_decimal(count, locale=locale)  # be, ru, pl, lt "1 450"; en "1,450"; de "1.450"
    assert number in text and (count < 1000 or number != str(count))
    assert PLURAL_WORDS[locale][Locale.parse(locale).plural_form(count)] in text


PLURAL_WORDS = {
    "be": {"one": "палітвязень", "few": "палітвязні", "many": "палітвязняў"},
    "ru": {"one": "политзаключённый", "few": "политзаключённых", "many": "политзаключённых"},
    "pl": {"one": "więzień polityczny", "few": "więźniów politycznych", "many": "więźniów politycznych"},
    "lt": {"one": "politinis kalinys", "few": "politiniai kaliniai", "other": "politinių kalinių"},
    "en": {"one": "political prisoner is", "other": "political prisoners are"},
    "de": {"one": "politischer Gefangener", "other": "politische Gefangene"},
}


async def test_share_gives_a_card_with_the_count_hashtags_and_a_link(router: Router) -> None:
    incoming = Incoming("telegram", 5, "uk", text="/share", bot_username="FreeThemAllBot")
    [reply] = await router.handle(incoming)
    assert reply.text.split("\n") == [
        CATALOG.format("share-card", {"count": 1135, "date": date(2025, 12, 23)}, "uk"),
        CATALOG.format("share-link", {"link": "https://t.me/FreeThemAllBot"}, "uk"),
        "#FreeThemAll #FreePoliticalPrisoners #StopRailCargo #Belarus",
    ]
    [local] = await router.handle(said("/share"))  # the console has no bot to link to
    assert "https://t.me/" not in local.text and "#FreeThemAll" in local.text
