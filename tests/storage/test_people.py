"""People's language choices on SQLite and PostgreSQL, and what the store does not hold."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from bot.identity import IdentityHasher
from bot.services.people import PeopleService
from bot.storage import migrate
from bot.storage.session import Database

HASHER = IdentityHasher(b"k" * 40)


async def test_choice_is_stored_overwritten_and_forgotten(db: Database) -> None:
    people = PeopleService(db)
    ref = HASHER.user_ref("telegram", 1001)
    assert await people.locale_of(ref) is None
    await people.choose_locale(ref, "be")
    assert await people.locale_of(ref) == "be"
    await people.choose_locale(ref, "lt")
    assert await people.locale_of(ref) == "lt"
    await people.forget(ref)
    assert await people.locale_of(ref) is None


async def test_unknown_locale_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="xx"):
        await PeopleService(db).choose_locale(HASHER.user_ref("telegram", 1), "xx")


async def test_concurrent_choices_leave_one_row(db: Database) -> None:
    """Two writes at once for one person: one row, the language of one of them."""
    import asyncio

    people = PeopleService(db)
    ref = HASHER.user_ref("telegram", 77)
    await asyncio.gather(*(people.choose_locale(ref, code) for code in ("be", "pl", "de", "fr")))
    async with db.engine.connect() as conn:
        count = (await conn.execute(text("SELECT COUNT(*) FROM people"))).scalar_one()
    assert count == 1
    assert await people.locale_of(ref) in {"be", "pl", "de", "fr"}


async def test_migrations_go_down_to_empty_and_back_up(db: Database) -> None:
    assert await migrate.current_revision(db.engine) == migrate.head_revision()
    await migrate.downgrade(db.engine, "base")
    assert await migrate.current_revision(db.engine) is None
    await migrate.upgrade(db.engine)
    assert await migrate.current_revision(db.engine) == migrate.head_revision()


def test_hash_is_keyed_and_separates_platforms() -> None:
    other = IdentityHasher(b"o" * 40)
    assert HASHER.user_ref("telegram", 5) == HASHER.user_ref("telegram", "5")
    assert HASHER.user_ref("telegram", 5) != other.user_ref("telegram", 5)
    assert HASHER.user_ref("telegram", 5) != HASHER.user_ref("mastodon", 5)
    assert len(HASHER.user_ref("telegram", 5)) == 64


async def test_migrations_build_exactly_the_tables_the_models_describe(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from bot.storage.models import Base

    def diff(connection: Any) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        return [d for d in compare_metadata(context, Base.metadata) if "alembic_version" not in str(d)]

    async with db.engine.connect() as conn:
        assert await conn.run_sync(diff) == []
