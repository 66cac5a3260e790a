"""The transparency log in the database: leaves appended in the pledge's own transaction, nodes, checkpoints.

An append is two statements inside the caller's transaction: the head row's `UPDATE … RETURNING`
(its row lock serialises appends, so indices are dense and every instance agrees on them) and the
leaves' insert. The Merkle nodes are not computed there: the publisher computes the perfect nodes
of the new leaves when it signs a checkpoint (under the same row lock), so a pledge pays for
almost nothing, and every size a proof may be asked for (a checkpoint's) has all its nodes.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import cast

from sqlalchemy import (
    BigInteger,
    Insert,
    LargeBinary,
    Table,
    TextClause,
    Update,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.services.transparency import merkle, receipt
from bot.storage.models import LogCheckpoint, LogHead, LogLeaf, LogNode
from bot.storage.session import Database

HEAD = 1
SQLITE_BUMP = "UPDATE tlog_head SET size = size + ?, count = count + ? WHERE id = 1 RETURNING size"
SQLITE_LEAVES = "INSERT INTO tlog_leaves (idx, entry) VALUES (?, ?)"
PAGE = 1000  # leaves served at most per request
Executor = AsyncConnection | AsyncSession


class BadRequestError(ValueError):
    """A proof or page asked for something no published checkpoint holds; the text says what."""


@dataclass(frozen=True)
class Checkpoint:
    """A checkpoint as kept and served."""

    size: int
    root: bytes
    count: int
    note: str
    published_at: datetime


@dataclass(frozen=True)
class Head:
    """The log as it stands: its size and count, and the last checkpoint's size (-1 before any)."""

    size: int
    count: int
    checkpoint_size: int


async def append(conn: Executor, entries: Sequence[bytes]) -> int:
    """Append `entries` (33 bytes each) in the caller's transaction; return the first one's index.

    On PostgreSQL one statement (one round trip inside the pledges' lock hold) bumps the head and
    inserts the leaves; on SQLite, in the process, two statements cost no more.
    """
    if not entries:
        raise ValueError("nothing to append")
    delta = sum(1 if receipt.entry_kind(entry) == receipt.PLEDGE else -1 for entry in entries)
    if _dialect(conn) == "postgresql":
        values = {"n": len(entries), "delta": delta, "entries": list(entries)}
        top = await conn.execute(_statements().append_pg, values)
        return int(top.scalar_one()) - len(entries)
    # SQLite: the driver's own executemany; SQLAlchemy's handling of each row's parameters cost
    # more than the insert itself (the writer is in this process, CPU is its whole cost).
    raw = await _connection(conn)
    top = await raw.exec_driver_sql(SQLITE_BUMP, (len(entries), delta))
    first = int(top.scalar_one()) - len(entries)
    await raw.exec_driver_sql(SQLITE_LEAVES, [(first + i, e) for i, e in enumerate(entries)])
    return first


def _dialect(conn: Executor) -> str:
    if isinstance(conn, AsyncSession):
        return conn.get_bind().dialect.name
    return conn.dialect.name


async def _connection(conn: Executor) -> AsyncConnection:
    return await conn.connection() if isinstance(conn, AsyncSession) else conn


async def head(conn: Executor) -> Head:
    """The head row, read in the caller's transaction."""
    size, count, checkpoint_size = (
        await conn.execute(select(LogHead.size, LogHead.count, LogHead.checkpoint_size))
    ).one()
    return Head(int(size), int(count), int(checkpoint_size))


async def fetch_nodes(conn: Executor, wanted: Iterable[merkle.Node]) -> dict[merkle.Node, bytes]:
    """The stored nodes among `wanted`, in one query."""
    keys = list(dict.fromkeys(wanted))
    if not keys:
        return {}
    table = cast(Table, LogNode.__table__).c
    # (level = ? AND idx = ?) OR …: both databases answer it from the primary key, term by term
    # (SQLite scans the whole table for a row-value IN list).
    wanted_rows = or_(*(and_(table.level == level, table.idx == idx) for level, idx in keys))
    rows = await conn.execute(select(table.level, table.idx, table.hash).where(wanted_rows))
    return {(int(level), int(idx)): bytes(digest) for level, idx, digest in rows}


def frontier(size: int) -> list[merkle.Node]:
    """The perfect nodes that cover the first `size` leaves, widest first: all a later append needs."""
    return merkle.nodes_for_root(size)


async def extend_nodes(conn: Executor, old: int, new: int) -> dict[merkle.Node, bytes]:
    """Compute and store the perfect nodes of leaves `old`…`new - 1`; return what the root of `new` needs."""
    known = await fetch_nodes(conn, frontier(old))
    if new > old:
        rows = await conn.execute(
            select(LogLeaf.idx, LogLeaf.entry)
            .where(LogLeaf.idx >= old, LogLeaf.idx < new)
            .order_by(LogLeaf.idx)
        )
        made: dict[merkle.Node, bytes] = {}
        for idx, entry in rows:
            done = merkle.append_nodes(int(idx), merkle.leaf_hash(bytes(entry)), known)
            known.update(done)
            made.update(done)
        if len(made) < new - old:
            raise RuntimeError(f"the log's leaves {old}…{new - 1} are not all there")
        await conn.execute(
            _statements().nodes, [{"level": lv, "idx": i, "hash": h} for (lv, i), h in made.items()]
        )
    return {node: known[node] for node in frontier(new)}


