"""/desk in an admin's private chat: a web_app button to the desk, served by the running bot itself."""

from __future__ import annotations

import time
from collections.abc import Callable

import aiohttp
import pytest

from bot.i18n import Catalog
from bot.settings import Settings, load_settings
from bot.settings import desk_url as desk_address
from bot.storage.session import Database
from tests.factories import tg_init_data, tg_message
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import running_webhook_bot

pytestmark = pytest.mark.integration
SECRET = "desk-secret_for-tests"
ADMIN, STRANGER = 4242, 4343
CATALOG = Catalog()


async def test_desk_opens_the_mini_app_from_the_running_bot(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    """The button is a web_app one to WEBHOOK_URL's origin + /desk; that page and its API answer there."""
    fake, base_url = fake_telegram
    hook = "https://bot.example.org/tg/hook"
    async with (
        running_webhook_bot(make_settings, fake, base_url, hook, SECRET, admin_ids=[ADMIN]) as origin,
        aiohttp.ClientSession() as http,
    ):
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        for number, user in enumerate((ADMIN, STRANGER), start=1):
            async with http.post(
                f"{origin}/tg/hook", json=tg_message(number, user, "/desk"), headers=headers
            ):
                pass
        sent = {int(call.params["chat_id"]): call.params for call in fake.calls("sendMessage")}
        assert sent[STRANGER]["text"] == CATALOG.format("admin-only", locale="en")
        [[button]] = sent[ADMIN]["reply_markup"]["inline_keyboard"]
        assert button == {
            "text": CATALOG.format("desk-open-button", locale="en"),
            "web_app": {"url": "https://bot.example.org/desk"},
        }
        [menu] = fake.calls("setChatMenuButton")  # the admin's own menu button opens it too
        assert int(menu.params["chat_id"]) == ADMIN
        assert menu.params["menu_button"]["web_app"] == {"url": "https://bot.example.org/desk"}
        async with http.get(f"{origin}/desk") as page:
            assert page.status == 200 and "desk.js" in await page.text()
        init = tg_init_data(ADMIN, fake.token, int(time.time()), "uk")
        async with http.post(f"{origin}/desk/api/session", json={"init_data": init}) as session:
            assert session.status == 200 and (await session.json())["locale"] == "uk"


def test_the_desk_address_comes_from_desk_url_else_the_webhook() -> None:
    hook = {"webhook_url": "https://bot.example.org/tg/hook", "webhook_secret": SECRET, "token": "1:abc"}
    assert desk_address(load_settings(telegram=hook)) == "https://bot.example.org/desk"
    own = load_settings(telegram=hook, core={"desk_url": "https://desk.example.org/desk"})
    assert desk_address(own) == "https://desk.example.org/desk"
    assert desk_address(load_settings()) is None
