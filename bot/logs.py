"""Logging set-up: plain lines on stderr, with every configured secret cut out."""

from __future__ import annotations

import logging
import os

from bot.settings import Settings

REDACTED = "<secret>"


class RedactSecrets(logging.Filter):
    """Replace secret values in a record's message and traceback, whoever logged them."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [secret for secret in secrets if secret]

    def redact(self, text: str) -> str:
        """`text` with every secret replaced."""
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drop it."""
        record.msg, record.args = self.redact(record.getMessage()), None
        if record.exc_info:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def configure_logging(settings: Settings, console: bool) -> RedactSecrets:
    """Plain logs on stderr, quieter in the console chat; returns the redactor for other output."""
    level = "WARNING" if console and os.environ.get("LOG_LEVEL") is None else settings.core.log_level
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    redactor = RedactSecrets(settings.secrets())
    handler.addFilter(redactor)
    logging.basicConfig(level=level, handlers=[handler], force=True)
    for noisy in ("apscheduler", "alembic.runtime.plugins"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return redactor
