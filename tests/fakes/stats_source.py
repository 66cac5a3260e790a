"""A fake Viasna prisoner database on 127.0.0.1 that a test sets up to serve, fail or stall.

It serves `body` at any path, first answering the statuses queued in `failures` and stalling
for the seconds queued in `delays` (one of each per request), answers conditional requests
with 304 when `etag` or `last_modified` is set and matches, and keeps the headers of every
request it received.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from aiohttp import web

from tests.conftest import free_port

VIASNA_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Political prisoners - Viasna</title>
<style>.count { font-weight: bold }</style><script>var total = 99;</script></head>
<body>
<nav><a href="/en/list">Political prisoners</a> <a href="/en/news">News</a></nav>
<div class="stats">
  <div class="stats__item"><span>Political prisoners</span> <b class="count">1&nbsp;135</b></div>
  <div class="stats__date">as of 23.12.2025</div>
  <div class="stats__item">Recognised as political prisoners since 2020: <b>3&nbsp;200</b></div>
</div>
</body></html>
"""
CHANGED_LAYOUT = """<!doctype html>
<html><body><main><h1>Viasna</h1><p>The list has moved. Search by name:</p>
<form><input name="q"></form><p>Support line: open 9 to 18.</p></main></body></html>
"""
IMPLAUSIBLE_PAGE = VIASNA_PAGE.replace("1&nbsp;135", "1&nbsp;135&nbsp;000")
GARBAGE = random.Random(3).randbytes(20_000)  # noqa: S311 - test data


@dataclass
class FakeSource:
    """State of the fake source; `app()` serves it."""

    body: str | bytes = VIASNA_PAGE
    content_type: str = "text/html"
    charset: str | None = "utf-8"
    failures: list[int] = field(default_factory=list)  # statuses answered first, one per request
    delays: list[float] = field(default_factory=list)  # seconds stalled first, one per request
    etag: str | None = None
    last_modified: str | None = None
    chunked: bool = False  # stream the body without a Content-Length
    received: list[dict[str, str]] = field(default_factory=list)  # headers of each request

    @property
    def requests(self) -> int:
        """How many requests arrived."""
        return len(self.received)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self.serve)
        return app

    async def serve(self, request: web.Request) -> web.StreamResponse:
        self.received.append(dict(request.headers))
        if self.delays:
            await asyncio.sleep(self.delays.pop(0))
        if self.failures:
            return web.Response(status=self.failures.pop(0), text="refused")
        if self._not_modified(request):
            return web.Response(status=304, headers=self._validators())
        return await self._page(request)

    def _not_modified(self, request: web.Request) -> bool:
        """As RFC 9110 says: If-None-Match, when sent, decides; If-Modified-Since only without it."""
        etag, since = request.headers.get("If-None-Match"), request.headers.get("If-Modified-Since")
        if etag is not None:
            return etag == self.etag
        return since is not None and since == self.last_modified

    def _validators(self) -> dict[str, str]:
        headers = {"ETag": self.etag, "Last-Modified": self.last_modified}
        return {name: value for name, value in headers.items() if value}

    async def _page(self, request: web.Request) -> web.StreamResponse:
        body = self.body.encode(self.charset or "utf-8") if isinstance(self.body, str) else self.body
        response = web.StreamResponse(headers=self._validators())
        response.content_type = self.content_type
        response.charset = self.charset
        if self.chunked:
            response.enable_chunked_encoding()
        else:
            response.content_length = len(body)
        await response.prepare(request)
        for start in range(0, len(body), 256 * 1024):
            await response.write(body[start : start + 256 * 1024])
        await response.write_eof()
        return response


@asynccontextmanager
async def running(fake: FakeSource) -> AsyncIterator[str]:
    """Serve `fake` on 127.0.0.1 and give the URL of its list page."""
    runner = web.AppRunner(fake.app(), access_log=None, handler_cancellation=True, shutdown_timeout=1.0)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}/en/list"
    finally:
        await runner.cleanup()
