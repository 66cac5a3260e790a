"""Meta-tests of the shape: handlers stay platform-neutral."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLATFORM_PACKAGES = {"telegram", "mastodon", "aiohttp"}


@pytest.mark.parametrize("path", sorted((ROOT / "handlers").rglob("*.py")), ids=lambda p: p.name)
def test_handlers_never_import_a_platform(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots = {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            roots = {(node.module or "").split(".")[0]}
        else:
            continue
        assert not roots & PLATFORM_PACKAGES, f"{path.name} imports {roots & PLATFORM_PACKAGES}"


def test_platform_code_lives_only_in_the_adapters() -> None:
    """Only bot/adapters (and the web app) may import telegram; nothing outside the adapters imports it."""
    offenders = []
    for folder in ("bot", "handlers", "scheduler"):
        for path in (ROOT / folder).rglob("*.py"):
            if "adapters" in path.parts:
                continue
            source = path.read_text(encoding="utf-8")
            if "import telegram" in source or "from telegram" in source:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
