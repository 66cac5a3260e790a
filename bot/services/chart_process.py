"""The /stats charts are drawn in a short-lived child process, so matplotlib never lives in the bot's.

matplotlib, NumPy and Pillow cost a process that imports them and draws about 55 MB, for good
(imported modules stay, and the allocator keeps its arenas). The bot runs on a small machine, so
its own process never imports them: a child `python -m bot.services.chart` is started when charts
are missing, draws every chart asked for meanwhile, writes them to its stdout and exits, and its
memory goes with it. The charts are cached (`ChartCache`), so this happens about once per new
figure and language. Nothing here imports matplotlib, nor the bot's settings at import (the child
imports this module too, and should start fast).
"""

from __future__ import annotations

import asyncio
import json
import os
import struct
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

CHILD_TIMEOUT_SECONDS = 60.0  # a child's whole life; it draws a chart in about 0.1 s of CPU
CHILD = (sys.executable, "-m", "bot.services.chart")
PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # where `bot` is importable from
_LENGTH = struct.Struct(">I")


class ChartError(Exception):
    """The child could not draw the charts (it failed, was killed, or took too long)."""


@dataclass(frozen=True)
class ChartJob:
    """One chart to draw: the points, the texts already in the reader's language, the locale."""

    points: tuple[tuple[date, int], ...]
    title: str
    source: str
    locale: str


def encode_jobs(jobs: Sequence[ChartJob]) -> bytes:
    """The child's stdin: the jobs as JSON."""
    return json.dumps(
        [
            {
                "points": [[day.isoformat(), value] for day, value in job.points],
                "title": job.title,
                "source": job.source,
                "locale": job.locale,
            }
            for job in jobs
        ]
    ).encode()


def decode_jobs(data: bytes) -> list[ChartJob]:
    """The jobs back from the child's stdin."""
    return [
        ChartJob(
            tuple((date.fromisoformat(day), int(value)) for day, value in job["points"]),
            job["title"],
            job["source"],
            job["locale"],
        )
        for job in json.loads(data)
    ]


def encode_pngs(pngs: Sequence[bytes]) -> bytes:
    """The child's stdout: each PNG after its length (4 bytes, big-endian)."""
    return b"".join(_LENGTH.pack(len(png)) + png for png in pngs)


def decode_pngs(data: bytes, count: int) -> list[bytes]:
    """`count` PNGs from the child's stdout; ChartError if it is short or long."""
    pngs, offset = [], 0
    for _ in range(count):
        if offset + _LENGTH.size > len(data):
            raise ChartError("the chart process wrote fewer charts than asked")
        (length,) = _LENGTH.unpack_from(data, offset)
        offset += _LENGTH.size
        pngs.append(data[offset : offset + length])
        offset += length
    if offset != len(data) or any(len(png) == 0 for png in pngs):
        raise ChartError("the chart process wrote something other than the charts asked")
    return pngs


def child_environment() -> dict[str, str]:
    """The bot's environment without its settings (secrets among them): the child needs none."""
    from bot.settings import variable_names

    names = variable_names()
    env = {name: value for name, value in os.environ.items() if name not in names}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(PACKAGE_ROOT), os.environ.get("PYTHONPATH"))))
    return env


async def draw_in_child(
    jobs: Sequence[ChartJob], command: Sequence[str] = CHILD, within: float = CHILD_TIMEOUT_SECONDS
) -> list[bytes]:
    """Draw `jobs` in one child process, killed after `within` seconds; the PNGs in order, or ChartError."""
    try:
        child = await asyncio.create_subprocess_exec(
            *command,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=child_environment(),
        )
    except OSError as exc:
        raise ChartError(f"the chart process did not start: {exc}") from exc
    try:
        out, err = await asyncio.wait_for(child.communicate(encode_jobs(jobs)), within)
    except TimeoutError:
        raise ChartError(f"the chart process took more than {within:g} s") from None
    finally:
        if child.returncode is None:  # timed out, or this task was cancelled: never leave it behind
            child.kill()
            await child.wait()
    if child.returncode != 0:
        last = err.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
        raise ChartError(f"the chart process exited with {child.returncode}: {last[0][:200]}")
    return decode_pngs(out, len(jobs))
