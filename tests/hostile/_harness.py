"""What the hostile-input tests share: hypothesis on the test's own event loop, checks, table dumps."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import MetaData

from bot import metrics
from bot.core import Outgoing
from bot.i18n import Catalog, current_locale
from bot.settings import LOCALES
from bot.storage.session import Database
from tests.fakes.telegram import TelegramHTML

# Keys rendered on purpose in a language other than the reader's: each language's own name.
OWN_LANGUAGE_KEYS = frozenset({"language-name", "post-button-language"})
CALLBACK_DATA_LIMIT = 64  # bytes, as the Bot API allows in an inline button


class RecordingCatalog(Catalog):
    """The real catalogs (strict: a Fluent error raises), noting which locale every text was rendered in."""

    def __init__(self, default: str = "en") -> None:
        super().__init__(default=default, strict=True)
        self.used: list[tuple[str, str]] = []

    def format(self, key: str, values: Mapping[str, Any] | None = None, locale: str | None = None) -> str:
        """Render as the real catalog does; remember (key, locale)."""
        self.used.append((key, locale or current_locale.get()))
        return super().format(key, values, locale)

    def foreign(self, allowed: set[str | None] | set[str]) -> list[tuple[str, str]]:
        """The texts rendered in a locale outside `allowed` (own-language labels excepted)."""
        return [(key, loc) for key, loc in self.used if loc not in allowed and key not in OWN_LANGUAGE_KEYS]


async def check_property(
    prop: Callable[..., Coroutine[Any, Any, None]], *strategies: st.SearchStrategy[Any], max_examples: int
) -> None:
    """Run `prop` under hypothesis, each example on the running event loop (the test's own).

    Hypothesis drives a synchronous function, so it runs in a worker thread and hands each
    example's coroutine to this loop, which is free while it waits for the thread. The fixtures
    (database, fake servers, a running bot) are set up once per test and shared by its examples;
    every example works as a fresh person, so examples do not depend on each other's state.
    """
    loop = asyncio.get_running_loop()

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,  # no example database in the test's temporary working directory
        suppress_health_check=[HealthCheck.too_slow],  # each example is a real database round trip
        print_blob=True,
    )
    @given(st.tuples(*strategies))
    def run(args: tuple[Any, ...]) -> None:
        asyncio.run_coroutine_threadsafe(prop(*args), loop).result(timeout=120)

    await asyncio.to_thread(run)


def expected_locale(stored: str | None, code: str | None, default: str = "en") -> str:
    """The person's language, independently of the bot's resolver: stored choice, platform base, default."""
    if stored in LOCALES:
        return stored
    base = (code or "").replace("_", "-").split(".")[0].split("-")[0].lower()
    return base if base in LOCALES else default


def check_outgoing(outgoing: Outgoing) -> None:
    """What Telegram would refuse: empty text, HTML it cannot parse, too long, oversized button data."""
    if outgoing.html:
        visible = TelegramHTML.visible_text(outgoing.text)
        assert visible is not None, f"HTML Telegram cannot parse: {outgoing.text[:300]!r}"
        assert visible.strip(), "an HTML message with no visible text"
        assert len(visible.encode("utf-16-le")) // 2 <= 4096
    else:
        assert outgoing.text.strip() or outgoing.attachment is not None, "an empty message"
    for row in outgoing.buttons:
        for label, data in row:
            assert label.strip(), "a button without a label"
            assert len(data.encode()) <= CALLBACK_DATA_LIMIT, f"button data over 64 bytes: {data!r}"


def errors_total() -> float:
    """Updates whose handling failed so far in this process (the error handler's counter)."""
    return sum(
        sample.value
        for family in metrics.ERRORS.collect()
        for sample in family.samples
        if sample.name.endswith("_total")
    )


def bad_log_lines(records: list[logging.LogRecord]) -> list[str]:
    """Errors, and warnings that say a message fell back to another language or a reply failed."""
    return [
        record.getMessage()
        for record in records
        if record.levelno >= logging.ERROR
        or (record.levelno >= logging.WARNING and record.name.startswith(("bot", "handlers", "scheduler")))
    ]


async def dump_tables(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, to compare the database before and after."""
    metadata = MetaData()
    async with db.engine.connect() as conn:
        await conn.run_sync(metadata.reflect)
        return {
            table.name: sorted((tuple(row) for row in (await conn.execute(table.select())).all()), key=repr)
            for table in metadata.sorted_tables
        }
