"""Settings from the environment, one class per area.

Every variable is listed with its default in the README and in `.env.example`.
A missing or malformed value raises `SettingsError` with one line naming the variable.
"""

from __future__ import annotations

import ipaddress
import re
import typing
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import BeforeValidator, Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

LOCALES: tuple[str, ...] = ("be", "ru", "uk", "pl", "lt", "en", "de", "fr", "it")
PUBLIC_BOT_API = "https://api.telegram.org/bot"
DEFAULT_DATA_DIR = Path("data")
# A Mastodon account: `user` (on the bot's instance) or `user@domain`, already case-folded.
ACCT = re.compile(r"[\w.-]{1,64}(?:@(?:[\w-]+\.)+[\w-]{2,63})?")


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line naming it."""


def _config(prefix: str = "") -> SettingsConfigDict:
    return SettingsConfigDict(env_prefix=prefix, env_file=".env", env_file_encoding="utf-8", extra="ignore")


def _split_csv(value: Any) -> Any:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def _http_url(value: str | None) -> str | None:
    if value is not None and not re.match(r"https?://[^/\s]+", value):
        raise ValueError("expected an http:// or https:// URL")
    return value


def _loopback(url: str) -> bool:
    """Whether the URL's host is this machine (localhost, 127.0.0.0/8, ::1)."""
    host = (urlsplit(url).hostname or "").rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _none_if_blank(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


# An empty `NAME=` line (as in .env.example) means "not set".
BLANK_IS_UNSET = BeforeValidator(_none_if_blank)
# `12, 34,56` in the environment (not JSON, as pydantic-settings would expect for a list).
IntList = Annotated[list[int], NoDecode, BeforeValidator(_split_csv)]
CodeList = Annotated[list[str], NoDecode, BeforeValidator(_split_csv)]


class TelegramSettings(BaseSettings):
    """How the bot reaches the Bot API and how updates reach the bot."""

    model_config = _config("TELEGRAM_")

    token: Annotated[SecretStr | None, BLANK_IS_UNSET] = None
    api_base_url: str = PUBLIC_BOT_API
    webhook_url: Annotated[str | None, BLANK_IS_UNSET] = None
    webhook_secret: Annotated[SecretStr | None, BLANK_IS_UNSET] = None
    channels: Annotated[dict[str, str], NoDecode] = Field(default_factory=dict)
    paid_broadcast: bool = False

    @field_validator("channels", mode="before")
    @classmethod
    def _channel_map(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        channels: dict[str, str] = {}
        for pair in _split_csv(value):
            locale, _, chat = pair.partition("=")
            locale, chat = locale.strip(), chat.strip()
            if locale not in LOCALES or not re.fullmatch(r"@\w{4,}|-?\d+", chat):
                raise ValueError(
                    f"expected locale=chat pairs such as be=@channel_be,ru=-100123, not {pair!r}"
                )
            channels[locale] = chat
        return channels

    @field_validator("channels")
    @classmethod
    def _one_language_per_channel(cls, value: dict[str, str]) -> dict[str, str]:
        # A channel gets each post once, in one language; Telegram names ignore case (@fta is @FTA).
        seen: dict[str, str] = {}
        for locale, chat in value.items():
            first = seen.setdefault(chat.lower(), locale)
            if first != locale:
                raise ValueError(
                    f"{chat} is listed for both {first} and {locale}; a channel gets its posts "
                    f"in one language: keep one pair, such as {first}={chat}"
                )
        return value

    @field_validator("token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not re.fullmatch(r"\d+:[\w-]+", value.get_secret_value()):
            raise ValueError("expected the form 123456:ABC-DEF... given by @BotFather")
        return value

    @field_validator("api_base_url", "webhook_url")
    @classmethod
    def _check_urls(cls, value: str | None) -> str | None:
        return _http_url(value)

    @field_validator("webhook_secret")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        # The Bot API accepts 1-256 characters A-Z, a-z, 0-9, _ and -.
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()):
            raise ValueError("use 1-256 characters: letters, digits, _ and -")
        return value


class CoreSettings(BaseSettings):
    """Settings of the process itself: people, language, time, network."""

    model_config = _config()

    admin_ids: IntList = Field(default_factory=list)
    default_locale: str = "en"
    timezone: str = "Europe/Minsk"
    host: str = "0.0.0.0"  # noqa: S104 - the webhook must be reachable inside the container
    port: int = Field(default=8080, ge=1, le=65535)
    # /metrics is served here only, never on PORT: Fly's scraper reaches it on the private network.
    metrics_port: int = Field(default=9091, ge=1, le=65535)
    metrics_host: Annotated[str | None, BLANK_IS_UNSET] = None  # unset: every interface, IPv4 and IPv6
    log_level: str = "INFO"
    log_format: str = "text"
    shutdown_grace_seconds: int = Field(default=20, ge=1, le=300)
    # The admins' Mini App: its address (unset: WEBHOOK_URL's origin + /desk; neither: /desk says
    # it is not configured), and how old a Telegram-signed initData may be when a session opens.
    desk_url: Annotated[str | None, BLANK_IS_UNSET] = None
    desk_init_max_age: int = Field(default=300, ge=10, le=86400)

    @field_validator("desk_url")
    @classmethod
    def _desk_https(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("https://"):
            raise ValueError("Telegram opens Mini Apps over https only: give an https:// address")
        return value

    @field_validator("metrics_port")
    @classmethod
    def _own_metrics_port(cls, value: int, info: ValidationInfo) -> int:
        if value == info.data.get("port"):
            raise ValueError("must differ from PORT: metrics are never served on the public port")
        return value

    @field_validator("default_locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        if value not in LOCALES:
            raise ValueError(f"expected one of {' '.join(LOCALES)}")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError("expected an IANA zone such as Europe/Minsk") from None
        return value

    @field_validator("log_format")
    @classmethod
    def _format(cls, value: str) -> str:
        value = value.lower()
        if value not in {"text", "json"}:
            raise ValueError("expected text or json")
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("expected DEBUG, INFO, WARNING or ERROR")
        return value


class StorageSettings(BaseSettings):
    """Where people's choices are kept, and the key that hides who they are."""

    model_config = _config()

    database_url: str = ""
    data_dir: Path = DEFAULT_DATA_DIR
    pledge_hash_key: Annotated[SecretStr | None, BLANK_IS_UNSET] = None
    old_pledge_hash_key: Annotated[SecretStr | None, BLANK_IS_UNSET] = None  # set only to rotate

    @field_validator("pledge_hash_key")
    @classmethod
    def _key_length(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < 32:
            raise ValueError("use at least 32 random characters (e.g. `openssl rand -hex 32`)")
        return value

    @field_validator("database_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value:
            async_url(value)
        return value

    @property
    def url(self) -> URL:
        """The async SQLAlchemy URL; a SQLite file under DATA_DIR by default."""
        return async_url(self.database_url or f"sqlite:///{self.data_dir / 'bot.sqlite3'}")


def async_url(raw: str) -> URL:
    """Parse a database URL and pick the async driver for it."""
    try:
        url = make_url(raw)
    except ArgumentError:
        raise ValueError("expected sqlite:///path or postgresql://user@host/db") from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        return url.set(drivername="sqlite+aiosqlite")
    if backend in {"postgresql", "postgres"}:  # `fly postgres attach` writes postgres://…?sslmode=…
        query = dict(url.query)
        sslmode = query.pop("sslmode", None)
        if sslmode is not None:  # asyncpg's name for libpq's sslmode
            query["ssl"] = sslmode
        return url.set(drivername="postgresql+asyncpg", query=query)
    raise ValueError("expected sqlite:///path or postgresql://user@host/db")


class PledgeSettings(BaseSettings):
    """Pledges: where they are synced to, and which counts are milestones."""

    model_config = _config("PLEDGE_")

    sync_url: Annotated[str | None, BLANK_IS_UNSET] = None
    sync_secret: Annotated[SecretStr | None, BLANK_IS_UNSET] = None
    milestones: IntList = Field(default_factory=lambda: [10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000])
    milestone_step: int = Field(default=10000, ge=1)
    # The count people read (/stats, the digest, the metrics) is the one at the last multiple of
    # this many minutes since midnight UTC, the same on every instance: it never moves when one
    # person signs or withdraws.
    public_count_minutes: int = Field(default=60, ge=1, le=1440)

    @field_validator("milestones")
    @classmethod
    def _positive_sorted(cls, value: list[int]) -> list[int]:
        if any(n <= 0 for n in value):
            raise ValueError("expected positive whole numbers such as 10,25,50")
        return sorted(set(value))

    @field_validator("sync_url")
    @classmethod
    def _sync_http(cls, value: str | None) -> str | None:
        value = _http_url(value)
        if value is not None and value.lower().startswith("http://") and not _loopback(value):
            raise ValueError(
                "use https://: plain http:// would send signers' names in clear (except to loopback)"
            )
        return value

    def is_milestone(self, count: int) -> bool:
        """True for a listed threshold, and for every `milestone_step` past the last one."""
        last = self.milestones[-1] if self.milestones else 0
        return count in self.milestones or (count > last and count % self.milestone_step == 0)


class StatsSettings(BaseSettings):
    """Where the political-prisoner count comes from, how often, and what counts as plausible."""

    model_config = _config("STATS_")

    source_url: str = "https://prisoners.spring96.org/en/list"
    parser: str = "viasna"
    pattern: Annotated[str | None, BLANK_IS_UNSET] = None
    refresh_minutes: int = Field(default=60, ge=1)
    stale_hours: int = Field(default=48, ge=1)
    max_change_percent: int = Field(default=20, ge=1, le=100)

    @field_validator("source_url")
    @classmethod
    def _source_http(cls, value: str) -> str:
        return _http_url(value) or value

    @field_validator("parser")
    @classmethod
    def _known_parser(cls, value: str) -> str:
        if value not in {"viasna", "pattern"}:
            raise ValueError("expected viasna or pattern")
        return value

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a regular expression: {exc}") from None
        if "count" not in compiled.groupindex:
            raise ValueError("the pattern needs a named group (?P<count>...)")
        return value


class PostSettings(BaseSettings):
    """The daily solidarity post to the channels, and how late a queued post may still go out."""

    model_config = _config()

    daily_post_time: str = "09:00"
    post_grace_minutes: int = Field(default=60, ge=0)

    @field_validator("daily_post_time")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        return _hh_mm_or_off(value)

    @property
    def daily_hour_minute(self) -> tuple[int, int] | None:
        """DAILY_POST_TIME as (hour, minute); None when the daily post is off."""
        return _hour_minute(self.daily_post_time)


def _hh_mm_or_off(value: str) -> str:
    value = value.strip().lower()
    if value != "off" and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
        raise ValueError("expected HH:MM on a 24-hour clock, such as 09:00, or off")
    return value


def _hour_minute(value: str) -> tuple[int, int] | None:
    if value == "off":
        return None
    hour, minute = value.split(":")
    return int(hour), int(minute)


class BroadcastSettings(BaseSettings):
    """The subscribers' daily digest and the pace of every broadcast."""

    model_config = _config()

    digest_time: str = "10:00"
    broadcast_rate: float = Field(default=25, gt=0, le=1000)

    @field_validator("digest_time")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        return _hh_mm_or_off(value)

    @property
    def digest_hour_minute(self) -> tuple[int, int] | None:
        """DIGEST_TIME as (hour, minute); None when the digest is off."""
        return _hour_minute(self.digest_time)


class MastodonSettings(BaseSettings):
    """The campaign's Mastodon account: where, with which token, in which languages."""

    model_config = _config("MASTODON_")

    api_base_url: Annotated[str | None, BLANK_IS_UNSET] = None
    access_token: Annotated[SecretStr | None, BLANK_IS_UNSET] = None
    languages: CodeList = Field(default_factory=lambda: list(LOCALES))
    visibility: str = "public"
    # Full accts (`alice@example.social`); a bare `alice` is on the bot's own instance.
    admin_accounts: CodeList = Field(default_factory=list)
    # Mentions are read from the streaming API as they come; without a stream (or while it is
    # down), every poll_seconds: 8 s answers within 10 s and spends 38 of the 300 calls that
    # Mastodon allows an account in 5 minutes.
    poll_seconds: float = Field(default=8.0, ge=1.0, le=600.0)
    streaming: bool = True

    @field_validator("api_base_url")
    @classmethod
    def _base_http(cls, value: str | None) -> str | None:
        return _http_url(value)

    @field_validator("languages")
    @classmethod
    def _known_languages(cls, value: list[str]) -> list[str]:
        unknown = [code for code in value if code not in LOCALES]
        if unknown:
            raise ValueError(f"unknown language {unknown[0]!r}: expected some of {' '.join(LOCALES)}")
        return value

    @field_validator("visibility")
    @classmethod
    def _known_visibility(cls, value: str) -> str:
        if value not in {"public", "unlisted", "private"}:
            raise ValueError("expected public, unlisted or private")
        return value

    @field_validator("admin_accounts")
    @classmethod
    def _accts(cls, value: list[str]) -> list[str]:
        """`@Alice@Example.Social` -> `alice@example.social`; a bare `alice` stays bare (local)."""
        accts = []
        for raw in value:
            acct = raw.removeprefix("@").casefold()
            if not ACCT.fullmatch(acct):
                raise ValueError(f"expected accounts like alice@example.social or alice, not {raw!r}")
            accts.append(acct)
        return accts


SAFE_MODE_LATEST_MINUTES = 2820  # 47 h: Telegram's 48 h to delete, less an hour for knocks and retries


class SafetySettings(BaseSettings):
    """Protection of people at risk: safe mode, short memory, owners, the official accounts."""

    model_config = _config()

    safe_mode_delete_minutes: int = Field(default=10, ge=1)  # at most 2820: see _within_telegrams_window
    milestone_jitter_minutes: int = Field(default=30, ge=0, le=1440)
    retention_days: int = Field(default=90, ge=1)
    owner_ids: IntList = Field(default_factory=list)
    official_accounts: CodeList = Field(default_factory=list)

    @field_validator("safe_mode_delete_minutes")
    @classmethod
    def _within_telegrams_window(cls, value: int) -> int:
        if value > SAFE_MODE_LATEST_MINUTES:
            raise ValueError(
                f"at most {SAFE_MODE_LATEST_MINUTES} (47 hours): Telegram deletes only messages under"
                " 48 hours old, and the last hour is kept for the deleter's retries"
            )
        return value

    @field_validator("official_accounts")
    @classmethod
    def _handles(cls, value: list[str]) -> list[str]:
        for handle in value:
            if not re.fullmatch(r"@[\w.@-]{3,}|https://\S+", handle):
                raise ValueError(f"expected @handles or https:// links separated by commas, not {handle!r}")
        return value


@dataclass(frozen=True)
class Settings:
    """All settings of one process, grouped by area."""

    core: CoreSettings
    telegram: TelegramSettings
    storage: StorageSettings
    pledges: PledgeSettings
    stats: StatsSettings
    posts: PostSettings
    broadcasts: BroadcastSettings
    mastodon: MastodonSettings
    safety: SafetySettings

    def secrets(self) -> list[str]:
        """Every secret value that is set, so that it can be cut out of any text."""
        values = (
            self.telegram.token,
            self.telegram.webhook_secret,
            self.storage.pledge_hash_key,
            self.storage.old_pledge_hash_key,
            self.pledges.sync_secret,
            self.mastodon.access_token,
        )
        return [value.get_secret_value() for value in values if value is not None]

    @property
    def is_sqlite(self) -> bool:
        """True when the store is the embedded SQLite file."""
        return self.storage.url.get_backend_name() == "sqlite"


def desk_url(settings: Settings) -> str | None:
    """The admins' Mini App address: DESK_URL, else WEBHOOK_URL's origin + /desk; None when neither."""
    if settings.core.desk_url:
        return settings.core.desk_url
    webhook = settings.telegram.webhook_url
    if webhook and webhook.startswith("https://"):
        parts = urlsplit(webhook)
        return f"https://{parts.netloc}/desk"
    return None


def variable_names() -> set[str]:
    """Every environment variable the settings read (derived from the areas, so never out of date)."""
    names: set[str] = set()
    for area in typing.get_type_hints(Settings).values():
        prefix = str(area.model_config.get("env_prefix", ""))
        names |= {f"{prefix}{field}".upper() for field in area.model_fields}
    return names


_PREFIXES: dict[type[BaseSettings], str] = {
    TelegramSettings: "TELEGRAM_",
    PledgeSettings: "PLEDGE_",
    StatsSettings: "STATS_",
    MastodonSettings: "MASTODON_",
}


def load_settings(**overrides: Any) -> Settings:
    """Read every area from the environment; raise SettingsError naming the bad variable."""
    areas: dict[str, BaseSettings] = {}
    for name, cls in (
        ("core", CoreSettings),
        ("telegram", TelegramSettings),
        ("storage", StorageSettings),
        ("pledges", PledgeSettings),
        ("stats", StatsSettings),
        ("posts", PostSettings),
        ("broadcasts", BroadcastSettings),
        ("mastodon", MastodonSettings),
        ("safety", SafetySettings),
    ):
        try:
            areas[name] = cls(**overrides.get(name, {}))
        except ValidationError as exc:
            raise SettingsError(_one_line(exc, _PREFIXES.get(cls, ""))) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise SettingsError(
                f"The .env file cannot be read ({type(exc).__name__}): save it as UTF-8"
            ) from None
    settings = Settings(**areas)  # type: ignore[arg-type]
    _check_combination(settings)
    return settings


def _one_line(exc: ValidationError, prefix: str) -> str:
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error["loc"] else "?"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"Setting {prefix}{field.upper()} is invalid: {message}"


def _check_combination(settings: Settings) -> None:
    tg = settings.telegram
    if tg.webhook_url and tg.webhook_secret is None:
        raise SettingsError(
            "Setting TELEGRAM_WEBHOOK_SECRET is missing: webhook mode needs it to refuse forged updates"
        )
    if tg.webhook_url and tg.token is None:
        raise SettingsError("Setting TELEGRAM_TOKEN is missing: TELEGRAM_WEBHOOK_URL needs a bot token")
    if settings.pledges.sync_url and settings.pledges.sync_secret is None:
        raise SettingsError(
            "Setting PLEDGE_SYNC_SECRET is missing: PLEDGE_SYNC_URL needs it to sign each request"
        )
    if settings.mastodon.api_base_url and settings.mastodon.access_token is None:
        raise SettingsError("Setting MASTODON_ACCESS_TOKEN is missing: MASTODON_API_BASE_URL needs it")
    if settings.mastodon.admin_accounts and not settings.mastodon.api_base_url:
        raise SettingsError("Setting MASTODON_API_BASE_URL is missing: MASTODON_ADMIN_ACCOUNTS needs it")
    not_admins = set(settings.safety.owner_ids) - set(settings.core.admin_ids)
    if not_admins:
        raise SettingsError("Setting OWNER_IDS is invalid: every owner must also be in ADMIN_IDS")
    if settings.stats.parser == "pattern" and settings.stats.pattern is None:
        raise SettingsError("Setting STATS_PATTERN is missing: STATS_PARSER=pattern needs it")
    if not settings.is_sqlite and settings.storage.pledge_hash_key is None:
        raise SettingsError(
            "Setting PLEDGE_HASH_KEY is missing: "
            "a shared PostgreSQL store needs the same key on every instance"
        )
