"""The admins' desk: a Telegram Mini App served at /desk, for ADMIN_IDS only.

`desk_mount(router, bot_token)` adds its page, static files and JSON API to the public app. The
API calls the services the chat's handlers call (one rule, one place); see routes.py.
"""

from __future__ import annotations

from bot.web.desk.routes import DESK_PATH, desk_mount

__all__ = ["DESK_PATH", "desk_mount"]
