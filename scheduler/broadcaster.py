"""The broadcaster: one message to every subscriber, at the bot's rate limit, none missed, none doubled.

- **One sender at a time.** The `broadcaster` lease in the database is held by one instance,
  renewed while it sends; if that instance dies, another takes over when the lease ends. So
  the bot's global limit (about 30 messages a second) holds however many instances run.
- **Streamed.** Recipients come from the database in batches, by id, skipping those with a line
  in the delivery log: memory stays flat in the number of subscribers.
- **Logged after the send.** A recipient is logged once Telegram answered (batched, flushed every
  FLUSH_SECONDS). After a crash the broadcast resumes with whoever has no log line: nobody is
  skipped; the only duplicates are the sends answered but not yet flushed (at most
  FLUSH_SECONDS × the rate, plus the sends in flight).
- **Paced.** A global limiter spaces sends evenly (no bursts); a 429 pauses every sender for
  `retry_after` and lowers the pace; 403 and "chat not found" mark the subscriber inactive and
  are never retried; other failures are retried with backoff, then logged as failed. A timeout
  has an unknown outcome and is logged `unknown`, not retried (it may have been delivered).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.services.deletions import PendingDeletions
from bot.services.delivery import DirectOutcome as Outcome
from bot.services.delivery import SendDirect, ShowProgress
from bot.services.links import without_links
from bot.services.lockdown import Lockdown
from bot.services.post_content import Photo, PostContent
from bot.services.post_input import html_to_plain
from bot.services.subscribers import Recipient, Result, Running, SubscriberService
from bot.storage.models import utcnow

log = logging.getLogger(__name__)

LEASE_NAME = "broadcaster"
LEASE = timedelta(seconds=30)
RENEW_SECONDS = 5.0
BATCH = 500
FLUSH_SECONDS = 0.25
MAX_ATTEMPTS = 3
SLOWDOWN = 0.8  # the pace after a 429, as a share of the pace before it
PROGRESS_SECONDS = 3.0
LOCK_CHECK_SECONDS = 1.0
PLATFORM = "telegram"  # where broadcasts go
LATE_TOLERANCE = 0.02  # a send this late for its slot still goes: at 1,000/s, at most 20 in a row


@dataclass
class Tally:
    """What this run has done, for the progress message and the benchmark."""

    sent: int = 0
    failed: int = 0
    skipped: int = 0  # safe-mode chats whose message was links only: nothing left to send
    rate_limited: int = 0
    pace: float = 0.0  # messages a second this run aims at now (lowered by 429s)
    started: float = field(default_factory=time.monotonic)

    def rate(self) -> float:
        """Messages a second since this run began."""
        return (self.sent + self.failed) / max(time.monotonic() - self.started, 1e-6)


class Pace:
    """Evenly spaced sends: each caller books the next free slot, 1/rate apart (no bursts).

    Written by hand: aiolimiter's AsyncLimiter reached only 14 of 30 a second with 100
    waiting senders here (its waiters re-check capacity in turn), and a broadcast must
    run at the allowed rate, not half of it.
    """

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self.next = 0.0

    async def slot(self) -> None:
        """Wait for this caller's slot; one who wakes late (a busy loop) books again, never bursts."""
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            slot = max(self.next, now)
            self.next = slot + self.interval
            if slot > now:
                await asyncio.sleep(slot - now)
            if loop.time() - slot <= max(self.interval, LATE_TOLERANCE):
                return


