"""Mentions as they come: the account's notification stream, with polling beside it.

Mastodon's streaming API sends the account's notifications as server-sent events
(`event: notification` / `data: {json}`, a `:thump` heartbeat between them). The stream is read
with aiohttp, not with mastodon-py's `stream_user`: mastodon-py reads it with blocking `requests` in
a thread that nothing can interrupt before its read timeout (a stop would wait for it, and every
test starts and stops bots), probes the public timeline first, and reconnects or raises on its own
terms. Here the stream is one task on the event loop: a stop cancels it at once, and every way it
fails (absent, refused, dropped, silent, unreadable) is ours to see, to poll instead and to say so
once.

An event does not carry its answer: it wakes the reader, which reads on from the cursor exactly
as a poll does (`MastodonFrontend.poll_mentions_once`). The cursor and the claim table stay the only
truth, so the stream and the polls never answer a mention twice nor jump over one, whichever sees
it first, across a restart or a switch between them; a mention costs one request more than
answering the event's own copy would. Each (re)connection starts with such a read, so what was said
while the stream was down is answered too.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Iterator

import aiohttp

from bot.adapters.mastodon import USER_AGENT, MastodonFrontend

log = logging.getLogger(__name__)
STREAM_PATH = "/api/v1/streaming/user/notification"
RECONNECT_FIRST, RECONNECT_MAX = 0.5, 120.0  # doubling between tries; a stream that held resets it
STABLE_SECONDS = 60.0  # a stream open this long counts as working again: backoff and log start anew
SILENCE_SECONDS = 60.0  # no byte for this long (Mastodon's heartbeat comes every 15 s): reconnect
SAFETY_POLL_SECONDS = 60.0  # with the stream up, a poll now and then still (an event may get lost)
LOW_BUDGET, SLOW_FACTOR = 0.25, 4  # under a quarter of the rate limit left: poll 4 times less often
WAKING = {"mention"}  # notification types worth a read (favourites, follows… are not answered)


class MentionStream:
    """Answer mentions as the stream announces them, and poll whenever the stream cannot be trusted.

    `stream` runs for the life of the process (the clock's `alongside`); `poll` is the clock's
    interval job; `request_stop` ends both promptly.
    """

    def __init__(
        self,
        frontend: MastodonFrontend,
        poll_seconds: float,
        *,
        reconnect: tuple[float, float] = (RECONNECT_FIRST, RECONNECT_MAX),
        safety_poll: float = SAFETY_POLL_SECONDS,
        silence: float = SILENCE_SECONDS,
    ) -> None:
        self.frontend, self.poll_seconds = frontend, poll_seconds
        self.reconnect, self.safety_poll, self.silence = reconnect, safety_poll, silence
        self.live = False  # the stream is open: polls may rest
        self.last_read = -float("inf")  # monotonic time of the last complete read
        self.behind = False  # the last read failed: polls go on until one gets through
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._stop = asyncio.Event()
        self._listening: asyncio.Task[str] | None = None
        self._base: str | None = None
        self._told: set[str] = set()

    # -- reading ------------------------------------------------------------------------------------
    async def read(self) -> int:
        """Read and answer from the cursor on, one read at a time; how many were answered."""
        async with self._lock:
            answered = await self.frontend.poll_mentions_once()
            self.behind = not self.frontend.read_complete
            if not self.behind:
                self.last_read = time.monotonic()
            return answered

    async def poll(self) -> int:
        """The clock's job: read, unless the stream is up and the last read recent, or the budget is low."""
        if self._stop.is_set():
            return 0
        since = time.monotonic() - self.last_read
        if self.live and not self.behind and since < self.safety_poll:
            return 0
        if self._budget_low() and since < self.poll_seconds * SLOW_FACTOR:
            return 0
        return await self.read()

    def _budget_low(self) -> bool:
        """Under a quarter of the instance's rate limit left, as its last answer said."""
        remaining = getattr(self.frontend.client, "ratelimit_remaining", None)
        limit = getattr(self.frontend.client, "ratelimit_limit", None)
        if not isinstance(remaining, int) or not isinstance(limit, int) or limit <= 0:
            return False
        return remaining < limit * LOW_BUDGET

    async def _answer_woken(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            if self._stop.is_set():
                return
            try:
                await self.read()
            except Exception:  # a bug or a lost database must not end the reading: polls go on
                self.behind = True
                log.exception("answering Mastodon mentions failed")

    # -- the stream ---------------------------------------------------------------------------------
    def request_stop(self) -> None:
        """End the stream now and take no new read (a read under way ends after its mention)."""
        self._stop.set()
        self._wake.set()
        if self._listening is not None:
            self._listening.cancel()

    async def stream(self) -> None:
        """Keep the stream open until `request_stop`, reconnecting with backoff between tries."""
        reader = asyncio.create_task(self._answer_woken())
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=10.0, sock_read=self.silence)
        delays = _backoff(*self.reconnect)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as session:
                while not self._stop.is_set():
                    opened = time.monotonic()
                    self._listening = asyncio.create_task(self._listen(session))
                    await asyncio.wait({self._listening})
                    self.live = False
                    if self._stop.is_set() or self._listening.cancelled():
                        break
                    if time.monotonic() - opened >= STABLE_SECONDS:
                        delays, self._told = _backoff(*self.reconnect), set()
                    self._fallen_back(self._why(self._listening))
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._stop.wait(), next(delays))
        finally:
            self.live = False
            self._stop.set()
            self._wake.set()
            await reader

    def _why(self, listening: asyncio.Task[str]) -> str:
        failure = listening.exception()
        if failure is None:
            return listening.result()
        if "failed" not in self._told:  # a bug: said once, with its traceback; polling goes on
            log.error("the Mastodon stream failed", exc_info=failure)
        self._told.add("failed")
        return "unreachable"

    async def _listen(self, session: aiohttp.ClientSession) -> str:
        """Read the stream until it ends; why it ended (`absent`, `refused`, `dropped`, `garbage`)."""
        headers = {"User-Agent": USER_AGENT, "Accept": "text/event-stream"}
        token = self.frontend.settings.mastodon.access_token
        if token is not None:
            headers["Authorization"] = f"Bearer {token.get_secret_value()}"
        try:
            url = await self._url()
            async with session.get(url, headers=headers) as response:
                if response.status in {401, 403}:
                    return f"refused:{response.status}"
                if response.status >= 500:
                    return "unreachable"
                if response.status != 200:
                    return f"absent:{response.status}"
                if response.content_type != "text/event-stream":
                    return "garbage"
                self._opened()
                return await self._events(response)
        except (aiohttp.ClientError, TimeoutError):
            return "dropped" if self.live else "unreachable"

    async def _url(self) -> str:
        if self._base is None:
            self._base = await self.frontend.streaming_base()
        base = self._base or str(self.frontend.settings.mastodon.api_base_url or "").rstrip("/")
        return base + STREAM_PATH

    def _opened(self) -> None:
        self.live = True
        self._wake.set()  # first, what was said while the stream was down
        self._tell("open", logging.INFO, "Mastodon stream open: mentions are answered as they come")

    async def _events(self, response: aiohttp.ClientResponse) -> str:
        """Dispatch each event; `garbage` at the first thing that is not Mastodon's SSE."""
        event: str | None = None
        data: list[str] = []
        async for raw in response.content:
            if not raw.endswith(b"\n"):
                return "garbage"  # a line cut off: the connection ended in the middle of it
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                return "garbage"
            if line.startswith(":"):
                continue  # a heartbeat (`:thump`) or a comment
            if line:
                field, _, value = line.partition(":")
                if field not in {"event", "data", "id", "retry"}:
                    return "garbage"
                value = value.removeprefix(" ")
                event = value if field == "event" else event
                data += [value] if field == "data" else []
                continue
            if (event or data) and not self._dispatch(event, "\n".join(data)):
                return "garbage"
            event, data = None, []
        return "dropped"

    def _dispatch(self, event: str | None, data: str) -> bool:
        """Wake the reader for a mention; False for a notification that cannot be read."""
        if event == "notifications_merged":  # filtered notifications were let through
            self._wake.set()
        if event != "notification":
            log.debug("Mastodon stream event %r skipped", event)
            return True
        try:
            notification = json.loads(data)
        except ValueError:
            return False
        if not isinstance(notification, dict) or not {"id", "type"} <= notification.keys():
            return False
        if notification["type"] in WAKING:
            self._wake.set()
        return True

    def _fallen_back(self, why: str) -> None:
        """Say once (until the stream holds again) why mentions are polled for now."""
        kind, _, status = why.partition(":")
        every = f"polling every {self.poll_seconds:g} s"
        messages = {
            "absent": f"this Mastodon instance offers no stream (HTTP {status}): {every}",
            "refused": f"the Mastodon stream refuses the token (HTTP {status}): {every}",
            "unreachable": f"the Mastodon stream cannot be reached: {every}",
            "dropped": f"the Mastodon stream dropped: {every} until it is back",
            "garbage": f"the Mastodon stream sent what cannot be read: {every}, trying it again later",
        }
        self._tell(kind, logging.WARNING, messages[kind])

    def _tell(self, kind: str, level: int, message: str) -> None:
        if kind not in self._told:
            self._told.add(kind)
            log.log(level, message)


def _backoff(first: float, most: float) -> Iterator[float]:
    delay = first
    while True:
        yield delay
        delay = min(delay * 2, most)
