"""Receipts offered after a pledge: the secret held in this process's memory only, for a few minutes.

The pledge's confirmation carries a button whose data is a random token; the token keys the
pledge's leaf index and receipt secret here. A press takes them out (shown once); whatever nobody
asks for is dropped after OFFER_SECONDS. Nothing reaches the database or the logs, and the map
holds no reference to the person: the token is only in their own chat. A restart, or a press that
lands on another instance, finds nothing: the person is told the receipt is no longer available.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable

OFFER_SECONDS = 300.0
MOST = 10_000  # offers held at once at most (the oldest go first): a flood cannot fill memory


class ReceiptOffers:
    """token -> (leaf index, secret, until), taken once."""

    def __init__(self, seconds: float = OFFER_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self._held: OrderedDict[str, tuple[int, bytes, float]] = OrderedDict()

    def offer(self, leaf: int, secret: bytes) -> str:
        """Hold the receipt; the token for the button."""
        self._drop_expired()
        token = secrets.token_urlsafe(12)
        self._held[token] = (leaf, secret, self.clock() + self.seconds)
        while len(self._held) > MOST:
            self._held.popitem(last=False)
        return token

    def take(self, token: str) -> tuple[int, bytes] | None:
        """The receipt's (leaf, secret), once; None when taken, expired or never held here."""
        self._drop_expired()
        held = self._held.pop(token, None)
        return None if held is None else (held[0], held[1])

    def _drop_expired(self) -> None:
        now = self.clock()
        while self._held:
            token, (_, _, until) = next(iter(self._held.items()))
            if until > now:
                return
            del self._held[token]
