"""The engine, sessions and transactions."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import Executable, Row, event, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

log = logging.getLogger(__name__)
READ_AT_ONCE_TIMEOUT = 0.02  # seconds a read on the event loop may wait for SQLite's lock; then the thread
READ_AT_ONCE_PAUSE = 1.0  # seconds reads stay off the loop after SQLite was busy
SQLITE_BUSY, SQLITE_LOCKED = 5, 6  # primary result codes (extended codes keep them in the low byte)


def create_engine(url: URL) -> AsyncEngine:
    """An async engine whose errors never print statement values (they may hold a signer's name).

    SQLite gets WAL, foreign keys, and one pooled connection: the process then queues its own
    transactions fairly instead of racing for SQLite's single write lock ("database is locked").
    """
    if url.get_backend_name() != "sqlite":
        return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)
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

    async def read(self, statement: Executable) -> Sequence[Row[Any]]:
        """The rows of a small read-only query (a lookup by key). Never inside `transaction()`.

        On a SQLite file it runs at once, on the event loop, on a read-only connection of its
        own: under WAL a reader never waits for the writer, and a lookup by key takes tens of
        microseconds, where a hop to aiosqlite's thread and back costs most of a millisecond.
        If SQLite is busy all the same (WAL recovery, another process in exclusive locking mode),
        the read waits on the writer's thread instead (which is why not inside a transaction:
        that thread's one connection would be the caller's), and for READ_AT_ONCE_PAUSE seconds
        so do the reads after it, so that a lock held long costs the loop one wait, not one per read.
        """
        if not getattr(statement, "is_select", False):
            raise ValueError("Database.read runs SELECTs only")  # the fallback below could write
        if self._reader is not None and time.monotonic() >= self._read_at_once_after:
            try:
                with self._reader.connect() as conn:
                    return conn.execute(statement).all()
            except OperationalError as exc:
                if not _busy(exc):
                    raise
                self._read_at_once_after = time.monotonic() + READ_AT_ONCE_PAUSE
                log.info("SQLite busy for a read at once: reading on the writer's thread for a while")
        async with self.engine.connect() as conn:
            return (await conn.execute(statement)).all()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session inside one transaction: committed on success, rolled back on error."""
        async with self.sessions() as session, session.begin():
            yield session

    async def ping(self) -> bool:
        """True when the database answers a trivial query."""
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
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
