"""LOG_FORMAT: JSON lines or text, both with the correlation id and without secrets."""

from __future__ import annotations

import contextvars
import json
import logging
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bot.logs import REDACTED, configure_logging, new_correlation_id
from bot.settings import load_settings

TOKEN = "123456:SECRETtokenVALUE"


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """configure_logging replaces the root handlers: put pytest's back afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    logging.captureWarnings(False)
    root.handlers[:] = handlers
    root.setLevel(level)


def configured(log_format: str) -> logging.Logger:
    settings = load_settings(core={"log_format": log_format}, telegram={"token": TOKEN})
    configure_logging(settings, console=False)
    return logging.getLogger("bot.test")


def in_an_update(action: Callable[[], Any]) -> str:
    """Run `action` as the handling of one update would; return its correlation id."""

    def run() -> str:
        correlation_id = new_correlation_id()
        action()
        return correlation_id

    return contextvars.copy_context().run(run)


def lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.splitlines()


def test_json_line_has_time_level_logger_and_message(capsys: pytest.CaptureFixture[str]) -> None:
    configured("json").info("update %s handled", 17)
    (line,) = lines(capsys)
    entry = json.loads(line)
    assert entry.keys() == {"time", "level", "logger", "message"}  # no correlation id outside an update
    assert entry["level"] == "INFO"
    assert entry["logger"] == "bot.test"
    assert entry["message"] == "update 17 handled"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", entry["time"])


def test_json_lines_of_one_update_share_its_correlation_id(capsys: pytest.CaptureFixture[str]) -> None:
    log = configured("json")

    def two_lines() -> None:
        log.info("one")
        log.warning("two")

    first = in_an_update(two_lines)
    second = in_an_update(lambda: log.info("three"))
    entries = [json.loads(line) for line in lines(capsys)]
    assert [e["correlation_id"] for e in entries] == [first, first, second]
    assert re.fullmatch(r"[0-9a-f]{8}", first)
    assert first != second


def test_json_line_stays_one_line_and_loses_secrets(capsys: pytest.CaptureFixture[str]) -> None:
    log = configured("json")
    try:
        raise ValueError(f"rejected {TOKEN}")
    except ValueError:
        log.exception("call failed:\nwith %s", TOKEN)
    output = lines(capsys)
    assert len(output) == 1
    entry = json.loads(output[0])
    assert entry["message"] == f"call failed:\nwith {REDACTED}"
    assert "ValueError: rejected" in entry["traceback"]
    assert TOKEN not in output[0]
    assert TOKEN.split(":")[1] not in output[0]


def test_text_lines_are_as_before_and_carry_the_id_inside_an_update(
    capsys: pytest.CaptureFixture[str],
) -> None:
    log = configured("text")
    log.info("outside")
    correlation_id = in_an_update(lambda: log.error("inside %s", TOKEN))
    outside, inside = lines(capsys)
    assert re.fullmatch(r"\S+ \S+ INFO bot\.test: outside", outside)
    assert inside.endswith(f" ERROR bot.test [{correlation_id}]: inside {REDACTED}")


def test_a_library_warning_becomes_a_json_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    """PTB warns through `warnings` (e.g. on a 429): with JSON logs that is one more JSON line."""
    configured("json")
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("an old API", UserWarning, stacklevel=1)
    (line,) = lines(capsys)
    entry = json.loads(line)
    assert entry["logger"] == "py.warnings"
    assert "UserWarning: an old API" in entry["message"]
