"""The admins' desk in a real browser: one headless Chromium for the session, the whole bot on a real
database (SQLite) with the fake Bot API, and `initData` signed the way Telegram signs it.

Chromium is Debian's (`apt-get install chromium`; `.ci/run` installs it), driven by Playwright's own
driver from its wheel: `playwright install` (a browser download) is never needed. Without Chromium the
tests skip, saying why, unless REQUIRE_BROWSER=1 (CI), where they fail.

One backend is enough here: what the desk stores goes through the same services that the PostgreSQL
suite covers; the browser tests are about the page, its security and its wiring.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import shutil
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import pytest
import pytest_asyncio
from playwright.async_api import Browser, ConsoleMessage, Page, Request, Response, async_playwright, expect

from bot.settings import Settings, async_url
from bot.storage import migrate
from bot.storage.session import Database, create_engine
from tests.conftest import serving
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import running_bot, wait_until_healthy

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = Path(os.environ.get("SCREENSHOT_DIR") or ROOT / ".artifacts" / "screenshots")
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Headless, and quiet: Chromium's own network probes (updates, sync, QUIC) are refused on CI machines.
# Playwright gives each launch a fresh temporary profile (user data dir) of its own.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",  # root in CI, no user namespaces
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ADMIN_ID = 424242  # invented ids, as everywhere in the tests
OTHER_ADMIN_ID = 434343
STRANGER_ID = 515151
LIGHT = {
    "bg_color": "#ffffff",
    "text_color": "#000000",
    "hint_color": "#707579",
    "link_color": "#3390ec",
    "button_color": "#3390ec",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#f4f4f5",
}
DARK = {
    "bg_color": "#212121",
    "text_color": "#ffffff",
    "hint_color": "#aaaaaa",
    "link_color": "#8774e1",
    "button_color": "#8774e1",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#181818",
}
THEMES = {"light": LIGHT, "dark": DARK}
CHANNELS = {"en": "@free_en_channel", "be": "@free_be_channel"}  # invented channels
# What else a Telegram client's initData holds when the menu button opens a Mini App (invented values;
# the server does not check `signature`, meant for third parties, but `hash` covers it).
LAUNCH_FIELDS = {
    "chat_instance": "-4217465931175093264",
    "chat_type": "sender",
    "signature": "dGVzdC1zaWduYXR1cmUtaW52ZW50ZWQtZm9yLXRoZS1icm93c2VyLXRlc3RzLW5vdC1yZWFs",
}


def sign_init_data(bot_token: str, user: dict[str, Any], auth_date: int, **extra: Any) -> str:
    """`initData` as a Telegram client passes it to a Mini App, signed with `bot_token`.

    Written from Telegram's specification, not from the server's validator: the data-check-string is
    every field but `hash`, as `key=value`, sorted by key, joined by a line feed; the secret key is
    HMAC-SHA256 of the bot token keyed by "WebAppData"; `hash` is the hex HMAC-SHA256 of the
    data-check-string keyed by that secret. `user` travels as JSON; the result is a query string.
    """
    fields = {
        "auth_date": str(auth_date),
        "user": json.dumps(user, ensure_ascii=False, separators=(",", ":")),
    }
    fields |= {key: str(value) for key, value in extra.items()}
    check = "\n".join(f"{key}={fields[key]}" for key in sorted(fields))
    secret = hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode(fields, quote_via=quote)


def flip_hash(init_data: str) -> str:
    """The same `initData` with the last hex digit of its hash changed: a forgery."""
    last = init_data[-1]
    return init_data[:-1] + ("0" if last != "0" else "1")


def telegram_user(user_id: int, lang: str = "en") -> dict[str, Any]:
    """The `user` field of initData (invented person)."""
    return {"id": user_id, "first_name": "Test", "username": f"admin{user_id}", "language_code": lang}


def launch_fragment(init_data: str, theme: dict[str, str]) -> str:
    """The URL fragment a Telegram client opens a Mini App with."""
    return f"#tgWebAppData={quote(init_data, safe='')}&tgWebAppVersion=8.0&tgWebAppPlatform=tdesktop" + (
        f"&tgWebAppThemeParams={quote(json.dumps(theme, separators=(',', ':')), safe='')}"
    )


def _browser_missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM=/path)"
    return None


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser() -> AsyncIterator[Browser]:
    """One headless Chromium for every browser test; each test gets a fresh context (`page`)."""
    missing = _browser_missing()
    if missing:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"REQUIRE_BROWSER is set but {missing}", pytrace=False)
        pytest.skip(missing)
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            await chromium.close()


expect.set_options(timeout=10_000)


@dataclass
class Watched:
    """A page with what it did recorded: console messages, uncaught errors, requests and responses."""

    page: Page
    console: list[ConsoleMessage] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)

    def console_errors(self) -> list[str]:
        """Console errors and uncaught exceptions (a CSP violation is a console error)."""
        errors = [m for m in self.console if m.type == "error"]
        return [f"{m.text} ({m.location.get('url')})" for m in errors] + self.errors

    def csp_violations(self) -> list[str]:
        return [m.text for m in self.console if "Content Security Policy" in m.text]

    def foreign_hosts(self) -> set[str]:
        """Hosts other than 127.0.0.1 that the page asked for (data: and blob: have no host)."""
        hosts = {urlsplit(r.url).hostname for r in self.requests}
        return {h for h in hosts if h is not None and h != "127.0.0.1"}

    def api_responses(self) -> list[tuple[str, int]]:
        """(path, status) of every call to the desk's API, in order."""
        return [(urlsplit(r.url).path, r.status) for r in self.responses if "/desk/api/" in r.url]


