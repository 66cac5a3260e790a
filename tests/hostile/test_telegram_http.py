"""The real Telegram adapter in webhook mode, over HTTP, against the fake Bot API: hostile updates,
forged webhook requests, and what the web endpoints let out."""

from __future__ import annotations

import io
import itertools
import json
import re
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest
from hypothesis import strategies as st

from bot.i18n import Catalog
from bot.identity import IdentityHasher
from bot.settings import LOCALES, Settings
from bot.storage.session import Database
from tests.conftest import TEST_KEY, free_port
from tests.factories import tg_callback, tg_message, tg_user
from tests.fakes.telegram import BOT_ID, BOT_USERNAME, FakeTelegram
from tests.hostile._harness import check_property, errors_total, expected_locale
from tests.hostile.corpus import callback_data, hostile_text, language_codes
from tests.integration._bot import running_bot, wait_until_healthy

pytestmark = pytest.mark.integration
SECRET = "hostile-webhook_secret-0123456789"
ADMIN = 4242
CATALOG = Catalog()
APOLOGIES = {CATALOG.format("error-generic", locale=locale) for locale in LOCALES}
PEOPLE = itertools.count(30_000_000)
COMMANDS = (
    "start",
    "help",
    "lang",
    "stats",
    "pledge",
    "unpledge",
    "forget",
    "subscribe",
    "unsubscribe",
    "share",
    "about",
    "export",
    "setstat",
    "newpost",
    "queue",
    "cancel",
    "edit",
    "broadcast",
    "x",
)


