"""Hostile mentions through the fake Mastodon, and hostile lines typed into the console front-end."""

from __future__ import annotations

import io
import itertools
import logging
from collections.abc import AsyncIterator, Callable

import pytest
from hypothesis import strategies as st

from bot.adapters.console import ConsoleFrontend
from bot.adapters.mastodon import MastodonFrontend
from bot.adapters.mastodon_words import WORDS, read_ask
from bot.router import Router
from bot.settings import LOCALES, Settings
from bot.storage.session import Database
from bot.wiring import build_router
from tests.conftest import serving
from tests.fakes.mastodon import FakeMastodon
from tests.hostile._harness import RecordingCatalog, bad_log_lines, check_property, expected_locale
from tests.hostile.corpus import NASTY, hostile_text

ACCOUNTS = itertools.count(1)
WORDS_ANY = sorted({word for words in WORDS.values() for spellings in words.values() for word in spellings})
MASTODON_LANGUAGES = (*LOCALES, None, "zz", "pt", "xx")


@pytest.fixture
async def fake() -> AsyncIterator[FakeMastodon]:
    instance = FakeMastodon()
    instance.rate_limit = 100_000
    async with serving(instance.app()) as instance.origin:
        yield instance


@pytest.fixture
def router(db: Database, make_settings: Callable[..., Settings], fake: FakeMastodon) -> Router:
    settings = make_settings(mastodon={"api_base_url": fake.origin, "access_token": fake.token})
    return build_router(settings, db, RecordingCatalog())


async def test_hostile_mentions_get_one_reply_in_the_person_s_language(
    router: Router, db: Database, fake: FakeMastodon, caplog: pytest.LogCaptureFixture
) -> None:
    masto = MastodonFrontend(router.ctx.settings, router, db, retry_delays=(0.01,), request_timeout=5.0)
    await masto.start()
    catalog = router.catalog
    assert isinstance(catalog, RecordingCatalog)
    text = st.one_of(
        hostile_text(),
        st.tuples(st.sampled_from(WORDS_ANY), hostile_text()).map(" ".join),
        st.tuples(
            st.sampled_from(["lang", "мова", "język"]), st.sampled_from([*LOCALES, "xx", "zz-ZZ", ""])
        ).map(" ".join),
    )

    async def prop(words: str, language: str | None, visibility: str) -> None:
        acct = f"person{next(ACCOUNTS)}@example.social"  # a fresh account: no stored language, no limit
        mention = fake.mention(acct, words, visibility=visibility, language=language)
        catalog.used.clear()
        assert await masto.poll_mentions_once() == 1
        [reply, *more] = fake.thread(fake.replies_to(mention.status_id)[0])
        stored = await router.ctx.people.locale_of(router.hasher.user_ref("mastodon", full(acct)))
        allowed = {expected_locale(None, language), stored}
        ask = read_ask(words)
        if ask.action == "lang" and ask.arg in LOCALES:  # `lang be` is answered in Belarusian, even publicly
            allowed.add(ask.arg)
        assert reply.language in allowed
        assert not catalog.foreign(allowed), catalog.foreign(allowed)
        assert all(part.text.startswith(f"@{acct} ") for part in [reply, *more])

    try:
        await check_property(
            prop,
            text,
            st.sampled_from(MASTODON_LANGUAGES),
            st.sampled_from(["public", "unlisted", "private", "direct"]),
            max_examples=40,
        )
    finally:
        await masto.stop()
    assert not bad_log_lines(caplog.records)


def full(acct: str) -> str:
    return acct.lower()


async def test_hostile_lines_in_the_console(router: Router, caplog: pytest.LogCaptureFixture) -> None:
    """Every line gets an answer in the console's language; numbers press buttons or are plain text."""
    catalog = router.catalog
    assert isinstance(catalog, RecordingCatalog)
    lines = st.lists(
        st.one_of(
            hostile_text(), st.sampled_from(["1", "2", "3", "9", "0", "²", "٣", "/start", "/pledge", "/lang"])
        ),
        min_size=1,
        max_size=6,
    )

    async def prop(typed: list[str], lang: str | None) -> None:
        out = io.StringIO()
        console = ConsoleFrontend(router, io.StringIO("\n".join(typed) + "\n"), out)
        console.user = f"user{next(ACCOUNTS)}"
        console.language_code = lang
        catalog.used.clear()
        await console.run()
        stored = await router.ctx.people.locale_of(router.hasher.user_ref("console", console.user))
        allowed = {expected_locale(None, lang), stored, *LOCALES} if stored else {expected_locale(None, lang)}
        assert not catalog.foreign(allowed), catalog.foreign(allowed)
        blocks = [block for block in out.getvalue().split("\n\n") if block.strip()]
        answered = [line for line in typed if line.strip() and "\n" not in line.strip()]
        assert len(blocks) >= 1 + len(answered)  # the banner, then at least one block per line
        assert "Traceback" not in out.getvalue()

    await check_property(
        prop,
        lines,
        st.sampled_from(["C.UTF-8", "be_BY.UTF-8", "zz_ZZ", None, "", *NASTY[:6]]),
        max_examples=40,
    )
    assert not bad_log_lines([r for r in caplog.records if r.levelno >= logging.WARNING])
