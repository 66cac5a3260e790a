"""Repeating queued posts (issue 19, part 2): each occurrence a delivery of its own, once each.

Through the real services, the dispatcher with a moved clock and the fake Bot API, on SQLite and
PostgreSQL; the draft flow through the router (and once through Telegram updates).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.core import Incoming
from bot.services.post_input import Moment
from bot.services.posts import Draft, PostService
from bot.services.repeats import MAX_OCCURRENCES, Repeat, occurrences, parse_end
from bot.storage.models import PostDelivery
from scheduler.dispatch import LEASE, Dispatcher
from scheduler.jobs import build_dispatcher
from tests.fakes.telegram import FakeTelegram
from tests.scheduler.conftest import ADMIN, Bot
from tests.scheduler.test_post_formatting import Chat, html_shown

CHANNELS = {"be": "@free_be", "en": "@free_en"}
FIRST = datetime(2027, 5, 19, 6, 0, tzinfo=UTC)  # 09:00 in Minsk, two days before May 21
BEFORE = datetime(2027, 5, 1, 10, 0, tzinfo=UTC)
DAY = timedelta(days=1)
TEXTS = {"be": "<b>Да 21 мая</b> — #FreeThemAll", "en": "<b>Counting down to May 21</b> #FreeThemAll"}


class Clock:
    def __init__(self, now: datetime = BEFORE) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def instance(start_bot: Callable[..., Any], clock: Clock, grace: int = 60) -> tuple[Bot, Dispatcher]:
    """A bot instance (a process) on the test's database, and its dispatcher."""
    bot = await start_bot(
        now=clock,
        telegram={"channels": CHANNELS},
        posts={"post_grace_minutes": grace, "daily_post_time": "off"},
    )
    frontend = bot.frontend
    return bot, build_dispatcher(frontend.settings, bot.db, bot.router, frontend.publish, frontend.notify)


async def queue(
    posts: PostService, admin: str, repeat: Repeat | None, texts: dict[str, str] = TEXTS
) -> Draft:
    draft = await posts.start_draft(admin)
    await posts.set_moment(draft.id, Moment(FIRST, "Europe/Minsk"))
    await posts.set_repeat(draft.id, repeat)
    for locale, body in texts.items():
        await posts.set_text(draft.id, locale, body)
    current = await posts.draft_of(admin)
    assert current is not None
    queued = await posts.confirm(current.id, current.version, admin, BEFORE)
    assert isinstance(queued, Draft), queued
    return queued


def channel_posts(fake: FakeTelegram) -> list[tuple[str, str]]:
    calls = fake.calls("sendMessage")
    return [
        (str(c.params["chat_id"]), str(c.params["text"]))
        for c in calls
        if str(c.params["chat_id"]) != str(ADMIN)
    ]


async def say(bot: Bot, text: str = "", data: str | None = None, locale: str = "en") -> str:
    replies = await bot.router.handle(Incoming("telegram", ADMIN, locale, text=text, callback_data=data))
    return "\n".join(reply.text for reply in replies)


async def statuses(bot: Bot) -> list[tuple[int, str, str]]:
    async with bot.db.transaction() as session:
        rows = await session.execute(
            select(PostDelivery.occurrence, PostDelivery.channel, PostDelivery.status).order_by(
                PostDelivery.id
            )
        )
        return [(n, channel, status) for n, channel, status in rows.all()]


