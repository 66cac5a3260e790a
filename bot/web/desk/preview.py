"""A post's Telegram HTML shown in the desk as Telegram shows it, and its Mastodon thread.

The text has passed the chat's own check (`check_post_text`), so only Telegram's tags are left;
this keeps those, drops every attribute but a safe link's address, and escapes all else, so what the
page puts in the preview can carry no script whatever the admin typed.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from urllib.parse import urlsplit

from bot.services.post_content import LinkButton
from bot.services.threading_text import split_for_thread

KEPT = {
    "b": "b",
    "strong": "b",
    "i": "i",
    "em": "i",
    "u": "u",
    "ins": "u",
    "s": "s",
    "strike": "s",
    "del": "s",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
SPOILER = ("tg-spoiler", "span")
LINK_SCHEMES = {"http", "https", "tg", "mailto"}
MASTODON_LIMIT = 500  # Mastodon's default; the instance's own is known only to the running bot


class _Safe(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        if tag in KEPT:
            shown = f"<{KEPT[tag]}>"
        elif tag in SPOILER:
            shown = '<span class="spoiler">'
        elif tag == "a":
            href = given.get("href") or ""
            safe = urlsplit(href).scheme in LINK_SCHEMES
            shown = (
                f'<a href="{html.escape(href)}" rel="noopener noreferrer" target="_blank">' if safe else "<a>"
            )
        else:
            shown = ""
        self.stack.append(shown and shown[1:].split(">")[0].split()[0])
        self.out.append(shown)

    def handle_endtag(self, tag: str) -> None:
        name = self.stack.pop() if self.stack else ""
        if name:
            self.out.append(f"</{name}>")

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))


def safe_html(body: str) -> str:
    """Telegram HTML (already checked) as HTML safe to put in the page."""
    parser = _Safe()
    parser.feed(body)
    parser.close()
    return "".join(parser.out) + "".join(f"</{name}>" for name in reversed(parser.stack) if name)


def mastodon_thread(body: str, buttons: tuple[LinkButton, ...], limit: int = MASTODON_LIMIT) -> list[str]:
    """The Mastodon status split into its thread exactly as the publisher does it (its own functions)."""
    from bot.adapters.mastodon import status_links, status_text  # only when Mastodon is a target

    text = status_text(body)
    if buttons:
        text = f"{text}\n\n{status_links(buttons)}".strip()
    return split_for_thread(text, limit)
