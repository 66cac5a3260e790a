"""Hostile input to every command and button, through the real router on a real database.

Properties: no exception; a reply, every text of it in the person's language; HTML that
Telegram parses; button data within Telegram's 64 bytes.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from hypothesis import strategies as st

from bot.core import Incoming
from bot.router import Router
from bot.services.export import FORMULA_START
from bot.settings import Settings
from bot.storage.session import Database
from bot.wiring import FEATURES, build_router
from tests.hostile._harness import (
    RecordingCatalog,
    bad_log_lines,
    check_outgoing,
    check_property,
    expected_locale,
)
from tests.hostile.corpus import NASTY, callback_data, hostile_text, html_text, language_codes

ADMIN = 4242
NOW = datetime(2027, 5, 1, 12, tzinfo=UTC)
PLATFORMS = ("telegram", "mastodon", "console")
USERS = itertools.count(10_000_000)  # a fresh person per example: no state carried between examples
COMMANDS = sorted({name for module in FEATURES for name in getattr(module, "COMMANDS", {})})
# Steps of an admin's post draft, mixed with hostile text, so that deep states are reached too.
DRAFT_STEPS = (
    "/newpost",
    "2030-01-02 10:00",
    "2030-01-02 10:00 Europe/Minsk",
    "be: <b>Свабоду</b> &amp; <i>ўсім</i>",
    'en: <a href="https://example.org">x</a>',
    "/queue",
    "/edit 1",
    "/cancel 1",
    "/broadcast be,ru <b>hi</b>",
)
DRAFT_BUTTONS = (
    "post:lang:be",
    "post:lang:en",
    "post:next",
    "post:fb:-",
    "post:fb:be",
    "post:texts",
    "post:when",
)


@pytest.fixture
def catalog() -> RecordingCatalog:
    return RecordingCatalog()


@pytest.fixture
def router(db: Database, make_settings: Callable[..., Settings], catalog: RecordingCatalog) -> Router:
    settings = make_settings(core={"admin_ids": [ADMIN]})
    return build_router(settings, db, catalog, now=lambda: NOW)


async def ask(router: Router, incoming: Incoming, *, expect_reply: bool = True) -> list[str]:
    """Handle one update and check every property of the answer."""
    catalog = router.catalog
    assert isinstance(catalog, RecordingCatalog)
    ref = router.hasher.user_ref(incoming.platform, incoming.platform_user_id)
    before = await router.ctx.people.locale_of(ref)
    catalog.used.clear()
    replies = await router.handle(incoming)
    after = await router.ctx.people.locale_of(ref)
    if expect_reply:
        assert replies, "no reply at all"
    for outgoing in replies:
        check_outgoing(outgoing)
    # In a group the stored choice is not used (it would tell the group who uses the bot in private).
    allowed = {expected_locale(before if incoming.private else None, incoming.language_code), after}
    assert not catalog.foreign(allowed), f"texts outside {allowed}: {catalog.foreign(allowed)}"
    return [key for key, _ in catalog.used]


async def test_every_command_with_hostile_arguments(router: Router, caplog: pytest.LogCaptureFixture) -> None:
    async def prop(
        platform: str, admin: bool, command: str, args: str, code: str | None, name: str, private: bool
    ) -> None:
        user = ADMIN if admin and platform == "telegram" else next(USERS)
        text = f"/{command} {args}" if args else f"/{command}"
        await ask(router, Incoming(platform, user, code, text=text, display_name=name, private=private))

    await check_property(
        prop,
        st.sampled_from(PLATFORMS),
        st.booleans(),
        st.sampled_from(COMMANDS),
        hostile_text(),
        language_codes(),
        hostile_text(),
        st.booleans(),
        max_examples=150,
    )
    assert not bad_log_lines(caplog.records)


async def test_forged_buttons(router: Router, caplog: pytest.LogCaptureFixture) -> None:
    async def prop(platform: str, admin: bool, data: str, code: str | None, name: str, private: bool) -> None:
        user = ADMIN if admin and platform == "telegram" else next(USERS)
        await ask(
            router, Incoming(platform, user, code, callback_data=data, display_name=name, private=private)
        )

    await check_property(
        prop,
        st.sampled_from(PLATFORMS),
        st.booleans(),
        callback_data(),
        language_codes(),
        hostile_text(),
        st.booleans(),
        max_examples=100,
    )
    assert not bad_log_lines(caplog.records)


async def test_free_text_and_unknown_commands(router: Router, caplog: pytest.LogCaptureFixture) -> None:
    async def prop(platform: str, text: str, code: str | None, private: bool) -> None:
        await ask(router, Incoming(platform, next(USERS), code, text=text, private=private))

    await check_property(
        prop, st.sampled_from(PLATFORMS), hostile_text(), language_codes(), st.booleans(), max_examples=60
    )
    assert not bad_log_lines(caplog.records)


async def test_unknown_locales_in_lang_and_in_the_platform_code(router: Router) -> None:
    """`/lang xx` explains in the person's language; an unknown platform code falls back to English."""
    for code, platform_code in [("xx", "de"), ("zz-ZZ", "zz-ZZ"), ("", None), ("BE", None), ("be-BY", "fr")]:
        await ask(router, Incoming("telegram", next(USERS), platform_code, text=f"/lang {code}"))
    user = next(USERS)
    await ask(router, Incoming("telegram", user, "zz-ZZ", text="/help"))
    assert {loc for _, loc in router.catalog.used} == {"en"}  # type: ignore[attr-defined]


