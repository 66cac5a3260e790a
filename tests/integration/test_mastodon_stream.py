"""Mentions from the streaming API, whole bots against the fake instance: fast, never twice, never skipped."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.adapters.mastodon import MastodonFrontend
from bot.i18n import Catalog
from bot.settings import Settings
from bot.storage.models import Pledge
from bot.storage.session import Database
from bot.wiring import build_router
from scheduler.clock import Clock
from scheduler.mastodon_jobs import schedule_mastodon_jobs
from tests.conftest import free_port, serving
from tests.fakes.mastodon import GARBAGE, FakeMastodon, Mention
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import running_bot

pytestmark = pytest.mark.integration
CATALOG = Catalog()
STREAM_LOGGER = "bot.adapters.mastodon_stream"


@pytest.fixture
async def fake() -> AsyncIterator[FakeMastodon]:
    instance = FakeMastodon()
    instance.max_characters = 5000  # one status an answer: threads are tested in test_mastodon.py
    async with serving(instance.app()) as instance.origin:
        yield instance


@pytest.fixture
def bot_settings(
    make_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    fake: FakeMastodon,
    db: Database,  # migrated: on PostgreSQL the bot refuses a schema that is not current
) -> Callable[..., Settings]:
    """Settings of a whole bot (Telegram beside Mastodon); `mastodon` and `core` values on top."""
    telegram, base_url = fake_telegram

    def build(core: dict[str, Any] | None = None, **mastodon: Any) -> Settings:
        return make_settings(
            telegram={"token": telegram.token, "api_base_url": base_url},
            core={"port": free_port(), "host": "127.0.0.1"} | (core or {}),
            mastodon={"api_base_url": fake.origin, "access_token": fake.token} | mastodon,
        )

    return build


async def answered(fake: FakeMastodon, mention: Mention, within: float = 10.0) -> float:
    """Seconds until the bot's answer to `mention` arrived on the fake (fails after `within`)."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    async with asyncio.timeout(within):
        while not fake.replies_to(mention.status_id):  # noqa: ASYNC110 - the fake has no event
            await asyncio.sleep(0.01)
    return loop.time() - started


async def until(condition: Callable[[], bool], within: float = 10.0) -> None:
    async with asyncio.timeout(within):
        while not condition():  # noqa: ASYNC110 - the fake has no event
            await asyncio.sleep(0.01)


async def stream_open(fake: FakeMastodon, connections: int = 1) -> None:
    """The bot holds its `connections`-th stream and has read on from its cursor."""
    await until(lambda: fake.stream_connections >= connections and fake.open_streams > 0, within=20.0)
    await until(lambda: fake.requests[-1][0] != "stream")  # the catch-up read after connecting
    await asyncio.sleep(0.1)


def answers(fake: FakeMastodon) -> list[str]:
    """The statuses the bot answered, once per answer (its own thread parts aside)."""
    own = {post.id for post in fake.posted}
    return [p.in_reply_to_id for p in fake.posted if p.in_reply_to_id and p.in_reply_to_id not in own]


def reads(fake: FakeMastodon) -> int:
    return sum(1 for route, _ in fake.requests if route == "notifications")


# -- the stream -----------------------------------------------------------------------------------------
async def test_a_mention_is_answered_from_the_stream_without_waiting_for_a_poll(
    bot_settings: Callable[..., Settings], fake: FakeMastodon
) -> None:
    """Polls every 10 minutes: only the stream can bring the answer in seconds."""
    async with running_bot(bot_settings(poll_seconds=600)):
        await stream_open(fake)
        fake.send_event("update", '{"id": "1"}')  # the home timeline's events are skipped
        fake.send_event("filters_changed", "")
        fake.follow("jonas")  # a notification, but no mention: no read for it
        await asyncio.sleep(0.2)
        before = reads(fake)
        mention = fake.mention("anna@minsk.example", "help", language="de")
        await answered(fake, mention, within=3.0)
        assert reads(fake) == before + 1
    [reply] = fake.replies_to(mention.status_id)
    assert reply.text == "@anna@minsk.example " + CATALOG.format("help-text", locale="de")
    assert fake.stream_connections == 1  # unknown events are no reason to leave the stream
    await until(lambda: fake.open_streams == 0, within=2.0)  # the stop closed it (seen at a heartbeat)