@pytest_asyncio.fixture(loop_scope="session")
async def page(browser: Browser) -> AsyncIterator[Watched]:
    """A fresh browser context (no storage from other tests) and its page, watched."""
    # A light system: a dark page can then only come from Telegram's themeParams.
    context = await browser.new_context(
        viewport={"width": 420, "height": 860}, locale="en-US", color_scheme="light"
    )
    context.set_default_timeout(10_000)  # a loaded CI machine; a passing test never waits this long
    tab = await context.new_page()
    watched = Watched(tab)
    # Playwright keeps a mark on each handler: a lambda, not a list's bound (builtin) method.
    tab.on("console", lambda message: watched.console.append(message))
    tab.on("pageerror", lambda error: watched.errors.append(str(error)))
    tab.on("request", lambda request: watched.requests.append(request))
    tab.on("response", lambda response: watched.responses.append(response))
    try:
        yield watched
    finally:
        await context.close()
    assert not watched.foreign_hosts(), f"the page reached beyond 127.0.0.1: {watched.foreign_hosts()}"


@pytest.fixture
def database_url(tmp_path: Path, template_database: Path) -> str:
    """SQLite only: a copy of a database migrated once for the session."""
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(template_database, path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("desk-template") / "template.sqlite3"

    async def build() -> None:
        database = Database(create_engine(async_url(f"sqlite:///{path}")))
        try:
            await migrate.upgrade(database.engine)
        finally:
            await database.close()

    asyncio.run(build())
    return path


@dataclass
class Desk:
    """The running bot's desk: its origin, the fake Bot API behind it, and its database."""

    origin: str
    fake: FakeTelegram
    settings: Settings
    db: Database

    def sign(self, user_id: int = ADMIN_ID, lang: str = "en", age: int = 0, **extra: Any) -> str:
        """initData for `user_id`, signed with the bot's token, `age` seconds old, with the other fields
        a menu button's launch carries (the Ed25519 `signature` is part of what `hash` covers)."""
        fields = LAUNCH_FIELDS | extra
        return sign_init_data(self.fake.token, telegram_user(user_id, lang), int(time.time()) - age, **fields)

    def url(self, init_data: str | None = None, theme: str = "light") -> str:
        """The launch URL: GET /desk with Telegram's fragment (an admin's initData by default)."""
        return f"{self.origin}/desk" + launch_fragment(init_data or self.sign(), THEMES[theme])


@pytest_asyncio.fixture(loop_scope="session")
async def desk(make_settings: Callable[..., Settings], database_url: str) -> AsyncIterator[Desk]:
    """The whole bot (polling the fake Bot API) with the desk on its web port; ADMIN_IDS set.

    Broadcast sends go to the fake at BROADCAST_RATE messages a second: slow enough to watch.
    """
    from tests.conftest import free_port

    fake = FakeTelegram()
    async with serving(fake.app()) as fake_origin:
        port = free_port()
        settings = make_settings(
            telegram={"token": fake.token, "api_base_url": f"{fake_origin}/bot", "channels": CHANNELS},
            core={"port": port, "host": "127.0.0.1", "admin_ids": [ADMIN_ID, OTHER_ADMIN_ID]},
            broadcasts={"digest_time": "off", "broadcast_rate": 4},
        )
        db = Database(create_engine(settings.storage.url))
        try:
            async with running_bot(settings):
                await wait_until_healthy(f"http://127.0.0.1:{port}/healthz")
                yield Desk(f"http://127.0.0.1:{port}", fake, settings, db)
        finally:
            await db.close()


@pytest.fixture(scope="session")
def screenshots() -> Iterator[Path]:
    """Where the screenshots go (SCREENSHOT_DIR, default .artifacts/screenshots); listed at the end."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    yield SCREENSHOT_DIR
    taken = sorted(p.name for p in SCREENSHOT_DIR.glob("*.png"))
    if taken:
        print(f"\nscreenshots in {SCREENSHOT_DIR}: {', '.join(taken)}")
