"""Pledging end to end through the fake Bot API: every language, /unpledge, /forget, /export, milestones."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import MetaData, select

from bot.i18n import Catalog
from bot.settings import LOCALES, Settings
from bot.storage.models import AdminAction
from bot.storage.session import Database
from scheduler import jobs
from tests.conftest import free_port
from tests.factories import tg_callback, tg_message
from tests.fakes.telegram import BOT_USERNAME, FakeTelegram
from tests.integration._bot import running_bot

pytestmark = pytest.mark.integration
CATALOG = Catalog()
ADMIN = 1001


@pytest.fixture
def bot_settings(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> Callable[..., Settings]:
    """Settings for a Telegram bot on the fake, with overrides per area."""
    fake, base_url = fake_telegram

    def build(**areas: dict[str, object]) -> Settings:
        telegram = {"token": fake.token, "api_base_url": base_url} | areas.pop("telegram", {})
        core = {"port": free_port(), "host": "127.0.0.1", "admin_ids": [ADMIN]}
        return make_settings(telegram=telegram, core=core, **areas)

    return build


def labels(call_params: dict[str, object]) -> list[str]:
    markup = call_params["reply_markup"]
    return [button["text"] for row in markup["inline_keyboard"] for button in row]  # type: ignore[index]


@pytest.mark.parametrize("locale", LOCALES)
async def test_pledge_in_every_language(
    bot_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], locale: str
) -> None:
    """/pledge explains and offers three buttons; signing anonymously confirms signer #1; again: already."""
    fake, _ = fake_telegram
    user = 3000 + LOCALES.index(locale)
    async with running_bot(bot_settings()):
        await fake.push(tg_message(fake.next_update_id(), user, "/pledge", lang=locale))
        [intro] = await fake.wait_for("sendMessage", 1)
        await fake.push(tg_callback(fake.next_update_id(), user, "pledge:anonymous", lang=locale))
        [confirmed] = await fake.wait_for("editMessageText", 1)
        await fake.push(tg_message(fake.next_update_id(), user, "/pledge", lang=locale))
        calls = await fake.wait_for("sendMessage", 2)
    # Someone who never answered the safety question is offered safe mode above the pledge.
    hint, intro_text = (CATALOG.format(key, locale=locale) for key in ("pledge-safe-hint", "pledge-intro"))
    assert intro.params["text"] == f"{hint}\n{intro_text}"
    named = CATALOG.format("pledge-sign-named", {"name": "Test"}, locale)
    safe, anonymous, cancel = (
        CATALOG.format(key, locale=locale)
        for key in ("pledge-safe-button", "pledge-sign-anonymous", "pledge-cancel")
    )
    assert labels(intro.params) == [safe, named, anonymous, cancel]
    assert confirmed.params["text"] == CATALOG.format("pledge-confirmed", {"number": 1, "count": 1}, locale)
    assert "#1" in confirmed.params["text"]
    today = datetime.now(ZoneInfo("Europe/Minsk"))  # dates are shown in the campaign's TIMEZONE
    assert calls[1].params["text"] == CATALOG.format("pledge-already", {"date": today}, locale)


