"""People: what the bot remembers of someone: their chosen language, and whether they are in safe mode."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from functools import partial
from typing import cast

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession

from bot.settings import LOCALES
from bot.storage import repos
from bot.storage.batch import Lookup
from bot.storage.models import Person
from bot.storage.session import Database

# Each feature that keeps something about a person hands one of these to PeopleService.
Eraser = Callable[[AsyncSession, str], Awaitable[None]]
State = tuple[str | None, bool | None]
REMEMBERED = 20_000  # people whose state the sole writer keeps in memory (about 6 MB)


class PeopleService:
    """A person's language choice, and /forget across every feature, by keyed-hash reference."""

    def __init__(self, db: Database, erasers: Sequence[Eraser] = (), sole_writer: bool = False) -> None:
        """`sole_writer`: this process alone changes people (the embedded SQLite store, one process).

        Every update starts by reading the person's state, so the sole writer keeps the most
        recent ones in memory, the way the database holds them: a restart starts empty, and no
        other instance can change them behind its back. A shared store is read every time, so a
        switch of safe mode on one instance holds on the next update wherever it lands.
        """
        self.db = db
        self.erasers = list(erasers)
        self._remembered: OrderedDict[str, State] | None = OrderedDict() if sole_writer else None
        self._changes = 0  # bumped around each write: a read that overlaps one is not remembered
        people = cast(Table, Person.__table__).c
        self._lookup: Lookup[str] = Lookup(db, people.user_ref, people.locale, people.safe_mode)

    async def locale_of(self, user_ref: str) -> str | None:
        """The language the person chose, or None if they never chose."""
        return (await self.state_of(user_ref))[0]

    async def state_of(self, user_ref: str) -> State:
        """(the chosen language or None, safe mode on, off, or None when never answered)."""
        remembered = self._remembered
        if remembered is not None and user_ref in remembered:
            remembered.move_to_end(user_ref)
            return remembered[user_ref]
        changes = self._changes
        row = await self._lookup.get(user_ref)
        state: State = (row.locale, row.safe_mode) if row is not None else (None, None)
        if remembered is not None and changes == self._changes:
            remembered[user_ref] = state
            if len(remembered) > REMEMBERED:
                remembered.popitem(last=False)
        return state

    async def set_safe_mode(self, user_ref: str, locale: str, on: bool) -> None:
        """Turn safe mode on or off; /forget erases it with the rest."""
        if locale not in LOCALES:
            raise ValueError(locale)
        async with self._changing(user_ref):
            await self.db.write(partial(repos.set_person_safe_mode, user_ref=user_ref, locale=locale, on=on))

    async def choose_locale(self, user_ref: str, locale: str) -> None:
        """Remember the person's language; it survives restarts."""
        if locale not in LOCALES:
            raise ValueError(locale)
        async with self._changing(user_ref):
            await self.db.write(partial(repos.set_person_locale, user_ref=user_ref, locale=locale))

    async def forget(self, user_ref: str) -> None:
        """Erase everything stored about the person, in every feature, in one transaction."""
        async with self._changing(user_ref), self.db.transaction() as session:
            for erase in self.erasers:
                await erase(session, user_ref)
            await repos.delete_person(session, user_ref)

    @asynccontextmanager
    async def _changing(self, user_ref: str) -> AsyncIterator[None]:
        """Around a transaction that changes a person: what memory held of them is dropped before, after."""
        self._drop(user_ref)
        try:
            yield
        finally:
            self._drop(user_ref)

    def _drop(self, user_ref: str) -> None:
        self._changes += 1
        if self._remembered is not None:
            self._remembered.pop(user_ref, None)
