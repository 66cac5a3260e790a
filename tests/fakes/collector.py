"""A fake pledge collector (the campaign's petition back end) that fails and stalls on purpose.

It checks each request's HMAC signature, keeps the first delivery of each idempotency
key, and counts repeats, so a test can tell "sent again under the same key" (allowed)
from "sent twice under two keys" (a double pledge).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import random
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class FakeCollector:
    """State of the collector; `app()` serves it at POST /collect."""

    secret: bytes
    fail_ratio: float = 0.5
    slow_ratio: float = 0.1
    slow_seconds: float = 1.0
    seed: int = 7
    accepted: dict[str, dict[str, Any]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    repeats: int = 0
    bad_signatures: int = 0

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)  # noqa: S311 - test chaos, not crypto

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/collect", self.collect)
        return app

    async def collect(self, request: web.Request) -> web.Response:
        body = await request.read()
        expected = "sha256=" + hmac.new(self.secret, body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(request.headers.get("X-Signature", ""), expected):
            self.bad_signatures += 1
            return web.Response(status=401)
        roll = self.random.random()
        if roll < self.fail_ratio:
            return web.Response(status=self.random.choice([500, 502, 503, 429]))
        key = request.headers["Idempotency-Key"]
        if key in self.accepted:
            self.repeats += 1
        else:
            self.accepted[key] = json.loads(body)
            self.order.append(key)
        if roll > 1 - self.slow_ratio:
            await asyncio.sleep(self.slow_seconds)  # stored, but the answer comes too late
        return web.Response(status=201)

    def events_of(self, signer: str) -> list[str]:
        """The events the collector took for one signer, in the order they arrived."""
        return [self.accepted[k]["event"] for k in self.order if self.accepted[k]["signer"] == signer]
