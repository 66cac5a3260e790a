"""The desk's page and JSON API. Every rule is the chat's: the same services, the same checks.

A session opens from Telegram's signed initData (auth.py); every other call carries its token in
`Authorization: Bearer`. A lockdown refuses here what it refuses in the chat (bot/wiring.py LOCKED).
"""

from __future__ import annotations

import html
import json
import secrets
import time
from collections.abc import Awaitable, Callable, Collection
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlalchemy import select

from bot.core import Context
from bot.i18n import resolve_locale
from bot.router import OWNERS_DURING_LOCKDOWN, Router
from bot.services.calendar import Calendar
from bot.services.post_input import Problem, check_post_text, wall_clock
from bot.services.posts import MASTODON_PREFIX, Draft
from bot.services.stats import Acceptance, parse_manual
from bot.settings import LOCALES
from bot.storage.models import AdminAction
from bot.web.app import Mount
from bot.web.desk.auth import Session, Sessions, check_init_data
from bot.web.desk.forms import day_of, difference, form_of, next_day, occurrence_json, parse_form, zone_of
from bot.web.desk.preview import mastodon_thread, safe_html
from bot.web.desk.security import add_headers, same_origin

DESK_PATH = "/desk"
STATIC = Path(__file__).parent / "static"
FILES = {"desk.js": "text/javascript", "desk.css": "text/css"}
UNAUTHORIZED = {"error": "unauthorized"}
EXAMPLE_WHEN = "2027-05-21 09:00"
CALENDAR_PAST_DAYS = 14
CALENDAR_MAX_DAYS = 62
AUDIT_ROWS = 50
MAX_BODY = 256 * 1024  # nine texts of 4,096 characters, in any script, with room
Api = Callable[[web.Request, Session], Awaitable[web.StreamResponse]]


def desk_mount(router: Router, bot_token: str, locked: Collection[str]) -> Mount:
    """The Mount that adds the desk to the public app (only when Telegram is configured)."""

    def mount(app: web.Application) -> None:
        Desk(router, bot_token, locked).add_routes(app)

    return mount


