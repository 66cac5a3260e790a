"""The /stats chart: a PNG of the count over time, labelled in the reader's language.

Drawn with matplotlib's object API on an Agg canvas (never pyplot), so nothing global is
touched and no display is needed. The bundled DejaVu Sans covers Cyrillic and Latin,
Lithuanian and Polish letters included. Rendering takes about a tenth of a second of CPU.
matplotlib costs a process about 55 MB for good, so the bot never imports this module: it
runs as `python -m bot.services.chart`, a child that draws the charts asked on its stdin and
exits (bot/services/chart_process.py starts it; `ChartCache` keeps what it drew).
"""

from __future__ import annotations

import io
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, Locator, MaxNLocator

WIDTH_IN, HEIGHT_IN, DPI = 8.0, 4.5, 100  # 800 x 450 px
LINE_COLOR = "#b22222"
MAX_X_TICKS = 6
FONT = "DejaVu Sans"  # bundled with matplotlib, so the same glyphs everywhere; not left to rcParams
SHORT_SPAN = timedelta(days=62)  # up to about two months the ticks are days, beyond that months
SINGLE_POINT_PAD = timedelta(days=3)
MONTH_STEPS = (1, 2, 3, 4, 6, 12)


@dataclass(frozen=True)
class ChartLabels:
    """Texts on the chart, already translated into the reader's language."""

    title: str
    source: str


def render_history_png(points: Sequence[tuple[date, int]], labels: ChartLabels, locale: str) -> bytes:
    """A PNG line chart of the count over time; dates on the x axis formatted for `locale` with Babel."""
    if not points:
        raise ValueError("a chart needs at least one point")
    series = sorted(points)
    days = [day for day, _ in series]
    values = [value for _, value in series]
    fig, ax = _figure()
    ax.plot(mdates.date2num(days), values, color=LINE_COLOR, linewidth=2, marker="o", markersize=4)
    _annotate_last(ax, days[-1], values[-1], locale)
    _style_y_axis(ax, max(values), locale)
    _style_x_axis(ax, days[0], days[-1], locale)
    ax.tick_params(labelfontfamily=FONT)
    ax.set_title(labels.title, fontsize=14, fontfamily=FONT)
    fig.text(0.01, 0.015, labels.source, fontsize=9, fontfamily=FONT, color="#555555", ha="left", va="bottom")
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()


def _figure() -> tuple[Figure, Axes]:
    """A fresh 800x450 figure on its own Agg canvas (no pyplot: freed when dropped)."""
    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.subplots_adjust(left=0.1, right=0.95, top=0.88, bottom=0.17)
    return fig, fig.add_subplot()


def _annotate_last(ax: Axes, day: date, value: int, locale: str) -> None:
    """Write the latest value above its point."""
    ax.annotate(
        format_decimal(value, locale=locale),
        xy=(float(mdates.date2num(day)), value),
        xytext=(0, 8),
        textcoords="offset points",
        ha="center",
        va="bottom",
        fontsize=11,
        fontweight="bold",
        fontfamily=FONT,
        color=LINE_COLOR,
    )


def _style_y_axis(ax: Axes, top: int, locale: str) -> None:
    """Start the y axis at zero, leave room for the annotation, and write the numbers the locale's way."""
    ax.set_ylim(0, max(top, 1) * 1.18)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_decimal(round(v), locale=locale)))
    ax.grid(axis="y", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _style_x_axis(ax: Axes, first: date, last: date, locale: str) -> None:
    """Pick date ticks for the span (days or months) and format them for the locale."""
    if first == last:
        first, last = first - SINGLE_POINT_PAD, last + SINGLE_POINT_PAD
        ax.set_xlim(float(mdates.date2num(first)), float(mdates.date2num(last)))
    else:
        ax.margins(x=0.05)
    short = last - first <= SHORT_SPAN
    ax.xaxis.set_major_locator(_day_locator(first, last) if short else _month_locator(first, last))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: _date_label(v, short, locale)))


def _date_label(value: float, short: bool, locale: str) -> str:
    """A tick's date: day and month ("1 мая") for short spans, else month and year ("май 2024")."""
    day = mdates.num2date(value).date()
    if short:
        return format_skeleton("MMMd", day, locale=locale)
    return format_date(day, "LLL y", locale=locale)


def _day_locator(first: date, last: date) -> Locator:
    """Ticks every few days, at most `MAX_X_TICKS` of them."""
    step = max(1, math.ceil((last - first).days / MAX_X_TICKS))
    return mdates.DayLocator(interval=step)


def _month_locator(first: date, last: date) -> Locator:
    """Ticks on the first of every n-th month (aligned to the year), or every n-th January."""
    months = (last.year - first.year) * 12 + last.month - first.month
    wanted = max(1, math.ceil(months / MAX_X_TICKS))
    step = next((s for s in MONTH_STEPS if s >= wanted), None)
    if step is None:
        return mdates.YearLocator(base=math.ceil(wanted / 12))
    return mdates.MonthLocator(bymonth=range(1, 13, step), bymonthday=1)


def main() -> None:
    """`python -m bot.services.chart`: draw the jobs on stdin (JSON), write the PNGs to stdout."""
    from bot.services.chart_process import decode_jobs, encode_pngs

    jobs = decode_jobs(sys.stdin.buffer.read())
    pngs = [render_history_png(job.points, ChartLabels(job.title, job.source), job.locale) for job in jobs]
    sys.stdout.buffer.write(encode_pngs(pngs))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
