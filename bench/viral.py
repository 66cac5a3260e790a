"""The viral moment: 20,000 new people send /start, choose a language and pledge, all within 60 s.

    .venv/bin/python -m bench.viral                          # SQLite in a temporary directory
    .venv/bin/python -m bench.viral --database-url postgresql://postgres@127.0.0.1:5432/test
    .venv/bin/python -m bench.viral --people 2000 --seconds 10

Our bot runs as it really runs (`python -m bot`, webhook mode), against the fake Bot API of
bench/updates.py in a process of its own. People arrive evenly over --seconds, one new person
each time, in the nine languages in turn; each sends /start (the language picker), presses
their language (`lang:xx`), sends /pledge and presses "sign anonymously" (`pledge:anonymous`),
each step once the bot has answered the last (a person reads, then taps). Telegram's way is
kept: at most 40 webhook connections at once (its default max_connections), and an update that
is not answered 200 is delivered again (the same update, after a second; "redelivered" counts
them). Latency runs from the moment an update was due (the person's arrival, or the answer
to their last step) to its 200, so waiting for a free connection counts.

Printed: the arrival rate, the time to drain (the first arrival to the last answer), p50/p99,
the bot's CPU and peak RSS, and the checks: every update answered 200, the replies the fake
received against those the warm-up measured per language, and the database at the end: the
pledge rows and the counter each grew by exactly --people ("exact: True": none lost, none twice).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from sqlalchemy import func, select

from bench.updates import (
    SECRET,
    SECRET_HEADER,
    Fake,
    Target,
    _cpu_seconds,
    _peak_rss_mb,
    _press_update,
    _start_fake,
    _start_ours,
    _stop,
    _text_update,
    seed,
)
from bot.settings import LOCALES, async_url
from bot.storage.models import Counter as CounterRow
from bot.storage.models import Pledge
from bot.storage.session import Database, create_engine

CONNECTIONS = 40  # Telegram's default max_connections for a webhook
REDELIVER_AFTER = 1.0  # seconds before an update not answered 200 is sent again
MAX_DELIVERIES = 20


def steps(update_id: int, user: int, lang: str) -> list[bytes]:
    """One person's four updates, in order: /start, their language, /pledge, sign anonymously."""
    return [
        json.dumps(update).encode()
        for update in (
            _text_update(update_id, user, lang, "/start"),
            _press_update(update_id + 1, user, lang, f"lang:{lang}"),
            _text_update(update_id + 2, user, lang, "/pledge"),
            _press_update(update_id + 3, user, lang, "pledge:anonymous"),
        )
    ]


@dataclass
class Tally:
    """What the run sent and got back."""

    updates: int = 0
    answered: int = 0
    redelivered: int = 0
    lost: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    last_answer: float = 0.0

    def percentile(self, share: float) -> float:
        """Latency at `share`, in milliseconds."""
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1000 if ordered else float("nan")


class Crowd:
    """The people, each a task that waits for its arrival and then takes its four steps."""

    def __init__(self, target: Target, session: aiohttp.ClientSession, tally: Tally) -> None:
        self.url = target.url
        self.session = session
        self.tally = tally

    async def deliver(self, body: bytes, due: float) -> None:
        """POST one update until it is answered 200 (as Telegram redelivers), from `due`."""
        headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
        self.tally.updates += 1
        for attempt in range(MAX_DELIVERIES):
            if attempt:
                self.tally.redelivered += 1
                await asyncio.sleep(REDELIVER_AFTER)
            try:
                async with self.session.post(self.url, data=body, headers=headers) as response:
                    await response.read()
                    status = response.status
            except (aiohttp.ClientError, TimeoutError) as exc:
                self.tally.failures[type(exc).__name__] += 1
                continue
            if status == 200:
                done = time.perf_counter()
                self.tally.answered += 1
                self.tally.latencies.append(done - due)
                self.tally.last_answer = max(self.tally.last_answer, done)
                return
            self.tally.failures[f"HTTP {status}"] += 1
        self.tally.lost += 1

    async def person(self, arrival: float, bodies: list[bytes]) -> None:
        """Arrive at `arrival`, then each step as soon as the last was answered."""
        delay = arrival - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        due = arrival
        for body in bodies:
            await self.deliver(body, due)
            due = time.perf_counter()


async def warm_up(
    target: Target, session: aiohttp.ClientSession, first_user: int, first_update: int
) -> dict[str, int]:
    """One person per language, one update at a time: the replies a person gets, per language."""
    per_locale: dict[str, int] = {}
    tally = Tally()
    crowd = Crowd(target, session, tally)
    for n, lang in enumerate(LOCALES):
        before = await target.fake.replies()
        await crowd.person(time.perf_counter(), steps(first_update + 4 * n, first_user + n, lang))
        per_locale[lang] = await target.fake.replies() - before
    if tally.answered != tally.updates or tally.redelivered:
        raise RuntimeError(f"the warm-up failed: {dict(tally.failures)}")
    return per_locale


