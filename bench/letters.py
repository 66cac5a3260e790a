"""/letters NAME among invented people: the milliseconds a search takes; prints figures, asserts no time.

    .venv/bin/python -m bench.letters --people 1500

It makes `--people` INVENTED prisoners (names combined from a few first names and made-up
surnames, addresses that do not exist), imports them into a fresh SQLite file (or the scratch
database at `--database-url`, whose prisoner tables it replaces), then answers `/letters NAME`
through the router for queries in Cyrillic, Belarusian Latin, passport Latin, a typo (the
nearest names) and nonsense (the month's birthdays). The target: under 20 ms a search (p95).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import statistics
import tempfile
import time
from pathlib import Path

from bot.core import Incoming
from bot.services.letters import parse
from bot.settings import async_url, load_settings
from bot.storage import migrate
from bot.storage.models import utcnow
from bot.storage.session import Database, create_engine
from bot.wiring import build_router

FIRST = ["Алесь", "Віктар", "Ганна", "Уладзімір", "Сяргей", "Юрый", "Марыя", "Аляксандр", "Вольга", "Ігар"]
ROOTS = ["Прыдум", "Выдум", "Узор", "Тэстав", "Макет", "Прыклад", "Нясапраўдн", "Вымысл", "Штучн", "Умоўн"]
ENDINGS = ["ы", "скі", "енка", "овіч", "ук", "ёнак"]
QUERIES = {
    "cyrillic": "Алесь Прыдум",
    "łacinka": "Aleś Prydum",
    "passport": "Ales Prydum",
    "russian": "Виктор Выдум",
    "typo (nearest)": "Prydumy Alez",
    "nonsense (month)": "Qqqqzzzz",
}


def invented(people: int) -> bytes:
    """A CSV export of `people` invented prisoners (the header says so)."""
    out = io.StringIO()
    out.write("# INVENTED DATA for the benchmark: nobody here exists\n")
    writer = csv.writer(out)
    writer.writerow(["id", "name", "status", "birthday", "prison", "prison_address", "writers"])
    for n in range(people):
        surname = ROOTS[n % len(ROOTS)] + ENDINGS[(n // len(ROOTS)) % len(ENDINGS)] + str(n // 60 or "")
        name = f"{surname} {FIRST[(n // 7) % len(FIRST)]} Тэставіч"
        birthday = f"{1950 + n % 50}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        address = f"Выдуманая калонія № {n % 30}, вул. Узорная, {n}, г. Прыдуманск, 99999{n % 10}"
        writer.writerow(
            [n, name, "released" if n % 9 == 8 else "active", birthday, f"№ {n % 30}", address, n % 40]
        )
    return out.getvalue().encode("utf-8")


async def run(url: str | None, people: int, rounds: int) -> None:
    """Import `people` invented prisoners, then time `rounds` searches of each kind."""
    with tempfile.TemporaryDirectory() as scratch:
        url = url or f"sqlite:///{Path(scratch) / 'letters.sqlite3'}"
        settings = load_settings(storage={"database_url": url, "pledge_hash_key": "b" * 40})
        db = Database(create_engine(async_url(url)))
        try:
            await migrate.upgrade(db.engine)
            await _measure(db, settings, people, rounds)
        finally:
            await db.close()


async def _measure(db: Database, settings: object, people: int, rounds: int) -> None:
    content = invented(people)
    started = time.perf_counter()
    parsed = parse(content)
    parsing = time.perf_counter() - started
    router = build_router(settings, db)  # type: ignore[arg-type]
    await router.ctx.letters.replace(parsed, "bench.csv", utcnow())
    print(f"backend: {db.engine.dialect.name}  people: {people}  active: {len(parsed.entries)}")
    print(f"parse: {parsing * 1000:.1f} ms for {len(content) // 1024} KB")
    started = time.perf_counter()
    await router.handle(Incoming("telegram", 1, "en", text="/letters Алесь"))  # builds the index
    print(f"first search (builds the index): {(time.perf_counter() - started) * 1000:.1f} ms")
    for label, query in QUERIES.items():
        times, found = [], ""
        for _ in range(rounds):
            started = time.perf_counter()
            [reply] = await router.handle(Incoming("telegram", 1, "en", text=f"/letters {query}"))
            times.append((time.perf_counter() - started) * 1000)
            found = reply.text.split("\n", 1)[0]
        p50, p95 = statistics.median(times), statistics.quantiles(times, n=20)[-1]
        print(f"{label}: p50 {p50:.2f} ms  p95 {p95:.2f} ms  max {max(times):.2f} ms  ({found})")
    started = time.perf_counter()
    for _ in range(rounds):
        await router.handle(Incoming("telegram", 1, "en", text="/letters"))
    print(f"week's birthdays: {(time.perf_counter() - started) * 1000 / rounds:.2f} ms a request")


def main() -> None:
    """Parse the arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--database-url", default=None, help="a scratch database (default: a temporary SQLite file)"
    )
    parser.add_argument("--people", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(run(args.database_url, args.people, args.rounds))


if __name__ == "__main__":
    main()
