"""Work that waits together is done together: group commit, and lookups that share one query.

The busiest write (a pledge) serialises on a row lock, so its rate is one transaction per
lock hold: a few round trips and a commit (a disk flush). Written together, a hundred
waiting pledges cost one hold. On PostgreSQL each lookup by key is a round trip, and the
system call that sends it costs more than everything SQLAlchemy does around it; forty
updates arriving at once each look up who sent them, which one query can answer.

Nobody waits for a batch to fill: an item submitted while the batcher is idle is handled at
once, alone; those that arrive meanwhile form the next batch. Each caller gets its answer
only when the batch holding its item is done (for a write: committed), and a lookup's
query starts after its caller asked, so it sees everything committed before.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import Column, Row, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY

from bot.storage.session import Database

T = TypeVar("T")
R = TypeVar("R")
K = TypeVar("K", bound=Hashable)
MOST = 200  # items per batch at most (a statement's parameters stay well within limits)


class Batcher(Generic[T, R]):
    """Submit items; `handle` gets a batch and returns one result (or exception) per item, in order."""

    def __init__(self, handle: Callable[[Sequence[T]], Awaitable[Sequence[R | Exception]]]) -> None:
        self.handle = handle
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._worker: asyncio.Task[None] | None = None

    async def submit(self, item: T) -> R:
        """The item's result, once the batch that holds it is done."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[R] = loop.create_future()
        self._waiting.append((item, future))
        worker = self._worker
        if worker is None or worker.done() or worker.get_loop() is not loop:
            self._worker = loop.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            taken, self._waiting = self._waiting[:MOST], self._waiting[MOST:]
            batch = [(item, future) for item, future in taken if not future.done()]  # not cancelled
            try:
                if batch:
                    await self._run(batch)
            except asyncio.CancelledError:  # the loop is stopping: nobody waits for an answer forever
                for _, future in batch + self._waiting:
                    future.cancel()
                self._waiting = []
                raise

    async def _run(self, batch: list[tuple[T, asyncio.Future[R]]]) -> None:
        try:
            results = await self.handle([item for item, _ in batch])
        except Exception as exc:  # the whole batch failed: every caller in it hears why
            results = [exc] * len(batch)
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():  # its caller was cancelled meanwhile (a write may still have happened)
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)


class Lookup(Generic[K]):
    """A row by key (or None): on PostgreSQL, the lookups waiting at one moment share one query.

    On SQLite each runs at once on the event loop (`Database.read`), where a batch would only
    add a hop. The row holds `key` and then `columns`, by name.
    """

    def __init__(self, db: Database, key: Column[Any], *columns: Column[Any]) -> None:
        self.db = db
        self.one = select(key, *columns).where(key == bindparam("key"))
        self.many = select(key, *columns).where(key == any_(bindparam("keys", type_=ARRAY(key.type))))
        self._batcher: Batcher[K, Row[Any] | None] | None = None
        if db.engine.dialect.name == "postgresql":
            self._batcher = Batcher(self._read_many)

    async def get(self, key: K) -> Row[Any] | None:
        """The row whose key is `key`, or None."""
        if self._batcher is None:
            rows = await self.db.read(self.one, {"key": key})
            return rows[0] if rows else None
        return await self._batcher.submit(key)

    async def _read_many(self, keys: Sequence[K]) -> list[Row[Any] | None]:
        rows = await self.db.read(self.many, {"keys": list(dict.fromkeys(keys))})
        found = {row[0]: row for row in rows}
        return [found.get(key) for key in keys]