async def test_without_a_stream_polling_answers_within_the_interval(
    bot_settings: Callable[..., Settings], fake: FakeMastodon, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, STREAM_LOGGER)
    fake.stream_mode = "absent"
    async with running_bot(bot_settings(poll_seconds=1)):
        await until(lambda: fake.routes_answered("stream", 404) >= 1 and reads(fake) >= 1)
        mentions = [fake.mention(f"reader{n}@town.example", "about") for n in range(3)]
        for mention in mentions:
            await answered(fake, mention, within=3.0)
        await until(lambda: fake.routes_answered("stream", 404) >= 3)  # it keeps asking, backing off
    assert answers(fake) == [mention.status_id for mention in mentions]
    assert caplog.text.count("offers no stream (HTTP 404)") == 1


async def test_with_streaming_off_the_bot_only_polls(
    bot_settings: Callable[..., Settings], fake: FakeMastodon
) -> None:
    async with running_bot(bot_settings(poll_seconds=1, streaming=False)):
        mention = fake.mention("anna@minsk.example", "about")
        await answered(fake, mention, within=3.0)
    assert fake.stream_connections == 0
    assert not any(route == "stream" for route, _ in fake.requests)


async def test_the_stream_drops_polling_takes_over_then_the_stream_again_nothing_twice_nothing_skipped(
    bot_settings: Callable[..., Settings], fake: FakeMastodon
) -> None:
    fake.drop_after, fake.after_drop = 1, "absent"  # the streaming server goes away after one event
    async with running_bot(bot_settings(poll_seconds=1)):
        await stream_open(fake)
        first = fake.mention("anna@minsk.example", "about")
        await answered(fake, first, within=3.0)
        gap = [fake.mention(f"reader{n}@town.example", "about") for n in range(3)]
        for mention in gap:
            await answered(fake, mention, within=4.0)  # by polling: the stream answers 404
        fake.drop_after, fake.stream_mode = None, "on"
        await stream_open(fake, connections=2)
        last = [fake.mention(f"late{n}@town.example", "about") for n in range(2)]
        for mention in last:
            await answered(fake, mention, within=3.0)
        await asyncio.sleep(1.5)  # a poll more: nothing is answered again
    everyone = [first, *gap, *last]
    assert answers(fake) == [mention.status_id for mention in everyone]
    assert fake.routes_answered("stream", 404) >= 1


async def test_what_was_said_while_the_stream_was_down_is_answered_when_it_returns(
    bot_settings: Callable[..., Settings], fake: FakeMastodon
) -> None:
    """Polls every 10 minutes: the read that follows each (re)connection finds the gap's mentions."""
    async with running_bot(bot_settings(poll_seconds=600)):
        await stream_open(fake)
        fake.drop_streams(then="absent")
        await until(lambda: fake.routes_answered("stream", 404) >= 1)
        during = [fake.mention(f"reader{n}@town.example", "about") for n in range(2)]
        await asyncio.sleep(0.5)
        assert answers(fake) == []  # no stream, no poll due: they wait
        fake.stream_mode = "on"
        for mention in during:
            await answered(fake, mention, within=10.0)
        after = fake.mention("anna@minsk.example", "about")
        await answered(fake, after, within=3.0)
    assert answers(fake) == [mention.status_id for mention in [*during, after]]


async def test_a_restart_answers_what_came_meanwhile_and_nothing_twice(
    bot_settings: Callable[..., Settings], fake: FakeMastodon
) -> None:
    settings = bot_settings(poll_seconds=600)
    async with running_bot(settings):
        await stream_open(fake)
        before = fake.mention("anna@minsk.example", "about")
        await answered(fake, before, within=3.0)
    meanwhile = fake.mention("jonas", "about")  # while no bot runs
    async with running_bot(settings):
        await answered(fake, meanwhile, within=5.0)
        await stream_open(fake, connections=2)
        after = fake.mention("piotr@warszawa.example", "about")
        await answered(fake, after, within=3.0)
    assert answers(fake) == [before.status_id, meanwhile.status_id, after.status_id]


