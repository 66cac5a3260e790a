"""Receipts through the router: offered after a pledge (not in safe mode), shown once, checked by /verify."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.core import Incoming, Outgoing
from bot.i18n import Catalog
from bot.identity import IdentityHasher
from bot.router import Router
from bot.services.lockdown import Lockdown
from bot.services.transparency import checkpoint, receipt
from bot.services.transparency.publisher import Publisher
from bot.settings import Settings
from bot.storage.session import Database
from bot.wiring import FEATURES, build_context

CATALOG = Catalog(strict=True)
NOW = datetime(2027, 5, 20, 12, 10, tzinfo=UTC)
SKEY, _VKEY = checkpoint.generate_key("test.invalid/pledges")


@pytest.fixture
def router(db: Database, make_settings: Callable[..., Settings]) -> Router:
    hasher = IdentityHasher(b"k" * 40)
    ctx = replace(build_context(make_settings(), db, hasher, CATALOG), now=lambda: NOW)
    return Router(FEATURES, ctx, CATALOG, hasher)


def publisher(router: Router) -> Publisher:
    db = router.ctx.transparency.db
    return Publisher(
        db, checkpoint.NoteSigner.from_skey(SKEY), "test.invalid/pledges", 60, CATALOG, [], Lockdown(db)
    )


def press(user: int, data: str, lang: str = "en") -> Incoming:
    return Incoming("telegram", user, lang, callback_data=data)


def said(user: int, text: str, lang: str = "en") -> Incoming:
    return Incoming("telegram", user, lang, text=text)


def buttons(replies: list[Outgoing]) -> list[str]:
    return [data for reply in replies for row in reply.buttons for _, data in row]


async def signed_with_receipt(router: Router, user: int, lang: str = "en") -> str:
    """Sign (with the safe-mode question answered), press "Get a receipt"; the receipt shown."""
    await router.handle(said(user, "/lang " + lang, lang))
    await router.handle(press(user, "safe:off", lang))
    confirmed = await router.handle(press(user, "pledge:anonymous", lang))
    [offer] = buttons(confirmed)
    assert offer.startswith("receipt:")
    [shown] = await router.handle(press(user, offer, lang))
    [text] = [word for word in shown.text.split() if word.startswith("FTA1-")]
    again = await router.handle(press(user, offer, lang))
    assert "no longer available" in again[0].text or lang != "en"  # shown once only
    return text


async def test_a_receipt_is_shown_once_with_the_warning_and_verifies_after_the_checkpoint(
    router: Router,
) -> None:
    pub = publisher(router)
    await pub.run_once(NOW)  # the genesis checkpoint
    text = await signed_with_receipt(router, 1)
    leaf, secret = receipt.parse_receipt(text)
    assert leaf == 0 and len(secret) == 32
    [pending] = await router.handle(said(1, f"/verify {text}"))
    assert (
        "not in a published checkpoint yet" in pending.text and "4:00" in pending.text
    )  # 13:00 UTC in Minsk
    await pub.run_once(datetime(2027, 5, 20, 13, 0, 5, tzinfo=UTC))
    [ok] = await router.handle(said(2, f"/verify {text}"))  # anyone holding it may check
    assert "checks out" in ok.text and "entry 0" in ok.text
    forged = receipt.make_receipt(leaf, bytes(32))
    [failed] = await router.handle(said(2, f"/verify {forged}"))
    assert "does not match" in failed.text
    [bad] = await router.handle(said(2, "/verify FTA1-0-abc"))
    assert "This is not a receipt" in bad.text
    [usage] = await router.handle(said(2, "/verify"))
    assert "followed by your receipt" in usage.text


async def test_the_receipt_warns_in_the_signers_language(router: Router) -> None:
    await publisher(router).run_once(NOW)
    await router.handle(said(3, "/lang pl", "pl"))
    await router.handle(press(3, "safe:off", "pl"))
    confirmed = await router.handle(press(3, "pledge:anonymous", "pl"))
    [shown] = await router.handle(press(3, buttons(confirmed)[0], "pl"))
    assert "Uwaga" in shown.text and "FTA1-0-" in shown.text


async def test_safe_mode_never_offers_a_receipt(router: Router) -> None:
    await router.handle(said(4, "/lang be", "be"))
    await router.handle(press(4, "safe:on", "be"))
    confirmed = await router.handle(press(4, "pledge:anonymous", "be"))
    assert not buttons(confirmed)


async def test_a_forged_or_stale_receipt_button_shows_nothing(router: Router) -> None:
    [reply] = await router.handle(press(5, "receipt:nonsense"))
    assert "no longer available" in reply.text
