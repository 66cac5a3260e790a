"""A fake Mastodon instance: mastodon-py talks to it over real HTTP.

It keeps statuses and notifications, honours `Idempotency-Key` (while it remembers the key),
refuses a status over `max_characters` (URLs count 23, as on Mastodon) with 422, pages
notifications with `Link` headers, sends rate-limit headers on every answer (and 429 once a
window's requests are used up), and can be told to fail or delay the next calls of a route.
It streams notifications as Mastodon's streaming server does (server-sent events, `:thump`
heartbeats, no rate-limit headers), and the stream can be absent (404), drop after some events,
or send garbage (`stream_mode`, `drop_after`, `garbage`).
Routes: instance, verify_credentials, verify_app, post_status, get_status, notifications, stream,
post_media (v2: 202 while processing) and get_media (206 while processing, then 200 with its url,
or 422 if it failed).
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

TOKEN = "mastodon-test-token"
URL = re.compile(r"https?://[\w-]+(?:\.[\w-]+)+\S*")  # as Mastodon: a host with a dot (`https://…` is text)
MENTION = re.compile(r"(?<![\w@/])@(\w+)(?:@([\w-]+(?:\.[\w-]+)+))?")
PAGE_DEFAULT, PAGE_MAX = 40, 80
# What a stream in `garbage` mode sends first (then it goes on with heartbeats and events).
GARBAGE = {
    "json": b'event: notification\ndata: {"id": "1", "type": "mention", "stat\n\n',
    "line": b"<html>502 Bad Gateway</html>\n\n",
    "truncated": b'event: notification\ndata: {"id": "1"',  # then the connection ends
}


@dataclass
class Failure:
    """Answer `times` calls of a route with `status`, after letting `after` calls through."""

    status: int
    times: int = 1
    after: int = 0
    reset_in: float = 1.0  # for 429: when the window resets


@dataclass
class Posted:
    """A status the bot posted, with what it asked for."""

    id: str
    text: str
    in_reply_to_id: str | None
    visibility: str
    language: str | None
    idempotency_key: str | None
    media_ids: list[str] = field(default_factory=list)


@dataclass
class Mention:
    """A mention pushed by a test: the notification's id and the status's id."""

    notification_id: str
    status_id: str


@dataclass
class FakeMastodon:
    """The instance's state; `app()` builds the aiohttp application around it."""

    origin: str = ""  # http://127.0.0.1:PORT, once a test serves it
    domain: str = "campaign.example"
    username: str = "freethemall"
    max_characters: int = 120
    version: str = "4.4.0"
    has_v2: bool = True
    token: str = TOKEN
    rate_limit: int = 300
    rate_window: float = 300.0
    posted: list[Posted] = field(default_factory=list)
    statuses: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    hidden: set[str] = field(default_factory=set)  # statuses whose notifications are gone too
    # Mastodon 4.3+'s default: private mentions from accounts the bot does not follow are filtered
    # out of /api/v1/notifications until the policy says "accept".
    private_mentions_policy: str = "filter"
    notifications: list[dict[str, Any]] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (route, path with query)
    answers: list[tuple[str, int]] = field(default_factory=list)  # (route, status)
    failures: dict[str, list[Failure]] = field(default_factory=dict)
    delays: dict[str, float] = field(default_factory=dict)  # seconds before answering a route
    late_answers: dict[str, list[float]] = field(default_factory=dict)  # done at once, answered later
    idempotency: dict[str, str] = field(default_factory=dict)
    # Uploaded media: id -> its attachment (with `data`, `polls_left` and `fails` kept aside).
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    processing_polls: int = 2  # GETs of a new upload answered 206 (still processing) before 200
    processing_fails: bool = False  # new uploads fail to process (422 once polled)
    _remaining: int = -1
    _window_ends: float = 0.0
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(110_000_000_000_000_001))
    _notification_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(5_001))
    _accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    _route_names: dict[tuple[str, str], str] = field(default_factory=dict)
    # The scopes GET /api/v1/apps/verify_credentials reports (Mastodon 4.3+); None: not reported.
    scopes: list[str] | None = field(default_factory=lambda: ["read", "write"])
    # The stream: "on", "absent" (404, as an instance without streaming), or "garbage".
    stream_mode: str = "on"
    garbage: str = "json"  # which GARBAGE a stream in garbage mode sends
    drop_after: int | None = None  # each stream ends after sending this many events…
    after_drop: str = "on"  # …and the stream is then in this mode
    heartbeat: float = 0.5
    streaming_url: str | None = None  # where the instance says its stream is; None: ws:// this server
    stream_connections: int = 0
    streamed: list[str] = field(default_factory=list)  # ids of the notifications sent on a stream
    _streams: list[asyncio.Queue[bytes | None]] = field(default_factory=list)

    # -- what a test does ---------------------------------------------------------------------
    def app(self) -> web.Application:
        """The aiohttp app serving the Mastodon REST API paths mastodon-py calls."""
        app = web.Application(middlewares=[self._middleware])
        routes = [
            ("GET", "/api/v1/instance", self._instance_v1, "instance"),
            ("GET", "/api/v1/instance/", self._instance_v1, "instance"),
            ("GET", "/api/v2/instance", self._instance_v2, "instance"),
            ("GET", "/api/v2/instance/", self._instance_v2, "instance"),
            ("GET", "/api/v1/accounts/verify_credentials", self._verify_credentials, "verify_credentials"),
            ("POST", "/api/v1/statuses", self._post_status, "post_status"),
            ("GET", "/api/v1/statuses/{id}", self._get_status, "get_status"),
            ("GET", "/api/v1/notifications", self._notifications, "notifications"),
            ("PATCH", "/api/v2/notifications/policy", self._update_policy, "notifications_policy"),
            ("GET", "/api/v1/apps/verify_credentials", self._verify_app, "verify_app"),
            ("POST", "/api/v2/media", self._post_media, "post_media"),
            ("GET", "/api/v1/media/{id}", self._get_media, "get_media"),
            ("GET", "/api/v1/streaming/user/notification", self._stream, "stream"),
            ("GET", "/api/v1/streaming/user", self._stream, "stream"),
            ("GET", "/api/v1/streaming/health", self._stream_health, "stream_health"),
        ]
        for method, path, handler, name in routes:
            app.router.add_route(method, path, handler)
            self._route_names[(method, path)] = name
        app.on_shutdown.append(self._end_streams)
        return app

    def mention(
        self,
        acct: str,
        text: str,
        *,
        visibility: str = "public",
        language: str | None = "en",
        bot: bool = False,
        age: timedelta = timedelta(0),
        written: bool = False,
        in_reply_to: str | None = None,
    ) -> Mention:
        """Someone mentions the bot: a status `@freethemall <text>` and its notification.

        With `written`, `text` is the whole status as the person wrote it (it must mention the bot
        somewhere: `@anna forget it @freethemall`). Every `@user` or `@user@domain` in it becomes a
        mention as Mastodon renders one: a profile link showing `@user` only, listed in `mentions`.
        """
        account = self._account(acct, bot)
        created = datetime.now(UTC) - age
        status_id = str(next(self._ids))
        content, mentions = self.render(text if written else f"@{self.username} {text}")
        status = {
            "id": status_id,
            "created_at": _iso(created),
            "content": content,
            "visibility": visibility,
            "language": language,
            "account": account,
            "in_reply_to_id": in_reply_to,
            "mentions": mentions,
        }
        self.statuses[status_id] = status
        notification_id = str(next(self._notification_ids))
        self._notify(
            {
                "id": notification_id,
                "type": "mention",
                "created_at": _iso(created),
                "account": account,
                "status": status,
            }
        )
        return Mention(notification_id, status_id)

    def render(self, text: str) -> tuple[str, list[dict[str, Any]]]:
        """A status's text as Mastodon's HTML, and its `mentions` list (accts as this instance writes)."""
        pieces: list[str] = []
        mentions: list[dict[str, Any]] = []
        at = 0
        for match in MENTION.finditer(text):
            user, domain = match.group(1), match.group(2) or self.domain
            acct = user if domain == self.domain else f"{user}@{domain}"
            url = f"https://{domain}/@{user}"
            link = f'<a href="{url}" class="u-url mention">@<span>{html.escape(user)}</span></a>'
            pieces += [
                html.escape(text[at : match.start()]),
                f'<span class="h-card" translate="no">{link}</span>',
            ]
            mention_id = "1" if acct == self.username else str(200 + len(mentions))
            mentions.append({"id": mention_id, "username": user, "acct": acct, "url": url})
            at = match.end()
        pieces.append(html.escape(text[at:]))
        return "<p>" + "".join(pieces).replace("\n", "<br />") + "</p>", mentions

    def follow(self, acct: str) -> str:
        """A notification that is not a mention (the bot must not answer it)."""
        notification_id = str(next(self._notification_ids))
        self._notify(
            {
                "id": notification_id,
                "type": "follow",
                "created_at": _iso(datetime.now(UTC)),
                "account": self._account(acct, False),
            }
        )
        return notification_id

    def send_event(self, event: str, data: str) -> None:
        """Send any event on the open streams (`update`, `delete`, an unknown one…)."""
        self._broadcast(f"event: {event}\ndata: {data}\n\n".encode())

    def drop_streams(self, then: str | None = None) -> None:
        """End every open stream now, as a restart of the streaming server would; `then`: the new mode."""
        if then is not None:
            self.stream_mode = then
        for queue in self._streams:
            queue.put_nowait(None)

    def _notify(self, notification: dict[str, Any]) -> None:
        """List the notification, and stream it unless the policy filters it (as Mastodon does)."""
        self.notifications.append(notification)
        status = notification.get("status") or {}
        if status.get("visibility") == "direct" and self.private_mentions_policy != "accept":
            return
        self.streamed.append(notification["id"])
        self._broadcast(f"event: notification\ndata: {json.dumps(notification)}\n\n".encode())

    def _broadcast(self, event: bytes) -> None:
        for queue in self._streams:
            queue.put_nowait(event)

    def delete(self, status_id: str, notification_too: bool = False) -> None:
        """The author deleted the status: it answers 404 from now on.

        Mastodon drops the notification too, a moment later; until then it is still listed.
        """
        self.deleted.add(status_id)
        if notification_too:
            self.hidden.add(status_id)

    def rate_window_now(self, remaining: int, resets_in: float) -> None:
        """The current rate-limit window: `remaining` calls left, a new one in `resets_in` seconds."""
        self._remaining, self._window_ends = remaining, time.time() + resets_in

    @property
    def open_streams(self) -> int:
        """How many clients hold a stream now (a client that left is seen at the next heartbeat)."""
        return len(self._streams)

    def fail_next(
        self, route: str, status: int, times: int = 1, after: int = 0, reset_in: float = 1.0
    ) -> None:
        """Answer `times` calls of `route` with `status`, after `after` calls that succeed."""
        self.failures.setdefault(route, []).append(Failure(status, times, after, reset_in))

    def answer_late(self, route: str, seconds: float) -> None:
        """Do the next call of `route` at once but answer it `seconds` later (a client may time out)."""
        self.late_answers.setdefault(route, []).append(seconds)

    def forget_idempotency_keys(self) -> None:
        """Mastodon keeps an Idempotency-Key for about an hour: pretend that hour has passed."""
        self.idempotency.clear()

    def replies_to(self, status_id: str) -> list[Posted]:
        """The bot's statuses posted in reply to `status_id`."""
        return [post for post in self.posted if post.in_reply_to_id == status_id]

    def thread(self, first: Posted) -> list[Posted]:
        """A thread of the bot's statuses, following the reply chain from `first`."""
        chain = [first]
        while replies := self.replies_to(chain[-1].id):
            chain.append(replies[0])
        return chain

    def routes_answered(self, route: str, status: int) -> int:
        """How many calls of `route` got `status`."""
        return sum(1 for name, code in self.answers if name == route and code == status)

    # -- the API ------------------------------------------------------------------------------------
    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        resource = request.match_info.route.resource
        path = resource.canonical if resource is not None else request.path
        name = self._route_names.get((request.method, path), "unknown")
        self.requests.append((name, request.path_qs))
        response = await self._answer(request, handler, name)
        self.answers.append((name, response.status))
        return response

    async def _answer(self, request: web.Request, handler: Any, name: str) -> web.StreamResponse:
        if name != "instance" and request.headers.get("Authorization") != f"Bearer {self.token}":
            return self._json({"error": "The access token is invalid"}, 401)
        if name != "stream" and not self._take_rate_slot():
            return self._json({"error": "Too many requests"}, 429, reset_at=self._window_ends)
        failure = self._next_failure(name)
        if failure is not None:
            if failure.status == 429:
                return self._json({"error": "Too many requests"}, 429, time.time() + failure.reset_in)
            return self._json({"error": f"Error {failure.status}"}, failure.status)
        if name in self.delays:
            await asyncio.sleep(self.delays[name])
        result: web.StreamResponse = await handler(request)
        if self.late_answers.get(name):
            await asyncio.sleep(self.late_answers[name].pop(0))
        return result

    def _take_rate_slot(self) -> bool:
        now = time.time()
        if now >= self._window_ends or self._remaining < 0:
            self._window_ends, self._remaining = now + self.rate_window, self.rate_limit
        if self._remaining == 0:
            return False
        self._remaining -= 1
        return True

    def _next_failure(self, name: str) -> Failure | None:
        queued = self.failures.get(name)
        if not queued:
            return None
        failure = queued[0]
        if failure.after > 0:
            failure.after -= 1
            return None
        failure.times -= 1
        if failure.times <= 0:
            queued.pop(0)
        return failure

    def _json(self, body: Any, status: int = 200, reset_at: float | None = None) -> web.Response:
        remaining = 0 if status == 429 else max(self._remaining, 0)
        reset = reset_at if reset_at is not None else self._window_ends
        headers = {
            "X-RateLimit-Limit": str(self.rate_limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": _iso(datetime.fromtimestamp(reset, UTC)),
        }
        return web.json_response(body, status=status, headers=headers)

    async def _instance_v1(self, _request: web.Request) -> web.Response:
        return self._json(
            {
                "uri": self.domain,
                "title": "Campaign test instance",
                "version": self.version,
                "urls": {"streaming_api": self._streaming_url(_request)},
                "configuration": {"statuses": {"max_characters": self.max_characters}},
            }
        )

    async def _instance_v2(self, _request: web.Request) -> web.Response:
        if not self.has_v2:
            return self._json({"error": "Record not found"}, 404)
        statuses = {
            "max_characters": self.max_characters,
            "characters_reserved_per_url": 23,
            "max_media_attachments": 4,
        }
        media = {
            "supported_mime_types": ["image/jpeg", "image/png", "image/webp", "image/gif"],
            "image_size_limit": 16 * 1024 * 1024,
            "description_limit": 1500,
        }
        return self._json(
            {
                "domain": self.domain,
                "title": "Campaign test instance",
                "version": self.version,
                "api_versions": {"mastodon": 6},
                "configuration": {
                    "statuses": statuses,
                    "media_attachments": media,
                    "urls": {"streaming": self._streaming_url(_request)},
                },
            }
        )

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        """The user's notifications as server-sent events, until the client leaves or it is dropped."""
        if self.stream_mode == "absent":
            return web.json_response({"error": "Not found"}, status=404)
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store"}
        )
        await response.prepare(request)
        self.stream_connections += 1
        queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._streams.append(queue)
        try:
            await response.write(b":)\n")
            if self.stream_mode == "garbage":
                await response.write(GARBAGE[self.garbage])
                if self.garbage == "truncated":
                    return response
            await self._stream_events(response, queue)
        except ConnectionError:
            pass  # the client went away
        finally:
            self._streams.remove(queue)
        return response

    async def _stream_events(self, response: web.StreamResponse, queue: asyncio.Queue[bytes | None]) -> None:
        sent = 0
        while True:
            try:
                event = await asyncio.wait_for(queue.get(), self.heartbeat)
            except TimeoutError:
                await response.write(b":thump\n")
                continue
            if event is None:
                return
            await response.write(event)
            sent += 1
            if self.drop_after is not None and sent >= self.drop_after:
                self.stream_mode = self.after_drop
                return

    async def _stream_health(self, _request: web.Request) -> web.Response:
        return web.Response(text="OK")

    async def _end_streams(self, _app: web.Application) -> None:
        for queue in self._streams:
            queue.put_nowait(None)

    async def _verify_credentials(self, _request: web.Request) -> web.Response:
        return self._json(self._own_account())

    async def _post_status(self, request: web.Request) -> web.Response:
        form = await request.post()
        key = request.headers.get("Idempotency-Key")
        if key is not None and key in self.idempotency:
            return self._json(self.statuses[self.idempotency[key]])
        text = str(form.get("status", ""))
        reply_to = str(form["in_reply_to_id"]) if form.get("in_reply_to_id") else None
        if reply_to is not None and (reply_to not in self.statuses or reply_to in self.deleted):
            return self._json({"error": "Record not found"}, 404)
        media_ids = [str(value) for value in form.getall("media_ids[]", [])]
        if any(media_id not in self.media for media_id in media_ids):
            return self._json({"error": "Record not found"}, 404)
        if any(self.media[media_id]["url"] is None for media_id in media_ids):
            return self._json({"error": "Cannot attach files that have not finished processing"}, 422)
        if len(media_ids) > 4:
            return self._json({"error": "Validation failed: Media attachments limit exceeded"}, 422)
        if not text.strip() and not media_ids:
            return self._json({"error": "Validation failed: Text can't be blank"}, 422)
        if len(URL.sub("x" * 23, text)) > self.max_characters:
            limit = self.max_characters
            return self._json({"error": f"Validation failed: Text character limit of {limit} exceeded"}, 422)
        visibility = str(form.get("visibility", "public"))
        language = str(form["language"]) if form.get("language") else None
        posted = Posted(str(next(self._ids)), text, reply_to, visibility, language, key, media_ids)
        content, mentions = self.render(text)
        self.posted.append(posted)
        status: dict[str, Any] = {
            "id": posted.id,
            "created_at": _iso(datetime.now(UTC)),
            "content": content,
            "visibility": visibility,
            "language": language,
            "in_reply_to_id": reply_to,
            "account": self._own_account(),
            "mentions": mentions,
            "media_attachments": [self._attachment(media_id) for media_id in media_ids],
        }
        self.statuses[posted.id] = status
        if key is not None:
            self.idempotency[key] = posted.id
        return self._json(status)

    async def _post_media(self, request: web.Request) -> web.Response:
        """Mastodon's v2 upload: 202 with url null while it processes (200 at once if it need not)."""
        form = await request.post()
        upload = form.get("file")
        if not isinstance(upload, web.FileField):
            return self._json({"error": "Validation failed: File can't be blank"}, 422)
        data = upload.file.read()
        if not upload.content_type.startswith("image/"):
            return self._json(
                {"error": "Validation failed: File has contents that are not what they are reported to be"},
                422,
            )
        media_id = str(next(self._ids))
        self.media[media_id] = {
            "id": media_id,
            "type": "image",
            "url": None,
            "description": str(form["description"]) if form.get("description") else None,
            "data": data,
            "polls_left": self.processing_polls,
            "fails": self.processing_fails,
        }
        if self.processing_polls == 0 and not self.processing_fails:
            self.media[media_id]["url"] = f"https://{self.domain}/media/{media_id}.jpg"
            return self._json(self._attachment(media_id))
        return self._json(self._attachment(media_id), 202)

    async def _get_media(self, request: web.Request) -> web.Response:
        """206 Partial Content while processing; 200 with its url once done; 422 if it failed."""
        media_id = request.match_info["id"]
        media = self.media.get(media_id)
        if media is None:
            return self._json({"error": "Record not found"}, 404)
        if media["polls_left"] > 0:
            media["polls_left"] -= 1
            return self._json(self._attachment(media_id), 206)
        if media["fails"]:
            return self._json({"error": "Error processing thumbnail for uploaded media"}, 422)
        media["url"] = f"https://{self.domain}/media/{media_id}.jpg"
        return self._json(self._attachment(media_id))

    def _attachment(self, media_id: str) -> dict[str, Any]:
        """The MediaAttachment JSON (without what the fake keeps aside)."""
        media = self.media[media_id]
        return {key: media[key] for key in ("id", "type", "url", "description")} | {
            "preview_url": media["url"],
            "meta": {},
            "blurhash": None,
        }

    async def _get_status(self, request: web.Request) -> web.Response:
        status_id = request.match_info["id"]
        if status_id not in self.statuses or status_id in self.deleted:
            return self._json({"error": "Record not found"}, 404)
        return self._json(self.statuses[status_id])

    async def _notifications(self, request: web.Request) -> web.Response:
        query = request.query
        types = query.getall("types[]", [])
        limit = min(int(query.get("limit", PAGE_DEFAULT)), PAGE_MAX)
        found = [n for n in self.notifications if not types or n["type"] in types]
        found = [n for n in found if n.get("status") is None or n["status"]["id"] not in self.hidden]
        if self.private_mentions_policy != "accept":
            found = [n for n in found if (n.get("status") or {}).get("visibility") != "direct"]
        found.sort(key=lambda n: int(n["id"]))
        for name, keep in (("since_id", _newer), ("min_id", _newer), ("max_id", _older)):
            if name in query:
                found = [n for n in found if keep(int(n["id"]), int(query[name]))]
        page = found[:limit] if "min_id" in query else found[-limit:]
        page.reverse()  # newest first, as Mastodon answers
        response = self._json(page)
        if page:
            base = f"{request.scheme}://{request.host}/api/v1/notifications"
            response.headers["Link"] = (
                f'<{base}?max_id={page[-1]["id"]}>; rel="next", <{base}?min_id={page[0]["id"]}>; rel="prev"'
            )
        return response

    async def _update_policy(self, request: web.Request) -> web.Response:
        params = (
            dict(await request.post()) if request.content_type != "application/json" else await request.json()
        )
        if "for_private_mentions" in params:
            self.private_mentions_policy = str(params["for_private_mentions"])
        return self._json({"for_private_mentions": self.private_mentions_policy})

    async def _verify_app(self, _request: web.Request) -> web.Response:
        app: dict[str, Any] = {"id": "7", "name": "FreeThemAll bot", "website": None}
        if self.scopes is not None:
            app["scopes"] = self.scopes
        return self._json(app)

    def _streaming_url(self, request: web.Request) -> str:
        """As Mastodon announces it: a WebSocket address (the same server here)."""
        return self.streaming_url or f"ws://{request.host}"

    def _account(self, acct: str, bot: bool) -> dict[str, Any]:
        if acct not in self._accounts:
            username = acct.split("@")[0]
            self._accounts[acct] = {
                "id": str(len(self._accounts) + 100),
                "username": username,
                "acct": acct,
                "display_name": username.title(),
                "bot": bot,
                "url": f"https://{acct.split('@')[1] if '@' in acct else self.domain}/@{username}",
            }
        return self._accounts[acct]

    def _own_account(self) -> dict[str, Any]:
        return {
            "id": "1",
            "username": self.username,
            "acct": self.username,
            "display_name": "FreeThemAll",
            "bot": True,
            "url": f"https://{self.domain}/@{self.username}",
        }


def _newer(value: int, bound: int) -> bool:
    return value > bound


def _older(value: int, bound: int) -> bool:
    return value < bound


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