@pytest.mark.parametrize("garbage", sorted(GARBAGE))
async def test_a_stream_that_sends_garbage_is_left_for_polling_and_said_once(
    bot_settings: Callable[..., Settings],
    fake: FakeMastodon,
    caplog: pytest.LogCaptureFixture,
    garbage: str,
) -> None:
    caplog.set_level(logging.DEBUG, STREAM_LOGGER)
    fake.stream_mode, fake.garbage = "garbage", garbage
    async with running_bot(bot_settings(poll_seconds=1)):
        mention = fake.mention("anna@minsk.example", "about")
        await answered(fake, mention, within=4.0)
        await until(lambda: fake.stream_connections >= 3)  # tried again, got garbage again
        second = fake.mention("jonas", "about")
        await answered(fake, second, within=4.0)
    assert answers(fake) == [mention.status_id, second.status_id]
    said = [r for r in caplog.records if "cannot be read" in r.getMessage()]
    assert len(said) == 1 and said[0].levelno == logging.WARNING


async def test_a_failing_instance_delays_the_answer_but_neither_loses_nor_doubles_it(
    bot_settings: Callable[..., Settings], fake: FakeMastodon
) -> None:
    async with running_bot(bot_settings(poll_seconds=1)):
        await stream_open(fake)
        fake.fail_next("notifications", 503)  # the stream's read fails: the next poll reads again
        first = fake.mention("anna@minsk.example", "about")
        await answered(fake, first, within=5.0)
        fake.fail_next("post_status", 429, reset_in=0.5)  # the answer waits for the window
        fake.fail_next("get_status", 502)
        second = fake.mention("jonas", "about")
        await answered(fake, second, within=8.0)
        await asyncio.sleep(1.5)
    assert fake.routes_answered("notifications", 503) == 1
    assert fake.routes_answered("post_status", 429) == 1
    assert answers(fake) == [first.status_id, second.status_id]


# -- what the answers say ---------------------------------------------------------------------------------
async def pledges(db: Database) -> int:
    async with db.transaction() as session:
        return int((await session.execute(select(func.count()).select_from(Pledge))).scalar_one())


async def test_a_yes_confirms_only_from_the_asked_account_in_its_own_thread(
    bot_settings: Callable[..., Settings], fake: FakeMastodon, db: Database
) -> None:
    olga, anna = "olga@moscow.example", "anna@minsk.example"
    nothing = CATALOG.format("mastodon-confirm-nothing", {"minutes": 30}, "en")
    async with running_bot(bot_settings(poll_seconds=600)):
        await stream_open(fake)

        async def ask(acct: str, text: str, reply_to: str | None = None) -> str:
            mention = fake.mention(acct, text, visibility="direct", in_reply_to=reply_to)
            await answered(fake, mention, within=3.0)
            [reply] = fake.replies_to(mention.status_id)
            return reply.id

        # Five answers an account in ten minutes (PerAccountLimit): olga gets exactly five here.
        other_thread = await ask(olga, "sign")
        await ask(anna, "sign")
        her_question = await ask(olga, "forget")
        anna_question = await ask(anna, "forget")
        refusals = [
            await ask(anna, "yes", her_question),  # another account, in olga's thread
            await ask(olga, "yes", anna_question),  # olga, in anna's thread
            await ask(olga, "yes", other_thread),  # olga, in a thread of hers without a question
        ]
        assert await pledges(db) == 2
        done = await ask(olga, "yes", her_question)
        assert await pledges(db) == 1  # olga's is gone, anna's stays
    posted = {post.id: post.text for post in fake.posted}
    assert posted[done] == f"@{olga} " + CATALOG.format("forget-done", locale="en")
    for refused in refusals:
        assert posted[refused].split(maxsplit=1)[1].split() == nothing.split()


