"""The engine, sessions and transactions."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy
from sqlalchemy import Executable, Row, event, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

log = logging.getLogger(__name__)
READ_AT_ONCE_TIMEOUT = 0.02  # seconds a read on the event loop may wait for SQLite's lock; then the thread
READ_AT_ONCE_PAUSE = 1.0  # seconds reads stay off the loop after SQLite was busy
SQLITE_BUSY, SQLITE_LOCKED = 5, 6  # primary result codes (extended codes keep them in the low byte)
# PostgreSQL: connections kept open. Telegram sends up to 40 updates at once; SQLAlchemy's default
# (5, and 10 more opened and closed again for each peak) made a busy minute open thousands.
POOL_SIZE, POOL_OVERFLOW = 20, 20
T = TypeVar("T")
Params = Mapping[str, Any] | None


def create_engine(url: URL) -> AsyncEngine:
    """An async engine whose errors never print statement values (they may hold a signer's name).

    SQLite gets WAL, foreign keys, and one pooled connection: the process then queues its own
    transactions fairly instead of racing for SQLite's single write lock ("database is locked").

    PostgreSQL gets no ping before each checkout (`pool_pre_ping` cost three round trips,
    BEGIN, `;` and ROLLBACK, for every read): a connection the server dropped fails its first
    statement, which invalidates the whole pool, and the callers on the busy paths try again
    on a fresh one (`read`, `ping`, `write`).
    """
    if url.get_backend_name() != "sqlite":
        return create_async_engine(url, hide_parameters=True, pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url, hide_parameters=True, pool_size=1, max_overflow=0, pool_timeout=120)
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")  # another process (e.g. export-pledges) may write
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Database:
    """One engine and its session factory, shared by every service."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._reader = _reader_at_once(engine.url)
        self._read_at_once_after = 0.0  # monotonic time: after SQLite was busy, reads wait off the loop
        # PostgreSQL: a read is one round trip, without BEGIN and ROLLBACK around it.
        sqlite = engine.dialect.name == "sqlite"
        self._reads = engine if sqlite else engine.execution_options(isolation_level="AUTOCOMMIT")

    async def read(self, statement: Executable, params: Params = None) -> Sequence[Row[Any]]:
        """The rows of a small read-only query (a lookup by key). Never inside `transaction()`.

        On a SQLite file it runs at once, on the event loop, on a read-only connection of its
        own: under WAL a reader never waits for the writer, and a lookup by key takes tens of
        microseconds, where a hop to aiosqlite's thread and back costs most of a millisecond.
        If SQLite is busy all the same (WAL recovery, another process in exclusive locking mode),
        the read waits on the writer's thread instead (which is why not inside a transaction:
        that thread's one connection would be the caller's), and for READ_AT_ONCE_PAUSE seconds
        so do the reads after it, so that a lock held long costs the loop one wait, not one per read.

        On PostgreSQL it is one statement in autocommit (one round trip), read again on a fresh
        connection if the pooled one turns out dropped (the server restarted since it was used).
        `params` fill the statement's `bindparam`s: a statement built once is compiled once.
        """
        if not getattr(statement, "is_select", False):
            raise ValueError("Database.read runs SELECTs only")  # the fallback below could write
        if self._reader is not None and time.monotonic() >= self._read_at_once_after:
            try:
                with self._reader.connect() as conn:
                    return conn.execute(statement, params).all()
            except OperationalError as exc:
                if not _busy(exc):
                    raise
                self._read_at_once_after = time.monotonic() + READ_AT_ONCE_PAUSE
                log.info("SQLite busy for a read at once: reading on the writer's thread for a while")

        async def once() -> Sequence[Row[Any]]:
            async with self._reads.connect() as conn:
                return (await conn.execute(statement, params)).all()

        return await self._retrying(once)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session inside one transaction: committed on success, rolled back on error."""
        async with self.sessions() as session, session.begin():
            yield session

    async def write(self, work: Callable[[AsyncConnection], Awaitable[T]]) -> T:
        """`work(conn)` in one Core transaction (no ORM session to build), for the busy paths.

        Run once more on a fresh connection if the pooled one was found dropped before the
        commit: the server then rolled the transaction back, so nothing is done twice. A drop
        during the commit itself is raised (its outcome is unknown).
        """
        for attempt in (1, 2):
            committing = False
            try:
                async with self.engine.begin() as conn:
                    result = await work(conn)
                    committing = True
                return result
            except DBAPIError as exc:
                if committing or attempt == 2 or not exc.connection_invalidated:
                    raise
                log.info("a pooled database connection was dropped: writing again on a new one")
        raise AssertionError("unreachable")

    async def _retrying(self, work: Callable[[], Awaitable[T]]) -> T:
        """A read, run once more on a fresh connection if its pooled one was found dropped."""
        try:
            return await work()
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            log.info("a pooled database connection was dropped: reading again on a new one")
        return await work()

    async def ping(self) -> bool:
        """True when the database answers a trivial query."""

        async def once() -> None:
            async with self._reads.connect() as conn:
                await conn.execute(text("SELECT 1"))

        try:
            await self._retrying(once)
        except Exception:
            return False
        return True

    async def close(self) -> None:
        """Release every pooled connection."""
        if self._reader is not None:
            self._reader.dispose()
        await self.engine.dispose()


def _reader_at_once(url: URL) -> Engine | None:
    """For a SQLite file: a synchronous engine for `Database.read`, its connections read-only."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    engine = sqlalchemy.create_engine(
        url.set(drivername="sqlite+pysqlite"),
        hide_parameters=True,
        connect_args={"timeout": READ_AT_ONCE_TIMEOUT},
    )
    event.listen(engine, "connect", _read_only_pragmas)
    return engine


def _busy(exc: OperationalError) -> bool:
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in (SQLITE_BUSY, SQLITE_LOCKED)


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")  # this connection can never write
    cursor.close()
