"""Group commit: one writer takes every item waiting and writes them together, in one transaction.

The busiest write (a pledge) serialises on a row lock, so its rate is one transaction per
lock hold: a few round trips and a commit (a disk flush). Written together, a hundred
waiting pledges cost one hold. Nobody waits for a batch to fill: an item submitted while
the writer is idle is written at once, alone; those that arrive during that write form
the next batch. Each caller gets its own answer only after the commit holding its item.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
MOST = 200  # items per transaction at most (a statement's parameters stay well within limits)


class GroupCommit(Generic[T, R]):
    """Submit items; `write` gets the batch and returns one result (or exception) per item, in order."""

    def __init__(self, write: Callable[[Sequence[T]], Awaitable[Sequence[R | Exception]]]) -> None:
        self.write = write
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def submit(self, item: T) -> R:
        """The item's result, once the transaction that wrote it has committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[R] = loop.create_future()
        self._waiting.append((item, future))
        writer = self._writer
        if writer is None or writer.done() or writer.get_loop() is not loop:
            self._writer = loop.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            taken, self._waiting = self._waiting[:MOST], self._waiting[MOST:]
            batch = [(item, future) for item, future in taken if not future.done()]  # not cancelled
            try:
                if batch:
                    await self._write(batch)
            except asyncio.CancelledError:  # the loop is stopping: nobody waits for an answer forever
                for _, future in batch + self._waiting:
                    future.cancel()
                self._waiting = []
                raise

    async def _write(self, batch: list[tuple[T, asyncio.Future[R]]]) -> None:
        try:
            results = await self.write([item for item, _ in batch])
        except Exception as exc:  # the whole transaction failed: every caller in it hears why
            results = [exc] * len(batch)
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():  # its caller was cancelled meanwhile (its item may be written)
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)
