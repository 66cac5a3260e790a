"""The live source of the political-prisoner count (STATS_SOURCE_URL), read by the STATS_PARSER parser.

Each `fetch` opens its own HTTP session and makes up to `retries` attempts, each within `timeout`
seconds, waiting `backoff`, 2*`backoff`, ... between them. Timeouts, lost connections, 408, 429
and 5xx are retried; any other answer (403 when Viasna refuses automated clients, 404) fails at
once, and so does a page the parser cannot read (another try would get the same page). The client
says who it is (USER_AGENT), never turns TLS verification off, reads at most MAX_BODY bytes, and
asks conditionally (If-None-Match / If-Modified-Since) with the validators of the last page it
read successfully, so an unchanged page costs the source nothing and gives None.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime

import aiohttp

from bot.services.stats_parsers import ParseError, parser_for
from bot.settings import StatsSettings

log = logging.getLogger(__name__)

# Honest about who asks; no address, since the project publishes none yet (add one when it does).
USER_AGENT = "FreeThemAllBot/0.1 (campaign bot of the Belarusian diaspora; fetches the count hourly)"
MAX_BODY = 5 * 1024 * 1024  # bytes, after decompression
RETRIED_STATUSES = frozenset({408, 429})  # and every 5xx
_CHUNK = 64 * 1024


class SourceError(Exception):
    """The source could not give a figure.

    Unreachable, HTTP error (403, 5xx), timeout, or a page the parser cannot read.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # short, for logs and admins, e.g. "HTTP 403", "TimeoutError", "layout changed"


class _RetryableError(Exception):
    """A failure another attempt may not meet."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Reading:
    """A figure as the source gave it."""

    held: int
    as_of: date  # the page's date, else the date it was fetched (UTC)
    source_url: str


@dataclass(frozen=True)
class _Page:
    text: str
    etag: str | None
    last_modified: str | None


class StatsSource:
    """Fetches the current count from STATS_SOURCE_URL; `fetch` is the scheduler's job."""

    def __init__(
        self, settings: StatsSettings, timeout: float = 15.0, retries: int = 3, backoff: float = 1.0
    ) -> None:
        if retries < 1:
            raise ValueError("retries must be at least 1")
        self.url = settings.source_url
        self.parse = parser_for(settings)
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.retries = retries
        self.backoff = backoff
        self.etag: str | None = None  # validators of the last page that parsed
        self.last_modified: str | None = None
        self._stopping = asyncio.Event()

    def request_stop(self) -> None:
        """The process is stopping: wait for no further attempt (a deploy need not sit out a backoff)."""
        self._stopping.set()

    async def fetch(self) -> Reading | None:
        """The current figure; None when the server answered 304 Not Modified (nothing new).

        Raises:
            SourceError: the source is unreachable, refuses, stalls, or serves an unreadable page.
        """
        page = await self._download()
        if page is None:
            return None
        try:
            parsed = await asyncio.to_thread(self.parse, page.text)  # a large page takes a while
        except ParseError as exc:
            raise SourceError(str(exc)) from exc
        # Remembered only now: a page that failed to parse must not come back as "not modified".
        self.etag, self.last_modified = page.etag, page.last_modified
        return Reading(parsed.held, parsed.as_of or datetime.now(UTC).date(), self.url)

    def forget_validators(self) -> None:
        """Ask for the whole page next time: what it said was kept aside, so read it again."""
        self.etag = self.last_modified = None

    async def _download(self) -> _Page | None:
        reason = "no attempt"
        async with aiohttp.ClientSession(timeout=self.timeout, headers={"User-Agent": USER_AGENT}) as http:
            for attempt in range(self.retries):
                if attempt and await self._stopped_within(self.backoff * 2 ** (attempt - 1)):
                    break
                try:
                    return await self._get(http)
                except _RetryableError as exc:
                    reason = exc.reason
                    log.warning("stats source: %s (attempt %d of %d)", reason, attempt + 1, self.retries)
        raise SourceError(reason)

    async def _stopped_within(self, seconds: float) -> bool:
        """Wait `seconds` before the next attempt; True at once if a stop comes first."""
        try:
            await asyncio.wait_for(self._stopping.wait(), seconds)
        except TimeoutError:
            return False
        return True

    async def _get(self, http: aiohttp.ClientSession) -> _Page | None:
        try:
            async with http.get(self.url, headers=self._conditional_headers()) as response:
                if response.status == 304:
                    return None
                _check_status(response.status)
                body = await _read_capped(response)
                return _Page(
                    _decode(body, response.charset),
                    response.headers.get("ETag"),
                    response.headers.get("Last-Modified"),
                )
        except (aiohttp.ClientSSLError, aiohttp.InvalidURL) as exc:  # retrying would not help
            raise SourceError(type(exc).__name__) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise _RetryableError(type(exc).__name__) from exc

    def _conditional_headers(self) -> dict[str, str]:
        headers = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def _check_status(status: int) -> None:
    if status == 200:
        return
    if status >= 500 or status in RETRIED_STATUSES:
        raise _RetryableError(f"HTTP {status}")
    raise SourceError(f"HTTP {status}")


async def _read_capped(response: aiohttp.ClientResponse) -> bytes:
    """The body, refused when it (or its announced length) exceeds MAX_BODY."""
    too_big = f"page larger than {MAX_BODY // (1024 * 1024)} MB"
    if (response.content_length or 0) > MAX_BODY:
        raise SourceError(too_big)
    body = bytearray()
    async for chunk in response.content.iter_chunked(_CHUNK):
        body += chunk
        if len(body) > MAX_BODY:
            raise SourceError(too_big)
    return bytes(body)


def _decode(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know
        return body.decode("utf-8", errors="replace")
