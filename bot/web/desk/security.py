"""The headers every desk response carries, and the checks every desk POST passes."""

from __future__ import annotations

from urllib.parse import urlsplit

from aiohttp import web

# Telegram Web (web.telegram.org, its /k/ and /a/ clients) shows a Mini App in an iframe; the
# mobile and desktop apps in a web view that sends no ancestor. Nothing else may frame it.
CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors https://web.telegram.org https://*.telegram.org",
    ]
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}


async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
    """`on_response_prepare`: the security headers on everything under /desk; no caching of the API."""
    if not request.path.startswith("/desk"):
        return
    response.headers.update(HEADERS)
    if request.path.startswith("/desk/api/") or request.path == "/desk":
        response.headers["Cache-Control"] = "no-store"


def same_origin(request: web.Request) -> bool:
    """A POST comes from the page itself: JSON (a form cannot send it cross-site) and our Origin if any."""
    if request.content_type != "application/json":
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    parts = urlsplit(origin)  # behind Fly's proxy the page is https and the request reaches us as http
    return parts.scheme in {"http", "https"} and parts.netloc == request.host
