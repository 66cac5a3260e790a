"""The Mastodon front-end against a fake instance over HTTP: threads, retries, mentions, pacing."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest
from mastodon import MastodonUnauthorizedError
from sqlalchemy import delete, func, select, update

from bot.adapters.mastodon import MastodonFrontend, PerAccountLimit
from bot.core import Incoming
from bot.i18n import Catalog
from bot.services.delivery import Delivery
from bot.services.post_input import plain_to_html
from bot.settings import LOCALES, Settings
from bot.storage.models import MastodonCursor, MastodonReply, MastodonStatus, Pledge, utcnow
from bot.storage.session import Database
from bot.wiring import build_router
from scheduler.clock import Clock
from scheduler.mastodon_jobs import schedule_mastodon_jobs
from tests.conftest import serving
from tests.fakes.mastodon import FakeMastodon, Mention, Posted

pytestmark = pytest.mark.integration
CATALOG = Catalog()
COUNTER = re.compile(r" \(\d+/\d+\)(?=\n\n#|$)")
FAST: dict[str, Any] = {"retry_delays": (0.01, 0.01), "request_timeout": 5.0}


@pytest.fixture
async def fake() -> AsyncIterator[FakeMastodon]:
    """The fake instance, served on a free loopback port (`fake.origin`)."""
    instance = FakeMastodon()
    async with serving(instance.app()) as instance.origin:
        yield instance


@pytest.fixture
def settings(make_settings: Callable[..., Settings], fake: FakeMastodon) -> Settings:
    return make_settings(mastodon={"api_base_url": fake.origin, "access_token": fake.token})


@asynccontextmanager
async def frontend(settings: Settings, db: Database, **options: Any) -> AsyncIterator[MastodonFrontend]:
    """A started front-end with its own router, as a fresh process would build it."""
    masto = MastodonFrontend(settings, build_router(settings, db), db, **(FAST | options))
    await masto.start()
    try:
        yield masto
    finally:
        await masto.stop()


def long_post(locale: str) -> str:
    """The campaign's demands with their hashtags, as Telegram HTML: several statuses long."""
    return "<b>" + plain_to_html(CATALOG.format("about-campaign", locale=locale)) + "</b>"


def thread_text(parts: list[Posted], prefix: str = "") -> str:
    """A thread's text as one, without the @mention prefixes and the (i/n) counters."""
    return " ".join(COUNTER.sub("", part.text.removeprefix(prefix)) for part in parts)


def reply_to(fake: FakeMastodon, mention: Mention) -> list[Posted]:
    [first] = fake.replies_to(mention.status_id)
    return fake.thread(first)


def mention_replies(fake: FakeMastodon) -> list[str]:
    """The mentions the bot answered, in the order of its first replies (not its own thread parts)."""
    own = {post.id for post in fake.posted}
    return [
        post.in_reply_to_id for post in fake.posted if post.in_reply_to_id and post.in_reply_to_id not in own
    ]


async def row_count(db: Database, table: Any) -> int:
    async with db.transaction() as session:
        return int((await session.execute(select(func.count()).select_from(table))).scalar_one())


# -- start ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("has_v2", [True, False])
async def test_start_reads_the_limit_and_the_account(
    settings: Settings, db: Database, fake: FakeMastodon, has_v2: bool
) -> None:
    fake.has_v2 = has_v2
    fake.max_characters = 321
    async with frontend(settings, db) as masto:
        assert masto.max_characters == 321
        assert masto.acct == "freethemall@campaign.example"


async def test_a_refused_token_stops_the_start(
    make_settings: Callable[..., Settings], db: Database, fake: FakeMastodon
) -> None:
    settings = make_settings(mastodon={"api_base_url": fake.origin, "access_token": "revoked"})
    masto = MastodonFrontend(settings, build_router(settings, db), db)
    with pytest.raises(MastodonUnauthorizedError):
        await masto.start()
    await masto.stop()