async def pledges_in(url: str) -> tuple[int, int]:
    """(pledge rows, the pledge counter) in the database."""
    db = Database(create_engine(async_url(url)))
    try:
        [rows] = await db.read(select(func.count()).select_from(Pledge))
        counter = await db.read(select(CounterRow.value).where(CounterRow.name == "pledges"))
    finally:
        await db.close()
    return int(rows[0]), int(counter[0].value) if counter else 0


async def crowd_run(
    target: Target, people: int, seconds: float, first_user: int, first_update: int
) -> tuple[Tally, float]:
    """All the people, arriving evenly over `seconds`; the tally and the time to drain."""
    tally = Tally()
    connector = aiohttp.TCPConnector(limit=CONNECTIONS)
    timeout = aiohttp.ClientTimeout(total=None, sock_read=60)  # Telegram waits about a minute
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        crowd = Crowd(target, session, tally)
        started = time.perf_counter()
        tasks = [
            asyncio.create_task(
                crowd.person(
                    started + seconds * n / people,
                    steps(first_update + 4 * n, first_user + n, LOCALES[n % len(LOCALES)]),
                )
            )
            for n in range(people)
        ]
        await asyncio.gather(*tasks)
    return tally, (tally.last_answer or time.perf_counter()) - started


async def run(people: int = 20_000, seconds: float = 60.0, database_url: str | None = None) -> None:
    """Start the fake and our bot, warm up, let the crowd in, then check the answers and the count."""
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        url = database_url or f"sqlite:///{workdir / 'viral.sqlite3'}"
        await seed(url)
        first_user = 3 * 10**9 + int(time.time() * 1000) % 10**9  # people new to a reused database
        fake: Fake = await _start_fake(workdir)
        log_path = workdir / "bot.log"
        try:
            with log_path.open("w") as log:
                target = await _start_ours(fake, url, workdir, log)
                try:
                    await _measure(target, url, people, seconds, first_user)
                finally:
                    await _stop(target.process)
        except Exception:
            print(log_path.read_text()[-4000:])
            raise
        finally:
            await _stop(fake.process)


async def _measure(target: Target, url: str, people: int, seconds: float, first_user: int) -> None:
    first_update = int(time.time()) * 10**6  # ids new to a reused database (it keeps them a day)
    async with aiohttp.ClientSession() as session:
        per_locale = await warm_up(target, session, first_user, first_update)
    rows_before, counter_before = await pledges_in(url)
    replies_before = await target.fake.replies()
    cpu_before = _cpu_seconds(target.process.pid)
    crowd_first = first_update + 4 * len(LOCALES)
    tally, drain = await crowd_run(target, people, seconds, first_user + len(LOCALES), crowd_first)
    cpu = (_cpu_seconds(target.process.pid) - cpu_before) / drain
    replies = await target.fake.replies() - replies_before
    expected = sum(per_locale[LOCALES[n % len(LOCALES)]] for n in range(people))
    rows, counter = await pledges_in(url)
    new_rows, new_count = rows - rows_before, counter - counter_before
    backend = async_url(url).get_backend_name()
    failures = f" ({dict(tally.failures)})" if tally.failures else ""
    print(
        f"viral ({backend}): {people} people in {seconds:g} s ({people / seconds:.0f} arrivals/s, "
        f"{tally.updates} updates); drained in {drain:.1f} s ({tally.answered / drain:.0f} updates/s); "
        f"p50 {tally.percentile(0.5):.0f} ms, p99 {tally.percentile(0.99):.0f} ms; "
        f"bot CPU {cpu:.2f} cores, peak RSS {_peak_rss_mb(target.process.pid):.0f} MB",
        flush=True,
    )
    print(
        f"viral ({backend}): answered {tally.answered} of {tally.updates}, lost {tally.lost}, "
        f"redelivered {tally.redelivered}{failures}; replies {replies} of {expected}; "
        f"pledges: rows +{new_rows}, count +{new_count}, exact: {new_rows == new_count == people}",
        flush=True,
    )


def main() -> None:
    """Parse the flags and run."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=20_000, help="new people, each signs once")
    parser.add_argument("--seconds", type=float, default=60.0, help="they all arrive within this")
    parser.add_argument("--database-url", help="our bot's database (default: SQLite in a temp dir)")
    args = parser.parse_args()
    asyncio.run(run(args.people, args.seconds, args.database_url))


if __name__ == "__main__":
    main()