def test_daily_nine_in_warsaw_stays_nine_local_across_the_change_of_the_clocks() -> None:
    first = datetime(2027, 3, 27, 9, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
    times = occurrences(first, "Europe/Warsaw", Repeat("daily", count=3))
    assert [t.hour for t in times] == [8, 7, 7]  # UTC: CET (+1) before 28 March, CEST (+2) after
    assert {t.astimezone(first.tzinfo).hour for t in times} == {9}
    weekly = occurrences(first, "Europe/Warsaw", Repeat("weekly", until=date(2027, 4, 17)))
    assert [t.date() for t in weekly] == [
        date(2027, 3, 27),
        date(2027, 4, 3),
        date(2027, 4, 10),
        date(2027, 4, 17),
    ]


def test_an_end_is_a_date_or_a_count_within_the_cap() -> None:
    assert parse_end("3", "daily", FIRST, "Europe/Minsk") == Repeat("daily", count=3)
    assert parse_end(" 2027-05-21 ", "weekly", FIRST, "Europe/Minsk") == Repeat(
        "weekly", until=date(2027, 5, 21)
    )
    for text, key in [
        ("forever", "post-repeat-no-end"),
        ("", "post-repeat-no-end"),
        ("0", "post-repeat-count"),
        (str(MAX_OCCURRENCES + 1), "post-repeat-count"),
        ("2027-05-18", "post-repeat-ends-before"),
        ("2028-06-01", "post-repeat-too-many"),
        ("2027-02-30", "post-repeat-no-end"),
    ]:
        problem = parse_end(text, "daily", FIRST, "Europe/Minsk")
        assert not isinstance(problem, Repeat) and problem.key == key, text
    assert parse_end(str(MAX_OCCURRENCES), "daily", FIRST, "Europe/Minsk") == Repeat(
        "daily", count=MAX_OCCURRENCES
    )


async def test_a_daily_repeat_three_times_goes_out_three_times_once_each(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    clock = Clock()
    bot, dispatcher = await instance(start_bot, clock)
    post = await queue(bot.router.ctx.posts, bot.admin_ref(), Repeat("daily", count=3))
    for day in range(3):
        due = FIRST + day * DAY
        assert await dispatcher.run_once(due - timedelta(seconds=1)) == 0
        assert await dispatcher.run_once(due) == 2
        for later in (5, 60, 3600):
            assert await dispatcher.run_once(due + timedelta(seconds=later)) == 0
    assert await dispatcher.run_once(FIRST + 3 * DAY) == 0
    assert await dispatcher.run_once(FIRST + 10 * DAY) == 0

    sent = channel_posts(fake)
    assert sorted(sent) == sorted([(CHANNELS[locale], TEXTS[locale]) for locale in CHANNELS] * 3)
    reports = fake.sent_texts(ADMIN)
    assert [r.split("\n")[0] for r in reports] == [
        f"Post #{post.id} (2027-05-{day} 09:00 Europe/Minsk): 2 of 2 sent." for day in (19, 20, 21)
    ]
    assert await statuses(bot) == [(n, c, "sent") for n in range(3) for c in CHANNELS.values()]


async def test_a_restart_between_occurrences_neither_doubles_nor_loses_one(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    clock = Clock()
    before, dispatcher = await instance(start_bot, clock)
    await queue(before.router.ctx.posts, before.admin_ref(), Repeat("daily", count=3))
    assert await dispatcher.run_once(FIRST) == 2
    await before.frontend.application.shutdown()  # the process goes away
    await before.db.close()

    after, restarted = await instance(start_bot, clock)  # a new process on the same database
    _, second = await instance(start_bot, clock)  # and another instance beside it
    for day in (1, 2):
        due = FIRST + day * DAY + timedelta(seconds=2)
        assert await restarted.run_once(due) + await second.run_once(due) == 2
        assert await restarted.run_once(due + timedelta(minutes=1)) == 0
    sent = channel_posts(fake)
    assert len(sent) == 6 and {chat: sent.count((chat, TEXTS[loc])) for loc, chat in CHANNELS.items()} == {
        chat: 3 for chat in CHANNELS.values()
    }
    assert sorted(n for n, _, status in await statuses(after) if status == "sent") == [0, 0, 1, 1, 2, 2]


async def test_cancel_after_the_first_stops_the_rest(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    clock = Clock()
    bot, dispatcher = await instance(start_bot, clock)
    post = await queue(bot.router.ctx.posts, bot.admin_ref(), Repeat("daily", count=3))
    assert await dispatcher.run_once(FIRST) == 2
    clock.now = FIRST + timedelta(hours=1)
    assert "none of its remaining times will go out" in await say(bot, f"/cancel {post.id}")
    for day in (1, 2, 3):
        assert await dispatcher.run_once(FIRST + day * DAY) == 0
    assert len(channel_posts(fake)) == 2
    assert await say(bot, "/queue") == "No posts are queued. Start one with /newpost."
    assert "no queued post" in await say(bot, f"/cancel {post.id}")
    assert [status for _, _, status in await statuses(bot)] == ["sent", "sent"]


async def test_an_edit_after_the_first_changes_the_remaining_ones(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    clock = Clock()
    bot, dispatcher = await instance(start_bot, clock)
    posts, admin = bot.router.ctx.posts, bot.admin_ref()
    post = await queue(posts, admin, Repeat("daily", count=3))
    assert await dispatcher.run_once(FIRST) == 2

    clock.now = FIRST + timedelta(hours=1)
    menu = await say(bot, f"/edit {post.id}")
    assert "Time: 2027-05-20 09:00 Europe/Minsk" in menu  # the next occurrence not yet sent
    assert "Repeat: every day, 2 times, the last at 2027-05-21 09:00 Europe/Minsk" in menu
    await say(bot, "en: <i>Two days to May 21</i> #FreeThemAll")
    draft = await posts.draft_of(admin)
    assert draft is not None
    edited = await posts.confirm(draft.id, draft.version, admin, clock.now)
    assert isinstance(edited, Draft) and edited.id == post.id

    for day in (1, 2):
        assert await dispatcher.run_once(FIRST + day * DAY) == 2
    assert await dispatcher.run_once(FIRST + 3 * DAY) == 0
    english = [text for chat, text in channel_posts(fake) if chat == CHANNELS["en"]]
    assert english == [
        TEXTS["en"],
        "<i>Two days to May 21</i> #FreeThemAll",
        "<i>Two days to May 21</i> #FreeThemAll",
    ]
    assert sorted(n for n, _, _ in await statuses(bot)) == [0, 0, 1, 1, 2, 2]


async def test_the_queue_shows_the_next_time_and_how_many_remain(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    clock = Clock()
    bot, dispatcher = await instance(start_bot, clock)
    post = await queue(bot.router.ctx.posts, bot.admin_ref(), Repeat("daily", count=3))
    listing = await say(bot, "/queue")
    assert f"#{post.id} · 2027-05-19 09:00 Europe/Minsk · texts: be, en · 2 channels" in listing
    assert "↻ every day · 3 times to go · the last at 2027-05-21 09:00 Europe/Minsk" in listing
    assert await dispatcher.run_once(FIRST) == 2
    clock.now = FIRST + timedelta(minutes=5)
    listing = await say(bot, "/queue")
    assert f"#{post.id} · 2027-05-20 09:00 Europe/Minsk" in listing and "2 times to go" in listing
    assert await dispatcher.run_once(FIRST + DAY) == 2
    assert "1 time to go · the last at 2027-05-21 09:00" in await say(bot, "/queue")
    russian = await say(bot, "/queue", locale="ru")
    assert "↻ каждый день · остался 1 раз · последний 2027-05-21 09:00 Europe/Minsk" in russian


async def test_a_missed_occurrence_is_reported_and_the_next_still_goes(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    clock = Clock()
    bot, dispatcher = await instance(start_bot, clock, grace=60)
    await queue(bot.router.ctx.posts, bot.admin_ref(), Repeat("weekly", until=date(2027, 6, 2)))
    assert await dispatcher.run_once(FIRST) == 2
    assert await dispatcher.run_once(FIRST + 7 * DAY + timedelta(minutes=61)) == 0  # down past the grace
    assert await dispatcher.run_once(FIRST + 14 * DAY) == 2
    assert await dispatcher.run_once(FIRST + 21 * DAY) == 0  # until 2 June: three in all
    reports = [r.split("\n")[0] for r in fake.sent_texts(ADMIN)]
    assert reports == [
        "Post #1 (2027-05-19 09:00 Europe/Minsk): 2 of 2 sent.",
        "Post #1 (2027-05-26 09:00 Europe/Minsk): 0 of 2 sent.",
        "Post #1 (2027-06-02 09:00 Europe/Minsk): 2 of 2 sent.",
    ]
    assert [s for _, _, s in await statuses(bot)] == ["sent", "sent", "missed", "missed", "sent", "sent"]


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("forever", "A repeat needs an end"),
        ("0", "must be from 1 to 366 (you sent 0)"),
        ("5000", "must be from 1 to 366 (you sent 5,000)"),
        ("2027-05-18", "The last date, 2027-05-18, is before the first post on 2027-05-19"),
        ("2028-12-31", "more than 366 posts"),
    ],
)
async def test_a_repeat_without_a_sensible_end_is_refused_and_nothing_is_queued(
    start_bot: Callable[..., Any], typed: str, answer: str
) -> None:
    clock = Clock()
    bot, _ = await instance(start_bot, clock)
    await say(bot, "/newpost")
    await say(bot, "2027-05-19 09:00")
    asked = await say(bot, data="post:repeat")
    assert "It first goes out at 2027-05-19 09:00 Europe/Minsk" in asked
    assert "until when?" in await say(bot, data="post:rep:daily")
    assert answer in await say(bot, typed)
    await say(bot, "en: Free them all #FreeThemAll")  # still waiting for the end: not a text
    draft = await bot.router.ctx.posts.draft_of(bot.admin_ref())
    assert draft is not None and draft.repeat is None and draft.texts == {}
    assert await say(bot, "/queue") == "No posts are queued. Start one with /newpost."


async def test_the_refusal_is_in_the_admins_language(start_bot: Callable[..., Any]) -> None:
    bot, _ = await instance(start_bot, Clock())
    await say(bot, "/newpost", locale="be")
    await say(bot, "2027-05-19 09:00", locale="be")
    await say(bot, data="post:rep:weekly", locale="be")
    assert "У паўтору павінен быць канец" in await say(bot, "заўсёды", locale="be")
    assert "ад 1 да 366" in await say(bot, "0", locale="be")


async def test_an_admin_sets_a_repeat_through_telegram_and_sees_it_in_the_preview(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    clock = Clock()
    bot, dispatcher = await instance(start_bot, clock)
    chat = Chat(bot, fake)
    await chat.say("/newpost")
    [menu] = await chat.say("2027-05-19 09:00 Europe/Minsk")
    assert "Repeat: no, only once" in menu.params["text"]
    assert "🔁 Repeat" in str(menu.params["reply_markup"])
    await chat.say(button="post:repeat")
    await chat.say(button="post:rep:daily")
    [menu] = await chat.say("3")
    assert "Repeat: every day, 3 times, the last at 2027-05-21 09:00 Europe/Minsk" in menu.params["text"]
    for locale, body in TEXTS.items():
        await chat.say(f"{locale}: {body}")
    preview = await chat.say(button="post:next")
    assert "Repeat: every day, 3 times" in preview[0].params["text"]
    assert html_shown(preview) == [TEXTS["be"], TEXTS["en"]]
    rows = preview[-1].params["reply_markup"]["inline_keyboard"]
    [queued] = await chat.say(button=rows[0][0]["callback_data"])
    assert "Post #1 is queued for 2027-05-19 09:00 Europe/Minsk" in queued.params["text"]
    assert "Repeat: every day, 3 times, the last at 2027-05-21 09:00 Europe/Minsk" in queued.params["text"]
    for day in range(3):
        assert await dispatcher.run_once(FIRST + day * DAY) == 2
    assert len(channel_posts(fake)) == 6


async def test_a_lockdown_holds_each_occurrence_and_the_grace_rules_apply_to_each(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    clock = Clock()
    bot, dispatcher = await instance(start_bot, clock, grace=60)
    lockdown, owner = bot.router.ctx.lockdown, bot.admin_ref()
    await queue(bot.router.ctx.posts, owner, Repeat("daily", count=3))
    assert await dispatcher.run_once(FIRST) == 2
    await lockdown.turn_on(owner)
    assert await dispatcher.run_once(FIRST + DAY) == 0  # held
    await lockdown.lift(owner)
    assert await dispatcher.run_once(FIRST + DAY + timedelta(minutes=30)) == 2  # within the grace: late
    await lockdown.turn_on(owner)
    assert await dispatcher.run_once(FIRST + 2 * DAY) == 0
    assert await dispatcher.run_once(FIRST + 2 * DAY + timedelta(minutes=61)) == 0  # held past the grace
    await lockdown.lift(owner)
    assert await dispatcher.run_once(FIRST + 2 * DAY + timedelta(minutes=62)) == 0
    assert len(channel_posts(fake)) == 4
    assert [s for _, _, s in await statuses(bot)] == ["sent"] * 4 + ["missed"] * 2
    last = fake.sent_texts(ADMIN)[-1]
    assert "2027-05-21 09:00 Europe/Minsk): 0 of 2 sent" in last and "a lockdown was on" in last


async def test_a_claim_that_dies_on_the_second_occurrence_is_sent_once_and_the_third_is_untouched(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    clock = Clock()
    crashed, dying = await instance(start_bot, clock)
    _, survivor = await instance(start_bot, clock)
    await queue(crashed.router.ctx.posts, crashed.admin_ref(), Repeat("daily", count=3))
    assert await survivor.run_once(FIRST) == 2
    held = await dying.claim(FIRST + DAY)  # the second occurrence claimed, then the process dies
    assert len(held) == 2
    assert await survivor.run_once(FIRST + DAY + timedelta(seconds=30)) == 0  # still leased
    assert await survivor.run_once(FIRST + DAY + LEASE + timedelta(seconds=1)) == 2
    assert await dying.deliver(held[0], FIRST + DAY + LEASE + timedelta(seconds=2)) is None
    assert await survivor.run_once(FIRST + 2 * DAY) == 2
    assert sorted(n for n, _, s in await statuses(crashed) if s == "sent") == [0, 0, 1, 1, 2, 2]
    assert len(channel_posts(fake)) == 6


async def test_two_instances_at_once_send_each_occurrence_once_and_report_it_once(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str], database_url: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("several instances share PostgreSQL; SQLite is one process")
    fake, _ = fake_telegram
    clock = Clock()
    (first, one), (_, two) = await instance(start_bot, clock), await instance(start_bot, clock)
    await queue(first.router.ctx.posts, first.admin_ref(), Repeat("daily", count=3))
    for day in range(3):  # each day's knocks at once on both; the days in order, as the clock runs
        moments = [FIRST + day * DAY + timedelta(seconds=s) for s in range(0, 20, 2)]
        await asyncio.gather(*(dispatcher.run_once(at) for at in moments for dispatcher in (one, two)))
    sent = channel_posts(fake)
    assert len(sent) == 6 and sorted(set(sent)) == sorted((CHANNELS[loc], TEXTS[loc]) for loc in CHANNELS)
    assert len(fake.sent_texts(ADMIN)) == 3  # one report per occurrence
