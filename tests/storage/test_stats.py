"""The count's history on SQLite and PostgreSQL: seeds, plausibility, alerts once, manual figures."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from bot.services.stats import HELD, RECOGNISED, Outcome, StatsService
from bot.settings import StatsSettings
from bot.storage.session import Database

NOW = datetime(2026, 11, 24, 9, tzinfo=UTC)
URL = "https://prisoners.spring96.org/en/list"


def service(db: Database, **settings: object) -> StatsService:
    return StatsService(db, StatsSettings(**settings))  # type: ignore[arg-type]


async def test_a_new_installation_has_the_facts_curve(db: Database) -> None:
    stats = service(db)
    held = await stats.history(HELD)
    assert [(f.as_of, f.value, f.at_least) for f in held] == [
        (date(2023, 2, 27), 1452, False),
        (date(2023, 5, 21), 1500, True),
        (date(2024, 1, 31), 1429, False),  # migration 0008
        (date(2024, 5, 21), 1374, False),
        (date(2025, 1, 31), 1244, False),  # migration 0008
        (date(2025, 12, 23), 1135, False),
    ]
    assert all(f.method == "seed" and f.source_note for f in held)
    assert held[-1].source_url is None  # 1,135 is Viasna's, as reported by independent media
    recognised = await stats.latest(RECOGNISED)
    assert recognised is not None
    assert (recognised.as_of, recognised.value, recognised.at_least) == (date(2025, 1, 31), 3715, True)


async def test_plausible_values_are_kept_and_a_repeat_is_unchanged(db: Database) -> None:
    stats = service(db)
    first = await stats.record_reading(1120, date(2026, 1, 10), URL, NOW)
    assert (first.outcome, first.previous) == (Outcome.ACCEPTED, 1135)
    assert (await stats.record_reading(1120, date(2026, 1, 10), URL, NOW)).outcome is Outcome.UNCHANGED
    assert (await stats.record_reading(1118, date(2026, 1, 17), URL, NOW)).outcome is Outcome.ACCEPTED
    assert await stats.change_since(7) == -2
    assert await stats.change_since(30) is None  # 1,135 of 2025-12-23 is 25 days before: not "a month"
    await stats.record_reading(1110, date(2026, 1, 24), URL, NOW)
    assert await stats.change_since(30) == 1110 - 1135  # now it is 32 days before
    latest = await stats.latest()
    assert latest is not None and (latest.value, latest.method, latest.source_url) == (1110, "fetch", URL)


async def test_an_implausible_jump_is_kept_aside_and_the_admins_are_told_once(db: Database) -> None:
    first, second = service(db), service(db)  # two instances
    outcomes = await asyncio.gather(
        first.record_reading(11350, date(2026, 1, 1), URL, NOW),
        second.record_reading(11350, date(2026, 1, 1), URL, NOW),
    )
    assert {o.outcome for o in outcomes} == {Outcome.REJECTED}
    assert sorted(o.alert for o in outcomes) == [False, True]
    later = await first.record_reading(11350, date(2026, 1, 2), URL, NOW + timedelta(hours=1))
    assert later.outcome is Outcome.REJECTED and not later.alert  # the same value: told already
    latest = await first.latest()
    assert latest is not None and latest.value == 1135  # never shown


async def test_change_allowed_grows_with_time_for_two_months_then_an_admin_must_confirm(db: Database) -> None:
    stats = service(db, max_change_percent=10)
    # 1,135 on 2025-12-23: +15 % is too much within a week, fine seven weeks later (10 % a month)
    assert (await stats.record_reading(1300, date(2025, 12, 30), URL, NOW)).outcome is Outcome.REJECTED
    assert (await stats.record_reading(1300, date(2026, 2, 10), URL, NOW)).outcome is Outcome.ACCEPTED
    # after more than 60 days of silence nothing is taken on trust, however close: it waits for an admin
    assert (await stats.record_reading(1299, date(2026, 11, 20), URL, NOW)).outcome is Outcome.AWAITING
    assert (await stats.latest()).value == 1300  # type: ignore[union-attr]
    await stats.record_manual(1120, date(2026, 11, 19), "spring96.org", "a" * 64)  # an admin confirms
    assert (await stats.record_reading(1118, date(2026, 11, 20), URL, NOW)).outcome is Outcome.ACCEPTED


async def test_dates_are_checked_and_history_is_never_overwritten_by_a_fetch(db: Database) -> None:
    stats = service(db)
    future = await stats.record_reading(1130, date(2031, 5, 12), URL, NOW)
    assert future.outcome is Outcome.REJECTED  # a release date misread as "as of"
    older = await stats.record_reading(1300, date(2024, 5, 21), URL, NOW)
    assert older.outcome is Outcome.UNCHANGED  # dated before the latest figure: ignored
    seeded = [f for f in await stats.history() if f.as_of == date(2024, 5, 21)]
    assert [(f.value, f.method) for f in seeded] == [(1374, "seed")]
    await stats.record_manual(1125, date(2026, 1, 10), None, "a" * 64)
    assert (await stats.record_reading(1120, date(2026, 1, 10), URL, NOW)).outcome is Outcome.ACCEPTED
    latest = await stats.latest()
    assert latest is not None and (latest.value, latest.method) == (1125, "manual")  # the admin's stays


async def test_a_source_stuck_on_a_rejected_value_goes_stale(db: Database) -> None:
    stats = service(db)
    await stats.mark_unchanged(NOW)
    await stats.record_reading(9999, date(2026, 1, 1), URL, NOW + timedelta(hours=1))
    assert (await stats.health()).last_success_at == NOW


async def test_stale_source_alerts_once_and_recovers(db: Database) -> None:
    stats = service(db, stale_hours=48)
    await stats.mark_unchanged(NOW)
    alerts = [await stats.record_failure("HTTP 403", NOW + timedelta(hours=h)) for h in (1, 24, 47)]
    assert alerts == [False, False, False]
    racing = await asyncio.gather(
        *(stats.record_failure("HTTP 403", NOW + timedelta(hours=49)) for _ in range(3))
    )
    assert sorted(racing) == [False, False, True]
    assert not await stats.record_failure("HTTP 403", NOW + timedelta(hours=100))
    health = await stats.health()
    assert health.failing_since == NOW + timedelta(hours=1) and health.last_error == "HTTP 403"
    await stats.record_reading(1130, date(2026, 1, 5), URL, NOW + timedelta(hours=101))
    assert (await stats.health()).failing_since is None


async def test_manual_figure_is_marked_and_replaces_the_days_fetch(db: Database) -> None:
    stats = service(db)
    await stats.record_reading(1120, date(2026, 1, 10), URL, NOW)
    figure = await stats.record_manual(1125, date(2026, 1, 10), "spring96.org/news", "a" * 64)
    assert (figure.value, figure.method, figure.source_note) == (1125, "manual", "spring96.org/news")
    assert len([f for f in await stats.history() if f.as_of == date(2026, 1, 10)]) == 1
