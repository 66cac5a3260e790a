"""Whether the access token may do what the bot needs: read its mentions and post statuses.

Mastodon 4.3+ lists the scopes in `GET /api/v1/apps/verify_credentials` (those of the application
the token belongs to, which is what a token made under Preferences → Development has). An older
instance does not say: then nothing is refused, and the log says once that it was not checked.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection
from typing import Any

from mastodon import Mastodon, MastodonAPIError, MastodonUnauthorizedError

log = logging.getLogger(__name__)
# Each scope the bot needs, and the narrower scopes that are enough for what it does with it.
NEEDED: dict[str, tuple[str, ...]] = {
    "read": ("read", "read:notifications"),
    "write": ("write", "write:statuses"),
}


class MissingScopeError(Exception):
    """The token lacks a scope the bot needs: a setting to fix, so start-up stops."""


def missing_scopes(granted: Collection[str]) -> list[str]:
    """The needed scopes that `granted` covers neither whole nor by the narrower one used."""
    return [scope for scope, enough in NEEDED.items() if not set(enough) & set(granted)]


async def check_scopes(call: Callable[..., Awaitable[Any]], client: Mastodon) -> None:
    """Raise MissingScopeError, in one line naming the scope, if the instance says one is missing."""
    try:
        app = await call(client.app_verify_credentials)
    except MastodonUnauthorizedError:
        raise
    except MastodonAPIError as exc:
        log.info("the instance does not tell the token's scopes (%s): not checked", type(exc).__name__)
        return
    granted = app.get("scopes") if isinstance(app, dict) else None
    if not granted:
        log.info("the instance does not tell the token's scopes (before Mastodon 4.3): not checked")
        return
    missing = missing_scopes([str(scope) for scope in granted])
    if missing:
        names = " and ".join(f"`{scope}`" for scope in missing)
        raise MissingScopeError(
            f"Setting MASTODON_ACCESS_TOKEN lacks the {names} scope: make a token with read and write"
        )
