"""The transparency log's public endpoints: checkpoints, the key, leaves in pages, and proofs.

Everything served is public by design: leaves commit to secrets only their holders know, and
nothing here reads who signed. Only sizes of published checkpoints are served, so a reader can
never see the log between two checkpoints (its timing would follow people's actions).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.services.transparency.log import PAGE, BadRequestError, TransparencyLog, b64
from bot.services.transparency.publisher import Publisher
from bot.web.app import Mount

Route = Callable[[web.Request], Awaitable[web.StreamResponse]]
TEXT = "text/plain"


def transparency_mount(log: TransparencyLog, publisher: Publisher) -> Mount:
    """The routes under /transparency, reading `log`; `publisher` signs the first checkpoint if none is."""

    async def latest_note(_request: web.Request) -> web.Response:
        latest = await log.latest()
        if latest is None:
            await publisher.run_once()
            latest = await log.latest()
        if latest is None:  # pragma: no cover - a lockdown never keeps the first checkpoint back
            raise web.HTTPServiceUnavailable(text="no checkpoint yet")
        return web.Response(text=latest.note, content_type=TEXT)

    async def key(_request: web.Request) -> web.Response:
        return web.Response(text=publisher.signer.vkey() + "\n", content_type=TEXT)

    async def checkpoints(_request: web.Request) -> web.Response:
        rows = [
            {"note": c.note, "size": c.size, "count": c.count, "published_at": c.published_at.isoformat()}
            for c in await log.checkpoints()
        ]
        return web.json_response({"checkpoints": rows})

    async def leaves(request: web.Request) -> web.Response:
        start = _integer(request, "start")
        count = _integer(request, "count", PAGE)
        entries = await log.leaves(start, count)
        return web.json_response({"start": start, "entries": [b64(entry) for entry in entries]})

    async def inclusion(request: web.Request) -> web.Response:
        index, size = _integer(request, "index"), _integer(request, "size")
        leaf, proof = await log.inclusion(index, size)
        body = {"index": index, "size": size, "leaf_hash": b64(leaf), "proof": [b64(p) for p in proof]}
        return web.json_response(body)

    async def consistency(request: web.Request) -> web.Response:
        old, new = _integer(request, "old"), _integer(request, "new")
        proof = await log.consistency(old, new)
        return web.json_response({"old": old, "new": new, "proof": [b64(p) for p in proof]})

    def mount(app: web.Application) -> None:
        for path, route in (
            ("/transparency/checkpoint", latest_note),
            ("/transparency/key", key),
            ("/transparency/checkpoints", checkpoints),
            ("/transparency/leaves", leaves),
            ("/transparency/proof/inclusion", inclusion),
            ("/transparency/proof/consistency", consistency),
        ):
            app.router.add_get(path, _bad_requests(route))

    return mount


def _integer(request: web.Request, name: str, default: int | None = None) -> int:
    raw = request.query.get(name)
    if raw is None and default is not None:
        return default
    if raw is None or not raw.isascii() or not raw.isdigit() or len(raw) > 18:
        raise BadRequestError(f"{name} must be a whole number from 0")
    return int(raw)


def _bad_requests(route: Route) -> Route:
    """A request for something no checkpoint has: 400 with a short JSON error, never a traceback."""

    async def guarded(request: web.Request) -> web.StreamResponse:
        try:
            return await route(request)
        except BadRequestError as exc:
            return web.json_response({"error": str(exc)}, status=400)

    return guarded
