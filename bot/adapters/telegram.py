"""Telegram front-end: python-telegram-bot over the Bot API at TELEGRAM_API_BASE_URL.

Polling by default; with TELEGRAM_WEBHOOK_URL the updates come through our aiohttp
route, which answers 200 only once the update has been handled, so that Telegram
redelivers an update whose handling failed for a passing reason before any of its
answer could reach the person. The rule is polling's: a reply whose call timed out may
have arrived and is never sent again. A redelivery of an update already handled (by any
instance: the ids are stored) is acknowledged without running it again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import logging
import os
from collections.abc import Mapping
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import (
    BotCommand,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQuery,
    InlineQueryResultArticle,
    InputFile,
    InputMediaPhoto,
    InputTextMessageContent,
    LinkPreviewOptions,
    MenuButtonWebApp,
    Message,
    Update,
    WebAppInfo,
)
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from bot import metrics
from bot.adapters.telegram_format import caption_html, text_html
from bot.adapters.telegram_http import AiohttpRequest
from bot.core import WEB_APP_PREFIX, Attachment, Button, Incoming, Outgoing, Reply
from bot.i18n import resolve_locale
from bot.logs import new_correlation_id
from bot.router import Router
from bot.services.deletions import Outcome
from bot.services.delivery import Delivery, Lines, Published, Sent
from bot.services.delivery import DirectOutcome as BroadcastOutcome
from bot.services.handled import HandledUpdates
from bot.services.post_content import LinkButton, MediaRef, PostContent, as_content
from bot.services.post_input import plain_to_html
from bot.settings import LOCALES, Settings
from bot.storage.session import Database
from bot.text import split_message

# Opt in to PTB's next behaviour (durations as timedelta) now: otherwise every 429 warns twice.
os.environ.setdefault("PTB_TIMEDELTA", "true")
log = logging.getLogger(__name__)
PLATFORM = "telegram"
CONNECTIONS = 32  # sockets to the Bot API at once: enough for a broadcast at 1,000 a second
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
DELETE_AT_ONCE = 100  # deleteMessages takes 1-100 ids
PHOTO_IDS = 64  # charts remembered by file_id (one per language and figure)
KEYBOARDS = 512  # inline keyboards kept built (a few kinds in nine languages; a post's own are rarer)
INLINE_CACHE_SECONDS = 300  # the card changes when the count does, at most hourly
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret
# Telegram cannot put a keyboard on an album: its buttons follow in a message of their own, this one.
ALBUM_BUTTONS_TEXT = "🔗"


def incoming_from(update: Update, bot_username: str | None = None) -> Incoming | None:
    """The neutral form of an update, or None for updates the bot does not answer."""
    user = update.effective_user
    if user is None or user.is_bot:
        return None
    if update.inline_query is not None:  # typing @bot in any chat: offer the share card
        # Not private: the card lands in someone else's chat, the same for everyone (safe mode or not).
        return Incoming(
            PLATFORM, user.id, user.language_code, text="/share", bot_username=bot_username, private=False
        )
    if update.callback_query is not None:
        data = update.callback_query.data or ""
        origin = update.callback_query.message
        private = origin is None or origin.chat.type == origin.chat.PRIVATE
        return Incoming(
            PLATFORM,
            user.id,
            user.language_code,
            callback_data=data,
            display_name=user.full_name,
            private=private,
            bot_username=bot_username,
        )
    message = update.message
    if message is None:
        return None
    media = media_of(message)
    text = (message.caption if media else message.text) or ""
    if not text.startswith("/") and message.chat.type != message.chat.PRIVATE:
        return None  # in groups the bot answers commands only
    if not _addressed_to(text, bot_username):
        return None  # `/help@OtherBot` in a group is for another bot
    private = message.chat.type == message.chat.PRIVATE
    return Incoming(
        PLATFORM,
        user.id,
        user.language_code,
        text=text,
        display_name=user.full_name,
        private=private,
        bot_username=bot_username,
        message_id=message.message_id,
        html=caption_html(message) if media else text_html(message),
        media=media,
        media_group=message.media_group_id if media else None,
    )


def media_of(message: Message) -> tuple[MediaRef, ...]:
    """A message's photo (its largest size) or file, as references: no byte is fetched here."""
    if message.photo:
        largest = message.photo[-1]
        return (MediaRef(largest.file_id, largest.file_unique_id, largest.file_size),)
    file = message.document or message.video or message.animation or message.audio or message.voice
    if file is None:
        return ()
    mime = getattr(file, "mime_type", None) or ""
    return (MediaRef(file.file_id, file.file_unique_id, file.file_size, mime, "document"),)


