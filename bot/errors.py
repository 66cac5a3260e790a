"""Domain errors: the adapters and handlers turn each into a message key, never a traceback."""

from __future__ import annotations

from datetime import datetime


class DomainError(Exception):
    """Base of the errors a person can cause and be told about."""


class AlreadySignedError(DomainError):
    """The person has a pledge already."""

    def __init__(self, signed_at: datetime) -> None:
        super().__init__("already signed")
        self.signed_at = signed_at


class PledgesDisabledError(DomainError):
    """No PLEDGE_HASH_KEY is configured for a public front-end."""


class SlowDownError(DomainError):
    """The person toggled their pledge too often; `seconds` until they may again."""

    def __init__(self, seconds: float) -> None:
        super().__init__("slow down")
        self.seconds = seconds
