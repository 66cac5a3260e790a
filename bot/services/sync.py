"""Delivery of pledge events to the campaign's collector (PLEDGE_SYNC_URL), from the outbox.

Each event is a JSON POST with an `Idempotency-Key` (fixed when the event is queued,
so a retry never looks like a new pledge), the send time in `X-Signature-Timestamp`
(Unix seconds, new on every attempt) and `X-Signature: sha256=<hex>`, an HMAC-SHA256
with PLEDGE_SYNC_SECRET over `<timestamp>.<idempotency key>.<body>` (the README shows
the collector's check). A redirect is not followed (a POST would turn into a GET whose
2xx says nothing): it is a failure, logged and retried like a 5xx. Events of one signer
go out in order: a later one waits while an earlier one is unsent. A claimed event is
leased, so an instance that dies mid-send leaves it to another one.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiohttp
from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from bot.services.lockdown import Lockdown
from bot.settings import PledgeSettings
from bot.storage.models import SyncEvent, utcnow
from bot.storage.session import Database

log = logging.getLogger(__name__)
BASE_DELAY, MAX_DELAY = 5.0, 3600.0  # seconds; the cap keeps retrying through long outages
DONE_STATUSES = {409}  # the collector already has this idempotency key


@dataclass(frozen=True)
class Claimed:
    """An event this instance holds the lease of."""

    id: int
    key: str
    body: bytes
    attempts: int
    leased_until: datetime  # the lease's token: only its holder may finish or reschedule the event


class CollectorSync:
    """Sends due outbox events; `run_once` is the scheduler's job."""

    def __init__(
        self,
        db: Database,
        settings: PledgeSettings,
        timeout: float = 10.0,
        lease_margin: float = 30.0,
        base_delay: float = BASE_DELAY,
        max_delay: float = MAX_DELAY,
        lockdown: Lockdown | None = None,
    ) -> None:
        assert settings.sync_url and settings.sync_secret  # noqa: S101 - checked in settings
        self.db = db
        self.url = settings.sync_url
        self.secret = settings.sync_secret.get_secret_value().encode()
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.timeout_seconds = timeout
        self.lease_margin = lease_margin
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.lockdown = lockdown  # during a lockdown nothing leaves for the collector either

    async def run_once(self, batch: int = 50) -> int:
        """Send what is due now; return how many events the collector took."""
        if self.lockdown is not None and await self.lockdown.active():
            return 0
        claimed = await self.claim(utcnow(), batch)
        if not claimed:
            return 0
        delivered = 0
        async with aiohttp.ClientSession(timeout=self.timeout) as http:
            for event in claimed:
                error = await self._post(http, event)
                await (self._done(event) if error is None else self._retry(event, error))
                delivered += error is None
        return delivered

    async def claim(self, now: datetime, batch: int) -> list[Claimed]:
        """Lease up to `batch` due events, each the oldest unsent one of its signer.

        The lease outlasts sending the whole batch one by one at the worst timeout, so another
        instance takes an event over only when this one has died.
        """
        leased_until = now + timedelta(seconds=self.timeout_seconds * batch + self.lease_margin)
        earlier = aliased(SyncEvent)
        due = (
            select(SyncEvent)
            .where(SyncEvent.next_attempt_at <= now)
            .where(_unleased(now))
            .where(~exists().where(earlier.signer == SyncEvent.signer, earlier.id < SyncEvent.id))
            .order_by(SyncEvent.id)
            .limit(batch)
            .with_for_update(skip_locked=True)
        )
        async with self.db.transaction() as session:
            rows = (await session.execute(due)).scalars().all()
            if not rows:
                return []
            # Conditional, so that without row locks (SQLite) a row leased meanwhile is not taken twice.
            lease = (
                update(SyncEvent)
                .where(SyncEvent.id.in_([row.id for row in rows]), _unleased(now))
                .values(locked_until=leased_until)
                .returning(SyncEvent.id)
            )
            won = set((await session.execute(lease)).scalars())
            return [
                Claimed(r.id, r.idempotency_key, r.payload.encode(), r.attempts, leased_until)
                for r in rows
                if r.id in won
            ]

    async def _post(self, http: aiohttp.ClientSession, event: Claimed) -> str | None:
        headers = {"Content-Type": "application/json", **sign(self.secret, event.key, event.body)}
        try:
            async with http.post(
                self.url, data=event.body, headers=headers, allow_redirects=False
            ) as response:
                if response.status < 300 or response.status in DONE_STATUSES:
                    return None
                if response.status < 400:
                    return (
                        f"HTTP {response.status}: a redirect; set PLEDGE_SYNC_URL to the address it points to"
                    )
                return f"HTTP {response.status}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            return type(exc).__name__

    async def _done(self, event: Claimed) -> None:
        async with self.db.transaction() as session:
            await session.execute(delete(SyncEvent).where(_held(event)))

    async def _retry(self, event: Claimed, error: str) -> None:
        delay = min(self.max_delay, self.base_delay * 2 ** min(event.attempts, 16)) * random.uniform(0.5, 1.0)  # noqa: S311 - jitter
        refused = error.startswith(("HTTP 3", "HTTP 4")) and error not in {"HTTP 408", "HTTP 429"}
        log.log(
            logging.ERROR if refused else logging.WARNING,
            "pledge sync: event %s failed (%s), retry in %.0fs%s",
            event.id,
            error,
            delay,
            "; the collector refuses it, and this signer's later events wait behind it" if refused else "",
        )
        async with self.db.transaction() as session:
            await session.execute(
                update(SyncEvent)
                .where(_held(event))
                .values(
                    attempts=event.attempts + 1,
                    next_attempt_at=utcnow() + timedelta(seconds=delay),
                    locked_until=None,
                    last_error=error[:200],
                )
            )

    async def pending(self) -> int:
        """Events not yet taken by the collector."""
        async with self.db.transaction() as session:
            return int((await session.execute(select(func.count()).select_from(SyncEvent))).scalar_one())


def sign(secret: bytes, key: str, body: bytes, now: float | None = None) -> dict[str, str]:
    """The signature headers of one attempt: HMAC-SHA256 over `<timestamp>.<key>.<body>`."""
    timestamp = str(int(time.time() if now is None else now))
    signed = b".".join((timestamp.encode(), key.encode(), body))
    signature = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return {"Idempotency-Key": key, "X-Signature-Timestamp": timestamp, "X-Signature": f"sha256={signature}"}


def _unleased(now: datetime) -> ColumnElement[bool]:
    return (SyncEvent.locked_until.is_(None)) | (SyncEvent.locked_until < now)


def _held(event: Claimed) -> ColumnElement[bool]:
    """The event's row, while this worker's lease on it still stands."""
    return (SyncEvent.id == event.id) & (SyncEvent.locked_until == event.leased_until)
