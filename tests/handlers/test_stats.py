"""/stats and /setstat through the router, on the seeded history of both databases."""

from __future__ import annotations

import sys
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
from bot.services.chart_cache import ChartCache
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


# -- a fresh install today: the newest seeded figure is a year old -------------------------------------

TODAY = datetime(2026, 12, 7, 9, tzinfo=UTC)  # a deployment made today; the newest seed is 2025-12-23
SECOND_ADMIN = 78
VIASNA = "https://prisoners.spring96.org/en/list"


@pytest.fixture
def fresh(db: Database, make_settings: Callable[..., Settings]) -> Router:
    hasher = IdentityHasher(b"k" * 40)
    settings = make_settings(core={"admin_ids": [ADMIN, SECOND_ADMIN]})
    ctx = replace(build_context(settings, db, hasher, CATALOG), now=lambda: TODAY)
    return Router(FEATURES, ctx, CATALOG, hasher)


@pytest.mark.parametrize("locale", LOCALES)
async def test_stats_says_how_old_a_year_old_figure_is_in_every_language(fresh: Router, locale: str) -> None:
    [reply] = await fresh.handle(said("/stats", lang=locale))
    assert CATALOG.format("stats-age", {"days": 349}, locale) in reply.text.split("\n")


async def test_a_figure_younger_than_stale_hours_is_not_called_old(fresh: Router) -> None:
    await fresh.ctx.stats.record_manual(1180, date(2026, 12, 6), None, "a" * 64)
    [reply] = await fresh.handle(said("/stats"))
    assert "old" not in reply.text  # a day old, within STATS_STALE_HOURS=48
    await fresh.ctx.stats.record_manual(1181, date(2026, 12, 4), None, "a" * 64)  # three days: still 12-06
    [again] = await fresh.handle(said("/stats"))
    assert "old" not in again.text


async def press(router: Router, data: str, user: int = ADMIN) -> str:
    [reply] = await router.handle(Incoming("telegram", user, "en", callback_data=data))
    return reply.text


async def test_the_first_plausible_reading_after_a_long_silence_waits_for_one_admin(fresh: Router) -> None:
    """Announced once; not shown until accepted; accepted once; then the usual rule continues from it."""
    stats = fresh.ctx.stats
    first = await stats.record_reading(1180, date(2026, 12, 1), VIASNA, TODAY)
    assert (first.outcome.value, first.alert, first.previous, first.previous_as_of) == (
        "awaiting",
        True,
        1135,
        date(2025, 12, 23),
    )
    again = await stats.record_reading(1180, date(2026, 12, 1), VIASNA, TODAY)  # the next hour, or instance
    newer = await stats.record_reading(1183, date(2026, 12, 3), VIASNA, TODAY)  # a newer page meanwhile
    assert (again.outcome.value, again.alert, newer.outcome.value, newer.alert) == (
        "awaiting",
        False,
        "awaiting",
        False,
    )
    [before] = await fresh.handle(said("/stats"))
    assert before.text.startswith(
        CATALOG.format("stats-held", {"count": 1135, "date": date(2025, 12, 23)}, "en")
    )

    data = f"statok:{first.awaiting_id}"
    assert await press(fresh, data, user=5) == CATALOG.format("admin-only", locale="en")
    assert (await stats.latest()).value == 1135  # type: ignore[union-attr]
    accepted = CATALOG.format("stats-awaiting-accepted", {"count": 1180, "date": date(2026, 12, 1)}, "en")
    assert await press(fresh, data) == accepted
    assert await press(fresh, data) == CATALOG.format("stats-awaiting-gone", locale="en")  # pressed twice
    assert await press(fresh, data, SECOND_ADMIN) == CATALOG.format("stats-awaiting-gone", locale="en")
    [after] = await fresh.handle(said("/stats"))
    assert after.text.startswith(
        CATALOG.format("stats-held", {"count": 1180, "date": date(2026, 12, 1)}, "en")
    )
    assert CATALOG.format("stats-source-viasna", {"url": VIASNA}, "en") in after.text
    assert CATALOG.format("stats-age", {"days": 6}, "en") in after.text  # honest: six days old

    later = await stats.record_reading(1183, date(2026, 12, 3), VIASNA, TODAY)  # the usual rule, from 1,180
    assert later.outcome.value == "accepted"
    assert await press(fresh, f"statok:{newer.awaiting_id}") == CATALOG.format(
        "stats-awaiting-outdated", {"count": 1183, "date": date(2026, 12, 3)}, "en"
    )
    async with fresh.ctx.stats.db.transaction() as session:
        from sqlalchemy import select

        from bot.storage.models import AdminAction, StatFigure

        actions = (await session.execute(select(AdminAction.action, AdminAction.subject))).all()
        stored = (await session.execute(select(StatFigure).where(StatFigure.value == 1180))).scalar_one()
    assert actions == [("stat-accept", "1180")]  # audited once, as /setstat is
    assert (stored.method, stored.entered_by) == ("fetch", fresh.hasher.user_ref("telegram", ADMIN))


