"""Receipts of the public pledge log: shown once after a pledge (never in safe mode), and /verify."""

from __future__ import annotations

from bot.core import Button, Context, Reply, Request
from bot.services.transparency import merkle, receipt
from bot.services.transparency.log import BadRequestError
from bot.services.transparency.publisher import next_boundary


def receipt_button(request: Request, ctx: Context, leaf: int, secret: bytes) -> tuple[Button, ...]:
    """The "get a receipt" button under a pledge's confirmation; nothing in safe mode.

    Nor on Mastodon: a status has no buttons, and a receipt there would sit on a server, linked to the
    account (publicly, if the person's next mention is public).
    """
    if request.safe_mode or leaf < 0 or request.platform == "mastodon":
        return ()
    return (Button("receipt-offer", f"receipt:{ctx.receipts.offer(leaf, secret)}"),)


async def show_receipt(request: Request, ctx: Context) -> list[Reply]:
    """The press: the receipt, once, with what keeping it means."""
    if request.safe_mode:  # switched on since the offer: the receipt is not shown
        return [Reply("receipt-gone", vanish=True)]
    held = ctx.receipts.take((request.callback or "").partition(":")[2])
    if held is None:
        return [Reply("receipt-gone")]
    leaf, secret = held
    return [Reply("receipt-shown", {"receipt": receipt.make_receipt(leaf, secret), "leaf": leaf})]


async def verify(request: Request, ctx: Context) -> list[Reply]:
    """/verify RECEIPT: is its leaf in the latest checkpoint?"""
    if not request.args:
        return [Reply("verify-usage")]
    try:
        leaf, secret = receipt.parse_receipt(" ".join(request.args))
    except ValueError:
        return [Reply("verify-malformed")]
    latest = await ctx.transparency.latest()
    if latest is None or leaf >= latest.size:
        period = ctx.settings.transparency.checkpoint_minutes
        return [Reply("verify-pending", {"leaf": leaf, "when": ctx.local(next_boundary(ctx.now(), period))})]
    [entry] = await ctx.transparency.leaves(leaf, 1)
    try:
        leaf_hash, proof = await ctx.transparency.inclusion(leaf, latest.size)
    except BadRequestError:  # pragma: no cover - the latest checkpoint always has its nodes
        return [Reply("verify-failed", {"leaf": leaf})]
    included = merkle.verify_inclusion(leaf_hash, leaf, latest.size, proof, latest.root)
    if entry != receipt.pledge_entry(secret) or merkle.leaf_hash(entry) != leaf_hash or not included:
        return [Reply("verify-failed", {"leaf": leaf})]
    return [Reply("verify-ok", {"leaf": leaf, "size": latest.size, "count": latest.count})]


COMMANDS = {"verify": verify}
CALLBACKS = {"receipt": show_receipt}
