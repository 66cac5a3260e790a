"""The transparency log at scale: proofs served from the database for a log of N leaves; prints figures.

    .venv/bin/python -m bench.tlog_db --database-url postgresql://postgres@127.0.0.1:5432/test

It empties the log's tables of that database first (use a scratch database), fills them in bulk
with `--leaves` random pledge entries and all their perfect nodes (computed in memory, written with
COPY on PostgreSQL), signs a checkpoint with the real publisher, then asks `--proofs` inclusion
proofs for random leaves and consistency proofs, as the endpoints do (one query each), and checks
every answer. It asserts no timing: it prints p50 and p99.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import time
from typing import Any

from sqlalchemy import bindparam, text

from bot.i18n import Catalog
from bot.services.transparency import checkpoint, merkle, receipt
from bot.services.transparency.log import TransparencyLog
from bot.services.transparency.publisher import Publisher
from bot.settings import async_url
from bot.storage import migrate
from bot.storage.models import UTCDateTime, utcnow
from bot.storage.session import Database, create_engine

CHUNK = 50_000


async def run(url: str, leaves: int, proofs: int) -> None:
    """Fill, sign, then time the proofs."""
    db = Database(create_engine(async_url(url)))
    await migrate.upgrade(db.engine)
    started = time.perf_counter()
    entries = [bytes([receipt.PLEDGE]) + os.urandom(32) for _ in range(leaves)]
    tree = merkle.Tree()
    for entry in entries:
        tree.append_entry(entry)
    built = time.perf_counter() - started
    started = time.perf_counter()
    await _fill(db, tree, entries)
    filled = time.perf_counter() - started
    signer = checkpoint.NoteSigner.from_skey(checkpoint.generate_key("bench.invalid/pledges")[0])
    publisher = Publisher(db, signer, signer.name, 60, Catalog(), [])
    started = time.perf_counter()
    signed = await publisher.run_once()
    signing = time.perf_counter() - started
    _check(signed is not None and signed.root == tree.root(), "the checkpoint's root is the tree's")
    log = TransparencyLog(db)
    inclusion = await _time_inclusion(log, tree, leaves, proofs)
    consistency = await _time_consistency(log, db, tree, signer, leaves, proofs)
    await db.close()
    print(f"backend: {db.engine.dialect.name}  leaves: {leaves:,}  proofs: {proofs}")
    print(
        f"tree in memory: {built:.1f} s; tables filled: {filled:.1f} s; checkpoint: {signing * 1000:.0f} ms"
    )
    print(
        f"inclusion proof from the database: p50 {inclusion[0]:.2f} ms  p99 {inclusion[1]:.2f} ms (verified)"
    )
    print(f"consistency proof from the database: p50 {consistency[0]:.2f} ms  p99 {consistency[1]:.2f} ms")


async def _fill(db: Database, tree: merkle.Tree, leaves: list[bytes]) -> None:
    """Empty the log, then write every leaf and perfect node and set the head, in bulk."""
    async with db.engine.begin() as conn:
        for table in ("tlog_leaves", "tlog_nodes", "tlog_checkpoints", "tlog_key"):
            await conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names
        nodes: list[tuple[int, int, bytes]] = [(lv, i, tree.nodes[(lv, i)]) for lv, i in tree.nodes]
        entries = list(enumerate(leaves))
        if conn.dialect.name == "postgresql":
            raw: Any = (await conn.get_raw_connection()).driver_connection
            await raw.copy_records_to_table("tlog_leaves", records=entries, columns=["idx", "entry"])
            await raw.copy_records_to_table("tlog_nodes", records=nodes, columns=["level", "idx", "hash"])
        else:
            for start in range(0, len(entries), CHUNK):
                rows = [{"i": i, "e": e} for i, e in entries[start : start + CHUNK]]
                await conn.execute(text("INSERT INTO tlog_leaves (idx, entry) VALUES (:i, :e)"), rows)
            for start in range(0, len(nodes), CHUNK):
                rows = [{"l": lv, "i": i, "h": h} for lv, i, h in nodes[start : start + CHUNK]]
                await conn.execute(
                    text("INSERT INTO tlog_nodes (level, idx, hash) VALUES (:l, :i, :h)"), rows
                )
        await conn.execute(
            text("UPDATE tlog_head SET size = :n, count = :n, checkpoint_size = -1"), {"n": len(leaves)}
        )
        if conn.dialect.name == "postgresql":
            await conn.execute(text("ANALYZE tlog_nodes"))


async def _time_inclusion(
    log: TransparencyLog, tree: merkle.Tree, size: int, proofs: int
) -> tuple[float, float]:
    root, took = tree.root(), []
    for index in random.sample(range(size), proofs):
        started = time.perf_counter()
        leaf, proof = await log.inclusion(index, size)
        took.append((time.perf_counter() - started) * 1000)
        _check(merkle.verify_inclusion(leaf, index, size, proof, root), f"the inclusion proof of {index}")
    return _p50_p99(took)


async def _time_consistency(
    log: TransparencyLog,
    db: Database,
    tree: merkle.Tree,
    signer: checkpoint.NoteSigner,
    size: int,
    proofs: int,
) -> tuple[float, float]:
    """Consistency between the full tree and a checkpoint of an earlier size (written beside it)."""
    old = size - random.randrange(1, max(2, size // 3))  # noqa: S311 - a sample, not a secret
    note = signer.sign(checkpoint.Checkpoint(signer.name, old, tree.root_at(old)))
    async with db.engine.begin() as conn:
        statement = text(
            "INSERT INTO tlog_checkpoints (size, root, count, note, published_at)"
            " VALUES (:s, :r, :s, :n, :at)"
        ).bindparams(bindparam("at", type_=UTCDateTime()))
        await conn.execute(statement, {"s": old, "r": tree.root_at(old), "n": note, "at": utcnow()})
    took = []
    for _ in range(proofs):
        started = time.perf_counter()
        proof = await log.consistency(old, size)
        took.append((time.perf_counter() - started) * 1000)
    _check(
        merkle.verify_consistency(old, size, tree.root_at(old), tree.root(), proof), "the consistency proof"
    )
    return _p50_p99(took)


def _check(holds: bool, what: str) -> None:
    if not holds:
        raise SystemExit(f"wrong: {what}")


def _p50_p99(took: list[float]) -> tuple[float, float]:
    took.sort()
    return took[len(took) // 2], took[min(len(took) - 1, int(len(took) * 0.99))]


def main() -> None:
    """Parse the arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--leaves", type=int, default=1_000_000)
    parser.add_argument("--proofs", type=int, default=1000)
    args = parser.parse_args()
    asyncio.run(run(args.database_url, args.leaves, args.proofs))


if __name__ == "__main__":
    main()
