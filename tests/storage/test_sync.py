"""The outbox against a collector that fails half its requests and is sometimes slow."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

from bot.errors import AlreadySignedError
from bot.identity import IdentityHasher
from bot.services.people import PeopleService
from bot.services.pledges import PledgeService
from bot.services.sync import CollectorSync
from bot.settings import PledgeSettings
from bot.storage.models import SyncEvent, utcnow
from bot.storage.session import Database
from tests.conftest import serving
from tests.fakes.collector import FakeCollector

HASHER = IdentityHasher(b"k" * 40)
SECRET = "collector-secret-" + "x" * 20


@pytest.fixture
async def collector() -> AsyncIterator[tuple[FakeCollector, str]]:
    fake = FakeCollector(SECRET.encode())
    async with serving(fake.app()) as origin:
        yield fake, f"{origin}/collect"


async def drain(workers: list[CollectorSync], within: float = 60.0) -> None:
    """Run every worker (as several instances would) until the outbox is empty."""
    deadline = time.monotonic() + within
    while await workers[0].pending():
        assert time.monotonic() < deadline, f"{await workers[0].pending()} events still pending"
        await asyncio.gather(*(worker.run_once(batch=20) for worker in workers))
        await asyncio.sleep(0.02)


async def test_every_event_arrives_once_per_key_and_in_order(
    db: Database, collector: tuple[FakeCollector, str]
) -> None:
    fake, url = collector
    settings = PledgeSettings(sync_url=url, sync_secret=SECRET)
    pledges = PledgeService(db, settings, HASHER)
    people = PeopleService(db, erasers=[pledges.erase])
    refs = [HASHER.user_ref("telegram", n) for n in range(40)]
    for n, ref in enumerate(refs):  # pledge; some withdraw; some come back; a few erase themselves
        await pledges.pledge(ref, "telegram", "be", f"Signer {n}" if n % 3 == 0 else None)
        if n % 2:
            await pledges.withdraw(ref)
        if n % 4 == 1:
            await pledges.pledge(ref, "telegram", "be")
        if n % 10 == 9:
            await people.forget(ref)
    with pytest.raises(AlreadySignedError):
        await pledges.pledge(refs[0], "telegram", "be")  # a repeat queues nothing
    async with db.transaction() as session:
        queued = (await session.execute(select(func.count()).select_from(SyncEvent))).scalar_one()

    # the backoff capped at half a second: on a loaded machine, timeouts pile up and an uncapped backoff
    # (12 failures: 40 s) would outlast the drain while proving nothing more about the outbox
    workers = [
        CollectorSync(db, settings, timeout=0.3, lease_margin=1.0, base_delay=0.01, max_delay=0.5)
        for _ in range(2)
    ]
    await drain(workers)

    assert fake.bad_signatures == 0
    # /forget right after the script dropped 9's and 19's unsent events: the collector never had them
    expected_events = sum(0 if n % 10 == 9 else 1 + n % 2 + (n % 4 == 1) for n in range(40))
    assert queued == expected_events  # what the script did, counted independently of the outbox
    assert len(fake.accepted) == queued  # none missing, none doubled under a second key
    assert fake.repeats >= 1  # the slow answers really made the bot retry under the same key
    expected = {
        0: ["pledge"],
        1: ["pledge", "withdraw", "pledge"],
        2: ["pledge"],
        3: ["pledge", "withdraw"],
        9: [],  # /forget dropped the unsent events, and nothing had reached the collector: no erase
        19: [],
    }
    for n, events in expected.items():
        assert fake.events_of(pledges.sync_id(refs[n])) == events, n
    assert not {e["signer"] for e in fake.accepted.values()} & set(refs)  # a derived id, never ours
    assert {e["name"] for e in fake.accepted.values() if e["event"] == "pledge"} >= {"Signer 0", "Signer 3"}


async def test_a_long_outage_loses_nothing(db: Database, collector: tuple[FakeCollector, str]) -> None:
    """While the collector is down every attempt fails; once it is back, everything arrives."""
    fake, url = collector
    settings = PledgeSettings(sync_url=url, sync_secret=SECRET)
    pledges = PledgeService(db, settings, HASHER)
    for n in range(10):
        await pledges.pledge(HASHER.user_ref("console", n), "console", "en")
    fake.fail_ratio, fake.slow_ratio = 1.0, 0.0
    worker = CollectorSync(db, settings, timeout=0.3, base_delay=0.001, max_delay=0.5)
    for _ in range(30):
        assert await worker.run_once() == 0
    assert await worker.pending() == 10
    fake.fail_ratio = 0.0
    await drain([worker])
    assert len(fake.accepted) == 10 and fake.repeats == 0


async def test_an_event_held_by_a_dead_worker_is_taken_over_when_its_lease_ends(
    db: Database, collector: tuple[FakeCollector, str]
) -> None:
    fake, url = collector
    fake.fail_ratio, fake.slow_ratio = 0.0, 0.0
    settings = PledgeSettings(sync_url=url, sync_secret=SECRET)
    pledges = PledgeService(db, settings, HASHER)
    await pledges.pledge(HASHER.user_ref("telegram", 1), "telegram", "lt")
    dead = CollectorSync(db, settings, timeout=0.2, lease_margin=0.0)
    [held] = await dead.claim(utcnow(), batch=1)  # ...and the instance dies before sending
    live = CollectorSync(db, settings, timeout=0.2, lease_margin=0.0)
    assert await live.run_once() == 0  # still leased: not taken over yet
    await asyncio.sleep(0.3)
    assert await live.run_once() == 1
    assert list(fake.accepted) == [held.key] and fake.repeats == 0
    assert await live.pending() == 0


async def test_a_redirect_is_a_failure_retried_never_a_delivery(
    db: Database, collector: tuple[FakeCollector, str], caplog: pytest.LogCaptureFixture
) -> None:
    """A moved collector answers 301/302: the event is not lost to a GET, it waits and is retried."""
    fake, url = collector
    fake.fail_ratio, fake.slow_ratio = 0.0, 0.0
    fake.redirects = [301, 302]
    settings = PledgeSettings(sync_url=url, sync_secret=SECRET)
    await PledgeService(db, settings, HASHER).pledge(HASHER.user_ref("telegram", 1), "telegram", "pl")
    worker = CollectorSync(db, settings, timeout=1.0, base_delay=0.001)
    for status in (301, 302):
        assert await worker.run_once() == 0
        async with db.transaction() as session:
            [event] = (await session.execute(select(SyncEvent))).scalars().all()
        assert event.last_error is not None and event.last_error.startswith(f"HTTP {status}: a redirect")
        await asyncio.sleep(0.01)
    assert fake.gets == 0 and not fake.accepted  # never followed as a GET, never counted as delivered
    assert event.attempts == 2
    assert [r.levelname for r in caplog.records if "a redirect" in r.getMessage()] == ["ERROR", "ERROR"]
    assert await worker.run_once() == 1
    assert len(fake.accepted) == 1 and await worker.pending() == 0


async def test_the_signature_binds_the_time_and_the_key_so_a_replay_is_refused(
    db: Database, collector: tuple[FakeCollector, str]
) -> None:
    fake, url = collector
    fake.fail_ratio, fake.slow_ratio = 0.0, 0.0
    settings = PledgeSettings(sync_url=url, sync_secret=SECRET)
    await PledgeService(db, settings, HASHER).pledge(HASHER.user_ref("telegram", 2), "telegram", "lt", "Ona")
    assert await CollectorSync(db, settings).run_once() == 1
    [(headers, body)] = fake.requests
    assert int(headers["X-Signature-Timestamp"]) == pytest.approx(time.time(), abs=5)

    async def resend(**changed: str) -> int:
        sent = {name: headers[name] for name in ("Idempotency-Key", "X-Signature-Timestamp", "X-Signature")}
        async with (
            aiohttp.ClientSession() as http,
            http.post(url, data=body, headers=sent | changed) as answer,
        ):
            return answer.status

    assert await resend() == 409  # the same request again: a replay, not applied twice
    assert await resend(**{"Idempotency-Key": "f" * 32}) == 401  # a "new" pledge under another key
    assert await resend(**{"X-Signature-Timestamp": str(int(time.time()) + 1)}) == 401  # a fresh time
    assert fake.refused == {"replay": 1, "bad signature": 2}
    assert len(fake.accepted) == 1
    check = readme_verify()  # the README's example agrees with the fake collector
    assert check(SECRET.encode(), headers, body)
    assert not check(SECRET.encode(), headers | {"Idempotency-Key": "f" * 32}, body)
    fake.clock_skew = 400  # the same request, had it been captured and held back six minutes
    fake.seen.clear()
    assert await resend() == 401 and fake.refused["stale"] == 1


def readme_verify() -> Any:
    """The collector's check, exactly as the README shows it."""
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    code = readme.split("```python\nimport hashlib\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec("import hashlib\n" + code, namespace)  # noqa: S102 - our own README
    return namespace["verify"]