# -- posting ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("locale", LOCALES)
async def test_a_long_post_becomes_a_thread_in_each_language(
    settings: Settings, db: Database, fake: FakeMastodon, locale: str
) -> None:
    """Each part fits, no word is cut, hashtags close the last part, replies chain, language set."""
    async with frontend(settings, db) as masto:
        result = await masto.publish(f"mastodon:{locale}", long_post(locale), "delivery-7")
    assert result.outcome is Delivery.SENT
    parts = fake.thread(fake.posted[0])
    assert len(parts) == len(fake.posted) > 2
    assert result.message_id == int(parts[0].id)
    plain = CATALOG.format("about-campaign", locale=locale)
    assert thread_text(parts).split() == plain.split()
    assert all(len(part.text) <= fake.max_characters for part in parts)  # the fake refuses more, too
    tags = plain.strip().splitlines()[-1]
    assert parts[-1].text.endswith("\n\n" + tags)
    assert all("#" not in part.text for part in parts[:-1])
    assert [part.in_reply_to_id for part in parts] == [None] + [part.id for part in parts[:-1]]
    assert {part.language for part in parts} == {locale}
    assert {part.visibility for part in parts} == {"public"}
    assert [part.idempotency_key for part in parts] == [f"delivery-7:{n}" for n in range(1, len(parts) + 1)]


