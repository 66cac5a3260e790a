"""The start-up's check of the schema without Alembic agrees with Alembic, on both databases."""

from __future__ import annotations

from pathlib import Path

from bot.storage import migrate, revision
from bot.storage.session import Database


def test_the_head_read_from_the_files_is_alembics() -> None:
    assert revision.head_revision() is not None
    assert revision.head_revision() == migrate.head_revision()


def test_files_that_do_not_say_the_head_plainly_give_no_answer(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (tmp_path / "b.py").write_text('revision = "b"\ndown_revision = "a"\n')
    assert revision.head_revision(tmp_path) == "b"
    (tmp_path / "c.py").write_text('revision = "c"\ndown_revision = "a"\n')  # two heads
    assert revision.head_revision(tmp_path) is None
    (tmp_path / "c.py").write_text('revision = "c"\ndown_revision = ("a", "b")\n')  # a merge
    assert revision.head_revision(tmp_path) == "c"
    (tmp_path / "d.py").write_text('revision = make()\ndown_revision = "c"\n')  # computed
    assert revision.head_revision(tmp_path) is None


async def test_the_schema_is_current_only_at_the_newest_revision(db: Database) -> None:
    assert await revision.is_current(db.engine)  # the fixture migrated it
    await migrate.downgrade(db.engine, "0010")
    assert not await revision.is_current(db.engine)
    await migrate.downgrade(db.engine, "base")  # alembic_version is left empty
    assert not await revision.is_current(db.engine)
    await migrate.upgrade(db.engine)
    assert await revision.is_current(db.engine)


async def test_an_empty_database_is_not_current(tmp_path: Path) -> None:
    from bot.settings import async_url
    from bot.storage.session import create_engine

    empty = Database(create_engine(async_url(f"sqlite:///{tmp_path / 'empty.sqlite3'}")))
    try:
        assert not await revision.is_current(empty.engine)
    finally:
        await empty.close()
