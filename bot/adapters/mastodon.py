"""Mastodon front-end: the campaign account posts what the channels get and answers mentions.

mastodon-py is synchronous (requests): every call runs in a worker thread, one at a time, with a
timeout, paced by the instance's rate-limit headers, so Telegram never waits on a slow instance.
Double posts are guarded twice: an `Idempotency-Key` on every status (Mastodon remembers it for
about an hour) and the `mastodon_statuses` table (for good). A mention is claimed in
`mastodon_replies` before it is answered, so two instances never both answer it; a reply lost by
a crash is better than two.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import re
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)
from sqlalchemy import delete, or_, select

from bot.adapters.mastodon_scopes import check_scopes
from bot.adapters.mastodon_words import Ask, after_own_mention, read_ask
from bot.core import Incoming, Outgoing, Reply
from bot.router import Router, parse_command
from bot.services.delivery import Delivery, Published
from bot.services.post_content import Photo, PostContent, as_content, status_links
from bot.services.post_input import html_to_plain
from bot.services.threading_text import URL_LENGTH, split_for_thread
from bot.settings import LOCALES, Settings
from bot.storage.models import MastodonCursor, MastodonMedia, MastodonReply, MastodonStatus, utcnow
from bot.storage.repos import upsert
from bot.storage.session import Database

log = logging.getLogger(__name__)
PLATFORM = "mastodon"
TARGET_PREFIX = "mastodon:"
USER_AGENT = "FreeThemAll campaign bot (Mastodon.py)"
DEFAULT_MAX_CHARACTERS = 500
REQUEST_TIMEOUT = 20.0
RETRY_DELAYS = (2.0, 8.0)  # after a 5xx, a timeout or a network error: then FAILED, retried later
RATE_LIMIT_TRIES, MAX_RATE_WAIT, RATE_WAIT_UNKNOWN = 3, 60.0, 5.0
LOW_REMAINING = 2  # this close to the rate limit, wait for its reset before the next call
PAGE_SIZE, MAX_PAGES = 40, 5
MENTION_MAX_AGE = timedelta(days=1)  # older mentions (a first start, a long outage) get no answer
MENTIONS_PER_ACCOUNT, MENTION_WINDOW_SECONDS = 5, 600.0
ANCHOR = re.compile(r"<a\s+href=\"([^\"]+)\"[^>]*>(.*?)</a>", re.DOTALL | re.IGNORECASE)
TRANSIENT = (MastodonNetworkError, MastodonServerError, MastodonRatelimitError)
# Words answered by the router as commands, and those that press a button directly.
COMMANDS = {"stats", "unpledge", "help", "about", "start", "share", "lang", "forget", "letters", "howtowrite"}
CALLBACKS = {"pledge": "pledge:anonymous"}
FORGET_KEY = "forget-"
FORGET_WINDOW = timedelta(minutes=30)
MAX_MEDIA = 4  # attachments per status, unless the instance says otherwise
MEDIA_POLL = (0.5, 60.0)  # the first wait for a processed upload (doubling, at most 8 s), and the total
PHOTO_TYPE = "image/jpeg"  # what Telegram makes of every photo
# (Telegram file_id) -> the photo's bytes; the Telegram front-end's `download`.
Download = Callable[[str], Awaitable[bytes]]


@dataclasses.dataclass(frozen=True)
class Destructive:
    """A word that erases, asked first as Telegram asks with two buttons.

    The question is posted under `key` + the mention's id; a `yes` (the `confirm` word) presses
    `callback` only in reply to that question, from the very account it asked, in a private
    mention, within FORGET_WINDOW. Anything else confirms nothing.
    """

    key: str
    question: str
    callback: str


# `unpledge` withdraws at once on Telegram too (a new pledge undoes it): it asks nothing here either.
DESTRUCTIVE = {"forget": Destructive(FORGET_KEY, "mastodon-forget-confirm", "forget:yes")}


class _ReplyFailedError(Exception):
    """A reply could not be posted after its retries: stop this poll, the next one goes on."""


class PerAccountLimit:
    """At most `count` answers per account per `window` seconds, counted in this process only.

    Kept in memory: a restart or a second instance starts its own count, which is acceptable
    for a guard against one account flooding the bot with mentions.
    """

    def __init__(self, count: int = MENTIONS_PER_ACCOUNT, window: float = MENTION_WINDOW_SECONDS) -> None:
        self.count, self.window = count, window
        self.seen: dict[str, deque[float]] = {}

    def allow(self, user_ref: str) -> bool:
        """True, and counted, if the account may get one more answer now."""
        now = time.monotonic()
        if len(self.seen) > 10_000:
            self.seen = {ref: ts for ref, ts in self.seen.items() if ts and now - ts[-1] < self.window}
        times = self.seen.setdefault(user_ref, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) >= self.count:
            return False
        times.append(now)
        return True


class MastodonFrontend:
    """The campaign's Mastodon account: `publish` for the dispatcher, `poll_mentions_once` for mentions.

    Mentions are read by `MentionStream` (bot/adapters/mastodon_stream.py): when the stream
    announces one, and on the clock's polls.
    """

    def __init__(
        self,
        settings: Settings,
        router: Router,
        db: Database,
        *,
        request_timeout: float = REQUEST_TIMEOUT,
        retry_delays: tuple[float, ...] = RETRY_DELAYS,
        max_rate_wait: float = MAX_RATE_WAIT,
        media_poll: tuple[float, float] = MEDIA_POLL,
    ) -> None:
        masto = settings.mastodon
        if masto.api_base_url is None or masto.access_token is None:
            raise ValueError("MASTODON_API_BASE_URL and MASTODON_ACCESS_TOKEN are both needed")
        self.settings, self.router, self.db = settings, router, db
        self.client = Mastodon(
            api_base_url=masto.api_base_url,
            access_token=masto.access_token.get_secret_value(),
            ratelimit_method="throw",
            request_timeout=request_timeout,
            version_check_mode="none",
            user_agent=USER_AGENT,
        )
        self.retry_delays, self.max_rate_wait = retry_delays, max_rate_wait
        self.media_poll = media_poll
        self.download: Download | None = None  # set by the wiring when Telegram runs beside
        self.max_media, self.image_size_limit = MAX_MEDIA, 0  # 0: the instance did not say
        self.max_characters, self.url_length = DEFAULT_MAX_CHARACTERS, URL_LENGTH
        self.domain = urlsplit(masto.api_base_url).hostname or ""
        self.acct: str | None = None  # the account's full acct, once `start` has read it
        self.addresses: set[str] = set()  # the account's profile addresses, as mentions link to it
        self.limit = PerAccountLimit()
        self.read_complete = False  # the last read of mentions got through to the newest one
        self.stop_grace = 2 * request_timeout
        self._lock = asyncio.Lock()
        self._stopping = False
        self._active = 0
        self._idle = asyncio.Event()
        self._idle.set()
        from bot.adapters.mastodon_admins import MastodonAdmins  # here: that module builds on this class

        self.admins = MastodonAdmins(self)  # admins by direct mention; notices; milestones

    # -- the connection -------------------------------------------------------------------------
    async def start(self) -> None:
        """Read the instance's limits and the account; if the instance is down, try again on first use.

        A refused token (401) raises: that is a setting to fix, not a passing failure.
        """
        try:
            await self._discover()
        except TRANSIENT as exc:
            log.warning("Mastodon instance unreachable at start, will retry: %s", type(exc).__name__)

    def request_stop(self) -> None:
        """Take no new work; a poll stops after the mention it is answering (for `Clock.on_stop`)."""
        self._stopping = True

    async def stop(self) -> None:
        """Let a running poll or post finish (for a while), then close the HTTP connections."""
        self.request_stop()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), self.stop_grace)
        self.client.session.close()

    @contextlib.asynccontextmanager
    async def _busy(self) -> AsyncIterator[None]:
        """Mark a poll or a post as running, so that `stop` waits for it."""
        self._active += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._active -= 1
            if not self._active:
                self._idle.set()

    async def _ready(self) -> bool:
        if self.acct is not None:
            return True
        try:
            await self._discover()
        except TRANSIENT as exc:
            log.warning("Mastodon instance still unreachable: %s", type(exc).__name__)
            return False
        except MastodonAPIError as exc:
            log.error("Mastodon refuses the account (%s): check MASTODON_ACCESS_TOKEN", _reason(exc))
            return False
        return True

    async def _discover(self) -> None:
        try:
            info = await self._call(self.client.instance_v2)
        except MastodonNotFoundError:  # before Mastodon 4.0
            info = await self._call(self.client.instance_v1)
        statuses = (info.get("configuration") or {}).get("statuses") or {}
        self.max_characters = int(
            statuses.get("max_characters") or info.get("max_toot_chars") or DEFAULT_MAX_CHARACTERS
        )
        self.url_length = int(statuses.get("characters_reserved_per_url") or URL_LENGTH)
        self.max_media = int(statuses.get("max_media_attachments") or MAX_MEDIA)
        media = (info.get("configuration") or {}).get("media_attachments") or {}
        self.image_size_limit = int(media.get("image_size_limit") or 0)
        self.domain = str(info.get("domain") or info.get("uri") or self.domain)
        account = await self._call(self.client.account_verify_credentials)
        self.acct = full_acct(str(account["acct"]), self.domain)
        await check_scopes(self._call, self.client)
        self.admins.learn_domain(self.domain)
        username = str(account.get("username") or self.acct.partition("@")[0])
        self.addresses = {
            str(account.get("url") or ""),
            str(account.get("uri") or ""),
            f"https://{self.domain}/@{username}",
            f"https://{self.domain}/users/{username}",
        } - {""}
        await self._accept_private_mentions()
        log.info("Mastodon account ready: statuses up to %d characters", self.max_characters)

    async def _accept_private_mentions(self) -> None:
        """Let private mentions from anyone through the notification policy.

        Mastodon 4.3+ filters private mentions from accounts we do not follow (everyone, here):
        they would never be listed, and pledging by private mention would silently fail.
        """
        try:
            await self._call(self.client.update_notifications_policy, for_private_mentions="accept")
        except MastodonNotFoundError:
            log.info("this Mastodon instance has no notification policy (before 4.3): nothing to change")
        except MastodonAPIError as exc:
            log.warning("could not let private mentions through the notification policy: %s", _reason(exc))

    async def _call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One mastodon-py call in a worker thread, one at a time, paced by the rate-limit headers."""
        async with self._lock:
            for attempt in range(1, RATE_LIMIT_TRIES + 1):
                await self._pace()
                try:
                    return await asyncio.to_thread(method, *args, **kwargs)
                except MastodonRatelimitError:
                    wait = self._until_reset(RATE_WAIT_UNKNOWN)
                    if attempt == RATE_LIMIT_TRIES or wait > self.max_rate_wait:
                        raise
                    log.warning("Mastodon rate limit reached: waiting %.1f s", wait)
                    await asyncio.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _pace(self) -> None:
        remaining = getattr(self.client, "ratelimit_remaining", None)
        wait = self._until_reset(0.0)
        if isinstance(remaining, int) and remaining <= LOW_REMAINING and wait > 0:
            wait = min(wait, self.max_rate_wait)
            log.info("Mastodon rate limit nearly used: waiting %.1f s for its reset", wait)
            await asyncio.sleep(wait)

    def _until_reset(self, unknown: float) -> float:
        """Seconds until the rate-limit window resets, as the last answer said; `unknown` if it did not."""
        reset = getattr(self.client, "ratelimit_reset", None)
        if not isinstance(reset, int | float):
            return unknown
        return max(0.0, float(reset) - time.time())

    # -- posting ------------------------------------------------------------------------------------
    async def publish(self, target: str, body: str | PostContent, key: str) -> Published:
        """Post Telegram HTML to the account as a status, or a thread if long; `target` is mastodon:<locale>.

        Photos are uploaded with their descriptions, and no part is posted before every photo
        is processed: a photo that fails or is still processing after a while leaves nothing
        posted (FAILED, retried, then reported). Buttons become links at the end. Parts already
        posted under `key` (a retry, a restart) are not posted again.
        """
        content = as_content(body)
        locale = target.removeprefix(TARGET_PREFIX)
        if not target.startswith(TARGET_PREFIX) or locale not in LOCALES:
            return Published(Delivery.REFUSED, reason=f"not a Mastodon target: {target[:40]}")
        if self._stopping or not await self._ready():
            return Published(Delivery.FAILED, reason="Mastodon instance unreachable")
        text = status_text(content.body)
        if content.buttons:
            text = f"{text}\n\n{status_links(content.buttons)}".strip()
        parts = split_for_thread(text, self.max_characters, self.url_length)
        if not parts and not content.photos:
            return Published(Delivery.REFUSED, reason="empty text")
        async with self._busy():
            media = await self._media_for(key, content.photos)
            if isinstance(media, Published):
                return media
            parts += [""] * (len(media) - len(parts))  # more photos than parts: photo-only replies
            visibility = self.settings.mastodon.visibility
            return await self._post_thread(key, parts, None, visibility, locale, media)

    async def _media_for(self, key: str, photos: Sequence[Photo]) -> list[list[str]] | Published:
        """The media ids for each part not yet posted, uploaded and processed; or why not."""
        if not photos:
            return []
        if any(not photo.alt for photo in photos):
            return Published(Delivery.REFUSED, reason="a photo has no description")
        if self.download is None:
            return Published(Delivery.REFUSED, reason="photos need the Telegram front-end to fetch them")
        media: list[list[str]] = []
        for number, start in enumerate(range(0, len(photos), self.max_media), start=1):
            if await self._posted_part(key, number) is not None:
                media.append([])  # that part is out already, with its photos
                continue
            ids = []
            for position in range(start, min(start + self.max_media, len(photos))):
                uploaded = await self._uploaded(key, position, photos[position])
                if isinstance(uploaded, Published):
                    log.warning("a photo for Mastodon: %s", uploaded.reason)
                    return uploaded
                ids.append(uploaded)
            media.append(ids)
        return media

    async def _uploaded(self, key: str, position: int, photo: Photo) -> str | Published:
        """The photo's processed media id: an earlier attempt's upload if there is one, else a new one."""
        async with self.db.transaction() as session:
            earlier = await session.scalar(
                select(MastodonMedia.media_id).where(
                    MastodonMedia.delivery_key == key, MastodonMedia.position == position
                )
            )
        if earlier is not None:
            try:
                return await self._processed({"id": earlier, "url": None})
            except MastodonNotFoundError:  # gone (an unattached upload is removed after a day)
                log.info("an earlier upload is gone: uploading the photo again")
        uploaded = await self._upload(photo)
        if isinstance(uploaded, Published):
            return uploaded
        media_id, attachment = uploaded
        async with self.db.transaction() as session:
            statement = upsert(session, MastodonMedia).values(
                delivery_key=key, position=position, media_id=media_id, uploaded_at=utcnow()
            )
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[MastodonMedia.delivery_key, MastodonMedia.position],
                    set_={"media_id": media_id, "uploaded_at": utcnow()},
                )
            )
        try:
            return await self._processed(attachment)
        except MastodonNotFoundError:
            return Published(Delivery.FAILED, reason="the photo's upload vanished while processing")

    async def _upload(self, photo: Photo) -> tuple[str, Mapping[str, Any]] | Published:
        """One photo: its bytes from Telegram, uploaded with its description (not yet processed, maybe)."""
        assert self.download is not None  # noqa: S101 - checked by the caller
        try:
            data = await self.download(photo.file_id)
        except Exception as exc:  # Telegram's answer, whatever it is: nothing posted, try later
            return Published(Delivery.FAILED, reason=f"could not fetch the photo: {type(exc).__name__}")
        if self.image_size_limit and len(data) > self.image_size_limit:
            limit = self.image_size_limit // (1024 * 1024)
            return Published(Delivery.REFUSED, reason=f"photo larger than the instance's {limit} MB")
        try:
            attachment = await self._call(
                self.client.media_post, data, PHOTO_TYPE, description=photo.alt, file_name="photo.jpg"
            )
        except (MastodonNetworkError, MastodonServerError, MastodonRatelimitError) as exc:
            return Published(Delivery.FAILED, reason=f"photo upload: {_reason(exc)}")
        except MastodonAPIError as exc:
            return Published(Delivery.REFUSED, reason=f"photo upload refused: {_reason(exc)}")
        return str(attachment["id"]), attachment

    async def _processed(self, attachment: Mapping[str, Any]) -> str | Published:
        """Poll the upload (GET /api/v1/media/:id, 206 while processing) until it has a url."""
        wait, total = self.media_poll
        deadline = time.monotonic() + total
        while attachment.get("url") is None:
            if time.monotonic() + wait > deadline:
                return Published(Delivery.FAILED, reason=f"photo still processing after {total:.0f} s")
            await asyncio.sleep(wait)
            wait = min(wait * 2, 8.0)
            try:
                attachment = await self._call(self.client.media, attachment["id"])
            except (MastodonNetworkError, MastodonServerError, MastodonRatelimitError):
                continue  # asked again after the next wait
            except MastodonNotFoundError:
                raise
            except MastodonAPIError as exc:  # 422: the instance could not process it
                return Published(Delivery.REFUSED, reason=f"photo processing failed: {_reason(exc)}")
        return str(attachment["id"])

    async def _post_thread(
        self,
        key: str,
        parts: list[str],
        reply_to: str | None,
        visibility: str,
        language: str | None,
        media: Sequence[Sequence[str]] = (),
    ) -> Published:
        first: str | None = None
        for number, text in enumerate(parts, start=1):
            status_id = await self._posted_part(key, number)
            if status_id is None:
                ids = list(media[number - 1]) if number <= len(media) else []
                posted = await self._post_part(text, reply_to, visibility, language, f"{key}:{number}", ids)
                if isinstance(posted, Published):
                    return posted
                status_id = posted
                await self._record_part(key, number, status_id)
            first = first or status_id
            reply_to = status_id
        return Published(Delivery.SENT, int(first) if first and first.isdigit() else None)

    async def _post_part(
        self,
        text: str,
        reply_to: str | None,
        visibility: str,
        language: str | None,
        idempotency_key: str,
        media_ids: list[str] | None = None,
    ) -> str | Published:
        """The new status's id, or what became of the attempt: retried with backoff, then FAILED."""
        for delay in (*self.retry_delays, None):
            try:
                status = await self._call(
                    self.client.status_post,
                    text,
                    in_reply_to_id=reply_to,
                    visibility=visibility,
                    language=language,
                    idempotency_key=idempotency_key,
                    media_ids=media_ids or None,
                )
                return str(status["id"])
            except MastodonRatelimitError:
                return Published(Delivery.FAILED, reason="rate limited")
            except (MastodonNetworkError, MastodonServerError) as exc:
                if delay is None:
                    return Published(Delivery.FAILED, reason=_reason(exc))
                log.warning("posting a status failed (%s), retrying in %.0f s", type(exc).__name__, delay)
                await asyncio.sleep(delay)
            except MastodonAPIError as exc:  # 4xx: the text, the token or the thread is refused
                return Published(Delivery.REFUSED, reason=_reason(exc))
        raise AssertionError("unreachable")  # pragma: no cover

    async def _posted_part(self, key: str, part: int) -> str | None:
        async with self.db.transaction() as session:
            result = await session.execute(
                select(MastodonStatus.status_id).where(
                    MastodonStatus.delivery_key == key, MastodonStatus.part == part
                )
            )
            return result.scalar_one_or_none()

    async def _record_part(self, key: str, part: int, status_id: str) -> None:
        async with self.db.transaction() as session:
            statement = upsert(session, MastodonStatus).values(
                delivery_key=key, part=part, status_id=status_id, posted_at=utcnow()
            )
            await session.execute(statement.on_conflict_do_nothing())

    # -- mentions ---------------------------------------------------------------------------------
    async def poll_mentions_once(self) -> int:
        """Answer the mentions that came since the last poll, oldest first; return how many were answered.

        The stream's reader (bot/adapters/mastodon_stream.py) calls it too: it is the one way in.
        """
        self.read_complete = False
        if self._stopping or not await self._ready():
            return 0
        async with self._busy():
            return await self._read_mentions(self.acct or "")

    async def streaming_base(self) -> str | None:
        """Where the instance's streaming API is (`wss://…` read as `https://…`); None if unknown now."""
        try:
            try:
                info = await self._call(self.client.instance_v2)
                where = ((info.get("configuration") or {}).get("urls") or {}).get("streaming")
            except MastodonNotFoundError:  # before Mastodon 4.0
                info = await self._call(self.client.instance_v1)
                where = (info.get("urls") or {}).get("streaming_api")
        except MastodonError as exc:  # down, refused: ask again at the next connection
            log.info("could not ask where the Mastodon stream is: %s", type(exc).__name__)
            return None
        return _http_base(str(where or self.settings.mastodon.api_base_url or ""))

    async def _read_mentions(self, account: str) -> int:
        """Page from the cursor on, oldest first, moving the cursor after each notification."""
        cursor = await self._cursor(account)
        answered = 0
        try:
            for _ in range(MAX_PAGES):
                page = await self._call(
                    self.client.notifications, types=["mention"], min_id=cursor or "0", limit=PAGE_SIZE
                )
                for notification in sorted(page, key=lambda n: _id_order(n["id"])):
                    if self._stopping:
                        return answered
                    answered += await self._on_notification(notification)
                    cursor = str(notification["id"])
                    await self._save_cursor(account, cursor)
                if len(page) < PAGE_SIZE:
                    self.read_complete = True
                    break
        except (*TRANSIENT, MastodonAPIError, _ReplyFailedError) as exc:
            log.warning("reading Mastodon mentions stopped, will go on next time: %s", type(exc).__name__)
        return answered

    async def _on_notification(self, notification: Mapping[str, Any]) -> int:
        """1 if the mention got an answer, 0 if it was skipped."""
        account, status = notification.get("account"), notification.get("status")
        if notification.get("type") != "mention" or not account or not status:
            return 0
        acct = full_acct(str(account["acct"]), self.domain)
        if account.get("bot") or acct == self.acct or _too_old(notification.get("created_at")):
            return 0
        notification_id = str(notification["id"])
        try:
            current = await self._call(self.client.status, status["id"])
        except MastodonNotFoundError:
            log.info("mention %s skipped: its status is gone", notification_id)
            return 0
        except MastodonAPIError as exc:
            if isinstance(exc, MastodonServerError | MastodonUnauthorizedError):
                raise
            log.info("mention %s skipped: its status cannot be read (%s)", notification_id, _reason(exc))
            return 0
        if not self.limit.allow(self.router.hasher.user_ref(PLATFORM, acct)):
            log.info("mention %s skipped: its account reached the answer limit", notification_id)
            return 0
        if not await self._claim(notification_id):
            return 0  # answered already, by this instance before a restart or by another one
        try:
            text, language, key = await self._answer(acct, current)
            await self._reply(f"{key}{notification_id}", str(account["acct"]), current, text, language)
        except Exception:
            # Nothing certain went out: let the next poll answer it (parts already posted are
            # recorded under the mention's key and are not posted again).
            await self._release(notification_id)
            raise
        return 1

    async def _release(self, notification_id: str) -> None:
        async with self.db.transaction() as session:
            await session.execute(
                delete(MastodonReply).where(MastodonReply.notification_id == notification_id)
            )

    async def _answer(self, acct: str, status: Mapping[str, Any]) -> tuple[str, str, str]:
        """The reply's text, language and key prefix, from the router (or a Mastodon-only message)."""
        admin = await self.admins.answer(acct, status)
        if admin is not None:
            return admin
        ask = read_ask(
            after_own_mention(str(status.get("content") or ""), self.acct or "", self._own(status)) or ""
        )
        incoming = _incoming(acct, status, ask)
        locale = (await self.router.request_for(incoming)).locale
        if ask.action == "lang" and ask.arg in LOCALES:
            locale = ask.arg
        key, special, question = "mention-", self._special_reply(ask, incoming), None
        minutes = {"minutes": int(FORGET_WINDOW.total_seconds() // 60)}
        if special is None and ask.action in DESTRUCTIVE:
            asked = DESTRUCTIVE[ask.action]
            key, special = asked.key, Reply(asked.question, minutes)
        elif special is None and ask.action == "confirm":
            question = await self._open_question(acct, status)
            if question is None:
                special = Reply("mastodon-confirm-nothing", minutes)
            else:
                incoming = dataclasses.replace(incoming, callback_data=_confirmed(question).callback)
        if special is not None:
            outgoing = [self.router.render(special, locale)]
        else:
            outgoing = await self.router.handle(incoming)
        if question is not None:  # answered: a second "yes" to it confirms nothing
            async with self.db.transaction() as session:
                await session.execute(delete(MastodonStatus).where(MastodonStatus.delivery_key == question))
        return "\n\n".join(_plain(item) for item in outgoing), locale, key

    def _own(self, status: Mapping[str, Any]) -> set[str]:
        """The addresses a link to this account may have in the status: its own, and its `mentions` entry."""
        listed = {
            str(mention.get("url") or "")
            for mention in status.get("mentions") or ()
            if full_acct(str(mention.get("acct") or ""), self.domain) == self.acct
        }
        return self.addresses | listed

    async def _open_question(self, acct: str, status: Mapping[str, Any]) -> str | None:
        """The key of our open question (DESTRUCTIVE) to this very account that `status` replies to.

        Who was asked is read from the question itself on Mastodon (its mentions): nothing about
        the person is stored here.
        """
        question = str(status.get("in_reply_to_id") or "")
        since = utcnow() - FORGET_WINDOW
        async with self.db.transaction() as session:
            key = (
                (
                    await session.execute(
                        select(MastodonStatus.delivery_key).where(
                            MastodonStatus.status_id == question,
                            or_(
                                *(MastodonStatus.delivery_key.startswith(d.key) for d in DESTRUCTIVE.values())
                            ),
                            MastodonStatus.posted_at >= since,
                        )
                    )
                )
                .scalars()
                .first()
            )
        if key is None:
            return None
        try:
            asked = await self._call(self.client.status, question)
        except MastodonNotFoundError:
            return None
        mentioned = {full_acct(str(m.get("acct") or ""), self.domain) for m in asked.get("mentions") or ()}
        return key if mentioned == {acct} else None

    def _special_reply(self, ask: Ask, incoming: Incoming) -> Reply | None:
        """What the router cannot say here: unknown words, Telegram-only features, public personal asks."""
        if ask.action == "subscribe":
            return Reply("mastodon-subscribe-telegram-only")
        if ask.action == "unknown" or (ask.action == "lang" and ask.arg not in LOCALES):
            return Reply("mastodon-unknown-word", {"codes": ", ".join(LOCALES)})
        if not incoming.private and not self._group_safe(incoming):
            return Reply("mastodon-direct-only")
        return None

    def _group_safe(self, incoming: Incoming) -> bool:
        command, _ = parse_command(incoming.text)
        return incoming.callback_data is None and command in self.router.group_safe

    async def _reply(self, key: str, acct: str, status: Mapping[str, Any], text: str, language: str) -> None:
        """One status (or a thread) in reply to the mention, each part starting with @acct."""
        prefix = f"@{acct} "
        parts = [prefix + part for part in split_for_thread(text, self.max_characters - len(prefix))]
        visibility = _reply_visibility(str(status.get("visibility") or "public"))
        result = await self._post_thread(key, parts, str(status["id"]), visibility, language)
        if result.outcome is Delivery.FAILED:
            raise _ReplyFailedError(result.reason)
        if result.outcome is not Delivery.SENT:
            log.warning("reply %s refused: %s", key, result.reason)

    async def _claim(self, notification_id: str) -> bool:
        """Record the mention as answered; False if it already was (here or on another instance)."""
        async with self.db.transaction() as session:
            statement = upsert(session, MastodonReply).values(
                notification_id=notification_id, answered_at=utcnow()
            )
            claimed = statement.on_conflict_do_nothing().returning(MastodonReply.notification_id)
            return (await session.execute(claimed)).scalar_one_or_none() is not None

    async def _cursor(self, account: str) -> str | None:
        async with self.db.transaction() as session:
            result = await session.execute(
                select(MastodonCursor.since_id).where(MastodonCursor.account == account)
            )
            return result.scalar_one_or_none()

    async def _save_cursor(self, account: str, since_id: str) -> None:
        """Move the cursor forward (never back, should another instance have gone further)."""
        async with self.db.transaction() as session:
            current = await session.execute(
                select(MastodonCursor.since_id).where(MastodonCursor.account == account).with_for_update()
            )
            stored = current.scalar_one_or_none()
            if stored is not None and _id_order(stored) >= _id_order(since_id):
                return
            now = utcnow()
            statement = upsert(session, MastodonCursor).values(
                account=account, since_id=since_id, updated_at=now
            )
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[MastodonCursor.account], set_={"since_id": since_id, "updated_at": now}
                )
            )


