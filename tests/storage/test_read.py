"""`Database.read`: small reads at once on SQLite, through the engine on PostgreSQL, SELECTs only."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time

import pytest
from sqlalchemy import insert, literal_column, select, table, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from bot.storage.models import Counter
from bot.storage.session import Database


async def test_a_read_sees_what_was_committed(db: Database) -> None:
    """Also on a connection that has read before: no old snapshot is kept between reads."""
    [row] = await db.read(select(Counter.value).where(Counter.name == "pledges"))
    assert row.value == 0
    async with db.transaction() as session:
        await session.execute(text("UPDATE counters SET value = 41 WHERE name = 'pledges'"))
    [row] = await db.read(select(Counter.value).where(Counter.name == "pledges"))
    assert row.value == 41
    assert await db.read(select(Counter.value).where(Counter.name == "no such counter")) == []


async def test_only_selects_are_read(db: Database) -> None:
    with pytest.raises(ValueError, match="SELECT"):
        await db.read(insert(Counter).values(name="x", value=1))
    assert await db.read(select(Counter.value).where(Counter.name == "x")) == []


async def test_a_busy_sqlite_is_read_on_the_writers_thread_once_free(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    """Another process holds SQLite exclusively: the read frees the loop after a moment and waits off it."""
    if db.engine.url.get_backend_name() != "sqlite":
        pytest.skip("SQLite's locks")
    await db.engine.dispose()  # an open connection keeps a shared lock under WAL
    other = sqlite3.connect(db.engine.url.database or "", isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE counters SET value = 7 WHERE name = 'pledges'")
    caplog.set_level(logging.INFO, "bot.storage.session")
    reading = asyncio.create_task(db.read(select(Counter.value).where(Counter.name == "pledges")))
    ticks, longest, last = 0, 0.0, time.perf_counter()
    while not reading.done() and ticks < 10:  # the loop keeps turning while the read waits
        await asyncio.sleep(0.02)
        now = time.perf_counter()
        ticks, longest, last = ticks + 1, max(longest, now - last), now
    assert not reading.done() and ticks == 10
    assert longest < 0.1  # the loop was held for READ_AT_ONCE_TIMEOUT (0.02 s) at most, not seconds
    other.execute("COMMIT")
    other.close()
    [row] = await asyncio.wait_for(reading, 30)
    assert row.value == 7
    assert "SQLite busy" in caplog.text


async def test_an_error_that_is_not_busy_is_raised_not_retried(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "bot.storage.session")
    with pytest.raises((OperationalError, ProgrammingError), match=r"no_such_table|no such table"):
        await db.read(select(literal_column("1")).select_from(table("no_such_table")))
    assert "SQLite busy" not in caplog.text
