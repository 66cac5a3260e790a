"""Secrets never reach the logs of a real `python -m bot` at DEBUG, even when things go wrong.

tests/integration/test_secrets_in_output.py covers a polling chat and a refused token; this adds the
webhook (with its secret, forged requests and a failed reply), Mastodon (its token, a failing instance,
a mention) and an admin's export.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp
import pytest

from bot.identity import IdentityHasher
from tests.conftest import TEST_KEY, serving
from tests.factories import tg_message
from tests.fakes.mastodon import FakeMastodon
from tests.fakes.telegram import FakeTelegram
from tests.integration._bot import wait_until_healthy
from tests.integration.test_secrets_in_output import bot_env, start_bot, stop_bot

pytestmark = pytest.mark.integration
SECRET = "whsec-Q2hhbmdlTWVQbGVhc2U"
ADMIN, PERSON = 4242, 918273640


async def test_debug_logs_of_webhook_mastodon_and_failures_hold_no_secret(
    fake_telegram: tuple[FakeTelegram, str], tmp_path: Path
) -> None:
    fake, base_url = fake_telegram
    masto = FakeMastodon()
    masto.token = "mastodon-secret-token-Zm9vYmFy"
    async with serving(masto.app()) as masto.origin:
        masto.mention("anna@minsk.example", "статыстыка", language="be")
        masto.fail_next("notifications", 500, times=1, after=0)
        env = bot_env(base_url, fake.token, tmp_path) | {
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg/hook",
            "TELEGRAM_WEBHOOK_SECRET": SECRET,
            "MASTODON_API_BASE_URL": masto.origin,
            "MASTODON_ACCESS_TOKEN": masto.token,
            "ADMIN_IDS": str(ADMIN),
        }
        origin = f"http://127.0.0.1:{env['PORT']}"
        process = await start_bot(env, tmp_path)
        try:
            await wait_until_healthy(f"{origin}/healthz", within=60)
            async with aiohttp.ClientSession() as session:

                async def send(update: dict[str, object], secret: str = SECRET) -> int:
                    headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
                    async with session.post(f"{origin}/tg/hook", json=update, headers=headers) as response:
                        return response.status

                assert await send(tg_message(1, PERSON, "/start"), secret=SECRET[:-1]) == 403
                fake.fail_next("sendMessage", 502, "Bad Gateway")  # the reply fails: a traceback is logged
                assert await send(tg_message(2, PERSON, "/help", lang="pl")) == 500
                fake.fail_next("sendMessage", 400, "Bad Request: chat not found")
                assert await send(tg_message(3, PERSON, "/about")) == 200
                assert await send(tg_message(4, ADMIN, "/export")) == 200
                private = f"http://127.0.0.1:{env['METRICS_PORT']}/metrics"
                for url in (private, *(f"{origin}{path}" for path in ("/metrics", "/healthz", "/nowhere"))):
                    async with session.get(url) as response:
                        await response.read()
            for _ in range(100):  # the first poll of the mentions meets the instance's 500
                if masto.routes_answered("notifications", 500):
                    break
                await asyncio.sleep(0.1)
            assert masto.routes_answered("notifications", 500)
        finally:
            code, output = await stop_bot(process)
    assert code == 0
    assert "DEBUG" in output and "Traceback" in output  # the level was on, and the failure was logged
    hashed = IdentityHasher(TEST_KEY.encode()).user_ref("telegram", PERSON)
    for leaked in (fake.token, fake.token.split(":")[1], TEST_KEY, SECRET, masto.token, hashed, str(PERSON)):
        assert leaked not in output, leaked
    assert json.dumps(SECRET)[1:-1] not in output
