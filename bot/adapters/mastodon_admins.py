"""The campaign's admins on Mastodon, and what Telegram's channels and admin chats did without Telegram.

An admin is an account of MASTODON_ADMIN_ACCOUNTS, compared by its whole acct (`alice@example.social`;
a bare name is on the bot's own instance), never by its local name: another instance's `alice` is
not the local `alice`. A direct mention from one is the admin's private chat, and the replies are
direct statuses. Mastodon has no buttons, so each button of the admins' menus has a word
(`preview`, `discard`, `fallback en` …), and the one button that decides (a post's Confirm, a
count's Accept) is pressed by replying "yes" to the status that carries it: that status is
recorded under `press|<button data>|…`, so the press needs no state of its own.
Notices to the admins (readings awaiting acceptance, delivery reports) are direct statuses to
each of them; milestone posts go to the account's timeline, one per language.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import logging
import re
import uuid
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from bot.adapters.mastodon import PerAccountLimit
from bot.adapters.mastodon_words import LOOKUP, WORDS, after_own_mention, normalise
from bot.core import Button, Incoming, Outgoing, Reply
from bot.services.delivery import Delivery, Lines
from bot.services.post_input import html_to_plain, plain_to_html
from bot.services.threading_text import split_for_thread
from bot.settings import LOCALES
from bot.storage.models import MastodonStatus

if TYPE_CHECKING:
    from bot.adapters.mastodon import MastodonFrontend

log = logging.getLogger(__name__)
PLATFORM = "mastodon"
PRESS = "press|"  # delivery key prefix of a status whose deciding button a "yes" reply presses
PRESSED_BY_YES = ("post:ok:", "statok:")
COMMANDS = {"newpost", "queue", "cancel", "edit", "setstat"}  # admin words that are router commands
BUTTONS = {"preview": "post:next", "when": "post:when", "back": "post:texts", "discard": "post:discard"}
BUTTONS["skip"] = "post:fb:-"
WITH_LANGUAGE = {"fallback": "post:fb:", "remove": "post:drop:"}  # `fallback en`, `remove be`
LEADING_MENTIONS = re.compile(r"^(?:\s*(?:\x00|@[\w.-]+(?:@[\w.-]+)?))+\s*")


def admin_accts(names: Collection[str], domain: str) -> frozenset[str]:
    """MASTODON_ADMIN_ACCOUNTS as full accts: a bare name gets the instance's own domain."""
    return frozenset((name if "@" in name else f"{name}@{domain}").casefold() for name in names)


