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


async def _written_behind_its_back(db: Database, ref: str, locale: str) -> None:
    """A change no PeopleService made, as a second process on the same store would make it."""
    async with db.engine.begin() as conn:
        await conn.execute(text("DELETE FROM people WHERE user_ref = :ref"), {"ref": ref})
        await conn.execute(
            text(
                "INSERT INTO people (user_ref, locale, created_at, updated_at)"
                " VALUES (:ref, :locale, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"ref": ref, "locale": locale},
        )


async def test_the_sole_writer_remembers_states_and_follows_its_own_changes(db: Database) -> None:
    """SQLite's one process keeps people's states in memory; its own changes show at once."""
    sole, reader = PeopleService(db, sole_writer=True), PeopleService(db)
    ref = HASHER.user_ref("telegram", 4242)
    assert await sole.state_of(ref) == (None, None)
    await _written_behind_its_back(db, ref, "uk")
    assert await reader.state_of(ref) == ("uk", None)  # a shared store is read every time
    assert await sole.state_of(ref) == (None, None)  # the sole writer answers from memory
    await sole.choose_locale(ref, "be")
    assert await sole.state_of(ref) == ("be", None)
    await sole.set_safe_mode(ref, "be", True)
    assert await sole.state_of(ref) == ("be", True)
    await sole.forget(ref)
    assert await sole.state_of(ref) == (None, None) == await reader.state_of(ref)


async def test_a_read_overlapping_a_change_is_not_remembered(db: Database) -> None:
    """A read that began before a change committed must not leave the old state in memory.

    Two guards cover it (the change counter, and the drop after the commit); this fails only
    without both, since on SQLite's one connection either is enough for this interleaving.
    """
    import asyncio

    sole = PeopleService(db, sole_writer=True)
    for n, code in enumerate(("pl", "de", "lt")):
        ref = HASHER.user_ref("telegram", 4343 + n)  # not yet remembered: the read goes to the store
        reading = asyncio.create_task(sole.state_of(ref))  # starts first, sees the old state
        changing = asyncio.create_task(sole.choose_locale(ref, code))
        await asyncio.gather(reading, changing)
        assert await sole.state_of(ref) == (code, None)


async def test_the_sole_writer_remembers_a_bounded_number_of_people(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.services.people.REMEMBERED", 2)
    sole = PeopleService(db, sole_writer=True)
    first, second, third = (HASHER.user_ref("telegram", n) for n in (1, 2, 3))
    for ref in (first, second, third):
        assert await sole.state_of(ref) == (None, None)
    for ref in (first, third):
        await _written_behind_its_back(db, ref, "it")
    assert await sole.state_of(first) == ("it", None)  # the oldest was let go: read again
    assert await sole.state_of(third) == (None, None)  # still remembered
