"""Webhook mode: our aiohttp route takes updates from Telegram, checks the secret, answers honestly."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest
from sqlalchemy import select

from bot.i18n import Catalog
from bot.settings import Settings
from bot.storage.models import AdminAction
from bot.storage.session import Database
from tests.factories import tg_message
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import running_webhook_bot

pytestmark = pytest.mark.integration
SECRET = "s3cret-token_for-tests"
USER = 5151
CATALOG = Catalog()


@pytest.fixture
async def webhook_bot(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> AsyncIterator[tuple[FakeTelegram, str]]:
    """The bot in webhook mode; yields the fake and the URL Telegram would POST to."""
    fake, base_url = fake_telegram
    hook = "https://bot.example.org/tg/hook"
    async with running_webhook_bot(make_settings, fake, base_url, hook, SECRET) as origin:
        yield fake, f"{origin}/tg/hook"


async def post(url: str, body: Any, secret: str | None = SECRET, raw: bytes | None = None) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    async with aiohttp.ClientSession() as session:
        if raw is not None:
            response = await session.post(
                url, data=raw, headers=headers | {"Content-Type": "application/json"}
            )
        else:
            response = await session.post(url, json=body, headers=headers)
        return response.status


async def test_webhook_is_registered_with_the_secret(webhook_bot: tuple[FakeTelegram, str]) -> None:
    """setWebhook carries our URL, the secret token and only the update types we answer."""
    fake, _ = webhook_bot
    params = fake.calls("setWebhook")[0].params
    assert params["url"] == "https://bot.example.org/tg/hook"
    assert params["secret_token"] == SECRET
    assert set(params["allowed_updates"]) == {"message", "callback_query", "inline_query"}


async def test_update_with_the_right_secret_is_answered_before_the_200(
    webhook_bot: tuple[FakeTelegram, str],
) -> None:
    """The reply is already sent when the webhook acknowledges the update."""
    fake, url = webhook_bot
    status = await post(url, tg_message(1, USER, "/help", lang="fr"))
    assert status == 200
    assert fake.sent_texts(USER) == [CATALOG.format("help-text", locale="fr")]


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", SECRET + "x"])
async def test_update_without_the_right_secret_is_refused(
    webhook_bot: tuple[FakeTelegram, str], secret: str | None
) -> None:
    """A forged update changes nothing and sends nothing."""
    fake, url = webhook_bot
    assert await post(url, tg_message(2, USER, "/lang be"), secret=secret) == 403
    assert fake.calls("sendMessage") == []


@pytest.mark.parametrize("raw", [b"not json", b"[]", b'{"message": {}}', b'{"update_id": "x"}'])
async def test_body_that_is_not_an_update_is_refused(
    webhook_bot: tuple[FakeTelegram, str], raw: bytes
) -> None:
    _, url = webhook_bot
    assert await post(url, None, raw=raw) == 400


async def test_secret_header_that_is_not_utf8_is_refused(webhook_bot: tuple[FakeTelegram, str]) -> None:
    """Raw bytes in the header are compared as bytes: 403, never a 500."""
    _, url = webhook_bot
    port = int(url.split(":")[2].split("/")[0])
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    body = b'{"update_id": 9}'
    writer.write(
        b"POST /tg/hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"X-Telegram-Bot-Api-Secret-Token: \xff\xfe\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s"
        % (len(body), body)
    )
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    assert status_line.split()[1] == b"403"


async def test_deeply_nested_body_is_refused_not_crashed(webhook_bot: tuple[FakeTelegram, str]) -> None:
    _, url = webhook_bot
    raw = b'{"update_id": 1, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert await post(url, None, raw=raw) == 400


async def test_webhook_url_without_a_path_is_served_at_the_root(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    fake, base_url = fake_telegram
    async with running_webhook_bot(
        make_settings, fake, base_url, "https://bot.example.org", SECRET
    ) as origin:
        assert await post(f"{origin}/", tg_message(7, USER, "/help")) == 200
    assert fake.sent_texts(USER) == [CATALOG.format("help-text", locale="en")]


async def test_only_post_is_accepted(webhook_bot: tuple[FakeTelegram, str]) -> None:
    _, url = webhook_bot
    async with aiohttp.ClientSession() as session:
        response = await session.get(url, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
    assert response.status == 405


async def test_failed_handling_answers_500_so_telegram_redelivers(
    webhook_bot: tuple[FakeTelegram, str],
) -> None:
    """A reply the Bot API could not take (5xx) is not acknowledged; the redelivery is answered."""
    fake, url = webhook_bot
    fake.fail_next("sendMessage", 502, "Bad Gateway")
    update = tg_message(3, USER, "/about", lang="it")
    assert await post(url, update) == 500
    assert await post(url, update) == 200
    assert len(fake.calls("sendMessage")) == 3  # the failed one, then /about's two messages
    assert fake.sent_texts(USER)[-2] == CATALOG.format("about-campaign", locale="it")


async def test_blocked_user_is_acknowledged_not_retried(webhook_bot: tuple[FakeTelegram, str]) -> None:
    """403 from the Bot API will never succeed: the update is acknowledged."""
    fake, url = webhook_bot
    fake.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    assert await post(url, tg_message(4, USER, "/help")) == 200


async def test_healthz_reports_database_and_scheduler(webhook_bot: tuple[FakeTelegram, str]) -> None:
    _, url = webhook_bot
    async with aiohttp.ClientSession() as session:
        response = await session.get(url.replace("/tg/hook", "/healthz"))
        body = await response.json()
    assert response.status == 200
    assert body == {"status": "ok", "checks": {"database": "ok", "scheduler": "ok"}}


ADMIN = 5252


@pytest.fixture
async def admin_webhook_bot(
    make_settings: Callable[..., Settings], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> AsyncIterator[tuple[FakeTelegram, str]]:
    """The bot in webhook mode with ADMIN in ADMIN_IDS; yields the fake and the webhook's URL."""
    fake, base_url = fake_telegram
    hook = "https://bot.example.org/tg/hook"
    async with running_webhook_bot(make_settings, fake, base_url, hook, SECRET, admin_ids=[ADMIN]) as origin:
        yield fake, f"{origin}/tg/hook"


