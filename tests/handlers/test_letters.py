"""/letters through the router: a fresh install, the week's birthdays, a search in any spelling, the guide."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.core import Incoming
from bot.i18n import Catalog
from bot.identity import IdentityHasher
from bot.router import Router
from bot.services.letters import parse
from bot.settings import LOCALES, Settings
from bot.storage.session import Database
from bot.wiring import FEATURES, build_context

CATALOG = Catalog(strict=True)
NOW = datetime(2026, 12, 8, 9, tzinfo=UTC)  # noon in Minsk
DATA = Path(__file__).resolve().parents[1] / "data" / "prisoners-invented.csv"
ADMIN = 77
ALES = "Прыдуманы Алесь Тэставіч"


@pytest.fixture
def clock() -> list[datetime]:
    return [NOW]


@pytest.fixture
def router(db: Database, make_settings: Callable[..., Settings], clock: list[datetime]) -> Router:
    hasher = IdentityHasher(b"k" * 40)
    settings = make_settings(core={"admin_ids": [ADMIN]})
    ctx = replace(build_context(settings, db, hasher, CATALOG), now=lambda: clock[0])
    return Router(FEATURES, ctx, CATALOG, hasher)


async def imported(router: Router, at: datetime = NOW) -> Router:
    await router.ctx.letters.replace(parse(DATA.read_bytes()), "prisoners-invented.csv", at)
    return router


def said(text: str, user: int = 5, lang: str = "en", private: bool = True) -> Incoming:
    return Incoming("telegram", user, lang, text=text, private=private)


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_fresh_install_says_no_list_yet_and_offers_the_guide(router: Router, locale: str) -> None:
    [reply] = await router.handle(said("/letters", lang=locale))
    assert reply.text == CATALOG.format("letters-no-data", locale=locale)
    assert reply.buttons == (((CATALOG.format("letters-guide-button", locale=locale), "letters:guide"),),)


async def test_the_week_fewest_writers_first_with_the_envelope_and_the_data_s_date(router: Router) -> None:
    [reply] = await (await imported(router)).handle(said("/letters"))
    lines = reply.text.split("\n")
    assert lines[0] == CATALOG.format("letters-week-title", {"count": 12}, "en")
    birthdays = [line for line in lines if line.startswith("🎂")]
    assert len(birthdays) == 10  # one page; the rest counted, not listed
    assert birthdays[0] == f"🎂 December 8: {ALES}, turns 41"  # nobody writes to him yet (0)
    assert "🎂 December 15: Узорная Ганна Тэставічна" in birthdays  # no year: no age
    at = lines.index(birthdays[0])
    assert lines[at + 1 : at + 3] == [
        f"Кому: {ALES}, 1985 г. р.",
        "Куда: Выдуманая калонія № 90, вул. Узорная, 1, г. Прыдуманск, Выдуманая вобл., 999990",
    ]
    assert CATALOG.format("letters-more", {"count": 2}, "en") in lines
    assert lines[-1] == CATALOG.format("letters-updated", {"date": date(2026, 12, 8)}, "en")
    assert "Тэставы Уладзімір" not in reply.text  # released, with a birthday on the 16th


async def test_the_list_s_age_is_warned_about_after_14_days(router: Router, clock: list[datetime]) -> None:
    await imported(router, NOW - timedelta(days=20))
    [reply] = await router.handle(said("/letters", lang="be"))
    assert reply.text.split("\n")[-1] == CATALOG.format("letters-stale", {"days": 20}, "be")


@pytest.mark.parametrize("query", ["Ales", "Aleś", "Алесь", "ales prydumany", "Prydumany", "ПРЫДУМАНЫ алесь"])
async def test_an_admin_finds_one_person_in_any_spelling(router: Router, query: str) -> None:
    [reply] = await (await imported(router)).handle(said(f"/letters {query}", user=ADMIN))
    lines = reply.text.split("\n")
    assert lines[0] == CATALOG.format("letters-found", {"count": 1}, "en")
    assert lines[1] == f"{ALES}, born December 8, 1985"
    assert lines[2] == f"Кому: {ALES}, 1985 г. р."
    assert lines[-1] == CATALOG.format("letters-updated", {"date": date(2026, 12, 8)}, "en")


async def test_russian_and_passport_spellings_find_the_belarusian_name(router: Router) -> None:
    await imported(router)
    for query in ("Виктор", "Viktor", "Viktar", "Віктар"):
        [reply] = await router.handle(said(f"/letters {query}"))
        assert "Выдуманы Віктар Тэставіч" in reply.text, query
    [reply] = await router.handle(said("/letters Уладзімір"))  # released: never found
    assert "Тэставы Уладзімір" not in reply.text


async def test_a_typo_gets_the_nearest_names_and_nonsense_the_month(router: Router) -> None:
    await imported(router)
    [near] = await router.handle(said("/letters Prydumany Alez"))
    assert near.text.split("\n")[:2] == [
        CATALOG.format("letters-nearest", locale="en"),
        f"{ALES}, born December 8, 1985",
    ]
    [none] = await router.handle(said("/letters Qqqqzzzz"))
    lines = none.text.split("\n")
    assert lines[:2] == [
        CATALOG.format("letters-not-found", locale="en"),
        CATALOG.format("letters-month-title", {"month": "December", "count": 15}, "en"),
    ]
    assert lines[2] == f"December 8: {ALES}"


async def test_a_300_character_name_is_refused_kindly(router: Router) -> None:
    await imported(router)
    [reply] = await router.handle(said("/letters " + "Алесь " * 50))
    lines = reply.text.split("\n")
    assert lines[0] == CATALOG.format("letters-query-too-long", {"limit": 100}, "en")
    assert lines[1].startswith("15 birthdays in December")


async def test_it_works_in_a_group_and_keeps_nothing_about_who_asked(
    router: Router, caplog: pytest.LogCaptureFixture
) -> None:
    await imported(router)
    with caplog.at_level(logging.DEBUG):
        [reply] = await router.handle(said("/letters Ales", user=9, private=False))
        guide, *_ = await router.handle(said("/howtowrite", user=9, private=False))
    assert ALES in reply.text
    assert guide.text == CATALOG.format("letters-guide", locale="en")
    assert "Ales" not in caplog.text and "Алесь" not in caplog.text
    ref = router.hasher.user_ref("telegram", 9)
    assert await router.ctx.people.state_of(ref) == (None, None)


async def test_the_guide_warns_in_safe_mode_and_vanishes(router: Router) -> None:
    ref = router.hasher.user_ref("telegram", 5)
    await router.ctx.people.set_safe_mode(ref, "ru", True)
    replies = await router.handle(Incoming("telegram", 5, "ru", callback_data="letters:guide"))
    assert [r.text for r in replies[:2]] == [
        CATALOG.format("letters-guide-safe", locale="ru"),
        CATALOG.format("letters-guide", locale="ru"),
    ]
    assert all(r.vanish for r in replies)
    assert "politzek.me" not in replies[-1].text  # safe mode: no link, not even a bare domain
    plain = await router.handle(said("/howtowrite", user=6))
    assert len(plain) == 3 and not any(r.vanish for r in plain) and "politzek.me" in plain[-1].text


async def test_after_a_second_import_the_released_are_found_no_more(router: Router) -> None:
    await imported(router)
    later = DATA.read_text(encoding="utf-8").replace(
        "1001,Прыдуманы Алесь Тэставіч,active", "1001,Прыдуманы Алесь Тэставіч,released"
    )
    await router.ctx.letters.replace(parse(later.encode()), "later.csv", NOW + timedelta(days=1))
    [search] = await router.handle(said("/letters Ales", user=ADMIN))
    [week] = await router.handle(said("/letters"))
    assert ALES not in search.text and ALES not in week.text
    assert week.text.split("\n")[0] == CATALOG.format("letters-week-title", {"count": 11}, "en")


async def test_a_week_without_birthdays_says_so(router: Router, clock: list[datetime]) -> None:
    await imported(router)
    clock[0] = datetime(2027, 8, 1, 9, tzinfo=UTC)
    [reply] = await router.handle(said("/letters", lang="pl"))
    assert reply.text.split("\n") == [
        CATALOG.format("letters-week-none", locale="pl"),
        CATALOG.format("letters-updated", {"date": date(2026, 12, 8)}, "pl"),
        CATALOG.format("letters-stale", {"days": 236}, "pl"),
    ]


async def test_the_chat_import_is_for_admins_on_telegram_and_forged_buttons_do_nothing(
    router: Router,
) -> None:
    [stranger] = await router.handle(said("/importprisoners"))
    [here] = await router.handle(said("/importprisoners", user=ADMIN))  # no Telegram front-end: no files
    assert stranger.text == CATALOG.format("admin-only", locale="en")
    assert here.text == CATALOG.format("letters-import-telegram-only", locale="en")
    for data in ("letimp:99999999999", "letimp:1", "letimp:x"):
        [forged] = await router.handle(Incoming("telegram", ADMIN, "en", callback_data=data))
        assert forged.text == CATALOG.format("letters-import-gone", locale="en")
    [not_admin] = await router.handle(Incoming("telegram", 5, "en", callback_data="letimp:1"))
    assert not_admin.text == CATALOG.format("admin-only", locale="en")
    assert await router.ctx.letters.updated_at() is None


@pytest.mark.parametrize("query", ["A", "Al", "  Al  "])
async def test_one_or_two_letters_ask_for_more_and_search_nothing(router: Router, query: str) -> None:
    await imported(router)
    [reply] = await router.handle(said(f"/letters {query}"))
    lines = reply.text.split("\n")
    assert lines[0] == CATALOG.format("letters-query-too-short", {"min": 3}, "en")
    assert lines[1] == CATALOG.format("letters-month-title", {"month": "December", "count": 15}, "en")
    assert CATALOG.format("letters-found", {"count": 1}, "en") not in lines
    assert "Выдуманы Аляксандр Тэставіч" not in reply.text  # "Al" begins his name; January: not in the month
    assert "Кому:" not in reply.text  # no address at all


async def test_three_letters_search(router: Router) -> None:
    await imported(router)
    [reply] = await router.handle(said("/letters Ale"))
    lines = reply.text.split("\n")
    assert lines[0] == CATALOG.format("letters-found", {"count": 1}, "en")
    assert lines[1] == f"{ALES}, born December 8, 1985"
