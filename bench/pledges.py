"""Pledge throughput: N concurrent signers against one database; prints figures, asserts nothing timed.

    .venv/bin/python -m bench.pledges --database-url postgresql://postgres@127.0.0.1:5432/test

It resets the pledge tables of that database first (use a scratch database), runs
`--signers` concurrent tasks that each sign for `--people / --signers` people in turn,
then checks the count against the rows and that each milestone was recorded once. Besides
the rate (which the host's other work moves), it prints what moves less: the process's CPU
time per 1,000 pledges, and the statements and commits each pledge cost.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import time
from collections import Counter
from typing import Any

from sqlalchemy import event, func, select, text

from bot.identity import IdentityHasher
from bot.services.pledges import PledgeService
from bot.services.transparency.log import head
from bot.settings import PledgeSettings, async_url
from bot.storage import migrate
from bot.storage.models import Milestone, Pledge
from bot.storage.session import Database, create_engine


async def run(url: str, signers: int, people: int) -> None:
    """Reset, sign `people` pledges with `signers` concurrent tasks, report and verify."""
    db = Database(create_engine(async_url(url)))
    await migrate.upgrade(db.engine)
    async with db.transaction() as session:
        for table in (
            "pledges",
            "milestones",
            "pledge_outbox",
            "tlog_leaves",
            "tlog_nodes",
            "tlog_checkpoints",
        ):
            await session.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names
        await session.execute(text("UPDATE counters SET value = 0"))
        await session.execute(text("UPDATE tlog_head SET size = 0, count = 0, checkpoint_size = -1"))
    hasher = IdentityHasher(b"bench-key-" * 4)
    settings = PledgeSettings()
    pledges = PledgeService(db, settings, hasher)
    latencies: list[float] = []
    tally: Counter[str] = Counter()

    def counted(what: str) -> Any:
        return lambda *_: tally.update([what])

    event.listen(db.engine.sync_engine, "before_cursor_execute", counted("statements"))
    event.listen(db.engine.sync_engine, "commit", counted("commits"))

    async def signer(worker: int) -> None:
        for n in range(worker, people, signers):
            started = time.perf_counter()
            await pledges.pledge(hasher.user_ref("bench", n), "telegram", "en")
            latencies.append(time.perf_counter() - started)

    started, cpu = time.perf_counter(), _cpu_seconds()
    await asyncio.gather(*(signer(w) for w in range(signers)))
    elapsed, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    work = dict(tally)
    count = await pledges.count()
    async with db.transaction() as session:
        rows = (await session.execute(select(func.count()).select_from(Pledge))).scalar_one()
        milestones = (await session.execute(select(Milestone.threshold))).scalars().all()
        log = await head(session)
    await db.close()
    wanted = [n for n in range(1, people + 1) if settings.is_milestone(n)]
    latencies.sort()
    p50, p99 = latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.99)]
    print(f"backend: {db.engine.dialect.name}  signers: {signers}  pledges: {people}")
    print(f"elapsed: {elapsed:.2f} s  throughput: {people / elapsed:.0f} pledges/s")
    print(f"latency p50: {p50 * 1000:.1f} ms  p99: {p99 * 1000:.1f} ms")
    print(f"CPU: {cpu / people * 1000:.2f} s per 1,000 pledges (this process, reads included)")
    statements, commits = work.get("statements", 0), work.get("commits", 0)
    print(
        f"statements: {statements / people:.2f} per pledge (on SQLite, the reads at once not counted); "
        f"commits: {commits} ({people / max(commits, 1):.1f} pledges each)"
    )
    print(f"count: {count}  rows: {rows}  exact: {count == rows == people}")
    print(f"milestones: {len(milestones)} of {len(wanted)}, each once: {sorted(milestones) == wanted}")
    print(f"transparency log: {log.size} leaves, count {log.count}, equal to the count: {log.count == count}")


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


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
