"""Console front-end: a local chat in the terminal, through the same router and storage.

Lines are read from stdin; a line that is a number presses that button of the
last reply. End of input (Ctrl+D) ends the chat.
"""

from __future__ import annotations

import asyncio
import getpass
import os
from typing import TextIO

from bot.core import Incoming, Outgoing
from bot.i18n import resolve_locale
from bot.router import Router

PLATFORM = "console"


class ConsoleFrontend:
    """Reads commands from a stream and prints rendered replies."""

    def __init__(self, router: Router, stdin: TextIO, stdout: TextIO) -> None:
        self.router = router
        self.stdin = stdin
        self.stdout = stdout
        self.user = getpass.getuser()
        self.language_code = os.environ.get("LANG")
        self.buttons: list[str] = []

    async def run(self) -> None:
        """Chat until the input ends."""
        default = self.router.ctx.settings.core.default_locale
        locale = resolve_locale(None, self.language_code, default)
        self._print(self.router.catalog.format("console-banner", locale=locale))
        while True:
            line = await asyncio.to_thread(self.stdin.readline)
            if not line:
                return
            if line.strip():
                await self.answer(line.strip())

    async def answer(self, line: str) -> None:
        """Handle one line and print the replies with numbered buttons."""
        incoming = self._incoming(line)
        replies = await self.router.handle(incoming)
        self.buttons = []
        for outgoing in replies:
            self._print(self._render(outgoing))

    def _incoming(self, line: str) -> Incoming:
        if line.isascii() and line.isdigit() and 1 <= int(line) <= len(self.buttons):
            return Incoming(
                PLATFORM, self.user, self.language_code, callback_data=self.buttons[int(line) - 1]
            )
        return Incoming(PLATFORM, self.user, self.language_code, text=line)

    def _render(self, outgoing: Outgoing) -> str:
        lines = [outgoing.text]
        if outgoing.attachment is not None:  # a terminal shows no pictures: say one was attached
            lines.append(f"[{outgoing.attachment.filename}: {len(outgoing.attachment.content) // 1024} KB]")
        for row in outgoing.buttons:
            cells = []
            for label, data in row:
                self.buttons.append(data)
                cells.append(f"[{len(self.buttons)}] {label}")
            lines.append("   ".join(cells))
        return "\n".join(lines)

    def _print(self, text: str) -> None:
        self.stdout.write(f"{text}\n\n")
        self.stdout.flush()
