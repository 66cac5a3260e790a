"""A small sliding-window limiter for people who toggle their pledge in a loop.

Written by hand (a dozen lines) rather than adding a rate-limit library; it lives in
memory on purpose: storing who toggled their signature would itself be a record of
who signed. Each instance limits on its own, which is enough against a loop.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

SWEEP_AT = 10_000  # keys kept before the stale ones are swept out


class Throttle:
    """At most `limit` events per key within `window` seconds."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.events: dict[str, deque[float]] = {}

    def wait_seconds(self, key: str) -> float:
        """0 when another event is allowed now, else how long until it is."""
        now = self.clock()
        events = self.events.get(key)
        if events is None:
            return 0.0
        while events and now - events[0] >= self.window:
            events.popleft()
        if not events:
            del self.events[key]
            return 0.0
        return 0.0 if len(events) < self.limit else self.window - (now - events[0])

    def record(self, key: str) -> None:
        """Count one event for `key`."""
        if len(self.events) >= SWEEP_AT:
            for stale in [k for k, events in self.events.items() if self.clock() - events[-1] >= self.window]:
                del self.events[stale]
        self.events.setdefault(key, deque()).append(self.clock())

    def forget(self, key: str) -> None:
        """Drop what is known of `key` (the person asked to be forgotten)."""
        self.events.pop(key, None)
