"""Fixtures of the fault tests: the whole bot's settings, a proxied PostgreSQL, a flaky Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.services.pledges import count_rows
from bot.settings import Settings
from bot.storage.models import Counter, Pledge
from bot.storage.session import Database
from tests.conftest import TEST_KEY, free_port, serving
from tests.faults.flaky_telegram import FlakyTelegram
from tests.faults.pgproxy import PgProxy, proxied

ADMIN = 4242
CHANNEL = "@free_en"


@pytest.fixture
async def flaky_telegram() -> AsyncIterator[tuple[FlakyTelegram, str]]:
    """The fake Bot API with aimed faults, and the TELEGRAM_API_BASE_URL that reaches it."""
    fake = FlakyTelegram()
    async with serving(fake.app()) as origin:
        yield fake, f"{origin}/bot"
        fake.released.set()  # a held call must not keep the server's shutdown waiting


@pytest.fixture
async def proxy(database_url: str) -> AsyncIterator[PgProxy]:
    """A restartable proxy in front of this run's PostgreSQL database (PostgreSQL only)."""
    if not database_url.startswith("postgresql"):
        pytest.skip("a server restart is PostgreSQL's; SQLite is a file in the process")
    async with proxied(database_url) as running:
        yield running


@pytest.fixture
def whole_bot_settings(
    make_settings: Callable[..., Settings], database_url: str, tmp_path: Path
) -> Callable[..., Settings]:
    """`build(fake_base_url, token, database_url=None, **areas)`: the whole bot on a free port."""

    def build(base_url: str, token: str, url: str | None = None, **areas: Any) -> Settings:
        telegram = {"token": token, "api_base_url": base_url, "channels": {"en": CHANNEL}}
        storage = {
            "database_url": url or database_url,
            "data_dir": tmp_path / "data",
            "pledge_hash_key": TEST_KEY,
        }
        core = {"port": free_port(), "host": "127.0.0.1", "admin_ids": [ADMIN]}
        telegram |= areas.pop("telegram", {})
        core |= areas.pop("core", {})
        return make_settings(telegram=telegram, storage=storage, core=core, **areas)

    return build


async def pledge_figures(db: Database) -> tuple[int, int, list[int]]:
    """(the counter, the number of pledge rows, the signer numbers in order)."""
    async with db.transaction() as session:
        counter = await session.scalar(select(Counter.value).where(Counter.name == "pledges"))
        rows = await count_rows(session)
        numbers = (await session.execute(select(Pledge.signer_no).order_by(Pledge.signer_no))).scalars().all()
    return int(counter or 0), rows, list(numbers)
