"""Update factories: real Bot API JSON for a private chat, a group or a button press."""

from __future__ import annotations

import time
from typing import Any

from tests.fakes.telegram import BOT_ID, BOT_USERNAME


def tg_user(user_id: int, lang: str | None = "en", **extra: Any) -> dict[str, Any]:
    """A Telegram user as the Bot API describes one."""
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Test"}
    if lang is not None:
        user["language_code"] = lang
    return user | extra


def tg_message(
    update_id: int,
    user_id: int,
    text: str,
    lang: str | None = "en",
    chat_id: int | None = None,
    chat_type: str = "private",
    entities: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """An update carrying a text message (a command when it starts with `/`), with its formatting."""
    message: dict[str, Any] = {
        "message_id": update_id + 10_000,
        "date": int(time.time()),
        "chat": {"id": chat_id or user_id, "type": chat_type},
        "from": tg_user(user_id, lang),
        "text": text,
    }
    if text.startswith("/"):
        length = len(text.split()[0])
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    if entities:
        message["entities"] = sorted([*message.get("entities", []), *entities], key=lambda e: e["offset"])
    return {"update_id": update_id, "message": message}


def utf16_length(text: str) -> int:
    """How Telegram counts: UTF-16 code units (an emoji outside the BMP is two, a Cyrillic letter one)."""
    return len(text.encode("utf-16-le")) // 2


def tg_entity(text: str, kind: str, part: str, after: int = 0, **extra: Any) -> dict[str, Any]:
    """A formatting entity over the first `part` in `text` (from index `after`), as Telegram sends it:
    offset and length in UTF-16 code units, e.g. `tg_entity(t, "text_link", "Viasna", url="https://…")`."""
    start = text.index(part, after)
    return {"type": kind, "offset": utf16_length(text[:start]), "length": utf16_length(part), **extra}


def tg_inline(update_id: int, user_id: int, query: str = "", lang: str | None = "en") -> dict[str, Any]:
    """An update for someone typing the bot's @name in any chat (inline mode)."""
    inline = {"id": str(update_id * 11), "from": tg_user(user_id, lang), "query": query, "offset": ""}
    return {"update_id": update_id, "inline_query": inline}


def tg_callback(
    update_id: int, user_id: int, data: str, lang: str | None = "en", message_id: int = 1000
) -> dict[str, Any]:
    """An update for a press on an inline button under one of the bot's messages."""
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(update_id * 7),
            "from": tg_user(user_id, lang),
            "chat_instance": "42",
            "data": data,
            "message": {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": user_id, "type": "private"},
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "FreeThemAll", "username": BOT_USERNAME},
                "text": "…",
            },
        },
    }


def tg_photo(
    update_id: int,
    user_id: int,
    file_id: str,
    caption: str | None = None,
    media_group_id: str | None = None,
    lang: str | None = "en",
    size: int = 48_000,
) -> dict[str, Any]:
    """An update carrying a photo as Telegram sends it: sizes smallest first, the caption and its entities."""
    message: dict[str, Any] = {
        "message_id": update_id + 10_000,
        "date": int(time.time()),
        "chat": {"id": user_id, "type": "private"},
        "from": tg_user(user_id, lang),
        "photo": [
            {"file_id": f"{file_id}-s", "file_unique_id": f"{file_id}-us", "width": 90, "height": 51},
            {
                "file_id": file_id,
                "file_unique_id": f"{file_id}-u",
                "width": 1280,
                "height": 720,
                "file_size": size,
            },
        ],
    }
    if caption is not None:
        message["caption"] = caption
        if caption.startswith("/"):
            length = len(caption.split()[0])
            message["caption_entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    if media_group_id is not None:
        message["media_group_id"] = media_group_id
    return {"update_id": update_id, "message": message}


def tg_document(
    update_id: int, user_id: int, file_name: str, mime_type: str, size: int, lang: str | None = "en"
) -> dict[str, Any]:
    """An update carrying a file sent as a file (a document), not as a photo."""
    message: dict[str, Any] = {
        "message_id": update_id + 10_000,
        "date": int(time.time()),
        "chat": {"id": user_id, "type": "private"},
        "from": tg_user(user_id, lang),
        "document": {
            "file_id": f"BQAC-{update_id}",
            "file_unique_id": f"doc-{update_id}",
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": size,
        },
    }
    return {"update_id": update_id, "message": message}


def tg_init_data(user_id: int, bot_token: str, auth_date: int, lang: str | None = "en", **extra: str) -> str:
    """A Mini App's initData signed the way Telegram signs it (core.telegram.org/bots/webapps)."""
    import hashlib
    import hmac
    import json
    from urllib.parse import urlencode

    user: dict[str, Any] = {"id": user_id, "first_name": "Invented", "language_code": lang}
    fields = {"user": json.dumps(user, separators=(",", ":")), "auth_date": str(auth_date)}
    fields |= {"query_id": "AAH-invented"} | extra
    check = "\n".join(f"{key}={value}" for key, value in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode(fields)
