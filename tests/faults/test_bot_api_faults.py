"""The Bot API failing in bursts under the whole bot: replies, a due channel post and a broadcast
meet 5xx, 429 and answers that come too late, at once. Nothing is lost or doubled beyond what is
documented: a reply that failed gets an apology (polling), a post is retried after its backoff and
sent once, a broadcast retries 5xx and 429, gives up after three tries, and never resends a timeout.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from sqlalchemy import select

from bot.i18n import Catalog
from bot.identity import load_hasher
from bot.services.deletions import PendingDeletions
from bot.services.people import PeopleService
from bot.services.subscribers import SubscriberService
from bot.settings import Settings
from bot.storage.models import BroadcastDelivery, PostDelivery
from bot.storage.session import Database
from bot.wiring import build_router
from tests.factories import tg_callback, tg_message
from tests.faults.conftest import ADMIN, CHANNEL, pledge_figures
from tests.faults.flaky_telegram import Fault, FlakyTelegram
from tests.faults.pgproxy import PgProxy
from tests.faults.test_postgres_restart import until
from tests.integration._bot import MovableClock, running_bot, running_webhook_bot
from tests.scheduler.test_dispatch import MAY_21_NINE_MINSK, queue

pytestmark = pytest.mark.integration
CATALOG = Catalog()
APOLOGY = CATALOG.format("error-generic", locale="en")
INTRO = "\n".join(CATALOG.format(key, locale="en") for key in ("pledge-safe-hint", "pledge-intro"))
POST = "Solidarity #FreeThemAll"
SUBSCRIBERS = range(50_001, 50_013)
RATE_LIMITED, FLAKY, TIMED_OUT, DOWN = SUBSCRIBERS[:4]
DONE = CATALOG.format("broadcast-done", {"id": 1, "sent": 0, "failed": 0}, "en").split(":")[0]
LATE = 6.0  # past the Bot API client's 5 s read timeout


def admin_sees(fake: FlakyTelegram) -> list[str]:
    """What the admin got: messages, and broadcast progress edited in place."""
    return fake.texts(ADMIN) + fake.texts(ADMIN, "editMessageText")


async def test_5xx_429_and_timeouts_in_bursts_lose_and_double_nothing(
    whole_bot_settings: Callable[..., Settings],
    flaky_telegram: tuple[FlakyTelegram, str],
    db: Database,
) -> None:
    fake, base_url = flaky_telegram
    settings = whole_bot_settings(
        base_url, fake.token, broadcasts={"broadcast_rate": 30, "digest_time": "off"}
    )
    hasher = load_hasher(settings.storage)
    await queue(build_router(settings, db).ctx.posts, hasher.user_ref("telegram", ADMIN), {"en": POST})
    subscribers = SubscriberService(db, hasher)
    for person in SUBSCRIBERS:
        await subscribers.subscribe(hasher.user_ref("telegram", person), "telegram", str(person), "en")
    await subscribers.create_broadcast("test:faults", "admin", {"en": "Free them all #FreeThemAll"})

    fake.fault(CHANNEL, Fault(429, retry_after=1))  # the post: flood control on the first try
    fake.fault(RATE_LIMITED, Fault(429, retry_after=1))  # broadcast: pause, then the same person again
    fake.fault(FLAKY, Fault(502))  # retried after 2 s
    fake.fault(TIMED_OUT, Fault(late=LATE))  # delivered, but the answer comes too late: unknown
    fake.fault(DOWN, Fault(500), Fault(502), Fault(503))  # three tries, then failed
    replies = {60_001: Fault(502), 60_002: Fault(429, retry_after=1), 60_003: Fault(late=LATE)}
    for person, fault in replies.items():
        fake.fault(person, fault)
    signer = 60_004
    fake.fault(signer, Fault(502))  # the confirmation (an edit) fails: the pledge is stored all the same

    clock = MovableClock(MAY_21_NINE_MINSK)
    async with running_bot(settings, now=clock):
        await fake.push(tg_callback(fake.next_update_id(), signer, "pledge:anonymous"))
        for person in replies:
            await fake.push(tg_message(fake.next_update_id(), person, "/pledge"))
        await until(lambda: any(chat == CHANNEL for _, chat, _ in fake.failed), fake)
        clock.now = MAY_21_NINE_MINSK + timedelta(seconds=31)  # past the post's 30 s backoff
        await until(lambda: fake.texts(CHANNEL) == [POST], fake)
        await until(lambda: any(t.startswith(DONE) for t in admin_sees(fake)), fake)
        await until(lambda: any("Post #" in t for t in fake.texts(ADMIN)), fake)
        await until(lambda: fake.answered_late == 2, fake, within=20)
        await fake.push(tg_callback(fake.next_update_id(), signer, "pledge:anonymous"))  # "did it work?"
        await until(lambda: bool(fake.texts(signer, "editMessageText")), fake)

    # Replies: the failed one is apologised for; the late one arrived once and is not sent again.
    assert fake.texts(60_001) == [APOLOGY]
    assert fake.texts(60_002) == [APOLOGY]
    assert fake.texts(60_003) == [INTRO, APOLOGY]
    # The pledge whose confirmation failed: stored once, the person told so when they ask again.
    assert await pledge_figures(db) == (1, 1, [1])
    assert fake.texts(signer) == [APOLOGY]
    [edit] = fake.texts(signer, "editMessageText")
    assert edit == CATALOG.format("pledge-already", {"date": datetime.now(ZoneInfo("Europe/Minsk"))}, "en")
    # The post: one refused try, then sent once.
    assert fake.texts(CHANNEL) == [POST]
    assert [c.params["text"] for c in fake.calls("sendMessage") if c.params["chat_id"] == CHANNEL] == [
        POST
    ] * 2
    async with db.transaction() as session:
        assert (await session.execute(select(PostDelivery.status, PostDelivery.attempts))).all() == [
            ("sent", 2)
        ]
        logged = dict(
            (await session.execute(select(BroadcastDelivery.subscriber_id, BroadcastDelivery.status))).all()
        )
    # The broadcast: everyone once, except the one whose sends all failed; the timeout is not resent.
    assert {p: fake.delivered[p] for p in SUBSCRIBERS} == {p: 0 if p == DOWN else 1 for p in SUBSCRIBERS}
    assert sorted(logged.values()).count("sent") == len(SUBSCRIBERS) - 2
    assert sorted(s for s in logged.values() if s != "sent") == ["failed", "unknown"]
    done = [t for t in admin_sees(fake) if t.startswith(DONE)]
    assert f"{len(SUBSCRIBERS) - 2} sent, 2 not delivered" in done[-1]


SECRET = "s3cret-token_for-tests"
PERSON = 60_100


@pytest.fixture
async def flaky_webhook(
    make_settings: Callable[..., Settings], flaky_telegram: tuple[FlakyTelegram, str], db: Database
) -> AsyncIterator[tuple[FlakyTelegram, Callable[[dict[str, Any]], Awaitable[int]]]]:
    """The bot in webhook mode over the flaky Bot API; yields the fake and a POST as Telegram's."""
    fake, base_url = flaky_telegram
    hook = "https://bot.example.org/tg/hook"
    async with running_webhook_bot(make_settings, fake, base_url, hook, SECRET) as origin:

        async def deliver(update: dict[str, Any]) -> int:
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            async with aiohttp.ClientSession() as session:
                response = await session.post(f"{origin}/tg/hook", json=update, headers=headers)
                return response.status

        yield fake, deliver


