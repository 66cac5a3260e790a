"""Finding one person by name, in any of the spellings people type (translit.fold), fast.

Built once per import: each person's folded name and its words. A query's words must each begin
a word of the name (`Ales Bial` finds Алесь Бяляцкі); failing that, the nearest names by edit
similarity (rapidfuzz), so a typo or another spelling still finds someone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.services.letters.translit import fold

NEAREST_CUTOFF = 75  # rapidfuzz WRatio 0-100: below it, a "nearest" name is noise
QUERY_LIMIT = 100  # characters of a name worth reading
QUERY_MIN = 3  # characters a name search needs: fewer would page through the whole list


@dataclass(frozen=True)
class Person:
    """An active prisoner as /letters shows them."""

    name: str
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    prison: str
    address: str
    writers: int | None


class Index:
    """The people of one import, ready to be searched by folded name."""

    def __init__(self, people: Sequence[tuple[Person, str]]) -> None:
        self.people = [person for person, _ in people]
        self.keys = [key for _, key in people]
        self.words = [key.split() for key in self.keys]

    def __len__(self) -> int:
        return len(self.people)

    def find(self, query: str, limit: int) -> list[Person]:
        """People whose name's words begin with each of the query's words, in name order."""
        wanted = fold(query[:QUERY_LIMIT]).split()
        if not wanted:
            return []
        found = []
        for person, words in zip(self.people, self.words, strict=True):
            if all(any(word.startswith(part) for word in words) for part in wanted):
                found.append(person)
                if len(found) == limit:
                    break
        return found

    def nearest(self, query: str, limit: int) -> list[Person]:
        """The names most like the query, however spelt, best first (none if nothing is close)."""
        key = fold(query[:QUERY_LIMIT])
        if not key:
            return []
        matches = process.extract(
            key, self.keys, scorer=fuzz.WRatio, limit=limit, score_cutoff=NEAREST_CUTOFF
        )
        return [self.people[index] for _, _, index in matches]
