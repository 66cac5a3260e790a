"""What a front-end tells the services about a send, and how services reach the admins."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass

from bot.services.post_content import PostContent


class Delivery(enum.Enum):
    """What became of one send."""

    SENT = "sent"
    FAILED = "failed"  # certainly not sent: try again later
    UNKNOWN = "unknown"  # may have been sent: do not risk a second post
    REFUSED = "refused"  # will never be sent (bot removed from the channel): stop trying


@dataclass(frozen=True)
class Published:
    """What became of one post, with the message's id when it went out."""

    outcome: Delivery
    message_id: int | None = None
    reason: str | None = None


# (target chat or account, Telegram HTML or content with photos and buttons, a key unique to this
# delivery) -> what became of it. The key lets a platform with idempotency keys (Mastodon) refuse a
# second copy of a retried post.
Publish = Callable[[str, str | PostContent, str], Awaitable[Published]]
# More lines after a message: (message key, values) each.
Lines = Sequence[tuple[str, Mapping[str, object]]]
# (admin_ref, or None for every admin; message key; values; more lines) -> told, each in their language
Notify = Callable[[str | None, str, Mapping[str, object], Lines], Awaitable[None]]


class DirectOutcome(enum.Enum):
    """What the platform said to one direct message."""

    SENT = "sent"
    RETRY_AFTER = "retry_after"  # flood control: wait `retry_after` seconds
    GONE = "gone"  # blocked the bot, deactivated, chat not found: never again
    FAILED = "failed"  # did not arrive (5xx, network): may be retried
    REJECTED = "rejected"  # Telegram will never take this message (e.g. its HTML): do not retry
    UNKNOWN = "unknown"  # timed out: it may have arrived


@dataclass(frozen=True)
class Sent:
    """The answer to one send."""

    outcome: DirectOutcome
    retry_after: float = 0.0
    reason: str | None = None
    message_id: int | None = None  # of the message sent, for safe mode's deletion


# (address, Telegram HTML or content with a photo, paid broadcast?) -> what happened
SendDirect = Callable[[str, str | PostContent, bool], Awaitable[Sent]]
# (admin_ref or None for all admins, broadcast id, message key, values, final?) -> shown
ShowProgress = Callable[[str | None, int, str, Mapping[str, object], bool], Awaitable[None]]
