"""The /stats chart: an 800x450 PNG in every language without missing glyphs, its LRU cache and its child."""

from __future__ import annotations

import asyncio
import io
import struct
import subprocess
import sys
import time
import warnings
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from bot.services.chart import ChartLabels, render_history_png
from bot.services.chart_cache import ChartCache
from bot.services.chart_process import ChartError, ChartJob, child_environment, draw_in_child
from bot.settings import LOCALES

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
HISTORY = [
    (date(2021, 5, 21), 460),
    (date(2022, 5, 21), 1245),
    (date(2023, 5, 21), 1499),
    (date(2024, 5, 21), 1374),
    (date(2025, 12, 23), 1135),
]
# Titles and footnotes with each language's own letters (Belarusian ў і, Ukrainian ґ є ї, Lithuanian ė į ų ū).
LABELS = {
    "be": ChartLabels("Палітвязні, утрымліваюцца ў Беларусі — ўсё", "Крыніца: ПЦ «Вясна»"),
    "ru": ChartLabels("Политзаключённые в Беларуси: съёмка, щёлк", "Источник: ПЦ «Весна»"),
    "uk": ChartLabels("Політв'язні в Білорусі: ґанок, єдність, їжак", "Джерело: ПЦ «Вясна»"),
    "pl": ChartLabels(
        "Więźniowie polityczni na Białorusi: źdźbło, żółć", "Źródło: Centrum Praw Człowieka „Wiasna”"
    ),
    "lt": ChartLabels(
        "Politiniai kaliniai Baltarusijoje: ąčęėįšųūž", "Šaltinis: žmogaus teisių centras „Viasna“"
    ),
    "en": ChartLabels("Political prisoners held in Belarus", "Source: Viasna Human Rights Centre"),
    "de": ChartLabels(
        "Politische Gefangene in Belarus: Größe, Übersicht", "Quelle: Menschenrechtszentrum Wjasna"
    ),
    "fr": ChartLabels("Prisonniers politiques au Bélarus : détenus, « Viasna »", "Source : centre Viasna"),
    "it": ChartLabels(
        "Prigionieri politici in Bielorussia: età, perché", "Fonte: Centro per i diritti umani Viasna"
    ),
}


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which follows the signature."""
    assert png[:8] == PNG_SIGNATURE
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def render_strictly(points: list[tuple[date, int]], locale: str) -> bytes:
    """Render with every warning (matplotlib's "Glyph ... missing") turned into an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return render_history_png(points, LABELS[locale], locale)


def test_the_chart_is_an_800_by_450_png() -> None:
    png = render_strictly(HISTORY, "en")
    assert png_size(png) == (800, 450)
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"
        assert image.size == (800, 450)


def test_every_locale_renders_its_own_letters_without_missing_glyphs() -> None:
    assert set(LABELS) == set(LOCALES)
    charts = {locale: render_strictly(HISTORY, locale) for locale in LOCALES}
    assert all(png_size(png) == (800, 450) for png in charts.values())
    assert len(set(charts.values())) == len(LOCALES)  # the labels differ, so do the pictures


def test_a_missing_glyph_would_be_caught() -> None:
    """The check above is not vacuous: a script DejaVu Sans lacks does raise matplotlib's warning."""
    with warnings.catch_warnings(), pytest.raises(UserWarning, match="missing from font"):
        warnings.simplefilter("error")
        render_history_png(HISTORY, ChartLabels("政治犯", "x"), "en")


def test_same_labels_different_locale_gives_different_bytes() -> None:
    labels = LABELS["en"]
    assert render_history_png(HISTORY, labels, "en") != render_history_png(HISTORY, labels, "de")


@pytest.mark.parametrize(
    "points",
    [
        [(date(2025, 12, 23), 1135)],
        [(date(2025, 12, 23), 0)],
        [(date(2025, 12, 20) + timedelta(days=i), 1135 + i) for i in range(4)],
        [(date(2025, 10, 1) + timedelta(days=7 * i), 1200 - i) for i in range(12)],
        [(date(2010, 1, 1), 10), (date(2025, 12, 23), 1135)],
    ],
    ids=["one-point", "zero", "days", "weeks", "years"],
)
def test_short_and_long_series_render(points: list[tuple[date, int]]) -> None:
    assert png_size(render_strictly(points, "be")) == (800, 450)


def test_unsorted_points_are_drawn_in_date_order() -> None:
    assert render_history_png(HISTORY[::-1], LABELS["en"], "en") == render_history_png(
        HISTORY, LABELS["en"], "en"
    )


def test_an_empty_series_is_refused() -> None:
    with pytest.raises(ValueError):
        render_history_png([], LABELS["en"], "en")


class Renders:
    """A render callable that counts its calls."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, name: str) -> bytes:
        self.calls.append(name)
        return name.encode()


def test_the_cache_renders_once_per_key_and_locale() -> None:
    cache, renders = ChartCache(), Renders()
    for _ in range(3):
        assert cache.get_or_render(1135, "be", lambda: renders("1135-be")) == b"1135-be"
        assert cache.get_or_render(1135, "en", lambda: renders("1135-en")) == b"1135-en"
    assert cache.get_or_render(1136, "be", lambda: renders("1136-be")) == b"1136-be"
    assert renders.calls == ["1135-be", "1135-en", "1136-be"]
    assert cache.get(1135, "en") == b"1135-en"  # a look without rendering, for the event loop
    assert cache.get(1137, "en") is None


def test_the_cache_evicts_the_least_recently_used_beyond_its_size() -> None:
    cache, renders = ChartCache(size=2), Renders()
    cache.get_or_render("a", "en", lambda: renders("a"))
    cache.get_or_render("b", "en", lambda: renders("b"))
    cache.get_or_render("a", "en", lambda: renders("a"))  # a hit: "a" is now the most recent
    cache.get_or_render("c", "en", lambda: renders("c"))  # evicts "b"
    assert len(cache) == 2
    cache.get_or_render("a", "en", lambda: renders("a"))
    cache.get_or_render("b", "en", lambda: renders("b"))
    assert renders.calls == ["a", "b", "c", "b"]


def test_the_cache_needs_room_for_one_chart() -> None:
    with pytest.raises(ValueError):
        ChartCache(size=0)


JOB_POINTS = tuple(HISTORY)


def job(locale: str) -> ChartJob:
    return ChartJob(JOB_POINTS, LABELS[locale].title, LABELS[locale].source, locale)


def counting_child(tally: Path) -> tuple[str, ...]:
    """The real chart child, run by a Python that first notes in `tally` that it started."""
    code = (
        "import runpy, sys; "
        f"open({str(tally)!r}, 'a').write('child\\n'); "
        "runpy.run_module('bot.services.chart', run_name='__main__')"
    )
    return (sys.executable, "-c", code)


async def test_the_child_draws_the_same_chart_as_the_bot_would(tmp_path: Path) -> None:
    cache = ChartCache(command=counting_child(tmp_path / "children"))
    png = await cache.get_or_draw("k", job("be"))
    assert png == render_history_png(HISTORY, LABELS["be"], "be")
    assert await cache.get_or_draw("k", job("be")) is png  # cached: no second child
    assert (tmp_path / "children").read_text() == "child\n"


async def test_charts_asked_at_once_are_drawn_once_each_by_one_child(tmp_path: Path) -> None:
    cache = ChartCache(command=counting_child(tmp_path / "children"))
    asks = [job(locale) for locale in ("be", "pl", "be", "en", "pl", "be")]
    pngs = await asyncio.gather(*(cache.get_or_draw("k", one) for one in asks))
    by_locale = {one.locale: png for one, png in zip(asks, pngs, strict=True)}
    assert all(pngs[i] is by_locale[one.locale] for i, one in enumerate(asks))  # one drawing per slot
    assert len(set(by_locale.values())) == 3 and len(cache) == 3
    assert (tmp_path / "children").read_text() == "child\n"  # asked before it started: one child


async def test_charts_asked_while_a_child_draws_are_drawn_together_by_the_next(tmp_path: Path) -> None:
    cache = ChartCache(command=counting_child(tmp_path / "children"))
    first = asyncio.create_task(cache.get_or_draw("k", job("be")))
    while not (tmp_path / "children").exists():  # noqa: ASYNC110 - a file, written by the first child
        await asyncio.sleep(0.01)
    later = await asyncio.gather(*(cache.get_or_draw("k", job(locale)) for locale in ("pl", "en", "pl")))
    await first
    assert later[0] is later[2] and len(cache) == 3
    assert (tmp_path / "children").read_text() == "child\nchild\n"


async def test_a_child_that_fails_is_a_chart_error_and_the_next_ask_tries_again(tmp_path: Path) -> None:
    failing = ChartCache(command=(sys.executable, "-c", "import sys; sys.exit('no fonts here')"))
    with pytest.raises(ChartError, match="no fonts here"):
        await failing.get_or_draw("k", job("en"))
    assert len(failing) == 0
    with pytest.raises(ChartError):  # not remembered as failed: drawn again, and fails again
        await failing.get_or_draw("k", job("en"))


async def test_a_child_that_hangs_is_killed_after_the_timeout() -> None:
    hanging = (sys.executable, "-c", "import time; time.sleep(60)")
    started = time.monotonic()
    with pytest.raises(ChartError, match="took more than"):
        await draw_in_child([job("en")], hanging, within=0.5)
    assert time.monotonic() - started < 30


async def test_a_child_that_writes_a_short_answer_is_refused() -> None:
    short = (sys.executable, "-c", "import sys; sys.stdout.buffer.write(b'\\x00\\x00\\x00\\x09PNG')")
    with pytest.raises(ChartError, match="other than the charts"):
        await draw_in_child([job("en")], short)


def test_the_child_gets_none_of_the_bots_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_TOKEN", "123:secret")
    monkeypatch.setenv("PLEDGE_HASH_KEY", "k" * 40)
    env = child_environment()
    assert "TELEGRAM_TOKEN" not in env and "PLEDGE_HASH_KEY" not in env
    assert "PATH" in env


def test_the_bot_never_imports_matplotlib() -> None:
    """The point of the child: the bot's own process stays without matplotlib after start-up."""
    code = "import sys, bot.app, handlers.stats; sys.exit('matplotlib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0  # noqa: S603