class Broadcaster:
    """Sends the oldest running broadcast, if this instance holds the lease."""

    def __init__(
        self,
        subscribers: SubscriberService,
        send: SendDirect,
        rate: float,
        paid: bool = False,
        show_progress: ShowProgress | None = None,
        now: Callable[[], datetime] = utcnow,
        lockdown: Lockdown | None = None,
        deletions: PendingDeletions | None = None,
    ) -> None:
        self.subscribers = subscribers
        self.lockdown = lockdown
        self.deletions = deletions  # safe-mode subscribers' messages are deleted later
        self.send = send
        self.rate = rate
        self.paid = paid
        self.show_progress = show_progress
        self.now = now
        self.holder = secrets.token_hex(8)
        # Enough sends in flight to keep the pace (a send takes a few ms); more only cost CPU.
        self.workers = max(4, min(32, int(rate // 40)))
        self.last_tally: Tally | None = None
        self.stop_requested = False
        # Log lines a run could not write (the database went away): written before anything is sent.
        self.unflushed: dict[int, list[Result]] = {}
        self.unscheduled: list[tuple[str, int]] = []  # safe-mode deletions likewise

    def request_stop(self) -> None:
        """Wind down: no new sends; what was sent is logged; the rest waits for the next start."""
        self.stop_requested = True

    async def run_once(self) -> bool:
        """Send what is running, while the lease is ours; True if a broadcast was finished."""
        # First the log lines a failed run kept (a repeat is ignored): whoever sends next must see them.
        await self._write_leftovers()
        if self.stop_requested or await self.locked():
            return False
        await self._tell_skipped()
        if not await self._hold():
            return False
        try:
            broadcast = await self.subscribers.next_running()
            if broadcast is None:
                return False
            return await self.run(broadcast)
        finally:
            await self.subscribers.release(LEASE_NAME, self.holder)

    async def _write_leftovers(self) -> None:
        for broadcast_id, results in list(self.unflushed.items()):
            await self.subscribers.record(broadcast_id, results, self.now())
            del self.unflushed[broadcast_id]
        if self.unscheduled and self.deletions is not None:
            await self.deletions.schedule_many(PLATFORM, self.unscheduled, self.now())
        self.unscheduled = []

    async def _tell_skipped(self) -> None:
        """One message to the admins listing the digests a lockdown's lift found stale (no names)."""
        keys = await self.subscribers.take_skipped()
        if not keys or self.show_progress is None:
            return
        dates = ", ".join(key.removeprefix("digest:") for key in keys)
        try:  # under a key no broadcast has: a message of its own, never an edit of a progress message
            await self.show_progress(None, 0, "digest-skipped", {"dates": dates}, True)
        except Exception:
            log.warning("could not tell the admins about skipped digests", exc_info=True)

    async def locked(self) -> bool:
        """True during a lockdown: nothing is sent until an owner lifts it."""
        return self.lockdown is not None and await self.lockdown.active()

    async def _hold(self) -> bool:
        now = self.now()
        return await self.subscribers.hold(LEASE_NAME, self.holder, now, now + LEASE)

    async def run(self, broadcast: Running) -> bool:
        """Send one broadcast to everyone it has not reached; stop early if the lease is lost."""
        run = _Run(self, broadcast)
        self.last_tally = run.tally
        finished = await run.go()
        if finished and await self.subscribers.finish(broadcast.id, self.now()):
            await self._progress(broadcast, run.tally, final=True)
            return True
        return False

    async def _progress(self, broadcast: Running, tally: Tally, final: bool) -> None:
        if self.show_progress is None:
            return
        progress = await self.subscribers.progress(broadcast.id)
        rate = tally.rate()
        values = {
            "id": broadcast.id,
            "sent": progress.sent,
            "failed": progress.failed,
            "skipped": progress.skipped,
            "remaining": progress.remaining,
            "rate": round(rate, 1),
            "eta": round(progress.remaining / rate / 60) if rate > 0 else 0,
        }
        key = "broadcast-done" if final else "broadcast-progress"
        owner = broadcast.created_by if broadcast.kind == "admin" else None
        try:
            await self.show_progress(owner, broadcast.id, key, values, final)
        except Exception:  # the progress message must never stop the broadcast
            log.warning("could not show broadcast progress", exc_info=True)


class _Run:
    """One instance's pass over one broadcast: a producer, senders, a flusher, a lease keeper."""

    def __init__(self, owner: Broadcaster, broadcast: Running) -> None:
        self.owner = owner
        self.broadcast = broadcast
        self.photos = tuple(Photo(file_id) for file_id in broadcast.photos)  # one file_id for all
        self.queue: asyncio.Queue[tuple[Recipient, int]] = asyncio.Queue(maxsize=BATCH * 2)
        self.rate = owner.rate
        self.limiter = self._limiter(self.rate)
        self.resume = asyncio.Event()
        self.resume.set()
        self.results: list[Result] = []
        self.vanishing: list[tuple[str, int]] = []  # (address, message id) in safe-mode chats
        self.tally = Tally(pace=self.rate)
        self.retrying = 0
        self.pending_retries: set[asyncio.Task[None]] = set()
        self.lost_lease = False
        self.locked_down = False
        self.log_failing = False  # the delivery log cannot be written: send no more until it can
        self.stopping = asyncio.Event()

    @staticmethod
    def _limiter(rate: float) -> Pace:
        return Pace(rate)

    async def go(self) -> bool:
        senders = [asyncio.create_task(self._sender()) for _ in range(self.owner.workers)]
        helpers = [
            asyncio.create_task(self._flusher()),
            asyncio.create_task(self._keeper()),
            asyncio.create_task(self._lock_watch()),
        ]
        try:
            await self._produce()
            while True:  # a retry waiting for its backoff is not in the queue yet
                await self.queue.join()
                if not self.retrying or self._halted():
                    break
                await asyncio.sleep(0.1)
        finally:
            # Senders only wait on the network and retries only sleep: they may be cancelled. The
            # flusher and the lease keeper may be inside a transaction: they are asked to stop.
            tasks = senders + list(self.pending_retries)
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            self.stopping.set()
            await asyncio.gather(*helpers, return_exceptions=True)
            try:
                await self._flush()
            except Exception:  # kept by the broadcaster and written before its next send
                log.warning(
                    "broadcast %s: delivery log kept in memory until the database is back", self.broadcast.id
                )
                self.owner.unflushed.setdefault(self.broadcast.id, []).extend(self.results)
                self.owner.unscheduled.extend(self.vanishing)
                self.results, self.vanishing = [], []
                return False
        return not self._halted()

    def _halted(self) -> bool:
        """Asked to stop, locked down, or the lease went to another instance: send nothing more."""
        return self.lost_lease or self.locked_down or self.log_failing or self.owner.stop_requested

    async def _produce(self) -> None:
        after = 0
        while not self._halted():
            batch = await self.owner.subscribers.pending(self.broadcast.id, after, BATCH)
            if not batch:
                return
            for recipient in batch:
                if self._halted():
                    return
                await self.queue.put((recipient, 1))
            after = batch[-1].id  # the queue's bound keeps memory flat; ids only go up

    async def _sender(self) -> None:
        while True:
            recipient, attempt = await self.queue.get()
            try:
                if self._halted():
                    continue  # not logged: whoever sends next sends it
                await self._send_one(recipient, attempt)
            except Exception as exc:  # a bug must not stall the broadcast: log it, count it, go on
                log.exception("broadcast %s: a send failed unexpectedly", self.broadcast.id)
                self.results.append(Result(recipient.id, "failed", type(exc).__name__))
                self.tally.failed += 1
            finally:
                self.queue.task_done()

    async def _send_one(self, recipient: Recipient, attempt: int) -> None:
        text = self.broadcast.texts.get(recipient.locale) or self.broadcast.texts.get("en")
        if text is None:
            text = next(iter(self.broadcast.texts.values()))
        if recipient.safe_mode:  # no links into a chat that may be searched
            text = without_links(text)
            if not self.photos and not html_to_plain(text).strip():  # Telegram would refuse it
                self.results.append(Result(recipient.id, "skipped", "only links, in safe mode"))
                self.tally.skipped += 1
                return
        message: str | PostContent = PostContent(text, self.photos) if self.photos else text
        while True:
            await self.resume.wait()
            await self.limiter.slot()
            await self.resume.wait()
            if self._halted():  # stopped while this one waited for its slot: not sent, not logged
                return
            answer = await self.owner.send(recipient.address, message, self.owner.paid)
            if answer.outcome is not Outcome.RETRY_AFTER:
                break
            await self._flood_control(answer.retry_after)
        if answer.outcome is Outcome.FAILED and attempt < MAX_ATTEMPTS:
            self._retry_later(recipient, attempt + 1)
            return
        status = {Outcome.SENT: "sent", Outcome.GONE: "blocked", Outcome.UNKNOWN: "unknown"}.get(
            answer.outcome, "failed"
        )
        self.results.append(Result(recipient.id, status, None if status == "sent" else answer.reason))
        if recipient.safe_mode and answer.message_id is not None:
            self.vanishing.append((recipient.address, answer.message_id))
        if status == "sent":
            self.tally.sent += 1
        else:
            self.tally.failed += 1

    async def _flood_control(self, retry_after: float) -> None:
        """Telegram said slow down: everyone waits, and the pace drops."""
        self.tally.rate_limited += 1
        if not self.resume.is_set():
            await self.resume.wait()
            return
        self.resume.clear()
        self.rate = max(1.0, self.rate * SLOWDOWN)  # for this run; the next starts at BROADCAST_RATE
        self.tally.pace = self.rate
        self.limiter = self._limiter(self.rate)
        log.warning("broadcast %s: flood control, pausing %.0f s", self.broadcast.id, retry_after)
        await asyncio.sleep(retry_after)
        self.resume.set()

    def _retry_later(self, recipient: Recipient, attempt: int) -> None:
        async def later() -> None:
            try:
                await asyncio.sleep(2 ** (attempt - 1))  # 2 s, 4 s: never twice a second to one chat
                await self.queue.put((recipient, attempt))
            finally:
                self.retrying -= 1

        self.retrying += 1
        task = asyncio.get_running_loop().create_task(later())
        self.pending_retries.add(task)
        task.add_done_callback(self.pending_retries.discard)

    async def _pause(self, seconds: float) -> bool:
        """Sleep, or wake early when the run stops; True while the run goes on."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), seconds)
        return not self.stopping.is_set()

    async def _flusher(self) -> None:
        last_progress = time.monotonic()
        while await self._pause(FLUSH_SECONDS):
            try:
                await self._flush()
                if time.monotonic() - last_progress >= PROGRESS_SECONDS:
                    last_progress = time.monotonic()
                    await self.owner._progress(self.broadcast, self.tally, final=False)
            except Exception:  # nothing is dropped; but sending on unlogged would risk doubles after a crash
                log.warning("broadcast %s: could not write the delivery log, stopping", self.broadcast.id)
                self.log_failing = True
                self._drop_queued()
                return

    async def _flush(self) -> None:
        results, self.results = self.results, []
        try:
            await self.owner.subscribers.record(self.broadcast.id, results, self.owner.now())
        except Exception:
            self.results = results + self.results  # kept for the next flush
            raise
        vanishing, self.vanishing = self.vanishing, []
        if vanishing and self.owner.deletions is not None:
            try:
                await self.owner.deletions.schedule_many(PLATFORM, vanishing, self.owner.now())
            except Exception:
                self.vanishing = vanishing + self.vanishing
                raise

    def _drop_queued(self) -> None:
        """Forget what is queued: nothing was sent to them, so whoever sends next sends it."""
        while not self.queue.empty():
            self.queue.get_nowait()
            self.queue.task_done()

    async def _lock_watch(self) -> None:
        """A lockdown on any instance, or an admin's cancel (the desk), stops this run within a second."""
        while await self._pause(LOCK_CHECK_SECONDS / 2):
            try:
                locked = await self.owner.locked()
                cancelled = not locked and not await self.owner.subscribers.is_running(self.broadcast.id)
            except Exception:  # the database may be back at the next look; the keeper judges the lease
                log.warning("broadcast %s: could not read the lockdown flag", self.broadcast.id)
                continue
            if locked or cancelled:
                log.warning(
                    "broadcast %s: %s, stopping", self.broadcast.id, "lockdown" if locked else "cancelled"
                )
                self.locked_down = True  # either way: nothing more is sent, and it is not `done`
                self._drop_queued()
                return

    async def _keeper(self) -> None:
        while await self._pause(RENEW_SECONDS):
            try:
                held = await self.owner._hold()
            except Exception:  # cannot renew: act as if lost, before another instance takes over
                log.exception("broadcast %s: could not renew the broadcaster lease", self.broadcast.id)
                held = False
            if not held:
                log.error("broadcast %s: lost the broadcaster lease, stopping", self.broadcast.id)
                self.lost_lease = True
                self._drop_queued()  # the new holder sends it
                return
