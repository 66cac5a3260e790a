"""Queries, one small function each. Services own the transactions."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Select, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.storage.models import Person, utcnow


def upsert(session: AsyncSession, table: Any) -> Any:
    """`INSERT ... ON CONFLICT` for the session's dialect (SQLite or PostgreSQL)."""
    return dialect_insert(session.get_bind().dialect.name, table)


def dialect_insert(dialect: str, table: Any) -> Any:
    """`INSERT ... ON CONFLICT` for a dialect by name (SQLite or PostgreSQL)."""
    return postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)


def person_state(user_ref: str) -> Select[str, bool | None]:
    """(the language a person chose or None, safe mode on/off or None if never answered), in one query."""
    return select(Person.locale, Person.safe_mode).where(Person.user_ref == user_ref)


async def set_person_safe_mode(conn: AsyncConnection, user_ref: str, locale: str, on: bool) -> None:
    """Switch safe mode; a person never seen before is remembered with the language they read."""
    now = utcnow()
    values = {"user_ref": user_ref, "locale": locale, "safe_mode": on, "created_at": now, "updated_at": now}
    await conn.execute(_person_upserts(conn.dialect.name)[1], values)


async def set_person_locale(conn: AsyncConnection, user_ref: str, locale: str) -> None:
    """Store a person's language in one statement, whoever else writes at the same time."""
    now = utcnow()
    values = {"user_ref": user_ref, "locale": locale, "created_at": now, "updated_at": now}
    await conn.execute(_person_upserts(conn.dialect.name)[0], values)


@cache
def _person_upserts(dialect: str) -> tuple[Any, Any]:
    """(store the language, switch safe mode), each an upsert built once per dialect."""
    people = Person.__table__
    locale = dialect_insert(dialect, people)
    locale = locale.on_conflict_do_update(
        index_elements=[people.c.user_ref],
        set_={"locale": locale.excluded.locale, "updated_at": locale.excluded.updated_at},
    )
    safe = dialect_insert(dialect, people)
    safe = safe.on_conflict_do_update(
        index_elements=[people.c.user_ref],
        set_={"safe_mode": safe.excluded.safe_mode, "updated_at": safe.excluded.updated_at},
    )
    return locale, safe


async def delete_person(session: AsyncSession, user_ref: str) -> None:
    """Erase what is stored about a person."""
    await session.execute(delete(Person).where(Person.user_ref == user_ref))
