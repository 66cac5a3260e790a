"""Fixtures: isolated settings, a migrated database per backend, the fake Bot API, a network guard."""

from __future__ import annotations

import os
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from sqlalchemy import text

from bot.services.transparency.checkpoint import generate_key
from bot.settings import DEFAULT_ORIGIN, Settings, load_settings, variable_names
from bot.storage import migrate
from bot.storage.models import Base
from bot.storage.session import Database, create_engine
from tests.fakes.telegram import FakeTelegram

SETTINGS = variable_names()  # cleared from the environment before each test
LOOPBACK = {"127.0.0.1", "::1", "localhost"}
TEST_KEY = "k" * 40
TEST_SIGNING_KEY, TEST_VERIFIER_KEY = generate_key(DEFAULT_ORIGIN)  # the checkpoints' key
DEAD_SOURCE = "http://127.0.0.1:9/closed"  # the discard port: nothing listens, a refusal comes at once
POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No setting leaks in from the developer's shell or a `.env` file."""
    for name in list(os.environ):
        if name in SETTINGS or name.startswith("LANG"):  # LANG, LANGUAGE: the console's language
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that tries to resolve a host off this machine (api.telegram.org, say)."""
    real = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and name not in LOOPBACK:
            raise AssertionError(f"test tried to reach {name!r}: only loopback is allowed")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _backends() -> list[Any]:
    postgres = pytest.param("postgres", marks=pytest.mark.postgres)
    return ["sqlite", postgres]


@pytest.fixture(params=_backends())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL per backend: a fresh SQLite file, or TEST_DATABASE_URL when set."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite3'}"
    if not POSTGRES_URL:
        pytest.skip("TEST_DATABASE_URL is not set")
    return POSTGRES_URL


@pytest.fixture
def make_settings(tmp_path: Path, database_url: str) -> Any:
    """Build settings as the environment would give them, with test defaults."""

    def build(**areas: dict[str, Any]) -> Settings:
        storage = {"database_url": database_url, "data_dir": tmp_path / "data", "pledge_hash_key": TEST_KEY}
        stats = {"source_url": DEAD_SOURCE}  # tests that need a live source start a fake one
        posts = {"daily_post_time": "off"}  # tests of the daily post and digest set their times
        broadcasts = {"digest_time": "off"}
        safety = {"milestone_jitter_minutes": 0}  # the jitter's own tests set it
        transparency = {"signing_key": TEST_SIGNING_KEY}
        defaults = {
            "transparency": transparency,
            "storage": storage,
            "stats": stats,
            "posts": posts,
            "broadcasts": broadcasts,
            "safety": safety,
        }
        # /metrics has a port of its own: a free one, or two bots in one test would share 9091
        core = {"metrics_port": free_port(), "metrics_host": "127.0.0.1"} | areas.pop("core", {})
        return load_settings(**(defaults | areas | {"core": core}))

    return build


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    """A database migrated from empty to the newest revision."""
    from bot.settings import async_url

    database = Database(create_engine(async_url(database_url)))
    await _reset(database)
    await migrate.upgrade(database.engine)
    yield database
    await database.close()


async def _reset(database: Database) -> None:
    """Drop what an earlier run left in a shared PostgreSQL test database."""
    if database.engine.dialect.name != "postgresql":
        return
    async with database.engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
        await conn.execute(text("DROP TABLE IF EXISTS alembic_version"))


@asynccontextmanager
async def serving(app: web.Application) -> AsyncIterator[str]:
    """Serve a fake's aiohttp app on a free loopback port; yields `http://127.0.0.1:PORT`."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@pytest.fixture
async def fake_telegram() -> AsyncIterator[tuple[FakeTelegram, str]]:
    """The fake Bot API on 127.0.0.1, and the TELEGRAM_API_BASE_URL that reaches it."""
    fake = FakeTelegram()
    async with serving(fake.app()) as origin:
        yield fake, f"{origin}/bot"


def pytest_sessionstart(session: pytest.Session) -> None:
    """In CI, PostgreSQL must answer: its tests never skip silently there.

    Each run works in a database of its own, created beside TEST_DATABASE_URL's and dropped
    at the end, so two runs on one server (a developer's and a helper's) never collide.
    """
    global POSTGRES_URL
    if os.environ.get("REQUIRE_POSTGRES") and not _postgres_answers():
        raise pytest.UsageError(
            f"REQUIRE_POSTGRES is set but TEST_DATABASE_URL={POSTGRES_URL!r} does not answer"
        )
    if POSTGRES_URL and _postgres_answers():
        POSTGRES_URL = _create_run_database(POSTGRES_URL)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Drop this run's own PostgreSQL database."""
    if POSTGRES_URL and os.environ.get("TEST_DATABASE_URL") != POSTGRES_URL:
        _admin_sql(POSTGRES_URL, f'DROP DATABASE IF EXISTS "{_database_name(POSTGRES_URL)}" WITH (FORCE)')


def _create_run_database(base: str) -> str:
    from sqlalchemy.engine import make_url

    name = f"{make_url(base).database}_run{os.getpid()}"
    run_url = make_url(base).set(database=name).render_as_string(hide_password=False)
    _admin_sql(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _admin_sql(base, f'CREATE DATABASE "{name}"')
    return run_url


def _database_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).database)


def _admin_sql(url: str, statement: str) -> None:
    """Run one statement outside a transaction, from the server's maintenance database."""
    import asyncio

    from sqlalchemy.ext.asyncio import create_async_engine

    from bot.settings import async_url

    async def run() -> None:
        engine = create_async_engine(async_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
        try:
            async with engine.connect() as conn:
                await conn.execute(text(statement))
        finally:
            await engine.dispose()

    asyncio.run(run())


def _postgres_answers() -> bool:
    if not POSTGRES_URL:
        return False
    import asyncio

    from bot.settings import async_url

    async def ping() -> bool:
        database = Database(create_engine(async_url(POSTGRES_URL or "")))
        try:
            return await database.ping()
        finally:
            await database.close()

    return asyncio.run(ping())
