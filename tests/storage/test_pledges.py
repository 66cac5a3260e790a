"""Pledges on SQLite and PostgreSQL: once per person, exact counts under concurrency, milestones once."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from sqlalchemy import MetaData

from bot.errors import AlreadySignedError, SlowDownError
from bot.identity import IdentityHasher
from bot.services.people import PeopleService
from bot.services.pledges import PledgeService
from bot.settings import PledgeSettings
from bot.storage.session import Database
from scheduler.jobs import announce_milestones

HASHER = IdentityHasher(b"k" * 40)


def service(db: Database, **settings: object) -> PledgeService:
    return PledgeService(db, PledgeSettings(**settings), HASHER)  # type: ignore[arg-type]


def ref(n: int) -> str:
    return HASHER.user_ref("telegram", n)


async def dump(db: Database) -> str:
    """Every row of every table, as text: what a leaked backup would show."""
    metadata = MetaData()
    async with db.engine.connect() as conn:
        await conn.run_sync(metadata.reflect)
        rows = [row for table in metadata.sorted_tables for row in (await conn.execute(table.select())).all()]
    return repr(rows)


async def test_sign_once_withdraw_and_sign_again(db: Database) -> None:
    pledges = service(db)
    first = await pledges.pledge(ref(1), "telegram", "be")
    assert (first.signer_no, first.count) == (1, 1)
    with pytest.raises(AlreadySignedError) as again:
        await pledges.pledge(ref(1), "telegram", "be")
    assert again.value.signed_at == first.signed_at
    second = await pledges.pledge(ref(2), "console", "en", "Ales")
    assert (second.signer_no, second.count) == (2, 2)  # the failed repeat used no number
    assert await pledges.withdraw(ref(1)) is True
    assert await pledges.withdraw(ref(1)) is False
    assert await pledges.count() == 1
    back = await pledges.pledge(ref(1), "telegram", "be")
    assert (back.signer_no, back.count) == (3, 2)


async def test_concurrent_pledges_keep_the_count_exact_and_milestones_once(db: Database) -> None:
    """1,100 attempts from 500 people at once, with repeats and withdrawals interleaved."""
    pledges = service(db, milestones=[10, 25, 50, 100, 250])

    async def person(n: int) -> None:
        async def attempt() -> None:
            with contextlib.suppress(AlreadySignedError):
                await pledges.pledge(ref(n), "telegram", "en")

        if n < 300:  # signs twice: counted once
            await asyncio.gather(attempt(), attempt())
        elif n < 400:  # signs, then withdraws
            await attempt()
            await pledges.withdraw(ref(n))
        else:  # signs, withdraws, signs again
            await attempt()
            await pledges.withdraw(ref(n))
            await attempt()

    await asyncio.gather(*(person(n) for n in range(500)))
    assert await pledges.count() == 400
    dumped = await dump(db)
    assert dumped.count("'telegram'") == 400  # one pledge row per signer
    reached = [m.threshold for m in await pledges.milestones()]
    assert reached == [10, 25, 50, 100, 250]  # the count never passes 500 here

    announced: list[int] = []

    async def publish(key: str, values: object) -> None:
        announced.append(values["count"])  # type: ignore[index]

    other_instance = service(db, milestones=[10, 25, 50, 100, 250])
    results = await asyncio.gather(
        announce_milestones(pledges, publish), announce_milestones(other_instance, publish)
    )
    assert sorted(announced) == [10, 25, 50, 100, 250] and sum(results) == 5
    assert await announce_milestones(pledges, publish) == 0


async def test_forget_leaves_no_row_about_the_person(db: Database) -> None:
    pledges = service(db)
    people = PeopleService(db, erasers=[pledges.erase])
    await people.choose_locale(ref(7), "pl")
    await pledges.pledge(ref(7), "telegram", "pl", "Hanna Kowalska")
    await pledges.pledge(ref(8), "telegram", "pl")
    await people.forget(ref(7))
    dumped = await dump(db)
    assert ref(7) not in dumped and "Hanna" not in dumped
    assert ref(8) in dumped
    assert await pledges.count() == 1


async def test_forget_with_sync_keeps_only_an_anonymous_erase_event(db: Database) -> None:
    pledges = service(db, sync_url="http://127.0.0.1:9/collect", sync_secret="s" * 32)
    people = PeopleService(db, erasers=[pledges.erase])
    await pledges.pledge(ref(7), "telegram", "pl", "Hanna Kowalska")
    await people.forget(ref(7))
    dumped = await dump(db)
    assert ref(7) not in dumped and "Hanna" not in dumped
    assert dumped.count('"event": "erase"') == 1 and '"event": "pledge"' not in dumped


async def test_no_raw_id_or_name_of_an_anonymous_signer_is_stored(db: Database) -> None:
    pledges = service(db, sync_url="http://127.0.0.1:9/collect", sync_secret="s" * 32)
    await pledges.pledge(HASHER.user_ref("telegram", 555000111), "telegram", "be")
    dumped = await dump(db)
    assert "555000111" not in dumped


async def test_toggling_in_a_loop_is_slowed_down(db: Database) -> None:
    pledges = service(db)
    for _ in range(3):
        await pledges.pledge(ref(9), "telegram", "en")
        await pledges.withdraw(ref(9))
    with pytest.raises(SlowDownError) as slow:
        await pledges.pledge(ref(9), "telegram", "en")
    assert 0 < slow.value.seconds <= 600
    await pledges.pledge(ref(10), "telegram", "en")  # others are not affected
    assert await pledges.withdraw(ref(10)) is True  # withdrawing is never slowed down


async def test_export_streams_every_pledge_in_signer_order(db: Database) -> None:
    pledges = service(db)
    for n in range(25):
        await pledges.pledge(ref(n), "telegram", "uk", f"Name {n}" if n % 2 else None)
    rows = [row async for row in pledges.export(batch=7)]
    assert [row.user_ref for row in rows] == [ref(n) for n in range(25)]
    assert rows[1].display_name == "Name 1" and rows[0].display_name is None


def test_milestones_are_the_list_then_every_step() -> None:
    settings = PledgeSettings(milestones=[10, 25], milestone_step=100)
    assert [n for n in range(1, 501) if settings.is_milestone(n)] == [10, 25, 100, 200, 300, 400, 500]
    defaults = PledgeSettings()
    assert defaults.is_milestone(1000) and defaults.is_milestone(30000) and not defaults.is_milestone(15000)
