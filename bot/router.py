"""From an `Incoming` to rendered replies: who, which locale, which handler."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from types import ModuleType

from bot import metrics
from bot.core import Button, Context, Handler, Incoming, Outgoing, Reply, Request, TextHandler
from bot.i18n import Catalog, resolve_locale, use_locale
from bot.identity import IdentityHasher
from bot.services.links import plain_without_links, without_links
from bot.text import clean_display_name
from handlers import fallback

COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,64})(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)
MAX_ARGS = 16
OWNERS_DURING_LOCKDOWN = {"queue", "cancel"}  # to look at the queue and take out what must not go


class Router:
    """Dispatches requests to the feature modules listed in `bot.wiring`."""

    def __init__(
        self,
        features: Sequence[ModuleType],
        ctx: Context,
        catalog: Catalog,
        hasher: IdentityHasher,
        locked: Collection[str] = (),
    ) -> None:
        self.ctx = ctx
        self.catalog = catalog
        self.hasher = hasher
        self.locked = set(locked)  # admin commands and button prefixes a lockdown stops
        self.commands: dict[str, Handler] = {}
        self.callbacks: dict[str, Handler] = {}
        self.group_safe: set[str] = set()
        self.text_handlers: list[TextHandler] = []
        self.recheck_safe_mode: set[str] = set()  # handlers that switch it: replies follow the new state
        # Full accts of MASTODON_ADMIN_ACCOUNTS, set by the Mastodon front-end once it knows its
        # instance's domain (a bare name is local): empty until then, so nobody is an admin early.
        self.mastodon_admins: frozenset[str] = frozenset()
        for module in features:
            if hasattr(module, "TEXT"):
                self.text_handlers.append(module.TEXT)
            self.commands.update(getattr(module, "COMMANDS", {}))
            self.callbacks.update(getattr(module, "CALLBACKS", {}))
            self.group_safe.update(getattr(module, "GROUP_SAFE", set()))
            self.recheck_safe_mode.update(getattr(module, "RECHECK_SAFE_MODE", set()))

    async def handle(self, incoming: Incoming) -> list[Outgoing]:
        """Answer one update; the result is ready to send on any platform."""
        request = await self.request_for(incoming)
        metrics.count_update(request, self.commands)
        replies = await self._locked_out(request)
        if replies is None:
            replies = await self._text_handled(request)
        if replies is None:
            replies = await self._handler_for(request)(request, self.ctx)
        safe_mode = request.safe_mode
        if _name(request) in self.recheck_safe_mode:
            safe_mode = bool((await self.ctx.people.state_of(request.user_ref))[1]) and request.private
        return [self.render(reply, request.locale, safe_mode) for reply in replies]

    async def _locked_out(self, request: Request) -> list[Reply] | None:
        """During a lockdown, admin commands that send or export are refused (owners may look and cancel)."""
        name = _name(request)
        if not request.is_admin or name not in self.locked or not await self.ctx.lockdown.active():
            return None
        if request.is_owner and name in OWNERS_DURING_LOCKDOWN:
            return None
        await self.ctx.audit.record(request.user_ref, "refused-in-lockdown", name)  # a sign of who tries
        return [Reply("lockdown-refused")]

    async def request_for(self, incoming: Incoming) -> Request:
        """Identify the person by keyed hash and resolve their locale."""
        user_ref = self.hasher.user_ref(incoming.platform, incoming.platform_user_id)
        stored, safe_mode = await self.ctx.people.state_of(user_ref)
        # In a group, the stored choice would show everyone that the person uses the bot in private.
        chosen = stored if incoming.private else None
        locale = resolve_locale(chosen, incoming.language_code, self.ctx.settings.core.default_locale)
        command, args = parse_command(incoming.text) if incoming.callback_data is None else (None, ())
        return Request(
            platform=incoming.platform,
            user_ref=user_ref,
            locale=locale,
            stored_locale=stored,
            command=command,
            args=args,
            text=incoming.text,
            html=incoming.html,
            callback=incoming.callback_data,
            is_admin=_is_admin(incoming, self.ctx.settings.core.admin_ids) or self._mastodon_admin(incoming),
            is_owner=_is_admin(incoming, self.ctx.settings.safety.owner_ids),
            display_name=clean_display_name(incoming.display_name),
            private=incoming.private,
            bot_username=incoming.bot_username,
            address=str(incoming.platform_user_id),
            # Only in a private chat: in a group, a different answer would show others who is at risk.
            safe_mode=bool(safe_mode) and incoming.private,
            safety_answered=safe_mode is not None,
            media=incoming.media,
            media_group=incoming.media_group,
            message_id=incoming.message_id,
        )

    def _mastodon_admin(self, incoming: Incoming) -> bool:
        """A direct mention from a listed account: the whole acct compared, never the local name alone."""
        acct = str(incoming.platform_user_id).casefold()
        return incoming.platform == "mastodon" and incoming.private and acct in self.mastodon_admins

    async def _text_handled(self, request: Request) -> list[Reply] | None:
        """Free text in a private chat that a feature is waiting for (an admin's post draft)."""
        if not request.private or request.command is not None or request.callback is not None:
            return None
        for handler in self.text_handlers:
            replies = await handler(request, self.ctx)
            if replies is not None:
                return replies
        return None

    def _handler_for(self, request: Request) -> Handler:
        if not request.private and (request.callback is not None or request.command not in self.group_safe):
            return fallback.private_only  # a reply in a group would tell everyone who signed
        if request.callback is not None:
            prefix = request.callback.partition(":")[0]
            return self.callbacks.get(prefix, fallback.unknown_button)
        if request.command is not None:
            return self.commands.get(request.command, fallback.unknown_command)
        return fallback.free_text

    def render(self, reply: Reply, locale: str, safe_mode: bool = False) -> Outgoing:
        """Turn a reply's keys into text in its locale (the reply's own, else the request's)."""
        vanish = reply.vanish and safe_mode
        with use_locale(reply.locale or locale):
            rows = tuple(tuple(self._label(button) for button in row) for row in reply.buttons)
            if reply.post is not None:
                post = reply.post.safe() if safe_mode else reply.post
                return Outgoing(post.body, rows, html=True, vanish=vanish, post=post)
            if reply.html is not None:
                body = without_links(reply.html) if safe_mode else reply.html
                return Outgoing(body, rows, reply.attachment, html=True, vanish=vanish)
            text = "\n".join(
                self.catalog.format(key, values) for key, values in ((reply.key, reply.values), *reply.lines)
            )
        if safe_mode:  # whatever a handler says, no link reaches a safe-mode chat
            text = plain_without_links(text)
        return Outgoing(text, rows, reply.attachment, vanish=vanish)

    def _label(self, button: Button) -> tuple[str, str]:
        return self.catalog.format(button.key, button.values, button.locale), button.data


def parse_command(text: str) -> tuple[str | None, tuple[str, ...]]:
    """`/lang@Bot be` -> ("lang", ("be",)); text that is not a command -> (None, ())."""
    match = COMMAND.match(text.strip())
    if match is None:
        return None, ()
    args = tuple((match.group(2) or "").split()[:MAX_ARGS])
    return match.group(1).lower(), args


def _name(request: Request) -> str | None:
    """The command, or the prefix of the button's data."""
    return request.command if request.callback is None else request.callback.partition(":")[0]


def _is_admin(incoming: Incoming, admin_ids: Sequence[int]) -> bool:
    return incoming.platform == "telegram" and str(incoming.platform_user_id) in {
        str(admin) for admin in admin_ids
    }


def command_names(features: Sequence[ModuleType]) -> list[str]:
    """Every command the features register, in registration order."""
    names: dict[str, None] = {}
    for module in features:
        commands: Mapping[str, Handler] = getattr(module, "COMMANDS", {})
        names.update(dict.fromkeys(commands))
    return list(names)
