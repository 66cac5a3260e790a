"""The admins' desk: the page's weight and its time to first render, in Debian's headless Chromium.

    .venv/bin/python -m bench.desk_page              # 10 cold loads
    .venv/bin/python -m bench.desk_page --loads 30

The whole bot runs in this process, as in the browser tests: polling a fake Bot API on 127.0.0.1,
SQLite in a temporary directory, the desk on its web port. Each load opens /desk as an admin
(initData signed as Telegram signs it) in a fresh browser context: an empty cache, as when a phone
opens it the first time. The window is a phone's (420 x 860).

Printed: the bytes of the HTML, the JavaScript and the CSS as the browser received them (the
Resource Timing API; and gzip -9 of the same, for comparison only: the bot serves them as they are),
the JSON of the calls made on opening; first-contentful-paint (the Paint Timing API) and the time
until the tabs are shown (the session opened and the messages loaded): median, min and max.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from playwright.async_api import Browser, async_playwright

from bot.settings import load_settings
from tests.browser.conftest import (
    ADMIN_ID,
    CHANNELS,
    CHROMIUM,
    CHROMIUM_ARGS,
    LIGHT,
    launch_fragment,
    sign_init_data,
)
from tests.conftest import DEAD_SOURCE, TEST_KEY, free_port, serving
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import running_bot, wait_until_healthy

TIMINGS = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
  const files = performance.getEntriesByType('resource').map((e) => ({
    url: e.name, kind: e.initiatorType, bytes: e.encodedBodySize, decoded: e.decodedBodySize }));
  return { html: nav.encodedBodySize, url: nav.name, fcp: paint ? paint.startTime : null, files: files };
}"""


@dataclass
class Figures:
    """What the loads measured."""

    weight: dict[str, int] = field(default_factory=dict)  # html, js, css: bytes received
    gzipped: dict[str, int] = field(default_factory=dict)
    api_bytes: int = 0  # the JSON of the calls made on opening
    fcp_ms: list[float] = field(default_factory=list)
    ready_ms: list[float] = field(default_factory=list)

    def report(self) -> str:
        """The figures as printed lines."""
        total, packed = sum(self.weight.values()), sum(self.gzipped.values())
        parts = ", ".join(f"{kind} {size:,} B" for kind, size in self.weight.items())
        return "\n".join(
            [
                f"page weight: {parts}; total {total:,} B (gzip -9: {packed:,} B); "
                f"API JSON on opening {self.api_bytes:,} B",
                f"first-contentful-paint: {_spread(self.fcp_ms)} over {len(self.fcp_ms)} cold loads",
                f"tabs shown (session + messages): {_spread(self.ready_ms)}",
            ]
        )


def _spread(values: list[float]) -> str:
    if not values:
        return "n/a"
    return f"median {statistics.median(values):.0f} ms (min {min(values):.0f}, max {max(values):.0f})"


async def measure(browser: Browser, url: Callable[[], str], loads: int) -> Figures:
    """Open the desk `loads` times, each in a fresh context; `url()` gives a freshly signed launch URL."""
    figures = Figures()
    for _ in range(loads):
        context = await browser.new_context(viewport={"width": 420, "height": 860})
        try:
            page = await context.new_page()
            await page.goto(url())
            await page.get_by_role("tab").first.wait_for()
            figures.ready_ms.append(await page.evaluate("performance.now()"))
            timings: dict[str, Any] = await page.evaluate(TIMINGS)
        finally:
            await context.close()
        if timings["fcp"] is not None:
            figures.fcp_ms.append(timings["fcp"])
        weight = {"html": timings["html"], "js": 0, "css": 0}
        urls = {"html": [timings["url"]], "js": [], "css": []}
        api = 0
        for entry in timings["files"]:
            kind = "js" if entry["url"].endswith(".js") else "css" if entry["url"].endswith(".css") else None
            if kind:
                weight[kind] += entry["bytes"]
                urls[kind].append(entry["url"])
            elif entry["kind"] == "fetch":
                api += entry["decoded"]
        figures.weight, figures.api_bytes = weight, api
    figures.gzipped = {kind: await _gzipped(found) for kind, found in urls.items()}
    return figures


async def _gzipped(urls: list[str]) -> int:
    total = 0
    async with aiohttp.ClientSession() as client:
        for address in urls:
            async with client.get(address.split("#")[0]) as response:
                total += len(gzip.compress(await response.read(), 9))
    return total


async def run(loads: int) -> Figures:
    """Start the bot with the desk, launch Chromium, measure, print."""
    fake = FakeTelegram()
    with tempfile.TemporaryDirectory() as folder:
        async with serving(fake.app()) as fake_origin:
            port = free_port()
            settings = load_settings(
                storage={
                    "database_url": f"sqlite:///{Path(folder) / 'desk.sqlite3'}",
                    "data_dir": Path(folder),
                    "pledge_hash_key": TEST_KEY,
                },
                stats={"source_url": DEAD_SOURCE},
                posts={"daily_post_time": "off"},
                broadcasts={"digest_time": "off"},
                telegram={"token": fake.token, "api_base_url": f"{fake_origin}/bot", "channels": CHANNELS},
                core={
                    "port": port,
                    "host": "127.0.0.1",
                    "admin_ids": [ADMIN_ID],
                    "metrics_port": free_port(),
                    "metrics_host": "127.0.0.1",
                },
            )
            origin = f"http://127.0.0.1:{port}"

            def url() -> str:
                user = {"id": ADMIN_ID, "first_name": "Test", "language_code": "en"}  # invented admin
                return f"{origin}/desk" + launch_fragment(
                    sign_init_data(fake.token, user, int(time.time())), LIGHT
                )

            async with running_bot(settings), async_playwright() as playwright:
                await wait_until_healthy(f"{origin}/healthz")
                browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                try:
                    figures = await measure(browser, url, loads)
                finally:
                    await browser.close()
    print(figures.report(), flush=True)
    return figures


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--loads", type=int, default=10)
    args = parser.parse_args()
    asyncio.run(run(args.loads))


if __name__ == "__main__":
    main()
