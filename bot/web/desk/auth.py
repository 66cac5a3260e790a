"""Who opens the desk: Telegram's signed `initData`, checked as Telegram specifies, then a session token.

https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app: the secret key is
HMAC-SHA256 of the bot token under the key `WebAppData`; the hash is HMAC-SHA256 (hex) of the sorted
`key=value` lines, except `hash`, joined by newlines. Nothing else the client says is trusted.
Sessions live in this process's memory only: a random token, short-lived, renewed by use; no cookie,
so no cross-site request can ride one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from urllib.parse import parse_qsl

FUTURE_SKEW_SECONDS = 30  # a phone's clock a little ahead; more than this is not a real launch
SESSION_SECONDS = 30 * 60
MAX_SESSIONS = 1000  # admins are few: more open sessions than this means someone is filling memory
MAX_INIT_DATA = 8192


@dataclass(frozen=True)
class LaunchUser:
    """The Telegram user a valid initData names: the id, and the language their app uses."""

    id: int
    language_code: str | None


def check_init_data(
    init_data: str, bot_token: str, now: float, max_age: int, admin_ids: Collection[int]
) -> LaunchUser | None:
    """The admin the signed `init_data` names, or None (forged, too old, from the future, not an admin)."""
    if not init_data or len(init_data) > MAX_INIT_DATA:
        return None
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        return None
    fields = dict(pairs)
    given = fields.pop("hash", "")
    if len(fields) + 1 != len(pairs) or not given:  # a repeated key could mean two readings
        return None
    check_string = "\n".join(f"{key}={value}" for key, value in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()
    expected = hmac.new(secret, check_string.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, given):
        return None
    user = _user(fields)
    auth_date = fields.get("auth_date", "")
    if user is None or not auth_date.isdigit():
        return None
    age = now - int(auth_date)
    if age > max_age or age < -FUTURE_SKEW_SECONDS or user.id not in set(admin_ids):
        return None
    return user


def _user(fields: dict[str, str]) -> LaunchUser | None:
    try:
        user = json.loads(fields.get("user", ""))
    except ValueError:
        return None
    if not isinstance(user, dict) or not isinstance(user.get("id"), int):
        return None
    code = user.get("language_code")
    return LaunchUser(user["id"], code if isinstance(code, str) else None)


@dataclass
class Session:
    """An admin's open desk: who (the keyed hash the chat uses too), in which language, until when."""

    user_ref: str
    user_id: int
    locale: str
    expires: float


class Sessions:
    """Tokens in memory; each use renews one for another SESSION_SECONDS."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, lifetime: int = SESSION_SECONDS) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self._open: dict[str, Session] = {}

    def open(self, user_ref: str, user_id: int, locale: str) -> str:
        """A new token for this admin."""
        self._forget_expired()
        if len(self._open) >= MAX_SESSIONS:
            oldest = min(self._open, key=lambda token: self._open[token].expires)
            del self._open[oldest]
        token = secrets.token_urlsafe(32)
        self._open[token] = Session(user_ref, user_id, locale, self.clock() + self.lifetime)
        return token

    def get(self, token: str) -> Session | None:
        """The session of a live token, renewed; None when unknown or expired."""
        session = self._open.get(token)
        now = self.clock()
        if session is None or session.expires <= now:
            self._open.pop(token, None)
            return None
        session.expires = now + self.lifetime
        return session

    def _forget_expired(self) -> None:
        now = self.clock()
        for token in [token for token, session in self._open.items() if session.expires <= now]:
            del self._open[token]
