"""The aiohttp app: `GET /healthz` always, the Telegram webhook route in webhook mode."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.storage.session import Database
from scheduler.clock import Clock

Route = Callable[[web.Request], Awaitable[web.StreamResponse]]


def build_web_app(db: Database, clock: Clock, webhook: tuple[str, Route] | None = None) -> web.Application:
    """Health for the platform's checks, and the webhook when one is configured."""
    app = web.Application()

    async def healthz(_request: web.Request) -> web.Response:
        checks = {
            "database": "ok" if await db.ping() else "failing",
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
    return app


async def serve(app: web.Application, host: str, port: int) -> web.AppRunner:
    """Start serving `app`; the caller cleans the returned runner up."""
    runner = web.AppRunner(app, access_log=None)  # access logs would carry no value and some risk
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
