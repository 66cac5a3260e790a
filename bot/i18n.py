"""Fluent catalogs, locale resolution and the current locale.

Locale order (DESIGN decision 6): the person's stored choice, then the platform's
language code reduced to its base language with Babel (`be-BY` -> `be`), then
DEFAULT_LOCALE. A message missing in a locale falls back to DEFAULT_LOCALE, then English.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from bot.settings import LOCALES
from messages import CATALOG_DIR

log = logging.getLogger(__name__)
current_locale: ContextVar[str] = ContextVar("current_locale", default="en")


class MissingMessageError(KeyError):
    """A message key exists in no locale of the fallback chain."""


def base_language(code: str | None) -> str | None:
    """The supported base language of a platform code (`be-BY` -> `be`), or None."""
    if not code:
        return None
    try:
        language = Locale.parse(code.replace("_", "-").split(".")[0], sep="-").language
    except (ValueError, UnknownLocaleError):
        return None
    return language if language in LOCALES else None


def resolve_locale(stored: str | None, platform_code: str | None, default: str) -> str:
    """The locale to speak: stored choice, else the platform's guess, else the default."""
    if stored in LOCALES:
        return stored
    return base_language(platform_code) or default


@contextmanager
def use_locale(locale: str) -> Iterator[None]:
    """Render in `locale` inside the block (e.g. a scheduled message per subscriber)."""
    token = current_locale.set(locale)
    try:
        yield
    finally:
        current_locale.reset(token)


class Catalog:
    """Every locale's Fluent bundle, with CLDR plurals and Babel number and date formats."""

    def __init__(self, directory: Path = CATALOG_DIR, default: str = "en", strict: bool = False):
        self.default = default
        self.strict = strict
        self.resources: dict[str, list[fluent_ast.Resource]] = {}
        self.bundles: dict[str, FluentBundle] = {}
        self._plain: dict[tuple[str, str], str] = {}  # (locale, key) of messages rendered without values
        for locale in LOCALES:
            self._load(directory / locale, locale)

    def _load(self, folder: Path, locale: str) -> None:
        bundle = FluentBundle([locale], use_isolating=False)
        resources = []
        parser = FluentParser(with_spans=False)  # source positions: 3 MB for nine locales, never read
        for path in sorted(folder.glob("*.ftl")):
            resource = parser.parse(path.read_text(encoding="utf-8"))
            bundle.add_resource(resource)
            resources.append(resource)
        self.bundles[locale] = bundle
        self.resources[locale] = resources

    def format(self, key: str, values: Mapping[str, Any] | None = None, locale: str | None = None) -> str:
        """The message `key` in `locale` (or the current one), following the fallback chain."""
        wanted = locale or current_locale.get()
        for candidate in dict.fromkeys((wanted, self.default, "en")):
            bundle = self.bundles.get(candidate)
            if bundle is not None and bundle.has_message(key):
                if candidate != wanted:
                    log.warning("message %s missing in %s, used %s", key, wanted, candidate)
                if values:
                    return self._render(bundle, key, dict(values))
                plain = self._plain.get((candidate, key))
                if plain is None:  # a message without values reads the same every time
                    plain = self._plain[(candidate, key)] = self._render(bundle, key, {})
                return plain
        raise MissingMessageError(key)

    def _render(self, bundle: FluentBundle, key: str, values: dict[str, Any]) -> str:
        message = bundle.get_message(key)
        if message.value is None:
            raise MissingMessageError(key)
        text, errors = bundle.format_pattern(message.value, values)
        if errors:
            if self.strict:
                raise errors[0]
            log.warning("message %s rendered with errors: %s", key, errors)
        return str(text)

    def keys(self, locale: str) -> set[str]:
        """The message ids a locale defines."""
        return set(self.variables(locale))

    def variables(self, locale: str) -> dict[str, set[str]]:
        """For each message of a locale, the names of the variables it uses."""
        found: dict[str, set[str]] = {}
        for resource in self.resources[locale]:
            for entry in resource.body:
                if isinstance(entry, fluent_ast.Message):
                    collector = _VariableCollector()
                    collector.visit(entry)
                    found[entry.id.name] = collector.names
        return found


class _VariableCollector(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fluent_ast.VariableReference) -> None:  # noqa: N802 - Fluent's visitor naming
        self.names.add(node.id.name)
        self.generic_visit(node)
