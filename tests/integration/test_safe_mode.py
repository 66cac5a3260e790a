"""Safe mode through the fake Bot API with a movable clock: a person in Belarus pledges and subscribes,
and after SAFE_MODE_DELETE_MINUTES nothing of it is left in their chat, across a restart in between.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot import metrics
from bot.i18n import Catalog
from bot.identity import load_hasher
from bot.services.people import PeopleService
from bot.settings import Settings
from bot.storage.models import PendingDeletion, Person
from bot.storage.session import Database
from tests.conftest import free_port, serving
from tests.factories import tg_callback, tg_message
from tests.fakes.telegram import FakeTelegram, _chat_id, _error, _maybe_json
from tests.faults.flaky_telegram import Fault, FlakyTelegram
from tests.integration._bot import MovableClock, running_bot

pytestmark = pytest.mark.integration
CATALOG = Catalog()
PERSON = 5150
NOON = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def settings(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> Settings:
    fake, base_url = fake_telegram
    return make_settings(
        telegram={"token": fake.token, "api_base_url": base_url},
        core={"port": free_port(), "host": "127.0.0.1"},
    )


async def sent_to(fake: FakeTelegram, count: int) -> int:
    """Wait for the person's `count`-th new message from the bot; its id."""
    deadline = asyncio.get_running_loop().time() + 10
    while len([m for m in fake.messages if m[0] == PERSON]) < count:
        assert asyncio.get_running_loop().time() < deadline, "the bot did not answer"
        await asyncio.sleep(0.02)
    return [m for m in fake.messages if m[0] == PERSON][count - 1][1]


async def stored_for_deletion(db: Database, count: int) -> None:
    """Wait until `count` messages wait for deletion (the bot stores each batch after its send)."""
    deadline = asyncio.get_running_loop().time() + 10
    while True:
        async with db.transaction() as session:
            stored = (await session.execute(select(func.count()).select_from(PendingDeletion))).scalar_one()
        if stored >= count:
            return
        assert asyncio.get_running_loop().time() < deadline, f"only {stored} stored for deletion"
        await asyncio.sleep(0.02)


