"""The catalogs: complete in nine languages, same variables, CLDR plurals, every used key defined."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from fluent.syntax import ast as fluent_ast

from bot.i18n import Catalog, MissingMessageError, base_language, resolve_locale
from bot.router import command_names
from bot.settings import LOCALES
from bot.wiring import FEATURES, MENU

ROOT = Path(__file__).resolve().parents[1]
CATALOG = Catalog(strict=True)
EN = CATALOG.variables("en")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_has_every_english_message_with_the_same_variables(locale: str) -> None:
    variables = CATALOG.variables(locale)
    assert set(variables) == set(EN), (
        f"{locale}: missing {set(EN) - set(variables)}, extra {set(variables) - set(EN)}"
    )
    for key, names in EN.items():
        assert variables[key] == names, f"{locale}:{key} uses {variables[key]}, English uses {names}"


@pytest.mark.parametrize("locale", LOCALES)
def test_catalog_files_parse_without_junk(locale: str) -> None:
    for resource in CATALOG.resources[locale]:
        junk = [str(entry.content) for entry in resource.body if isinstance(entry, fluent_ast.Junk)]
        assert not junk, f"{locale}: unparsable Fluent: {junk[0][:80]!r}"


def _keys_used_in_code() -> set[str]:
    used: set[str] = set()
    for folder in ("bot", "handlers", "scheduler"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                    name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                    if name in {"Reply", "Button", "format"} and isinstance(node.args[0].value, str):
                        used.add(node.args[0].value)
    return used


def test_every_key_used_in_code_exists_in_english() -> None:
    used = _keys_used_in_code()
    assert {"start-greeting", "lang-changed", "error-generic"} <= used  # the scan finds keys at all
    assert used - set(EN) == set()


def test_every_menu_command_is_registered_and_described() -> None:
    assert set(MENU) <= set(command_names(FEATURES))
    assert {f"command-{name}" for name in MENU} <= set(EN)


def test_each_language_names_itself() -> None:
    names = [CATALOG.format("language-name", locale=code) for code in LOCALES]
    assert len(set(names)) == len(LOCALES)


@pytest.mark.parametrize(
    ("locale", "days", "expected"),
    [
        ("be", 2, "2 дні"),
        ("be", 5, "5 дзён"),
        ("be", 21, "21 дзень"),
        ("ru", 2, "2 дня"),
        ("ru", 5, "5 дней"),
        ("ru", 21, "21 день"),
        ("uk", 2, "2 дні"),
        ("uk", 5, "5 днів"),
        ("uk", 21, "21 день"),
        ("pl", 2, "2 dni"),
        ("pl", 5, "5 dni"),
        ("pl", 22, "22 dni"),
        ("lt", 2, "2 dien"),
        ("lt", 11, "11 dienų"),
        ("lt", 21, "21 dien"),
        ("en", 2, "2 days"),
        ("de", 5, "5 Tagen"),
        ("fr", 5, "5 jours"),
        ("it", 5, "5 giorni"),
        ("en", 1450, "1,450 days"),
        ("de", 1450, "1.450 Tagen"),
    ],
)
def test_day_counts_use_cldr_plurals_and_local_number_format(locale: str, days: int, expected: str) -> None:
    text = CATALOG.format("about-solidarity-day", {"date": date(2027, 5, 21), "days": days}, locale)
    assert expected in text.replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("locale", LOCALES)
def test_today_and_tomorrow_have_their_own_sentences(locale: str) -> None:
    values = {"date": date(2027, 5, 21)}
    texts = {CATALOG.format("about-solidarity-day", values | {"days": d}, locale) for d in (0, 1, 2)}
    assert len(texts) == 3


def test_missing_key_raises() -> None:
    with pytest.raises(MissingMessageError):
        CATALOG.format("no-such-message", locale="be")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("be", "be"),
        ("be-BY", "be"),
        ("ru_RU.UTF-8", "ru"),
        ("uk", "uk"),
        ("pt-BR", None),
        ("C.UTF-8", None),
        ("", None),
        (None, None),
        ("zz-top", None),
        ("en-GB", "en"),
    ],
)
def test_platform_language_codes_reduce_to_a_supported_base(code: str | None, expected: str | None) -> None:
    assert base_language(code) == expected


def test_locale_resolution_order() -> None:
    assert resolve_locale("be", "ru", "en") == "be"  # the stored choice wins
    assert resolve_locale(None, "ru-RU", "en") == "ru"  # then the platform's guess
    assert resolve_locale(None, "pt-BR", "pl") == "pl"  # then the default
    assert resolve_locale("xx", None, "de") == "de"  # a stale stored value is ignored


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def test_no_user_facing_sentence_in_handlers() -> None:
    """Handlers return message keys; a string of several words there is prose that belongs in messages/."""
    for path in (ROOT / "handlers").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                assert not re.search(r"\w+\s+\w+\s+\w+", node.value), f"{path.name}: {node.value!r}"
