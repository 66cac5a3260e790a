"""Bring the schema to the newest migration, on SQLite or PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).parent / "migrations"
# Any constant will do: it keeps two instances from migrating at the same moment.
PG_MIGRATION_LOCK = 0x46544142


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest revision the code knows."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def _upgrade(connection: Connection, target: str) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATION_LOCK})
    command.upgrade(_config(connection), target)


def _downgrade(connection: Connection, target: str) -> None:
    command.downgrade(_config(connection), target)


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def upgrade(engine: AsyncEngine, target: str = "head") -> None:
    """Apply every pending migration in one transaction."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade, target)


async def downgrade(engine: AsyncEngine, target: str = "base") -> None:
    """Undo migrations down to `target` (for tests and emergencies)."""
    async with engine.begin() as conn:
        await conn.run_sync(_downgrade, target)


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    async with engine.connect() as conn:
        return await conn.run_sync(_current)
