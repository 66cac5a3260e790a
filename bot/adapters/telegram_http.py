"""python-telegram-bot's networking on aiohttp instead of httpx (PTB's documented `BaseRequest` hook).

Why: httpcore, under PTB's default HTTPXRequest, scans its whole connection pool and probes
every socket on each request; at a broadcast's 1,000 messages a second that was most of
the CPU (bench/broadcast.py: 700/s with httpx on two cores, see the README for the figure
with this class). aiohttp is already the bot's web server. PTB still builds the requests,
parses the answers and raises its errors (RetryAfter, Forbidden, ...): only the transport
changes.
"""

from __future__ import annotations

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_TIMEOUT = 5.0  # seconds, as PTB's HTTPXRequest: connect, read and write
MEDIA_WRITE_TIMEOUT = 20.0


class AiohttpRequest(BaseRequest):
    """A pooled aiohttp session for the Bot API; `connections` bounds the sockets open at once."""

    def __init__(self, connections: int = 32, read_timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (PTB adds the long-poll time to it for getUpdates)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (inside the running event loop)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections)
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        """Close the session and its sockets."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        write_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        connect_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        pool_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one Bot API request; PTB turns the status and body into a result or an error."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data else None
        read = _seconds(read_timeout, self._read_timeout)
        write = _seconds(write_timeout, MEDIA_WRITE_TIMEOUT if files else DEFAULT_TIMEOUT)
        timeout = aiohttp.ClientTimeout(
            total=_sum(write, read) if files else None,  # an upload that stalls is not left hanging
            connect=_sum(_seconds(pool_timeout, 1.0), _seconds(connect_timeout, DEFAULT_TIMEOUT)),
            sock_read=read,
        )
        body: aiohttp.FormData | None = None
        if request_data is not None:
            body = aiohttp.FormData(quote_fields=False)
            for name, value in request_data.json_parameters.items():
                body.add_field(name, value)
            for name, (filename, content, mimetype) in (files or {}).items():
                body.add_field(name, content, filename=filename, content_type=mimetype)
        try:
            async with self._session.request(method, url, data=body, timeout=timeout) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as err:  # never reached Telegram: safe to try again
            raise NetworkError(f"aiohttp.{type(err).__name__}: could not connect in time") from err
        except TimeoutError as err:  # sent, and no answer in time: it may have arrived
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{type(err).__name__}: {err}") from err


def _seconds(value: float | object | None, default: float | None) -> float | None:
    """PTB passes DEFAULT_NONE for "use your default"; None means no limit."""
    if value is BaseRequest.DEFAULT_NONE:
        return default
    return value if isinstance(value, int | float) or value is None else default


def _sum(first: float | None, second: float | None) -> float | None:
    """Waiting for a free socket, then for the connection: no limit if either has none."""
    return None if first is None or second is None else first + second
