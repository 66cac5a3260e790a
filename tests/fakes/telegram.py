"""A fake Bot API server: python-telegram-bot talks to it over real HTTP.

It keeps chats, hands queued updates to `getUpdates` (long polling), records every
call in `requests`, and can be told to fail the next call of a method.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

BOT_ID = 777000111
BOT_USERNAME = "FreeThemAllTestBot"


@dataclass
class Call:
    """One request the bot made: the method and its decoded parameters."""

    method: str
    params: dict[str, Any]


@dataclass
class Upload:
    """A file the bot sent (sendDocument)."""

    filename: str
    content: bytes


@dataclass
class Failure:
    status: int
    description: str
    retry_after: int | None = None


@dataclass
class FakeTelegram:
    """The server's state; `app()` builds the aiohttp application around it."""

    token: str = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz"
    requests: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    failures: dict[str, list[Failure]] = field(default_factory=dict)
    delays: dict[str, float] = field(default_factory=dict)  # seconds before answering a method
    # Telegram's limits for messages to people, when set: per second for the bot, and 1 a second per chat.
    rate_limit: float | None = None
    paid_rate_limit: float = 1000
    blocked: set[int] = field(default_factory=set)  # people who blocked the bot: 403
    record: bool = True  # False: keep no call (a benchmark's 100,000 sends)
    count_chats: bool = True  # False: no per-chat count either (a memory test of the bot alone)
    delivered: Counter[int] = field(default_factory=Counter)  # messages that reached each private chat
    rejected_429: int = 0
    deleted: set[tuple[int, int]] = field(default_factory=set)  # (chat, message id) the bot deleted
    messages: list[tuple[int, int]] = field(default_factory=list)  # (chat, message id) the bot sent
    files: dict[str, bytes] = field(default_factory=dict)  # file_id -> bytes (getFile, downloads)
    uploads: int = 0  # photos sent as bytes (multipart), not by file_id
    photo_ids: set[str] = field(default_factory=set)  # every file_id a photo went out with
    downloads: list[str] = field(default_factory=list)  # file paths fetched from /file/bot<token>/
    _window: deque[float] = field(default_factory=deque)
    _last_per_chat: dict[int, float] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _changed: asyncio.Condition | None = None

    @property
    def changed(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    # -- what a test does -------------------------------------------------------------
    def app(self) -> web.Application:
        """The aiohttp app serving `/bot<token>/<method>`."""
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._dispatch)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        return app

    def add_file(self, content: bytes, name: str = "photo") -> str:
        """A file someone sent Telegram (a photo an admin sends the bot); returns its file_id."""
        file_id = f"AgAC-{name}-{len(self.files) + 1}"
        self.files[file_id] = content
        return file_id

    def next_update_id(self) -> int:
        """A fresh update id, as Telegram numbers them."""
        return next(self._ids)

    async def push(self, update: dict[str, Any]) -> None:
        """Queue an update for the bot's next getUpdates."""
        self.updates.append(update)
        async with self.changed:
            self.changed.notify_all()

    def fail_next(self, method: str, status: int, description: str, retry_after: int | None = None) -> None:
        """Answer the next call of `method` with an error instead of success."""
        self.failures.setdefault(method, []).append(Failure(status, description, retry_after))

    def calls(self, method: str) -> list[Call]:
        """Every recorded call of `method`, oldest first."""
        return [call for call in self.requests if call.method == method]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """The texts of every sendMessage (to one chat, if given)."""
        return [
            str(call.params["text"])
            for call in self.calls("sendMessage")
            if chat_id is None or _chat_id(call.params["chat_id"]) == chat_id
        ]

    async def wait_for(self, method: str, count: int, within: float = 10.0) -> list[Call]:
        """Wait until `method` has been called `count` times; fail the test after `within` seconds."""
        deadline = time.monotonic() + within

        async with self.changed:
            while len(self.calls(method)) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"{method} called {len(self.calls(method))} times, expected {count}")
                try:
                    await asyncio.wait_for(self.changed.wait(), remaining)
                except TimeoutError:
                    continue
        return self.calls(method)

    # -- the Bot API ----------------------------------------------------------------------
    async def _dispatch(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _params(request)
        if self.record:
            self.requests.append(Call(method, params))
        async with self.changed:
            self.changed.notify_all()
        queued = self.failures.get(method)
        if queued:
            failure = queued.pop(0)
            return _error(failure.status, failure.description, failure.retry_after)
        if method in self.delays:
            await asyncio.sleep(self.delays[method])
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        result = handler(params)
        if asyncio.iscoroutine(result):
            result = await result
        if isinstance(result, web.Response):
            return result
        return web.json_response({"ok": True, "result": result})

    def _api_getMe(self, _params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "FreeThemAll",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 1.0)  # short polls keep tests quick
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and timeout:
            async with self.changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.changed.wait_for(lambda: bool(self.updates)), timeout)
        return list(self.updates[: int(params.get("limit") or 100)])

    def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        text = str(params.get("text", ""))
        if params.get("parse_mode") == "HTML":
            parsed = TelegramHTML.visible_text(text)
            if parsed is None:
                return _error(400, "Bad Request: can't parse entities: unsupported or unclosed tag")
            text = parsed
        if not text.strip():
            return _error(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > 4096:
            return _error(400, "Bad Request: message is too long")
        chat = _chat_id(params["chat_id"])
        if chat > 0:
            refused = self._person_limits(chat, str(params.get("allow_paid_broadcast")).lower() == "true")
            if refused is not None:
                return refused
            if self.count_chats:
                self.delivered[chat] += 1
        return self._message(chat, text, params.get("reply_markup"))

    def _person_limits(self, chat: int, paid: bool) -> web.Response | None:
        """403 for a blocked person; 429 beyond the bot's rate (a 1-second window) or 1 a second per chat."""
        if chat in self.blocked:
            return _error(403, "Forbidden: bot was blocked by the user")
        limit = self.paid_rate_limit if paid else self.rate_limit
        if limit is None:
            return None
        now = time.monotonic()
        while self._window and now - self._window[0] >= 1.0:
            self._window.popleft()
        if len(self._window) >= limit or now - self._last_per_chat.get(chat, -2.0) < 1.0:
            self.rejected_429 += 1
            return _error(429, "Too Many Requests: retry after 1", retry_after=1)
        self._window.append(now)
        self._last_per_chat[chat] = now
        return None

    def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        message = self._message(int(params["chat_id"]), "", None)
        message.pop("text")
        document = params.get("document")
        message["document"] = {
            "file_id": "doc",
            "file_unique_id": "doc",
            "file_name": getattr(document, "filename", ""),
        }
        if params.get("caption"):
            message["caption"] = params["caption"]
        return message

    def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        photo = params.get("photo")
        if not isinstance(photo, Upload) and str(photo) not in self.files:
            return _error(400, "Bad Request: wrong file identifier/HTTP URL specified")
        caption = self._caption(params)
        if isinstance(caption, web.Response):
            return caption
        chat = _chat_id(params["chat_id"])
        refused = self._count_person(chat, params)
        if refused is not None:
            return refused
        message = self._message(chat, "", params.get("reply_markup"))
        message.pop("text")
        if isinstance(photo, Upload):  # one file_id per upload; sending it again needs no upload
            self.uploads += 1
            file_id = f"photo-{message['message_id']}"
            self.files[file_id] = photo.content
        else:
            file_id = str(photo)
        self.photo_ids.add(file_id)
        message["photo"] = [{"file_id": file_id, "file_unique_id": file_id, "width": 800, "height": 450}]
        if caption:
            message["caption"] = caption
        return message

    def _api_sendMediaGroup(self, params: dict[str, Any]) -> list[dict[str, Any]] | web.Response:
        media = params.get("media")
        items = _maybe_json(media) if isinstance(media, str) else media
        if not isinstance(items, list) or not 2 <= len(items) <= 10:
            return _error(400, "Bad Request: wrong number of media in the album: 2-10 expected")
        if any(str(item.get("media")) not in self.files for item in items):
            return _error(400, "Bad Request: wrong file identifier/HTTP URL specified")
        chat = _chat_id(params["chat_id"])
        refused = self._count_person(chat, params)
        if refused is not None:
            return refused
        group = f"album-{len(self.messages)}"
        sent = []
        for item in items:
            caption = self._caption(item)
            if isinstance(caption, web.Response):
                return caption
            message = self._message(chat, "", None)
            message.pop("text")
            file_id = str(item["media"])
            message["photo"] = [{"file_id": file_id, "file_unique_id": file_id, "width": 800, "height": 450}]
            message["media_group_id"] = group
            if caption:
                message["caption"] = caption
            sent.append(message)
        return sent

    def _caption(self, params: dict[str, Any]) -> str | web.Response:
        """A caption's visible text as Telegram parses it; 400 if it does not parse or is too long."""
        caption = str(params.get("caption") or "")
        if params.get("parse_mode") == "HTML" and caption:
            parsed = TelegramHTML.visible_text(caption)
            if parsed is None:
                return _error(400, "Bad Request: can't parse entities: unsupported or unclosed tag")
            caption = parsed
        if len(caption.encode("utf-16-le")) // 2 > 1024:
            return _error(400, "Bad Request: message caption is too long")
        return caption

    def _count_person(self, chat: int, params: dict[str, Any]) -> web.Response | None:
        """A message to a person: Telegram's limits, then counted as delivered."""
        if chat <= 0:
            return None
        refused = self._person_limits(chat, str(params.get("allow_paid_broadcast")).lower() == "true")
        if refused is None and self.count_chats:
            self.delivered[chat] += 1
        return refused

    def _api_getFile(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        file_id = str(params.get("file_id"))
        if file_id not in self.files:
            return _error(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_size": len(self.files[file_id]),
            "file_path": f"photos/{file_id}.jpg",
        }

    async def _download(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        path = request.match_info["path"]
        self.downloads.append(path)
        file_id = path.removeprefix("photos/").removesuffix(".jpg")
        if file_id not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[file_id], content_type="image/jpeg")

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(
            int(params["chat_id"]),
            str(params["text"]),
            params.get("reply_markup"),
            message_id=int(params["message_id"]),
        )

    def _api_deleteMessages(self, params: dict[str, Any]) -> bool:
        ids = (
            _maybe_json(params["message_ids"])
            if isinstance(params["message_ids"], str)
            else params["message_ids"]
        )
        chat = _chat_id(params["chat_id"])
        self.deleted.update((chat, int(message_id)) for message_id in ids)
        return True

    def _api_deleteMessage(self, params: dict[str, Any]) -> bool:
        self.deleted.add((_chat_id(params["chat_id"]), int(params["message_id"])))
        return True

    def _api_answerCallbackQuery(self, _params: dict[str, Any]) -> bool:
        return True

    def _api_answerInlineQuery(self, _params: dict[str, Any]) -> bool:
        return True

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        return True

    def _api_setChatMenuButton(self, _params: dict[str, Any]) -> bool:
        return True

    def _api_setWebhook(self, _params: dict[str, Any]) -> bool:
        return True

    def _api_deleteWebhook(self, _params: dict[str, Any]) -> bool:
        return True

    def _message(self, chat_id: int, text: str, markup: Any, message_id: int | None = None) -> dict[str, Any]:
        if message_id is None:  # a new message, not an edit
            message_id = next(self._message_ids)
            if self.record:
                self.messages.append((chat_id, message_id))
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "channel"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "FreeThemAll", "username": BOT_USERNAME},
            "text": text,
        }
        if markup:
            message["reply_markup"] = markup
        return message


