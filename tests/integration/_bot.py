"""Running the whole bot inside a test, as `python -m bot` would, and stopping it as SIGTERM would."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

import aiohttp

from bot.app import run_telegram
from bot.settings import Settings
from bot.storage.models import utcnow
from tests.conftest import free_port
from tests.fakes.telegram import FakeTelegram


class MovableClock:
    """The clock the bot reads (`now`); the test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@asynccontextmanager
async def running_bot(settings: Settings, now: Callable[[], datetime] = utcnow) -> AsyncIterator[None]:
    """Run the Telegram front-end for the duration of the block, reading the clock `now`."""
    stop = asyncio.Event()
    task = asyncio.create_task(run_telegram(settings, stop, now))
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)


@asynccontextmanager
async def running_webhook_bot(
    make_settings: Callable[..., Settings],
    fake: FakeTelegram,
    base_url: str,
    webhook_url: str,
    secret: str,
    **core: object,
) -> AsyncIterator[str]:
    """The bot in webhook mode on a free port; yields `http://127.0.0.1:PORT`, once it is healthy.

    `core`: more core settings, e.g. `admin_ids=[...]`.
    """
    port = free_port()
    settings = make_settings(
        telegram={
            "token": fake.token,
            "api_base_url": base_url,
            "webhook_url": webhook_url,
            "webhook_secret": secret,
        },
        core={"port": port, "host": "127.0.0.1", **core},
    )
    async with running_bot(settings):
        await wait_until_healthy(f"http://127.0.0.1:{port}/healthz")
        yield f"http://127.0.0.1:{port}"


async def wait_until_healthy(url: str, within: float = 10.0) -> None:
    """Poll /healthz as Fly's check would, until the bot has started."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                async with session.get(url) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            if loop.time() > deadline:
                raise AssertionError("the bot did not become healthy")
            await asyncio.sleep(0.05)
