"""People: what the bot remembers of someone, which is only their chosen language."""

from __future__ import annotations

from bot.settings import LOCALES
from bot.storage import repos
from bot.storage.session import Database


class PeopleService:
    """Reads and writes a person's language choice by their keyed-hash reference."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def locale_of(self, user_ref: str) -> str | None:
        """The language the person chose, or None if they never chose."""
        async with self.db.transaction() as session:
            return await repos.person_locale(session, user_ref)

    async def choose_locale(self, user_ref: str, locale: str) -> None:
        """Remember the person's language; it survives restarts."""
        if locale not in LOCALES:
            raise ValueError(locale)
        async with self.db.transaction() as session:
            await repos.set_person_locale(session, user_ref, locale)

    async def forget(self, user_ref: str) -> None:
        """Erase everything stored about the person."""
        async with self.db.transaction() as session:
            await repos.delete_person(session, user_ref)
