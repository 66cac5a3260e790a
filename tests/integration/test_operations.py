"""Operating the bot: /healthz names what fails, /metrics counts what happens, JSON logs hold no one."""

from __future__ import annotations

import asyncio
import json
import re
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from subprocess import DEVNULL
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import event

from bot import metrics
from bot.identity import IdentityHasher
from bot.settings import Settings, async_url
from bot.storage.session import Database, create_engine
from bot.web import build_metrics_app, build_web_app
from scheduler.clock import Clock
from tests.conftest import TEST_KEY, free_port, serving
from tests.factories import tg_callback, tg_message
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import running_bot, running_webhook_bot, wait_until_healthy
from tests.integration.test_secrets_in_output import bot_env

pytestmark = pytest.mark.integration
SECRET = "ops-secret_token"
USER = 6060606


@pytest.fixture
async def clock() -> AsyncIterator[Clock]:
    running = Clock("UTC")
    running.start()
    yield running
    await running.stop()


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


async def post(url: str, update: dict[str, Any]) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, json=update, headers=headers) as response,
    ):
        return response.status


def scraped(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a /metrics answer, by name and labels."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def counted(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


async def test_healthz_is_503_naming_the_database_when_it_does_not_answer(clock: Clock) -> None:
    nowhere = Database(create_engine(async_url(f"postgresql://bot@127.0.0.1:{free_port()}/bot")))
    try:
        async with serving(build_web_app(nowhere, clock)) as origin:
            status, body = await get(f"{origin}/healthz")
            metrics_status, _ = await get(f"{origin}/metrics")  # the public port
    finally:
        await nowhere.close()
    assert status == 503
    assert json.loads(body) == {"status": "failing", "checks": {"database": "failing", "scheduler": "ok"}}
    assert metrics_status == 404  # /metrics is served on METRICS_PORT only


async def test_healthz_is_503_naming_the_clock_when_it_has_stopped(db: Database) -> None:
    async with serving(build_web_app(db, Clock("UTC"))) as origin:
        status, body = await get(f"{origin}/healthz")
    assert status == 503
    assert json.loads(body) == {"status": "failing", "checks": {"database": "ok", "scheduler": "failing"}}


async def test_healthz_is_200_when_database_and_clock_work(db: Database, clock: Clock) -> None:
    async with serving(build_web_app(db, clock)) as origin:
        status, body = await get(f"{origin}/healthz")
    assert status == 200
    assert json.loads(body) == {"status": "ok", "checks": {"database": "ok", "scheduler": "ok"}}


@asynccontextmanager
async def webhook_bot_with_metrics(
    make_settings: Callable[..., Settings], fake: FakeTelegram, base_url: str
) -> AsyncIterator[tuple[str, str]]:
    """The bot in webhook mode; yields its public origin and its metrics origin."""
    port, metrics_port = free_port(), free_port()
    telegram = {"webhook_url": "https://x.example/hook", "webhook_secret": SECRET}
    settings = make_settings(
        telegram={"token": fake.token, "api_base_url": base_url} | telegram,
        core={"port": port, "host": "127.0.0.1", "metrics_port": metrics_port, "metrics_host": "127.0.0.1"},
    )
    async with running_bot(settings):
        await wait_until_healthy(f"http://127.0.0.1:{port}/healthz")
        yield f"http://127.0.0.1:{port}", f"http://127.0.0.1:{metrics_port}"


async def test_metrics_count_updates_by_command_and_replies_through_the_webhook(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    fake, base_url = fake_telegram
    labels = ("help", "unknown", "text", "button", "personal")
    before = {label: counted("freethemall_updates_total", command=label) for label in labels}
    sent_before = counted("freethemall_replies_sent_total")
    async with webhook_bot_with_metrics(make_settings, fake, base_url) as (origin, private):
        for update in (
            tg_message(1, USER, "/help"),
            tg_message(2, USER, "/nosuchcommand with free words"),
            tg_message(3, USER, "just some words"),
            tg_callback(4, USER, "lang:be"),
            tg_message(5, USER, "/pledge"),
            tg_message(6, USER, "/unpledge"),
        ):
            assert await post(f"{origin}/hook", update) == 200
        public_status, _ = await get(f"{origin}/metrics")
        status, text = await get(f"{private}/metrics")
    assert (public_status, status) == (404, 200)
    samples = scraped(text)
    for label in labels:
        more = 2 if label == "personal" else 1
        assert counted("freethemall_updates_total", command=label) == before[label] + more
        assert samples[("freethemall_updates_total", (("command", label),))] == before[label] + more
    assert not [key for key in samples if "nosuchcommand" in str(key) or "words" in str(key)]
    updates = [labels for name, labels in samples if name == "freethemall_updates_total"]
    assert not [label for label in updates if "pledge" in str(label)]  # no series dates a signature
    sends = sum(len(fake.calls(method)) for method in ("sendMessage", "sendPhoto", "sendDocument"))
    assert sends > 0
    assert counted("freethemall_replies_sent_total") == sent_before + sends
    assert samples[("freethemall_pledges", ())] == 0


# PTB 22 warns when it builds RetryAfter from seconds; a warning is not an error in production.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_metrics_count_a_429_and_the_failed_update(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    fake, base_url = fake_telegram
    limited, failed = (
        counted("freethemall_rate_limited_total"),
        counted("freethemall_errors_total", error="RetryAfter"),
    )
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    async with running_webhook_bot(make_settings, fake, base_url, "https://x.example/hook", SECRET) as origin:
        assert await post(f"{origin}/hook", tg_message(5, USER, "/help")) == 500  # Telegram redelivers
    assert counted("freethemall_rate_limited_total") == limited + 1
    assert counted("freethemall_errors_total", error="RetryAfter") == failed + 1


async def test_gauges_come_from_memory_and_a_flood_of_scrapes_opens_no_transaction(
    make_settings: Callable[..., Settings], db: Database
) -> None:
    """Gauges are read by the background job; scrapes read memory. The README lists every metric served."""
    from bot.identity import load_hasher
    from bot.services.pledges import PledgeService
    from bot.services.stats import StatsService
    from scheduler.jobs import refresh_metrics

    settings = make_settings()
    pledges = PledgeService(db, settings.pledges, load_hasher(settings.storage))
    await pledges.pledge("a" * 64, "telegram", "en")
    await StatsService(db, settings.stats).mark_unchanged(datetime.now(UTC) - timedelta(minutes=2))
    await refresh_metrics(db, pledges)
    await pledges.pledge("b" * 64, "telegram", "en")  # after the snapshot: not shown before the boundary
    began: list[object] = []
    count = began.append
    event.listen(db.engine.sync_engine, "begin", count)
    try:
        async with serving(build_metrics_app()) as origin, aiohttp.ClientSession() as session:

            async def scrape() -> str:
                async with session.get(f"{origin}/metrics") as response:
                    return await response.text()

            texts = await asyncio.gather(*(scrape() for _ in range(300)))
            scraped_only = len(began)
            await metrics.refresh(db)  # the listener does see the transactions the job opens
    finally:
        event.remove(db.engine.sync_engine, "begin", count)
    assert scraped_only == 0 < len(began)  # 300 scrapes, not one database transaction
    assert len(set(texts)) == 1
    text = texts[0]
    samples = scraped(text)
    assert samples[("freethemall_pledges", ())] == 1  # the public snapshot, not the exact 2
    assert 120 <= samples[("freethemall_stats_source_age_seconds", ())] < 180
    served = {family.name for family in text_string_to_metric_families(text)}
    assert readme_metrics() <= served | {f"{name}_total" for name in served}


def readme_metrics() -> set[str]:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    operating = readme[readme.index("\n## Operating\n") :]
    names = set(re.findall(r"^  \| `(freethemall_[a-z_]+)", operating, re.MULTILINE))
    assert len(names) >= 6
    return names


async def test_json_logs_carry_the_correlation_id_and_no_personal_data(
    fake_telegram: tuple[FakeTelegram, str], tmp_path: Path
) -> None:
    """A real `python -m bot`, JSON logs at DEBUG: the failed update's line has its id; no one's data."""
    fake, base_url = fake_telegram
    user_id, words = 918273645, "my-private-words"
    env = bot_env(base_url, fake.token, tmp_path) | {"LOG_FORMAT": "json"}
    log_file = tmp_path / "bot.log"  # a file, not a pipe: DEBUG output may outgrow a pipe's buffer
    with log_file.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=tmp_path, env=env, stdout=out, stderr=out, stdin=DEVNULL
        )
        try:
            await fake.wait_for("getUpdates", 1, within=30)
            fake.fail_next("sendMessage", 502, "Bad Gateway")
            await fake.push(tg_message(fake.next_update_id(), user_id, f"/lang {words}", lang="pl"))
            await fake.wait_for("sendMessage", 2, within=30)  # the failed reply, then the apology
        finally:
            process.terminate()
            try:
                code = await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()  # never leave a bot behind
                raise
    assert code == 0
    output = log_file.read_text(encoding="utf-8")
    entries = [json.loads(line) for line in output.splitlines() if line.strip()]
    (failure,) = [e for e in entries if e["message"].endswith(" failed") and e["level"] == "ERROR"]
    assert re.fullmatch(r"[0-9a-f]{8}", failure["correlation_id"])
    assert "Traceback" in failure["traceback"]
    assert any(e["message"].startswith("serving Telegram") and "correlation_id" not in e for e in entries)
    user_ref = IdentityHasher(TEST_KEY.encode()).user_ref("telegram", user_id)  # what the queries carry
    for leaked in (str(user_id), words, fake.token, user_ref):
        assert leaked not in output


async def test_subscribers_post_queue_and_broadcast_progress_are_read_by_the_refresh(
    db: Database, clock: Clock
) -> None:
    from bot.identity import IdentityHasher
    from bot.services.posts import PostService
    from bot.services.subscribers import Result, SubscriberService
    from bot.storage.models import utcnow

    subscribers = SubscriberService(db, IdentityHasher(b"k" * 40))
    for person in (1, 2, 3):
        await subscribers.subscribe(
            subscribers.hasher.user_ref("telegram", person), "telegram", str(person), "en"
        )
    broadcast = await subscribers.create_broadcast("test:metrics", "admin", {"en": "hello"})
    assert broadcast is not None
    await subscribers.record(broadcast, [Result(1, "sent"), Result(2, "blocked")], utcnow())
    posts = PostService(db, [("en", "@free_en"), ("be", "@free_be")], "Europe/Minsk")
    created = await posts.ensure_daily(utcnow(), (0, 0), timedelta(days=1), _two_texts)
    assert created
    await metrics.refresh(db)
    async with serving(build_metrics_app()) as origin:
        _, text = await get(f"{origin}/metrics")
    samples = scraped(text)
    assert samples[("freethemall_subscribers", ())] == 2  # the one who blocked the bot is inactive
    assert samples[("freethemall_post_queue", (("state", "pending"),))] == 2
    assert samples[("freethemall_broadcast_progress", (("outcome", "sent"),))] == 1
    assert samples[("freethemall_broadcast_progress", (("outcome", "blocked"),))] == 1


async def _two_texts(_day: object, locales: list[str]) -> dict[str, str]:
    return {locale: f"{locale} text" for locale in locales}
