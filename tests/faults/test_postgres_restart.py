"""PostgreSQL "restarted" under the running bot (a proxy drops every connection and turns new ones
away, then lets them through again): nothing confirmed is lost, failed updates are apologised for
(polling) or answered 500 and redelivered (webhook), /healthz follows, a post due meanwhile goes out once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import aiohttp
import pytest
from sqlalchemy import select

from bot.i18n import Catalog
from bot.identity import load_hasher
from bot.settings import Settings
from bot.storage.models import Pledge, PostDelivery
from bot.storage.session import Database
from bot.wiring import build_router
from tests.factories import tg_callback, tg_message
from tests.fakes.telegram import FakeTelegram
from tests.faults.conftest import ADMIN, CHANNEL, pledge_figures
from tests.faults.pgproxy import PgProxy
from tests.integration._bot import MovableClock, running_bot, running_webhook_bot, wait_until_healthy
from tests.scheduler.test_dispatch import MAY_21_NINE_MINSK, queue

pytestmark = [pytest.mark.integration, pytest.mark.postgres]
CATALOG = Catalog()
APOLOGY = CATALOG.format("error-generic", locale="en")
POST = "Solidarity #FreeThemAll"


async def healthz(port: int) -> int:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/healthz") as response,
    ):
        return response.status


async def until(condition: Callable[[], bool], fake: FakeTelegram, within: float = 30.0) -> None:
    """Wait for the fake's calls to satisfy `condition` (a failure guard, not a timing claim)."""
    async with asyncio.timeout(within), fake.changed:
        await fake.changed.wait_for(condition)


def answers(fake: FakeTelegram) -> int:
    """Messages the bot sent or edited: every update gets exactly one."""
    return len(fake.calls("sendMessage")) + len(fake.calls("editMessageText"))


def by_chat(fake: FakeTelegram, method: str) -> dict[int, list[str]]:
    """Texts sent (or edited) to each person, by chat id; channels left out."""
    seen: dict[int, list[str]] = {}
    for call in fake.calls(method):
        if str(call.params["chat_id"]).lstrip("-").isdigit():
            seen.setdefault(int(call.params["chat_id"]), []).append(str(call.params["text"]))
    return seen


async def test_a_restart_mid_run_loses_no_confirmed_pledge_and_recovers_by_itself(
    whole_bot_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    db: Database,
    proxy: PgProxy,
) -> None:
    fake, base_url = fake_telegram
    settings = whole_bot_settings(
        base_url,
        fake.token,
        proxy.url_for(db.engine.url.render_as_string(False)),
        pledges={"milestones": [10, 25]},
    )
    router = build_router(settings, db)
    hasher = load_hasher(settings.storage)
    await queue(router.ctx.posts, hasher.user_ref("telegram", ADMIN), {"en": POST})
    clock = MovableClock(MAY_21_NINE_MINSK - timedelta(minutes=10))
    people = list(range(20_001, 20_041))

    async with running_bot(settings, now=clock):
        await wait_until_healthy(f"http://127.0.0.1:{settings.core.port}/healthz")
        for person in people:  # /pledge, then the button, 40 people: 80 updates
            await fake.push(tg_message(fake.next_update_id(), person, "/pledge"))
            await fake.push(tg_callback(fake.next_update_id(), person, "pledge:anonymous"))
        await until(lambda: len(fake.calls("editMessageText")) >= 8, fake)
        proxy.cut()  # mid-stream: some people are being confirmed right now
        clock.now = MAY_21_NINE_MINSK  # the post falls due while the database is down
        assert await healthz(settings.core.port) == 503
        await until(lambda: answers(fake) >= 2 * len(people), fake)  # every update answered somehow
        await asyncio.sleep(6)  # across a knock of the dispatcher (every 5 s) while down
        assert await healthz(settings.core.port) == 503
        assert proxy.refused > 0
        proxy.resume()
        await wait_until_healthy(f"http://127.0.0.1:{settings.core.port}/healthz", within=15)

        apologised = {chat for chat, texts in by_chat(fake, "sendMessage").items() if APOLOGY in texts}
        assert apologised, "the cut came too late to fail any update"
        before = answers(fake)
        for person in sorted(apologised):  # they press again
            await fake.push(tg_callback(fake.next_update_id(), person, "pledge:anonymous"))
        late = list(range(20_101, 20_106))
        for person in late:  # and a few newcomers: the pool must work at once, no apology
            await fake.push(tg_callback(fake.next_update_id(), person, "pledge:anonymous"))
        await until(lambda: answers(fake) >= before + len(apologised) + len(late), fake)
        await until(lambda: any(str(c.params["chat_id"]) == CHANNEL for c in fake.calls("sendMessage")), fake)
        await until(lambda: len(fake.sent_texts(ADMIN)) >= 1, fake)  # the post's report

    everyone = people + late
    counter, rows, numbers = await pledge_figures(db)
    assert counter == rows == len(everyone)
    assert numbers == list(range(1, rows + 1))  # no number lost or given twice
    async with db.transaction() as session:
        stored = {
            ref: no for ref, no in (await session.execute(select(Pledge.user_ref, Pledge.signer_no))).all()
        }
    confirmed = CATALOG.format("pledge-confirmed", {"number": 0, "count": 0}, "en").split("#")[0]
    for person, texts in by_chat(fake, "editMessageText").items():
        for text in texts:
            if text.startswith(confirmed):  # a confirmation: the pledge it names is stored
                assert f"#{stored[hasher.user_ref('telegram', person)]}" in text, person
    after = [t for p in late for t in by_chat(fake, "sendMessage").get(p, [])]
    assert APOLOGY not in after  # after the restart, no dead pooled connection fails anyone
    assert [t for _, t in _channel(fake)] == [POST]  # the post due during the outage: once
    async with db.transaction() as session:
        assert (await session.execute(select(PostDelivery.status))).scalars().all() == ["sent"]


