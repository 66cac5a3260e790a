"""In a group, the bot answers in the language of the message, never in one chosen in private (17, 7)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.i18n import Catalog
from bot.settings import Settings
from bot.storage.session import Database
from tests.conftest import free_port
from tests.factories import tg_message
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import running_bot

pytestmark = pytest.mark.integration
CATALOG = Catalog()
PERSON, GROUP = 7007, -100777


@pytest.fixture
def settings(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> Settings:
    fake, base_url = fake_telegram
    core = {"port": free_port(), "host": "127.0.0.1", "default_locale": "uk"}
    return make_settings(telegram={"token": fake.token, "api_base_url": base_url}, core=core)


async def test_a_group_reply_follows_the_message_s_language_not_the_private_choice(
    settings: Settings, fake_telegram: tuple[FakeTelegram, str]
) -> None:
    """Her app is set to Russian; in private she chose Belarusian. The group must not see that."""
    fake, _ = fake_telegram
    async with running_bot(settings):
        await fake.push(tg_message(fake.next_update_id(), PERSON, "/lang be", lang="ru"))
        chosen = len(await fake.wait_for("sendMessage", 2))  # the change, and the safe-mode question
        for lang in ("ru", None):
            update = tg_message(fake.next_update_id(), PERSON, "/help", lang, GROUP, "supergroup")
            await fake.push(update)
        await fake.push(tg_message(fake.next_update_id(), PERSON, "/help", lang="ru"))
        calls = (await fake.wait_for("sendMessage", chosen + 3))[chosen:]
    in_group = [str(call.params["text"]) for call in calls if int(call.params["chat_id"]) == GROUP]
    assert in_group == [CATALOG.format("help-text", locale="ru"), CATALOG.format("help-text", locale="uk")]
    in_private = [str(call.params["text"]) for call in calls if int(call.params["chat_id"]) == PERSON]
    assert in_private == [CATALOG.format("help-text", locale="be")]  # her choice still holds in private
