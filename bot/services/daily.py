"""The daily solidarity post: one of the campaign's `daily-N` texts a day, the same N in every language.

The rotation is by calendar day (N = day number modulo the number of texts), so every channel
and every instance picks the same text for a date without keeping any state.
"""

from __future__ import annotations

import re
from datetime import date

from babel.numbers import format_decimal

from bot.i18n import Catalog
from bot.services.campaign import days_until_solidarity_day
from bot.services.stats import StatsService, age_in_days

DAILY_KEY = re.compile(r"daily-(\d+)$")


def daily_keys(catalog: Catalog) -> list[str]:
    """The rotation's message keys, in order (`daily-1`, `daily-2`, …)."""
    numbered = [(int(m.group(1)), key) for key in catalog.keys("en") if (m := DAILY_KEY.match(key))]
    return [key for _, key in sorted(numbered)]


def key_for(day: date, keys: list[str]) -> str:
    """The text of `day` in the rotation."""
    return keys[day.toordinal() % len(keys)]


class DailyTexts:
    """A day's post in each channel language: the latest count, its date and age, the days to May 21."""

    def __init__(self, catalog: Catalog, stats: StatsService) -> None:
        self.catalog = catalog
        self.stats = stats
        self.keys = daily_keys(catalog)

    async def for_day(self, day: date, locales: list[str]) -> dict[str, str] | None:
        """`{locale: text}` for the day, plain; None while no figure is known (never a made-up 0)."""
        figure = await self.stats.latest()
        if figure is None:
            return None
        values = {"count": figure.value, "asof": figure.as_of, "days": days_until_solidarity_day(day)}
        key = key_for(day, self.keys)
        age = age_in_days(figure, day, self.stats.settings.stale_hours)
        texts = {}
        for locale in locales:
            text = self.catalog.format(key, values, locale)
            if age is not None:  # an old figure says so, as /stats does
                text = _with_age(text, self.catalog.format("stats-age", {"days": age}, locale))
            texts[locale] = text
        return texts

    async def digest_for_day(self, day: date, locales: list[str], pledges: int) -> dict[str, str] | None:
        """The subscribers' digest: a title, the count's change, the day's text, the pledges so far."""
        texts = await self.for_day(day, locales)
        if texts is None:
            return None
        change = await self.stats.change_since(7)
        digests = {}
        for locale, text in texts.items():
            parts = [self.catalog.format("digest-title", {"date": day}, locale), text]
            extra = [self.catalog.format("stats-pledges", {"count": pledges}, locale)]
            if change:
                sign = format_decimal(change, format="+#,##0;−#,##0", locale=locale)
                extra.insert(0, self.catalog.format("stats-change-week", {"change": sign}, locale))
            digests[locale] = "\n\n".join([*parts, "\n".join(extra)])
        return digests


def _with_age(text: str, age: str) -> str:
    """The age after the paragraph with the count: every daily text ends with it, then its hashtags."""
    paragraphs = text.split("\n\n")
    at = max(len(paragraphs) - 2, 0)
    paragraphs[at] = f"{paragraphs[at]} {age}"
    return "\n\n".join(paragraphs)
