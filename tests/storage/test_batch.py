"""Work that waits together is done together: lookups sharing a query, pledges sharing a commit."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any, cast

from sqlalchemy import Table, event

from bot.identity import IdentityHasher
from bot.services.people import PeopleService
from bot.services.pledges import PledgeService
from bot.settings import PledgeSettings
from bot.storage.batch import Batcher, Lookup
from bot.storage.models import Person
from bot.storage.session import Database

HASHER = IdentityHasher(b"k" * 40)


def statements(db: Database) -> Counter[str]:
    """A tally of the statements and commits the database runs from now on."""
    tally: Counter[str] = Counter()
    engine = db.engine.sync_engine
    event.listen(engine, "before_cursor_execute", lambda *_: tally.update(["statements"]))
    event.listen(engine, "commit", lambda *_: tally.update(["commits"]))
    return tally


async def test_lookups_waiting_together_share_one_query_and_each_gets_its_own_row(db: Database) -> None:
    people = PeopleService(db)
    for n in range(0, 40, 2):  # every other person chose a language
        await people.choose_locale(f"{n:064d}", "be" if n % 4 else "pl")
    columns = cast(Table, Person.__table__).c
    lookup: Lookup[str] = Lookup(db, columns.user_ref, columns.locale)
    tally = statements(db)
    rows = await asyncio.gather(*(lookup.get(f"{n:064d}") for n in range(40)))
    for n, row in enumerate(rows):
        expected = None if n % 2 else ("be" if n % 4 else "pl")
        assert (row.locale if row is not None else None) == expected
    if db.engine.dialect.name == "postgresql":  # SQLite reads each at once on the loop instead
        assert tally["statements"] <= 2  # the first alone, then the 39 that waited meanwhile
    assert await lookup.get("1" * 64) is None


async def test_pledges_waiting_together_share_one_commit_and_each_hears_after_it(db: Database) -> None:
    pledges = PledgeService(db, PledgeSettings(milestones=[5, 20]), HASHER)
    tally = statements(db)
    receipts = await asyncio.gather(
        *(pledges.pledge(HASHER.user_ref("t", n), "telegram", "en") for n in range(30))
    )
    assert sorted(r.signer_no for r in receipts) == list(range(1, 31))
    assert sorted(r.count for r in receipts) == list(range(1, 31))
    assert tally["commits"] <= 2  # the first alone, then the 29 that waited meanwhile
    assert await pledges.count() == 30
    reached = [m.threshold for m in await pledges.milestones()]
    assert reached == [5, 20]


async def test_a_batch_that_fails_tells_every_caller_in_it_and_the_next_batch_runs() -> None:
    calls: list[list[int]] = []

    async def handle(items: Any) -> list[int | Exception]:
        calls.append(list(items))
        if 13 in items:
            raise RuntimeError("the database went away")
        return [item * 2 if item != 7 else ValueError("seven") for item in items]

    batcher: Batcher[int, int] = Batcher(handle)
    first = await asyncio.gather(batcher.submit(1), batcher.submit(7), return_exceptions=True)
    assert first[0] == 2
    assert isinstance(first[1], ValueError)  # its own answer; the other in its batch still gets theirs
    failed = await asyncio.gather(batcher.submit(13), batcher.submit(2), return_exceptions=True)
    assert all(isinstance(result, RuntimeError) for result in failed)  # the whole batch failed
    assert await batcher.submit(4) == 8  # and the next batch runs
    assert calls == [[1, 7], [13, 2], [4]]