def full_acct(acct: str, domain: str) -> str:
    """`anna@example.social` as it is; a local `anna` gets the instance's domain. Lower case."""
    return (acct if "@" in acct else f"{acct}@{domain}").lower()


def _incoming(acct: str, status: Mapping[str, Any], ask: Ask) -> Incoming:
    """The neutral form of a mention: a command, or a button pressed at once (no buttons here)."""
    language = status.get("language")
    private = status.get("visibility") == "direct"
    base = Incoming(PLATFORM, acct, str(language) if language else None, private=private)
    if ask.action in CALLBACKS:
        return dataclasses.replace(base, callback_data=CALLBACKS[ask.action])
    if ask.action not in COMMANDS:
        return base
    return dataclasses.replace(base, text=f"/{ask.action} {ask.arg}" if ask.arg else f"/{ask.action}")


def _confirmed(question: str) -> Destructive:
    """Which destructive word the question under key `question` asked about."""
    return next(d for d in DESTRUCTIVE.values() if question.startswith(d.key))


def status_text(body: str) -> str:
    """Telegram HTML as a status's plain text; a link keeps its address: `text (https://…)`."""
    return html_to_plain(ANCHOR.sub(_inline_link, body)).strip()


def _inline_link(match: re.Match[str]) -> str:
    address, label = match.group(1), match.group(2)
    shown = html_to_plain(label).strip()
    plain_address = html_to_plain(address)
    if not shown or shown in {plain_address, plain_address.split("://", 1)[-1]}:
        return address
    return f"{label} ({address})"