class Desk:
    """The routes, the sessions, and the services they call (the router's own Context)."""

    def __init__(self, router: Router, bot_token: str, locked: Collection[str]) -> None:
        self.ctx: Context = router.ctx
        self.hasher = router.hasher
        self.catalog = router.catalog
        self.bot_token = bot_token
        self.locked = set(locked)
        self.sessions = Sessions()
        self.calendar = Calendar(self.ctx.posts.db)
        self.page = _page(self.catalog)
        self._words: dict[str, dict[str, Any]] = {}  # the messages' answer by locale (catalogs never change)
        self.files = {name: (STATIC / name).read_bytes() for name in FILES}

    def add_routes(self, app: web.Application) -> None:
        """The page, its two files, and the API."""
        app.on_response_prepare.append(add_headers)
        app.router.add_get(DESK_PATH, self.page_route)
        for name in FILES:
            app.router.add_get(f"{DESK_PATH}/{name}", self.file_route)
        app.router.add_post(f"{DESK_PATH}/api/session", self.open_session)
        api: dict[str, tuple[str, Api]] = {
            "messages": ("GET", self.messages),
            "calendar": ("GET", self.show_calendar),
            "post": ("GET", self.load_post),
            "preview": ("POST", self.preview),
            "queue": ("POST", self.queue),
            "cancel": ("POST", self.cancel),
            "broadcast": ("POST", self.broadcast_draft),
            "broadcast/start": ("POST", self.broadcast_start),
            "broadcast/progress": ("GET", self.broadcast_progress),
            "broadcast/cancel": ("POST", self.broadcast_cancel),
            "count": ("GET", self.count),
            "count/chart": ("GET", self.chart),
            "count/accept": ("POST", self.count_accept),
            "count/set": ("POST", self.count_set),
            "record": ("GET", self.record),
        }
        for name, (method, handler) in api.items():
            app.router.add_route(method, f"{DESK_PATH}/api/{name}", self._guarded(handler))

    # -- the page --------------------------------------------------------------------------
    async def page_route(self, _request: web.Request) -> web.Response:
        """The page: Telegram opens it as the Mini App's address."""
        return web.Response(body=self.page, content_type="text/html", charset="utf-8")

    async def file_route(self, request: web.Request) -> web.Response:
        """desk.js or desk.css."""
        name = request.path.rsplit("/", 1)[-1]
        headers = {"Cache-Control": "no-cache"}
        return web.Response(body=self.files[name], content_type=FILES[name], charset="utf-8", headers=headers)

    # -- sessions --------------------------------------------------------------------------
    async def open_session(self, request: web.Request) -> web.Response:
        """A session token for a valid initData, or 401 with nothing more."""
        body = await _json_body(request)
        init_data = body.get("init_data") if body else None
        settings = self.ctx.settings.core
        user = (
            check_init_data(
                init_data, self.bot_token, time.time(), settings.desk_init_max_age, settings.admin_ids
            )
            if isinstance(init_data, str)
            else None
        )
        if user is None:
            return web.json_response(UNAUTHORIZED, status=401)
        user_ref = self.hasher.user_ref("telegram", user.id)
        stored = await self.ctx.people.locale_of(user_ref)
        locale = resolve_locale(stored, user.language_code, settings.default_locale)
        token = self.sessions.open(user_ref, user.id, locale)
        return web.json_response({"token": token, "locale": locale, "expires_in": self.sessions.lifetime})

    def _guarded(self, handler: Api) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def route(request: web.Request) -> web.StreamResponse:
            scheme, _, token = request.headers.get("Authorization", "").partition(" ")
            session = self.sessions.get(token) if scheme == "Bearer" and token else None
            if session is None:
                return web.json_response(UNAUTHORIZED, status=401)
            if request.method == "POST" and not same_origin(request):
                return web.json_response({"error": "forbidden"}, status=403)
            return await handler(request, session)

        return route

    def _text(self, session: Session, key: str, values: dict[str, Any] | None = None) -> str:
        return self.catalog.format(key, values or {}, session.locale)

    def _problem(self, session: Session, problem: Problem) -> str:
        return self._text(session, problem.key, {"example": EXAMPLE_WHEN, **problem.values})

    async def _locked_out(self, session: Session, name: str) -> web.Response | None:
        """423 with the chat's words when a lockdown refuses `name` (owners may still cancel)."""
        if name not in self.locked or not await self.ctx.lockdown.active():
            return None
        if name in OWNERS_DURING_LOCKDOWN and session.user_id in self.ctx.settings.safety.owner_ids:
            return None
        await self.ctx.audit.record(session.user_ref, "refused-in-lockdown", f"desk:{name}")
        return web.json_response(
            {"error": "lockdown", "message": self._text(session, "lockdown-refused")}, status=423
        )

    # -- messages and the calendar -----------------------------------------------------------
    async def messages(self, _request: web.Request, session: Session) -> web.Response:
        """The page's words in the session's language (the desk-* keys without variables), made once."""
        locale = session.locale
        if locale not in self._words:
            with_values = self.catalog.variables(locale)
            keys = sorted(key for key, names in with_values.items() if key.startswith("desk-") and not names)
            texts = {key: self._text(session, key) for key in keys}
            names = {code: self.catalog.format("language-name", locale=code) for code in LOCALES}
            self._words[locale] = {
                "locale": locale,
                "messages": texts,
                "locales": list(LOCALES),
                "names": names,
            }
        return web.json_response(self._words[locale])

    async def show_calendar(self, request: web.Request, session: Session) -> web.Response:
        """`days` from `from` (a day in the admin's zone; unset: two weeks back to `days` ahead), and more.

        Milestones waiting, the daily post's and the digest's times, and the next queued post (so the
        page can offer to jump to it when it is further ahead than the period shown).
        """
        days = _int(request.query.get("days"), 31, 1, CALENDAR_MAX_DAYS)
        now = self.ctx.now()
        zone = await self.ctx.posts.admin_zone(session.user_ref)
        start, end = now - timedelta(days=CALENDAR_PAST_DAYS), now + timedelta(days=days)
        first_day = day_of(request.query.get("from"))
        if first_day is not None:
            start = datetime(first_day.year, first_day.month, first_day.day, tzinfo=zone_of(zone))
            end = start + timedelta(days=days)
        items = [
            occurrence_json(item, zone, session.locale) for item in await self.calendar.between(start, end)
        ]
        milestones = [
            {"threshold": m.threshold, "after": wall_clock(m.announce_after, zone)}
            for m in await self.calendar.milestones_waiting()
        ]
        settings = self.ctx.settings
        return web.json_response(
            {
                "zone": zone,
                "now": wall_clock(now, zone),
                "items": items,
                "milestones": milestones,
                "daily": {"time": settings.posts.daily_post_time, "zone": settings.core.timezone},
                "digest": {"time": settings.broadcasts.digest_time, "zone": settings.core.timezone},
                "channels": [{"locale": locale, "channel": chat} for locale, chat in self.ctx.posts.targets],
                "from": start.astimezone(zone_of(zone)).date().isoformat(),
                "next": next_day(await self.ctx.posts.upcoming(now), zone),
            }
        )

    # -- the editor --------------------------------------------------------------------------
    async def load_post(self, request: web.Request, session: Session) -> web.Response:
        """A queued post as the editor's fields, to edit it."""
        post_id = _int(request.query.get("id"), 0, 0, 10**9)
        post = await self.ctx.posts.get(post_id)
        if post is None or post.kind != "queued" or post.status != "queued":
            return web.json_response(
                {"error": self._text(session, "post-not-changeable", {"id": post_id})}, status=404
            )
        return web.json_response(form_of(post))

    async def preview(self, request: web.Request, session: Session) -> web.Response:
        """Check the form with the chat's checks; if good, write it to the draft and show each copy."""
        body = await _json_body(request) or {}
        locked = await self._locked_out(session, "newpost")
        if locked is not None:
            return locked
        parsed = parse_form(body, self.ctx.now(), self.ctx.settings.core.timezone)
        if parsed.form is None:  # the good parts are shown; nothing is saved, nothing can be queued
            problems = {field: self._problem(session, problem) for field, problem in parsed.problems.items()}
            shown = self._shown(parsed.sketch) | {"draft": None, "version": None}
            return web.json_response({"ok": False, "problems": problems, **shown})
        form, edit_of = parsed.form, parsed.edit_of
        draft = await self._draft_for(session, edit_of)
        if isinstance(draft, Problem):
            return web.json_response({"ok": False, "problems": {"form": self._problem(session, draft)}})
        draft = await self.ctx.posts.write_draft(draft, form)
        return web.json_response({"ok": True, **self._shown(draft)})

    async def _draft_for(self, session: Session, edit_of: int | None) -> Draft | Problem:
        """The admin's draft (the chat's too: one per admin), begun again if it is for another post."""
        draft = await self.ctx.posts.draft_of(session.user_ref)
        if draft is not None and draft.replaces == edit_of:
            return draft
        base = None
        if edit_of is not None:
            base = await self.ctx.posts.get(edit_of)
            if base is None or base.kind != "queued" or base.status != "queued":
                return Problem("post-not-changeable", {"id": edit_of})
        return await self.ctx.posts.start_draft(session.user_ref, replaces=base)

    def _shown(self, draft: Draft) -> dict[str, Any]:
        variants = self.ctx.posts.plan(draft)
        times = self.ctx.posts.occurrences(draft)
        return {
            "draft": draft.id,
            "version": draft.version,
            "when": wall_clock(draft.due_at, draft.zone) if draft.due_at else None,
            "times": len(times),
            "last": wall_clock(times[-1], draft.zone) if times else None,
            "variants": [
                {
                    "channel": v.channel,
                    "locale": v.locale,
                    "text_locale": v.text_locale,
                    "html": safe_html(v.body),
                    "buttons": [{"label": b.label, "url": b.url} for b in v.buttons],
                    "photos": len(v.photos),  # kept as they are: photos are added in the chat
                    "thread": mastodon_thread(v.body, v.buttons)
                    if v.channel.startswith(MASTODON_PREFIX)
                    else None,
                }
                for v in variants
            ],
            "skipped": [code for code in self.ctx.posts.locales if code not in {v.locale for v in variants}],
        }

    async def queue(self, request: web.Request, session: Session) -> web.Response:
        """Confirm, as the chat's Confirm: only the draft version the admin's preview showed."""
        body = await _json_body(request) or {}
        locked = await self._locked_out(session, "post")  # the chat's Confirm button
        if locked is not None:
            return locked
        draft_id, version = body.get("draft"), body.get("version")
        draft = await self.ctx.posts.draft_of(session.user_ref)
        if (
            draft is None
            or not isinstance(draft_id, int)
            or not isinstance(version, int)
            or draft.id != draft_id
        ):
            return web.json_response({"error": self._text(session, "post-draft-changed")}, status=409)
        queued = await self.ctx.posts.confirm(draft_id, version, session.user_ref, self.ctx.now())
        if isinstance(queued, Problem):
            reply: dict[str, Any] = {"error": self._problem(session, queued), "problem": queued.key}
            if queued.key == "post-edit-stale" and draft.replaces is not None:
                current = await self.ctx.posts.get(draft.replaces)
                reply["difference"] = difference(form_of(draft), form_of(current) if current else {})
            status = 409 if queued.key in {"post-draft-changed", "post-edit-stale"} else 422
            return web.json_response(reply, status=status)
        when = wall_clock(queued.due_at, queued.zone) if queued.due_at else "-"
        message = self._text(session, "desk-queued", {"id": queued.id, "when": when})
        day = queued.due_at.astimezone(zone_of(queued.zone)).date().isoformat() if queued.due_at else None
        return web.json_response({"id": queued.id, "when": when, "day": day, "message": message})

    async def cancel(self, request: web.Request, session: Session) -> web.Response:
        """Cancel a queued post, as /cancel."""
        body = await _json_body(request) or {}
        locked = await self._locked_out(session, "cancel")
        if locked is not None:
            return locked
        post_id = body.get("post")
        if not isinstance(post_id, int) or not await self.ctx.posts.cancel(post_id, session.user_ref):
            return web.json_response(
                {"error": self._text(session, "post-not-changeable", {"id": post_id})}, status=409
            )
        return web.json_response({"message": self._text(session, "post-cancelled", {"id": post_id})})

    # -- broadcasts --------------------------------------------------------------------------
    async def broadcast_draft(self, request: web.Request, session: Session) -> web.Response:
        """A broadcast's draft from the text (the chat's check), with its audience by language."""
        body = await _json_body(request) or {}
        locked = await self._locked_out(session, "broadcast")
        if locked is not None:
            return locked
        text = body.get("text")
        problem = check_post_text(text) if isinstance(text, str) else Problem("post-text-empty")
        if problem is not None:
            return web.json_response({"ok": False, "problems": {"text": self._problem(session, problem)}})
        assert isinstance(text, str)  # noqa: S101 - checked just above
        key = f"admin:{secrets.token_hex(8)}"
        draft = await self.ctx.subscribers.create_broadcast(
            key, "admin", dict.fromkeys(LOCALES, text), None, session.user_ref, "draft"
        )
        audience = {code: await self.ctx.subscribers.count([code]) for code in LOCALES}
        return web.json_response(
            {
                "ok": True,
                "id": draft,
                "html": safe_html(text),
                "audience": audience,
                "total": await self.ctx.subscribers.count(),
            }
        )

    async def broadcast_start(self, request: web.Request, session: Session) -> web.Response:
        """Start the admin's broadcast draft for the languages ticked (none: everyone)."""
        body = await _json_body(request) or {}
        locked = await self._locked_out(session, "bc")
        if locked is not None:
            return locked
        draft, chosen = body.get("id"), body.get("locales") or []
        if not isinstance(draft, int) or not isinstance(chosen, list) or not set(chosen) <= set(LOCALES):
            return web.json_response({"error": self._text(session, "broadcast-gone")}, status=409)
        locales = [code for code in LOCALES if code in chosen]
        if not await self.ctx.subscribers.start(draft, session.user_ref, locales):  # audited there
            return web.json_response({"error": self._text(session, "broadcast-gone")}, status=409)
        return web.json_response(
            {"id": draft, "message": self._text(session, "broadcast-started", {"id": draft})}
        )

    async def broadcast_progress(self, request: web.Request, session: Session) -> web.Response:
        """Counts by outcome, the rate and the time left."""
        broadcast_id = _int(request.query.get("id"), 0, 0, 10**9)
        report = await self.ctx.subscribers.report(broadcast_id)
        if report is None:
            return web.json_response({"error": self._text(session, "broadcast-gone")}, status=404)
        done = sum(report.counts.values())
        rate = None
        if report.first_at is not None and done:
            elapsed = max((self.ctx.now() - report.first_at).total_seconds(), 1.0)
            rate = round(done / elapsed, 1)
        left = round(report.remaining / rate) if rate and report.status == "running" else None
        return web.json_response(
            {
                "status": report.status,
                "counts": report.counts,
                "total": report.total,
                "remaining": report.remaining,
                "rate": rate,
                "seconds_left": left,
            }
        )

    async def broadcast_cancel(self, request: web.Request, session: Session) -> web.Response:
        """Stop a broadcast (what was sent stays sent)."""
        body = await _json_body(request) or {}
        broadcast_id = body.get("id")
        if not isinstance(broadcast_id, int) or not await self.ctx.subscribers.cancel(
            broadcast_id, session.user_ref
        ):
            return web.json_response({"error": self._text(session, "broadcast-gone")}, status=409)
        return web.json_response({"message": self._text(session, "desk-broadcast-cancelled")})

    # -- the count ---------------------------------------------------------------------------
    async def count(self, _request: web.Request, session: Session) -> web.Response:
        """The history of figures, readings waiting, the source's health."""
        history = await self.ctx.stats.history()
        health = await self.ctx.stats.health()
        zone = self.ctx.settings.core.timezone
        awaiting = await self.ctx.stats.awaiting()
        return web.json_response(
            {
                "history": [
                    {
                        "value": f.value,
                        "as_of": f.as_of.isoformat(),
                        "method": f.method,
                        "at_least": f.at_least,
                    }
                    for f in reversed(history[-60:])
                ],
                "awaiting": [{"id": i, "value": v, "as_of": d.isoformat()} for i, v, d in awaiting],
                "health": {
                    "last_success": wall_clock(health.last_success_at, zone)
                    if health.last_success_at
                    else None,
                    "failing_since": wall_clock(health.failing_since, zone) if health.failing_since else None,
                    "failing": health.failing_since is not None,
                },
            }
        )

    async def chart(self, _request: web.Request, session: Session) -> web.Response:
        """The chart /stats sends, as PNG."""
        from handlers.stats import chart_png  # the chart /stats sends, from the same cache

        history = await self.ctx.stats.history()
        image = await chart_png(self.ctx, history, session.locale) if history else None
        if image is None:
            return web.Response(status=204)  # no figures yet, or it cannot be drawn now
        return web.Response(body=image, content_type="image/png", headers={"Cache-Control": "no-store"})

    async def count_accept(self, request: web.Request, session: Session) -> web.Response:
        """Accept a waiting reading, as the chat's button does."""
        body = await _json_body(request) or {}
        locked = await self._locked_out(session, "statok")
        if locked is not None:
            return locked
        awaiting_id = body.get("id")
        if not isinstance(awaiting_id, int):
            return web.json_response({"error": self._text(session, "stats-awaiting-gone")}, status=409)
        outcome, figure = await self.ctx.stats.accept_awaiting(awaiting_id, session.user_ref, self.ctx.now())
        if outcome is Acceptance.GONE or figure is None:
            return web.json_response({"error": self._text(session, "stats-awaiting-gone")}, status=409)
        values = {"count": figure.value, "date": figure.as_of}
        key = "stats-awaiting-outdated" if outcome is Acceptance.OUTDATED else "stats-awaiting-accepted"
        return web.json_response({"message": self._text(session, key, values)})

    async def count_set(self, request: web.Request, session: Session) -> web.Response:
        """A figure by hand, as /setstat: the same parse, the same store, the same audit line."""
        body = await _json_body(request) or {}
        locked = await self._locked_out(session, "setstat")
        if locked is not None:
            return locked
        words = tuple(str(body.get(name) or "").strip() for name in ("value", "date", "note"))
        parsed = parse_manual(tuple(word for word in " ".join(words).split()), self.ctx.local().date())
        if parsed is None:
            return web.json_response(
                {"ok": False, "problems": {"value": self._text(session, "setstat-usage")}}
            )
        value, as_of, note = parsed
        figure = await self.ctx.stats.record_manual(value, as_of, note, session.user_ref)  # audited there
        return web.json_response(
            {
                "ok": True,
                "message": self._text(session, "setstat-done", {"count": figure.value, "date": figure.as_of}),
            }
        )

    # -- the record --------------------------------------------------------------------------
    async def record(self, _request: web.Request, session: Session) -> web.Response:
        """The audit log (who as an alias, never an id) and the lockdown state."""
        aliases = {
            self.hasher.user_ref("telegram", admin): f"A{number}"
            for number, admin in enumerate(self.ctx.settings.core.admin_ids, start=1)
        }
        zone = self.ctx.settings.core.timezone
        async with self.ctx.posts.db.transaction() as db_session:
            rows = (
                await db_session.execute(
                    select(AdminAction.admin_ref, AdminAction.action, AdminAction.subject, AdminAction.at)
                    .order_by(AdminAction.id.desc())
                    .limit(AUDIT_ROWS)
                )
            ).all()
        entries = [
            {
                "who": aliases.get(ref, "-"),
                "you": ref == session.user_ref,
                "action": action,
                "subject": subject if action not in PERSONAL_SUBJECTS else None,
                "at": wall_clock(at, zone),
            }
            for ref, action, subject, at in rows
        ]
        lockdown = await self.ctx.lockdown.active()
        return web.json_response({"entries": entries, "lockdown": lockdown})


PERSONAL_SUBJECTS: frozenset[str] = frozenset()  # no action's subject names a person today


def _page(catalog: Any) -> bytes:
    """desk.html with the refusal in every language (shown before any session, so it cannot be fetched)."""
    items = "".join(
        f'<li lang="{code}">{html.escape(catalog.format("desk-refused", locale=code))}</li>'
        for code in LOCALES
    )
    page = (STATIC / "desk.html").read_text(encoding="utf-8")
    return page.replace("<!--refused-->", f'<ul id="refused-texts" hidden>{items}</ul>').encode()


async def _json_body(request: web.Request) -> dict[str, Any] | None:
    """The request's JSON object, or None (not JSON, too big, not an object)."""
    if request.content_type != "application/json" or (request.content_length or 0) > MAX_BODY:
        return None
    try:
        raw = await request.content.read(MAX_BODY + 1)
        value = json.loads(raw) if len(raw) <= MAX_BODY else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _int(raw: str | None, default: int, low: int, high: int) -> int:
    if raw is None or not raw.isdigit() or len(raw) > 10:
        return default
    return min(max(int(raw), low), high)


__all__ = ["DESK_PATH", "Desk", "desk_mount"]
