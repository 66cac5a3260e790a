"""The console front-end, driven through stdin of a real `python -m bot` process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_bot(
    tmp_path: Path, args: list[str], stdin: str = "", lang: str = "C.UTF-8"
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` in `tmp_path`, with a clean environment and its data under `tmp_path`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL"))}
    env |= {"PYTHONPATH": str(ROOT), "LANG": lang, "DATA_DIR": str(tmp_path / "data")}
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def chat(tmp_path: Path, lines: list[str], lang: str = "C.UTF-8") -> str:
    """What the console prints for these lines typed in."""
    return run_bot(tmp_path, [], "\n".join(lines) + "\n", lang).stdout


def test_console_speaks_belarusian_after_lang_be(tmp_path: Path) -> None:
    out = chat(tmp_path, ["/start", "/lang be", "/about"])
    assert "Type /start to begin" in out  # the banner, in the default English
    assert "па-беларуску" in out
    assert "палітвязняў" in out  # /about, in Belarusian
    assert "#FreeThemAll" in out


def test_console_buttons_are_pressed_by_number_and_choice_persists(tmp_path: Path) -> None:
    first = chat(tmp_path, ["/start", "4"])  # the picker: 4 is Polski
    assert "[4] Polski" in first
    second = chat(tmp_path, ["/help"])
    assert "Co potrafię" in second


def test_console_guesses_the_language_from_lang(tmp_path: Path) -> None:
    out = chat(tmp_path, ["/start"], lang="uk_UA.UTF-8")
    assert "Вітаємо" in out or "Вітаю" in out


def test_console_survives_hostile_lines(tmp_path: Path) -> None:
    """Odd digits, huge lines, control and RTL characters: a reply each, no traceback."""
    lines = [
        "²",
        "٣",
        "0",
        "99",
        "/lang \x00\x1b[31m",
        "\u202e/start",
        "/" + "a" * 10_000,
        "x" * 10_000,
        "/lang",
    ]
    out = chat(tmp_path, lines)
    assert out.count("/help") >= 5


def test_pledge_in_the_console_then_export_it_from_the_command_line(tmp_path: Path) -> None:
    out = chat(tmp_path, ["/pledge", "1", "/pledge"])  # [1] is "sign anonymously": the console has no name
    assert "#1" in out
    result = run_bot(tmp_path, ["export-pledges", str(tmp_path / "pledges.csv")])
    assert "1 pledges written" in result.stderr and "100%" in result.stderr  # the progress bar ran
    assert (tmp_path / "pledges.csv").stat().st_mode & 0o777 == 0o600  # only its owner may read it
    lines = (tmp_path / "pledges.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "hash,name,platform,locale,signed_at"
    assert len(lines) == 2 and ",console,en," in lines[1]
