"""Admin commands and buttons from anyone else: refused with `admin-only`, and nothing changes."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from hypothesis import strategies as st

from bot.core import Incoming
from bot.router import Router
from bot.settings import Settings
from bot.storage.session import Database
from bot.wiring import build_router
from tests.hostile._harness import RecordingCatalog, check_property, dump_tables, expected_locale
from tests.hostile.corpus import hostile_text, language_codes

ADMIN = 4242
NOW = datetime(2027, 5, 1, 12, tzinfo=UTC)
ADMIN_COMMANDS = {"export", "setstat", "newpost", "queue", "cancel", "edit", "broadcast", "desk"}
ADMIN_BUTTONS = {"post", "bc", "statok"}  # statok: accept a reading waiting after a long silence
STRANGERS = itertools.count(20_000_000)


@pytest.fixture
def router(db: Database, make_settings: Callable[..., Settings]) -> Router:
    settings = make_settings(
        core={"admin_ids": [ADMIN]}, telegram={"channels": {"en": "@free_en", "be": "@free_be"}}
    )
    return build_router(settings, db, RecordingCatalog(), now=lambda: NOW)


async def admin_says(router: Router, text: str = "", data: str | None = None) -> list[str]:
    """What the admin does to set the scene; returns the button data of the replies."""
    replies = await router.handle(Incoming("telegram", ADMIN, "en", text=text, callback_data=data))
    return [button for reply in replies for row in reply.buttons for _, button in row]


async def scene(router: Router) -> list[str]:
    """A queued post, a draft waiting for a text, a broadcast draft: the forged buttons' targets."""
    await admin_says(router, "/newpost")
    await admin_says(router, "2030-01-02 10:00")
    await admin_says(router, "en: <b>hello</b>")
    await admin_says(router, "be: <b>прывітанне</b>")
    [confirm] = [data for data in await admin_says(router, data="post:next") if data.startswith("post:ok:")]
    await admin_says(router, data=confirm)
    await admin_says(router, "/newpost")  # a second draft, waiting for its time
    buttons = await admin_says(router, "/broadcast be,ru <b>to all</b>")
    return [confirm, *buttons]


async def test_the_admin_commands_are_all_known(router: Router) -> None:
    """Every command and button that refuses a stranger is in this file's lists, and only those."""
    refused: set[str] = set()
    for command in router.commands:
        reply, *_ = await router.handle(Incoming("telegram", next(STRANGERS), "en", text=f"/{command} 1"))
        if reply.text == router.catalog.format("admin-only", locale="en"):
            refused.add(command)
    assert refused == ADMIN_COMMANDS
    pressed: set[str] = set()
    for prefix in router.callbacks:
        reply, *_ = await router.handle(
            Incoming("telegram", next(STRANGERS), "en", callback_data=f"{prefix}:1")
        )
        if reply.text == router.catalog.format("admin-only", locale="en"):
            pressed.add(prefix)
    assert pressed == ADMIN_BUTTONS


async def test_admin_commands_and_buttons_from_anyone_else_change_nothing(
    router: Router, db: Database
) -> None:
    targets = await scene(router)
    forged = st.one_of(
        st.sampled_from(targets),
        st.tuples(st.sampled_from(sorted(ADMIN_BUTTONS)), hostile_text()).map(":".join),
        st.sampled_from(
            ["post:ok:1:1", "post:ok:2:1", "post:discard", "post:lang:be", "bc:go:1", "bc:drop:1"]
        ),
    )
    args = st.one_of(
        hostile_text(), st.sampled_from(["1", "2", "#1", "1 2", "1135 2027-01-01 note", "be <b>x</b>"])
    )
    command = st.tuples(st.sampled_from(sorted(ADMIN_COMMANDS)), args).map(lambda c: f"/{c[0]} {c[1]}")
    update = st.one_of(command.map(lambda text: (text, None)), forged.map(lambda data: ("", data)))
    # The admin's own id on another platform is someone else: only Telegram ids are ADMIN_IDS.
    who = st.one_of(
        st.sampled_from([("mastodon", ADMIN), ("console", ADMIN), ("mastodon", str(ADMIN))]),
        st.integers(1, 2**52).filter(lambda n: n != ADMIN).map(lambda n: ("telegram", n)),
    )
    before = await dump_tables(db)
    refusals = 0

    async def prop(person: tuple[str, int | str], asked: tuple[str, str | None], code: str | None) -> None:
        nonlocal refusals
        (platform, user), (text, data) = person, asked
        replies = await router.handle(Incoming(platform, user, code, text=text, callback_data=data))
        locale = expected_locale(None, code)
        assert [reply.text for reply in replies] == [router.catalog.format("admin-only", locale=locale)]
        refusals += 1

    await check_property(
        prop,
        who,
        update,
        language_codes(),
        max_examples=80,
    )
    assert refusals >= 80
    assert await dump_tables(db) == before


async def test_a_stranger_s_free_text_is_not_taken_as_a_draft_text(router: Router, db: Database) -> None:
    """The admin's draft waits for a text: only the admin's own messages fill it."""
    await scene(router)
    before = await dump_tables(db)

    async def prop(person: tuple[str, int | str], text: str) -> None:
        platform, user = person
        [reply] = await router.handle(Incoming(platform, user, "en", text=text))
        assert reply.text != router.catalog.format("admin-only", locale="en")

    who = st.sampled_from([("mastodon", ADMIN), ("console", ADMIN), ("telegram", ADMIN + 1)])
    texts = st.one_of(hostile_text(), st.sampled_from(["2030-01-03 10:00", "en: <b>forged</b>", "be: x"]))
    await check_property(prop, who, texts.filter(lambda t: not t.strip().startswith("/")), max_examples=40)
    assert await dump_tables(db) == before
