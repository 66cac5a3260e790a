"""The web side: health and the webhook on PORT, `/metrics` on METRICS_PORT, and the routes features mount.

A feature with pages or endpoints (the admins' Mini App, the transparency log) adds a module here
and a `Mount` that `build_web_app` applies; its routes call the same services as the handlers.
"""

from bot.web.app import Mount, Route, build_metrics_app, build_web_app, serve

__all__ = ["Mount", "Route", "build_metrics_app", "build_web_app", "serve"]
