"""The router and the core handlers, through the real catalogs and a real database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.core import Incoming
from bot.i18n import Catalog
from bot.identity import IdentityHasher
from bot.router import Router, parse_command
from bot.settings import Settings
from bot.storage.session import Database
from bot.wiring import FEATURES, build_context

CATALOG = Catalog(strict=True)


@pytest.fixture
def router(db: Database, make_settings: Callable[..., Settings]) -> Router:
    hasher = IdentityHasher(b"k" * 40)
    ctx = replace(
        build_context(make_settings(), db, hasher, CATALOG), now=lambda: datetime(2027, 5, 20, 12, tzinfo=UTC)
    )
    return Router(FEATURES, ctx, CATALOG, hasher)


def said(user: int, text: str, lang: str | None = "en") -> Incoming:
    return Incoming("telegram", user, lang, text=text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/start", ("start", ())),
        ("/lang@FreeThemAllBot be", ("lang", ("be",))),
        ("  /LANG   pl  ", ("lang", ("pl",))),
        ("/about extra words", ("about", ("extra", "words"))),
        ("hello /start", (None, ())),
        ("/", (None, ())),
        ("/ба", (None, ())),
        ("", (None, ())),
    ],
)
def test_parse_command(text: str, expected: tuple[str | None, tuple[str, ...]]) -> None:
    assert parse_command(text) == expected


async def test_first_contact_shows_the_picker_until_a_language_is_chosen(router: Router) -> None:
    first = await router.handle(said(1, "/start", "ru"))
    assert len(first) == 2 and len(first[1].buttons) == 3
    await router.handle(said(1, "/lang be", "ru"))
    again = await router.handle(said(1, "/start", "ru"))
    buttons = [data for reply in again for row in reply.buttons for _, data in row]
    assert buttons == ["sub:on"]  # no more picker: just the offer of the daily update
    assert "палітвязняў" in again[0].text


async def test_lang_with_an_unknown_code_explains_and_offers_the_picker(router: Router) -> None:
    [reply] = await router.handle(said(2, "/lang klingon", "de"))
    assert "klingon" in reply.text and "be, ru, uk" in reply.text
    assert reply.buttons


async def test_forged_button_data_gets_a_reply_not_an_error(router: Router) -> None:
    for data in ("lang:xx", "lang:", "nonsense", "x" * 300, ""):
        [reply] = await router.handle(Incoming("telegram", 3, "pl", callback_data=data))
        assert "/help" in reply.text


async def test_about_counts_the_days_to_may_21_in_the_configured_zone(router: Router) -> None:
    replies = await router.handle(said(4, "/about", "en"))
    assert "Lukashenka" in replies[0].text
    assert "tomorrow" in replies[1].text  # 2027-05-20 12:00 UTC is already the 20th in Minsk


async def test_long_unknown_command_is_cut_in_the_reply(router: Router) -> None:
    [reply] = await router.handle(said(5, "/" + "a" * 64))
    assert "/" + "a" * 32 in reply.text and "a" * 33 not in reply.text


async def test_a_conversation_leaves_no_raw_id_in_any_table(router: Router, db: Database) -> None:
    """After /start, /lang and a button, a dump of every table holds no Telegram id."""
    from sqlalchemy import MetaData

    user_id = 987654321
    for incoming in (
        said(user_id, "/start", "be"),
        said(user_id, "/lang pl"),
        Incoming("telegram", user_id, "be", callback_data="lang:lt"),
    ):
        await router.handle(incoming)
    metadata = MetaData()
    async with db.engine.connect() as conn:
        await conn.run_sync(metadata.reflect)
        dump = [row for table in metadata.sorted_tables for row in (await conn.execute(table.select())).all()]
    assert any("lt" in row for row in dump)  # the choice is there...
    assert str(user_id) not in repr(dump)  # ...but not who made it


async def test_pledge_toggling_in_a_loop_gets_a_slow_down_in_the_users_language(router: Router) -> None:
    user = 6060
    replies = []
    for _ in range(4):
        replies += await router.handle(Incoming("telegram", user, "ru", callback_data="pledge:anonymous"))
        replies += await router.handle(said(user, "/unpledge", "ru"))
    texts = [reply.text for reply in replies]
    slow = CATALOG.format("pledge-slow-down", {"minutes": 10}, "ru")
    assert texts[1] == CATALOG.format("unpledge-done", locale="ru")
    assert slow not in texts[:6]  # three rounds of sign and withdraw are fine
    assert texts[6:] == [
        slow,
        CATALOG.format("unpledge-none", locale="ru"),
    ]  # signing is slowed, never withdrawing
