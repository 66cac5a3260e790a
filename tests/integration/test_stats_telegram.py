"""/stats end to end: the clock fetches from a fake Viasna page, /stats answers through the fake Bot API."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from bot.i18n import Catalog
from bot.services.stats import StatsService
from bot.settings import Settings, StatsSettings
from bot.storage.session import Database
from tests.conftest import free_port
from tests.factories import tg_message
from tests.fakes.stats_source import (
    CHANGED_LAYOUT,
    GARBAGE,
    IMPLAUSIBLE_PAGE,
    VIASNA_PAGE,
    FakeSource,
    running,
)
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import MovableClock, running_bot

pytestmark = pytest.mark.integration
CATALOG = Catalog()
ADMIN, USER = 1001, 2002


def settings_for(
    make_settings: Callable[..., Settings],
    fake: FakeTelegram,
    base_url: str,
    source_url: str,
    **stats: object,
) -> Settings:
    return make_settings(
        telegram={"token": fake.token, "api_base_url": base_url},
        core={"port": free_port(), "host": "127.0.0.1", "admin_ids": [ADMIN]},
        stats={"source_url": source_url, **stats},
    )


async def ask_stats(fake: FakeTelegram, lang: str = "en") -> str:
    await fake.push(tg_message(fake.next_update_id(), USER, "/stats", lang=lang))
    [*_, photo] = await fake.wait_for("sendPhoto", len(fake.calls("sendPhoto")) + 1)
    return str(photo.params.get("caption") or fake.sent_texts(USER)[-1])


async def test_a_fetched_figure_is_shown_dated_sourced_with_a_chart(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    fake, base_url = fake_telegram
    await StatsService(db, StatsSettings()).record_manual(
        1130, date(2026, 11, 1), None, "a" * 64
    )  # confirmed
    source = FakeSource(
        body=VIASNA_PAGE.replace("1&nbsp;135", "1&nbsp;128").replace("23.12.2025", "20.11.2026")
    )
    async with running(source) as url, running_bot(settings_for(make_settings, fake, base_url, url)):
        await _until(lambda: source.requests >= 1)
        await asyncio.sleep(0.3)  # the job stores what it fetched
        text = await ask_stats(fake, "ru")
        again = await ask_stats(fake, "ru")
    photo, second = fake.calls("sendPhoto")[-2:]
    assert photo.params["photo"].content.startswith(b"\x89PNG")
    assert second.params["photo"] == f"photo-{fake.messages[-2][1]}"  # the same chart: by file_id
    assert again == text
    assert text.startswith(CATALOG.format("stats-held", {"count": 1128, "date": date(2026, 11, 20)}, "ru"))
    assert url in text  # the page it came from
    assert source.received[0]["User-Agent"].startswith("FreeThemAllBot/")


JUMP_PAGE = VIASNA_PAGE.replace("1&nbsp;135", "9&nbsp;135").replace("23.12.2025", "20.11.2026")


@pytest.mark.parametrize(
    "body",
    [GARBAGE, IMPLAUSIBLE_PAGE, JUMP_PAGE, CHANGED_LAYOUT, "HTTP 500"],
    ids=["garbage", "implausible", "jump", "changed-layout", "http-500"],
)
async def test_a_broken_source_never_breaks_stats(
    make_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    db: Database,
    body: object,
) -> None:
    """Garbage and absurd counts are refused; a jump is kept aside and the admins are told once."""
    fake, base_url = fake_telegram
    source = FakeSource(failures=[500] * 5) if body == "HTTP 500" else FakeSource(body=body)  # type: ignore[arg-type]
    async with running(source) as url:
        settings = settings_for(make_settings, fake, base_url, url)
        async with running_bot(settings):
            await _until(lambda: source.requests >= 1)
            await asyncio.sleep(0.3)
            text = await ask_stats(fake)
    assert text.startswith(CATALOG.format("stats-held", {"count": 1135, "date": date(2025, 12, 23)}, "en"))
    assert CATALOG.format("stats-source-viasna-reported", locale="en") in text  # still the seeded figure
    told = fake.sent_texts(ADMIN)
    if body is JUMP_PAGE:
        values = {"value": 9135, "previous": 1135, "url": url}
        assert told == [CATALOG.format("stats-alert-rejected", values, "en")]
    else:
        assert told == []  # one failure is not yet stale


async def test_a_source_down_for_long_alerts_the_admins_once(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    """Past STATS_STALE_HOURS of failures the admins hear of it once; /stats says how old its figure is."""
    fake, base_url = fake_telegram
    await db_failing_since(db, hours=50)
    source = FakeSource(failures=[403] * 10)
    async with (
        running(source) as url,
        running_bot(settings_for(make_settings, fake, base_url, url, stale_hours=48)),
    ):
        await _until(lambda: source.requests >= 1)
        await asyncio.sleep(0.3)
        text = await ask_stats(fake)
    assert CATALOG.format("stats-stale", {"hours": 50}, "en") in text
    assert fake.sent_texts(ADMIN) == [
        CATALOG.format("stats-alert-stale", {"hours": 48, "reason": "HTTP 403"}, "en")
    ]
    assert source.requests == 1  # 403 is not retried


async def db_failing_since(db: Database, hours: int) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from bot.storage.models import StatSourceState, utcnow

    async with db.transaction() as session:
        since = utcnow() - timedelta(hours=hours)
        await session.execute(update(StatSourceState).values(last_success_at=since, failing_since=since))


async def _until(condition: Callable[[], bool], within: float = 30.0) -> None:
    """Wait for `condition`: a deadline, not a pause (passing is fast).

    The first chart of a fresh environment starts a child that imports matplotlib cold: over 10 s once.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_inline_mode_offers_the_share_card_in_the_users_language(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    from tests.factories import tg_inline
    from tests.fakes.telegram import BOT_USERNAME

    fake, base_url = fake_telegram
    async with running_bot(settings_for(make_settings, fake, base_url, "http://127.0.0.1:9/closed")):
        await fake.push(tg_inline(fake.next_update_id(), USER, "", lang="be"))
        [call] = await fake.wait_for("answerInlineQuery", 1)
    [result] = call.params["results"]
    text = result["input_message_content"]["message_text"]
    card = CATALOG.format("share-card", {"count": 1135, "date": date(2025, 12, 23)}, "be")
    assert text.startswith(card) and f"https://t.me/{BOT_USERNAME}" in text and "#FreeThemAll" in text
    assert result["title"] == card[:100] and call.params["is_personal"] in (True, "true", "True")


# -- a deployment made today: the newest seeded figure (2025-12-23) is almost a year old -----------------

TODAYS_PAGE = VIASNA_PAGE.replace("1&nbsp;135", "1&nbsp;180").replace("23.12.2025", "06.12.2026")


async def test_a_fresh_install_offers_todays_reading_to_the_admins_once_and_takes_it_on_a_press(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    """Today's page is too far from the seeds to take unasked: the admins get it once, with one button."""
    from tests.factories import tg_callback

    fake, base_url = fake_telegram
    source = FakeSource(body=TODAYS_PAGE)
    async with running(source) as url:
        settings = settings_for(make_settings, fake, base_url, url)
        today = MovableClock(datetime(2026, 12, 7, 9, tzinfo=UTC))  # the day of the deployment
        async with running_bot(settings, today):
            await fake.wait_for("sendMessage", 1)
            before = await ask_stats(fake)
        async with running_bot(settings, today):  # a restart (or a second instance) fetches the same page
            await _until(lambda: source.requests >= 2)
            await asyncio.sleep(0.3)
            [alert] = [
                call for call in fake.calls("sendMessage") if call.params["chat_id"] in (ADMIN, str(ADMIN))
            ]
            markup = alert.params["reply_markup"]
            markup = json.loads(markup) if isinstance(markup, str) else markup
            [[button]] = markup["inline_keyboard"]
            await fake.push(tg_callback(fake.next_update_id(), USER, button["callback_data"]))  # not an admin
            [refused] = await fake.wait_for("editMessageText", 1)
            await fake.push(tg_callback(fake.next_update_id(), ADMIN, button["callback_data"]))
            [_, accepted] = await fake.wait_for("editMessageText", 2)
            after = await ask_stats(fake)

    told = {"value": 1180, "date": date(2026, 12, 6), "url": url, "previous": 1135}
    expected = CATALOG.format("stats-alert-awaiting", {**told, "previous_date": date(2025, 12, 23)}, "en")
    assert fake.sent_texts(ADMIN) == [expected]  # once, across the restart
    assert button["text"] == CATALOG.format("stats-awaiting-accept", {"value": 1180}, "en")
    assert before.startswith(CATALOG.format("stats-held", {"count": 1135, "date": date(2025, 12, 23)}, "en"))
    assert CATALOG.format("stats-age", {"days": 349}, "en") in before  # said plainly
    assert refused.params["text"] == CATALOG.format("admin-only", locale="en")
    done = CATALOG.format("stats-awaiting-accepted", {"count": 1180, "date": date(2026, 12, 6)}, "en")
    assert accepted.params["text"] == done
    assert after.startswith(CATALOG.format("stats-held", {"count": 1180, "date": date(2026, 12, 6)}, "en"))
    assert url in after


async def test_after_the_accept_the_next_fetch_reads_the_page_again_and_takes_a_newer_figure(
    db: Database,
) -> None:
    """A page kept aside is asked for in full (no If-None-Match), so a newer one is seen once accepted."""
    from bot.services.stats_source import StatsSource
    from scheduler.jobs import refresh_stats

    told: list[str] = []

    async def admins(key: str, values: object, buttons: object = ()) -> None:
        told.append(key)

    source = FakeSource(body=TODAYS_PAGE, etag='"v1"')
    async with running(source) as url:
        settings = StatsSettings(source_url=url)
        stats, fetcher = StatsService(db, settings), StatsSource(settings, retries=1)
        await refresh_stats(fetcher, stats, admins)
        await refresh_stats(fetcher, stats, admins)
        assert "If-None-Match" not in source.received[1]  # kept aside: read again in full
        [waiting] = await _waiting(db)
        await stats.accept_awaiting(waiting, "a" * 64, datetime.now(UTC))
        source.body, source.etag = TODAYS_PAGE.replace("1&nbsp;180", "1&nbsp;183"), '"v2"'
        await refresh_stats(fetcher, stats, admins)
    assert told == ["stats-alert-awaiting"]
    latest = await stats.latest()
    assert latest is not None and latest.value == 1183  # the usual rule, checked against 1,180


async def _waiting(db: Database) -> list[int]:
    from sqlalchemy import select

    from bot.storage.models import StatReject

    async with db.transaction() as session:
        return list((await session.execute(select(StatReject.id).where(StatReject.awaiting))).scalars())