async def test_signing_with_a_name_unpledge_and_forget(
    bot_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    fake, _ = fake_telegram
    user = 4100
    async with running_bot(bot_settings()):
        await fake.push(tg_callback(fake.next_update_id(), user, "pledge:named"))
        await fake.wait_for("editMessageText", 1)
        for text in ("/unpledge", "/unpledge", "/forget"):
            await fake.push(tg_message(fake.next_update_id(), user, text))
        sent = await fake.wait_for("sendMessage", 3)
        await fake.push(tg_callback(fake.next_update_id(), user, "forget:yes"))
        edits = await fake.wait_for("editMessageText", 2)
    assert [call.params["text"] for call in sent] == [
        CATALOG.format("unpledge-done", locale="en"),
        CATALOG.format("unpledge-none", locale="en"),
        CATALOG.format("forget-confirm", locale="en"),
    ]
    assert labels(sent[2].params) == [
        CATALOG.format("forget-yes", locale="en"),
        CATALOG.format("forget-no", locale="en"),
    ]
    assert edits[1].params["text"] == CATALOG.format("forget-done", locale="en")


async def test_forged_pledge_buttons_are_refused(
    bot_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    async with running_bot(bot_settings()):
        for data in ("pledge:everyone", "pledge:", "forget:maybe", "pledge:anonymous:extra" * 3):
            await fake.push(tg_callback(fake.next_update_id(), 4200, data, lang="pl"))
        edits = await fake.wait_for("editMessageText", 4)
    assert {call.params["text"] for call in edits} == {CATALOG.format("button-unknown", locale="pl")}


async def test_pledges_are_refused_without_the_hash_key(
    bot_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], tmp_path: object
) -> None:
    """A public front-end without PLEDGE_HASH_KEY takes no pledge (its key would sit beside the data)."""
    fake, _ = fake_telegram
    settings = bot_settings(
        storage={"database_url": f"sqlite:///{tmp_path}/nokey.sqlite3", "data_dir": tmp_path}
    )
    async with running_bot(settings):
        await fake.push(tg_message(fake.next_update_id(), 4300, "/pledge", lang="uk"))
        [call] = await fake.wait_for("sendMessage", 1)
    assert call.params["text"] == CATALOG.format("pledge-disabled", locale="uk")


async def test_export_is_for_admins_only_and_audited(
    bot_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    fake, _ = fake_telegram
    async with running_bot(bot_settings()):
        await fake.push(tg_callback(fake.next_update_id(), 4400, "pledge:named"))
        await fake.wait_for("editMessageText", 1)
        await fake.push(tg_message(fake.next_update_id(), 4401, "/export", lang="de"))
        await fake.push(tg_message(fake.next_update_id(), ADMIN, "/export", lang="de"))
        [refusal] = await fake.wait_for("sendMessage", 1)
        [document] = await fake.wait_for("sendDocument", 1)
    assert refusal.params["text"] == CATALOG.format("admin-only", locale="de")
    assert int(document.params["chat_id"]) == ADMIN
    rows = list(csv.reader(io.StringIO(document.params["document"].content.decode())))
    assert rows[0] == ["hash", "name", "platform", "locale", "signed_at"]
    assert [row[1:4] for row in rows[1:]] == [["Test", "telegram", "en"]]
    assert "4400" not in document.params["document"].content.decode()
    async with db.transaction() as session:
        audited = (await session.execute(select(AdminAction.action, AdminAction.subject))).all()
    assert audited == [("export", "1")]  # the admin's export, by keyed hash; the refusal left nothing


async def test_milestone_is_announced_once_in_each_channels_language(
    bot_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake, _ = fake_telegram
    monkeypatch.setattr(jobs, "MILESTONE_SECONDS", 0.2)
    settings = bot_settings(telegram={"channels": "be=@free_be,en=-100777"}, pledges={"milestones": "1,2"})
    async with running_bot(settings):
        for user in (4500, 4501):
            await fake.push(tg_callback(fake.next_update_id(), user, "pledge:anonymous"))
        await fake.wait_for("editMessageText", 2)
        await fake.wait_for("sendMessage", 4)
        await asyncio.sleep(1)  # a few more ticks of the clock: nothing more may be posted
    posts = [(call.params["chat_id"], call.params["text"]) for call in fake.calls("sendMessage")]
    expected = {
        (chat, CATALOG.format("milestone-reached", {"count": n, "bot": f"@{BOT_USERNAME}"}, locale))
        for n in (1, 2)
        for chat, locale in (("@free_be", "be"), ("-100777", "en"))
    }
    assert len(posts) == 4 and set(posts) == expected


async def test_personal_commands_in_a_group_get_pointed_to_a_private_chat(
    bot_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """In a group, /pledge, /export and their buttons would answer in front of everyone."""
    fake, _ = fake_telegram
    group = -100555
    async with running_bot(bot_settings()):
        for text in ("/pledge", "/unpledge", "/forget", "/lang be", "/export", "/about"):
            update = tg_message(fake.next_update_id(), ADMIN, text, chat_id=group, chat_type="supergroup")
            await fake.push(update)
        calls = await fake.wait_for("sendMessage", 6)
    refusal = CATALOG.format("private-only", locale="en")
    assert [call.params["text"] for call in calls[:5]] == [refusal] * 5
    assert calls[5].params["text"] == CATALOG.format("about-campaign", locale="en")
    assert fake.calls("sendDocument") == []


async def test_a_database_dump_after_telegram_pledges_reveals_no_signer(
    bot_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    """Raw ids, usernames and chat ids never reach the database; a name only when chosen."""
    fake, _ = fake_telegram
    named, anonymous = 918_273_645, 564_738_291
    async with running_bot(bot_settings()):
        for user, choice in ((named, "named"), (anonymous, "anonymous")):
            update = tg_callback(fake.next_update_id(), user, f"pledge:{choice}", lang="be")
            first_name = "Hanna" if choice == "named" else "Anonymoushanna"
            update["callback_query"]["from"] |= {"username": f"handle{choice}", "first_name": first_name}
            await fake.push(update)
        await fake.wait_for("editMessageText", 2)
    metadata = MetaData()
    async with db.engine.connect() as conn:
        await conn.run_sync(metadata.reflect)
        dump = repr([(await conn.execute(table.select())).all() for table in metadata.sorted_tables])
    assert dump.count("'be'") >= 2  # both pledges are there
    for secret in (str(named), str(anonymous), "handlenamed", "handleanonymous", "Anonymoushanna"):
        assert secret not in dump
    assert "'Hanna'" in dump  # the signer who chose to be named