async def test_webhook_a_pledge_whose_confirmation_timed_out_is_confirmed_once(
    flaky_webhook: tuple[FlakyTelegram, Callable[[dict[str, Any]], Awaitable[int]]], db: Database
) -> None:
    """The edit reached the person though its answer came late: no second confirmation on redelivery."""
    fake, deliver = flaky_webhook
    fake.fault(PERSON, Fault(late=LATE))
    press = tg_callback(1, PERSON, "pledge:anonymous")
    assert await deliver(press) == 200  # as in polling: not sent again
    assert await deliver(press) == 200  # Telegram delivered it again all the same (our 200 was lost)
    assert len(fake.texts(PERSON, "editMessageText")) == 1
    assert fake.texts(PERSON) == [APOLOGY]
    assert await pledge_figures(db) == (1, 1, [1])


async def test_webhook_an_answer_sent_in_part_is_not_sent_again(
    flaky_webhook: tuple[FlakyTelegram, Callable[[dict[str, Any]], Awaitable[int]]],
) -> None:
    """/about's first message arrived and its second failed (502): an apology, not a redelivery."""
    fake, deliver = flaky_webhook
    fake.fault(PERSON, Fault(late=0.01), Fault(502))  # the first goes through, the second is refused
    assert await deliver(tg_message(2, PERSON, "/about")) == 200
    assert fake.texts(PERSON) == [CATALOG.format("about-campaign", locale="en"), APOLOGY]