async def test_two_admins_pressing_at_once_store_the_reading_once(fresh: Router) -> None:
    import asyncio

    waiting = await fresh.ctx.stats.record_reading(1180, date(2026, 12, 1), VIASNA, TODAY)
    answers = await asyncio.gather(
        press(fresh, f"statok:{waiting.awaiting_id}"),
        press(fresh, f"statok:{waiting.awaiting_id}", SECOND_ADMIN),
    )
    accepted = CATALOG.format("stats-awaiting-accepted", {"count": 1180, "date": date(2026, 12, 1)}, "en")
    assert sorted(answers) == sorted([accepted, CATALOG.format("stats-awaiting-gone", locale="en")])
    assert [f.value for f in await fresh.ctx.stats.history()][-2:] == [1135, 1180]


async def test_an_admins_own_figure_overtakes_a_waiting_reading(fresh: Router) -> None:
    """The admin enters another with /setstat: the button then says a newer figure is in place."""
    waiting = await fresh.ctx.stats.record_reading(1180, date(2026, 12, 1), VIASNA, TODAY)
    await fresh.handle(said("/setstat 1178 2026-12-05 spring96.org", user=ADMIN))
    assert await press(fresh, f"statok:{waiting.awaiting_id}") == CATALOG.format(
        "stats-awaiting-outdated", {"count": 1178, "date": date(2026, 12, 5)}, "en"
    )
    assert await press(fresh, "statok:999999") == CATALOG.format("stats-awaiting-gone", locale="en")


@pytest.mark.parametrize(
    ("value", "as_of"),
    [(3000, date(2026, 12, 1)), (500, date(2026, 12, 1)), (1180, date(2026, 12, 20))],
    ids=["more-than-double", "less-than-half", "future-date"],
)
async def test_an_implausible_reading_after_a_long_silence_is_rejected_not_offered(
    fresh: Router, value: int, as_of: date
) -> None:
    recorded = await fresh.ctx.stats.record_reading(value, as_of, VIASNA, TODAY)
    assert (recorded.outcome.value, recorded.awaiting_id) == ("rejected", None)


async def test_the_daily_post_and_the_digest_say_how_old_the_figure_is_as_stats_does(fresh: Router) -> None:
    from bot.services.daily import DailyTexts

    texts = DailyTexts(fresh.catalog, fresh.ctx.stats)
    posts = await texts.for_day(TODAY.date(), list(LOCALES))
    digests = await texts.digest_for_day(TODAY.date(), list(LOCALES), pledges=3)
    assert posts is not None and digests is not None
    for locale in LOCALES:
        age = CATALOG.format("stats-age", {"days": 349}, locale)
        *_, facts, hashtags = posts[locale].split("\n\n")
        assert facts.endswith(f" {age}") and hashtags.startswith(
            "#FreeThemAll"
        )  # after the count, before the tags
        assert digests[locale].count(age) == 1
    await fresh.ctx.stats.record_manual(1180, date(2026, 12, 7), None, "a" * 64)
    current = await texts.digest_for_day(TODAY.date(), ["en"], pledges=3)
    assert current is not None and "days old" not in current["en"]


async def test_a_later_silence_is_announced_again_even_with_the_same_value(fresh: Router) -> None:
    """The admins chose /setstat over the button; months later the source is silent again."""
    stats = fresh.ctx.stats
    assert (await stats.record_reading(1180, date(2026, 12, 1), VIASNA, TODAY)).alert
    await fresh.handle(said("/setstat 1179 2026-12-02 spring96.org", user=ADMIN))
    later = TODAY.replace(year=2027, month=6)
    again = await stats.record_reading(1180, date(2027, 5, 31), VIASNA, later)  # 180 days after 1,179
    assert (again.outcome.value, again.alert) == ("awaiting", True)
    assert await press(fresh, f"statok:{again.awaiting_id}") == CATALOG.format(
        "stats-awaiting-accepted", {"count": 1180, "date": date(2027, 5, 31)}, "en"
    )


async def test_stats_go_out_without_the_chart_when_it_cannot_be_drawn(router: Router) -> None:
    failing = ChartCache(command=(sys.executable, "-c", "import sys; sys.exit('out of memory')"))
    ctx = replace(router.ctx, charts=failing)
    broken = Router(FEATURES, ctx, CATALOG, router.hasher)
    [reply] = await broken.handle(said("/stats"))
    assert reply.attachment is None
    assert reply.text.split("\n")[0] == CATALOG.format(
        "stats-held", {"count": 1135, "date": date(2025, 12, 23)}, "en"
    )
    assert len(failing) == 0  # nothing kept: the next /stats tries again
