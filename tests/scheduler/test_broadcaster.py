"""Broadcasts to subscribers through the real Telegram front-end to a fake Bot API that enforces
Telegram's limits: the pace, 429 storms, blocked people, failures, two instances, a crash (SIGKILL).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, insert, select

from bot.services.daily import DailyTexts
from bot.settings import LOCALES
from bot.storage.models import BroadcastDelivery, Subscriber, utcnow
from scheduler.broadcaster import LEASE, Broadcaster
from scheduler.jobs import ensure_digest
from tests.fakes.telegram import FakeTelegram
from tests.scheduler.conftest import ADMIN, Bot

FIRST_PERSON = 10_000


def sender(bot: Bot, rate: float = 200, now: Callable[[], datetime] = utcnow) -> Broadcaster:
    """A broadcaster on the bot's own services and front-end, reporting progress to the admins."""
    frontend = bot.frontend
    return Broadcaster(
        bot.router.ctx.subscribers, frontend.send_direct, rate, False, frontend.show_progress, now
    )


def admin_sees(fake: FakeTelegram) -> str:
    """The admin's last status message, as sent or edited."""
    calls = [c for c in fake.requests if c.method in {"sendMessage", "editMessageText"}]
    return [str(c.params["text"]) for c in calls if str(c.params["chat_id"]) == str(ADMIN)][-1]


async def seed(bot: Bot, count: int) -> list[int]:
    """`count` people subscribed, in the nine languages in turn; returns their chat ids."""
    chats = list(range(FIRST_PERSON, FIRST_PERSON + count))
    hasher = bot.router.hasher
    first, *rest = chats
    await bot.router.ctx.subscribers.subscribe(
        hasher.user_ref("telegram", first), "telegram", str(first), "be"
    )
    rows = [  # the rest in one statement, as subscribe() would store them
        {
            "user_ref": hasher.user_ref("telegram", chat),
            "platform": "telegram",
            "address": hasher.seal(str(chat)),
            "locale": LOCALES[n % len(LOCALES)],
            "active": True,
            "subscribed_at": utcnow(),
        }
        for n, chat in enumerate(rest, start=1)
    ]
    if rows:
        async with bot.db.transaction() as session:
            await session.execute(insert(Subscriber), rows)
    return chats


async def broadcast(bot: Bot, text: str = "Free them all") -> int:
    texts = {locale: f"[{locale}] {text}" for locale in LOCALES}
    created = await bot.router.ctx.subscribers.create_broadcast(f"test:{text}", "admin", texts)
    assert created is not None
    return created


async def test_everyone_once_in_their_language_at_the_pace_without_a_429(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    fake.rate_limit = 30
    bot = await start_bot()
    chats = await seed(bot, 90)
    await broadcast(bot)
    broadcaster = sender(bot, rate=25)
    started = asyncio.get_running_loop().time()
    assert await broadcaster.run_once() is True
    elapsed = asyncio.get_running_loop().time() - started

    assert fake.rejected_429 == 0
    assert {chat: fake.delivered[chat] for chat in chats} == dict.fromkeys(chats, 1)
    by_chat = {int(c.params["chat_id"]): str(c.params["text"]) for c in fake.calls("sendMessage")}
    for n, chat in enumerate(chats):
        assert by_chat[chat] == f"[{LOCALES[n % len(LOCALES)]}] Free them all"
    assert elapsed >= 90 / 25 - 0.5  # paced, not a burst
    assert "90 sent, 0 not delivered" in admin_sees(fake)
    assert await broadcaster.run_once() is False  # done: nothing more to send


async def test_a_429_storm_pauses_and_slows_down_and_still_nobody_gets_two(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    fake.rate_limit = 10  # the bot is told it may send 40 a second: Telegram disagrees
    bot = await start_bot()
    chats = await seed(bot, 60)
    await broadcast(bot)
    broadcaster = sender(bot, rate=40)
    assert await broadcaster.run_once() is True
    assert fake.rejected_429 > 0
    assert broadcaster.last_tally is not None and broadcaster.last_tally.rate_limited > 0
    assert broadcaster.last_tally.pace < 40 == broadcaster.rate  # this run slowed down; the next starts anew
    assert {chat: fake.delivered[chat] for chat in chats} == dict.fromkeys(chats, 1)


async def test_blocked_people_are_marked_inactive_and_failures_retried(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_bot()
    chats = await seed(bot, 20)
    fake.blocked = {chats[3], chats[7]}
    fake.fail_next("sendMessage", 502, "Bad Gateway")
    fake.fail_next("sendMessage", 500, "Internal Server Error")
    await broadcast(bot)
    assert await sender(bot).run_once() is True

    attempts = [int(c.params["chat_id"]) for c in fake.calls("sendMessage")]
    for chat in chats:
        assert fake.delivered[chat] == (0 if chat in fake.blocked else 1)
    assert attempts.count(chats[3]) == attempts.count(chats[7]) == 1  # a 403 is never retried
    async with bot.db.transaction() as session:
        statuses = (await session.execute(select(BroadcastDelivery.status))).scalars().all()
        inactive = (await session.execute(select(Subscriber.id).where(~Subscriber.active))).scalars().all()
    assert len(inactive) == 2 and sorted(set(statuses)) == ["blocked", "sent"]
    await broadcast(bot, "second")
    assert await sender(bot).run_once() is True
    assert sum(fake.delivered[chat] for chat in chats) == 2 * 18  # the blocked two are not tried again


async def test_two_instances_send_each_message_once(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str], database_url: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("several instances share PostgreSQL; SQLite is one process")
    fake, _ = fake_telegram
    first, second = await start_bot(), await start_bot()
    chats = await seed(first, 120)
    await broadcast(first)
    results = await asyncio.gather(sender(first).run_once(), sender(second).run_once())
    assert sorted(results) == [False, True]  # one held the lease and finished; the other waited
    assert {chat: fake.delivered[chat] for chat in chats} == dict.fromkeys(chats, 1)


async def test_a_broadcast_killed_mid_way_resumes_where_it_was(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str], database_url: str, tmp_path: Any
) -> None:
    """A separate process sends, is killed with SIGKILL; a new broadcaster finishes the job."""
    fake, base_url = fake_telegram
    bot = await start_bot()
    chats = await seed(bot, 300)
    await broadcast(bot)
    rate = 60
    worker = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.scheduler._broadcast_worker",
        database_url,
        base_url,
        fake.token,
        str(rate),
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))),
        env={**os.environ, "PLEDGE_HASH_KEY": "k" * 40, "DATA_DIR": str(tmp_path / "data")},
    )
    async with asyncio.timeout(30), fake.changed:
        await fake.changed.wait_for(lambda: sum(fake.delivered[chat] for chat in chats) >= 100)
    worker.send_signal(signal.SIGKILL)
    await worker.wait()
    reached_before = sum(1 for chat in chats if fake.delivered[chat])
    assert 100 <= reached_before < 300

    later = datetime.now(UTC) + LEASE + timedelta(seconds=1)  # the dead holder's lease has run out
    assert await sender(bot, rate=200, now=lambda: later).run_once() is True
    counts = [fake.delivered[chat] for chat in chats]
    assert min(counts) == 1  # nobody skipped
    duplicates = sum(counts) - len(chats)
    in_flight_bound = int(rate * 0.25) + 1 + sender(bot, rate=rate).workers  # flush window + in flight
    assert duplicates <= in_flight_bound, duplicates


