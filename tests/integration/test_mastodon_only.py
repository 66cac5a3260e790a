"""Mastodon on its own: admins by direct mention, their notices, and no Telegram anywhere."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from bot.adapters.mastodon import MastodonFrontend
from bot.adapters.mastodon_scopes import MissingScopeError, missing_scopes
from bot.app import mastodon_channels
from bot.services.milestones import MilestoneAnnouncer
from bot.services.stats_source import StatsSource
from bot.settings import Settings, variable_names
from bot.storage.models import Post
from bot.storage.session import Database
from bot.wiring import build_router
from scheduler.dispatch import Dispatcher
from scheduler.jobs import build_dispatcher, refresh_stats, route_notify, route_publish
from tests.conftest import DEAD_SOURCE, TEST_KEY, free_port, serving
from tests.fakes.mastodon import FakeMastodon, Mention, Posted
from tests.fakes.stats_source import VIASNA_PAGE, FakeSource, running
from tests.integration._bot import wait_until_healthy

pytestmark = pytest.mark.integration
FAST: dict[str, Any] = {"retry_delays": (0.01, 0.01), "request_timeout": 5.0}
WHEN = "2027-05-21 09:00 Europe/Minsk"
DUE = datetime(2027, 5, 21, 6, 0, tzinfo=UTC)  # 09:00 in Minsk
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def fake() -> AsyncIterator[FakeMastodon]:
    instance = FakeMastodon()
    instance.max_characters = 500  # an admin's menu is long; the threading has tests of its own
    async with serving(instance.app()) as instance.origin:
        yield instance


@pytest.fixture
def settings(make_settings: Callable[..., Settings], fake: FakeMastodon) -> Settings:
    masto = {"api_base_url": fake.origin, "access_token": fake.token, "languages": "en,de"}
    return make_settings(mastodon=masto | {"admin_accounts": "alice,@Bob@Other.Example"})


@asynccontextmanager
async def mastodon_only(
    settings: Settings, db: Database
) -> AsyncIterator[tuple[MastodonFrontend, Dispatcher]]:
    """The front-end and the post dispatcher, wired as `run_service` wires them without Telegram."""
    masto = MastodonFrontend(settings, build_router(settings, db), db, **FAST)
    await masto.start()
    notices = route_notify(None, masto.admins.notify)
    notices.is_mastodon_admin = masto.admins.has
    publish = route_publish(None, masto.publish)
    try:
        yield masto, build_dispatcher(settings, db, masto.router, publish, notices.notify)
    finally:
        await masto.stop()


async def say(
    fake: FakeMastodon, masto: MastodonFrontend, acct: str, text: str, reply_to: str | None = None
) -> list[Posted]:
    """`acct` mentions the bot in a direct status; the bot's answer, as a thread."""
    mention: Mention = fake.mention(acct, text, visibility="direct", in_reply_to=reply_to)
    assert await masto.poll_mentions_once() == 1
    [first] = fake.replies_to(mention.status_id)
    return fake.thread(first)


def text_of(parts: list[Posted]) -> str:
    return " ".join(part.text for part in parts)


def body(parts: list[Posted]) -> str:
    """The answer without the @mention it starts with."""
    return text_of(parts).split(" ", 1)[1]


async def posts(db: Database, status: str) -> int:
    """How many posts are in this state (drafts are posts too, in state `draft`)."""
    async with db.transaction() as session:
        query = select(func.count()).select_from(Post).where(Post.status == status)
        return int((await session.execute(query)).scalar_one())