async def test_a_500_mid_thread_does_not_double_the_first_part(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    fake.fail_next("post_status", 500, times=10, after=1)
    async with frontend(settings, db) as masto:
        failed = await masto.publish("mastodon:en", long_post("en"), "delivery-9")
        assert failed.outcome is Delivery.FAILED
        assert len(fake.posted) == 1
        assert fake.routes_answered("post_status", 500) == 3  # tried, then retried twice
        fake.failures.clear()
        fake.forget_idempotency_keys()  # an hour later: only our table knows what was posted
        done = await masto.publish("mastodon:en", long_post("en"), "delivery-9")
    assert done.outcome is Delivery.SENT
    assert done.message_id == int(fake.posted[0].id)
    parts = fake.thread(fake.posted[0])
    assert len(parts) == len(fake.posted)
    assert [p.idempotency_key for p in fake.posted].count("delivery-9:1") == 1
    assert thread_text(parts).split() == CATALOG.format("about-campaign", locale="en").split()


async def test_a_passing_server_error_is_retried_inside_publish(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    fake.fail_next("post_status", 503, times=1, after=1)
    async with frontend(settings, db) as masto:
        result = await masto.publish("mastodon:de", long_post("de"), "delivery-10")
    assert result.outcome is Delivery.SENT
    assert fake.routes_answered("post_status", 503) == 1
    assert len(fake.thread(fake.posted[0])) == len(fake.posted)


async def test_a_timeout_whose_status_went_through_is_retried_without_a_copy(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    """The instance posted but answered too late: the retry carries the same Idempotency-Key."""
    async with frontend(settings, db, request_timeout=0.3) as masto:
        fake.answer_late("post_status", 1.0)
        result = await masto.publish("mastodon:en", "Free them all.", "delivery-17")
    assert result.outcome is Delivery.SENT
    assert sum(1 for route, _ in fake.requests if route == "post_status") == 2
    assert [post.text for post in fake.posted] == ["Free them all."]
    assert result.message_id == int(fake.posted[0].id)


async def test_an_instance_down_at_start_is_tried_again_on_first_use(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    fake.fail_next("instance", 503)
    async with frontend(settings, db) as masto:
        assert masto.acct is None
        result = await masto.publish("mastodon:lt", "Laisvę politiniams kaliniams.", "delivery-18")
        assert masto.acct == "freethemall@campaign.example"
    assert result.outcome is Delivery.SENT
    assert fake.posted[0].language == "lt"


async def test_the_same_delivery_after_a_restart_posts_nothing_new(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    async with frontend(settings, db) as masto:
        first = await masto.publish("mastodon:pl", long_post("pl"), "delivery-11")
    posted = len(fake.posted)
    fake.forget_idempotency_keys()
    async with frontend(settings, db) as restarted:
        again = await restarted.publish("mastodon:pl", long_post("pl"), "delivery-11")
    assert again == first
    assert len(fake.posted) == posted
    assert await row_count(db, MastodonStatus) == posted


async def test_the_idempotency_key_covers_a_crash_before_our_record(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    """Posted, then the process died before writing its row: Mastodon's key still prevents a copy."""
    async with frontend(settings, db) as masto:
        await masto.publish("mastodon:fr", "<i>Libérez-les tous.</i>", "delivery-12")
        async with db.transaction() as session:
            await session.execute(delete(MastodonStatus))
        result = await masto.publish("mastodon:fr", "<i>Libérez-les tous.</i>", "delivery-12")
    assert result.outcome is Delivery.SENT
    assert [post.text for post in fake.posted] == ["Libérez-les tous."]


async def test_refusals_are_not_retried(settings: Settings, db: Database, fake: FakeMastodon) -> None:
    async with frontend(settings, db) as masto:
        fake.max_characters = 30  # the instance changed its limit since we read it
        too_long = await masto.publish("mastodon:en", "A text of more than thirty characters.", "d-1")
        fake.fail_next("post_status", 403)
        forbidden = await masto.publish("mastodon:en", "Short.", "d-2")
        unknown = await masto.publish("mastodon:xx", "Short.", "d-3")
    assert too_long.outcome is Delivery.REFUSED
    assert too_long.reason is not None and "422" in too_long.reason and "character limit" in too_long.reason
    assert (
        forbidden.outcome is Delivery.REFUSED and forbidden.reason is not None and "403" in forbidden.reason
    )
    assert unknown.outcome is Delivery.REFUSED
    assert fake.routes_answered("post_status", 422) == 1
    assert fake.posted == []


async def test_links_keep_their_address(settings: Settings, db: Database, fake: FakeMastodon) -> None:
    body = 'Read <a href="https://spring96.org/en/news/115297">Viasna&#x27;s statement</a> &amp; share.'
    async with frontend(settings, db) as masto:
        await masto.publish("mastodon:en", body, "delivery-13")
    assert fake.posted[0].text == "Read Viasna's statement (https://spring96.org/en/news/115297) & share."


# -- rate limits and the event loop --------------------------------------------------------------------
async def test_a_429_makes_the_client_wait_for_the_reset_and_retry(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    async with frontend(settings, db) as masto:
        fake.fail_next("post_status", 429, reset_in=0.8)
        started = time.monotonic()
        result = await masto.publish("mastodon:en", "Free them all.", "delivery-14")
        waited = time.monotonic() - started
    assert result.outcome is Delivery.SENT
    assert fake.routes_answered("post_status", 429) == 1
    assert len(fake.posted) == 1
    assert waited >= 0.5


async def test_calls_are_paced_so_the_limit_is_never_hit(
    make_settings: Callable[..., Settings], db: Database
) -> None:
    """Five calls a second allowed: a six-part thread waits for the window instead of getting 429s."""
    fake = FakeMastodon(rate_limit=5, rate_window=1.0)
    async with serving(fake.app()) as origin:
        settings = make_settings(mastodon={"api_base_url": origin, "access_token": fake.token})
        async with frontend(settings, db) as masto:
            result = await masto.publish("mastodon:en", long_post("en"), "delivery-15")
    assert result.outcome is Delivery.SENT
    assert len(fake.posted) >= 4
    assert not any(code == 429 for _, code in fake.answers)


async def test_a_slow_instance_does_not_block_the_event_loop(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.02)
            ticks += 1

    async with frontend(settings, db) as masto:
        fake.delays["post_status"] = 0.6
        task = asyncio.create_task(ticker())
        result = await masto.publish("mastodon:en", "Free them all.", "delivery-16")
        task.cancel()
    assert result.outcome is Delivery.SENT
    assert ticks >= 15  # about 30 while the status was being posted


# -- mentions -----------------------------------------------------------------------------------------------
async def test_mentions_in_several_languages_get_the_right_replies(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    stats = fake.mention("anna@minsk.example", "статыстыка", language="be")
    pledge = fake.mention("Piotr@Warszawa.example", "Podpisz!", visibility="direct", language="pl")
    help_ = fake.mention("jonas", "Hilfe", visibility="unlisted", language="de")
    unknown = fake.mention("claire@paris.example", "bonsoir", language="fr")
    subscribe = fake.mention("olga@moscow.example", "подписка", visibility="private", language="ru")
    router = build_router(settings, db)  # what the router says to her now, before the pledge below
    expected_stats = await router.handle(
        Incoming("mastodon", "anna@minsk.example", "be", "/stats", private=False)
    )
    async with frontend(settings, db) as masto:
        answered = await masto.poll_mentions_once()
    assert answered == 5

    stats_reply = reply_to(fake, stats)
    assert all(part.text.startswith("@anna@minsk.example ") for part in stats_reply)
    assert thread_text(stats_reply, "@anna@minsk.example ").split() == expected_stats[0].text.split()
    assert {(part.visibility, part.language) for part in stats_reply} == {("unlisted", "be")}

    [signed] = reply_to(fake, pledge)
    confirmed = CATALOG.format("pledge-confirmed", {"number": 1, "count": 1}, "pl")
    assert signed.text == f"@Piotr@Warszawa.example {confirmed}"
    assert (signed.visibility, signed.language) == ("direct", "pl")

    help_reply = reply_to(fake, help_)
    assert thread_text(help_reply, "@jonas ").split() == CATALOG.format("help-text", locale="de").split()
    assert {(part.visibility, part.language) for part in help_reply} == {("unlisted", "de")}

    unknown_text = CATALOG.format("mastodon-unknown-word", {"codes": ", ".join(LOCALES)}, "fr")
    assert thread_text(reply_to(fake, unknown), "@claire@paris.example ").split() == unknown_text.split()
    telegram_only = reply_to(fake, subscribe)
    expected = CATALOG.format("mastodon-subscribe-telegram-only", locale="ru")
    assert thread_text(telegram_only, "@olga@moscow.example ").split() == expected.split()
    assert {part.visibility for part in telegram_only} == {"direct"}  # followers-only: answered directly


async def test_a_pledge_by_mention_counts_in_the_shared_total_and_can_be_withdrawn(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    async with frontend(settings, db) as masto:
        router = masto.router
        await router.handle(Incoming("telegram", 4242, "en", callback_data="pledge:anonymous"))
        signed = fake.mention("piotr@warszawa.example", "podpisz", visibility="direct", language="pl")
        local = fake.mention("jonas", "unterschreiben", visibility="direct", language="de")
        assert await masto.poll_mentions_once() == 2
        assert await router.ctx.pledges.count() == 3
        [confirmed] = reply_to(fake, signed)
        assert confirmed.text.endswith(CATALOG.format("pledge-confirmed", {"number": 2, "count": 2}, "pl"))
        async with db.transaction() as session:
            rows = (
                await session.execute(select(Pledge.user_ref, Pledge.platform, Pledge.display_name))
            ).all()
        hasher = router.hasher
        mastodon_refs = {
            hasher.user_ref("mastodon", a) for a in ("piotr@warszawa.example", "jonas@campaign.example")
        }
        assert {row.user_ref for row in rows if row.platform == "mastodon"} == mastodon_refs
        assert all(row.display_name is None for row in rows)  # a handle is never shown as a name

        withdrawn = fake.mention("piotr@warszawa.example", "wycofaj", visibility="direct", language="pl")
        asked = fake.mention("jonas", "forget", visibility="direct", language="de")
        assert await masto.poll_mentions_once() == 2
        assert await router.ctx.pledges.count() == 2  # forget asks first
        question = reply_to(fake, asked)
        again = fake.mention("jonas", "ja", visibility="direct", language="de", in_reply_to=question[0].id)
        assert await masto.poll_mentions_once() == 1
        assert await router.ctx.pledges.count() == 1
    assert reply_to(fake, withdrawn)[0].text.endswith(CATALOG.format("unpledge-done", locale="pl"))
    assert reply_to(fake, again)[0].text.endswith(CATALOG.format("forget-done", locale="de"))
    assert reply_to(fake, local)[0].language == "de"


async def pledged(masto: MastodonFrontend, acct: str) -> bool:
    return (
        await masto.router.ctx.pledges.signed_at(masto.router.hasher.user_ref("mastodon", acct)) is not None
    )


@pytest.mark.parametrize(
    "written",
    [
        "@anna forget it @freethemall",
        "@anna@minsk.example forget it, @freethemall please",
        "@anna sign it, @freethemall has it",
        "@freethemall@elsewhere.example sign it @freethemall thanks",  # another instance's freethemall
    ],
)
async def test_only_the_word_right_after_the_bot_s_own_mention_is_read(
    settings: Settings, db: Database, fake: FakeMastodon, written: str
) -> None:
    async with frontend(settings, db) as masto:
        fake.mention("olga@moscow.example", "sign", visibility="direct")
        assert await masto.poll_mentions_once() == 1
        asked = fake.mention("olga@moscow.example", written, visibility="direct", written=True)
        assert await masto.poll_mentions_once() == 1
        assert await pledged(masto, "olga@moscow.example")  # not erased
        assert await masto.router.ctx.pledges.count() == 1  # and anna is not signed by olga's words
    unknown = CATALOG.format("mastodon-unknown-word", {"codes": ", ".join(LOCALES)}, "en")
    assert thread_text(reply_to(fake, asked), "@olga@moscow.example ").split() == unknown.split()


@pytest.mark.parametrize(
    "written", ["@anna @freethemall sign", "@freethemall @anna sign", "@freethemall@campaign.example sign"]
)
async def test_the_word_after_the_bot_s_mention_is_read_wherever_the_mention_stands(
    settings: Settings, db: Database, fake: FakeMastodon, written: str
) -> None:
    fake.mention("olga@moscow.example", written, visibility="direct", written=True)
    async with frontend(settings, db) as masto:
        assert await masto.poll_mentions_once() == 1
        assert await pledged(masto, "olga@moscow.example")


async def test_forget_asks_and_only_a_yes_from_the_same_account_to_the_question_erases(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    olga = "olga@moscow.example"
    async with frontend(settings, db) as masto:
        masto.limit = PerAccountLimit(count=10)  # more than five answers to one account here
        fake.mention(olga, "подписаться", visibility="direct", language="ru")
        asked = fake.mention(olga, "забыть", visibility="direct", language="ru")
        assert await masto.poll_mentions_once() == 2
        assert await pledged(masto, olga)
        question = reply_to(fake, asked)
        expected = CATALOG.format("mastodon-forget-confirm", {"minutes": 30}, "ru")
        assert thread_text(question, f"@{olga} ").split() == expected.split()
        assert {part.visibility for part in question} == {"direct"}

        last = question[-1].id
        other = fake.mention("anna@minsk.example", "да", visibility="direct", language="ru", in_reply_to=last)
        loose = fake.mention(olga, "да", visibility="direct", language="ru")  # not a reply to the question
        public = fake.mention(olga, "да", visibility="public", language="ru", in_reply_to=last)
        assert await masto.poll_mentions_once() == 3
        assert await pledged(masto, olga)

        confirmed = fake.mention(olga, "да", visibility="direct", language="ru", in_reply_to=question[0].id)
        assert await masto.poll_mentions_once() == 1
        assert not await pledged(masto, olga)
        again = fake.mention(olga, "да", visibility="direct", language="ru", in_reply_to=last)
        assert await masto.poll_mentions_once() == 1
    nothing = CATALOG.format("mastodon-confirm-nothing", {"minutes": 30}, "ru").split()
    assert thread_text(reply_to(fake, other), "@anna@minsk.example ").split() == nothing
    assert thread_text(reply_to(fake, loose), f"@{olga} ").split() == nothing
    direct_only = CATALOG.format("mastodon-direct-only", locale="ru").split()
    assert thread_text(reply_to(fake, public), f"@{olga} ").split() == direct_only
    assert reply_to(fake, confirmed)[0].text == f"@{olga} " + CATALOG.format("forget-done", locale="ru")
    assert thread_text(reply_to(fake, again), f"@{olga} ").split() == nothing


async def test_a_forget_question_expires(settings: Settings, db: Database, fake: FakeMastodon) -> None:
    olga = "olga@moscow.example"
    async with frontend(settings, db) as masto:
        fake.mention(olga, "sign", visibility="direct")
        asked = fake.mention(olga, "forget", visibility="direct")
        assert await masto.poll_mentions_once() == 2
        async with db.transaction() as session:
            await session.execute(
                update(MastodonStatus)
                .where(MastodonStatus.delivery_key.startswith("forget-"))
                .values(posted_at=utcnow() - timedelta(minutes=31))
            )
        late = fake.mention(olga, "yes", visibility="direct", in_reply_to=reply_to(fake, asked)[0].id)
        assert await masto.poll_mentions_once() == 1
        assert await pledged(masto, olga)
    nothing = CATALOG.format("mastodon-confirm-nothing", {"minutes": 30}, "en").split()
    assert thread_text(reply_to(fake, late), f"@{olga} ").split() == nothing


async def test_personal_words_in_a_public_mention_ask_for_a_private_one(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    public = fake.mention("anna@minsk.example", "падпісацца", visibility="public", language="be")
    async with frontend(settings, db) as masto:
        assert await masto.poll_mentions_once() == 1
        assert await masto.router.ctx.pledges.count() == 0
    reply = reply_to(fake, public)
    expected = CATALOG.format("mastodon-direct-only", locale="be")
    assert thread_text(reply, "@anna@minsk.example ").split() == expected.split()
    assert {part.visibility for part in reply} == {"unlisted"}


async def test_lang_by_mention_switches_the_language(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    switched = fake.mention("anna@minsk.example", "мова be", visibility="direct", language="ru")
    async with frontend(settings, db) as masto:
        await masto.poll_mentions_once()
        later = fake.mention("anna@minsk.example", "help", visibility="direct", language="ru")
        await masto.poll_mentions_once()
    [changed] = reply_to(fake, switched)
    assert changed.text.endswith(CATALOG.format("lang-changed", locale="be"))
    assert changed.language == "be"
    assert {part.language for part in reply_to(fake, later)} == {"be"}


async def test_a_restart_does_not_answer_old_mentions_again(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    fake.mention("anna@minsk.example", "stats", language="en")
    async with frontend(settings, db) as masto:
        assert await masto.poll_mentions_once() == 1
    replies = len(fake.posted)
    async with frontend(settings, db) as restarted:
        assert await restarted.poll_mentions_once() == 0
        assert "min_id=5001" in fake.requests[-1][1]  # it read on from its cursor
        async with db.transaction() as session:
            await session.execute(delete(MastodonCursor))  # even without the cursor…
        assert await restarted.poll_mentions_once() == 0  # …the claim table says it was answered
    assert len(fake.posted) == replies


async def test_two_instances_answer_a_mention_once(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    fake.mention("anna@minsk.example", "about", language="en")
    async with frontend(settings, db) as one, frontend(settings, db) as two:
        answered = await asyncio.gather(one.poll_mentions_once(), two.poll_mentions_once())
    assert sum(answered) == 1
    assert await row_count(db, MastodonReply) == 1
    assert len(mention_replies(fake)) == 1


async def test_bots_follows_old_and_deleted_mentions_are_skipped_without_personal_data_in_logs(
    settings: Settings, db: Database, fake: FakeMastodon, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake.mention("helper@bots.example", "stats", bot=True)
    fake.follow("anna@minsk.example")
    fake.mention("anna@minsk.example", "stats", age=timedelta(days=3))
    gone = fake.mention("secretname@minsk.example", "statystyka")
    fake.delete(gone.status_id)  # still listed among the notifications, but the status is gone
    fake.mention("hidden@minsk.example", "statystyka")
    fake.fail_next("get_status", 403, after=1)  # its author blocked the bot meanwhile
    async with frontend(settings, db) as masto:
        assert await masto.poll_mentions_once() == 0
    assert fake.posted == []
    assert "skipped: its status is gone" in caplog.text
    assert "skipped: its status cannot be read (403" in caplog.text
    for record in caplog.records:
        message = record.getMessage()
        assert not {"secretname", "hidden", "anna", "statystyka"} & set(re.findall(r"\w+", message))


async def test_an_account_gets_at_most_five_answers_in_ten_minutes(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    for _ in range(7):
        fake.mention("flood@spam.example", "help")
    fake.mention("anna@minsk.example", "help")
    async with frontend(settings, db) as masto:
        assert await masto.poll_mentions_once() == 6
    answered = [fake.statuses[status]["account"]["acct"] for status in mention_replies(fake)]
    assert answered == ["flood@spam.example"] * 5 + ["anna@minsk.example"]


async def test_many_mentions_are_read_page_by_page_oldest_first(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    fake.rate_limit = 10_000  # the 300 calls of a real window would make this test wait
    mentions = [fake.mention(f"reader{n}@town.example", "about") for n in range(45)]
    async with frontend(settings, db) as masto:
        assert await masto.poll_mentions_once() == 45
    assert mention_replies(fake) == [mention.status_id for mention in mentions]
    assert sum(1 for route, _ in fake.requests if route == "notifications") == 2


async def test_a_stopping_front_end_takes_no_new_work(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    fake.mention("anna@minsk.example", "about", language="en")
    async with frontend(settings, db) as masto:
        masto.request_stop()  # the clock is stopping
        assert await masto.poll_mentions_once() == 0
        result = await masto.publish("mastodon:en", "Free them all.", "delivery-19")
    assert result.outcome is Delivery.FAILED  # the dispatcher tries again after the restart
    assert fake.posted == []


async def test_the_clock_polls_mentions(settings: Settings, db: Database, fake: FakeMastodon) -> None:
    mention = fake.mention("anna@minsk.example", "about", language="en")
    clock = Clock("Europe/Minsk")
    async with frontend(settings, db) as masto:
        schedule_mastodon_jobs(clock, masto, poll_seconds=0.1)
        assert clock.scheduler.get_job("mastodon-mentions") is not None
        clock.start()
        try:
            for _ in range(100):
                if fake.replies_to(mention.status_id):
                    break
                await asyncio.sleep(0.05)
        finally:
            await clock.stop(5)
    assert fake.replies_to(mention.status_id)


async def test_a_reply_that_failed_is_given_at_the_next_poll(
    settings: Settings, db: Database, fake: FakeMastodon
) -> None:
    """The instance answers 5xx to every try of a reply: the mention is not lost but answered later."""
    mention = fake.mention("anna@minsk.example", "stats", language="en")
    fake.fail_next("post_status", 503, times=3)  # the first try and both retries
    async with frontend(settings, db) as masto:
        assert await masto.poll_mentions_once() == 0
        assert fake.replies_to(mention.status_id) == []
        assert await masto.poll_mentions_once() == 1
    assert len(fake.replies_to(mention.status_id)) == 1
