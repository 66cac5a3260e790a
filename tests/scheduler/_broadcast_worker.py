"""A broadcaster in a process of its own, for the test that kills it with SIGKILL mid-broadcast.

Usage: python -m tests.scheduler._broadcast_worker DATABASE_URL BOT_API_BASE_URL TOKEN RATE
"""

from __future__ import annotations

import asyncio
import sys

from bot.adapters.telegram import TelegramFrontend
from bot.settings import async_url, load_settings
from bot.storage.session import Database, create_engine
from bot.wiring import build_router
from scheduler.broadcaster import Broadcaster


async def main(database_url: str, base_url: str, token: str, rate: float) -> None:
    settings = load_settings(
        telegram={"token": token, "api_base_url": base_url}, storage={"database_url": database_url}
    )
    db = Database(create_engine(async_url(database_url)))
    router = build_router(settings, db)
    frontend = TelegramFrontend(settings, router)
    await frontend.application.initialize()
    await Broadcaster(router.ctx.subscribers, frontend.send_direct, rate).run_once()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])))