async def test_an_export_whose_upload_timed_out_is_not_made_again_on_redelivery(
    admin_webhook_bot: tuple[FakeTelegram, str], db: Database
) -> None:
    """The file may have arrived: polling's rule. A redelivery (our 200 lost) is acknowledged, not run."""
    fake, url = admin_webhook_bot
    fake.delays["sendDocument"] = 6.0  # past the Bot API client's 5 s read timeout
    update = tg_message(20, ADMIN, "/export")
    assert await post(url, update) == 200  # not 500: Telegram must not deliver it again
    fake.delays.clear()
    assert await post(url, update) == 200  # Telegram delivered it again all the same
    assert len(fake.calls("sendDocument")) == 1
    assert fake.sent_texts(ADMIN) == [CATALOG.format("error-generic", locale="en")]  # as in polling
    async with db.transaction() as session:
        assert (await session.execute(select(AdminAction.action))).scalars().all() == ["export"]


async def test_a_redelivery_while_the_update_is_still_handled_is_not_run_twice(
    admin_webhook_bot: tuple[FakeTelegram, str],
) -> None:
    """Telegram gave up waiting for a slow export and delivered it again: one file."""
    fake, url = admin_webhook_bot
    fake.delays["sendDocument"] = 2.0
    update = tg_message(21, ADMIN, "/export")
    first = asyncio.create_task(post(url, update))
    await fake.wait_for("sendDocument", 1)
    assert await post(url, update) == 200
    assert await first == 200
    assert len(fake.calls("sendDocument")) == 1
