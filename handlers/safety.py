"""Safety: /safe (safe mode), /privacy, and the owners' /lockdown, /unlock and /wipe_signers.

The owners' commands act only on a typed confirmation (`/lockdown LOCKDOWN`): a stray tap
or a forwarded command cannot stop the campaign or erase its signers.
"""

from __future__ import annotations

from datetime import timedelta

from bot.core import Button, Context, Reply, Request

CONFIRM_LOCKDOWN, CONFIRM_UNLOCK, CONFIRM_WIPE = "LOCKDOWN", "UNLOCK", "WIPE"
# Where a chat can sit on a phone that is searched, and the bot can delete its messages later
# (not Mastodon's statuses, nor the local console).
SAFE_MODE_PLATFORMS = {"telegram"}


def safety_unanswered(request: Request) -> bool:
    """True where the safe-mode question applies and the person has not answered it yet."""
    return not request.safety_answered and request.private and request.platform in SAFE_MODE_PLATFORMS


def _minutes(ctx: Context) -> dict[str, int]:
    return {"minutes": ctx.settings.safety.safe_mode_delete_minutes}


def safe_mode_question(ctx: Context, locale: str | None = None, vanish: bool = False) -> Reply:
    """Are you in Belarus or do you travel there? Asked until answered, and by /safe."""
    buttons = ((Button("safe-button-on", "safe:on"), Button("safe-button-off", "safe:off")),)
    return Reply("safe-ask", _minutes(ctx), buttons=buttons, locale=locale, vanish=vanish)


async def safe(request: Request, ctx: Context) -> list[Reply]:
    """Say whether safe mode is on, and ask again."""
    state = "safe-state-on" if request.safe_mode else "safe-state-off"
    return [Reply(state, vanish=True), safe_mode_question(ctx, vanish=True)]


async def choose(request: Request, ctx: Context) -> list[Reply]:
    """`safe:on` / `safe:off`: store the choice with the person."""
    choice = (request.callback or "").partition(":")[2]
    if choice not in {"on", "off"}:
        return [Reply("button-unknown")]
    await ctx.people.set_safe_mode(request.user_ref, request.locale, choice == "on")
    if choice == "off":
        return [Reply("safe-off")]
    # Turned on from /pledge's button: the pledge's message becomes this one, and vanishes too.
    return [Reply("safe-on", _minutes(ctx), vanish=True), Reply("safe-steps", vanish=True)]


def official_accounts(ctx: Context) -> list[Reply]:
    """The campaign's real accounts and the warning about look-alikes, when they are configured."""
    accounts = ctx.settings.safety.official_accounts
    if not accounts:
        return []
    return [Reply("official-accounts", {"accounts": ", ".join(accounts)}, vanish=True)]


async def privacy(request: Request, ctx: Context) -> list[Reply]:
    """What the bot keeps, for how long, and how to erase it."""
    values = {"days": ctx.settings.safety.retention_days, **_minutes(ctx)}
    return [Reply("privacy-text", values, vanish=True), *official_accounts(ctx)]


async def _owner_gate(request: Request, ctx: Context) -> list[Reply] | None:
    if request.is_owner:
        return None
    if request.is_admin:  # an admin trying an owner's command may be the compromised account
        await ctx.audit.record(request.user_ref, "refused-owner-only", request.command)
    return [Reply("owner-only")]


def _confirmed(request: Request, *words: str) -> bool:
    return request.args == words


async def lockdown(request: Request, ctx: Context) -> list[Reply]:
    """`/lockdown` explains; `/lockdown LOCKDOWN` stops every send and export on every instance."""
    refused = await _owner_gate(request, ctx)
    if refused is not None:
        return refused
    if not _confirmed(request, CONFIRM_LOCKDOWN):
        return [Reply("lockdown-ask", {"word": CONFIRM_LOCKDOWN})]
    if await ctx.lockdown.turn_on(request.user_ref):
        return [Reply("lockdown-on")]
    return [Reply("lockdown-already")]


async def unlock(request: Request, ctx: Context) -> list[Reply]:
    """`/unlock` explains; `/unlock UNLOCK` lets sends and exports go on."""
    refused = await _owner_gate(request, ctx)
    if refused is not None:
        return refused
    if not _confirmed(request, CONFIRM_UNLOCK):
        return [Reply("unlock-ask", {"word": CONFIRM_UNLOCK})]
    grace = timedelta(minutes=ctx.settings.posts.post_grace_minutes)
    if await ctx.lockdown.lift(request.user_ref, stale_before=ctx.now() - grace):  # stale digests: skipped
        return [Reply("unlock-done")]
    return [Reply("unlock-none")]


async def wipe_signers(request: Request, ctx: Context) -> list[Reply]:
    """`/wipe_signers` explains; `/wipe_signers WIPE N` (N: the signers now) erases who signed."""
    refused = await _owner_gate(request, ctx)
    if refused is not None:
        return refused
    count = await ctx.pledges.count()
    if not _confirmed(request, CONFIRM_WIPE, str(count)):
        return [Reply("wipe-ask", {"count": count, "word": CONFIRM_WIPE})]
    wiped = await ctx.pledges.wipe_identities(request.user_ref)
    return [Reply("wipe-done", {"count": wiped, "total": await ctx.pledges.count()})]


COMMANDS = {
    "safe": safe,
    "privacy": privacy,
    "lockdown": lockdown,
    "unlock": unlock,
    "wipe_signers": wipe_signers,
}
CALLBACKS = {"safe": choose}
GROUP_SAFE = {"privacy"}
# After these, the person's safe mode may have changed: the replies follow the new state.
RECHECK_SAFE_MODE = {"safe"}