async def test_an_admin_draft_driven_through_hostile_steps(
    router: Router, caplog: pytest.LogCaptureFixture
) -> None:
    """Known draft steps mixed with hostile texts and buttons: previews always parse as Telegram HTML."""
    step = st.one_of(
        st.sampled_from(DRAFT_STEPS).map(lambda text: (text, None)),
        st.sampled_from(DRAFT_BUTTONS).map(lambda data: ("", data)),
        hostile_text().map(lambda text: (text, None)),
        st.tuples(st.sampled_from(["be: ", "en: ", "pl:"]), hostile_text()).map(lambda p: ("".join(p), None)),
        st.tuples(st.sampled_from(["/broadcast ", "/broadcast be,ru "]), hostile_text()).map(
            lambda p: ("".join(p), None)
        ),
        callback_data().map(lambda data: ("", data)),
    )

    async def prop(steps: list[tuple[str, str | None]], code: str | None) -> None:
        for text, data in steps:
            await ask(router, Incoming("telegram", ADMIN, code, text=text, callback_data=data))
            confirm = [
                b
                for r in await router.handle(Incoming("telegram", ADMIN, code, callback_data="post:next"))
                for row in r.buttons
                for _, b in row
                if b.startswith("post:ok:")
            ]
            for data in confirm:
                await ask(router, Incoming("telegram", ADMIN, code, callback_data=data))

    await check_property(prop, st.lists(step, min_size=1, max_size=6), language_codes(), max_examples=40)
    assert not bad_log_lines(caplog.records)


async def test_admin_texts_are_previewed_only_as_html_telegram_parses(
    router: Router, caplog: pytest.LogCaptureFixture
) -> None:
    """A broadcast's or post's text is shown back as HTML: what is accepted parses, else a reply says why."""
    texts = st.one_of(html_text(), hostile_text())

    async def prop(body: str, locale: str, code: str | None) -> None:
        previews = 0
        for text, data in [
            (f"/broadcast {body}", None),
            ("/newpost", None),
            ("2030-01-02 10:00", None),
            (f"{locale}: {body}", None),
            ("", "post:next"),
            ("", "post:fb:-"),
        ]:
            keys = await ask(router, Incoming("telegram", ADMIN, code, text=text, callback_data=data))
            previews += "broadcast-preview" in keys or "post-preview-confirm" in keys
        assert previews <= 2

    await check_property(prop, texts, st.sampled_from(["be", "en", "de"]), language_codes(), max_examples=60)
    assert not bad_log_lines(caplog.records)


async def test_hostile_names_in_the_export_never_run_as_formulas(router: Router) -> None:
    """Display names are kept cleaned, and the admins' CSV never starts a name cell with a formula sign."""
    names = [name for name in NASTY if name.strip()] + ["=1+1", "\t=1", " -2", "\u200b=cmd|' /C calc'!A0"]
    signed = 0
    for name in names:
        incoming = Incoming("telegram", next(USERS), "en", callback_data="pledge:named", display_name=name)
        signed += "pledge-confirmed" in await ask(router, incoming)  # a name of only control marks is none
    assert signed > len(names) - 10
    [export] = await router.handle(Incoming("telegram", ADMIN, "en", text="/export"))
    assert export.attachment is not None
    rows = list(csv.reader(io.StringIO(export.attachment.content.decode())))[1:]
    assert len(rows) == signed
    for row in rows:
        assert not row[1].startswith(FORMULA_START), row[1]
        assert not any(ch in row[1] for ch in "\x00\x1b\u202e\r\n"), row[1]
