"""The log in the database, on SQLite and PostgreSQL: appends with each pledge change, checkpoints, proofs."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from bot.i18n import Catalog
from bot.identity import IdentityHasher
from bot.services.lockdown import Lockdown
from bot.services.people import PeopleService
from bot.services.pledges import PledgeService
from bot.services.transparency import checkpoint, merkle, receipt
from bot.services.transparency.log import BadRequestError, TransparencyLog, head
from bot.services.transparency.publisher import Publisher
from bot.settings import LOCALES, PledgeSettings
from bot.storage import migrate
from bot.storage.models import LogLeaf, LogNode, Post, PostDelivery, PostText
from bot.storage.session import Database, create_engine

HASHER = IdentityHasher(b"k" * 40)
SKEY, VKEY = checkpoint.generate_key("test.invalid/pledges")
CATALOG = Catalog(strict=True)
HOUR = datetime(2027, 5, 21, 9, tzinfo=UTC)


def ref(n: int) -> str:
    return HASHER.user_ref("telegram", n)


def publisher(db: Database, targets: list[tuple[str, str]] | None = None) -> Publisher:
    signer = checkpoint.NoteSigner.from_skey(SKEY)
    return Publisher(db, signer, "test.invalid/pledges", 60, CATALOG, targets or [], Lockdown(db))


async def entries(db: Database) -> list[bytes]:
    async with db.transaction() as session:
        rows = await session.execute(select(LogLeaf.idx, LogLeaf.entry).order_by(LogLeaf.idx))
        pairs = [(int(i), bytes(e)) for i, e in rows]
    assert [i for i, _ in pairs] == list(range(len(pairs)))  # dense, from 0
    return [e for _, e in pairs]


async def log_count(db: Database) -> int:
    async with db.transaction() as session:
        return (await head(session)).count


async def test_every_pledge_withdrawal_and_forget_appends_and_the_counts_agree(db: Database) -> None:
    pledges = PledgeService(db, PledgeSettings(), HASHER)
    people = PeopleService(db, [pledges.erase])
    made = [await pledges.pledge(ref(n), "telegram", "en") for n in range(5)]
    assert [m.leaf for m in made] == [0, 1, 2, 3, 4]
    assert all(len(m.secret) == 32 and m.secret != made[0].secret for m in made[1:])
    assert await pledges.withdraw(ref(1)) and not await pledges.withdraw(ref(1))  # the second: nothing
    await people.forget(ref(2))  # a signer: a revocation
    await people.forget(ref(99))  # never signed: nothing
    await pledges.wipe_identities("owner")  # keeps the log as it is
    again = await pledges.pledge(ref(1), "telegram", "en")
    log = await entries(db)
    kinds = [receipt.entry_kind(e) for e in log]
    assert kinds == [receipt.PLEDGE] * 5 + [receipt.REVOCATION] * 2 + [receipt.PLEDGE]
    assert again.leaf == 7 and log[7] == receipt.pledge_entry(again.secret)
    assert log[0] == receipt.pledge_entry(made[0].secret)  # a leaf commits to its secret, nothing else
    assert await log_count(db) == await pledges.count() == 4


async def test_appends_from_two_instances_at_once_stay_dense_and_exact(
    database_url: str, db: Database
) -> None:
    """Two engines (two instances) sign, withdraw and sign again concurrently on one database."""
    from bot.settings import async_url

    other = Database(create_engine(async_url(database_url)))
    try:
        services = [PledgeService(d, PledgeSettings(), HASHER) for d in (db, other)]

        async def person(n: int) -> None:
            pledges = services[n % 2]
            await pledges.pledge(ref(n), "telegram", "en")
            if n % 3 == 0:
                await services[(n + 1) % 2].withdraw(ref(n))

        await asyncio.gather(*(person(n) for n in range(120)))
    finally:
        await other.close()
    log = await entries(db)
    assert len(log) == 120 + 40
    assert len(set(log)) == len(log)  # nothing doubled
    assert await log_count(db) == await services[0].count() == 80


async def test_a_new_log_gets_a_checkpoint_of_size_0_then_one_per_boundary_when_it_grew(db: Database) -> None:
    pub = publisher(db)
    log = TransparencyLog(db)
    genesis = await pub.run_once(HOUR + timedelta(minutes=7))
    assert genesis is not None and (genesis.size, genesis.count, genesis.root) == (0, 0, merkle.EMPTY_ROOT)
    assert checkpoint.open_note(genesis.note, VKEY).size == 0
    assert await pub.run_once(HOUR + timedelta(minutes=8)) is None  # nothing new
    pledges = PledgeService(db, PledgeSettings(), HASHER)
    for n in range(6):
        await pledges.pledge(ref(n), "telegram", "en")
    await pledges.withdraw(ref(3))
    assert await pub.run_once(HOUR + timedelta(minutes=59)) is None  # grown, but within the hour
    signed = await pub.run_once(HOUR + timedelta(minutes=60, seconds=20))
    assert signed is not None and (signed.size, signed.count) == (7, 5)
    tree = merkle.Tree()
    for entry in await entries(db):
        tree.append_entry(entry)
    assert signed.root == tree.root()
    opened = checkpoint.open_note(signed.note, VKEY)
    assert (opened.origin, opened.size, opened.root) == ("test.invalid/pledges", 7, tree.root())
    latest = await log.latest()
    assert latest is not None and latest.published_at == HOUR + timedelta(hours=1)  # the boundary only
    assert await pub.run_once(HOUR + timedelta(minutes=61)) is None
    assert await pub.run_once(HOUR + timedelta(hours=3)) is None  # no growth: no checkpoint
    assert [c.size for c in await log.checkpoints()] == [0, 7]


async def test_proofs_from_the_database_verify_and_bad_requests_are_refused(db: Database) -> None:
    pub = publisher(db)
    pledges = PledgeService(db, PledgeSettings(), HASHER)
    log = TransparencyLog(db)
    sizes = []
    for hour in range(4):
        for n in range(hour * 5, hour * 5 + 3 + hour):
            await pledges.pledge(ref(n), "telegram", "en")
        signed = await pub.run_once(HOUR + timedelta(hours=hour))
        assert signed is not None
        sizes.append(signed.size)
    roots = {c.size: c.root for c in await log.checkpoints()}
    for size in sizes:
        for index in range(size):
            leaf, proof = await log.inclusion(index, size)
            assert merkle.verify_inclusion(leaf, index, size, proof, roots[size])
    for old in sizes:
        for new in sizes:
            if old <= new:
                proof = await log.consistency(old, new)
                assert old == new or merkle.verify_consistency(old, new, roots[old], roots[new], proof)
    assert len(await log.leaves(0, 5000)) == sizes[-1]
    await pledges.pledge(ref(1000), "telegram", "en")
    assert len(await log.leaves(0, 5000)) == sizes[-1]  # nothing past the latest checkpoint
    for bad in (
        log.inclusion(-1, sizes[0]),
        log.inclusion(0, sizes[0] + 1),  # a size the log never had in a checkpoint
        log.inclusion(sizes[0], sizes[0]),
        log.consistency(sizes[1], sizes[0]),
        log.consistency(0, 10**6),
        log.leaves(-1, 10),
    ):
        with pytest.raises(BadRequestError):
            await bad


async def test_checkpoints_are_posted_in_every_language_and_a_lockdown_pauses_them(db: Database) -> None:
    targets = [("en", "@channel_en"), ("be", "@channel_be"), ("pl", "mastodon:pl")]
    pub = publisher(db, targets)
    await pub.run_once(HOUR)
    await Lockdown(db).turn_on("owner")
    await PledgeService(db, PledgeSettings(), HASHER).pledge(ref(1), "telegram", "en")
    assert await pub.run_once(HOUR + timedelta(hours=1)) is None  # locked: nothing signed, nothing posted
    await Lockdown(db).lift("owner")
    signed = await pub.run_once(HOUR + timedelta(hours=1, minutes=1))
    assert signed is not None and signed.size == 1
    async with db.transaction() as session:
        posts = (await session.scalars(select(Post))).all()
        texts = (await session.scalars(select(PostText))).all()
        deliveries = (await session.scalars(select(PostDelivery))).all()
    assert [(p.kind, p.status) for p in posts] == [("tlog", "queued")]  # none for size 0
    assert sorted(t.locale for t in texts) == sorted(LOCALES)
    assert all(signed.note.splitlines()[2] in t.body for t in texts)  # the root line of the note
    assert sorted((d.channel, d.status) for d in deliveries) == sorted((c, "pending") for _, c in targets)


async def test_a_database_with_pledges_before_the_log_is_backfilled(db: Database) -> None:
    await migrate.downgrade(db.engine, "0013")
    pledges = PledgeService(db, PledgeSettings(), HASHER)
    async with db.transaction() as session:
        await session.execute(text("UPDATE counters SET value = 1234 WHERE name = 'pledges'"))
    await migrate.upgrade(db.engine)
    log = await entries(db)
    assert len(log) == 1234 and {receipt.entry_kind(e) for e in log} == {receipt.PLEDGE}
    assert await log_count(db) == await pledges.count() == 1234
    signed = await publisher(db).run_once(HOUR)
    tree = merkle.Tree()
    for entry in log:
        tree.append_entry(entry)
    assert signed is not None and signed.root == tree.root()
    async with db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(LogNode)) == 2 * 1234 - 5  # popcount
