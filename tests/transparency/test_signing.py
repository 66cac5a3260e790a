"""The checkpoints' key: the setting checked at start-up, else one made once and kept (file or database)."""

from __future__ import annotations

import stat
from collections.abc import Callable
from typing import Any

import pytest

from bot.services.transparency.checkpoint import generate_key
from bot.services.transparency.signing import KEY_FILE, open_signer
from bot.settings import Settings, SettingsError, load_settings
from bot.storage.session import Database


def test_a_bad_signing_key_stops_start_up_with_one_line_that_does_not_quote_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRANSPARENCY_SIGNING_KEY", "PRIVATE+KEY+x+deadbeef+notakey")
    with pytest.raises(SettingsError, match="TRANSPARENCY_SIGNING_KEY") as caught:
        load_settings()
    assert "notakey" not in str(caught.value) and "\n" not in str(caught.value)


def test_a_key_made_for_another_origin_names_transparency_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSPARENCY_SIGNING_KEY", generate_key("example.org/pledges")[0])
    with pytest.raises(SettingsError, match=r"TRANSPARENCY_ORIGIN=example\.org/pledges"):
        load_settings()
    monkeypatch.setenv("TRANSPARENCY_ORIGIN", "example.org/pledges")
    assert load_settings().transparency.origin == "example.org/pledges"


@pytest.mark.parametrize(
    ("name", "value"), [("TRANSPARENCY_ORIGIN", "two words"), ("TRANSPARENCY_CHECKPOINT_MINUTES", "0")]
)
def test_bad_transparency_settings_are_named(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=name):
        load_settings()


async def test_without_the_setting_a_key_is_made_once_and_kept(
    db: Database, make_settings: Callable[..., Settings]
) -> None:
    settings: Any = make_settings(transparency={"signing_key": None})
    first = await open_signer(settings, db)
    again = await open_signer(settings, db)
    assert first.vkey() == again.vkey() and first.name == "freethemall/pledges"
    path = settings.storage.data_dir / KEY_FILE
    if settings.is_sqlite:  # in DATA_DIR, readable by the bot's user only
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    else:  # in the database, shared by every instance; nothing in DATA_DIR
        assert not path.exists()
    moved = make_settings(transparency={"signing_key": None, "origin": "example.org/pledges"})
    with pytest.raises(ValueError, match="TRANSPARENCY_ORIGIN"):
        await open_signer(moved, db)
