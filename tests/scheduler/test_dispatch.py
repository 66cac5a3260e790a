"""Queued and daily posts through the real Telegram front-end to the fake Bot API, with a moved clock.

The dispatcher is run with explicit times (the injectable clock): on SQLite and PostgreSQL,
on one instance and on two sharing one PostgreSQL.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from bot.adapters.telegram import TelegramFrontend
from bot.services.daily import DailyTexts, daily_keys, key_for
from bot.services.delivery import Published
from bot.services.post_content import PostContent
from bot.services.post_input import Moment
from bot.services.posts import Draft, PostService
from bot.storage.models import AdminAction, PostDelivery, PostText
from bot.storage.session import Database
from scheduler.dispatch import LEASE, DailySchedule, Dispatcher
from scheduler.jobs import build_dispatcher
from tests.fakes.telegram import FakeTelegram
from tests.scheduler.conftest import ADMIN, Bot

CHANNELS = {"be": "@free_be", "en": "@free_en", "ru": "-1001234567"}
MAY_21_NINE_MINSK = datetime(2027, 5, 21, 6, 0, tzinfo=UTC)
BEFORE = datetime(2027, 5, 20, 12, 0, tzinfo=UTC)


@dataclass
class Instance:
    """A bot instance with its post dispatcher."""

    bot: Bot
    dispatcher: Dispatcher

    @property
    def db(self) -> Database:
        return self.bot.db

    @property
    def frontend(self) -> TelegramFrontend:
        return self.bot.frontend

    @property
    def posts(self) -> PostService:
        return self.bot.router.ctx.posts

    def admin_ref(self) -> str:
        return self.bot.admin_ref()


@pytest.fixture
def start_instance(start_bot: Callable[..., Any]) -> Callable[..., Any]:
    """Instances with the channels, a daily time and a grace, each with its dispatcher."""

    async def start(daily: str = "off", grace: int = 60) -> Instance:
        bot = await start_bot(
            telegram={"channels": CHANNELS}, posts={"daily_post_time": daily, "post_grace_minutes": grace}
        )
        frontend = bot.frontend
        settings = frontend.settings
        dispatcher = build_dispatcher(settings, bot.db, bot.router, frontend.publish, frontend.notify)
        return Instance(bot, dispatcher)

    return start


async def queue(
    posts: PostService, admin_ref: str, texts: dict[str, str], fallback: str | None = None
) -> Draft:
    """What the admin's flow does: a draft, its time, texts and fallback, then confirm."""
    draft = await posts.start_draft(admin_ref)
    await posts.set_moment(draft.id, Moment(MAY_21_NINE_MINSK, "Europe/Minsk"))
    for locale, body in texts.items():
        await posts.set_text(draft.id, locale, body)
    await posts.set_fallback(draft.id, fallback)
    current = await posts.draft_of(admin_ref)
    assert current is not None
    queued = await posts.confirm(current.id, current.version, admin_ref, BEFORE)
    assert isinstance(queued, Draft), queued
    return queued


def channel_posts(fake: FakeTelegram) -> list[tuple[str, str, str | None]]:
    """(chat, text, parse_mode) of every message sent to a channel."""
    return [
        (str(call.params["chat_id"]), str(call.params["text"]), call.params.get("parse_mode"))
        for call in fake.calls("sendMessage")
        if str(call.params["chat_id"]) != str(ADMIN)
    ]


def admin_messages(fake: FakeTelegram) -> list[str]:
    return fake.sent_texts(ADMIN)


TEXTS = {
    "be": "<b>21 мая</b> — Дзень салідарнасці з палітвязнямі. #FreeThemAll",
    "en": '<b>May 21</b>: Day of Solidarity &amp; <a href="https://spring96.org/en">Viasna</a> #FreeThemAll',
}


