"""Text helpers shared by the adapters."""

from __future__ import annotations

import re
import unicodedata


def split_message(text: str, limit: int) -> list[str]:
    """Cut `text` into parts of at most `limit` characters, at a paragraph, line or word break.

    A single word longer than `limit` is the only thing ever cut mid-word.
    """
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = _last_break(window, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def _last_break(window: str, limit: int) -> int:
    for pattern in (r"\n\s*\n", r"\n", r"\s"):
        breaks = [m.start() for m in re.finditer(pattern, window) if 0 < m.start() <= limit]
        if breaks:
            return breaks[-1]
    return limit


NAME_LIMIT = 64
JOINERS = {"\u200c", "\u200d"}  # ZWNJ and ZWJ: part of emoji and of Persian or Indic names


def _keep(ch: str) -> bool:
    """Drop control, format (bidi overrides…), private and unassigned characters; keep joiners."""
    return ch.isspace() or ch in JOINERS or unicodedata.category(ch)[0] != "C"


def clean_display_name(name: str | None, limit: int = NAME_LIMIT) -> str | None:
    """A name fit to keep and show: NFC, no control or format characters, one space, at most `limit`."""
    if not name:
        return None
    name = unicodedata.normalize("NFC", name)
    kept = "".join(" " if ch.isspace() else ch for ch in name if _keep(ch))
    collapsed = " ".join(kept.split())[:limit].strip()
    return collapsed or None
