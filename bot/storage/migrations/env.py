"""Alembic environment: runs on the connection `bot.storage.migrate` hands over.

Run by hand (`alembic revision --autogenerate -m ...` from the project root), it
opens its own connection to DATABASE_URL instead.
"""

import asyncio

from alembic import context
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from bot.settings import StorageSettings
from bot.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection: Connection) -> None:
    """Run the pending migrations in one transaction on `connection`."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_standalone() -> None:
    """Open a connection from DATABASE_URL, for the alembic command line."""
    engine = create_async_engine(StorageSettings().url)
    async with engine.connect() as connection:
        await connection.run_sync(run_on)
    await engine.dispose()


given = config.attributes.get("connection")
if given is not None:
    run_on(given)
else:
    asyncio.run(run_standalone())