async def test_a_post_for_may_21_nine_in_minsk_goes_out_at_six_utc_once(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance()
    post = await queue(bot.posts, bot.admin_ref(), TEXTS, fallback="en")

    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK - timedelta(seconds=1)) == 0
    assert channel_posts(fake) == []
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK) == 3
    assert sorted(channel_posts(fake)) == sorted(
        [
            ("@free_be", TEXTS["be"], "HTML"),
            ("@free_en", TEXTS["en"], "HTML"),
            ("-1001234567", TEXTS["en"], "HTML"),  # no Russian text: the English fallback
        ]
    )
    for later in (1, 60, 3600):
        assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(seconds=later)) == 0
    assert len(channel_posts(fake)) == 3

    (report,) = admin_messages(fake)
    assert f"Post #{post.id} (2027-05-21 09:00 Europe/Minsk): 3 of 3 sent" in report
    assert "https://t.me/free_be/" in report and "https://t.me/c/1234567/" in report


async def test_two_instances_on_one_database_send_each_post_once(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str], database_url: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("several instances share PostgreSQL; SQLite is one process")
    fake, _ = fake_telegram
    first, second = await start_instance(daily="09:00"), await start_instance(daily="09:00")
    for n in range(5):
        await queue(first.posts, first.admin_ref(), {"en": f"Post {n} #FreeThemAll"}, fallback="en")

    moments = [MAY_21_NINE_MINSK + timedelta(seconds=s) for s in range(0, 40, 2)]
    await asyncio.gather(*(bot.dispatcher.run_once(at) for at in moments for bot in (first, second)))

    sent = channel_posts(fake)
    assert len(sent) == len(set(sent)) == 5 * 3 + 3  # five queued posts and the daily one, per channel
    assert len(admin_messages(fake)) == 5  # one report per queued post; a good daily post reports nothing


async def test_a_claim_that_dies_before_the_send_is_sent_once_after_its_lease(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    crashed, survivor = await start_instance(), await start_instance()
    await queue(crashed.posts, crashed.admin_ref(), {"en": "Once #FreeThemAll"}, fallback="en")

    held = await crashed.dispatcher.claim(MAY_21_NINE_MINSK)  # claimed, then the process dies
    assert len(held) == 3
    assert await survivor.dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(seconds=30)) == 0
    after_lease = MAY_21_NINE_MINSK + LEASE + timedelta(seconds=1)
    assert await survivor.dispatcher.run_once(after_lease) == 3
    assert await crashed.dispatcher.deliver(held[0], after_lease) is None  # its claim is no longer its own
    assert len(channel_posts(fake)) == 3


async def test_a_stop_during_the_send_is_never_resent_and_the_admin_is_told(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance()
    await queue(bot.posts, bot.admin_ref(), {"en": "Maybe #FreeThemAll"})  # one channel: en
    fake.delays["sendMessage"] = 2  # longer than the test waits before stopping it
    sending = asyncio.create_task(bot.dispatcher.run_once(MAY_21_NINE_MINSK))
    await fake.wait_for("sendMessage", 1)
    sending.cancel()  # the process stops while Telegram has the message: did it post? nobody knows
    with pytest.raises(asyncio.CancelledError):
        await sending
    del fake.delays["sendMessage"]

    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(seconds=30)) == 0
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + LEASE + timedelta(seconds=1)) == 0
    assert len(channel_posts(fake)) == 1  # the one attempt, never a second
    (report,) = admin_messages(fake)
    assert "0 of 1 sent" in report and "unknown" in report


async def test_late_within_the_grace_missed_beyond_it(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance(grace=60)
    await queue(bot.posts, bot.admin_ref(), {"en": "Late but sent #FreeThemAll"})
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(minutes=59)) == 1

    await queue(bot.posts, bot.admin_ref(), {"en": "Too late #FreeThemAll"})
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(minutes=61)) == 0
    assert [text for _, text, _ in channel_posts(fake)] == ["Late but sent #FreeThemAll"]
    assert "missed" in admin_messages(fake)[-1]


