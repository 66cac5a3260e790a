"""A fake pledge collector (the campaign's petition back end) that fails and stalls on purpose.

It checks each request's signature as the README tells a collector to (HMAC-SHA256 over
`<timestamp>.<idempotency key>.<body>`, the timestamp within TOLERANCE of its clock, no
key+timestamp taken twice), keeps the first delivery of each idempotency key, and counts
repeats, so a test can tell "sent again under the same key" (allowed) from "sent twice
under two keys" (a double pledge). It can answer with a redirect, as a moved collector
would; a GET of its address answers 200, as a web server's page would.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOLERANCE = 300  # seconds: the README's window


def verify(
    secret: bytes, headers: Mapping[str, str], body: bytes, now: float, taken: set[tuple[str, str]]
) -> str:
    """The README's check of one request: "" if it is good, else why it is refused.

    `taken`: the (key, timestamp) pairs of the requests the collector has stored.
    """
    timestamp, key = headers.get("X-Signature-Timestamp", ""), headers.get("Idempotency-Key", "")
    signed = b".".join((timestamp.encode(), key.encode(), body))
    expected = "sha256=" + hmac.new(secret, signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(headers.get("X-Signature", ""), expected):
        return "bad signature"
    if not timestamp.isdigit() or abs(now - int(timestamp)) > TOLERANCE:
        return "stale"
    if (key, timestamp) in taken:
        return "replay"
    return ""


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
    refused: dict[str, int] = field(default_factory=dict)  # stale, replay
    seen: set[tuple[str, str]] = field(default_factory=set)
    redirects: list[int] = field(default_factory=list)  # the next answers: 301, 302, ...
    gets: int = 0
    clock_skew: float = 0.0  # seconds the collector's clock is ahead
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)  # every POST, as sent

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)  # noqa: S311 - test chaos, not crypto

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/collect", self.collect)
        app.router.add_get("/collect", self.page)
        return app

    async def page(self, _request: web.Request) -> web.Response:
        self.gets += 1
        return web.Response(status=200, text="<html>the collector</html>")

    async def collect(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.requests.append((dict(request.headers), body))
        if self.redirects:
            return web.Response(status=self.redirects.pop(0), headers={"Location": "/collect"})
        why = verify(self.secret, request.headers, body, time.time() + self.clock_skew, self.seen)
        if why == "bad signature":
            self.bad_signatures += 1
        if why:
            self.refused[why] = self.refused.get(why, 0) + 1
            return web.Response(status=409 if why == "replay" else 401)  # a replay: had already
        roll = self.random.random()
        if roll < self.fail_ratio:
            return web.Response(status=self.random.choice([500, 502, 503, 429]))
        key = request.headers["Idempotency-Key"]
        self.seen.add((key, request.headers["X-Signature-Timestamp"]))
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
