"""The aiohttp apps: `/healthz` and the webhook on PORT (public), `/metrics` alone on METRICS_PORT.

METRICS_PORT is for the private network only (Fly's scraper); nothing about signatures is public.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence

from aiohttp import web

from bot import metrics
from bot.storage.session import Database
from scheduler.clock import Clock

Route = Callable[[web.Request], Awaitable[web.StreamResponse]]
Mount = Callable[[web.Application], None]  # adds a feature's routes to the public app
PING_TIMEOUT_SECONDS = 3.0  # below the platform check's own timeout, so a hung database reads as failing


def build_web_app(
    db: Database, clock: Clock, webhook: tuple[str, Route] | None = None, mounts: Sequence[Mount] = ()
) -> web.Application:
    """Health for the platform's checks, the webhook when configured, and each feature's `mounts`.

    Metrics are not here: `build_metrics_app`, on the private port.
    """
    app = web.Application()

    async def healthz(_request: web.Request) -> web.Response:
        checks = {
            "database": "ok" if await _answers(db) else "failing",
            "scheduler": "ok" if clock.alive() else "failing",
        }
        healthy = all(state == "ok" for state in checks.values())
        return web.json_response(
            {"status": "ok" if healthy else "failing", "checks": checks}, status=200 if healthy else 503
        )

    app.router.add_get("/healthz", healthz)
    if webhook is not None:
        path, route = webhook
        app.router.add_post(path, route)
    for mount in mounts:
        mount(app)
    return app


def build_metrics_app() -> web.Application:
    """`GET /metrics` for Prometheus, from memory: a scrape never touches the database."""
    app = web.Application()

    async def metrics_route(_request: web.Request) -> web.Response:
        return web.Response(body=metrics.exposition(), headers={"Content-Type": metrics.CONTENT_TYPE})

    app.router.add_get("/metrics", metrics_route)
    return app


async def _answers(db: Database) -> bool:
    try:
        return await asyncio.wait_for(db.ping(), PING_TIMEOUT_SECONDS)
    except TimeoutError:
        return False


async def serve(app: web.Application, host: str | None, port: int) -> web.AppRunner:
    """Start serving `app`; the caller cleans the returned runner up."""
    runner = web.AppRunner(app, access_log=None)  # access logs would carry no value and some risk
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