async def test_a_failed_send_is_retried_and_a_refusal_is_not(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance()
    await queue(bot.posts, bot.admin_ref(), {"en": "Retry #FreeThemAll", "be": "Адмова #FreeThemAll"})
    fake.fail_next("sendMessage", 403, "Forbidden: bot is not a member of the channel chat")
    fake.fail_next("sendMessage", 502, "Bad Gateway")
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK) == 0
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(seconds=5)) == 0  # backing off
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(seconds=31)) == 1
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(minutes=5)) == 0
    (report,) = admin_messages(fake)
    assert "1 of 2 sent" in report and "refused by Telegram" in report


async def test_cancel_and_edit_until_it_goes_out(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance()
    admin = bot.admin_ref()
    cancelled = await queue(bot.posts, admin, {"en": "Cancelled #FreeThemAll"})
    kept = await queue(bot.posts, admin, {"en": "First version #FreeThemAll"})
    assert await bot.posts.cancel(cancelled.id, admin) is True

    edit = await bot.posts.start_draft(admin, replaces=await bot.posts.get(kept.id))
    await bot.posts.set_text(edit.id, "en", "<i>Second</i> version #FreeThemAll")
    stale = await bot.posts.confirm(edit.id, edit.version, admin, BEFORE)  # an older preview's Confirm
    assert not isinstance(stale, Draft) and stale.key == "post-draft-changed"
    current = await bot.posts.draft_of(admin)
    assert current is not None
    edited = await bot.posts.confirm(current.id, current.version, admin, BEFORE)
    assert isinstance(edited, Draft) and edited.id == kept.id  # the post keeps its number

    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK) == 1
    assert [text for _, text, _ in channel_posts(fake)] == ["<i>Second</i> version #FreeThemAll"]
    assert await bot.posts.cancel(kept.id, admin) is False  # gone out: nothing to cancel

    async with bot.db.transaction() as session:
        actions = (await session.execute(select(AdminAction.admin_ref, AdminAction.action))).all()
    assert {action for _, action in actions} >= {"post-new", "post-queued", "post-cancelled", "post-edited"}
    assert {ref for ref, _ in actions} == {admin} and str(ADMIN) not in admin  # a keyed hash, not the id


