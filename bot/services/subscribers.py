"""Subscribers of the daily digest, and the broadcasts that reach them, in the database.

Only what sending needs is kept: a keyed-hash reference, a sealed address, a language.
Unsubscribing deletes the row; /forget does too.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from sqlalchemy import Select, delete, exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.identity import IdentityHasher
from bot.services import audit
from bot.storage.models import (
    Broadcast,
    BroadcastDelivery,
    BroadcastMedia,
    BroadcastText,
    Lease,
    Person,
    Subscriber,
    utcnow,
)
from bot.storage.repos import upsert
from bot.storage.session import Database

log = logging.getLogger(__name__)
UNOPENED = "address sealed under another key"


@dataclass(frozen=True)
class Recipient:
    """One subscriber a broadcast still has to reach."""

    id: int
    address: str  # unsealed, kept in memory only while it is sent
    locale: str
    safe_mode: bool = False  # the message is deleted from their chat after SAFE_MODE_DELETE_MINUTES


@dataclass(frozen=True)
class Result:
    """What became of one send, for the delivery log."""

    subscriber_id: int
    status: str  # sent, blocked, failed, unknown
    error: str | None = None


@dataclass(frozen=True)
class Progress:
    """A broadcast's counts, from the delivery log."""

    sent: int
    failed: int
    total: int
    skipped: int = 0

    @property
    def remaining(self) -> int:
        """Recipients still to reach."""
        return max(self.total - self.sent - self.failed - self.skipped, 0)


@dataclass(frozen=True)
class Running:
    """A broadcast being sent."""

    id: int
    key: str
    kind: str
    created_by: str | None
    texts: dict[str, str]
    photos: tuple[str, ...] = ()  # Telegram file_ids: the same for every subscriber, never re-uploaded


@dataclass(frozen=True)
class BroadcastReport:
    """An admin broadcast as the desk shows it: its state and counts by outcome, never who."""

    status: str
    counts: dict[str, int]  # sent, blocked, failed, unknown, skipped
    total: int
    remaining: int
    first_at: datetime | None  # the first send, for the rate


STALE = "stale"  # a digest a lockdown's lift skipped, until the admins are told (then `skipped`)
LAST_SUBSCRIBER = select(func.coalesce(func.max(Subscriber.id), 0)).scalar_subquery()
LOCALE = func.coalesce(Person.locale, Subscriber.locale)  # the language they chose last, else at subscribing


def _unreached(broadcast: Broadcast, *columns: Any) -> Select[Any]:
    """Active subscribers the broadcast is for (subscribed before it began) with no log line yet."""
    query = (
        select(*columns)
        .outerjoin(Person, Person.user_ref == Subscriber.user_ref)
        .where(
            Subscriber.active,
            Subscriber.id <= broadcast.last_subscriber,
            ~exists().where(
                BroadcastDelivery.broadcast_id == broadcast.id,
                BroadcastDelivery.subscriber_id == Subscriber.id,
            ),
        )
    )
    if broadcast.locales:
        query = query.where(LOCALE.in_(broadcast.locales.split(",")))
    return query


