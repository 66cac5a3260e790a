"""Posts to the channels: admins' drafts and queue, and the daily solidarity post.

A draft lives in the database (a restart or another instance continues it); confirming
creates one delivery per channel in the same transaction, exactly from the texts the
admin previewed. Sending is the dispatcher's (scheduler/dispatch.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services import audit
from bot.services.post_content import (
    ALBUM_LIMIT,
    LinkButton,
    MediaRef,
    Photo,
    PostContent,
    check_caption,
)
from bot.services.post_input import Moment, Problem, plain_to_html
from bot.services.repeats import Repeat, check, occurrences
from bot.storage.models import Post, PostButton, PostDelivery, PostMedia, PostText
from bot.storage.repos import upsert
from bot.storage.session import Database

MASTODON_PREFIX = "mastodon:"  # a target on the campaign's Mastodon account: mastodon:<locale>
NOT_STARTED = ("pending", "claimed")  # a delivery that can still be cancelled or replaced
FINAL = ("sent", "refused", "unknown", "missed", "failed", "cancelled")
BUMP = Post.version + 1  # every change to a draft makes its earlier previews' Confirm stale
# (day, channel locales) -> the day's solidarity text in each, plain
RenderDaily = Callable[[date, list[str]], Awaitable[dict[str, str] | None]]
EVERY_LANGUAGE = "*"  # buttons for every language that has none of its own


@dataclass(frozen=True)
class DraftPhoto:
    """A photo of a draft or post: Telegram's file_id and its descriptions by language."""

    file_id: str
    size: int | None = None
    group_id: str | None = None
    captioned: bool = False
    alts: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Variant:
    """One channel's copy of a post: where it goes and the exact text it gets."""

    channel: str
    locale: str
    text_locale: str
    body: str
    photos: tuple[Photo, ...] = ()
    buttons: tuple[LinkButton, ...] = ()

    @property
    def content(self) -> PostContent:
        """What the channel gets: the text (a caption, with photos), photos and buttons."""
        return PostContent(self.body, self.photos, self.buttons)


@dataclass(frozen=True)
class Draft:
    """A post as the admins see it, with its texts by language."""

    id: int
    kind: str
    status: str
    due_at: datetime | None
    zone: str
    step: str | None
    fallback_locale: str | None
    replaces: int | None
    created_by: str | None
    version: int = 0
    texts: dict[str, str] = field(default_factory=dict)
    repeat: Repeat | None = None
    photos: tuple[DraftPhoto, ...] = ()
    buttons: dict[str, tuple[LinkButton, ...]] = field(default_factory=dict)

    def content(self, text_locale: str) -> PostContent:
        """The post in one language: its text, photos with that language's descriptions, buttons."""
        photos = tuple(Photo(p.file_id, p.alts.get(text_locale), p.size) for p in self.photos)
        buttons = self.buttons.get(text_locale, self.buttons.get(EVERY_LANGUAGE, ()))
        return PostContent(self.texts.get(text_locale, ""), photos, buttons)

    @property
    def public_id(self) -> int:
        """The number admins use: an edit keeps the number of the post it replaces."""
        return self.replaces or self.id