async def test_the_daily_post_rotates_by_day_the_same_text_in_every_language(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance(daily="09:00")
    keys = daily_keys(bot.frontend.router.catalog)
    assert len(keys) >= 14
    first_day = date(2027, 3, 1)
    fortnight = [key_for(first_day + timedelta(days=n), keys) for n in range(len(keys))]
    assert len(set(fortnight)) == len(keys)  # every text once before any repeats

    texts = DailyTexts(bot.frontend.router.catalog, bot.frontend.router.ctx.stats)
    for n in range(3):
        day = first_day + timedelta(days=n)
        nine_minsk = datetime(day.year, day.month, day.day, 6, 0, tzinfo=UTC)
        assert await bot.dispatcher.run_once(nine_minsk - timedelta(minutes=1)) == 0
        assert await bot.dispatcher.run_once(nine_minsk) == 3
        assert await bot.dispatcher.run_once(nine_minsk + timedelta(minutes=10)) == 0
        expected = await texts.for_day(day, list(CHANNELS))
        assert expected is not None
        sent = {chat: text for chat, text, _ in channel_posts(fake)[-3:]}
        assert sent == {CHANNELS[locale]: text for locale, text in expected.items()}
        hashtags = {text.rsplit("\n", 1)[-1] for text in sent.values()}
        assert len(hashtags) == 1 and hashtags.pop().startswith("#FreeThemAll")
    assert len({text for _, text, _ in channel_posts(fake)}) == 9  # three days, three languages


async def test_a_daily_post_whose_minute_passed_long_ago_is_missed_and_the_admins_told(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance(daily="09:00", grace=60)
    afternoon = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)  # 15:00 in Minsk: the bot was down at 09:00
    assert await bot.dispatcher.run_once(afternoon) == 0
    assert await bot.dispatcher.run_once(afternoon + timedelta(minutes=1)) == 0
    assert channel_posts(fake) == []
    (report,) = admin_messages(fake)
    assert "Daily post of 2027-03-01 09:00 Europe/Minsk: 0 of 3 sent" in report
    async with bot.db.transaction() as session:
        statuses = (await session.execute(select(PostDelivery.status))).scalars().all()
    assert statuses == ["missed"] * 3


async def test_cancel_waits_for_a_send_that_is_being_stamped_and_refuses(
    start_instance: Callable[..., Any], database_url: str
) -> None:
    """PostgreSQL: a cancel racing the dispatcher's uncommitted 'sending' stamp sees it and refuses."""
    if not database_url.startswith("postgresql"):
        pytest.skip("row locks across connections: PostgreSQL")
    bot = await start_instance()
    post = await queue(bot.posts, bot.admin_ref(), {"en": "Racing #FreeThemAll"})
    async with bot.db.engine.connect() as dispatcher_side:
        transaction = await dispatcher_side.begin()
        await dispatcher_side.execute(
            update(PostDelivery).where(PostDelivery.post_id == post.id).values(status="sending")
        )
        cancelling = asyncio.create_task(bot.posts.cancel(post.id, bot.admin_ref()))
        await asyncio.sleep(0.3)
        assert not cancelling.done()  # it waits on the row lock
        await transaction.commit()
    assert await cancelling is False


async def test_an_old_confirm_never_queues_a_newer_draft(start_instance: Callable[..., Any]) -> None:
    """A discarded draft's number is never given to the next one (SQLite would reuse it)."""
    bot = await start_instance()
    admin = bot.admin_ref()
    old = await bot.posts.start_draft(admin)
    await bot.posts.set_moment(old.id, Moment(MAY_21_NINE_MINSK, "Europe/Minsk"))
    await bot.posts.set_text(old.id, "en", "Previewed #FreeThemAll")
    previewed = await bot.posts.draft_of(admin)
    assert previewed is not None
    new = await bot.posts.start_draft(admin)  # the old draft is dropped
    await bot.posts.set_moment(new.id, Moment(MAY_21_NINE_MINSK, "Europe/Minsk"))
    await bot.posts.set_text(new.id, "en", "Never previewed #FreeThemAll")
    assert new.id != previewed.id
    stale = await bot.posts.confirm(previewed.id, previewed.version, admin, BEFORE)
    assert not isinstance(stale, Draft) and stale.key == "post-draft-changed"


# -- one broken post never stops the others (issue 17, item 4) ---------------------------------


async def test_one_channel_listed_under_two_languages_gets_one_daily_post_and_queued_posts_go_on(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """The trigger: en and de both on one channel (written two ways) made two deliveries for one
    channel; the insert failed on every knock, so no post went out. Now: one copy, in English."""
    fake, _ = fake_telegram
    bot = await start_instance()
    front = bot.frontend
    posts = PostService(bot.db, [("en", "@free_en"), ("de", "@FREE_EN"), ("be", "@free_be")], "Europe/Minsk")
    texts = DailyTexts(front.router.catalog, front.router.ctx.stats).for_day
    dispatcher = Dispatcher(
        bot.db, posts, front.publish, front.notify, timedelta(hours=1), DailySchedule((9, 0), texts)
    )
    await queue(posts, bot.admin_ref(), {"en": "Queued #FreeThemAll"}, fallback="en")

    assert await dispatcher.run_once(MAY_21_NINE_MINSK) == 4  # the daily post twice, the queued one twice
    assert await dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(minutes=1)) == 0
    chats = [chat for chat, _, _ in channel_posts(fake)]
    assert sorted(chats) == ["@free_be", "@free_be", "@free_en", "@free_en"]
    expected = await texts(MAY_21_NINE_MINSK.date(), ["en", "be"])
    assert expected is not None
    assert (("@free_en", expected["en"], "HTML")) in channel_posts(fake)  # the first listed language


async def test_a_daily_post_that_cannot_be_prepared_never_stops_a_queued_post(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance()
    front = bot.frontend

    async def broken_texts(_day: date, _locales: list[str]) -> dict[str, str]:
        return {"be": "Толькі па-беларуску"}  # no English, no Russian: this day cannot be prepared

    dispatcher = Dispatcher(
        bot.db,
        bot.posts,
        front.publish,
        front.notify,
        timedelta(hours=1),
        DailySchedule((9, 0), broken_texts),
    )
    post = await queue(bot.posts, bot.admin_ref(), {"en": "Still goes out #FreeThemAll"}, fallback="en")

    assert await dispatcher.run_once(MAY_21_NINE_MINSK) == 3
    for later in (5, 60, 3600):
        assert await dispatcher.run_once(MAY_21_NINE_MINSK + timedelta(seconds=later)) == 0
    assert {text for _, text, _ in channel_posts(fake)} == {"Still goes out #FreeThemAll"}
    reports = admin_messages(fake)
    assert len(reports) == 2  # the queued post's, and the failed daily post's: once
    (daily,) = [report for report in reports if report.startswith("Daily post")]
    assert "0 of 3 sent" in daily and "failed (could not be prepared: KeyError)" in daily
    assert any(f"Post #{post.id}" in report and "3 of 3 sent" in report for report in reports)
    async with bot.db.transaction() as session:
        statuses = (await session.execute(select(PostDelivery.status))).scalars().all()
    assert sorted(statuses) == ["failed"] * 3 + ["sent"] * 3


async def test_a_queued_post_without_its_text_fails_alone_and_the_next_one_goes_out(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_instance()
    broken = await queue(bot.posts, bot.admin_ref(), {"en": "Lost text #FreeThemAll"}, fallback="en")
    good = await queue(bot.posts, bot.admin_ref(), {"en": "Good #FreeThemAll"}, fallback="en")
    async with bot.db.transaction() as session:  # its text is gone: it cannot be prepared
        await session.execute(delete(PostText).where(PostText.post_id == broken.id))

    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK) == 3
    assert await bot.dispatcher.run_once(MAY_21_NINE_MINSK + LEASE + timedelta(seconds=1)) == 0
    assert {text for _, text, _ in channel_posts(fake)} == {"Good #FreeThemAll"}
    reports = admin_messages(fake)
    assert len(reports) == 2
    (told,) = [report for report in reports if f"Post #{broken.id} " in report]
    assert "0 of 3 sent" in told and "failed (no text to send)" in told
    assert any(f"Post #{good.id} " in report and "3 of 3 sent" in report for report in reports)


async def test_a_send_that_raises_is_settled_alone_and_the_other_channels_still_get_the_post(
    start_instance: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """A fault at the platform boundary that the adapter did not foresee (an exception, not an answer)."""
    fake, _ = fake_telegram
    bot = await start_instance()
    front = bot.frontend

    async def publish(chat: str, body: str | PostContent, key: str) -> Published:
        if chat == "@free_be":
            raise RuntimeError("unforeseen")
        return await front.publish(chat, body, key)

    dispatcher = Dispatcher(bot.db, bot.posts, publish, front.notify, timedelta(hours=1))
    await queue(bot.posts, bot.admin_ref(), {"en": "Three channels #FreeThemAll"}, fallback="en")

    assert await dispatcher.run_once(MAY_21_NINE_MINSK) == 2
    assert await dispatcher.run_once(MAY_21_NINE_MINSK + LEASE + timedelta(seconds=1)) == 0
    assert sorted(chat for chat, _, _ in channel_posts(fake)) == ["-1001234567", "@free_en"]
    (report,) = admin_messages(fake)
    assert "2 of 3 sent" in report and "unknown" in report  # it may have reached Telegram: never resent
