"""The clock: jobs run once at a time, and stopping gives a running job its grace."""

from __future__ import annotations

import asyncio

from scheduler.clock import Clock


async def test_stop_lets_a_running_job_finish_within_the_grace() -> None:
    clock = Clock("UTC")
    finished = asyncio.Event()
    started = asyncio.Event()

    async def slow_job() -> None:
        started.set()
        await asyncio.sleep(1.0)
        finished.set()

    clock.every(60, slow_job, "slow", first_run_now=True)
    clock.start()
    await asyncio.wait_for(started.wait(), 5)
    await clock.stop(grace=5)
    assert finished.is_set()  # not cancelled half-way
    assert not clock.scheduler.running


async def test_stop_cancels_a_job_that_outlasts_the_grace_and_calls_the_hooks() -> None:
    clock = Clock("UTC")
    started = asyncio.Event()
    asked: list[str] = []

    async def endless_job() -> None:
        started.set()
        await asyncio.sleep(3600)

    clock.every(60, endless_job, "endless", first_run_now=True)
    clock.on_stop(lambda: asked.append("wind down"))
    clock.start()
    await asyncio.wait_for(started.wait(), 5)
    await asyncio.wait_for(clock.stop(grace=0.2), 5)
    assert asked == ["wind down"] and not clock.running


async def test_a_job_alongside_starts_with_the_clock_even_if_added_long_before_and_ends_at_its_hook() -> None:
    clock = Clock("UTC")
    started, stop, ended = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def reader() -> None:
        started.set()
        await stop.wait()
        await asyncio.sleep(0.2)  # winding down: the stop waits for it
        ended.set()

    clock.alongside(reader, "reader")
    await asyncio.sleep(1.5)  # later than APScheduler's default misfire grace (1 s)
    assert not started.is_set()
    clock.on_stop(stop.set)
    clock.start()
    await asyncio.wait_for(started.wait(), 5)
    await asyncio.wait_for(clock.stop(grace=5), 5)
    assert ended.is_set() and not clock.running


async def test_a_first_run_survives_a_start_up_slower_than_a_second() -> None:
    """Menus published to Telegram can take seconds before the clock starts: the first run still comes.

    Under APScheduler's default grace of 1 s it was dropped as missed, and the first stats fetch of a
    fresh deploy then waited a whole interval (an hour).
    """
    clock = Clock("UTC")
    ran = asyncio.Event()

    async def fetch() -> None:
        ran.set()

    clock.every(3600, fetch, "stats-refresh", first_run_now=True)
    await asyncio.sleep(1.5)  # the rest of start-up, before `clock.start()`
    clock.start()
    try:
        await asyncio.wait_for(ran.wait(), 5)
    finally:
        await clock.stop(grace=1)
