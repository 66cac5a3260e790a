"""Pledges: sign once, withdraw, erase; an exact count, milestones once, events for the collector.

The count is kept in the `counters` table and changed in the same transaction as the
pledge row. Every pledge first takes the `signers` counter's row lock, so pledges are
serialised there: each count value is seen by exactly one transaction, which is what
makes "milestone reached" fire exactly once across instances. The pledges waiting at one
moment share that transaction (`Batcher`): one lock hold and one commit for all of them,
each signer confirmed only once it has committed.

Every change to the count also appends to the public transparency log in the same transaction
(bot/services/transparency/log.py): a pledge leaf committing to a receipt secret made for that
pledge (handed back in `Receipt`, never stored), a revocation leaf for a withdrawal or an erasure.
So the log's count (pledges minus revocations) is the bot's, whatever crashes when.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, partial
from typing import cast

from sqlalchemy import (
    BigInteger,
    Insert,
    Select,
    Table,
    Update,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.errors import AlreadySignedError, SlowDownError
from bot.identity import IdentityHasher
from bot.services.audit import record
from bot.services.throttle import Throttle
from bot.services.transparency import log as tlog
from bot.services.transparency import receipt as tlog_receipt
from bot.settings import PledgeSettings
from bot.storage.batch import Batcher, Lookup
from bot.storage.models import Counter, Milestone, Pledge, SyncEvent, utcnow
from bot.storage.repos import dialect_insert, upsert
from bot.storage.session import Database

TOGGLE_LIMIT, TOGGLE_WINDOW = 6, 600.0  # six pledges or withdrawals in ten minutes
RACES = 5  # a batch run again this often at most when other instances keep signing the same people
PUBLIC, PUBLIC_AT = "pledges_public", "pledges_public_at"  # counters: the public count, its boundary
# Built once: a statement object reused is compiled once and its cache key computed once.
COUNT = select(Counter.value).where(Counter.name == "pledges")


@dataclass(frozen=True)
class Receipt:
    """What a new signer is told: their number and the count with them."""

    signer_no: int
    count: int
    signed_at: datetime
    leaf: int = -1  # the pledge's leaf in the transparency log
    # The receipt's secret, made for this pledge: only in memory, only until the reply (never stored).
    secret: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class ExportRow:
    """One line of the admins' export."""

    user_ref: str
    display_name: str | None
    platform: str
    locale: str
    signed_at: datetime


@dataclass(frozen=True)
class ReachedMilestone:
    """A milestone and when the count reached it."""

    threshold: int
    reached_at: datetime


