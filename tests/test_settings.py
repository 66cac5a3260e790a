"""Settings: defaults, parsing, and one clear line naming any bad variable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import PUBLIC_BOT_API, SettingsError, load_settings, variable_names

ROOT = Path(__file__).resolve().parents[1]


def test_defaults_run_the_console_on_sqlite() -> None:
    settings = load_settings()
    assert settings.telegram.token is None
    assert settings.telegram.api_base_url == PUBLIC_BOT_API
    assert settings.core.timezone == "Europe/Minsk"
    assert settings.core.default_locale == "en"
    assert settings.core.admin_ids == []
    assert settings.is_sqlite
    assert str(settings.storage.url) == "sqlite+aiosqlite:///data/bot.sqlite3"


def test_values_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_IDS", " 12, 34 ,56")
    monkeypatch.setenv("DEFAULT_LOCALE", "be")
    monkeypatch.setenv("TELEGRAM_TOKEN", "123:abc-DEF_ghi")
    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@127.0.0.1/test")
    monkeypatch.setenv("PLEDGE_HASH_KEY", "x" * 32)
    settings = load_settings()
    assert settings.core.admin_ids == [12, 34, 56]
    assert settings.core.default_locale == "be"
    assert settings.telegram.token is not None
    assert settings.storage.url.drivername == "postgresql+asyncpg"
    assert "abc-DEF" not in repr(settings)  # secrets are not printed


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DEFAULT_LOCALE=lt\n", encoding="utf-8")
    assert load_settings().core.default_locale == "lt"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ADMIN_IDS", "12,abc"),
        ("DEFAULT_LOCALE", "xx"),
        ("TIMEZONE", "Mars/Olympus"),
        ("PORT", "99999"),
        ("TELEGRAM_TOKEN", "not-a-token"),
        ("TELEGRAM_API_BASE_URL", "ftp://example"),
        ("DATABASE_URL", "mysql://root@localhost/db"),
        ("DATABASE_URL", "::nonsense::"),
        ("PLEDGE_HASH_KEY", "short"),
        ("LOG_LEVEL", "LOUD"),
    ],
)
def test_malformed_setting_is_named(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=f"^Setting {name} is invalid: "):
        load_settings()


def test_webhook_without_secret_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_TOKEN", "123:abc")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/hook")
    with pytest.raises(SettingsError, match="TELEGRAM_WEBHOOK_SECRET"):
        load_settings()


def test_shared_postgres_requires_the_hash_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@127.0.0.1/test")
    with pytest.raises(SettingsError, match="PLEDGE_HASH_KEY"):
        load_settings()


def test_start_up_with_a_bad_setting_prints_one_line_and_no_traceback(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL"))}
    env["TIMEZONE"] = "Europe/Atlantis"
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env | {"PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "freethemall-bot: Setting TIMEZONE is invalid: expected an IANA zone such as Europe/Minsk"
    ]
    assert result.stdout == ""


def test_every_setting_is_documented_in_the_readme_and_env_example() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    for name in variable_names():
        assert f"| `{name}` |" in readme, f"{name} is missing from the README's settings table"
        assert f"\n{name}=" in example, f"{name} is missing from .env.example"


def test_env_example_copied_as_is_starts_the_console(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text((ROOT / ".env.example").read_text(encoding="utf-8"), encoding="utf-8")
    settings = load_settings()
    assert settings.telegram.token is None and settings.is_sqlite


def test_env_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"DEFAULT_LOCALE=\xff\xfe\n")
    with pytest.raises(SettingsError, match=r"^The \.env file cannot be read"):
        load_settings()


def test_a_fly_postgres_url_is_taken_as_it_is_given() -> None:
    from bot.settings import async_url

    url = async_url("postgres://app:pw@db.flycast:5432/app?sslmode=disable")
    assert url.drivername == "postgresql+asyncpg"
    assert dict(url.query) == {"ssl": "disable"}
    assert (url.host, url.database, url.username) == ("db.flycast", "app", "app")


@pytest.mark.parametrize(
    "value",
    ["en=@freethemall,de=@freethemall", "en=@FreeThemAll, de=@freethemall", "be=-1001234,ru=-1001234"],
)
def test_one_channel_under_two_languages_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """A channel takes one language: listed twice, the daily post would go to it twice (issue 17, item 4)."""
    monkeypatch.setenv("TELEGRAM_CHANNELS", value)
    with pytest.raises(SettingsError) as refused:
        load_settings()
    line = str(refused.value)
    assert "\n" not in line
    assert line.startswith("Setting TELEGRAM_CHANNELS is invalid: ")
    assert "listed for both" in line and "keep one pair" in line


def test_distinct_channels_in_each_language_are_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_CHANNELS", "en=@fta_en,de=@fta_de,be=-1001234")
    assert load_settings().telegram.channels == {"en": "@fta_en", "de": "@fta_de", "be": "-1001234"}


@pytest.mark.parametrize(
    "url", ["http://collector.example/collect", "http://10.0.0.5:8080/c", "http://[2001:db8::1]/c"]
)
def test_a_plain_http_sync_url_off_this_machine_is_refused(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("PLEDGE_SYNC_URL", url)
    monkeypatch.setenv("PLEDGE_SYNC_SECRET", "s" * 32)
    with pytest.raises(SettingsError, match=r"^Setting PLEDGE_SYNC_URL is invalid: use https://"):
        load_settings()


@pytest.mark.parametrize(
    "url",
    [
        "https://collector.example/collect",
        "http://127.0.0.1:8080/collect",
        "http://127.10.0.3/collect",
        "http://[::1]:9000/collect",
        "http://localhost:9000/collect",
    ],
)
def test_https_or_loopback_sync_urls_are_taken(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("PLEDGE_SYNC_URL", url)
    monkeypatch.setenv("PLEDGE_SYNC_SECRET", "s" * 32)
    assert load_settings().pledges.sync_url == url


@pytest.mark.parametrize("value", ["2880", "2821"])
def test_safe_mode_delay_past_telegrams_window_is_refused(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """48 h is when Telegram stops deleting: the deleter needs the last hour to knock and retry."""
    monkeypatch.setenv("SAFE_MODE_DELETE_MINUTES", value)
    with pytest.raises(SettingsError, match=r"^Setting SAFE_MODE_DELETE_MINUTES is invalid: at most 2820"):
        load_settings()
    monkeypatch.setenv("SAFE_MODE_DELETE_MINUTES", "2820")
    assert load_settings().safety.safe_mode_delete_minutes == 2820


def test_mastodon_admin_accounts_are_normalised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASTODON_API_BASE_URL", "https://mastodon.example")
    monkeypatch.setenv("MASTODON_ACCESS_TOKEN", "token")
    monkeypatch.setenv("MASTODON_ADMIN_ACCOUNTS", " @Alice , bob@Other.Social,carol_1@sub.example.org")
    accounts = load_settings().mastodon.admin_accounts
    assert accounts == ["alice", "bob@other.social", "carol_1@sub.example.org"]


@pytest.mark.parametrize("value", ["alice@", "@alice@evil", "alice bob", "alice@exa mple.org", "a@b@c.org"])
def test_a_malformed_mastodon_admin_account_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("MASTODON_API_BASE_URL", "https://mastodon.example")
    monkeypatch.setenv("MASTODON_ACCESS_TOKEN", "token")
    monkeypatch.setenv("MASTODON_ADMIN_ACCOUNTS", value)
    with pytest.raises(SettingsError) as refused:
        load_settings()
    assert str(refused.value).startswith("Setting MASTODON_ADMIN_ACCOUNTS is invalid: expected accounts like")
    assert "\n" not in str(refused.value)


def test_mastodon_admins_without_an_instance_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASTODON_ADMIN_ACCOUNTS", "alice@example.social")
    with pytest.raises(SettingsError, match="MASTODON_API_BASE_URL is missing"):
        load_settings()
