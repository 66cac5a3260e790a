"""The fake Bot API with faults aimed at one chat: 5xx and 429 bursts, late answers, held answers.

`FakeTelegram.fail_next` fails the next call of a method, whoever it is for; in a whole-bot
scenario replies, channel posts and broadcast sends all use sendMessage, so a fault here is
aimed at a chat instead: `fault(chat, ...)` queues answers for the next calls to that chat.
A refused call is still recorded (it was made); `texts(chat)` gives only what got through.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.telegram import FakeTelegram


@dataclass
class Fault:
    """One answer to one call: an error `status` (with `retry_after` for 429), or, with `late`,
    the call done at once and answered `late` seconds after (the client times out first)."""

    status: int = 0
    retry_after: int | None = None
    late: float = 0.0


@dataclass
class FlakyTelegram(FakeTelegram):
    """FakeTelegram whose calls to chosen chats fail, answer late, or are held until released."""

    faults: dict[str, list[Fault]] = field(default_factory=dict)
    held: dict[str, asyncio.Event] = field(default_factory=dict)  # chat -> set when its call arrived
    answered_late: int = 0
    failed: list[tuple[str, str, int]] = field(default_factory=list)  # (method, chat, status) refused
    _refused: list[dict[str, Any]] = field(default_factory=list)  # the params of refused calls
    released: asyncio.Event = field(default_factory=asyncio.Event)  # held calls answer once it is set

    def fault(self, chat: int | str, *faults: Fault) -> None:
        """Answer the next calls to `chat` with `faults`, in order."""
        self.faults.setdefault(str(chat), []).extend(faults)

    def hold(self, chat: int | str) -> asyncio.Event:
        """Do the next call to `chat`, answer it only once `released`; the event is set when it arrived."""
        arrived = asyncio.Event()
        self.held[str(chat)] = arrived
        return arrived

    def texts(self, chat: int | str, method: str = "sendMessage") -> list[str]:
        """The texts of the calls to `chat` that got through (sent or edited)."""
        return [
            str(call.params["text"])
            for call in self.calls(method)
            if str(call.params.get("chat_id")) == str(chat)
            and not any(call.params is refused for refused in self._refused)
        ]

    # Async overrides: the fake's dispatcher awaits a handler that returns a coroutine.
    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:  # type: ignore[override]
        return await self._faulty("sendMessage", params, super()._api_sendMessage)

    async def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:  # type: ignore[override]
        return await self._faulty("editMessageText", params, super()._api_editMessageText)

    async def _faulty(self, method: str, params: dict[str, Any], real: Any) -> dict[str, Any] | web.Response:
        chat = str(params.get("chat_id"))
        arrived = self.held.pop(chat, None)
        if arrived is not None:
            done: dict[str, Any] | web.Response = real(params)  # done...
            arrived.set()
            await self.released.wait()  # ...and not answered (the server's shutdown sets it)
            return done  # once: the message is not made a second time
        queued = self.faults.get(chat)
        if not queued:
            result: dict[str, Any] | web.Response = real(params)
            return result
        fault = queued.pop(0)
        if fault.late:
            result = real(params)
            await asyncio.sleep(fault.late)
            self.answered_late += 1
            async with self.changed:
                self.changed.notify_all()
            return result
        self.failed.append((method, chat, fault.status))
        self._refused.append(params)
        async with self.changed:
            self.changed.notify_all()
        body: dict[str, Any] = {
            "ok": False,
            "error_code": fault.status,
            "description": f"Error {fault.status}",
        }
        if fault.retry_after is not None:
            body["parameters"] = {"retry_after": fault.retry_after}
            body["description"] = f"Too Many Requests: retry after {fault.retry_after}"
        return web.json_response(body, status=fault.status)