class PledgeService:
    """Every change to pledges goes through here, in one transaction each."""

    def __init__(
        self,
        db: Database,
        settings: PledgeSettings,
        hasher: IdentityHasher,
        jitter: timedelta = timedelta(0),
    ) -> None:
        self.db = db
        self.settings = settings
        self.hasher = hasher
        self.jitter = jitter  # a milestone post waits a random part of it: its timing names nobody
        self.throttle = Throttle(TOGGLE_LIMIT, TOGGLE_WINDOW)
        self._public: tuple[int, int] | None = None  # (boundary, the count then) people read
        self._writer = Batcher(self._sign)
        pledges = cast(Table, Pledge.__table__).c
        self._signed: Lookup[str] = Lookup(db, pledges.user_ref, pledges.signed_at)

    async def pledge(self, user_ref: str, platform: str, locale: str, name: str | None = None) -> Receipt:
        """Sign; raise AlreadySignedError with the date when the person has signed before.

        The pledge is written by the group writer with the others waiting at that moment, in
        one transaction; this returns once that transaction has committed.
        """
        self._check_pace(user_ref)
        receipt = await self._writer.submit(_Signing(user_ref, platform, locale, name))
        self.throttle.record(user_ref)
        return receipt

    async def _sign(self, batch: Sequence[_Signing]) -> list[Receipt | Exception]:
        """Write a batch of pledges, each person once; what each signer is told, in order."""
        firsts: dict[str, _Signing] = {}
        for signing in batch:
            firsts.setdefault(signing.user_ref, signing)
        for _ in range(RACES):
            try:
                outcome = await self.db.write(partial(self._insert, list(firsts.values())))
                break
            except _DuplicatePledgeError:  # another instance signed one of them just now: look again
                continue
        else:
            raise _DuplicatePledgeError
        results: list[Receipt | Exception] = []
        for signing in batch:
            done = outcome[signing.user_ref]
            if isinstance(done, Receipt) and firsts[signing.user_ref] is signing:
                results.append(done)
            else:  # signed before, or pressed twice within the batch
                results.append(AlreadySignedError(done.signed_at if isinstance(done, Receipt) else done))
        return results

    async def _insert(self, todo: Sequence[_Signing], conn: AsyncConnection) -> dict[str, Receipt | datetime]:
        """One transaction: who has signed already; for the others, the rest of a pledge.

        That is their signer numbers (the row lock that serialises pledges), their rows, the
        count, the milestones reached and the collector's events. A person signed by another
        instance between the look and the insert raises _DuplicatePledgeError: the transaction
        rolls back (no number is lost) and is run again.
        """
        statements = _statements(conn.dialect.name)
        refs = [s.user_ref for s in todo]
        signed = await conn.execute(statements.signed, {"refs": refs})
        outcome: dict[str, Receipt | datetime] = {user_ref: at for user_ref, at in signed}
        todo = [s for s in todo if s.user_ref not in outcome]
        if not todo:
            return outcome
        top = (await conn.execute(statements.bump, {"counter": "signers", "delta": len(todo)})).scalar_one()
        first_no, now = int(top) - len(todo) + 1, utcnow()
        rows = [
            {
                "user_ref": s.user_ref,
                "signer_no": first_no + i,
                "platform": s.platform,
                "locale": s.locale,
                "display_name": s.name,
                "signed_at": now,
            }
            for i, s in enumerate(todo)
        ]
        inserted = (await conn.execute(statements.insert_pledges, rows)).scalars().all()
        if len(inserted) < len(todo):
            raise _DuplicatePledgeError  # rolls the numbers back
        top = (await conn.execute(statements.bump, {"counter": "pledges", "delta": len(todo)})).scalar_one()
        first_count = int(top) - len(todo) + 1
        secrets_ = [tlog_receipt.new_secret() for _ in todo]  # committed to by the leaves, kept by nobody
        first_leaf = await tlog.append(conn, [tlog_receipt.pledge_entry(secret) for secret in secrets_])
        reached = [n for n in range(first_count, first_count + len(todo)) if self.settings.is_milestone(n)]
        if reached:
            milestones = [
                {
                    "threshold": n,
                    "reached_at": now,
                    "announce_after": now + _random_part(self.jitter),
                    "announced_at": None,
                }
                for n in reached
            ]
            await conn.execute(statements.insert_milestones, milestones)
        if self.settings.sync_url:
            events = [
                self._event(s.user_ref, "pledge", _payload(s, first_no + i), now) for i, s in enumerate(todo)
            ]
            await conn.execute(statements.insert_events, events)
        outcome.update(
            {
                s.user_ref: Receipt(first_no + i, first_count + i, now, first_leaf + i, secrets_[i])
                for i, s in enumerate(todo)
            }
        )
        return outcome

    async def withdraw(self, user_ref: str) -> bool:
        """Withdraw the person's pledge; False when there was none. Never slowed down: safety first."""
        async with self.db.transaction() as session:
            withdrawn = await self._delete(session, user_ref, "withdraw")
        if withdrawn:
            self.throttle.record(user_ref)
        return withdrawn

    async def erase(self, session: AsyncSession, user_ref: str) -> None:
        """Inside the caller's /forget transaction: the pledge, and its events not yet sent.

        Events being sent right now stay (so the erase still follows them), but lose the name.
        An `erase` goes to the collector only if it may hold something about the signer (see
        `_collector_may_know`): for someone it never heard of, the event itself would be a record.
        The throttle keeps its few in-memory timestamps: forgetting must not reset the pace.
        """
        signer = self.sync_id(user_ref)
        events = await session.execute(
            select(SyncEvent).where(SyncEvent.signer == signer).order_by(SyncEvent.id)
        )
        outbox = list(events.scalars())
        signed = await session.execute(select(Pledge.id).where(Pledge.user_ref == user_ref))
        tell = _collector_may_know(outbox, signed.scalar_one_or_none() is not None)
        unsent = delete(SyncEvent).where(SyncEvent.signer == signer, SyncEvent.locked_until.is_(None))
        await session.execute(unsent)
        for event in outbox:
            if event.locked_until is not None:
                event.payload = json.dumps(json.loads(event.payload) | {"name": None}, sort_keys=True)
        await self._delete(session, user_ref, "erase", tell=tell)
        self.throttle.record(user_ref)

    async def _delete(
        self, session: AsyncSession, user_ref: str, event: str, tell: bool | None = None
    ) -> bool:
        """Delete the pledge; queue `event` if there was one (or as `tell` says)."""
        result = await session.execute(delete(Pledge).where(Pledge.user_ref == user_ref).returning(Pledge.id))
        withdrawn = result.scalar_one_or_none() is not None
        if withdrawn:
            await _bump(session, "pledges", -1)
            await tlog.append(session, [tlog_receipt.revocation_entry()])  # the log's count drops with it
        if withdrawn if tell is None else tell:
            await self._enqueue(session, user_ref, event, {}, utcnow())
        return withdrawn

    async def _enqueue(
        self, session: AsyncSession, user_ref: str, event: str, payload: Mapping[str, object], now: datetime
    ) -> None:
        if not self.settings.sync_url:
            return
        await session.execute(upsert(session, SyncEvent).values(self._event(user_ref, event, payload, now)))

    def _event(
        self, user_ref: str, event: str, payload: Mapping[str, object], now: datetime
    ) -> dict[str, object]:
        """A row of the collector's outbox."""
        signer = self.sync_id(user_ref)
        body: dict[str, object] = {"event": event, "signer": signer, "at": now.isoformat(), **payload}
        return {
            "signer": signer,
            "payload": json.dumps(body, ensure_ascii=False, sort_keys=True),
            "idempotency_key": uuid.uuid4().hex,
            "created_at": now,
            "attempts": 0,
            "next_attempt_at": now,
        }

    async def wipe_identities(self, owner_ref: str) -> int:
        """Erase every signer's identity and name; keep the count, the numbers and the milestones.

        Each pledge keeps its row (so the count stays exact) under a random reference nobody
        can link back, without a name, its time cut to the day. The collector's events not yet
        sent lose their names and exact times, and their signer id becomes a random one (the
        same for one signer's events, which keep their order). Returns how many were wiped.
        Old values may linger in the database file's free pages until it is vacuumed (README).
        """
        async with self.db.transaction() as session:
            await _bump(session, "signers", 0)  # the pledges' row lock: no pledge lands half-wiped
            # Locked too: a withdrawal or /forget at this moment waits instead of vanishing mid-wipe.
            rows = (await session.execute(select(Pledge.id, Pledge.signed_at).with_for_update())).all()
            changes = [
                {
                    "row_id": row_id,
                    "new_ref": secrets.token_hex(32),
                    "day": signed_at.replace(hour=0, minute=0, second=0, microsecond=0),
                }
                for row_id, signed_at in rows
            ]
            if changes:  # one executemany, by id; a row that has gone since is simply not there
                table = cast(Table, Pledge.__table__)
                statement = (
                    update(table)
                    .where(table.c.id == bindparam("row_id"))
                    .values(user_ref=bindparam("new_ref"), display_name=None, signed_at=bindparam("day"))
                )
                await session.execute(statement, changes)
            await _unlink_events(session)
            await record(session, owner_ref, "wipe-signers", len(rows))
        return len(rows)

    def sync_id(self, user_ref: str) -> str:
        """The signer's id for the collector: derived, so our own references never leave."""
        return self.hasher.user_ref("sync", user_ref)

    def _check_pace(self, user_ref: str) -> None:
        wait = self.throttle.wait_seconds(user_ref)
        if wait > 0:
            raise SlowDownError(wait)

    async def signed_at(self, user_ref: str) -> datetime | None:
        """When the person signed, or None."""
        row = await self._signed.get(user_ref)
        return row.signed_at if row is not None else None

    async def count(self) -> int:
        """Signatures now: exact, read from the counter kept with every change."""
        [row] = await self.db.read(COUNT)
        return int(row.value)

    async def public_count(self) -> int:
        """The count people read (/stats, the digest, the metrics): as it stood at the last boundary.

        Boundaries are fixed multiples of PLEDGE_PUBLIC_COUNT_MINUTES in UTC, the same on every
        instance, so the figure never moves at the moment one person signs or withdraws. Read from
        memory; the database only once a boundary has passed.
        """
        boundary = self._boundary(utcnow())
        if self._public is not None and self._public[0] >= boundary:
            return self._public[1]
        return await self._take_public(boundary)

    def _boundary(self, now: datetime) -> int:
        period = self.settings.public_count_minutes * 60
        return int(now.timestamp()) // period * period

    async def _take_public(self, boundary: int) -> int:
        """The snapshot for `boundary`: the first instance to get there takes it, the others read it."""
        async with self.db.transaction() as session:
            rows = [{"name": PUBLIC_AT, "value": -1}, {"name": PUBLIC, "value": 0}]
            await session.execute(upsert(session, Counter).values(rows).on_conflict_do_nothing())
            taken = await session.execute(
                update(Counter)
                .where(Counter.name == PUBLIC_AT, Counter.value < boundary)
                .values(value=boundary)
                .returning(Counter.value)
            )
            if taken.scalar_one_or_none() is not None:
                count = await session.scalar(select(Counter.value).where(Counter.name == "pledges"))
                await session.execute(update(Counter).where(Counter.name == PUBLIC).values(value=count))
            else:
                count = await session.scalar(select(Counter.value).where(Counter.name == PUBLIC))
        self._public = (boundary, int(count or 0))
        return self._public[1]

    async def milestones(self) -> list[ReachedMilestone]:
        """Every milestone reached, oldest first."""
        async with self.db.transaction() as session:
            rows = await session.execute(
                select(Milestone.threshold, Milestone.reached_at).order_by(Milestone.threshold)
            )
            return [ReachedMilestone(int(t), at) for t, at in rows]

    async def export(self, batch: int = 1000) -> AsyncIterator[ExportRow]:
        """Every pledge, by signer number, read in batches so memory stays flat."""
        last = 0
        while True:
            async with self.db.transaction() as session:
                rows = (
                    (
                        await session.execute(
                            select(Pledge)
                            .where(Pledge.signer_no > last)
                            .order_by(Pledge.signer_no)
                            .limit(batch)
                        )
                    )
                    .scalars()
                    .all()
                )
            for row in rows:
                yield ExportRow(row.user_ref, row.display_name, row.platform, row.locale, row.signed_at)
            if len(rows) < batch:
                return
            last = rows[-1].signer_no


