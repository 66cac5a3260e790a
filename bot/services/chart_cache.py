"""Rendered /stats charts, kept for the latest few keys (bounded memory), drawn out of the process.

`get_or_draw` is the bot's path: a chart not cached is drawn in a child process
(bot/services/chart_process.py), once however many ask for it at the same time, and the charts
asked for while a child draws are drawn together by the next one, so one child at most runs.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

from bot.services.chart_process import CHILD, ChartError, ChartJob, draw_in_child

log = logging.getLogger(__name__)
Slot = tuple[object, str]


class ChartCache:
    """Rendered charts by (key, locale), kept for the latest few keys only (bounded memory)."""

    def __init__(self, size: int = 32, command: Sequence[str] = CHILD) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        self._size = size
        self._charts: OrderedDict[Slot, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._command = command  # the child that draws (tests may name another)
        self._drawing: dict[Slot, asyncio.Future[bytes]] = {}
        self._queue: list[tuple[Slot, ChartJob, asyncio.Future[bytes]]] = []
        self._drawer: asyncio.Task[None] | None = None

    def get(self, key: object, locale: str) -> bytes | None:
        """The chart for (key, locale) if it is cached."""
        slot = (key, locale)
        with self._lock:
            if slot in self._charts:
                self._charts.move_to_end(slot)
                return self._charts[slot]
        return None

    def get_or_render(self, key: object, locale: str, render: Callable[[], bytes]) -> bytes:
        """The chart for (key, locale), calling `render` only when it is not cached."""
        cached = self.get(key, locale)
        if cached is not None:
            return cached
        png = render()  # outside the lock: a slow render never blocks hits on other charts
        self._store((key, locale), png)
        return png

    async def get_or_draw(self, key: object, job: ChartJob) -> bytes:
        """The chart for (key, job's locale); drawn in a child process if it is not cached.

        ChartError if the child could not draw it (the next call tries again).
        """
        cached = self.get(key, job.locale)
        if cached is not None:
            return cached
        slot = (key, job.locale)
        future = self._drawing.get(slot)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            future.add_done_callback(_retrieved)
            self._drawing[slot] = future
            self._queue.append((slot, job, future))
            if self._drawer is None or self._drawer.done():
                self._drawer = asyncio.create_task(self._draw_queued())
        return await asyncio.shield(future)  # one asker giving up does not stop the others' chart

    async def _draw_queued(self) -> None:
        """Draw what is queued in one child, then what was queued meanwhile, until nothing is."""
        while self._queue:
            batch, self._queue = self._queue, []
            try:
                pngs = await draw_in_child([job for _, job, _ in batch], self._command)
            except Exception as exc:
                self._fail(batch, exc if isinstance(exc, ChartError) else ChartError(repr(exc)))
                continue
            except BaseException:  # cancelled (the bot stops): tell every asker, then stop
                self._fail([*batch, *self._queue], ChartError("the bot is stopping"))
                self._queue = []
                raise
            for (slot, _, future), png in zip(batch, pngs, strict=True):
                self._store(slot, png)
                self._drawing.pop(slot, None)
                future.set_result(png)

    def _fail(self, batch: list[tuple[Slot, ChartJob, asyncio.Future[bytes]]], error: ChartError) -> None:
        log.warning("%d /stats charts not drawn: %s", len(batch), error)
        for slot, _, future in batch:
            self._drawing.pop(slot, None)
            future.set_exception(error)

    def _store(self, slot: Slot, png: bytes) -> None:
        with self._lock:
            self._charts[slot] = png
            self._charts.move_to_end(slot)
            while len(self._charts) > self._size:
                self._charts.popitem(last=False)

    def __len__(self) -> int:
        return len(self._charts)


def _retrieved(future: asyncio.Future[bytes]) -> None:
    """Mark a failure as seen even when every asker gave up (no "never retrieved" log)."""
    if not future.cancelled():
        future.exception()
