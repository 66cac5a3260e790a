"""Rendered /stats charts, kept for the latest few keys (bounded memory), shared across threads."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable


class ChartCache:
    """Rendered charts by (key, locale), kept for the latest few keys only (bounded memory)."""

    def __init__(self, size: int = 32) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        self._size = size
        self._charts: OrderedDict[tuple[object, str], bytes] = OrderedDict()
        self._lock = threading.Lock()

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
        slot = (key, locale)
        png = render()  # outside the lock: a slow render never blocks hits on other charts
        with self._lock:
            self._charts[slot] = png
            self._charts.move_to_end(slot)
            while len(self._charts) > self._size:
                self._charts.popitem(last=False)
        return png

    def __len__(self) -> int:
        return len(self._charts)
