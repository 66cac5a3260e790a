"""A message's own formatting (Telegram's bold, italic, links…) as the Telegram HTML a post is stored in.

Telegram sends formatting as entities beside the plain text, with offsets in UTF-16 code units;
python-telegram-bot turns them into HTML (`Message.text_html`, `caption_html`). Only messages
formatted with Telegram's own tools are read that way: a message without such entities is left to
today's rule, where what the admin typed is taken as Telegram HTML (`<b>x</b>` typed by hand still
makes bold), and a plain `<` is refused with a hint. Auto-detected entities (hashtags, URLs,
mentions, commands) are no formatting: the campaign's hashtags must not turn typed tags into text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from telegram import Message, MessageEntity

FORMATTING = frozenset(
    {
        MessageEntity.BOLD,
        MessageEntity.ITALIC,
        MessageEntity.UNDERLINE,
        MessageEntity.STRIKETHROUGH,
        MessageEntity.SPOILER,
        MessageEntity.CODE,
        MessageEntity.PRE,
        MessageEntity.TEXT_LINK,
        MessageEntity.TEXT_MENTION,
        MessageEntity.BLOCKQUOTE,
        MessageEntity.EXPANDABLE_BLOCKQUOTE,
        MessageEntity.CUSTOM_EMOJI,
    }
)
# A bot may send custom emoji only with a username bought on Fragment, and `<tg-time>` is newer than
# what a post's check knows: both become the text they show (the emoji itself, the date as written).
SHOWN_AS_TEXT = re.compile(r"<(tg-emoji|tg-time)\b[^<>]*>(.*?)</\1>", re.DOTALL)
# PTB names a code block's language `class="python"`; Telegram's HTML wants `class="language-python"`.
CODE_LANGUAGE = re.compile(r'<pre><code class="(?!language-)([^"<>]*)">')


def text_html(message: Message) -> str | None:
    """The message's text as Telegram HTML if it was formatted with Telegram's tools, else None."""
    if message.text is None or not _formatted(message.entities):
        return None
    return _cleaned(message.text_html, message.entities)


def caption_html(message: Message) -> str | None:
    """The same for a photo's or a file's caption."""
    if message.caption is None or not _formatted(message.caption_entities):
        return None
    return _cleaned(message.caption_html, message.caption_entities)


def _formatted(entities: Sequence[MessageEntity]) -> bool:
    return any(entity.type in FORMATTING for entity in entities)


def _cleaned(body: str, entities: Sequence[MessageEntity]) -> str:
    """PTB's HTML made what Telegram reads back as the admin's formatting.

    Links' addresses escaped (PTB leaves `&` as it came), code blocks' languages named as Telegram
    names them, and what a bot cannot send turned into the text it shows.
    """
    for url in {entity.url for entity in entities if entity.type == MessageEntity.TEXT_LINK and entity.url}:
        body = body.replace(f'<a href="{url}">', f'<a href="{html.escape(url)}">')
    body = CODE_LANGUAGE.sub(lambda match: f'<pre><code class="language-{match.group(1)}">', body)
    return SHOWN_AS_TEXT.sub(lambda match: match.group(2), body)
