"""Bot instances for the scheduler's tests: each on the test's database with its own engine,
a router and a real Telegram front-end talking to the fake Bot API, stopped at the end."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest

from bot.adapters.telegram import TelegramFrontend
from bot.router import Router
from bot.settings import Settings, async_url
from bot.storage.models import utcnow
from bot.storage.session import Database, create_engine
from bot.wiring import build_router
from tests.fakes.telegram import FakeTelegram

ADMIN = 4242


@dataclass
class Bot:
    """One instance: its engine, router and Telegram front-end."""

    db: Database
    router: Router
    frontend: TelegramFrontend

    def admin_ref(self) -> str:
        return self.router.hasher.user_ref("telegram", ADMIN)


@pytest.fixture
async def start_bot(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> AsyncIterator[Callable[..., Any]]:
    """`await start_bot(now=clock, **areas)`: an instance with ADMIN as admin and the given settings
    areas, whose handlers read `now`."""
    fake, base_url = fake_telegram
    started: list[Bot] = []

    async def start(now: Callable[[], datetime] = utcnow, **areas: dict[str, Any]) -> Bot:
        telegram = {"token": fake.token, "api_base_url": base_url} | areas.pop("telegram", {})
        settings = make_settings(telegram=telegram, core={"admin_ids": [ADMIN]}, **areas)
        own_db = Database(create_engine(async_url(db.engine.url.render_as_string(False))))
        router = build_router(settings, own_db, now=now)
        frontend = TelegramFrontend(settings, router)
        await frontend.application.initialize()
        bot = Bot(own_db, router, frontend)
        started.append(bot)
        return bot

    yield start
    for bot in started:
        await bot.frontend.application.shutdown()
        await bot.db.close()