async def test_an_admin_queues_a_post_by_direct_mention_and_it_is_posted(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    async with mastodon_only(settings, db) as (masto, dispatcher):
        asked = await say(fake, masto, "alice", "newpost")
        assert "2027-05-21 09:00 Europe/Minsk" in text_of(asked)  # the example of the form
        menu = await say(fake, masto, "alice", WHEN)
        assert "preview — Preview ▶" in text_of(menu)  # the words stand for the buttons
        await say(fake, masto, "alice", "en: Free them all & now! #FreeThemAll")
        await say(fake, masto, "alice", "de: Freiheit für alle! #FreeThemAll")
        preview = await say(fake, masto, "alice", "preview")
        assert "Free them all & now! #FreeThemAll" in text_of(preview)
        assert "reply “yes” to this message" in text_of(preview)
        assert await posts(db, "queued") == 0  # nothing queued before the confirmation
        queued = await say(fake, masto, "alice", "yes", reply_to=preview[-1].id)
        assert "Post #" in text_of(queued) and "is queued for" in text_of(queued)
        assert await posts(db, "queued") == 1
        every_reply = [post for post in fake.posted if post.text.startswith("@alice")]
        assert every_reply and all(post.visibility == "direct" for post in every_reply)

        before = len(fake.posted)
        await dispatcher.run_once(DUE + timedelta(seconds=1))
        await dispatcher.run_once(DUE + timedelta(seconds=6))
    statuses = fake.posted[before:]
    public = {post.language: post.text for post in statuses if post.visibility == "public"}
    assert public == {"en": "Free them all & now! #FreeThemAll", "de": "Freiheit für alle! #FreeThemAll"}
    reports = [post for post in statuses if post.visibility == "direct"]
    assert reports and all(post.text.startswith("@alice@campaign.example ") for post in reports)


async def test_a_language_without_text_gets_the_fallback_the_admin_names_by_word(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    async with mastodon_only(settings, db) as (masto, dispatcher):
        await say(fake, masto, "alice", "newpost")
        await say(fake, masto, "alice", WHEN)
        await say(fake, masto, "alice", "en: Free them all! #FreeThemAll")
        asked = await say(fake, masto, "alice", "preview")
        assert "There is no text for the channels in: de." in text_of(asked)
        assert "fallback en — Use the en text" in text_of(asked)
        preview = await say(fake, masto, "alice", "fallback en")
        assert "Preview: 2 channels" in text_of(preview)
        stale = await say(fake, masto, "alice", "yes", reply_to=asked[-1].id)  # not the preview: nothing
        assert await posts(db, "queued") == 0, text_of(stale)
        await say(fake, masto, "alice", "yes", reply_to=preview[0].id)  # any part of the preview
        assert await posts(db, "queued") == 1
        before = len(fake.posted)
        await dispatcher.run_once(DUE + timedelta(seconds=1))
    public = sorted((p.language, p.text) for p in fake.posted[before:] if p.visibility == "public")
    assert public == [("de", "Free them all! #FreeThemAll"), ("en", "Free them all! #FreeThemAll")]


async def test_a_remote_account_with_an_admins_local_name_is_no_admin(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    """`alice@evil.example` is not the local `alice`, nor `bob@other.example.evil` the listed bob."""
    async with mastodon_only(settings, db) as (masto, _):
        stranger = {text: body(await say(fake, masto, "carol", text)) for text in ("newpost", WHEN, "queue")}
        for impostor in ("alice@evil.example", "bob@other.example.evil", "bob"):
            for text, expected in stranger.items():
                assert body(await say(fake, masto, impostor, text)) == expected  # as anyone is answered
        assert await posts(db, "draft") == 0
        assert await posts(db, "queued") == 0
        real = await say(fake, masto, "bob@other.example", "newpost")  # the listed account, any case
        assert "2027-05-21 09:00 Europe/Minsk" in text_of(real)


async def test_an_admins_public_mention_gets_no_admin_answer(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    """Admin replies are direct only: a public `newpost` is answered as anyone's unknown word."""
    async with mastodon_only(settings, db) as (masto, _):
        mention = fake.mention("alice", "newpost", visibility="public")
        assert await masto.poll_mentions_once() == 1
        [reply] = fake.replies_to(mention.status_id)
        assert reply.visibility == "unlisted"
        assert "Europe/Minsk" not in reply.text and "stats —" in reply.text  # the words anyone may use
        assert await posts(db, "draft") == 0


async def test_the_admins_get_a_waiting_reading_as_a_direct_status_and_accept_it_with_yes(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    """The first reading after the seeded figures' long silence waits for an admin, as on Telegram."""
    yesterday = (datetime.now(UTC).date() - timedelta(days=1)).strftime("%d.%m.%Y")
    source = FakeSource(body=VIASNA_PAGE.replace("1&nbsp;135", "1&nbsp;150").replace("23.12.2025", yesterday))
    async with running(source) as url, mastodon_only(settings, db) as (masto, _):
        stats = masto.router.ctx.stats
        notices = route_notify(None, masto.admins.notify)
        fetcher = StatsSource(settings.stats.model_copy(update={"source_url": url}))
        await refresh_stats(fetcher, stats, notices.notify_admins)
        told = {post.text.split()[0]: post for post in fake.posted if post.visibility == "direct"}
        assert set(told) == {"@alice@campaign.example", "@bob@other.example"}
        accepted = await say(fake, masto, "alice", "yes", reply_to=told["@alice@campaign.example"].id)
        assert "1,150" in text_of(accepted) or "1 150" in text_of(accepted)
        latest = await stats.latest()
        assert latest is not None and latest.value == 1_150


async def test_a_milestone_goes_to_the_accounts_timeline_once_in_each_language(
    make_settings: Callable[..., Settings], db: Database, fake: FakeMastodon
) -> None:
    masto_settings = {"api_base_url": fake.origin, "access_token": fake.token, "languages": "en,de"}
    settings = make_settings(mastodon=masto_settings, pledges={"milestones": "1"})
    announcer = MilestoneAnnouncer(db, mastodon_channels(settings))
    async with mastodon_only(settings, db) as (masto, _):
        await say(fake, masto, "carol@elsewhere.example", "pledge")
        assert await masto.router.ctx.pledges.count() == 1
        assert await announcer.run_once(masto.admins.send_to_channel) == 2
        assert await announcer.run_once(masto.admins.send_to_channel) == 0  # once
    posts = [post for post in fake.posted if post.visibility == "public" and post.in_reply_to_id is None]
    assert sorted(str(post.language) for post in posts) == ["de", "en"]
    english = " ".join(part.text for part in fake.thread(next(p for p in posts if p.language == "en")))
    assert "1 person has signed" in english
    assert "@freethemall@campaign.example" in english  # where to sign


def test_the_scopes_the_bot_needs() -> None:
    assert missing_scopes(["read", "write"]) == []
    assert missing_scopes(["read:notifications", "write:statuses"]) == []
    assert missing_scopes(["read"]) == ["write"]
    assert missing_scopes(["write:media", "follow"]) == ["read", "write"]


async def test_a_token_without_write_stops_the_start_and_an_unreported_scope_does_not(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    fake.scopes = ["read"]
    masto = MastodonFrontend(settings, build_router(settings, db), db, **FAST)
    with pytest.raises(MissingScopeError, match="lacks the `write` scope"):
        await masto.start()
    await masto.stop()
    fake.scopes = None  # an instance before 4.3
    async with mastodon_only(settings, db) as (masto, _):
        assert masto.acct == "freethemall@campaign.example"


# -- the whole process, started as the README says ------------------------------------------------------
async def start_process(env: dict[str, str], log: Path) -> asyncio.subprocess.Process:
    """`./scripts/run`, its output to a file (a pipe nobody reads would fill up and stall it)."""
    with log.open("ab") as sink:
        return await asyncio.create_subprocess_exec(
            str(ROOT / "scripts" / "run"),
            env=env,
            stdout=sink,
            stderr=asyncio.subprocess.STDOUT,
            stdin=asyncio.subprocess.DEVNULL,
        )


async def until(check: Callable[[], bool], within: float = 60.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not check():
        if loop.time() > deadline:
            raise AssertionError("not within the time allowed")
        await asyncio.sleep(0.1)


def process_env(fake: FakeMastodon, database_url: str, tmp_path: Path, **more: str) -> dict[str, str]:
    """Mastodon set, no Telegram token; everything else as a deployment would have it."""
    kept = {name: value for name, value in os.environ.items() if name not in variable_names()}
    return kept | {
        "MASTODON_API_BASE_URL": fake.origin,
        "MASTODON_ACCESS_TOKEN": fake.token,
        "MASTODON_LANGUAGES": "en,de",
        "DATABASE_URL": database_url,
        "DATA_DIR": str(tmp_path / "data"),
        "PLEDGE_HASH_KEY": TEST_KEY,
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "METRICS_HOST": "127.0.0.1",
        "METRICS_PORT": str(free_port()),
        "STATS_SOURCE_URL": DEAD_SOURCE,
        "DIGEST_TIME": "off",
        **more,
    }


def daily_posts(fake: FakeMastodon) -> list[str | None]:
    """The languages of the account's own posts (the first status of each thread), in order."""
    return [
        post.language for post in fake.posted if post.in_reply_to_id is None and post.visibility == "public"
    ]


async def test_scripts_run_with_only_mastodon_set_runs_the_campaign_there_and_survives_a_restart(
    fake: FakeMastodon, db: Database, database_url: str, tmp_path: Path
) -> None:
    """Mentions answered, the day's post once per language, /healthz, /metrics; a restart doubles nothing."""
    now = datetime.now(UTC)
    env = process_env(fake, database_url, tmp_path, TIMEZONE="UTC", DAILY_POST_TIME=f"{now:%H:%M}")
    log = tmp_path / "bot.log"
    first = fake.mention("anna@elsewhere.example", "stats")
    process = await start_process(env, log)
    try:
        await wait_until_healthy(f"http://127.0.0.1:{env['PORT']}/healthz", within=60)
        await until(lambda: bool(fake.replies_to(first.status_id)))
        await until(lambda: sorted(filter(None, daily_posts(fake))) == ["de", "en"])
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"http://127.0.0.1:{env['METRICS_PORT']}/metrics") as metrics,
        ):
            assert metrics.status == 200
            assert "freethemall_replies_sent_total" in await metrics.text()
    finally:
        process.terminate()
        assert await asyncio.wait_for(process.wait(), 60) == 0, log.read_text()

    second = fake.mention("ben@elsewhere.example", "help")  # while the bot is down
    process = await start_process(env, log)
    try:
        await wait_until_healthy(f"http://127.0.0.1:{env['PORT']}/healthz", within=60)
        await until(lambda: bool(fake.replies_to(second.status_id)))
    finally:
        process.terminate()
        assert await asyncio.wait_for(process.wait(), 60) == 0, log.read_text()
    assert len(fake.replies_to(first.status_id)) == 1  # not answered again after the restart
    assert sorted(filter(None, daily_posts(fake))) == ["de", "en"]  # the day's post once per language
    assert "Traceback" not in log.read_text()


async def test_scripts_run_with_a_token_without_write_stops_in_one_line(
    fake: FakeMastodon, database_url: str, tmp_path: Path
) -> None:
    fake.scopes = ["read"]
    log = tmp_path / "bot.log"
    process = await start_process(process_env(fake, database_url, tmp_path), log)
    assert await asyncio.wait_for(process.wait(), 60) == 1
    output = log.read_text()
    [line] = [line for line in output.splitlines() if "scope" in line]
    assert line == (
        "freethemall-bot: MissingScopeError: Setting MASTODON_ACCESS_TOKEN lacks the `write` scope: "
        "make a token with read and write"
    )
    assert "Traceback" not in output
    assert fake.posted == []
