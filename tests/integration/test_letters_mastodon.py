"""/letters as a Mastodon mention word: a public mention with a name gets the address (unlisted, threaded)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.adapters.mastodon import MastodonFrontend
from bot.i18n import Catalog
from bot.services.letters import LetterService, parse
from bot.settings import Settings
from bot.storage.session import Database
from bot.wiring import build_router
from tests.conftest import serving
from tests.fakes.mastodon import FakeMastodon

pytestmark = pytest.mark.integration
CATALOG = Catalog()
DATA = Path(__file__).resolve().parents[1] / "data" / "prisoners-invented.csv"


@pytest.fixture
async def fake() -> AsyncIterator[FakeMastodon]:
    instance = FakeMastodon()
    async with serving(instance.app()) as instance.origin:
        yield instance


async def test_a_public_mention_finds_a_prisoner_by_name_in_latin_letters(
    make_settings: Callable[..., Settings], fake: FakeMastodon, db: Database
) -> None:
    settings = make_settings(mastodon={"api_base_url": fake.origin, "access_token": fake.token})
    await LetterService(db).replace(parse(DATA.read_bytes()), "list.csv", datetime.now(UTC))
    mention = fake.mention("anna@minsk.example", "letters Ales Prydumany", language="en")
    guide = fake.mention("jonas@berlin.example", "schreiben", language="de")
    masto = MastodonFrontend(settings, build_router(settings, db), db, retry_delays=(0.01, 0.01))
    await masto.start()
    try:
        assert await masto.poll_mentions_once() == 2
    finally:
        await masto.stop()
    [first] = fake.replies_to(mention.status_id)
    text = " ".join(part.text for part in fake.thread(first))
    assert first.visibility == "unlisted" and first.text.startswith("@anna@minsk.example ")
    assert "Кому: Прыдуманы Алесь Тэставіч" in text and "Выдуманая вобл., 999990" in text
    [how] = fake.replies_to(guide.status_id)
    assert CATALOG.format("letters-guide", locale="de").split("\n")[0] in how.text
