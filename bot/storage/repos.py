"""Queries, one small function each. Services own the transactions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Person, utcnow


def upsert(session: AsyncSession, table: Any) -> Any:
    """`INSERT ... ON CONFLICT` for the session's dialect (SQLite or PostgreSQL)."""
    dialect = session.get_bind().dialect.name
    return postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)


def person_state(user_ref: str) -> Select[str, bool | None]:
    """(the language a person chose or None, safe mode on/off or None if never answered), in one query."""
    return select(Person.locale, Person.safe_mode).where(Person.user_ref == user_ref)


async def set_person_safe_mode(session: AsyncSession, user_ref: str, locale: str, on: bool) -> None:
    """Switch safe mode; a person never seen before is remembered with the language they read."""
    now = utcnow()
    statement = upsert(session, Person).values(
        user_ref=user_ref, locale=locale, safe_mode=on, created_at=now, updated_at=now
    )
    statement = statement.on_conflict_do_update(
        index_elements=[Person.user_ref], set_={"safe_mode": on, "updated_at": now}
    )
    await session.execute(statement)


async def set_person_locale(session: AsyncSession, user_ref: str, locale: str) -> None:
    """Store a person's language in one statement, whoever else writes at the same time."""
    now = utcnow()
    statement = upsert(session, Person).values(
        user_ref=user_ref, locale=locale, created_at=now, updated_at=now
    )
    statement = statement.on_conflict_do_update(
        index_elements=[Person.user_ref], set_={"locale": locale, "updated_at": now}
    )
    await session.execute(statement)


async def delete_person(session: AsyncSession, user_ref: str) -> None:
    """Erase what is stored about a person."""
    await session.execute(delete(Person).where(Person.user_ref == user_ref))