async def _params(request: web.Request) -> dict[str, Any]:
    """Parameters as the Bot API takes them: query string, JSON body or form fields."""
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        params.update(await request.json())
    elif request.can_read_body:
        for key, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                params[key] = Upload(value.filename, value.file.read())
            else:
                params[key] = _maybe_json(value) if isinstance(value, str) else value
    return params


def _chat_id(value: Any) -> int:
    """Channels may be addressed as @username: give them a stable negative id."""
    text = str(value)
    return -1000000000000 - sum(map(ord, text)) if text.startswith("@") else int(text)


class TelegramHTML(HTMLParser):
    """What Telegram does with parse_mode HTML: known tags only, closed in order; the visible text."""

    TAGS = frozenset(("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "a"))
    TAGS |= {"tg-spoiler", "tg-emoji", "code", "pre", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)  # a stray < or > is checked before &lt; is decoded
        self.stack: list[str] = []
        self.text: list[str] = []
        self.broken = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.broken |= tag not in self.TAGS
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.broken |= not self.stack or self.stack.pop() != tag

    def handle_data(self, data: str) -> None:
        self.broken |= "<" in data or ">" in data
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        self.text.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text.append(html.unescape(f"&#{name};"))

    def handle_comment(self, data: str) -> None:  # Telegram knows no comments, doctypes or PIs
        self.broken = True

    def handle_decl(self, decl: str) -> None:
        self.broken = True

    def unknown_decl(self, data: str) -> None:
        self.broken = True

    def handle_pi(self, data: str) -> None:
        self.broken = True

    @classmethod
    def visible_text(cls, body: str) -> str | None:
        """The text a reader sees, or None where Telegram answers "can't parse entities"."""
        if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", body):
            return None
        parser = cls()
        parser.feed(body)
        parser.close()
        if parser.broken or parser.stack or parser.rawdata:
            return None
        return "".join(parser.text)


def _maybe_json(value: str) -> Any:
    if value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)