def _channel(fake: FakeTelegram) -> list[tuple[str, str]]:
    return [
        (str(c.params["chat_id"]), str(c.params["text"]))
        for c in fake.calls("sendMessage")
        if str(c.params["chat_id"]) == CHANNEL
    ]


async def test_a_webhook_update_that_failed_during_the_restart_is_answered_500_then_taken(
    whole_bot_settings: Callable[..., Settings],
    make_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    db: Database,
    proxy: PgProxy,
) -> None:
    fake, base_url = fake_telegram
    proxied_url = proxy.url_for(db.engine.url.render_as_string(False))

    def settings_via_proxy(**areas: object) -> Settings:
        telegram = dict(areas.pop("telegram"))  # type: ignore[call-overload]
        core = dict(areas.pop("core"))  # type: ignore[call-overload]
        return whole_bot_settings(base_url, fake.token, proxied_url, telegram=telegram, core=core)

    secret, person, quiet = "s3cret-faults", 30_001, [30_002, 30_003, 30_004]
    async with running_webhook_bot(
        settings_via_proxy, fake, base_url, "https://bot.example.org/hook", secret
    ) as origin:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
        press = tg_callback(1, person, "pledge:anonymous")
        async with aiohttp.ClientSession() as http:
            for n, someone in enumerate(quiet):
                message, button = (
                    tg_message(10 + 2 * n, someone, "/pledge"),
                    tg_callback(11 + 2 * n, someone, "pledge:anonymous"),
                )
                async with http.post(f"{origin}/hook", json=message, headers=headers) as response:
                    assert response.status == 200  # the pool now holds live connections...
                proxy.cut()
                proxy.resume()  # ...and a restart nobody noticed kills them all
                async with http.post(f"{origin}/hook", json=button, headers=headers) as response:
                    assert response.status == 200  # a dead pooled connection is never handed out
            proxy.cut()
            async with http.post(f"{origin}/hook", json=press, headers=headers) as response:
                assert response.status == 500  # not acknowledged: Telegram delivers it again
            async with http.get(f"{origin}/healthz") as response:
                assert response.status == 503
            proxy.resume()
            await wait_until_healthy(f"{origin}/healthz", within=15)
            async with http.post(f"{origin}/hook", json=press, headers=headers) as response:
                assert response.status == 200  # the redelivery is taken
            async with http.post(f"{origin}/hook", json=press, headers=headers) as response:
                assert response.status == 200  # a late duplicate: acknowledged, not run again

    counter, rows, numbers = await pledge_figures(db)
    assert (counter, rows, numbers) == (4, 4, [1, 2, 3, 4])
    for n, someone in enumerate(quiet, start=1):
        confirmed = CATALOG.format("pledge-confirmed", {"number": n, "count": n}, "en")
        assert by_chat(fake, "editMessageText")[someone] == [confirmed]
    texts = by_chat(fake, "editMessageText")[person]
    assert texts == [CATALOG.format("pledge-confirmed", {"number": 4, "count": 4}, "en")]  # once
    assert APOLOGY not in fake.sent_texts(person)  # webhook mode: the redelivery is the answer


BROADCAST_RATE = 30
FLUSH_SECONDS, BROADCAST_WORKERS = 0.25, 4  # scheduler/broadcaster.py: the documented duplicate bound


async def test_a_restart_mid_broadcast_repeats_no_more_than_the_documented_bound(
    whole_bot_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    db: Database,
    proxy: PgProxy,
) -> None:
    from bot.identity import IdentityHasher
    from bot.services.subscribers import SubscriberService
    from tests.conftest import TEST_KEY

    fake, base_url = fake_telegram
    subscribers = SubscriberService(db, IdentityHasher(TEST_KEY.encode()))
    people = range(40_001, 40_151)
    for person in people:
        await subscribers.subscribe(
            subscribers.hasher.user_ref("telegram", person), "telegram", str(person), "en"
        )
    await subscribers.create_broadcast("test:restart", "admin", {"en": "Free them all #FreeThemAll"})
    settings = whole_bot_settings(
        base_url,
        fake.token,
        proxy.url_for(db.engine.url.render_as_string(False)),
        broadcasts={"broadcast_rate": BROADCAST_RATE, "digest_time": "off"},
    )
    async with running_bot(settings):
        await until(lambda: sum(fake.delivered[p] for p in people) >= 30, fake)
        proxy.cut()
        await asyncio.sleep(6)  # past the lease keeper's renewal (every 5 s): it gives the run up
        proxy.resume()
        await until(lambda: all(fake.delivered[p] for p in people), fake, within=60)
        await _broadcast_done(db)
    duplicates = sum(fake.delivered[p] for p in people) - len(people)
    assert duplicates <= int(BROADCAST_RATE * FLUSH_SECONDS) + 1 + BROADCAST_WORKERS, duplicates


async def _broadcast_done(db: Database) -> None:
    from bot.storage.models import Broadcast

    async with asyncio.timeout(30):
        while True:
            async with db.transaction() as session:
                if await session.scalar(select(Broadcast.status)) == "done":
                    return
            await asyncio.sleep(0.2)
