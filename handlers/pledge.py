"""/pledge, /unpledge and /forget: sign the demand once, privately; withdraw; erase everything."""

from __future__ import annotations

import math

from bot.core import Button, Context, Reply, Request
from bot.errors import AlreadySignedError, SlowDownError
from handlers.safety import safety_unanswered
from handlers.transparency import receipt_button

INTRO: tuple[tuple[str, dict[str, object]], ...] = (("pledge-intro", {}),)  # after a warning or hint


def pledges_open(request: Request, ctx: Context) -> bool:
    """Public front-ends take pledges only with PLEDGE_HASH_KEY set; the local console always."""
    return request.platform == "console" or ctx.settings.storage.pledge_hash_key is not None


async def pledge(request: Request, ctx: Context) -> list[Reply]:
    """Say what is signed and what is kept, then offer: with my name / anonymously / cancel."""
    if not pledges_open(request, ctx):
        return [Reply("pledge-disabled")]
    signed_at = await ctx.pledges.signed_at(request.user_ref)
    if signed_at is not None:
        return [Reply("pledge-already", {"date": ctx.local(signed_at)}, vanish=True)]
    choices: list[tuple[Button, ...]] = []
    if request.display_name:
        choices.append((Button("pledge-sign-named", "pledge:named", {"name": request.display_name}),))
    choices.append((Button("pledge-sign-anonymous", "pledge:anonymous"),))
    choices.append((Button("pledge-cancel", "pledge:cancel"),))
    if safety_unanswered(request):  # offer safe mode before anything is signed
        choices.insert(0, (Button("pledge-safe-button", "safe:on"),))
        return [Reply("pledge-safe-hint", buttons=tuple(choices), lines=INTRO)]
    if request.safe_mode:  # before the buttons: what a record on a seized phone may mean
        values = {"minutes": ctx.settings.safety.safe_mode_delete_minutes}
        return [Reply("pledge-safe-warning", values, tuple(choices), lines=INTRO, vanish=True)]
    return [Reply("pledge-intro", buttons=tuple(choices), vanish=True)]


async def sign(request: Request, ctx: Context) -> list[Reply]:
    """A press on one of /pledge's buttons."""
    choice = (request.callback or "").partition(":")[2]
    if choice == "cancel":
        return [Reply("pledge-cancelled", vanish=True)]
    if choice not in {"named", "anonymous"} or (choice == "named" and not request.display_name):
        return [Reply("button-unknown")]
    if not pledges_open(request, ctx):
        return [Reply("pledge-disabled")]
    name = request.display_name if choice == "named" else None
    try:
        receipt = await ctx.pledges.pledge(request.user_ref, request.platform, request.locale, name)
    except AlreadySignedError as exc:
        return [Reply("pledge-already", {"date": ctx.local(exc.signed_at)}, vanish=True)]
    except SlowDownError as exc:
        return [_slow_down(exc)]
    values = {"number": receipt.signer_no, "count": receipt.count}
    offer = receipt_button(request, ctx, receipt.leaf, receipt.secret)  # the secret lives on only there
    return [Reply("pledge-confirmed", values, (offer,) if offer else (), vanish=True)]


async def unpledge(request: Request, ctx: Context) -> list[Reply]:
    """Withdraw the signature; the count drops. Always allowed, however often."""
    withdrawn = await ctx.pledges.withdraw(request.user_ref)
    return [Reply("unpledge-done" if withdrawn else "unpledge-none", vanish=True)]


async def forget(request: Request, ctx: Context) -> list[Reply]:
    """Ask before erasing everything."""
    buttons = ((Button("forget-yes", "forget:yes"), Button("forget-no", "forget:no")),)
    return [Reply("forget-confirm", buttons=buttons, vanish=True)]


async def confirm_forget(request: Request, ctx: Context) -> list[Reply]:
    """Erase everything the bot keeps about the person, or nothing."""
    choice = (request.callback or "").partition(":")[2]
    if choice == "no":
        return [Reply("forget-kept", vanish=True)]
    if choice != "yes":
        return [Reply("button-unknown")]
    await ctx.people.forget(request.user_ref)
    return [Reply("forget-done", vanish=True)]


def _slow_down(error: SlowDownError) -> Reply:
    return Reply("pledge-slow-down", {"minutes": max(1, math.ceil(error.seconds / 60))}, vanish=True)


COMMANDS = {"pledge": pledge, "unpledge": unpledge, "forget": forget}
CALLBACKS = {"pledge": sign, "forget": confirm_forget}