async def test_memory_does_not_grow_with_the_number_of_subscribers(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    fake.record = fake.count_chats = False  # the fake shares the process: keep its memory flat too
    bot = await start_bot()
    peaks = []
    # Both measured sizes are over the queue's bound (1,000), so both fill it; the first run warms up.
    for size in (1200, 1000, 8000):
        async with bot.db.transaction() as session:
            await session.execute(delete(Subscriber))
        await seed(bot, size)
        await broadcast(bot, f"size {size}")
        tracemalloc.start()
        assert await sender(bot, rate=1000).run_once() is True
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    small, large = peaks[1:]
    # 7,000 more people: 600 bytes or more kept per person would add over 4 MB. Smaller leaks are
    # for bench/broadcast.py, whose peak RSS is 127-128 MB from 3,000 to 100,000 subscribers.
    # On SQLite the peak still rises by about 2 MB here, not explained yet (PostgreSQL: flat).
    assert large - small < 4 * 1024 * 1024, peaks


async def test_the_digest_is_made_once_a_day_in_each_language(start_bot: Callable[..., Any]) -> None:
    bot = await start_bot(broadcasts={"digest_time": "10:00"})
    ctx = bot.router.ctx
    texts = DailyTexts(bot.router.catalog, ctx.stats)
    ten_minsk = datetime(2027, 3, 1, 7, 0, tzinfo=UTC)
    assert await ensure_digest(ctx, texts, ten_minsk - timedelta(minutes=1)) is False
    assert await ensure_digest(ctx, texts, ten_minsk) is True
    assert await ensure_digest(ctx, texts, ten_minsk + timedelta(minutes=5)) is False
    running = await ctx.subscribers.next_running()
    assert running is not None and running.key == "digest:2027-03-01"
    assert set(running.texts) == set(LOCALES)
    expected = await texts.for_day(date(2027, 3, 1), ["be"])
    assert expected is not None
    assert running.texts["be"].startswith(
        bot.router.catalog.format("digest-title", {"date": date(2027, 3, 1)}, "be")
    )
    assert "#FreeThemAll" in running.texts["be"]


async def test_an_admin_cancel_stops_a_running_broadcast_within_a_second(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """The desk's cancel: what was sent stays sent, nobody else gets it, and it is not `done`."""
    fake, _ = fake_telegram
    bot = await start_bot()
    chats = await seed(bot, 40)
    broadcast_id = await broadcast(bot)
    broadcaster = sender(bot, rate=10)
    run = asyncio.create_task(broadcaster.run_once())
    await fake.wait_for("sendMessage", 5)
    assert await bot.router.ctx.subscribers.cancel(broadcast_id, "admin-ref")
    async with asyncio.timeout(2):  # the watch looks twice a second; sends waiting for a slot are dropped
        assert await run is False
    reached = sum(fake.delivered[chat] for chat in chats)
    await asyncio.sleep(0.3)
    assert sum(fake.delivered[chat] for chat in chats) == reached < 20
    report = await bot.router.ctx.subscribers.report(broadcast_id)
    assert report is not None and report.status == "cancelled" and report.counts["sent"] == reached