def link_markup(buttons: tuple[LinkButton, ...]) -> InlineKeyboardMarkup | None:
    """A post's URL buttons, one a row."""
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, url=b.url)] for b in buttons])


def _addressed_to(text: str, bot_username: str | None) -> bool:
    command = text.split(maxsplit=1)[0] if text.startswith("/") else ""
    _, at, name = command.partition("@")
    return not at or bot_username is None or name.lower() == bot_username.lower()


def markup(outgoing: Outgoing) -> InlineKeyboardMarkup | None:
    """Inline keyboard for the reply's button rows, if any."""
    if not outgoing.buttons:
        return None
    return _keyboard(outgoing.buttons)


@functools.lru_cache(maxsize=KEYBOARDS)
def _keyboard(buttons: tuple[tuple[tuple[str, str], ...], ...]) -> InlineKeyboardMarkup:
    """The keyboard for these rows, built once: PTB's objects are frozen, and most keyboards recur.

    The language picker, the pledge buttons, in nine languages: building the picker's ten
    objects took about 60 µs of each such reply.
    """
    rows = [[_button(label, data) for label, data in row] for row in buttons]
    return InlineKeyboardMarkup(rows)


def _button(label: str, data: str) -> InlineKeyboardButton:
    """A callback button, or a Mini App's (`webapp:<https url>`, the /desk command's)."""
    if data.startswith(WEB_APP_PREFIX):
        return InlineKeyboardButton(label, web_app=WebAppInfo(data.removeprefix(WEB_APP_PREFIX)))
    return InlineKeyboardButton(label, callback_data=data)


