"""Pledge throughput: N concurrent signers against one database; prints figures, asserts nothing timed.

    .venv/bin/python -m bench.pledges --database-url postgresql://postgres@127.0.0.1:5432/test

It resets the pledge tables of that database first (use a scratch database), runs
`--signers` concurrent tasks that each sign for `--people / --signers` people in turn,
then checks the count against the rows.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from sqlalchemy import func, select, text

from bot.identity import IdentityHasher
from bot.services.pledges import PledgeService
from bot.settings import PledgeSettings, async_url
from bot.storage import migrate
from bot.storage.models import Pledge
from bot.storage.session import Database, create_engine


async def run(url: str, signers: int, people: int) -> None:
    """Reset, sign `people` pledges with `signers` concurrent tasks, report and verify."""
    db = Database(create_engine(async_url(url)))
    await migrate.upgrade(db.engine)
    async with db.transaction() as session:
        for table in ("pledges", "milestones", "pledge_outbox"):
            await session.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names
        await session.execute(text("UPDATE counters SET value = 0"))
    hasher = IdentityHasher(b"bench-key-" * 4)
    pledges = PledgeService(db, PledgeSettings(), hasher)
    latencies: list[float] = []

    async def signer(worker: int) -> None:
        for n in range(worker, people, signers):
            started = time.perf_counter()
            await pledges.pledge(hasher.user_ref("bench", n), "telegram", "en")
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(signer(w) for w in range(signers)))
    elapsed = time.perf_counter() - started
    count = await pledges.count()
    async with db.transaction() as session:
        rows = (await session.execute(select(func.count()).select_from(Pledge))).scalar_one()
    await db.close()
    latencies.sort()
    p50, p99 = latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99)]
    print(f"backend: {db.engine.dialect.name}  signers: {signers}  pledges: {people}")
    print(f"elapsed: {elapsed:.2f} s  throughput: {people / elapsed:.0f} pledges/s")
    print(f"latency p50: {p50 * 1000:.1f} ms  p99: {p99 * 1000:.1f} ms")
    print(f"count: {count}  rows: {rows}  exact: {count == rows == people}")


def main() -> None:
    """Parse the arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--signers", type=int, default=50)
    parser.add_argument("--people", type=int, default=5000)
    args = parser.parse_args()
    asyncio.run(run(args.database_url, args.signers, args.people))


if __name__ == "__main__":
    main()
