"""The platform-neutral vocabulary every front-end and handler shares.

An adapter turns a platform update into an `Incoming`; the router turns that into a
`Request` for a handler; the handler returns `Reply` objects (message keys and values);
the router renders them into `Outgoing` text and buttons for the adapter to send.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.i18n import Catalog
from bot.services.audit import AuditLog
from bot.services.chart_cache import ChartCache
from bot.services.deletions import PendingDeletions
from bot.services.lockdown import Lockdown
from bot.services.people import PeopleService
from bot.services.pledges import PledgeService
from bot.services.post_content import MediaRef, PostContent
from bot.services.posts import PostService
from bot.services.stats import StatsService
from bot.services.subscribers import SubscriberService
from bot.settings import Settings


@dataclass(frozen=True)
class Incoming:
    """What a front-end received, before the bot knows who or which language."""

    platform: str
    platform_user_id: str | int
    language_code: str | None = None
    text: str = ""
    callback_data: str | None = None
    display_name: str | None = None
    private: bool = True  # a one-to-one chat; False in groups, where others read the replies
    bot_username: str | None = None  # for links to the bot, where the platform has one
    message_id: int | None = None  # the person's own message, which safe mode may delete
    html: str | None = None  # the text as Telegram HTML, when its sender formatted it (bold, links…)
    media: tuple[MediaRef, ...] = ()  # a photo or file sent, as references (its caption is `text`)
    media_group: str | None = None  # the album it belongs to (Telegram sends each item apart)


@dataclass(frozen=True)
class Request:
    """One person's command, button press or text, with their locale resolved."""

    platform: str
    user_ref: str
    locale: str
    stored_locale: str | None
    command: str | None = None
    args: tuple[str, ...] = ()
    text: str = ""
    callback: str | None = None
    is_admin: bool = False
    display_name: str | None = None
    private: bool = True
    bot_username: str | None = None
    address: str = ""  # where the platform reaches this person (a chat id); stored only sealed
    safe_mode: bool = False  # in Belarus or travelling there: no links, confirmations that vanish
    safety_answered: bool = True  # False until the person has answered the safe-mode question
    is_owner: bool = False  # OWNER_IDS: may lock down, unlock and wipe the signers
    html: str | None = None  # `text` as Telegram HTML when formatted on the platform; None: plain
    media: tuple[MediaRef, ...] = ()  # a photo or file that came with the message (its caption is `text`)
    media_group: str | None = None  # the album it belongs to
    message_id: int | None = None  # the person's message (orders an album's items)

    @property
    def post_source(self) -> str:
        """What an admin's message gives a post: its formatting as HTML, else the text as typed."""
        return self.text if self.html is None else self.html

    @property
    def first_contact(self) -> bool:
        """True until the person has chosen a language (nothing is stored before that)."""
        return self.stored_locale is None


WEB_APP_PREFIX = "webapp:"  # a button's data that opens this https address as a Mini App (Telegram)


@dataclass(frozen=True)
class Button:
    """An inline button: a catalog key for its label and the data it sends back."""

    key: str
    data: str
    values: Mapping[str, Any] = field(default_factory=dict)
    locale: str | None = None


@dataclass(frozen=True)
class Attachment:
    """A file sent with a reply (e.g. the admins' CSV export)."""

    filename: str
    content: bytes
    kind: str = "document"  # or "photo": shown inline, the text as its caption


@dataclass(frozen=True)
class Reply:
    """A message to send: a catalog key, its values, rows of buttons, maybe a file."""

    key: str
    values: Mapping[str, Any] = field(default_factory=dict)
    buttons: tuple[tuple[Button, ...], ...] = ()
    locale: str | None = None
    attachment: Attachment | None = None
    lines: tuple[tuple[str, Mapping[str, Any]], ...] = ()  # more messages, one line each, after `key`
    html: str | None = None  # Telegram HTML sent as it is (an admin's post, previewed); `key` unused
    vanish: bool = False  # in safe mode, deleted from the chat after SAFE_MODE_DELETE_MINUTES
    post: PostContent | None = None  # a post as the channel gets it (photos by reference, buttons)

    @classmethod
    def as_html(cls, body: str) -> Reply:
        """A message that is a post's own Telegram HTML, shown exactly as the channel will get it."""
        return cls("", html=body)

    @classmethod
    def as_post(cls, content: PostContent) -> Reply:
        """A post with its photos and buttons, shown exactly as the channel will get it."""
        return cls("", html=content.body, post=content)


@dataclass(frozen=True)
class Outgoing:
    """A rendered reply: final text, button rows as (label, data) pairs, maybe a file."""

    text: str
    buttons: tuple[tuple[tuple[str, str], ...], ...] = ()
    attachment: Attachment | None = None
    html: bool = False  # the text is Telegram HTML, to be sent with parse_mode HTML
    vanish: bool = False  # to be deleted later (safe mode): the adapter stores its message id
    post: PostContent | None = None  # a post with photos and link buttons (the text is its caption)


@dataclass(frozen=True)
class Context:
    """The services a handler may use; handed over by parameter, never global."""

    settings: Settings
    people: PeopleService
    pledges: PledgeService
    stats: StatsService
    posts: PostService
    subscribers: SubscriberService
    audit: AuditLog
    lockdown: Lockdown
    deletions: PendingDeletions
    catalog: Catalog
    charts: ChartCache
    now: Callable[[], datetime]

    def local(self, moment: datetime | None = None) -> datetime:
        """`moment` (default: now) in the campaign's TIMEZONE, as people there read dates."""
        return (moment or self.now()).astimezone(ZoneInfo(self.settings.core.timezone))


Handler = Callable[[Request, Context], Awaitable[list[Reply]]]
# Free text a feature may be waiting for; None means "not mine" and the next one is asked.
TextHandler = Callable[[Request, Context], Awaitable[list[Reply] | None]]
