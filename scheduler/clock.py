"""The clock: APScheduler in the event loop. It only knocks; the database decides.

Jobs (daily post, digest, stats refresh) join in their own issues. The heartbeat
job lets /healthz tell a running clock from a stalled one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger(__name__)
HEARTBEAT_SECONDS = 30


class Clock:
    """An AsyncIOScheduler in TIMEZONE, with a heartbeat for health checks."""

    def __init__(self, timezone: str, heartbeat_seconds: int = HEARTBEAT_SECONDS) -> None:
        self.scheduler = AsyncIOScheduler(timezone=timezone)
        self.heartbeat_seconds = heartbeat_seconds
        self.last_beat: datetime | None = None
        self.running: set[asyncio.Task[object]] = set()
        self.stop_hooks: list[Callable[[], None]] = []

    async def _beat(self) -> None:
        self.last_beat = datetime.now(UTC)

    def start(self) -> None:
        """Start the scheduler inside the running event loop; the start counts as a beat."""
        self.scheduler.add_job(
            self._beat, "interval", seconds=self.heartbeat_seconds, id="heartbeat", coalesce=True
        )
        self.scheduler.start()
        self.last_beat = datetime.now(UTC)

    def every(
        self, seconds: float, job: Callable[[], Awaitable[object]], name: str, first_run_now: bool = False
    ) -> None:
        """Run `job` every `seconds`, one run at a time; a slow run skips the missed ones.

        A run that comes late still runs (`misfire_grace_time=None`; `coalesce` makes several missed
        runs one). With APScheduler's default of 1 s, a start-up slower than that (publishing the menus
        to Telegram, say) silently dropped the `first_run_now` run: the first stats fetch then waited a
        whole interval.
        """
        first = {"next_run_time": datetime.now(UTC)} if first_run_now else {}
        self.scheduler.add_job(
            self._tracked(job),
            "interval",
            seconds=seconds,
            id=name,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
            replace_existing=True,
            **first,
        )

    def alongside(self, job: Callable[[], Awaitable[object]], name: str) -> None:
        """Run the long-lived `job` (e.g. a stream reader) once the clock starts, until it returns.

        It is a running job like the others: `stop` calls the hooks (one of which should end it)
        and waits for it within the grace.
        """
        self.scheduler.add_job(
            self._tracked(job), "date", id=name, replace_existing=True, misfire_grace_time=None
        )

    def _tracked(self, job: Callable[[], Awaitable[object]]) -> Callable[[], Awaitable[None]]:
        async def tracked() -> None:
            task = asyncio.current_task()
            if task is not None:
                self.running.add(task)
            try:
                await job()
            finally:
                if task is not None:
                    self.running.discard(task)

        return tracked

    def on_stop(self, hook: Callable[[], None]) -> None:
        """Call `hook` when the clock stops (e.g. ask a long broadcast to wind down)."""
        self.stop_hooks.append(hook)

    async def stop(self, grace: float = 20.0) -> None:
        """No new runs; ask long jobs to wind down; wait up to `grace` s for running ones, then cancel.

        A job cancelled inside a database transaction would leave its connection to the
        garbage collector, so jobs get the grace to end their transactions themselves.
        """
        if not self.scheduler.running:
            return
        self.scheduler.pause()  # shutdown() would cancel running jobs at once: pause, then wait
        for hook in self.stop_hooks:
            hook()
        if self.running:
            _, late = await asyncio.wait(set(self.running), timeout=grace)
            for task in late:
                log.warning("a scheduled job did not end within %.0f s: cancelled", grace)
                task.cancel()
            if late:
                await asyncio.wait(late)
        self.scheduler.shutdown(wait=False)
        await asyncio.sleep(0)  # AsyncIOScheduler shuts down on the loop's next turn

    def alive(self) -> bool:
        """True when the scheduler runs and beat within two intervals."""
        if not self.scheduler.running or self.last_beat is None:
            return False
        return datetime.now(UTC) - self.last_beat < timedelta(seconds=2 * self.heartbeat_seconds)