class PostService:
    """Drafts, the queue, and the daily post, for every target: Telegram channels, Mastodon languages.

    A target is (locale, address): `@channel` or `-100…` on Telegram, `mastodon:<locale>` for the
    campaign's Mastodon account in that language.
    """

    def __init__(self, db: Database, targets: Sequence[tuple[str, str]], default_zone: str) -> None:
        self.db = db
        self.targets = distinct_targets(targets)
        self.default_zone = default_zone

    # -- drafts -----------------------------------------------------------------------
    async def draft_of(self, admin_ref: str) -> Draft | None:
        """The admin's draft in progress, if any."""
        async with self.db.transaction() as session:
            post = await session.scalar(
                select(Post)
                .where(Post.created_by == admin_ref, Post.status == "draft")
                .order_by(Post.id.desc())
                .limit(1)
            )
            return await _draft(session, post) if post else None

    def occurrences(self, draft: Draft) -> list[datetime]:
        """When the draft's post goes out: once, or each time it repeats (none without a time)."""
        return occurrences(draft.due_at, draft.zone, draft.repeat) if draft.due_at else []

    async def start_draft(self, admin_ref: str, replaces: Draft | None = None) -> Draft:
        """A new draft (any earlier one of this admin is dropped); an edit starts from the post."""
        async with self.db.transaction() as session:
            await session.execute(delete(Post).where(Post.created_by == admin_ref, Post.status == "draft"))
            due_at, repeat = await _rest_of(session, replaces) if replaces else (None, None)
            post = Post(
                kind="queued",
                status="draft",
                zone=replaces.zone if replaces else await self._zone_of(session, admin_ref),
                step="texts" if replaces else "when",
                due_at=due_at,
                fallback_locale=replaces.fallback_locale if replaces else None,
                replaces=replaces.id if replaces else None,
                base_version=replaces.version if replaces else None,
                created_by=admin_ref,
                **_repeat_columns(repeat),
            )
            session.add(post)
            await session.flush()
            for locale, body in (replaces.texts if replaces else {}).items():
                session.add(PostText(post_id=post.id, locale=locale, body=body))
            if replaces is not None:
                _add_extras(session, post.id, replaces)
            await audit.record(
                session, admin_ref, "post-edit" if replaces else "post-new", replaces and replaces.id
            )
            return await _draft(session, post)

    async def _zone_of(self, session: AsyncSession, admin_ref: str) -> str:
        """The zone this admin used last (their times are shown in it), else TIMEZONE."""
        zone = await session.scalar(
            select(Post.zone).where(Post.created_by == admin_ref).order_by(Post.id.desc()).limit(1)
        )
        return zone or self.default_zone

    async def admin_zone(self, admin_ref: str) -> str:
        """The zone to show this admin times in."""
        async with self.db.transaction() as session:
            return await self._zone_of(session, admin_ref)

    async def set_moment(self, draft_id: int, moment: Moment) -> None:
        """The draft's time and zone; next, its texts."""
        await self._update(draft_id, due_at=moment.at, zone=moment.zone, step="texts", version=BUMP)

    async def set_repeat(self, draft_id: int, repeat: Repeat | None) -> None:
        """How the draft repeats (None: once); back to the language menu."""
        await self._update(draft_id, step="texts", version=BUMP, **_repeat_columns(repeat))

    async def set_step(self, draft_id: int, step: str | None) -> None:
        """What the bot waits for next in this draft."""
        await self._update(draft_id, step=step)

    async def set_fallback(self, draft_id: int, locale: str | None) -> None:
        """The language whose text goes to channels that have none (None: skip them)."""
        await self._update(draft_id, fallback_locale=locale, step="preview", version=BUMP)

    async def _update(self, draft_id: int, **values: object) -> None:
        async with self.db.transaction() as session:
            await session.execute(
                update(Post).where(Post.id == draft_id, Post.status == "draft").values(**values)
            )

    async def set_text(self, draft_id: int, locale: str, body: str) -> None:
        """The draft's text in one language (replacing an earlier one); back to the language menu."""
        async with self.db.transaction() as session:
            statement = upsert(session, PostText).values(post_id=draft_id, locale=locale, body=body)
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[PostText.post_id, PostText.locale], set_={"body": body}
                )
            )
            await session.execute(update(Post).where(Post.id == draft_id).values(step="texts", version=BUMP))

    async def drop_text(self, draft_id: int, locale: str) -> None:
        """Remove one language's text from a draft."""
        async with self.db.transaction() as session:
            await session.execute(
                delete(PostText).where(PostText.post_id == draft_id, PostText.locale == locale)
            )
            await session.execute(update(Post).where(Post.id == draft_id).values(version=BUMP))

    # -- photos and buttons ---------------------------------------------------------------------
    async def add_photo(
        self, draft_id: int, media: MediaRef, group: str | None, captioned: bool, order: int = 0
    ) -> tuple[int, bool] | Problem:
        """A photo for the draft: a new one (or album) replaces the earlier; an album's next item joins it.

        `order` (the message's id) keeps an album in the order it was sent, whichever item is
        handled first. Returns (photos now, whether this began a new set), or, once per album,
        why it cannot go out so (confirm refuses it too, until a new photo or album replaces it).
        """
        async with self.db.transaction() as session:
            # One album's items may be handled at once (webhook): the draft's row lock takes them in turn.
            await session.execute(select(Post.id).where(Post.id == draft_id).with_for_update())
            rows = (
                await session.scalars(
                    select(PostMedia).where(PostMedia.post_id == draft_id).order_by(PostMedia.position)
                )
            ).all()
            joins = group is not None and bool(rows) and rows[0].group_id == group
            earlier = [(row.position, row.captioned) for row in rows] if joins else []
            if any(position == order for position, _ in earlier):
                return len(earlier), False  # the same item again
            if not joins:
                await session.execute(delete(PostMedia).where(PostMedia.post_id == draft_id))
            session.add(
                PostMedia(
                    post_id=draft_id,
                    position=order,
                    file_id=media.file_id,
                    size=media.size,
                    group_id=group,
                    captioned=captioned,
                    alts={},
                )
            )
            await session.execute(update(Post).where(Post.id == draft_id).values(version=BUMP))
            items = [*earlier, (order, captioned)]
            problem = album_problem(items)
            if problem is not None and album_problem(earlier) is None:
                return problem  # once per album: it cannot be queued so (checked again at confirm)
            return len(items), not joins

    async def drop_photos(self, draft_id: int) -> None:
        """The draft goes back to text only."""
        async with self.db.transaction() as session:
            await session.execute(delete(PostMedia).where(PostMedia.post_id == draft_id))
            await session.execute(update(Post).where(Post.id == draft_id).values(version=BUMP))

    async def set_alts(self, draft_id: int, locale: str, alts: Sequence[str]) -> None:
        """The photos' descriptions in one language, in the photos' order."""
        async with self.db.transaction() as session:
            rows = (
                await session.scalars(
                    select(PostMedia).where(PostMedia.post_id == draft_id).order_by(PostMedia.position)
                )
            ).all()
            for row, alt in zip(rows, alts, strict=False):
                row.alts = {**(row.alts or {}), locale: alt}
            await session.execute(update(Post).where(Post.id == draft_id).values(step="texts", version=BUMP))

    async def set_buttons(self, draft_id: int, locale: str, buttons: Sequence[LinkButton]) -> None:
        """The buttons in one language (`*`: every language without its own); none removes them."""
        async with self.db.transaction() as session:
            await session.execute(
                delete(PostButton).where(PostButton.post_id == draft_id, PostButton.locale == locale)
            )
            for position, button in enumerate(buttons):
                session.add(
                    PostButton(
                        post_id=draft_id, locale=locale, position=position, label=button.label, url=button.url
                    )
                )
            await session.execute(update(Post).where(Post.id == draft_id).values(step="texts", version=BUMP))

    async def write_draft(self, draft: Draft, form: DraftForm) -> Draft:
        """Every part of a draft at once (the desk's form); the version moves only if something changed.

        Photos and per-language buttons stay as they were (the desk edits the buttons of every
        language); an unchanged form keeps the version, so a preview already seen stays confirmable.
        """
        unchanged = (
            draft.due_at == form.moment.at
            and draft.zone == form.moment.zone
            and draft.repeat == form.repeat
            and draft.texts == form.texts
            and draft.fallback_locale == form.fallback
            and draft.buttons.get(EVERY_LANGUAGE, ()) == form.buttons
        )
        async with self.db.transaction() as session:
            if not unchanged:
                await session.execute(delete(PostText).where(PostText.post_id == draft.id))
                session.add_all(PostText(post_id=draft.id, locale=k, body=v) for k, v in form.texts.items())
                await session.execute(
                    delete(PostButton).where(
                        PostButton.post_id == draft.id, PostButton.locale == EVERY_LANGUAGE
                    )
                )
                session.add_all(
                    PostButton(post_id=draft.id, locale=EVERY_LANGUAGE, position=i, label=b.label, url=b.url)
                    for i, b in enumerate(form.buttons)
                )
                values = {
                    "due_at": form.moment.at,
                    "zone": form.moment.zone,
                    "fallback_locale": form.fallback,
                }
                await session.execute(
                    update(Post)
                    .where(Post.id == draft.id, Post.status == "draft")
                    .values(step="preview", version=BUMP, **values, **_repeat_columns(form.repeat))
                )
            post = await session.get(Post, draft.id, populate_existing=True)
            assert post is not None  # noqa: S101 - the admin's own draft
            return await _draft(session, post)

    async def discard(self, draft: Draft) -> None:
        """Drop a draft; nothing was queued."""
        async with self.db.transaction() as session:
            await session.execute(delete(Post).where(Post.id == draft.id, Post.status == "draft"))

    # -- what goes where ------------------------------------------------------------------
    def plan(self, draft: Draft) -> list[Variant]:
        """Each channel's copy, in its language, else the fallback's; channels with neither get none."""
        variants = []
        for locale, chat in self.targets:
            text_locale = locale if locale in draft.texts else draft.fallback_locale
            if text_locale is not None and text_locale in draft.texts:
                content = draft.content(text_locale)
                variants.append(
                    Variant(chat, locale, text_locale, content.body, content.photos, content.buttons)
                )
        return variants

    def uncovered(self, draft: Draft) -> list[str]:
        """Channel languages the draft has no text for."""
        return [locale for locale in self.locales if locale not in draft.texts]

    @property
    def locales(self) -> list[str]:
        """The languages of the targets, each once, in order."""
        return list(dict.fromkeys(locale for locale, _ in self.targets))

    # -- the queue ------------------------------------------------------------------------
    async def confirm(self, draft_id: int, version: int, admin_ref: str, now: datetime) -> Draft | Problem:
        """Queue exactly what was previewed (same `version`); an edit takes its post's place at once."""
        async with self.db.transaction() as session:
            current = await session.scalar(
                select(Post).where(Post.id == draft_id, Post.status == "draft").with_for_update()
            )
            if current is None or current.version != version:
                return Problem("post-draft-changed")
            draft = await _draft(session, current)
            if draft.due_at is None or draft.due_at <= now:
                return Problem("post-when-passed")
            problem = check(draft.due_at, draft.zone, draft.repeat)
            if problem is not None:
                return problem
            variants = self.plan(draft)
            if not variants:
                return Problem("post-nothing-to-send")
            problem = media_problem(draft, variants)
            if problem is not None:
                return problem
            target_id, first = draft.id, 0
            if draft.replaces is not None:
                if await _edited_since(session, draft.replaces, current.base_version):
                    return Problem("post-edit-stale", {"id": draft.replaces})
                free = await self._take_back(session, draft.replaces)
                if free is None:
                    return Problem("post-too-late", {"id": draft.replaces})
                target_id, first = draft.replaces, free
                await session.execute(delete(PostText).where(PostText.post_id == target_id))
                for locale, body in draft.texts.items():
                    session.add(PostText(post_id=target_id, locale=locale, body=body))
                await session.execute(delete(PostMedia).where(PostMedia.post_id == target_id))
                await session.execute(delete(PostButton).where(PostButton.post_id == target_id))
                _add_extras(session, target_id, draft)
                await session.execute(
                    update(Post)
                    .where(Post.id == target_id)
                    .values(
                        due_at=draft.due_at,
                        zone=draft.zone,
                        fallback_locale=draft.fallback_locale,
                        version=BUMP,  # an edit begun from the older version is refused (post-edit-stale)
                        **_repeat_columns(draft.repeat),
                    )
                )
                await session.execute(delete(Post).where(Post.id == draft.id))
            else:
                await session.execute(
                    update(Post).where(Post.id == target_id).values(status="queued", step=None)
                )
            for number, due_at in enumerate(self.occurrences(draft), start=first):
                session.add_all(
                    PostDelivery(
                        post_id=target_id,
                        channel=variant.channel,
                        locale=variant.locale,
                        text_locale=variant.text_locale,
                        due_at=due_at,
                        status="pending",
                        attempts=0,
                        occurrence=number,
                    )
                    for variant in variants
                )
            await audit.record(
                session, admin_ref, "post-edited" if draft.replaces else "post-queued", target_id
            )
            post = await session.get(Post, target_id)
            assert post is not None  # noqa: S101 - just written in this transaction
            return await _draft(session, post)

    async def _take_back(self, session: AsyncSession, post_id: int) -> int | None:
        """Remove the deliveries of a queued post's occurrences that have not started.

        Returns the first occurrence number free for new ones, or None when nothing could be
        taken back (every occurrence has started going out, or the post is not queued). An
        occurrence of which one channel's copy has started is kept whole.
        """
        post = await session.scalar(select(Post).where(Post.id == post_id).with_for_update())
        if post is None or post.status != "queued":
            return None
        # Lock the deliveries first: on PostgreSQL this waits for a dispatcher's uncommitted
        # 'sending' stamp and then reads it, so a post already going out is never "cancelled".
        rows = await session.execute(
            select(PostDelivery.occurrence, PostDelivery.status)
            .where(PostDelivery.post_id == post_id)
            .with_for_update()
        )
        found = rows.all()
        started = {number for number, status in found if status not in NOT_STARTED}
        waiting = {number for number, _ in found} - started
        if not waiting:
            return None
        await session.execute(
            delete(PostDelivery).where(PostDelivery.post_id == post_id, PostDelivery.occurrence.in_(waiting))
        )
        return max(started, default=-1) + 1

    async def cancel(self, post_id: int, admin_ref: str) -> bool:
        """Cancel what of a queued post has not started going out; False if nothing could be.

        A repeating post whose earlier occurrences went out stops: the rest never go.
        """
        async with self.db.transaction() as session:
            if await self._take_back(session, post_id) is None:
                return False
            await session.execute(update(Post).where(Post.id == post_id).values(status="cancelled"))
            await audit.record(session, admin_ref, "post-cancelled", post_id)
            return True

    async def get(self, post_id: int) -> Draft | None:
        """A queued, cancelled or sent post (not someone's draft)."""
        async with self.db.transaction() as session:
            post = await session.scalar(select(Post).where(Post.id == post_id, Post.status != "draft"))
            return await _draft(session, post) if post else None

    async def upcoming(self, now: datetime) -> list[Upcoming]:
        """Queued posts not yet gone out, the next one first.

        Each with its next time, its last, its channels, and how many times more (the next included).
        """
        async with self.db.transaction() as session:
            pending = (
                select(
                    PostDelivery.post_id,
                    func.min(PostDelivery.due_at).label("next_at"),
                    func.max(PostDelivery.due_at).label("last_at"),
                    func.count(PostDelivery.channel.distinct()).label("channels"),
                    func.count(PostDelivery.occurrence.distinct()).label("times"),
                )
                .where(PostDelivery.status.in_(NOT_STARTED))
                .group_by(PostDelivery.post_id)
                .subquery()
            )
            rows = await session.execute(
                select(Post, pending.c.next_at, pending.c.last_at, pending.c.channels, pending.c.times)
                .join(pending, pending.c.post_id == Post.id)
                .where(Post.kind == "queued", Post.status == "queued")
                .order_by(pending.c.next_at, Post.id)
            )
            return [
                Upcoming(await _draft(session, post), _utc(next_at), _utc(last_at), int(channels), int(times))
                for post, next_at, last_at, channels, times in rows.all()
            ]

    # -- the daily post -----------------------------------------------------------------------
    async def ensure_daily(
        self, now: datetime, at: tuple[int, int], grace: timedelta, render: RenderDaily
    ) -> bool:
        """Create today's post once its minute has come; True if this call created it.

        The unique `daily_date` makes a second instance or a re-fired job create nothing.
        A day whose minute passed longer ago than the grace gets its deliveries marked missed.
        """
        due = self._daily_due(now, at)
        if due is None:
            return False
        today = due.date()
        async with self.db.transaction() as session:
            if await session.scalar(select(Post.id).where(Post.daily_date == today)) is not None:
                return False
        texts = await render(today, self.locales)  # outside the transaction: it reads the count
        if texts is None:
            return False
        bodies = {locale: plain_to_html(texts[locale]) for locale in self.locales}
        late = now - due > grace
        return await self._add_daily(due, now, bodies, "missed" if late else "pending", None)

    async def fail_daily(self, now: datetime, at: tuple[int, int], reason: str) -> bool:
        """Today's post could not be prepared: on record as failed, so the admins hear of it once."""
        due = self._daily_due(now, at)
        return due is not None and await self._add_daily(due, now, {}, "failed", reason)

    def _daily_due(self, now: datetime, at: tuple[int, int]) -> datetime | None:
        """Today's minute of the daily post in TIMEZONE, once it has come (None before, or no targets)."""
        if not self.targets:
            return None
        zone = ZoneInfo(self.default_zone)
        today = now.astimezone(zone).date()
        due = datetime(today.year, today.month, today.day, at[0], at[1], tzinfo=zone)
        return due if now >= due else None

    async def _add_daily(
        self, due: datetime, now: datetime, bodies: dict[str, str], status: str, reason: str | None
    ) -> bool:
        """The day's post with one delivery per target in `status`; False if it exists already."""
        async with self.db.transaction() as session:
            statement = upsert(session, Post).values(
                kind="daily",
                status="queued",
                daily_date=due.date(),
                due_at=due,
                zone=self.default_zone,
                created_at=now,
                updated_at=now,
            )
            post_id = await session.scalar(
                statement.on_conflict_do_nothing(index_elements=[Post.daily_date]).returning(Post.id)
            )
            if post_id is None:
                return False  # another instance created it a moment ago
            for locale, body in bodies.items():  # one text per language, however many targets read it
                session.add(PostText(post_id=post_id, locale=locale, body=body))
            finished = None if status == "pending" else now
            for locale, chat in self.targets:
                session.add(
                    PostDelivery(
                        post_id=post_id,
                        channel=chat,
                        locale=locale,
                        text_locale=locale,
                        due_at=due,
                        status=status,
                        attempts=0,
                        finished_at=finished,
                        error=reason,
                    )
                )
            return True