async def _unlink_events(session: AsyncSession) -> None:
    """The outbox's events lose what ties them to a person: name, exact time, derived signer id."""
    new_ids: dict[str, str] = {}
    events = await session.execute(select(SyncEvent).order_by(SyncEvent.id).with_for_update())
    for event in events.scalars():
        signer = new_ids.setdefault(event.signer, secrets.token_hex(32))
        body = json.loads(event.payload)
        at = str(body.get("at", ""))[:10]  # the day only
        event.payload = json.dumps(body | {"name": None, "signer": signer, "at": at}, sort_keys=True)
        event.signer = signer


class _DuplicatePledgeError(Exception):
    """Raised inside the pledge transaction to roll it back: someone in it has signed meanwhile."""


@dataclass(frozen=True)
class _Signing:
    """A pledge waiting for the group writer."""

    user_ref: str
    platform: str
    locale: str
    name: str | None


def _payload(signing: _Signing, signer_no: int) -> dict[str, object]:
    """What the collector hears of a new pledge."""
    return {
        "signer_no": signer_no,
        "name": signing.name,
        "platform": signing.platform,
        "locale": signing.locale,
    }


@dataclass(frozen=True)
class _Statements:
    """The pledge writer's statements, built once per dialect (so compiled once, cached by key)."""

    signed: Select[str, datetime]
    bump: Update
    insert_pledges: Insert
    insert_milestones: Insert
    insert_events: Insert


