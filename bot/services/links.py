"""Links taken out of text for safe-mode chats: whatever Telegram would make clickable.

Telegram links more than `https://…`: `www.…`, bare domains (`spring96.org`, `example.org/path`),
`t.me/…`, e-mail addresses, `tg://` and other schemes, and `@usernames` (a public channel or
account is a link too). linkify-it finds the first three kinds with the whole IANA list of
top-level domains (bot/tlds-alpha-by-domain.txt, as published by IANA), as Telegram does; the
others are plain patterns. The linked words of an `<a>` stay, its address goes.
"""

from __future__ import annotations

import html
import re
from functools import cache
from importlib.resources import files

from linkify_it import LinkifyIt

from bot.services.post_input import TAG, html_to_plain

ANCHOR_TAG = re.compile(r"</?a(?:\s[^>]*)?>", re.IGNORECASE)
SCHEME_LINK = re.compile(r"\b[a-z][a-z0-9+.-]{1,31}:(?://|(?=[^\s/]*[?=]))\S+", re.IGNORECASE)
USERNAME = re.compile(r"(?<![\w@/.])@[A-Za-z0-9_]{3,32}\b")
SPACES = re.compile(r"[ \t]{2,}")


@cache
def _linkify() -> LinkifyIt:
    lines = files("bot").joinpath("tlds-alpha-by-domain.txt").read_text("ascii").splitlines()
    tlds = [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]
    unicode = [_unicode(tld) for tld in tlds if tld.startswith("xn--")]
    return LinkifyIt(options={"fuzzy_ip": True}).tlds([*tlds, *unicode], True)


def _unicode(tld: str) -> str:
    try:
        return tld.encode("ascii").decode("idna")
    except UnicodeError:
        return tld


def has_link(text: str) -> bool:
    """True if Telegram would find a link in this plain text."""
    return bool(_linkify().test(text) or SCHEME_LINK.search(text) or USERNAME.search(text))


def plain_without_links(text: str) -> str:
    """Plain text without anything Telegram would turn into a link."""
    for _ in range(5):  # taking one out may join what is left into another (rare): again
        found = _linkify().match(text) or []
        for match in sorted(found, key=lambda m: m.index, reverse=True):
            text = text[: match.index] + text[match.last_index :]
        text = USERNAME.sub("", SCHEME_LINK.sub("", text))
        if not has_link(text):
            break
    else:
        text = ""  # what cannot be cleaned is not sent
    return "\n".join(SPACES.sub(" ", line).rstrip() for line in text.split("\n")).strip()


def without_links(body: str) -> str:
    """Telegram HTML without its links (the linked words stay): for safe-mode chats.

    The text between tags is cleaned; should a link still show across tags (`<b>spring96</b>.org`),
    the message goes as cleaned plain text instead.
    """
    body = ANCHOR_TAG.sub("", body)
    parts, at = [], 0
    for tag in TAG.finditer(body):
        parts += [_text_without_links(body[at : tag.start()]), tag.group(0)]
        at = tag.end()
    parts.append(_text_without_links(body[at:]))
    cleaned = "".join(parts).strip()
    if has_link(html_to_plain(cleaned)):
        return html.escape(plain_without_links(html_to_plain(cleaned)), quote=False)
    return cleaned


def _text_without_links(escaped: str) -> str:
    if not escaped.strip():
        return escaped
    kept = plain_without_links(html.unescape(escaped))
    lead = escaped[: len(escaped) - len(escaped.lstrip())] if kept else ""
    tail = escaped[len(escaped.rstrip()) :] if kept else ""
    return lead + html.escape(kept, quote=False) + tail
