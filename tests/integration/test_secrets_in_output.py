"""Secrets never reach the output of a real `python -m bot` process, even at DEBUG."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_KEY, free_port
from tests.fakes.telegram import FakeTelegram

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


OUTPUTS: dict[int, Path] = {}  # process id -> the file its output goes to


async def start_bot(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    """`python -m bot`, its output to a file: a pipe nobody reads would fill up and stall the bot."""
    output = cwd / f"bot-output-{len(OUTPUTS)}.log"
    with output.open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=cwd,
            env=env,
            stdout=sink,
            stderr=asyncio.subprocess.STDOUT,
            stdin=asyncio.subprocess.DEVNULL,
        )
    OUTPUTS[process.pid] = output
    return process


async def stop_bot(process: asyncio.subprocess.Process, within: float = 0) -> tuple[int | None, str]:
    """Let the bot exit by itself `within` seconds, else SIGTERM it; return its code and output."""
    try:
        await asyncio.wait_for(process.wait(), within)
    except TimeoutError:
        process.terminate()
        await process.wait()
    return process.returncode, OUTPUTS.pop(process.pid).read_text(encoding="utf-8", errors="replace")


def bot_env(base_url: str, token: str, tmp_path: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "LOG_LEVEL"))
    }
    return env | {
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_TOKEN": token,
        "TELEGRAM_API_BASE_URL": base_url,
        "DATA_DIR": str(tmp_path / "data"),
        "PORT": str(free_port()),
        "HOST": "127.0.0.1",
        "METRICS_PORT": str(free_port()),  # two bots at once must not share 9091
        "METRICS_HOST": "127.0.0.1",
        "PLEDGE_HASH_KEY": TEST_KEY,
        "LOG_LEVEL": "DEBUG",
    }


async def test_rejected_token_is_reported_in_one_line_without_the_token(
    fake_telegram: tuple[FakeTelegram, str], tmp_path: Path
) -> None:
    _, base_url = fake_telegram
    wrong = "999:WRONGsecretTOKENvalue"
    code, output = await stop_bot(await start_bot(bot_env(base_url, wrong, tmp_path), tmp_path), within=30)
    assert code == 1
    assert "InvalidToken" in output
    assert "WRONGsecretTOKENvalue" not in output


async def test_debug_logs_of_a_served_chat_hold_no_token_and_no_user_data(
    fake_telegram: tuple[FakeTelegram, str], tmp_path: Path
) -> None:
    """At LOG_LEVEL=DEBUG, a conversation leaves neither the token, the hash key, nor who spoke."""
    from tests.factories import tg_message

    fake, base_url = fake_telegram
    user_id, secret_text = 918273645, "my-private-words"
    process = await start_bot(bot_env(base_url, fake.token, tmp_path), tmp_path)
    await fake.wait_for("getUpdates", 1, within=30)
    await fake.push(tg_message(fake.next_update_id(), user_id, f"/lang {secret_text}", lang="pl"))
    await fake.wait_for("sendMessage", 1, within=30)
    code, output = await stop_bot(process)
    assert code == 0  # SIGTERM is a clean stop
    assert "DEBUG" in output  # the level was really on
    for leaked in (fake.token, fake.token.split(":")[1], TEST_KEY, str(user_id), secret_text):
        assert leaked not in output
