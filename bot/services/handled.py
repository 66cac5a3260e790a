"""The Telegram updates the webhook has handled, so that a redelivery is not run twice.

Telegram delivers an update again when it did not get our 200 in time (the process died
after the replies went out, or a slow handler outlived Telegram's wait), possibly to
another instance. Stored in the database, so it holds across instances and restarts.

Cheap on the busiest day: the check is a lookup by key (`Database.read`; none at all for a
new update on the embedded SQLite store, see `sole_writer`), and the ids are written
together FLUSH_SECONDS after the first of them, not one transaction per update.
Ids not written yet are checked in memory; a crash loses at most that quarter second.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage.batch import Lookup
from bot.storage.models import HandledUpdate
from bot.storage.repos import dialect_insert
from bot.storage.session import Database

log = logging.getLogger(__name__)
KEEP = timedelta(hours=25)  # Telegram stops redelivering an update after 24 hours
PRUNE_EVERY = timedelta(hours=1)
FLUSH_SECONDS = 0.25
HIGHEST = select(func.max(HandledUpdate.update_id))
PRUNE = delete(HandledUpdate).where(HandledUpdate.handled_at < bindparam("before"))


class HandledUpdates:
    """Remember the update ids that were handled; forget them after a day."""

    def __init__(self, db: Database, now: Callable[[], datetime], sole_writer: bool = False) -> None:
        """`sole_writer`: no other process records handled updates (the embedded SQLite store).

        Then an id above every id recorded (before it started, and handled since) was never
        handled, and nothing is read for it. As Telegram numbers a bot's updates in increasing
        order, that is a new update; a redelivery, or an update overtaken by a later one, is at
        or below that mark and looked up as before (whatever the order, the answer is right).
        """
        self.db = db
        self.now = now
        self.pending: dict[int, datetime] = {}  # handled, not written yet
        self.pruned_at: datetime | None = None
        self._writer: asyncio.Task[None] | None = None
        self._sole_writer = sole_writer
        self._stored_max: int | None = None  # the highest id recorded when this process started
        self._handled_max = 0  # the highest id this process handled
        self._lookup: Lookup[int] = Lookup(db, cast(Table, HandledUpdate.__table__).c.update_id)

    async def seen(self, update_id: int) -> bool:
        """Whether this update was handled already (by any instance)."""
        if update_id in self.pending:
            return True
        if self._sole_writer:
            if self._stored_max is None:
                [(highest,)] = await self.db.read(HIGHEST)
                self._stored_max = int(highest or 0)
            if update_id > max(self._stored_max, self._handled_max):
                return False
        return await self._lookup.get(update_id) is not None

    def remember(self, update_id: int) -> None:
        """Record the update as handled: written with the others FLUSH_SECONDS from now at most."""
        self._handled_max = max(self._handled_max, update_id)
        self.pending[update_id] = self.now()
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_soon())

    async def _write_soon(self) -> None:
        await asyncio.sleep(FLUSH_SECONDS)
        try:
            await self.flush()
        except Exception as exc:  # kept in memory, written with the next ones
            log.warning("handled updates not recorded yet: %s", type(exc).__name__)

    async def close(self) -> None:
        """Write what is pending now (at a stop)."""
        if self._writer is not None:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
        await self.flush()

    async def flush(self) -> None:
        """Write what is pending (and, once an hour, forget the ids older than a day)."""
        now = self.now()
        batch, self.pending = self.pending, {}
        prune = self.pruned_at is None or now - self.pruned_at >= PRUNE_EVERY
        if not batch and not prune:
            return
        rows = [{"update_id": update_id, "handled_at": at} for update_id, at in batch.items()]

        async def write(conn: AsyncConnection) -> None:
            if prune:
                await conn.execute(PRUNE, {"before": now - KEEP})
            if rows:  # another instance may have handled one too: recorded all the same
                await conn.execute(_record(conn.dialect.name), rows)

        try:
            await self.db.write(write)
        except Exception:
            self.pending = batch | self.pending  # kept for the next flush
            raise
        if prune:
            self.pruned_at = now


@cache
def _record(dialect: str) -> Any:
    """The insert of handled ids, built once per dialect."""
    return dialect_insert(dialect, HandledUpdate).on_conflict_do_nothing()
