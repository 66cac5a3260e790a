"""What one delivery carries (text or caption, photos, link buttons), and the checks of each part.

Media never travels as bytes: a photo is a reference, the `file_id` Telegram gave the admin's
photo. Telegram channels and subscribers get it by that id (never uploaded again); the Mastodon
publisher turns it back into bytes (getFile) just long enough to upload it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from bot.services.links import without_links
from bot.services.post_input import Problem, html_to_plain, visible_length

CAPTION_LIMIT = 1024  # Telegram counts a caption like a text: UTF-16 units after entity parsing
ALBUM_LIMIT = 10  # sendMediaGroup takes 2-10 items
BUTTON_LIMIT = 3
BUTTON_LABEL_LIMIT = 64
ALT_LIMIT = 1500  # Mastodon's description limit (its default; an instance may say less)
DOWNLOAD_LIMIT = 20 * 1024 * 1024  # a bot downloads at most 20 MB through getFile
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})
BUTTON_LINE = re.compile(r"^(?P<label>[^|]+)\|\s*(?P<url>\S+)\s*$")


@dataclass(frozen=True)
class MediaRef:
    """A file an admin sent, as the adapter saw it: a reference, never the bytes."""

    file_id: str
    unique_id: str = ""
    size: int | None = None  # bytes, when the platform says
    mime: str = "image/jpeg"  # Telegram photos are JPEG
    kind: str = "photo"  # or "document": a file sent as a file


@dataclass(frozen=True)
class Photo:
    """One photo of a delivery, with its description in the delivery's language."""

    file_id: str
    alt: str | None = None
    size: int | None = None


@dataclass(frozen=True)
class LinkButton:
    """A URL button: an inline keyboard button on Telegram, a link at the end on Mastodon."""

    label: str
    url: str


@dataclass(frozen=True)
class PostContent:
    """What one delivery sends: Telegram HTML (a caption when there are photos), photos, buttons."""

    body: str
    photos: tuple[Photo, ...] = ()
    buttons: tuple[LinkButton, ...] = ()

    def safe(self) -> PostContent:
        """For a safe-mode chat: the caption or text without links, and no buttons."""
        return replace(self, body=without_links(self.body), buttons=())

    @property
    def has_text(self) -> bool:
        """Whether the body shows anything (a photo may go without a caption)."""
        return bool(html_to_plain(self.body).strip())


def as_content(body: str | PostContent) -> PostContent:
    """A bare Telegram HTML text (the text-only path) as content."""
    return body if isinstance(body, PostContent) else PostContent(body)


def check_media(media: MediaRef) -> Problem | None:
    """An image Telegram can send by file_id and the bot can download for Mastodon; else why not."""
    if media.size is not None and media.size > DOWNLOAD_LIMIT:
        mb = DOWNLOAD_LIMIT // (1024 * 1024)
        return Problem("post-photo-too-large", {"size": round(media.size / 1024 / 1024, 1), "limit": mb})
    if media.kind != "photo":
        key = "post-photo-as-file" if media.mime in IMAGE_TYPES else "post-photo-not-image"
        return Problem(key)
    return None


def check_caption(body: str, language: str) -> Problem | None:
    """A text that goes under photos: at most CAPTION_LIMIT as Telegram counts."""
    length = visible_length(body)
    if length > CAPTION_LIMIT:
        values = {"language": language, "over": length - CAPTION_LIMIT, "limit": CAPTION_LIMIT}
        return Problem("post-caption-too-long", values)
    return None


def parse_buttons(text: str) -> tuple[LinkButton, ...] | Problem:
    """Lines of `label | https://…`, at most BUTTON_LIMIT; `-` alone removes them."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines == ["-"]:
        return ()
    if len(lines) > BUTTON_LIMIT:
        return Problem("post-buttons-too-many", {"count": len(lines), "limit": BUTTON_LIMIT})
    buttons = []
    for line in lines:
        match = BUTTON_LINE.match(line)
        if match is None:
            return Problem("post-buttons-format", {"line": line[:60]})
        label, url = " ".join(match.group("label").split()), match.group("url")
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname or "\x00" in url:
            return Problem("post-buttons-https", {"line": line[:60]})
        if not label or len(label) > BUTTON_LABEL_LIMIT or "\x00" in label:
            return Problem("post-buttons-format", {"line": line[:60]})
        buttons.append(LinkButton(label, url))
    return tuple(buttons)


def parse_alts(text: str, photos: int) -> tuple[str, ...] | Problem:
    """One description per photo: the whole text for one photo, one line each for an album."""
    lines = [text.strip()] if photos == 1 else [line.strip() for line in text.strip().splitlines()]
    lines = [line for line in lines if line]
    if len(lines) != photos:
        return Problem("post-alt-count", {"count": photos, "given": len(lines)})
    for line in lines:
        if len(line) > ALT_LIMIT or "\x00" in line:
            return Problem("post-alt-too-long", {"over": max(len(line) - ALT_LIMIT, 1), "limit": ALT_LIMIT})
    return tuple(lines)


def status_links(buttons: Sequence[LinkButton]) -> str:
    """A post's buttons as the last lines of a Mastodon status: `label: https://…`."""
    return "\n".join(f"{button.label}: {button.url}" for button in buttons)
