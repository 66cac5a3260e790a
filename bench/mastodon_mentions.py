"""Seconds from a mention to its answer, with the stream and with polling; prints figures only.

    .venv/bin/python -m bench.mastodon_mentions                 # 5 mentions a mode, default interval
    .venv/bin/python -m bench.mastodon_mentions --runs 10 --poll-seconds 8

In one process: the fake Mastodon instance of the tests (tests/fakes/mastodon.py) on loopback, and
the Mastodon front-end with its jobs as the bot runs them (scheduler/mastodon_jobs.py: the stream and
the poll every MASTODON_POLL_SECONDS), on SQLite in a temporary directory. Each run posts a mention
on the fake (a new account each time, so the per-account limit never counts), then waits until the
bot's answer is on the fake, and sleeps a random part of the interval before the next, so polling is
met at every phase of its clock. Modes: `stream` (the fake streams notifications), `polling` (the
fake has no stream: 404, as an instance without streaming).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from bot.adapters.mastodon import MastodonFrontend
from bot.settings import MastodonSettings, async_url, load_settings
from bot.storage import migrate
from bot.storage.session import Database, create_engine
from bot.wiring import build_router
from scheduler.clock import Clock
from scheduler.mastodon_jobs import schedule_mastodon_jobs
from tests.conftest import serving
from tests.fakes.mastodon import FakeMastodon

KEY = "bench-key-" * 4


async def measure(mode: str, runs: int, poll_seconds: float, folder: Path) -> list[float]:
    """Seconds to each of `runs` answers in `mode` (`stream` or `polling`)."""
    fake = FakeMastodon(max_characters=5000, rate_limit=10_000)
    fake.stream_mode = "on" if mode == "stream" else "absent"
    url = f"sqlite:///{folder / f'{mode}.sqlite3'}"
    db = Database(create_engine(async_url(url)))
    await migrate.upgrade(db.engine)
    async with serving(fake.app()) as fake.origin:
        settings = load_settings(
            storage={"database_url": url, "data_dir": folder, "pledge_hash_key": KEY},
            stats={"source_url": "http://127.0.0.1:9/closed"},
            mastodon={"api_base_url": fake.origin, "access_token": fake.token, "poll_seconds": poll_seconds},
        )
        masto = MastodonFrontend(settings, build_router(settings, db), db)
        await masto.start()
        clock = Clock("UTC")
        schedule_mastodon_jobs(clock, masto)
        clock.on_stop(masto.request_stop)
        clock.start()
        try:
            await asyncio.sleep(1.0)  # the first poll, the stream open
            return [await one_answer(fake, n, poll_seconds) for n in range(runs)]
        finally:
            await clock.stop(5)
            await masto.stop()
            await db.engine.dispose()


async def one_answer(fake: FakeMastodon, number: int, poll_seconds: float) -> float:
    """After a random part of the interval, one mention; seconds until its answer is on the fake."""
    await asyncio.sleep(random.uniform(0, poll_seconds))  # noqa: S311 - a phase, not a secret
    mention = fake.mention(f"reader{number}@town.example", "about")
    started = time.perf_counter()
    while not fake.replies_to(mention.status_id):  # noqa: ASYNC110 - the fake has no event
        await asyncio.sleep(0.005)
    return time.perf_counter() - started


def report(mode: str, seconds: list[float]) -> str:
    """One line: the mode, the median, the extremes and every run."""
    figures = " ".join(f"{s:.3f}" for s in seconds)
    return (
        f"{mode:8} runs {len(seconds)}  median {statistics.median(seconds):.3f} s"
        f"  min {min(seconds):.3f}  max {max(seconds):.3f}  ({figures})"
    )


async def run(runs: int, poll_seconds: float, modes: tuple[str, ...] = ("stream", "polling")) -> None:
    """Print the time to an answer in each mode."""
    print(f"mention -> answer, poll every {poll_seconds:g} s")
    with tempfile.TemporaryDirectory() as folder:
        for mode in modes:
            print(report(mode, await measure(mode, runs, poll_seconds, Path(folder))), flush=True)


def main() -> None:
    """Parse the arguments and run."""
    default = MastodonSettings.model_fields["poll_seconds"].default
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--poll-seconds", type=float, default=default)
    args = parser.parse_args()
    asyncio.run(run(args.runs, args.poll_seconds))


if __name__ == "__main__":
    main()
