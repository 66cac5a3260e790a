"""An owner's lockdown, typed on one instance, stops a broadcast and a due post mid-way on another;
the owners' /wipe_signers keeps the count and leaves no identity; retention and milestone jitter.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, select

from bot.app import LockedDownError, export_pledges
from bot.core import Incoming
from bot.identity import IdentityHasher
from bot.services.daily import DailyTexts
from bot.services.deletions import PendingDeletions
from bot.services.lockdown import Lockdown
from bot.services.post_input import Moment
from bot.services.posts import Draft
from bot.services.retention import prune
from bot.settings import LOCALES
from bot.storage.models import (
    AdminAction,
    Broadcast,
    BroadcastDelivery,
    Milestone,
    Pledge,
    PostDelivery,
    SyncEvent,
    utcnow,
)
from scheduler.broadcaster import Broadcaster
from scheduler.jobs import build_dispatcher, ensure_digest
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import MovableClock
from tests.scheduler.conftest import ADMIN, Bot
from tests.scheduler.test_broadcaster import broadcast, seed

OWNER, CHANNELS = ADMIN, {"be": "@free_be", "en": "@free_en", "ru": "@free_ru"}
MAY_21 = datetime(2027, 5, 21, 6, 0, tzinfo=UTC)


async def say(bot: Bot, text: str, user: int = OWNER) -> list[str]:
    """What the bot answers `user` (an owner by default), as text."""
    return [o.text for o in await bot.router.handle(Incoming("telegram", user, "en", text=text))]


def catalog(bot: Bot, key: str, **values: object) -> str:
    return bot.router.catalog.format(key, values, "en")


@pytest.fixture
def start_owned(start_bot: Callable[..., Any]) -> Callable[..., Any]:
    """Instances where ADMIN is also an owner, with three channels."""

    async def start() -> Bot:
        bot: Bot = await start_bot(
            telegram={"channels": CHANNELS},
            safety={"owner_ids": [OWNER], "milestone_jitter_minutes": 0},
        )
        return bot

    return start


async def test_a_lockdown_on_one_instance_stops_a_broadcast_mid_way_on_another(
    start_owned: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """The day's digest waits and goes on after the lift; an admin's broadcast is cancelled for good."""
    fake, _ = fake_telegram
    first, second = await start_owned(), await start_owned()
    chats = await seed(first, 60)
    texts = {locale: f"[{locale}] digest" for locale in LOCALES}
    assert await first.router.ctx.subscribers.create_broadcast("digest:2027-05-21", "digest", texts)
    admins = await first.router.ctx.subscribers.create_broadcast("admin:x", "admin", texts)
    ctx = second.router.ctx
    sender = Broadcaster(ctx.subscribers, second.frontend.send_direct, 15, lockdown=ctx.lockdown)
    running = asyncio.create_task(sender.run_once())
    deadline = asyncio.get_running_loop().time() + 10
    while sum(fake.delivered[c] for c in chats) < 10:
        assert asyncio.get_running_loop().time() < deadline, "the broadcast did not start"
        await asyncio.sleep(0.02)

    assert await say(first, "/lockdown") == [catalog(first, "lockdown-ask", word="LOCKDOWN")]
    assert await say(first, "/lockdown LOCKDOWN") == [catalog(first, "lockdown-on")]
    assert await asyncio.wait_for(running, 5) is False  # stopped, not finished
    reached = sum(fake.delivered[c] for c in chats)
    assert 10 <= reached < 60
    assert await sender.run_once() is False  # still locked: nothing more goes out
    await asyncio.sleep(1.2)
    assert sum(fake.delivered[c] for c in chats) == reached

    assert await say(first, "/unlock UNLOCK") == [catalog(first, "unlock-done")]
    assert await sender.run_once() is True  # the digest: the rest, once
    assert {chat: fake.delivered[chat] for chat in chats} == dict.fromkeys(chats, 1)
    assert await sender.run_once() is False  # the admin's broadcast was cancelled by the lockdown
    assert {chat: fake.delivered[chat] for chat in chats} == dict.fromkeys(chats, 1)
    async with first.db.transaction() as session:
        actions = (await session.execute(select(AdminAction.action).order_by(AdminAction.id))).scalars()
        assert list(actions)[-2:] == ["lockdown", "unlock"]
        assert await session.scalar(select(Broadcast.status).where(Broadcast.id == admins)) == "cancelled"


async def test_a_lockdown_stops_a_due_post_mid_way_on_another_instance(
    start_owned: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    first, second = await start_owned(), await start_owned()
    posts = first.router.ctx.posts
    draft = await posts.start_draft(first.admin_ref())
    await posts.set_moment(draft.id, Moment(MAY_21, "Europe/Minsk"))
    await posts.set_text(draft.id, "en", "May 21 #FreeThemAll")
    await posts.set_fallback(draft.id, "en")
    current = await posts.draft_of(first.admin_ref())
    assert current is not None
    assert isinstance(
        await posts.confirm(current.id, current.version, first.admin_ref(), MAY_21 - timedelta(1)), Draft
    )

    fe = second.frontend
    dispatcher = build_dispatcher(fe.settings, second.db, second.router, fe.publish, fe.notify)
    fake.delays["sendMessage"] = 0.4
    running = asyncio.create_task(dispatcher.run_once(MAY_21))
    await fake.wait_for("sendMessage", 1)
    await say(first, "/lockdown LOCKDOWN")
    await asyncio.wait_for(running, 5)
    fake.delays.clear()
    channel_sends = [c for c in fake.calls("sendMessage") if str(c.params["chat_id"]) in CHANNELS.values()]
    assert 1 <= len(channel_sends) < 3  # the send in flight finished; the next was handed back
    assert await dispatcher.run_once(MAY_21 + timedelta(seconds=5)) == 0

    # Meanwhile admin commands that send or export are refused, for owners too (but /queue).
    assert await say(first, "/export") == [catalog(first, "lockdown-refused")]
    assert await say(first, "/broadcast hello") == [catalog(first, "lockdown-refused")]
    assert await say(first, "/queue") != [catalog(first, "lockdown-refused")]

    await say(first, "/unlock UNLOCK")
    await dispatcher.run_once(MAY_21 + timedelta(seconds=10))
    sent = [
        str(c.params["chat_id"]) for c in fake.calls("sendMessage") if str(c.params["chat_id"]) != str(ADMIN)
    ]
    assert sorted(sent) == sorted(CHANNELS.values())  # each channel once, the rest after the lift
    async with second.db.transaction() as session:
        statuses = (await session.execute(select(PostDelivery.status))).scalars().all()
    assert statuses == ["sent"] * 3


async def test_only_owners_lock_down_and_the_export_command_line_refuses_too(
    start_bot: Callable[..., Any], tmp_path: Any
) -> None:
    bot: Bot = await start_bot(safety={"owner_ids": []})
    assert await say(bot, "/lockdown LOCKDOWN") == [catalog(bot, "owner-only")]  # an admin, not an owner
    assert await say(bot, "/lockdown LOCKDOWN", user=999) == [catalog(bot, "owner-only")]
    assert await Lockdown(bot.db).active() is False
    ref = bot.router.hasher.user_ref("telegram", 501)
    await bot.router.ctx.pledges.pledge(ref, "telegram", "be", "Alaksandra K.")
    for user in (OWNER, 999):  # an admin who is no owner, and a stranger
        assert await say(bot, "/wipe_signers WIPE 1", user=user) == [catalog(bot, "owner-only")]
        assert await say(bot, "/unlock UNLOCK", user=user) == [catalog(bot, "owner-only")]
    assert [row.display_name async for row in bot.router.ctx.pledges.export()] == ["Alaksandra K."]
    await Lockdown(bot.db).turn_on(bot.admin_ref())
    with pytest.raises(LockedDownError):
        await export_pledges(bot.frontend.settings, tmp_path / "pledges.csv")
    assert not (tmp_path / "pledges.csv").exists()


async def test_wipe_signers_keeps_the_count_and_milestones_and_no_identity(
    start_owned: Callable[..., Any],
) -> None:
    bot: Bot = await start_owned()
    pledges, hasher = bot.router.ctx.pledges, bot.router.hasher
    refs = [hasher.user_ref("telegram", person) for person in (501, 502, 503)]
    for ref, name in zip(refs, ("Alaksandra K.", None, "Ihar"), strict=True):
        await pledges.pledge(ref, "telegram", "be", name)
    before = await pledges.milestones()
    signer = pledges.sync_id(refs[2])  # an event still waiting for the collector (sync may be down)
    event = {"event": "pledge", "signer": signer, "name": "Ihar", "at": "2026-11-30T12:34:56+00:00"}
    async with bot.db.transaction() as session:
        await session.execute(
            insert(SyncEvent).values(
                signer=signer, payload=json.dumps(event), idempotency_key="k1", attempts=0
            )
        )

    ask = catalog(bot, "wipe-ask", count=3, word="WIPE")
    assert await say(bot, "/wipe_signers") == [ask]
    assert await say(bot, "/wipe_signers WIPE 2") == [ask]  # the wrong count: nothing happens
    assert {row.user_ref for row in [r async for r in pledges.export()]} == set(refs)
    assert await say(bot, "/wipe_signers WIPE 3") == [catalog(bot, "wipe-done", count=3, total=3)]

    assert await pledges.count() == 3
    assert await pledges.milestones() == before
    async with bot.db.transaction() as session:
        rows = (await session.execute(select(Pledge))).scalars().all()
        actions = (await session.execute(select(AdminAction.action, AdminAction.subject))).all()
    assert len(rows) == 3 and sorted(r.signer_no for r in rows) == [1, 2, 3]
    assert not {r.user_ref for r in rows} & set(refs)  # nobody can be found by their account
    assert all(r.display_name is None for r in rows)
    assert all(r.signed_at.time() == datetime.min.time() for r in rows)  # the day only
    assert ("wipe-signers", "3") in actions
    assert await pledges.signed_at(refs[0]) is None
    async with bot.db.transaction() as session:
        (waiting,) = (await session.execute(select(SyncEvent))).scalars().all()
    body = json.loads(waiting.payload)
    assert waiting.signer != signer and body["signer"] == waiting.signer  # no longer derivable
    assert body["name"] is None and body["at"] == "2026-11-30" and waiting.idempotency_key == "k1"


async def test_retention_prunes_delivery_records_and_the_audit_log(start_bot: Callable[..., Any]) -> None:
    bot: Bot = await start_bot()
    db, now, days = bot.db, datetime(2027, 3, 1, 12, 0, tzinfo=UTC), 90
    limit = now - timedelta(days=days)
    stamps = [
        limit - timedelta(days=30),
        limit - timedelta(seconds=1),
        limit,
        limit + timedelta(seconds=1),
        now,
    ]
    async with db.transaction() as session:
        created = await session.execute(
            insert(Broadcast)
            .values(key="old", kind="digest", status="done", last_subscriber=0)
            .returning(Broadcast.id)
        )
        broadcast_id = created.scalar_one()
        await session.execute(
            insert(BroadcastDelivery),
            [
                {"broadcast_id": broadcast_id, "subscriber_id": n, "status": "sent", "at": at}
                for n, at in enumerate(stamps)
            ],
        )
        await session.execute(
            insert(AdminAction), [{"admin_ref": "a" * 64, "action": "export", "at": at} for at in stamps]
        )

        running = await session.execute(
            insert(Broadcast).values(key="now", kind="admin", status="running").returning(Broadcast.id)
        )
        old_but_running = {"broadcast_id": running.scalar_one(), "subscriber_id": 1, "status": "sent"}
        await session.execute(insert(BroadcastDelivery), [old_but_running | {"at": stamps[0]}])

    removed = await prune(db, now, days)

    assert removed["broadcast_deliveries"] == 2 and removed["admin_actions"] == 2  # not the running one
    async with db.transaction() as session:
        kept = (
            (await session.execute(select(BroadcastDelivery.at).order_by(BroadcastDelivery.at)))
            .scalars()
            .all()
        )
        audit = (await session.execute(select(AdminAction.at).order_by(AdminAction.at))).scalars().all()
    assert kept == [stamps[0], *stamps[2:]]  # a running broadcast's log, the limit and newer stay
    assert audit == stamps[2:]
    assert await prune(db, now, days) == dict.fromkeys(removed, 0)


async def test_milestone_posts_wait_a_random_delay_within_the_jitter(start_bot: Callable[..., Any]) -> None:
    bot: Bot = await start_bot(
        pledges={"milestones": [1, 2, 3, 4, 5, 6]}, safety={"milestone_jitter_minutes": 30}
    )
    pledges, hasher = bot.router.ctx.pledges, bot.router.hasher
    for person in range(6):
        await pledges.pledge(hasher.user_ref("telegram", 700 + person), "telegram", "en")
    async with bot.db.transaction() as session:
        rows = (await session.execute(select(Milestone.reached_at, Milestone.announce_after))).all()
    delays = [(after - reached).total_seconds() for reached, after in rows]
    assert len(delays) == 6 and all(0 <= d <= 30 * 60 for d in delays)
    assert len(set(delays)) > 1  # random: six equal delays out of 1,801 seconds would be a broken draw


async def test_a_broadcast_to_a_safe_mode_subscriber_is_deleted_from_their_chat_later(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot: Bot = await start_bot()
    ctx = bot.router.ctx
    chats = await seed(bot, 3)
    await ctx.people.set_safe_mode(bot.router.hasher.user_ref("telegram", chats[1]), "ru", True)
    await broadcast(bot)
    sender = Broadcaster(ctx.subscribers, bot.frontend.send_direct, 50, deletions=ctx.deletions)
    assert await sender.run_once() is True

    sent = {chat: message for chat, message in fake.messages}
    assert await ctx.deletions.take_due("telegram", utcnow() + timedelta(minutes=9)) == ([], 0)
    (due,), _ = await ctx.deletions.take_due("telegram", utcnow() + timedelta(minutes=11))
    assert (due.address, due.message_ids) == (str(chats[1]), (sent[chats[1]],))  # only theirs
    assert await bot.frontend.delete_due() == 0  # not due by the real clock yet


async def test_a_deletion_sealed_under_another_key_is_given_up_and_holds_back_no_other(
    start_bot: Callable[..., Any],
) -> None:
    """A row whose address does not open can never be deleted: counted as given up, never a crash."""
    bot: Bot = await start_bot()
    ctx, now = bot.router.ctx, utcnow()
    stranger = PendingDeletions(ctx.deletions.db, IdentityHasher(b"another key " * 4), timedelta(minutes=10))
    await stranger.schedule("telegram", "1111", [5], now)
    await ctx.deletions.schedule("telegram", "2222", [7], now)
    dues, given_up = await ctx.deletions.take_due("telegram", now + timedelta(minutes=11))
    assert given_up == 1
    assert [(due.address, due.message_ids) for due in dues] == [("2222", (7,))]
    assert await ctx.deletions.take_due("telegram", now + timedelta(minutes=12)) == ([], 0)  # gone, or leased


async def test_safe_mode_shows_only_in_private_and_is_asked_until_answered(
    start_bot: Callable[..., Any],
) -> None:
    """In a group, a safe-mode person's /stats looks like anyone's: their answer must not show."""
    bot: Bot = await start_bot()
    router, person = bot.router, 6060
    stats = bot.router.ctx.stats
    await stats.record_manual(1135, datetime(2025, 12, 23, tzinfo=UTC).date(), None, "a" * 64)

    def incoming(text: str, private: bool = True, data: str | None = None) -> Incoming:
        return Incoming("telegram", person, "en", text=text, private=private, callback_data=data)

    subscribed = await router.handle(incoming("/subscribe"))  # never answered: asked with it
    assert [o.text for o in subscribed][-1] == catalog(bot, "safe-ask", minutes=10)
    await router.handle(incoming("", data="safe:on"))
    private = await router.handle(incoming("/stats"))
    group = await router.handle(incoming("/stats", private=False))
    assert private[0].attachment is None and private[0].vanish  # no chart, no link, gone later
    assert group[0].attachment is not None and not group[0].vanish
    subscribed_again = await router.handle(incoming("/subscribe"))
    assert len(subscribed_again) == 1 and subscribed_again[0].vanish  # answered: not asked again


# -- what fell due during a lockdown (issue 17, item 5) ------------------------------------------


def ten_minsk(day: int) -> datetime:
    """10:00 in Minsk on 2027-03-`day`: the digest's minute (DIGEST_TIME=10:00)."""
    return datetime(2027, 3, day, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lifted_after", "day3_sent"), [(timedelta(minutes=30), True), (timedelta(hours=2), False)]
)
async def test_digests_that_fell_due_in_a_lockdown_are_skipped_once_stale_and_the_admins_told_once(
    start_bot: Callable[..., Any],
    fake_telegram: tuple[FakeTelegram, str],
    lifted_after: timedelta,
    day3_sent: bool,
) -> None:
    """Three locked days made three digests; after /unlock nobody gets them back to back: the days
    older than POST_GRACE_MINUTES are skipped, today's goes out if it is still within it."""
    fake, _ = fake_telegram
    clock = MovableClock(ten_minsk(1) - timedelta(hours=1))
    bot: Bot = await start_bot(
        now=clock,
        safety={"owner_ids": [OWNER]},
        broadcasts={"digest_time": "10:00"},
        posts={"post_grace_minutes": 60},
    )
    ctx, front = bot.router.ctx, bot.frontend
    chats = await seed(bot, 9)
    texts = DailyTexts(bot.router.catalog, ctx.stats)
    sender = Broadcaster(
        ctx.subscribers, front.send_direct, 200, False, front.show_progress, clock, ctx.lockdown
    )
    assert await say(bot, "/lockdown LOCKDOWN") == [catalog(bot, "lockdown-on")]
    for day in (1, 2, 3):
        clock.now = ten_minsk(day)
        assert await ensure_digest(ctx, texts, clock.now) is True
        assert await sender.run_once() is False  # locked: nothing goes out

    clock.now = ten_minsk(3) + lifted_after
    assert await say(bot, "/unlock UNLOCK") == [catalog(bot, "unlock-done")]
    assert await sender.run_once() is day3_sent
    assert await sender.run_once() is False
    assert {chat: fake.delivered[chat] for chat in chats} == dict.fromkeys(chats, 1 if day3_sent else 0)

    skipped = "2027-03-01, 2027-03-02" if day3_sent else "2027-03-01, 2027-03-02, 2027-03-03"
    told = [text for text in fake.sent_texts(ADMIN) if "Daily updates not sent" in text]
    assert told == [catalog(bot, "digest-skipped", dates=skipped)]  # one message, once, no names
    async with bot.db.transaction() as session:
        rows = (await session.execute(select(Broadcast.key, Broadcast.status).order_by(Broadcast.id))).all()
    assert [status for _, status in rows] == ["skipped", "skipped", "done" if day3_sent else "skipped"]