def distinct_targets(targets: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each target once, under its first language: a channel gets one copy of each post.

    Telegram names ignore case, so `@fta` and `@FTA` are one channel. (TELEGRAM_CHANNELS
    refuses such a list at start-up; this keeps every other caller to the same rule.)
    """
    seen: dict[str, tuple[str, str]] = {}
    for locale, chat in targets:
        seen.setdefault(chat.lower(), (locale, chat))
    return list(seen.values())


@dataclass(frozen=True)
class DraftForm:
    """A whole draft as a form gives it, each part already checked (bot/services/post_input.py)."""

    moment: Moment
    repeat: Repeat | None
    texts: dict[str, str]
    fallback: str | None
    buttons: tuple[LinkButton, ...] = ()


@dataclass(frozen=True)
class Upcoming:
    """A queued post in /queue: its next time, its last, its channels and the times still to go."""

    post: Draft
    next_at: datetime
    last_at: datetime
    channels: int
    times: int


def _utc(moment: datetime) -> datetime:
    """An aggregate's datetime (SQLite gives it without its zone, and as text before 3.x types)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _repeat_columns(repeat: Repeat | None) -> dict[str, object]:
    return {
        "repeat_every": repeat.every if repeat else None,
        "repeat_count": repeat.count if repeat else None,
        "repeat_until": repeat.until if repeat else None,
    }


async def _rest_of(session: AsyncSession, post: Draft) -> tuple[datetime | None, Repeat | None]:
    """Where an edit of `post` starts: its next occurrence not started, and the repeat from there."""
    started = select(PostDelivery.occurrence).where(
        PostDelivery.post_id == post.id, PostDelivery.status.not_in(NOT_STARTED)
    )
    row = (
        await session.execute(
            select(func.min(PostDelivery.due_at), func.count(PostDelivery.occurrence.distinct())).where(
                PostDelivery.post_id == post.id,
                PostDelivery.status.in_(NOT_STARTED),
                PostDelivery.occurrence.not_in(started),
            )
        )
    ).one()
    next_at, times = row
    if next_at is None:
        return post.due_at, post.repeat  # nothing left: confirming will say it is too late
    repeat = post.repeat
    if repeat is not None and repeat.count is not None:
        repeat = Repeat(repeat.every, count=int(times))
    return _utc(next_at), repeat


async def _edited_since(session: AsyncSession, post_id: int, base_version: int | None) -> bool:
    """True when another edit was confirmed on `post_id` after this draft began from `base_version`."""
    version = await session.scalar(select(Post.version).where(Post.id == post_id))
    return base_version is not None and version is not None and version != base_version


def album_problem(items: Sequence[tuple[int, bool]]) -> Problem | None:
    """(order, captioned) of each photo: at most ALBUM_LIMIT, and a caption only on the first."""
    if len(items) > ALBUM_LIMIT:
        return Problem("post-album-too-many", {"limit": ALBUM_LIMIT, "count": len(items)})
    if any(captioned for _, captioned in sorted(items)[1:]):
        return Problem("post-album-caption-first")
    return None


def media_problem(draft: Draft, variants: Sequence[Variant]) -> Problem | None:
    """With photos: a good album, every text fits a caption, every Mastodon copy describes every photo."""
    if not draft.photos:
        return None
    problem = album_problem([(index, p.captioned) for index, p in enumerate(draft.photos)])
    if problem is not None:
        return problem
    for locale, body in sorted(draft.texts.items()):
        problem = check_caption(body, locale)
        if problem is not None:
            return problem
    undescribed = sorted(
        {
            v.text_locale
            for v in variants
            if v.channel.startswith(MASTODON_PREFIX) and any(not p.alt for p in v.photos)
        }
    )
    if undescribed:
        return Problem("post-alt-missing", {"languages": ", ".join(undescribed)})
    return None


def _add_extras(session: AsyncSession, post_id: int, draft: Draft) -> None:
    """Copy a draft's photos and buttons onto a post (an edit's draft, or the post an edit replaces)."""
    for position, photo in enumerate(draft.photos):
        session.add(
            PostMedia(
                post_id=post_id,
                position=position,
                file_id=photo.file_id,
                size=photo.size,
                group_id=photo.group_id,
                captioned=photo.captioned,
                alts=dict(photo.alts),
            )
        )
    for locale, buttons in draft.buttons.items():
        for position, button in enumerate(buttons):
            session.add(
                PostButton(
                    post_id=post_id, locale=locale, position=position, label=button.label, url=button.url
                )
            )


async def extras_of(
    session: AsyncSession, post_ids: Sequence[int]
) -> dict[int, tuple[tuple[DraftPhoto, ...], dict[str, tuple[LinkButton, ...]]]]:
    """Each post's photos and buttons by language (posts without either are left out)."""
    found: dict[int, tuple[list[DraftPhoto], dict[str, list[LinkButton]]]] = {}
    media = await session.scalars(
        select(PostMedia).where(PostMedia.post_id.in_(post_ids)).order_by(PostMedia.position)
    )
    for row in media:
        photos, _ = found.setdefault(row.post_id, ([], {}))
        photos.append(DraftPhoto(row.file_id, row.size, row.group_id, row.captioned, dict(row.alts or {})))
    buttons = await session.scalars(
        select(PostButton).where(PostButton.post_id.in_(post_ids)).order_by(PostButton.position)
    )
    for button in buttons:
        _, by_locale = found.setdefault(button.post_id, ([], {}))
        by_locale.setdefault(button.locale, []).append(LinkButton(button.label, button.url))
    return {
        post_id: (tuple(photos), {locale: tuple(b) for locale, b in by_locale.items()})
        for post_id, (photos, by_locale) in found.items()
    }


async def _draft(session: AsyncSession, post: Post) -> Draft:
    texts = await session.execute(select(PostText.locale, PostText.body).where(PostText.post_id == post.id))
    photos, buttons = (await extras_of(session, [post.id])).get(post.id, ((), {}))
    return Draft(
        id=post.id,
        kind=post.kind,
        status=post.status,
        due_at=post.due_at,
        zone=post.zone,
        step=post.step,
        fallback_locale=post.fallback_locale,
        replaces=post.replaces,
        created_by=post.created_by,
        version=post.version,
        texts={locale: body for locale, body in texts.all()},
        repeat=Repeat(post.repeat_every, post.repeat_count, post.repeat_until) if post.repeat_every else None,
        photos=photos,
        buttons=buttons,
    )