@pytest.fixture
async def hook(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> AsyncIterator[tuple[FakeTelegram, str]]:
    """The whole bot in webhook mode; yields the fake Bot API and the bot's origin."""
    fake, base_url = fake_telegram
    port = free_port()
    settings = make_settings(
        telegram={
            "token": fake.token,
            "api_base_url": base_url,
            "webhook_url": "https://bot.example.org/tg/hook",
            "webhook_secret": SECRET,
        },
        core={"port": port, "host": "127.0.0.1", "admin_ids": [ADMIN]},
    )
    async with running_bot(settings):
        origin = f"http://127.0.0.1:{port}"
        await wait_until_healthy(f"{origin}/healthz")
        yield fake, origin


async def post(
    origin: str, body: bytes, secret: str | None = SECRET, content_type: str = "application/json"
) -> int:
    headers = {"Content-Type": content_type} | ({"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {})
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{origin}/tg/hook", data=io.BytesIO(body), headers=headers) as r,
    ):
        return r.status


# -- updates of every shape ----------------------------------------------------------------------------
def _user(user_id: int, lang: str | None, name: str) -> dict[str, Any]:
    user = tg_user(user_id, lang)
    user["first_name"] = name or "\u200b"
    return user


def update_for(
    kind: str, user_id: int, text: str, lang: str | None, name: str
) -> tuple[dict[str, Any], bool]:
    """A raw update of `kind`, and whether the bot owes it an answer (False: silence is right)."""
    update_id = next(PEOPLE)
    message = tg_message(update_id, user_id, text, lang)
    message["message"]["from"] = _user(user_id, lang, name)
    if kind == "message":
        return message, True
    if kind == "group-command":
        message["message"]["chat"] = {"id": -100123, "type": "supergroup", "title": "<b>group</b>"}
        message["message"]["text"] = command = "/" + text.lstrip("/")
        message["message"]["entities"] = []
        # `/help@OtherBot` (or a hostile `/@everyone`) in a group is another bot's: silence is right
        _, at, name = command.split(maxsplit=1)[0].partition("@") if command.strip() else ("", "", "")
        return message, not at or name.lower() == BOT_USERNAME.lower()
    if kind == "group-text":
        message["message"]["chat"] = {"id": -100123, "type": "group", "title": "g"}
        message["message"]["text"] = "x" + text
        return message, False
    if kind == "callback":
        update = tg_callback(update_id, user_id, text, lang)
        update["callback_query"]["from"] = _user(user_id, lang, name)
        return update, True
    if kind == "callback-inline":  # a button under an inline-mode message: no message, no chat
        update = tg_callback(update_id, user_id, text, lang)
        del update["callback_query"]["message"]
        update["callback_query"]["inline_message_id"] = "AAAA"
        return update, False
    if kind == "channel-post":
        body = message.pop("message")
        body.pop("from")
        body["chat"] = {"id": -100777, "type": "channel", "title": "c"}
        return {"update_id": update_id, "channel_post": body}, False
    if kind == "edited":
        body = message.pop("message")
        body["edit_date"] = int(time.time())
        return {"update_id": update_id, "edited_message": body}, False
    if kind == "sticker":
        body = message["message"]
        body.pop("text")
        body.pop("entities", None)
        body["sticker"] = {
            "file_id": "s",
            "file_unique_id": "s",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return message, True  # a private chat: the bot says it answers commands
    if kind == "photo-caption":
        body = message["message"]
        body.pop("entities", None)
        body["caption"] = body.pop("text")
        body["photo"] = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
        return message, True
    if kind == "from-bot":
        message["message"]["from"] = {"id": BOT_ID + 1, "is_bot": True, "first_name": "OtherBot"}
        return message, False
    if kind == "no-sender":
        message["message"].pop("from")
        return message, False
    raise AssertionError(kind)


KINDS = (
    "message",
    "group-command",
    "group-text",
    "callback",
    "callback-inline",
    "channel-post",
    "edited",
    "sticker",
    "photo-caption",
    "from-bot",
    "no-sender",
)


async def test_hostile_updates_over_http(hook: tuple[FakeTelegram, str]) -> None:
    """Every update gets 200, no error and no apology; an answer when one is owed, else silence."""
    fake, origin = hook
    errors = errors_total()
    command = st.tuples(st.sampled_from(COMMANDS), hostile_text()).map(lambda c: f"/{c[0]} {c[1]}".strip())

    async def prop(kind: str, text: str, data: str, lang: str | None, name: str, admin: bool) -> None:
        user = ADMIN if admin else next(PEOPLE)
        update, owed = update_for(kind, user, data if kind.startswith("callback") else text, lang, name)
        before = len(fake.requests)
        assert await post(origin, json.dumps(update).encode()) == 200
        said = [
            c for c in fake.requests[before:] if c.method in {"sendMessage", "editMessageText", "sendPhoto"}
        ]
        assert not APOLOGIES & {str(c.params.get("text")) for c in said}
        assert errors_total() == errors, "the error handler fired"
        if not owed:
            assert said == [], f"{kind}: the bot spoke where it should keep silent"
        elif kind != "photo-caption":
            assert said, f"{kind}: no answer"

    await check_property(
        prop,
        st.sampled_from(KINDS),
        st.one_of(command, hostile_text()),
        callback_data(),
        language_codes(),
        hostile_text(),
        st.booleans(),
        max_examples=40,
    )
    for lang in (None, "", "zz-ZZ", "be-BY", "pt-BR", "uk"):  # no username, odd or no language code
        user = next(PEOPLE)
        assert await post(origin, json.dumps(tg_message(next(PEOPLE), user, "/help", lang)).encode()) == 200
        assert fake.sent_texts(user) == [CATALOG.format("help-text", locale=expected_locale(None, lang))]


# -- the webhook itself -------------------------------------------------------------------------------
async def test_forged_or_malformed_webhook_requests_are_refused(hook: tuple[FakeTelegram, str]) -> None:
    fake, origin = hook
    good = json.dumps(tg_message(1, 7, "/lang be")).encode()
    huge = b'{"update_id": 2, "pad": "' + b"x" * (3 * 1024 * 1024) + b'"}'
    # (a trailing space is no part of an HTTP header value: it is no wrong secret)
    for secret in (None, "", "wrong", SECRET.upper(), SECRET[:-1], SECRET + "x", "\u00e9" + SECRET):
        assert await post(origin, good, secret=secret) == 403
        assert await post(origin, huge, secret=secret) == 403
    not_updates = [
        b"",
        b"null",
        b"1",
        b'"update"',
        b"[]",
        b"[" + good + b"]",
        b"{}",
        b'{"update_id": "1"}',
        b'{"update_id": 1.5}',
        b'{"update_id": null}',
        b"\xff\xfe{}",
        b"{" * 50_000,
        good[:-1],
        b'{"update_id": 1, "message": "text"}',
        b'{"update_id": 1, "message": []}',
    ]
    for raw in not_updates:
        assert await post(origin, raw) == 400, raw[:40]
    assert await post(origin, huge) in {400, 413}
    for content_type in (
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ):
        assert await post(origin, b"update_id=3&message=x", content_type=content_type) == 400
    assert fake.calls("sendMessage") == []
    async with aiohttp.ClientSession() as session, session.get(f"{origin}/healthz") as response:
        assert response.status == 200
    # Random JSON with the right secret: 400 unless it is an object with an integer update_id; never 500.
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
    )
    junk = st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=12,
    )

    async def prop(body: Any) -> None:
        status = await post(origin, json.dumps(body).encode())
        assert status != 500
        if not (isinstance(body, dict) and type(body.get("update_id")) is int):
            assert status == 400

    fields = {name: junk for name in ("message", "callback_query", "inline_query", "edited_message", "x")}
    shaped = st.fixed_dictionaries({"update_id": st.integers(1, 2**31)}, optional=fields)
    await check_property(prop, st.one_of(junk, shaped), max_examples=60)


@pytest.fixture
def sqlite_only(database_url: str) -> None:
    """Skip before the bot starts: the database plays no part in the test."""
    if not database_url.startswith("sqlite"):
        pytest.skip("one backend is enough to show it")


async def test_a_boolean_update_id_is_no_update(sqlite_only: None, hook: tuple[FakeTelegram, str]) -> None:
    _, origin = hook
    assert await post(origin, b'{"update_id": true}') == 400


# -- what the endpoints let out -------------------------------------------------------------------------
async def test_no_endpoint_reveals_who_pledged_or_subscribed(hook: tuple[FakeTelegram, str]) -> None:
    fake, origin = hook
    people = {918273645: "Zofia Pietrzak", 918273646: "Алесь Бяляцкі", 918273647: "<b>Mallory</b>"}
    for user, name in people.items():
        for update in (
            tg_message(next(PEOPLE), user, "/pledge", "pl"),
            tg_callback(next(PEOPLE), user, "pledge:named", "pl"),
            tg_message(next(PEOPLE), user, "/subscribe", "be"),
            tg_message(next(PEOPLE), user, "/lang uk", "be"),
        ):
            update.get("message", update.get("callback_query", {}))["from"]["first_name"] = name
            assert await post(origin, json.dumps(update).encode()) == 200
    hasher = IdentityHasher(TEST_KEY.encode())
    secrets = {TEST_KEY, SECRET, fake.token, fake.token.split(":")[1]}
    for user, name in people.items():
        secrets |= {str(user), name, *name.split(), hasher.user_ref("telegram", user)}
    paths = [
        "/healthz",
        "/metrics",
        "/",
        "/admin",
        "/export",
        "/pledges",
        "/tg/hook",
        "/metrics?user=918273645",
        "/healthz/../metrics",
        "/.env",
        "/static/../../etc/passwd",
        "/%2e%2e/identity.key",
        "/data/identity.key",
    ]
    async with aiohttp.ClientSession() as session:
        for path in paths:
            for method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE"):
                async with session.request(method, f"{origin}{path}") as response:
                    seen = (await response.read()).decode("utf-8", "replace") + repr(dict(response.headers))
                    assert response.status < 500, (method, path)
                    leaked = [secret for secret in secrets if re.search(re.escape(secret), seen)]
                    assert not leaked, (method, path, leaked)
        async with session.get(f"{origin}/metrics") as response:
            assert response.status == 404  # not on the public port at all (METRICS_PORT)
    texts = fake.sent_texts() + [str(call.params.get("text")) for call in fake.calls("editMessageText")]
    assert [text for text in texts if "#3" in text]  # the scenario really happened: three signed
