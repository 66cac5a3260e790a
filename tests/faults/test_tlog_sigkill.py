"""SIGKILL of a process in the middle of pledges and withdrawals: the log loses or doubles nothing.

The leaves are appended in the pledge's own transaction, so after any kill the log holds exactly
one leaf per committed pledge or withdrawal: dense indices, pledges minus revocations equal to the
bot's count, and a checkpoint signed afterwards matches the leaves. A restart goes on from there.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.i18n import Catalog
from bot.services.transparency import checkpoint, merkle, receipt
from bot.services.transparency.log import head
from bot.services.transparency.publisher import Publisher
from bot.storage.models import Counter, LogLeaf, Pledge
from bot.storage.session import Database

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
SKEY, VKEY = checkpoint.generate_key("test.invalid/pledges")


async def killed_mid_work(database_url: str, start: int, tmp_path: Path, db: Database) -> None:
    """Run the worker until it has committed a good many changes more, then SIGKILL it."""
    before = await _changes(db)
    with (tmp_path / f"worker-{start}.log").open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.faults.pledge_worker",
            database_url,
            str(start),
            cwd=ROOT,
            env=os.environ | {"PYTHONPATH": str(ROOT)},
            stdout=sink,
            stderr=asyncio.subprocess.STDOUT,
        )
    try:
        async with asyncio.timeout(60):
            while await _changes(db) < before + 300:  # noqa: ASYNC110 - the database has no event to wait on
                await asyncio.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        await process.wait()
    assert process.returncode == -signal.SIGKILL, (tmp_path / f"worker-{start}.log").read_text()


async def _changes(db: Database) -> int:
    async with db.transaction() as session:
        return (await head(session)).size


async def assert_log_equals_the_count(db: Database) -> int:
    async with db.transaction() as session:
        counter = int(await session.scalar(select(Counter.value).where(Counter.name == "pledges")) or 0)
        rows = int(await session.scalar(select(func.count()).select_from(Pledge)) or 0)
        log = await head(session)
        leaves = (await session.execute(select(LogLeaf.idx, LogLeaf.entry).order_by(LogLeaf.idx))).all()
    assert [int(i) for i, _ in leaves] == list(range(log.size))  # dense: nothing lost in the middle
    kinds = [receipt.entry_kind(bytes(e)) for _, e in leaves]
    signed = kinds.count(receipt.PLEDGE) - kinds.count(receipt.REVOCATION)
    assert signed == log.count == counter == rows  # nothing lost, nothing doubled
    assert len({bytes(e) for _, e in leaves}) == log.size
    return log.size


async def test_sigkill_in_the_middle_of_pledges_loses_or_doubles_no_leaf(
    database_url: str, db: Database, tmp_path: Path
) -> None:
    await killed_mid_work(database_url, 0, tmp_path, db)
    first = await assert_log_equals_the_count(db)
    await killed_mid_work(database_url, 10**6, tmp_path, db)  # a restart goes on from there
    size = await assert_log_equals_the_count(db)
    assert size > first
    signer = checkpoint.NoteSigner.from_skey(SKEY)
    signed = await Publisher(db, signer, signer.name, 60, Catalog(), []).run_once()
    async with db.transaction() as session:
        entries = (await session.scalars(select(LogLeaf.entry).order_by(LogLeaf.idx))).all()
    tree = merkle.Tree()
    for entry in entries:
        tree.append_entry(bytes(entry))
    assert signed is not None and (signed.size, signed.root) == (size, tree.root())
