"""Logging: lines on stderr (text or JSON), every secret cut out, a correlation id per update.

The correlation id is a short random token set when an update starts being handled; every
line logged while handling it carries the token, so one update's lines can be found together
without logging who sent it.
"""

from __future__ import annotations

import json
import logging
import os
from contextvars import ContextVar
from datetime import UTC, datetime
from secrets import token_hex

from bot.settings import Settings

REDACTED = "<secret>"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s%(correlation)s: %(message)s"
CORRELATION_ID: ContextVar[str | None] = ContextVar("correlation_id", default=None)


def new_correlation_id() -> str:
    """Start a new correlation id for the update being handled in this task; return it."""
    correlation_id = token_hex(4)
    CORRELATION_ID.set(correlation_id)
    return correlation_id


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


class AddCorrelationId(logging.Filter):
    """Stamp each record with the current update's correlation id (None outside an update)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Add `correlation_id`, and `correlation` for the text format; never drop the record."""
        correlation_id = CORRELATION_ID.get()
        record.correlation_id = correlation_id
        record.correlation = f" [{correlation_id}]" if correlation_id else ""
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, correlation id, traceback."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON (newlines inside values are escaped)."""
        entry: dict[str, str] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        correlation_id = getattr(record, "correlation_id", None)
        if correlation_id:
            entry["correlation_id"] = correlation_id
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["traceback"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(settings: Settings, console: bool) -> RedactSecrets:
    """Logs on stderr in LOG_FORMAT, quieter in the console chat; returns the redactor for other output."""
    level = "WARNING" if console and os.environ.get("LOG_LEVEL") is None else settings.core.log_level
    handler = logging.StreamHandler()
    json_lines = settings.core.log_format == "json"
    handler.setFormatter(JsonFormatter() if json_lines else logging.Formatter(TEXT_FORMAT))
    redactor = RedactSecrets(settings.secrets())
    handler.addFilter(redactor)
    handler.addFilter(AddCorrelationId())
    logging.basicConfig(level=level, handlers=[handler], force=True)
    logging.captureWarnings(True)  # a library's warning becomes a log line too, in the same format
    cap_noisy_loggers()
    return redactor


def cap_noisy_loggers() -> None:
    """Quiet these whatever LOG_LEVEL says.

    aiosqlite logs every statement with its parameters at DEBUG (keyed hashes, signers' names);
    APScheduler and alembic repeat themselves.
    """
    for noisy in ("apscheduler", "alembic.runtime.plugins", "aiosqlite"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