async def test_posts_due_in_a_lockdown_are_missed_beyond_the_grace_and_the_report_says_why(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot: Bot = await start_bot(
        telegram={"channels": CHANNELS},
        safety={"owner_ids": [OWNER]},
        posts={"daily_post_time": "10:00", "post_grace_minutes": 60},
    )
    posts, admin = bot.router.ctx.posts, bot.admin_ref()
    day = ten_minsk(1)
    for due, text in (
        (day, "Stale #FreeThemAll"),
        (day + timedelta(hours=1, minutes=30), "Late #FreeThemAll"),
    ):
        draft = await posts.start_draft(admin)
        await posts.set_moment(draft.id, Moment(due, "Europe/Minsk"))
        await posts.set_text(draft.id, "en", text)
        await posts.set_fallback(draft.id, "en")
        current = await posts.draft_of(admin)
        assert current is not None
        assert isinstance(await posts.confirm(current.id, current.version, admin, day - timedelta(1)), Draft)
    fe = bot.frontend
    dispatcher = build_dispatcher(fe.settings, bot.db, bot.router, fe.publish, fe.notify)

    await say(bot, "/lockdown LOCKDOWN")
    for minutes in range(0, 121, 5):  # the clock knocks all through the lockdown
        assert await dispatcher.run_once(day + timedelta(minutes=minutes)) == 0
    await say(bot, "/unlock UNLOCK")
    assert (
        await dispatcher.run_once(day + timedelta(minutes=125)) == 3
    )  # the later post, late, within the grace
    assert [text for chat, text in _channel_texts(fake)] == ["Late #FreeThemAll"] * 3

    reports = fake.sent_texts(ADMIN)
    missed = catalog(
        bot, "post-report-not-sent", locale="en", channel="@free_en", status="lockdown", reason="lockdown"
    )
    assert "a lockdown was on" in missed
    (daily,) = [r for r in reports if r.startswith("Daily post of 2027-03-01 10:00")]
    (stale,) = [r for r in reports if "0 of 3 sent" in r and r.startswith("Post #")]
    assert missed in daily and missed in stale
    assert any(r.startswith("Post #") and "3 of 3 sent" in r for r in reports)
    assert len(reports) == 3  # one report per post, once


def _channel_texts(fake: FakeTelegram) -> list[tuple[str, str]]:
    return [
        (str(c.params["chat_id"]), str(c.params["text"]))
        for c in fake.calls("sendMessage")
        if str(c.params["chat_id"]) in CHANNELS.values()
    ]