async def test_webhook_a_reply_refused_before_anything_arrived_is_redelivered(
    flaky_webhook: tuple[FlakyTelegram, Callable[[dict[str, Any]], Awaitable[int]]], db: Database
) -> None:
    """A 5xx on the first send: 500, and the redelivery is answered in full (it is not taken as handled)."""
    fake, deliver = flaky_webhook
    fake.fault(PERSON, Fault(502))
    press = tg_callback(3, PERSON, "pledge:anonymous")
    assert await deliver(press) == 500
    assert await deliver(press) == 200
    [confirmation] = fake.texts(PERSON, "editMessageText")
    assert confirmation == fake.calls("editMessageText")[-1].params["text"]
    assert await pledge_figures(db) == (1, 1, [1])


async def test_webhook_the_database_failing_right_after_a_safe_mode_send_leaves_its_deletion_on_record(
    whole_bot_settings: Callable[..., Settings],
    flaky_telegram: tuple[FlakyTelegram, str],
    db: Database,
    proxy: PgProxy,
) -> None:
    """The record was made before the send: the reply still vanishes later, and is not sent twice."""
    fake, base_url = flaky_telegram
    proxied_url = proxy.url_for(db.engine.url.render_as_string(False))

    def via_proxy(**areas: Any) -> Settings:
        return whole_bot_settings(base_url, fake.token, proxied_url, **areas)

    settings = via_proxy(telegram={}, core={})
    hasher = load_hasher(settings.storage)
    await PeopleService(db).set_safe_mode(hasher.user_ref("telegram", PERSON), "ru", True)
    pledge = tg_message(5, PERSON, "/pledge", lang="ru")
    async with running_webhook_bot(
        via_proxy, fake, base_url, "https://bot.example.org/tg/hook", SECRET
    ) as origin:
        arrived = fake.hold(PERSON)  # the intro is delivered; its answer waits
        pledge["message"]["message_id"] = 999 + len(fake.messages)  # ids run on: the fake's from 1000
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with aiohttp.ClientSession() as http:
            posting = asyncio.create_task(http.post(f"{origin}/tg/hook", json=pledge, headers=headers))
            await asyncio.wait_for(arrived.wait(), 10)
            proxy.cut()  # the database goes away between the send and the record of its id
            fake.released.set()
            response = await posting
            assert response.status == 200  # sent: Telegram must not deliver it again for a second copy
            proxy.resume()
    [intro] = [message for chat, message in fake.messages if chat == PERSON]
    assert len(fake.texts(PERSON)) == 1
    waiting = PendingDeletions(db, hasher, timedelta(minutes=10))
    [due], _ = await waiting.take_due("telegram", datetime.now(UTC) + timedelta(minutes=11))
    assert due.address == str(PERSON)
    assert due.message_ids[0] == pledge["message"]["message_id"]  # from the person's command on...
    assert intro in due.message_ids  # ...with the intro whose id was never recorded
