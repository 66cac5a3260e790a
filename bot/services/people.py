"""People: what the bot remembers of someone: their chosen language, and whether they are in safe mode."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from bot.settings import LOCALES
from bot.storage import repos
from bot.storage.session import Database

# Each feature that keeps something about a person hands one of these to PeopleService.
Eraser = Callable[[AsyncSession, str], Awaitable[None]]


class PeopleService:
    """A person's language choice, and /forget across every feature, by keyed-hash reference."""

    def __init__(self, db: Database, erasers: Sequence[Eraser] = ()) -> None:
        self.db = db
        self.erasers = list(erasers)

    async def locale_of(self, user_ref: str) -> str | None:
        """The language the person chose, or None if they never chose."""
        async with self.db.transaction() as session:
            return await repos.person_locale(session, user_ref)

    async def state_of(self, user_ref: str) -> tuple[str | None, bool | None]:
        """(the chosen language or None, safe mode on, off, or None when never answered)."""
        async with self.db.transaction() as session:
            return await repos.person_state(session, user_ref)

    async def set_safe_mode(self, user_ref: str, locale: str, on: bool) -> None:
        """Turn safe mode on or off; /forget erases it with the rest."""
        if locale not in LOCALES:
            raise ValueError(locale)
        async with self.db.transaction() as session:
            await repos.set_person_safe_mode(session, user_ref, locale, on)

    async def choose_locale(self, user_ref: str, locale: str) -> None:
        """Remember the person's language; it survives restarts."""
        if locale not in LOCALES:
            raise ValueError(locale)
        async with self.db.transaction() as session:
            await repos.set_person_locale(session, user_ref, locale)

    async def forget(self, user_ref: str) -> None:
        """Erase everything stored about the person, in every feature, in one transaction."""
        async with self.db.transaction() as session:
            for erase in self.erasers:
                await erase(session, user_ref)
            await repos.delete_person(session, user_ref)