class TelegramFrontend:
    """Owns the PTB Application and turns updates into router calls and replies."""

    def __init__(self, settings: Settings, router: Router, db: Database | None = None) -> None:
        # The HTTP client logs each request's URL at INFO, and the Bot API URL holds the token.
        # PTB logs whole updates (ids, names, text) at DEBUG: keep both quiet whatever LOG_LEVEL says.
        for name, level in (
            ("httpx", logging.WARNING),
            ("httpcore", logging.WARNING),
            ("telegram", logging.INFO),
        ):
            logging.getLogger(name).setLevel(level)
        self.settings = settings
        self.router = router
        self.failed_updates: set[int] = set()
        self.reached: set[int] = set()  # updates whose answer may have reached the person, in part
        self.in_flight: set[int] = set()  # updates this instance is handling now (webhook)
        self.handled = HandledUpdates(db, router.ctx.now, settings.is_sqlite) if db is not None else None
        self.progress_messages: dict[tuple[int, int], int] = {}  # (broadcast, admin) -> message id
        self.photo_ids: dict[bytes, str] = {}  # a chart's digest -> Telegram's file_id for it
        self.ready = False
        self.application = self._build()

    def _build(self) -> Application[Any, Any, Any, Any, Any, Any]:
        tg = self.settings.telegram
        assert tg.token is not None  # noqa: S101 - checked by the caller choosing this front-end
        builder = ApplicationBuilder().token(tg.token.get_secret_value()).base_url(tg.api_base_url)
        builder = builder.base_file_url(tg.api_base_url.replace("/bot", "/file/bot", 1))
        builder = builder.request(AiohttpRequest(CONNECTIONS))  # getUpdates keeps PTB's own client
        # scheduler/ is the one clock (STYLE lesson 12); PTB documents None, its stubs do not.
        builder = builder.job_queue(None)  # type: ignore[arg-type]
        if tg.webhook_url:
            builder = builder.updater(None)
        application = builder.build()
        application.add_handler(TypeHandler(Update, self._on_update))
        application.add_error_handler(self._on_error)
        return application

    async def _on_update(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        new_correlation_id()  # every log line of this update, including _on_error's, carries it
        incoming = incoming_from(update, self.application.bot.username)
        if incoming is None:
            return
        query = update.callback_query
        if query is not None:
            await self._answer(query)
        replies = await self.router.handle(incoming)
        if update.inline_query is not None:
            await self._answer_inline(update.inline_query, replies)
            return
        chat = update.effective_chat
        if chat is None:
            return
        reserved = await self._reserve(chat, update, incoming, replies)  # on record before any send
        vanishing: list[int] = []
        unsure = True  # whether a message whose id we do not know may have reached the chat
        try:
            await self._deliver(update, chat, replies, vanishing)
            unsure = False
        except TelegramError as exc:
            unsure = isinstance(exc, TimedOut)  # any other answer says it was not sent
            raise
        finally:  # what was sent before a failure vanishes all the same
            await self._vanish_later(chat, incoming, vanishing, reserved, unsure)

    async def _deliver(
        self, update: Update, chat: Any, replies: list[Outgoing], vanishing: list[int]
    ) -> None:
        """Turn the pressed button's message into the first reply if it can be, send the rest.

        Safe mode's message ids are gathered in `vanishing` as they go out. When a send fails
        after part of the answer went out, or times out (it may have arrived), the update is
        marked `reached`: sending it all again would double what the person has.
        """
        query = update.callback_query
        sent_any = False
        try:
            edited = query is not None and bool(replies) and await self._replace(query.message, replies[0])
            if edited and replies[0].vanish and query is not None and isinstance(query.message, Message):
                vanishing.append(query.message.message_id)
            sent_any = edited
            for outgoing in replies[1 if edited else 0 :]:
                sent = await self._send(chat.id, outgoing)
                sent_any = True
                if outgoing.vanish:
                    vanishing.extend(sent)
        except TelegramError as exc:
            if sent_any or isinstance(exc, TimedOut):
                self.reached.add(update.update_id)
            raise

    async def _reserve(
        self, chat: Any, update: Update, incoming: Incoming, replies: list[Outgoing]
    ) -> int | None:
        """Safe mode: before sending, record that this chat's messages from the update's own on go."""
        if chat.type != chat.PRIVATE or not any(outgoing.vanish for outgoing in replies):
            return None
        query = update.callback_query
        anchor = incoming.message_id
        if anchor is None and query is not None and query.message is not None:
            anchor = query.message.message_id  # the message the button was on
        if anchor is None:
            return None
        ctx = self.router.ctx
        return await ctx.deletions.reserve(PLATFORM, str(chat.id), anchor, ctx.now())

    async def _vanish_later(
        self, chat: Any, incoming: Incoming, message_ids: list[int], reserved: int | None, unsure: bool
    ) -> None:
        """Safe mode: store the replies' ids, and the person's own command, for deletion later.

        The reservation stays when a send timed out (it may have arrived, its id unknown), and
        when this write fails: it deletes from the anchor on, instead. Nothing is raised then,
        so the webhook does not have the update redelivered and sent again.
        """
        if chat.type != chat.PRIVATE or (not message_ids and reserved is None):
            return
        if message_ids and incoming.message_id is not None:
            message_ids = [incoming.message_id, *message_ids]
        ctx = self.router.ctx
        try:
            await ctx.deletions.fill(
                None if unsure else reserved, PLATFORM, str(chat.id), message_ids, ctx.now()
            )
        except Exception as exc:
            if reserved is None:
                raise
            log.warning("safe-mode deletions not stored, the reservation stands: %s", type(exc).__name__)

    async def delete_due(self) -> int:
        """Delete the safe-mode messages whose time has come; return how many chats were cleaned."""
        ctx = self.router.ctx
        cleaned = 0
        taken, given_up = await ctx.deletions.take_due(PLATFORM, ctx.now())  # unopened ones are given up
        for index, due in enumerate(taken):
            try:
                for start in range(0, len(due.message_ids), DELETE_AT_ONCE):
                    chunk = due.message_ids[start : start + DELETE_AT_ONCE]
                    await self.application.bot.delete_messages(int(due.address), chunk)
                outcome = Outcome.DELETED
            except RetryAfter as exc:  # flood control: hand everything back untouched, go on later
                metrics.RATE_LIMITED.inc()
                log.warning("safe-mode deletions: flood control, again in %.0f s", _retry_seconds(exc))
                for left in taken[index:]:
                    await ctx.deletions.settle(left, Outcome.UNTRIED)
                break
            except (BadRequest, Forbidden) as exc:  # too old (past 48 h), or the bot is blocked
                log.info("safe-mode messages could not be deleted: %s", type(exc).__name__)
                outcome = Outcome.REFUSED
            except TelegramError as exc:
                log.warning("safe-mode deletion failed, will retry: %s", type(exc).__name__)
                outcome = Outcome.RETRY
            given_up += await ctx.deletions.settle(due, outcome)
            cleaned += outcome is Outcome.DELETED
        if given_up:  # a count, never whose
            metrics.SAFE_MODE_DELETIONS_FAILED.inc(given_up)
            log.warning("safe mode: %d messages could not be deleted and stay in their chats", given_up)
        return cleaned

    async def _answer_inline(self, query: InlineQuery, replies: list[Outgoing]) -> None:
        """One result: the share card, titled with its first line, ready to send into any chat."""
        if not replies:
            return
        text = replies[0].text
        result = InlineQueryResultArticle(
            id="share",
            title=text.split("\n", 1)[0][:100],
            description=text.split("\n", 1)[-1][:200],
            input_message_content=InputTextMessageContent(
                text, link_preview_options=LinkPreviewOptions(True)
            ),
        )
        await query.answer([result], cache_time=INLINE_CACHE_SECONDS, is_personal=True)

    async def _answer(self, query: CallbackQuery) -> None:
        """Stop the button's spinner; a query too old to answer still gets handled."""
        try:
            await query.answer()
        except TelegramError as exc:
            log.info("could not answer a button press: %s", type(exc).__name__)

    async def _replace(self, message: Any, outgoing: Outgoing) -> bool:
        """Turn the message a button was on into the first reply; False if it cannot be edited."""
        too_long = len(outgoing.text) > MessageLimit.MAX_TEXT_LENGTH
        if not isinstance(message, Message) or too_long or outgoing.attachment or outgoing.post:
            return False
        try:
            await message.edit_text(outgoing.text, reply_markup=markup(outgoing))
        except BadRequest:
            return False
        return True

    async def _send(self, chat_id: int | str, outgoing: Outgoing) -> list[int]:
        """Send one reply (a file, then text in parts if long); return the messages' ids."""
        try:
            sent = await self._send_parts(chat_id, outgoing)
        except RetryAfter:
            metrics.RATE_LIMITED.inc()
            raise
        metrics.REPLIES_SENT.inc()
        return sent

    async def _send_parts(self, chat_id: int | str, outgoing: Outgoing) -> list[int]:
        sent: list[Message] = []
        if outgoing.post is not None:  # a post's preview, exactly as a channel gets it
            sent = await self._send_post(chat_id, outgoing.post)
            if outgoing.post.photos and len(outgoing.post.photos) > 1 and outgoing.post.buttons:
                sent.append(await self._send_album_buttons(chat_id, outgoing.post, sent[0]))
            return [message.message_id for message in sent]
        if outgoing.attachment is not None:
            as_caption = len(outgoing.text) <= MessageLimit.CAPTION_LENGTH and not outgoing.buttons
            caption = outgoing.text if as_caption else None
            sent.append(await self._send_file(chat_id, outgoing.attachment, caption))
            if as_caption:
                return [message.message_id for message in sent]
        if outgoing.html:  # checked against Telegram's limits when the admin wrote it
            sent.append(
                await self.application.bot.send_message(
                    chat_id, outgoing.text, parse_mode=ParseMode.HTML, reply_markup=markup(outgoing)
                )
            )
            return [message.message_id for message in sent]
        parts = split_message(outgoing.text, MessageLimit.MAX_TEXT_LENGTH)
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            sent.append(
                await self.application.bot.send_message(
                    chat_id, part, reply_markup=markup(outgoing) if last else None
                )
            )
        return [message.message_id for message in sent]

    async def _send_file(self, chat_id: int | str, attachment: Attachment, caption: str | None) -> Message:
        file = InputFile(attachment.content, filename=attachment.filename)
        if attachment.kind != "photo":
            return await self.application.bot.send_document(chat_id, file, caption=caption)
        # A chart is uploaded once; then sent by the file_id Telegram gave it (no upload, no multipart).
        digest = hashlib.blake2b(attachment.content, digest_size=16).digest()
        known = self.photo_ids.get(digest)
        message = await self.application.bot.send_photo(chat_id, known or file, caption=caption)
        if known is None and message.photo:
            if len(self.photo_ids) >= PHOTO_IDS:
                self.photo_ids.pop(next(iter(self.photo_ids)))
            self.photo_ids[digest] = message.photo[-1].file_id
        return message

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        reached = update_id in self.reached  # part of the answer may be with the person
        self.reached.discard(update_id)
        metrics.ERRORS.labels(type(error).__name__).inc()
        if isinstance(error, Forbidden | BadRequest):
            # The person blocked the bot, or the request can never succeed: retrying will not help.
            log.warning("update %s: Telegram refused the reply (%s)", update_id, type(error).__name__)
            return
        log.error("update %s failed", update_id, exc_info=error)
        if self.settings.telegram.webhook_url and update_id is not None and not reached:
            self.failed_updates.add(update_id)  # nothing reached the person: 500, Telegram redelivers
            return
        if isinstance(update, Update):
            await self._apologise(update)

    async def _apologise(self, update: Update) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is None:
            return
        locale = resolve_locale(None, user.language_code if user else None, self.settings.core.default_locale)
        incoming = incoming_from(update)
        if incoming is not None:
            with contextlib.suppress(Exception):  # the database may be what failed
                locale = (await self.router.request_for(incoming)).locale
        text = self.router.catalog.format("error-generic", locale=locale)
        try:
            await self.application.bot.send_message(chat.id, text)
        except TelegramError:
            log.warning("could not send the apology for update %s", update.update_id)

    async def send_to_channel(
        self, chat: str, locale: str, key: str, values: Mapping[str, object]
    ) -> Delivery:
        """Post one catalog message to a channel in its language; say what became of it."""
        text = self.router.catalog.format(key, {"bot": f"@{self.application.bot.username}", **values}, locale)
        return (await self.publish(chat, plain_to_html(text))).outcome

    async def notify_admins(
        self, key: str, values: Mapping[str, object], buttons: tuple[tuple[Button, ...], ...] = ()
    ) -> None:
        """Tell every ADMIN_IDS person, each in the language they chose with the bot."""
        await self.notify(None, key, values, (), buttons)

    async def _admins(self, admin_ref: str | None) -> list[tuple[int, str]]:
        """(chat, language) of the admin with this keyed hash; of every admin if None or no longer one."""
        admins = self.settings.core.admin_ids
        chosen = [a for a in admins if self.router.hasher.user_ref(PLATFORM, a) == admin_ref]
        return [
            (admin, (await self.router.request_for(Incoming(PLATFORM, admin, None))).locale)
            for admin in chosen or admins
        ]

    async def notify(
        self,
        admin_ref: str | None,
        key: str,
        values: Mapping[str, object],
        lines: Lines,
        buttons: tuple[tuple[Button, ...], ...] = (),
    ) -> None:
        """Tell one admin (by keyed hash; everyone if they are no longer an admin), or all of them."""
        for admin, locale in await self._admins(admin_ref):
            reply = Reply(key, values, lines=tuple(lines), buttons=buttons)
            try:
                await self._send(admin, self.router.render(reply, locale))
            except TelegramError as exc:
                log.warning("could not tell an admin (%s): %s", key, type(exc).__name__)

    async def _send_post(
        self, chat: int | str, content: PostContent, extra: dict[str, Any] | None = None
    ) -> list[Message]:
        """A text, a photo or an album, by file_id (never uploaded again), with its buttons if it can.

        One Bot API call each: the dispatcher's `sending` stamp covers it whole. An album's
        buttons are a second call (`_send_album_buttons`).
        """
        bot = self.application.bot
        keyboard = link_markup(content.buttons)
        caption = content.body if content.has_text else None
        if not content.photos:
            message = await bot.send_message(
                chat, content.body, parse_mode=ParseMode.HTML, reply_markup=keyboard, api_kwargs=extra
            )
            return [message]
        if len(content.photos) == 1:
            message = await bot.send_photo(
                chat,
                content.photos[0].file_id,
                caption=caption,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard,
                api_kwargs=extra,
            )
            return [message]
        items = [
            InputMediaPhoto(photo.file_id, caption=caption if index == 0 else None, parse_mode=ParseMode.HTML)
            for index, photo in enumerate(content.photos)
        ]
        return list(await bot.send_media_group(chat, items, api_kwargs=extra))

    async def _send_album_buttons(self, chat: int | str, content: PostContent, first: Message) -> Message:
        """Telegram puts no keyboard on an album: its buttons come right after, replying to it."""
        return await self.application.bot.send_message(
            chat,
            ALBUM_BUTTONS_TEXT,
            reply_markup=link_markup(content.buttons),
            reply_to_message_id=first.message_id,
        )

    async def download(self, file_id: str) -> bytes:
        """A photo's bytes, from Telegram (getFile, then the file's URL), for an upload elsewhere."""
        file = await self.application.bot.get_file(file_id)
        return bytes(await file.download_as_bytearray())

    async def publish(self, chat: str, body: str | PostContent, _key: str = "") -> Published:
        """Post Telegram HTML (with photos and buttons) to a channel; say what became of it, with the id.

        sendMessage takes no idempotency key: the dispatcher's `sending` stamp is the guard.
        """
        content = as_content(body)
        try:
            message = (await self._send_post(chat, content))[0]
        except RetryAfter as exc:
            return Published(
                Delivery.FAILED, reason=f"flood control, retry after {_retry_seconds(exc):.0f} s"
            )
        except (Forbidden, BadRequest) as exc:
            log.error("a channel refuses posts (%s): check TELEGRAM_CHANNELS", type(exc).__name__)
            return Published(Delivery.REFUSED, reason=exc.message[:150])
        except TimedOut:
            return Published(Delivery.UNKNOWN, reason="timed out")
        except TelegramError as exc:
            return Published(Delivery.FAILED, reason=f"{type(exc).__name__}: {exc.message[:120]}")
        if len(content.photos) > 1 and content.buttons:
            try:  # the album is out: whatever happens to its buttons, it is sent (never again)
                await self._send_album_buttons(chat, content, message)
            except TelegramError as exc:
                log.warning("an album's buttons were not sent: %s", type(exc).__name__)
                return Published(Delivery.SENT, message.message_id, f"buttons not sent: {exc.message[:100]}")
        return Published(Delivery.SENT, message.message_id)

    async def send_direct(self, address: str, body: str | PostContent, paid: bool) -> Sent:
        """One broadcast message (a photo by file_id, maybe) to one subscriber; the broadcaster paces."""
        extra = {"allow_paid_broadcast": True} if paid else None
        try:
            message = (await self._send_post(int(address), as_content(body), extra))[0]
        except RetryAfter as exc:
            metrics.RATE_LIMITED.inc()
            return Sent(BroadcastOutcome.RETRY_AFTER, retry_after=_retry_seconds(exc))
        except Forbidden as exc:
            return Sent(BroadcastOutcome.GONE, reason=exc.message[:100])
        except BadRequest as exc:
            gone = "chat not found" in exc.message.lower() or "deactivated" in exc.message.lower()
            outcome = BroadcastOutcome.GONE if gone else BroadcastOutcome.REJECTED  # a 400 never passes
            return Sent(outcome, reason=exc.message[:100])
        except TimedOut:
            return Sent(BroadcastOutcome.UNKNOWN, reason="timed out")
        except TelegramError as exc:
            return Sent(BroadcastOutcome.FAILED, reason=f"{type(exc).__name__}: {exc.message[:80]}")
        return Sent(BroadcastOutcome.SENT, message_id=message.message_id)

    async def show_progress(
        self, admin_ref: str | None, broadcast_id: int, key: str, values: Mapping[str, object], final: bool
    ) -> None:
        """One status message per admin and broadcast, edited in place as the broadcast goes on."""
        for admin, locale in await self._admins(admin_ref):
            text = self.router.catalog.format(key, values, locale)
            shown = self.progress_messages.get((broadcast_id, admin))
            try:
                if shown is None:
                    message = await self.application.bot.send_message(admin, text)
                    self.progress_messages[(broadcast_id, admin)] = message.message_id
                else:
                    await self.application.bot.edit_message_text(text, admin, shown)
            except TelegramError as exc:
                log.warning("could not show broadcast progress to an admin: %s", type(exc).__name__)
            if final:
                self.progress_messages.pop((broadcast_id, admin), None)

    async def publish_commands(self, names: list[str]) -> None:
        """The command menu in every language (Telegram shows the one matching the app)."""
        catalog, default = self.router.catalog, self.settings.core.default_locale
        bot = self.application.bot
        try:
            for code in (None, *LOCALES):
                commands = [
                    BotCommand(name, catalog.format(f"command-{name}", locale=code or default))
                    for name in names
                ]
                await bot.set_my_commands(commands, language_code=code)
        except TelegramError as exc:
            log.warning("could not publish the command menu: %s", exc)

    async def publish_desk_button(self, url: str) -> None:
        """The admins' menu button opens the desk (each admin's chat; everyone else keeps the commands)."""
        label = self.router.catalog.format("desk-open-button", locale=self.settings.core.default_locale)
        button = MenuButtonWebApp(label, WebAppInfo(url))
        for admin in self.settings.core.admin_ids:
            try:
                await self.application.bot.set_chat_menu_button(chat_id=admin, menu_button=button)
            except TelegramError as exc:  # an admin who never opened the bot's chat: /desk still works
                log.warning("could not set an admin's desk menu button: %s", type(exc).__name__)

    def _on_polling_error(self, error: TelegramError) -> None:
        """One line per failed poll (PTB would log a full traceback each time); it retries itself."""
        token = self.settings.telegram.token
        message = str(error).replace(token.get_secret_value(), "<token>") if token else str(error)
        log.warning("polling failed, retrying: %s: %s", type(error).__name__, message)

    async def start(self) -> None:
        """Connect, then poll or register the webhook."""
        await self.application.initialize()
        tg = self.settings.telegram
        if tg.webhook_url:
            secret = tg.webhook_secret.get_secret_value() if tg.webhook_secret else None
            await self.application.bot.set_webhook(
                tg.webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
            )
        else:
            assert self.application.updater is not None  # noqa: S101 - built with an updater
            await self.application.updater.start_polling(
                allowed_updates=ALLOWED_UPDATES, error_callback=self._on_polling_error
            )
        await self.application.start()
        self.ready = True

    async def stop_updates(self) -> None:
        """Take no new updates: polling stops; the webhook answers 503, so Telegram delivers again later."""
        self.ready = False
        if self.application.updater is not None and self.application.updater.running:
            await self.application.updater.stop()

    async def stop(self) -> None:
        """Stop polling and the application; the webhook stays registered for the next start."""
        await self.stop_updates()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()
        if self.handled is not None:
            try:
                await self.handled.close()
            except Exception as exc:  # only a redelivery of the last updates would run again
                log.warning("could not record the last handled updates: %s", type(exc).__name__)

    def webhook_path(self) -> str:
        """The path part of TELEGRAM_WEBHOOK_URL, where our web app takes updates."""
        return urlsplit(self.settings.telegram.webhook_url or "").path or "/"

    async def webhook(self, request: web.Request) -> web.Response:
        """POST from Telegram: check the secret, handle the update, then acknowledge."""
        secret = self.settings.telegram.webhook_secret
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
        if secret is None or not hmac.compare_digest(given, secret.get_secret_value().encode()):
            return web.Response(status=403)
        if not self.ready:
            return web.Response(status=503)  # still starting: Telegram delivers it again shortly
        update = await self._read_update(request)
        if update is None:
            return web.Response(status=400)
        if update.update_id in self.in_flight:
            return web.Response(status=200)  # a redelivery of what this instance is handling now
        self.in_flight.add(update.update_id)
        try:
            if await self._seen(update.update_id):
                return web.Response(status=200)  # a redelivery of what is handled already
            await self.application.process_update(update)
        finally:
            self.in_flight.discard(update.update_id)
        if update.update_id in self.failed_updates:
            self.failed_updates.discard(update.update_id)
            return web.Response(status=500)
        if self.handled is not None:
            self.handled.remember(update.update_id)  # written a moment later, with the others
        return web.Response(status=200)

    async def _seen(self, update_id: int) -> bool:
        if self.handled is None:
            return False
        try:
            return await self.handled.seen(update_id)
        except Exception as exc:  # the database is down: handle it, as without the record
            log.warning(
                "update %s: could not check whether it was handled: %s", update_id, type(exc).__name__
            )
            return False

    async def _read_update(self, request: web.Request) -> Update | None:
        try:
            data = await request.json()
            if not isinstance(data, dict) or type(data.get("update_id")) is not int:  # JSON true is no id
                return None
            return Update.de_json(data, self.application.bot)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            return None


def _retry_seconds(error: RetryAfter) -> float:
    """How long Telegram asks us to wait (a timedelta, with PTB_TIMEDELTA; seconds otherwise)."""
    value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