class MastodonAdmins:
    """Admin mentions, notices to the admins and milestone posts, for one Mastodon front-end."""

    def __init__(self, frontend: MastodonFrontend) -> None:
        self.frontend = frontend
        self.router = frontend.router

    def learn_domain(self, domain: str) -> None:
        """Once the instance's domain is known, the router can tell the admins' direct mentions.

        The admins are spared the answer limit per account: a post takes more than five steps.
        """
        admins = admin_accts(self.frontend.settings.mastodon.admin_accounts, domain)
        self.router.mastodon_admins = admins
        refs = {self.router.hasher.user_ref(PLATFORM, acct) for acct in admins}
        self.frontend.limit = AdminsUnlimited(refs)

    def has(self, admin_ref: str | None) -> bool:
        """Whether this keyed hash is one of the Mastodon admins."""
        hasher = self.router.hasher
        return any(hasher.user_ref(PLATFORM, acct) == admin_ref for acct in self.router.mastodon_admins)

    # -- an admin's direct mention ----------------------------------------------------------------------
    async def answer(self, acct: str, status: Mapping[str, Any]) -> tuple[str, str, str] | None:
        """The reply (text, language, key prefix) to an admin's direct mention; None: answer as anyone's."""
        if status.get("visibility") != "direct" or acct not in self.router.mastodon_admins:
            return None
        frontend = self.frontend
        content = str(status.get("content") or "")
        text = after_own_mention(content, frontend.acct or "", frontend._own(status)) or ""
        incoming = await self._incoming(acct, status, LEADING_MENTIONS.sub("", text))
        if incoming is None:
            return None
        request = await self.router.request_for(incoming)
        if not request.is_admin:  # the router decides; this only spares it the words of others
            return None
        outgoing = await self.router.handle(incoming)
        press = next((data for item in outgoing for data in _pressed(item)), None)
        key = f"{PRESS}{press}|" if press and len(press) < 30 else "mention-"
        body = "\n\n".join(self._with_words(item, request.locale) for item in outgoing)
        return body, request.locale, key

    async def _incoming(self, acct: str, status: Mapping[str, Any], text: str) -> Incoming | None:
        """An admin word as a command or a button, a draft's text as free text; None for other words."""
        words = text.split()
        first = normalise(words[0]) if words else ""
        language = status.get("language")
        base = Incoming(PLATFORM, acct, str(language) if language else None, private=True)
        if first in COMMANDS:
            return dataclasses.replace(base, text=" ".join([f"/{first}", *words[1:]]))
        if first in BUTTONS:
            return dataclasses.replace(base, callback_data=BUTTONS[first])
        if first in WITH_LANGUAGE and len(words) > 1 and normalise(words[1]) in (*LOCALES, "-"):
            return dataclasses.replace(base, callback_data=WITH_LANGUAGE[first] + normalise(words[1]))
        if LOOKUP.get(first) == "confirm":
            data = await self._press_asked(status)
            return None if data is None else dataclasses.replace(base, callback_data=data)
        if first in LOOKUP or not await self._draft_waits(acct):
            return None  # a person's word (stats, pledge, lang …), answered as it is for anyone
        # The draft waits for a time or a text: Telegram HTML, so the typed text is escaped.
        return dataclasses.replace(base, text=html.escape(text.strip(), quote=False))

    async def _draft_waits(self, acct: str) -> bool:
        draft = await self.router.ctx.posts.draft_of(self.router.hasher.user_ref(PLATFORM, acct))
        return draft is not None and draft.step is not None

    async def _press_asked(self, status: Mapping[str, Any]) -> str | None:
        """The button that the status this one replies to carries, if it is one of ours that has one."""
        question = str(status.get("in_reply_to_id") or "")
        async with self.frontend.db.transaction() as session:
            key = (
                await session.execute(
                    select(MastodonStatus.delivery_key).where(
                        MastodonStatus.status_id == question, MastodonStatus.delivery_key.startswith(PRESS)
                    )
                )
            ).scalar_one_or_none()
        return None if key is None else key.removeprefix(PRESS).rpartition("|")[0]

    def _with_words(self, outgoing: Outgoing, locale: str) -> str:
        """The reply's text, then the words that stand for its buttons (Mastodon has none)."""
        text = html_to_plain(outgoing.text) if outgoing.html else outgoing.text
        catalog = self.router.catalog
        lines, pressed = [], None
        for label, data in (button for row in outgoing.buttons for button in row):
            if data.startswith(PRESSED_BY_YES):
                pressed = pressed or label
                continue
            word = _word_for(data)
            if word is not None:
                lines.append(catalog.format("mastodon-admin-word", {"word": word, "label": label}, locale))
        if lines:
            text += "\n\n" + "\n".join([catalog.format("mastodon-admin-words", locale=locale), *lines])
        if pressed is not None:
            yes = WORDS.get(locale, WORDS["en"])["confirm"][0]
            text += "\n\n" + catalog.format("mastodon-admin-press", {"label": pressed, "word": yes}, locale)
        return text

    # -- notices to the admins -----------------------------------------------------------------------------
    async def notify_admins(
        self, key: str, values: Mapping[str, object], buttons: tuple[tuple[Button, ...], ...] = ()
    ) -> None:
        """Tell every Mastodon admin, each in the language they chose with the bot."""
        await self.notify(None, key, values, (), buttons)

    async def notify(
        self,
        admin_ref: str | None,
        key: str,
        values: Mapping[str, object],
        lines: Lines,
        buttons: tuple[tuple[Button, ...], ...] = (),
    ) -> None:
        """A direct status to one admin (by keyed hash; to all if they are no longer one), or to all."""
        frontend = self.frontend
        if not frontend.settings.mastodon.admin_accounts:
            return  # nobody to tell here (run_service says so once at start, without Telegram)
        if frontend._stopping or not await frontend._ready():
            log.warning("could not tell the Mastodon admins (%s): the instance is unreachable", key)
            return
        admins = sorted(self.router.mastodon_admins)
        hasher = self.router.hasher
        chosen = [acct for acct in admins if hasher.user_ref(PLATFORM, acct) == admin_ref]
        for acct in chosen or admins:
            locale = (await self.router.request_for(Incoming(PLATFORM, acct, None))).locale
            outgoing = self.router.render(Reply(key, values, buttons=buttons, lines=tuple(lines)), locale)
            press = next(iter(_pressed(outgoing)), None)
            await self._direct(acct, self._with_words(outgoing, locale), locale, press)

    async def _direct(self, acct: str, text: str, locale: str, press: str | None) -> None:
        """A new direct status (a thread if long) that only `acct` sees."""
        frontend = self.frontend
        prefix = f"@{acct} "
        parts = [prefix + part for part in split_for_thread(text, frontend.max_characters - len(prefix))]
        key = f"{PRESS}{press}|{uuid.uuid4().hex[:16]}" if press else f"notice-{uuid.uuid4().hex}"
        async with frontend._busy():
            result = await frontend._post_thread(key, parts, None, "direct", locale)
        if result.outcome is not Delivery.SENT:
            log.warning("could not tell a Mastodon admin: %s", result.reason)

    # -- milestones ---------------------------------------------------------------------------------------
    async def send_to_channel(
        self, chat: str, locale: str, key: str, values: Mapping[str, object]
    ) -> Delivery:
        """A catalog message on the account's timeline (`mastodon:<locale>`), posted once for good."""
        frontend = self.frontend
        text = self.router.catalog.format(key, {"bot": f"@{frontend.acct or ''}", **values}, locale)
        digest = hashlib.sha256(repr((chat, key, sorted(values.items()))).encode()).hexdigest()[:32]
        return (await frontend.publish(chat, plain_to_html(text), f"notice-{digest}")).outcome


class AdminsUnlimited(PerAccountLimit):
    """The answer limit per account, except for the admins (by keyed hash)."""

    def __init__(self, admin_refs: Collection[str]) -> None:
        super().__init__()
        self.admin_refs = frozenset(admin_refs)

    def allow(self, user_ref: str) -> bool:
        """True for an admin; else as PerAccountLimit counts."""
        return user_ref in self.admin_refs or super().allow(user_ref)


def _pressed(outgoing: Outgoing) -> list[str]:
    """The data of the outgoing's deciding buttons (a post's Confirm, a count's Accept)."""
    return [data for row in outgoing.buttons for _, data in row if data.startswith(PRESSED_BY_YES)]


def _word_for(data: str) -> str | None:
    """The admin word that presses the button with this data, if it has one."""
    for word, pressed in BUTTONS.items():
        if data == pressed:
            return word
    for word, prefix in WITH_LANGUAGE.items():
        if data.startswith(prefix):
            return f"{word} {data.removeprefix(prefix)}"
    if data.startswith("post:lang:"):
        return f"{data.removeprefix('post:lang:')}: …"
    return None