@cache
def _statements(dialect: str) -> _Statements:
    counter = cast(Table, Counter.__table__)
    bump = (
        update(counter)
        .where(counter.c.name == bindparam("counter"))
        .values(value=counter.c.value + bindparam("delta", type_=BigInteger))
        .returning(counter.c.value)
    )
    pledges = cast(Table, Pledge.__table__)
    insert_pledges = (
        dialect_insert(dialect, pledges)
        .on_conflict_do_nothing(index_elements=["user_ref"])
        .returning(pledges.c.user_ref)
    )
    milestones = dialect_insert(dialect, cast(Table, Milestone.__table__))
    signed = select(pledges.c.user_ref, pledges.c.signed_at).where(
        pledges.c.user_ref.in_(bindparam("refs", expanding=True))
    )
    return _Statements(
        signed,
        bump,
        insert_pledges,
        milestones.on_conflict_do_nothing(index_elements=["threshold"]),
        insert(cast(Table, SyncEvent.__table__)),
    )


async def _bump(session: AsyncSession, name: str, delta: int) -> int:
    result = await session.execute(
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + delta)
        .returning(Counter.value)
    )
    return int(result.scalar_one())


def _random_part(span: timedelta) -> timedelta:
    """A uniformly random delay from 0 to `span`, to the second, from the system's CSPRNG."""
    return timedelta(seconds=secrets.randbelow(int(span.total_seconds()) + 1))


async def count_rows(session: AsyncSession) -> int:
    """The number of pledge rows (for checks against the counter)."""
    return int((await session.execute(select(func.count()).select_from(Pledge))).scalar_one())


def _collector_may_know(outbox: list[SyncEvent], signed: bool) -> bool:
    """Whether the collector may hold a signature of this signer that no `withdraw` it got cancelled.

    Events of a signer go out in order, and a delivered one leaves the outbox. So the collector has
    something if an event was tried (being sent now, or it timed out: it may have arrived), or if
    the oldest event waiting follows a delivered pledge (it is not itself a pledge), or if nothing
    waits and the person has signed (that pledge was delivered). A signature withdrawn and
    delivered earlier leaves no trace here, as promised; the collector drops it on `withdraw`.
    """
    if any(event.locked_until is not None or event.attempts for event in outbox):
        return True
    if outbox:
        return json.loads(outbox[0].payload).get("event") != "pledge"
    return signed