@pytest.mark.parametrize(
    ("chosen", "status_language", "visibility", "expected"),
    [
        ("de", "pl", "direct", "de"),  # the stored choice first
        ("de", "pl", "public", "pl"),  # but never in public: it would show that she uses the bot
        (None, "pl", "direct", "pl"),  # else the status's language
        (None, "pt-BR", "direct", "lt"),  # a language the bot does not speak: DEFAULT_LOCALE
        (None, None, "public", "lt"),  # no language: DEFAULT_LOCALE
    ],
)
async def test_the_answer_s_language_is_the_choice_else_the_status_s_else_the_default(
    bot_settings: Callable[..., Settings],
    fake: FakeMastodon,
    chosen: str | None,
    status_language: str | None,
    visibility: str,
    expected: str,
) -> None:
    async with running_bot(bot_settings(core={"default_locale": "lt"}, poll_seconds=600)):
        await stream_open(fake)
        if chosen is not None:
            switch = fake.mention("anna@minsk.example", f"lang {chosen}", visibility="direct", language="ru")
            await answered(fake, switch, within=3.0)
        mention = fake.mention("anna@minsk.example", "help", visibility=visibility, language=status_language)
        await answered(fake, mention, within=3.0)
    [reply] = fake.replies_to(mention.status_id)
    assert reply.language == expected
    assert reply.text == "@anna@minsk.example " + CATALOG.format("help-text", locale=expected)


async def test_polls_slow_down_while_the_rate_limit_runs_low(
    bot_settings: Callable[..., Settings], fake: FakeMastodon
) -> None:
    """Under a quarter of the window left: a poll every 4 intervals; a new window: every interval again."""
    fake.rate_limit = 100
    fake.rate_window_now(remaining=20, resets_in=300)
    async with running_bot(bot_settings(poll_seconds=1, streaming=False)):
        await until(lambda: reads(fake) >= 1)
        await asyncio.sleep(5.5)
        slowed = reads(fake)
        fake.rate_window_now(remaining=100, resets_in=300)  # a new window
        await asyncio.sleep(6.5)  # the first read after it still goes by the old window's figures
        resumed = reads(fake) - slowed
    assert slowed <= 3  # at t = 0 and 4 (1 s apart, it would be 6)
    assert resumed >= 3
    assert fake.routes_answered("notifications", 429) == 0


async def test_two_bots_on_one_database_answer_a_streamed_mention_once(
    bot_settings: Callable[..., Settings], fake: FakeMastodon
) -> None:
    async with AsyncExitStack() as bots:
        for number in (1, 2):  # one after the other: two schema checks at once trip alembic's globals
            await bots.enter_async_context(running_bot(bot_settings(poll_seconds=600)))
            await stream_open(fake, connections=number)
        mentions = [fake.mention(f"reader{n}@town.example", "about") for n in range(4)]
        for mention in mentions:
            await answered(fake, mention, within=3.0)
        await asyncio.sleep(0.5)
    assert answers(fake) == [mention.status_id for mention in mentions]


@pytest.mark.parametrize("has_v2", [True, False])
@pytest.mark.parametrize(
    ("announced", "expected"),
    [(None, "origin"), ("wss://streaming.campaign.example/", "https://streaming.campaign.example")],
)
async def test_the_stream_is_where_the_instance_says(
    make_settings: Callable[..., Settings],
    fake: FakeMastodon,
    db: Database,
    has_v2: bool,
    announced: str | None,
    expected: str,
) -> None:
    """v2's `configuration.urls.streaming`, else v1's `urls.streaming_api`; WebSocket schemes as HTTP."""
    fake.has_v2, fake.streaming_url = has_v2, announced
    settings = make_settings(mastodon={"api_base_url": fake.origin, "access_token": fake.token})
    masto = MastodonFrontend(settings, build_router(settings, db), db)
    try:
        where = await masto.streaming_base()
    finally:
        await masto.stop()
    assert where == (fake.origin if expected == "origin" else expected)


async def test_a_silent_stream_is_left_and_opened_again(
    make_settings: Callable[..., Settings], fake: FakeMastodon, db: Database
) -> None:
    """No byte, not even a heartbeat, for `silence` seconds: the connection is dead, whatever TCP says."""
    fake.heartbeat = 3600.0
    settings = make_settings(mastodon={"api_base_url": fake.origin, "access_token": fake.token})
    masto = MastodonFrontend(settings, build_router(settings, db), db)
    await masto.start()
    clock = Clock("UTC")
    schedule_mastodon_jobs(clock, masto, 600, silence=0.5, reconnect=(0.1, 0.2))
    clock.on_stop(masto.request_stop)
    clock.start()
    try:
        await until(lambda: fake.stream_connections >= 3)
        mention = fake.mention("anna@minsk.example", "about")
        await answered(fake, mention, within=3.0)  # a stream open again brings it
    finally:
        await clock.stop(5)
        await masto.stop()
    assert answers(fake) == [mention.status_id]