def _plain(outgoing: Outgoing) -> str:
    """Buttons and files have no place in a status: the text only, HTML made plain."""
    return html_to_plain(outgoing.text) if outgoing.html else outgoing.text


def _reply_visibility(mention: str) -> str:
    """A direct answer to a direct or followers-only mention; an unlisted one to a public mention.

    Followers-only would show the answer to the bot's followers, not the person's: anyone may
    follow a campaign account.
    """
    return "direct" if mention in {"direct", "private"} else "unlisted"


def _http_base(url: str) -> str:
    """`wss://streaming.example` as `https://streaming.example` (aiohttp reads SSE over HTTP)."""
    parts = urlsplit(url)
    scheme = {"wss": "https", "ws": "http"}.get(parts.scheme, parts.scheme)
    return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _too_old(created_at: Any) -> bool:
    if not isinstance(created_at, datetime) or created_at.tzinfo is None:
        return False
    return datetime.now(UTC) - created_at > MENTION_MAX_AGE


def _id_order(value: Any) -> tuple[int, str]:
    """Mastodon ids are numbers in strings: order by length, then text."""
    text = str(value)
    return len(text), text


def _reason(exc: Exception) -> str:
    """`422 Validation failed: …` from a mastodon-py error (status code, reason, message)."""
    parts = [str(arg) for arg in exc.args[1:] if arg] or [type(exc).__name__]
    return " ".join(parts)[:150]