class TransparencyLog:
    """What the public endpoints and /verify read: checkpoints, leaves and proofs up to the latest."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def latest(self) -> Checkpoint | None:
        """The newest checkpoint, or None before the first."""
        async with self.db.transaction() as session:
            row = await session.scalar(select(LogCheckpoint).order_by(LogCheckpoint.size.desc()).limit(1))
            return _checkpoint(row) if row is not None else None

    async def checkpoints(self) -> list[Checkpoint]:
        """Every checkpoint, oldest first."""
        async with self.db.transaction() as session:
            rows = await session.scalars(select(LogCheckpoint).order_by(LogCheckpoint.size))
            return [_checkpoint(row) for row in rows]

    async def count(self) -> int:
        """Pledge leaves minus revocation leaves, as the head row keeps it."""
        async with self.db.transaction() as session:
            return (await head(session)).count

    async def leaves(self, start: int, count: int) -> list[bytes]:
        """Up to PAGE entries from `start`, none past the latest checkpoint's size."""
        if start < 0 or count < 0:
            raise BadRequestError("start and count must not be negative")
        async with self.db.transaction() as session:
            published = await _published_size(session)
            end = min(start + min(count, PAGE), published)
            rows = await session.execute(
                select(LogLeaf.entry).where(LogLeaf.idx >= start, LogLeaf.idx < end).order_by(LogLeaf.idx)
            )
            return [bytes(entry) for (entry,) in rows]

    async def inclusion(self, index: int, size: int) -> tuple[bytes, list[bytes]]:
        """(the leaf hash, its inclusion proof) in the checkpoint of `size`."""
        if index < 0:
            raise BadRequestError("index must not be negative")
        async with self.db.transaction() as session:
            await _published(session, size)
            if index >= size:
                raise BadRequestError(f"leaf {index} is not in the tree of size {size}")
            wanted = [(0, index), *merkle.nodes_for_inclusion(index, size)]
            known = await fetch_nodes(session, wanted)
        return known[(0, index)], merkle.inclusion_proof(index, size, known)

    async def consistency(self, old: int, new: int) -> list[bytes]:
        """The consistency proof between the checkpoints of sizes `old` and `new`."""
        async with self.db.transaction() as session:
            await _published(session, old)
            await _published(session, new)
            if old > new:
                raise BadRequestError("old must not be larger than new")
            if old == 0 or old == new:
                return []  # the empty tree is a prefix of every tree; a tree is its own
            known = await fetch_nodes(session, merkle.nodes_for_consistency(old, new))
        return merkle.consistency_proof(old, new, known)


async def _published_size(conn: Executor) -> int:
    return int(await conn.scalar(select(func.coalesce(func.max(LogCheckpoint.size), 0))) or 0)


async def _published(conn: Executor, size: int) -> None:
    """Raise BadRequestError unless a checkpoint of `size` was published."""
    found = await conn.scalar(select(LogCheckpoint.size).where(LogCheckpoint.size == size))
    if found is None:
        raise BadRequestError(f"no checkpoint has size {size}")


def _checkpoint(row: LogCheckpoint) -> Checkpoint:
    return Checkpoint(int(row.size), bytes(row.root), int(row.count), row.note, row.published_at)


def b64(data: bytes) -> str:
    """Standard base64, as the endpoints serve hashes and entries."""
    return base64.b64encode(data).decode()


@dataclass(frozen=True)
class _Statements:
    bump: Update
    leaves: Insert
    nodes: Insert
    append_pg: TextClause


@cache
def _statements() -> _Statements:
    """Built once: a statement reused is compiled once."""
    head_table = cast(Table, LogHead.__table__)
    bump = (
        update(head_table)
        .where(head_table.c.id == HEAD)
        .values(
            size=head_table.c.size + bindparam("n"),
            count=head_table.c.count + bindparam("delta"),
        )
        .returning(head_table.c.size)
    )
    append_pg = text(
        "WITH head AS (UPDATE tlog_head SET size = size + :n, count = count + :delta WHERE id = 1"
        " RETURNING size), added AS (INSERT INTO tlog_leaves (idx, entry)"
        " SELECT head.size - :n + e.ord - 1, e.entry"
        " FROM head, unnest(:entries) WITH ORDINALITY AS e(entry, ord))"
        " SELECT size FROM head"
    ).bindparams(
        bindparam("n", type_=BigInteger),
        bindparam("delta", type_=BigInteger),
        bindparam("entries", type_=ARRAY(LargeBinary)),
    )
    leaves, nodes = insert(cast(Table, LogLeaf.__table__)), insert(cast(Table, LogNode.__table__))
    return _Statements(bump, leaves, nodes, append_pg)