class SubscriberService:
    """Subscribe, unsubscribe, erase; and the broadcasts' queue and delivery log."""

    def __init__(self, db: Database, hasher: IdentityHasher) -> None:
        self.db = db
        self.hasher = hasher

    async def subscribe(self, user_ref: str, platform: str, address: str, locale: str) -> bool:
        """True if newly subscribed; an existing subscription is refreshed (new address, active)."""
        sealed = self.hasher.seal(address)
        async with self.db.transaction() as session:
            existed = await session.scalar(select(Subscriber.id).where(Subscriber.user_ref == user_ref))
            statement = upsert(session, Subscriber).values(
                user_ref=user_ref, platform=platform, address=sealed, locale=locale, active=True
            )
            await session.execute(
                statement.on_conflict_do_update(
                    index_elements=[Subscriber.user_ref],
                    set_={"address": sealed, "locale": locale, "active": True},
                )
            )
            return existed is None

    async def unsubscribe(self, user_ref: str) -> bool:
        """True if there was a subscription to end."""
        async with self.db.transaction() as session:
            gone = await session.execute(delete(Subscriber).where(Subscriber.user_ref == user_ref))
            return bool(gone.rowcount)  # type: ignore[attr-defined]

    async def is_subscribed(self, user_ref: str) -> bool:
        """Whether this person (asking in their own private chat) is subscribed."""
        async with self.db.transaction() as session:
            found = await session.scalar(
                select(Subscriber.id).where(Subscriber.user_ref == user_ref, Subscriber.active)
            )
            return found is not None

    async def erase(self, session: AsyncSession, user_ref: str) -> None:
        """/forget: the subscription goes with everything else."""
        await session.execute(delete(Subscriber).where(Subscriber.user_ref == user_ref))

    async def count(self, locales: Sequence[str] | None = None) -> int:
        """Active subscribers (reading one of `locales`, if given)."""
        query = select(func.count()).select_from(Subscriber).where(Subscriber.active)
        if locales:
            query = query.outerjoin(Person, Person.user_ref == Subscriber.user_ref).where(LOCALE.in_(locales))
        async with self.db.transaction() as session:
            return int(await session.scalar(query) or 0)

    async def drop_draft(self, broadcast_id: int, admin_ref: str) -> bool:
        """Drop an admin's unconfirmed broadcast."""
        async with self.db.transaction() as session:
            dropped = await session.execute(
                delete(Broadcast).where(
                    Broadcast.id == broadcast_id,
                    Broadcast.status == "draft",
                    Broadcast.created_by == admin_ref,
                )
            )
            return bool(dropped.rowcount)  # type: ignore[attr-defined]

    # -- broadcasts ---------------------------------------------------------------------------
    async def create_broadcast(
        self,
        key: str,
        kind: str,
        texts: dict[str, str],
        locales: Sequence[str] | None = None,
        created_by: str | None = None,
        status: str = "running",
        at: datetime | None = None,
        photos: Sequence[str] = (),
    ) -> int | None:
        """A broadcast to everyone subscribed now; None if `key` exists (another instance made it)."""
        async with self.db.transaction() as session:
            last = int(await session.scalar(select(func.max(Subscriber.id))) or 0)
            statement = upsert(session, Broadcast).values(
                key=key,
                kind=kind,
                status=status,
                locales=",".join(locales) if locales else None,
                last_subscriber=last,
                created_by=created_by,
                **({"created_at": at} if at is not None else {}),
            )
            broadcast_id = await session.scalar(
                statement.on_conflict_do_nothing(index_elements=[Broadcast.key]).returning(Broadcast.id)
            )
            if broadcast_id is None:
                return None
            for locale, body in texts.items():
                session.add(BroadcastText(broadcast_id=broadcast_id, locale=locale, body=body))
            for position, file_id in enumerate(photos):
                session.add(BroadcastMedia(broadcast_id=broadcast_id, position=position, file_id=file_id))
            return int(broadcast_id)

    async def start(self, broadcast_id: int, admin_ref: str, locales: Sequence[str] | None = None) -> bool:
        """An admin's confirmed draft begins; False if it is not this admin's draft any more.

        `locales` is the audience the admin's preview showed: empty for every subscriber, or
        the languages chosen; None keeps the draft's own (a preview made before the choice existed).
        """
        values: dict[str, Any] = {"status": "running", "last_subscriber": LAST_SUBSCRIBER}
        if locales is not None:
            values["locales"] = ",".join(locales) or None
        async with self.db.transaction() as session:
            started = await session.execute(
                update(Broadcast)
                .where(
                    Broadcast.id == broadcast_id,
                    Broadcast.status == "draft",
                    Broadcast.created_by == admin_ref,
                )
                .values(**values)
            )
            if not started.rowcount:  # type: ignore[attr-defined]
                return False
            await audit.record(session, admin_ref, "broadcast", broadcast_id)  # the chat's and the desk's
            return True

    async def is_draft(self, broadcast_id: int, admin_ref: str) -> bool:
        """Whether this is the admin's broadcast still waiting for its Send."""
        async with self.db.transaction() as session:
            found = await session.scalar(
                select(Broadcast.id).where(
                    Broadcast.id == broadcast_id,
                    Broadcast.status == "draft",
                    Broadcast.created_by == admin_ref,
                )
            )
            return found is not None

    async def take_skipped(self) -> list[str]:
        """Keys of the digests a lift found stale, each returned once (whichever instance asks first)."""
        async with self.db.transaction() as session:
            if await session.scalar(select(Broadcast.id).where(Broadcast.status == STALE).limit(1)) is None:
                return []  # the usual case: a read, no write every knock
            taken = await session.execute(
                update(Broadcast)
                .where(Broadcast.status == STALE)
                .values(status="skipped")
                .returning(Broadcast.key)
                .execution_options(synchronize_session=False)
            )
            return sorted(taken.scalars().all())

    async def next_running(self) -> Running | None:
        """The oldest broadcast still being sent."""
        async with self.db.transaction() as session:
            broadcast = await session.scalar(
                select(Broadcast).where(Broadcast.status == "running").order_by(Broadcast.id).limit(1)
            )
            if broadcast is None:
                return None
            texts = await session.execute(
                select(BroadcastText.locale, BroadcastText.body).where(
                    BroadcastText.broadcast_id == broadcast.id
                )
            )
            photos = await session.scalars(
                select(BroadcastMedia.file_id)
                .where(BroadcastMedia.broadcast_id == broadcast.id)
                .order_by(BroadcastMedia.position)
            )
            return Running(
                broadcast.id,
                broadcast.key,
                broadcast.kind,
                broadcast.created_by,
                dict(texts.all()),
                tuple(photos.all()),
            )

    async def pending(self, broadcast_id: int, after: int, limit: int) -> list[Recipient]:
        """The next `limit` recipients (by id, after `after`) with no line in the delivery log yet.

        An address that does not open (sealed under another key) is logged `failed` and skipped,
        so one such row never stops the broadcast, nor the ones after it.
        """
        while True:
            rows = await self._unreached_rows(broadcast_id, after, limit)
            recipients: list[Recipient] = []
            unopened: list[Result] = []
            for row in rows:
                try:
                    recipients.append(Recipient(row[0], self.hasher.unseal(row[1]), row[2], bool(row[3])))
                except (InvalidTag, ValueError):
                    unopened.append(Result(row[0], "failed", UNOPENED))
            if unopened:
                log.error(
                    "broadcast %s: %s addresses sealed under another key (README: Keys)",
                    broadcast_id,
                    len(unopened),
                )
                await self.record(broadcast_id, unopened, utcnow())
            if recipients or not rows:
                return recipients
            after = rows[-1][0]

    async def _unreached_rows(self, broadcast_id: int, after: int, limit: int) -> Sequence[Any]:
        async with self.db.transaction() as session:
            broadcast = await session.get(Broadcast, broadcast_id)
            if broadcast is None:
                return []
            safe_mode = func.coalesce(Person.safe_mode, False)
            query = _unreached(broadcast, Subscriber.id, Subscriber.address, LOCALE, safe_mode)
            query = query.where(Subscriber.id > after).order_by(Subscriber.id).limit(limit)
            return (await session.execute(query)).all()

    async def record(self, broadcast_id: int, results: Sequence[Result], now: datetime) -> None:
        """Write results to the delivery log (a repeat is ignored); blocked people stop getting sends."""
        if not results:
            return
        async with self.db.transaction() as session:
            rows = [
                {
                    "broadcast_id": broadcast_id,
                    "subscriber_id": r.subscriber_id,
                    "status": r.status,
                    "error": r.error,
                    "at": now,
                }
                for r in results
            ]
            # One statement, many parameter sets: compiled once, whatever the batch's size.
            await session.execute(upsert(session, BroadcastDelivery).on_conflict_do_nothing(), rows)
            blocked = [r.subscriber_id for r in results if r.status == "blocked"]
            if blocked:
                await session.execute(
                    update(Subscriber).where(Subscriber.id.in_(blocked)).values(active=False)
                )

    async def progress(self, broadcast_id: int) -> Progress:
        """Sent, failed and the total it is meant to reach, from the database."""
        async with self.db.transaction() as session:
            broadcast = await session.get(Broadcast, broadcast_id)
            counts = dict(
                (
                    await session.execute(
                        select(BroadcastDelivery.status, func.count())
                        .where(BroadcastDelivery.broadcast_id == broadcast_id)
                        .group_by(BroadcastDelivery.status)
                    )
                ).all()
            )
            unreached = _unreached(broadcast, Subscriber.id).subquery() if broadcast else None
            pending = (
                int(await session.scalar(select(func.count()).select_from(unreached)) or 0)
                if unreached is not None
                else 0
            )
        sent = int(counts.pop("sent", 0))
        skipped = int(counts.pop("skipped", 0))  # safe-mode chats sent nothing: links only
        failed = int(sum(counts.values()))
        return Progress(sent, failed, sent + failed + skipped + pending, skipped)

    async def report(self, broadcast_id: int) -> BroadcastReport | None:
        """An admin broadcast's state and its delivery log's counts by outcome (counts only)."""
        progress = await self.progress(broadcast_id)
        async with self.db.transaction() as session:
            broadcast = await session.get(Broadcast, broadcast_id)
            if broadcast is None or broadcast.kind != "admin":
                return None
            rows = await session.execute(
                select(BroadcastDelivery.status, func.count(), func.min(BroadcastDelivery.at))
                .where(BroadcastDelivery.broadcast_id == broadcast_id)
                .group_by(BroadcastDelivery.status)
            )
            found = rows.all()
        counts = {str(status): int(count) for status, count, _ in found}
        first = min((at for _, _, at in found if at is not None), default=None)
        return BroadcastReport(broadcast.status, counts, progress.total, progress.remaining, first)

    async def is_running(self, broadcast_id: int) -> bool:
        """Whether the broadcast is still to be sent (not cancelled by an admin or a lockdown)."""
        async with self.db.transaction() as session:
            status = await session.scalar(select(Broadcast.status).where(Broadcast.id == broadcast_id))
            return status == "running"

    async def cancel(self, broadcast_id: int, admin_ref: str) -> bool:
        """Stop an admin broadcast (draft or running): what was sent stays sent, nobody else gets it."""
        async with self.db.transaction() as session:
            stopped = await session.execute(
                update(Broadcast)
                .where(
                    Broadcast.id == broadcast_id,
                    Broadcast.kind == "admin",
                    Broadcast.status.in_(("draft", "running")),
                )
                .values(status="cancelled", finished_at=utcnow())
            )
            if not stopped.rowcount:  # type: ignore[attr-defined]
                return False
            await audit.record(session, admin_ref, "broadcast-cancelled", broadcast_id)
            return True

    async def finish(self, broadcast_id: int, now: datetime) -> bool:
        """Mark a broadcast done; True for the caller that did it (the summary is sent once)."""
        async with self.db.transaction() as session:
            done = await session.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id, Broadcast.status == "running")
                .values(status="done", finished_at=now)
            )
            return bool(done.rowcount)  # type: ignore[attr-defined]

    async def hold(self, name: str, holder: str, now: datetime, until: datetime) -> bool:
        """Take or renew the lease `name` for `holder`; False while another holder's lease runs."""
        async with self.db.transaction() as session:
            statement = upsert(session, Lease).values(name=name, holder=holder, until=until)
            taken = await session.scalar(
                statement.on_conflict_do_update(
                    index_elements=[Lease.name],
                    set_={"holder": holder, "until": until},
                    where=(Lease.until < now) | (Lease.holder == holder),
                ).returning(Lease.holder)
            )
            return taken == holder

    async def release(self, name: str, holder: str) -> None:
        """Give the lease up at once (a clean stop), so another instance takes over now."""
        async with self.db.transaction() as session:
            await session.execute(delete(Lease).where(Lease.name == name, Lease.holder == holder))