async def test_a_safe_mode_pledge_and_subscription_vanish_on_time_across_a_restart(
    settings: Settings, fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    fake, _ = fake_telegram
    clock = MovableClock(NOON)
    commands: list[int] = []

    def command(text: str) -> dict[str, object]:
        update = tg_message(fake.next_update_id(), PERSON, text, lang="be")
        commands.append(update["message"]["message_id"])
        return update

    async with running_bot(settings, now=clock):
        await fake.push(tg_message(fake.next_update_id(), PERSON, "/start", lang="be"))
        picker = await sent_to(fake, 2)
        await fake.push(tg_callback(fake.next_update_id(), PERSON, "lang:be", "be", message_id=picker))
        question = await sent_to(fake, 3)  # after the language, once: are you in Belarus?
        assert fake.sent_texts(PERSON)[-1] == CATALOG.format("safe-ask", {"minutes": 10}, "be")
        await fake.push(tg_callback(fake.next_update_id(), PERSON, "safe:on", "be", message_id=question))
        steps = await sent_to(fake, 4)
        await fake.push(command("/pledge"))
        intro = await sent_to(fake, 5)
        warning = CATALOG.format("pledge-safe-warning", {"minutes": 10}, "be")
        assert fake.sent_texts(PERSON)[-1].startswith(warning)  # the warning comes before the buttons
        sign = tg_callback(fake.next_update_id(), PERSON, "pledge:anonymous", "be", message_id=intro)
        await fake.push(sign)
        await fake.push(command("/subscribe"))
        subscribed = await sent_to(fake, 6)
        await fake.wait_for("editMessageText", 3)  # language, safe mode, the pledge's confirmation
        await stored_for_deletion(db, 7)  # stored just after each send: before the clock moves on
        clock.now = NOON + timedelta(minutes=9, seconds=59)
        await asyncio.sleep(0.1)
        assert fake.deleted == set()  # nothing before its time

    async with db.transaction() as session:
        waiting = (await session.execute(select(PendingDeletion.address))).scalars().all()
    # Safe mode's 2 messages, the pledge's (when shown and when edited into the confirmation), the
    # subscription's, and the person's 2 commands.
    assert len(waiting) == 7
    assert all(str(PERSON) not in sealed for sealed in waiting)  # the chat id is stored sealed

    clock.now = NOON + timedelta(minutes=10, seconds=1)
    async with running_bot(settings, now=clock):  # a restart in between: the deletions were stored
        deadline = asyncio.get_running_loop().time() + 10
        while len(fake.deleted) < 6:
            assert asyncio.get_running_loop().time() < deadline, f"deleted only {fake.deleted}"
            await asyncio.sleep(0.05)

    expected = {question, steps, intro, subscribed, *commands}
    assert fake.deleted == {(PERSON, message_id) for message_id in expected}
    async with db.transaction() as session:
        assert (await session.execute(select(PendingDeletion))).scalars().all() == []


async def test_safe_mode_is_stored_with_the_person_and_erased_by_forget(
    settings: Settings, fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    fake, _ = fake_telegram
    async with running_bot(settings):
        await fake.push(tg_message(fake.next_update_id(), PERSON, "/safe", lang="ru"))
        await sent_to(fake, 2)
        await fake.push(tg_callback(fake.next_update_id(), PERSON, "safe:on", "ru", message_id=1))
        await sent_to(fake, 3)  # the steps (the first reply replaces the question's message)
        await fake.push(tg_message(fake.next_update_id(), PERSON, "/stats", lang="ru"))
        await fake.push(tg_message(fake.next_update_id(), PERSON, "/share", lang="ru"))
        await sent_to(fake, 5)
        async with db.transaction() as session:
            assert (await session.execute(select(Person.safe_mode))).scalars().all() == [True]
        await fake.push(tg_message(fake.next_update_id(), PERSON, "/forget", lang="ru"))
        forget = await sent_to(fake, 6)
        await fake.push(tg_callback(fake.next_update_id(), PERSON, "forget:yes", "ru", message_id=forget))
        await fake.wait_for("editMessageText", 2)
    async with db.transaction() as session:
        assert (await session.execute(select(Person))).scalars().all() == []
    texts = fake.sent_texts(PERSON)
    # In safe mode: no links, and no chart naming its source's site (stats and share are text only).
    assert not any("http" in text or "t.me" in text for text in texts), texts
    assert fake.calls("sendPhoto") == []


@dataclass
class WindowedTelegram(FlakyTelegram):
    """Telegram's 48 hours, by the test's clock: deleteMessages refuses a message older than that.

    The person's messages and the bot's share one sequence of ids per private chat, as in Telegram.
    """

    clock: MovableClock = field(default_factory=lambda: MovableClock(NOON))
    sent_at: dict[tuple[int, int], datetime] = field(default_factory=dict)

    def _message(self, chat_id: int, text: str, markup: Any, message_id: int | None = None) -> dict[str, Any]:
        message = super()._message(chat_id, text, markup, message_id)
        self.sent_at.setdefault((chat_id, message["message_id"]), self.clock.now)
        return message

    def _api_deleteMessages(self, params: dict[str, Any]) -> Any:
        ids = params["message_ids"]
        chat, ids = _chat_id(params["chat_id"]), _maybe_json(ids) if isinstance(ids, str) else ids
        if any(self.clock.now - self.sent_at.get((chat, i), self.clock.now) >= WINDOW for i in ids):
            return _error(400, "Bad Request: message can't be deleted")
        return super()._api_deleteMessages(params)


WINDOW = timedelta(hours=48)


@pytest.fixture
async def windowed(db: Database) -> AsyncIterator[tuple[WindowedTelegram, str]]:
    fake = WindowedTelegram()
    async with serving(fake.app()) as origin:
        yield fake, f"{origin}/bot"
        fake.released.set()


def windowed_settings(
    make_settings: Callable[..., Settings], base_url: str, fake: FakeTelegram, minutes: int = 10
) -> Settings:
    return make_settings(
        telegram={"token": fake.token, "api_base_url": base_url},
        core={"port": free_port(), "host": "127.0.0.1"},
        safety={"safe_mode_delete_minutes": minutes, "milestone_jitter_minutes": 0},
    )


async def in_safe_mode(settings: Settings, db: Database) -> None:
    hasher = load_hasher(settings.storage)
    await PeopleService(db).set_safe_mode(hasher.user_ref("telegram", PERSON), "be", True)


def command_in_turn(fake: FakeTelegram, text: str) -> dict[str, Any]:
    """The person's command, numbered just before the bot's next message (ids run per chat)."""
    update = tg_message(fake.next_update_id(), PERSON, text, lang="be")
    update["message"]["message_id"] = 999 + len(fake.messages)  # the fake numbers its own from 1000
    return update


async def test_a_reply_whose_send_timed_out_still_vanishes_though_its_id_never_came(
    make_settings: Callable[..., Settings], windowed: tuple[WindowedTelegram, str], db: Database
) -> None:
    """The record is made before the send: the intro arrived, its id is unknown, it goes all the same."""
    fake, base_url = windowed
    settings = windowed_settings(make_settings, base_url, fake)
    await in_safe_mode(settings, db)
    fake.fault(PERSON, Fault(late=6.0))  # delivered, answered after the client's 5 s: timed out
    clock = fake.clock
    pledge = command_in_turn(fake, "/pledge")
    async with running_bot(settings, now=clock):
        await fake.push(pledge)
        await sent_to(fake, 2)  # the intro (it arrived), then the apology for the timeout
        await stored_for_deletion(db, 1)
    intro, apology = (m for _, m in fake.messages)
    async with db.transaction() as session:
        rows = (await session.execute(select(PendingDeletion.message_id, PendingDeletion.anchor))).all()
    assert rows == [(None, pledge["message"]["message_id"])]  # on record, by the person's command

    clock.now = NOON + timedelta(minutes=10, seconds=1)
    async with running_bot(settings, now=clock):  # after a restart, too
        await fake.wait_for("deleteMessages", 1)
    gone = {m for chat, m in fake.deleted if chat == PERSON}
    assert {pledge["message"]["message_id"], intro, apology} <= gone
    assert min(gone) == pledge["message"]["message_id"]  # nothing before the person's command
    async with db.transaction() as session:
        assert (await session.execute(select(PendingDeletion))).scalars().all() == []


async def test_the_longest_allowed_delay_deletes_inside_telegrams_48_hours(
    make_settings: Callable[..., Settings], windowed: tuple[WindowedTelegram, str], db: Database
) -> None:
    fake, base_url = windowed
    settings = windowed_settings(make_settings, base_url, fake, minutes=2820)
    await in_safe_mode(settings, db)
    clock = fake.clock
    failed = metrics.SAFE_MODE_DELETIONS_FAILED._value.get()
    async with running_bot(settings, now=clock):
        await fake.push(command_in_turn(fake, "/pledge"))
        await sent_to(fake, 1)
        await stored_for_deletion(db, 2)
    clock.now = NOON + timedelta(minutes=2820, seconds=30)  # the deleter's next knock after the due time
    async with running_bot(settings, now=clock):
        await fake.wait_for("deleteMessages", 1)
    assert {m for _, m in fake.messages} <= {m for _, m in fake.deleted}
    assert metrics.SAFE_MODE_DELETIONS_FAILED._value.get() == failed


async def test_a_deletion_telegram_refuses_is_counted_as_failed_naming_nobody(
    make_settings: Callable[..., Settings],
    windowed: tuple[WindowedTelegram, str],
    db: Database,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The bot was down past the 48 hours: the messages stay, and the operator sees how many."""
    fake, base_url = windowed
    settings = windowed_settings(make_settings, base_url, fake)
    await in_safe_mode(settings, db)
    clock = fake.clock
    failed = metrics.SAFE_MODE_DELETIONS_FAILED._value.get()
    async with running_bot(settings, now=clock):
        await fake.push(command_in_turn(fake, "/pledge"))
        await sent_to(fake, 1)
        await stored_for_deletion(db, 2)
    clock.now = NOON + timedelta(hours=49)
    async with running_bot(settings, now=clock):
        await fake.wait_for("deleteMessages", 1)
    assert fake.deleted == set()
    assert metrics.SAFE_MODE_DELETIONS_FAILED._value.get() == failed + 2  # the command and the intro
    [line] = [r.getMessage() for r in caplog.records if "could not be deleted and stay" in r.getMessage()]
    assert line == "safe mode: 2 messages could not be deleted and stay in their chats"
    async with db.transaction() as session:
        assert (await session.execute(select(PendingDeletion))).scalars().all() == []
