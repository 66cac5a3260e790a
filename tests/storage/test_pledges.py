"""Pledges on SQLite and PostgreSQL: once per person, exact counts under concurrency, milestones once."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Mapping
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError
from sqlalchemy import MetaData

from bot.errors import AlreadySignedError, SlowDownError
from bot.identity import IdentityHasher
from bot.services.delivery import Delivery
from bot.services.milestones import MilestoneAnnouncer
from bot.services.people import PeopleService
from bot.services.pledges import PledgeService
from bot.settings import PledgeSettings
from bot.storage.session import Database

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


async def test_each_milestone_is_posted_once_to_each_channel_across_instances(db: Database) -> None:
    """Two instances race to announce; a failed send is retried, an unknown outcome is not."""
    pledges = service(db, milestones=[1, 2])
    await pledges.pledge(ref(1), "telegram", "be")
    await pledges.pledge(ref(2), "telegram", "be")
    channels = {"be": "@free_be", "en": "-100777"}
    sent: list[tuple[str, int]] = []
    outcomes = {("-100777", 2): [Delivery.FAILED, Delivery.SENT], ("@free_be", 1): [Delivery.UNKNOWN]}

    async def send(chat: str, locale: str, key: str, values: Mapping[str, object]) -> Delivery:
        assert key == "milestone-reached" and channels[locale] == chat
        outcome = outcomes.get((chat, int(values["count"])), [Delivery.SENT]).pop(0)  # type: ignore[call-overload]
        if outcome is Delivery.SENT:
            sent.append((chat, int(values["count"])))  # type: ignore[call-overload]
        return outcome

    first, second = MilestoneAnnouncer(db, channels), MilestoneAnnouncer(db, channels)
    await asyncio.gather(first.run_once(send), second.run_once(send))
    assert sorted(sent) == [("-100777", 1), ("@free_be", 2)]  # one failed, one may have gone out
    await asyncio.gather(first.run_once(send), second.run_once(send))
    assert sorted(sent) == [("-100777", 1), ("-100777", 2), ("@free_be", 2)]
    assert await first.run_once(send) == 0 and await second.run_once(send) == 0


async def test_pledge_withdraw_and_forget_racing_for_one_person_stay_consistent(db: Database) -> None:
    """The same people pledge, withdraw and erase themselves all at once: no deadlock, exact count."""
    pledges = service(db)
    people = PeopleService(db, erasers=[pledges.erase])

    async def quietly(step: Awaitable[object]) -> None:
        with contextlib.suppress(AlreadySignedError, SlowDownError):
            await step

    steps = []
    for n in range(60):
        steps += [pledges.pledge(ref(n), "telegram", "en"), pledges.withdraw(ref(n)), people.forget(ref(n))]
        steps += [pledges.pledge(ref(n), "telegram", "en")]
    await asyncio.wait_for(asyncio.gather(*(quietly(step) for step in steps)), 60)
    assert await pledges.count() == (await dump(db)).count("'telegram'")


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


async def test_forget_with_sync_before_anything_was_sent_leaves_no_event(db: Database) -> None:
    pledges = service(db, sync_url="http://127.0.0.1:9/collect", sync_secret="s" * 32)
    people = PeopleService(db, erasers=[pledges.erase])
    await pledges.pledge(ref(7), "telegram", "pl", "Hanna Kowalska")
    await people.forget(ref(7))
    await people.forget(ref(6))  # never signed
    dumped = await dump(db)
    assert ref(7) not in dumped and "Hanna" not in dumped
    assert '"event"' not in dumped and pledges.sync_id(ref(6)) not in dumped


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


async def test_the_count_people_read_moves_only_at_fixed_boundaries_the_same_on_every_instance(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/stats, the digest and the metrics read the count as it stood at the last boundary (hourly)."""
    now = datetime(2027, 5, 21, 8, 59, tzinfo=UTC)
    monkeypatch.setattr("bot.services.pledges.utcnow", lambda: now)
    here, there = service(db), service(db)  # two instances
    await here.pledge(ref(1), "telegram", "en")
    assert await here.public_count() == 1  # the first snapshot, for the 08:00 boundary
    await there.pledge(ref(2), "telegram", "en")
    await here.withdraw(ref(1))
    await here.pledge(ref(3), "telegram", "en")
    assert await here.count() == 2  # the exact count is always read
    assert [await here.public_count(), await there.public_count()] == [1, 1]  # nobody's act shows

    now = datetime(2027, 5, 21, 9, 0, 5, tzinfo=UTC)  # a new boundary has passed
    await there.pledge(ref(4), "telegram", "en")
    assert await here.public_count() == 3  # the first instance to look takes it
    await there.pledge(ref(5), "telegram", "en")
    assert await there.public_count() == 3  # the others read the same figure
    await PeopleService(db, erasers=[here.erase]).forget(ref(4))
    now = datetime(2027, 5, 21, 9, 59, 59, tzinfo=UTC)
    assert [await here.public_count(), await there.public_count()] == [3, 3]
    now = datetime(2027, 5, 21, 10, 0, tzinfo=UTC)
    assert [await there.public_count(), await here.public_count()] == [3, 3]  # 2, 3, 5: 4 left
    await here.pledge(ref(6), "telegram", "en")
    now = datetime(2027, 5, 21, 11, 0, tzinfo=UTC)
    assert [await here.public_count(), await there.public_count()] == [4, 4]


def test_the_public_count_boundary_is_a_setting() -> None:
    with pytest.raises(ValidationError):
        PledgeSettings(public_count_minutes=0)
    assert PledgeSettings().public_count_minutes == 60
