"""The admins' desk over HTTP: the real app, the real database, requests as the page sends them."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import pytest
from sqlalchemy import select

from bot.router import Router
from bot.settings import Settings
from bot.storage.models import AdminAction, Broadcast
from bot.storage.session import Database
from bot.web import build_web_app
from bot.web.desk import desk_mount
from bot.wiring import LOCKED, build_router
from scheduler.clock import Clock
from tests.conftest import serving
from tests.factories import tg_init_data

pytestmark = pytest.mark.integration
TOKEN = "123456:ABC-invented-token"
ADMIN, OTHER_ADMIN, OWNER, STRANGER = 7001, 7002, 7003, 9999
CHANNELS = "be=@fta_be,ru=@fta_ru,en=@fta_en"
START = datetime(2027, 5, 1, 9, 0, tzinfo=UTC)


@dataclass
class Desk:
    origin: str
    router: Router
    moment: list[datetime]
    http: aiohttp.ClientSession

    async def session(self, user_id: int = ADMIN, lang: str | None = "en", age: int = 0) -> str:
        init = tg_init_data(user_id, TOKEN, int(time.time()) - age, lang)
        async with self.http.post(f"{self.origin}/desk/api/session", json={"init_data": init}) as response:
            assert response.status == 200, await response.text()
            return str((await response.json())["token"])

    async def call(self, token: str, path: str, body: Any = None, **headers: str) -> tuple[int, Any]:
        headers = {"Authorization": f"Bearer {token}"} | headers
        url = f"{self.origin}/desk/api/{path}"
        request = (
            self.http.get(url, headers=headers)
            if body is None
            else self.http.post(url, json=body, headers=headers)
        )
        async with request as response:
            data = (
                await response.json()
                if response.content_type == "application/json"
                else await response.read()
            )
            return response.status, data


@pytest.fixture
async def desk(make_settings: Callable[..., Settings], db: Database) -> AsyncIterator[Desk]:
    settings = make_settings(
        core={"admin_ids": [ADMIN, OTHER_ADMIN, OWNER], "timezone": "Europe/Minsk"},
        telegram={"token": TOKEN, "channels": CHANNELS},
        safety={"owner_ids": [OWNER], "milestone_jitter_minutes": 0},
    )
    moment = [START]
    router = build_router(settings, db, now=lambda: moment[0])
    app = build_web_app(db, Clock("UTC"), None, [desk_mount(router, TOKEN, LOCKED)])
    async with serving(app) as origin, aiohttp.ClientSession() as http:
        yield Desk(origin, router, moment, http)


def form(**changes: Any) -> dict[str, Any]:
    base = {
        "when": "2027-05-21 09:00",
        "zone": "Europe/Minsk",
        "repeat": "none",
        "repeat_end": "",
        "texts": {"be": "<b>Свабоду</b> палітвязням", "ru": "Свободу политзаключённым"},
        "fallback": None,
        "buttons": "",
    }
    return base | changes


# -- who may open it ---------------------------------------------------------------------------------
async def test_a_valid_admin_launch_opens_a_session_in_their_language(desk: Desk) -> None:
    """The signed initData of an admin gives a token; the locale is their app's language."""
    init = tg_init_data(ADMIN, TOKEN, int(time.time()), "pl")
    async with desk.http.post(f"{desk.origin}/desk/api/session", json={"init_data": init}) as response:
        assert response.status == 200
        body = await response.json()
    assert body["locale"] == "pl" and body["expires_in"] > 0 and len(body["token"]) >= 32
    status, messages = await desk.call(body["token"], "messages")
    assert status == 200
    assert messages["messages"]["desk-tab-calendar"] == "Kalendarz"
    assert messages["names"]["be"] and set(messages["locales"]) >= {"be", "ru", "en"}


def _forged(init: str) -> str:
    return init.replace("hash=", "hash=0") if "hash=" in init else init


@pytest.mark.parametrize(
    "init_data",
    [
        pytest.param(
            lambda: tg_init_data(ADMIN, "654321:someone-elses-token", int(time.time())), id="other-token"
        ),
        pytest.param(lambda: tg_init_data(ADMIN, TOKEN, int(time.time()))[:-4] + "0000", id="forged-hash"),
        pytest.param(lambda: tg_init_data(ADMIN, TOKEN, int(time.time()) - 301), id="expired"),
        pytest.param(lambda: tg_init_data(ADMIN, TOKEN, int(time.time()) + 3600), id="future"),
        pytest.param(lambda: tg_init_data(STRANGER, TOKEN, int(time.time())), id="not-an-admin"),
        pytest.param(
            lambda: tg_init_data(ADMIN, TOKEN, int(time.time())).replace(
                f"%22id%22%3A{ADMIN}", f"%22id%22%3A{OWNER}"
            ),
            id="user-swapped",
        ),
        pytest.param(lambda: "", id="empty"),
        pytest.param(lambda: 42, id="not-a-string"),
    ],
)
async def test_a_bad_launch_gets_the_same_bare_401(desk: Desk, init_data: Callable[[], Any]) -> None:
    """Forged, expired, future, non-admin, tampered: 401 with the one body that tells nothing."""
    async with desk.http.post(f"{desk.origin}/desk/api/session", json={"init_data": init_data()}) as response:
        assert response.status == 401
        assert await response.json() == {"error": "unauthorized"}


@pytest.mark.parametrize("header", [None, "Bearer ", "Bearer not-a-token", "Basic abc"])
async def test_the_api_without_a_live_token_is_the_same_401(desk: Desk, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    for path in ("calendar", "messages", "record", "count"):
        async with desk.http.get(f"{desk.origin}/desk/api/{path}", headers=headers) as response:
            assert response.status == 401
            assert await response.json() == {"error": "unauthorized"}


async def test_posts_need_json_and_our_own_origin(desk: Desk) -> None:
    """A cross-site form or a foreign Origin cannot ride a token (none is in a cookie anyway)."""
    token = await desk.session()
    auth = {"Authorization": f"Bearer {token}"}
    async with desk.http.post(f"{desk.origin}/desk/api/preview", data="a=b", headers=auth) as response:
        assert response.status == 403
    status, _ = await desk.call(token, "preview", form(), Origin="https://evil.example")
    assert status == 403
    status, _ = await desk.call(token, "preview", form(), Origin=desk.origin)
    assert status == 200


async def test_every_desk_response_carries_the_security_headers(desk: Desk) -> None:
    for path in ("/desk", "/desk/desk.js", "/desk/desk.css", "/desk/api/calendar"):
        async with desk.http.get(f"{desk.origin}{path}") as response:
            csp = response.headers["Content-Security-Policy"]
            assert "default-src 'none'" in csp and "script-src 'self'" in csp
            assert "frame-ancestors https://web.telegram.org" in csp
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["Referrer-Policy"] == "no-referrer"
    async with desk.http.get(f"{desk.origin}/desk/api/calendar") as response:
        assert response.headers["Cache-Control"] == "no-store"
    async with desk.http.get(f"{desk.origin}/healthz") as response:
        assert "Content-Security-Policy" not in response.headers


async def test_the_page_loads_nothing_from_elsewhere_and_no_inline_script(desk: Desk) -> None:
    async with desk.http.get(f"{desk.origin}/desk") as response:
        page = await response.text()
    assert '<script src="/desk/desk.js" defer></script>' in page
    assert "<script>" not in page and "http://" not in page and "https://" not in page
    assert " on" + "click=" not in page and "style=" not in page


# -- the editor -----------------------------------------------------------------------------------
async def test_preview_shows_each_problem_at_its_field_in_the_admins_language(desk: Desk) -> None:
    token = await desk.session(lang="de")
    bad = form(
        when="2020-01-01 09:00",
        texts={"be": "<script>x</script>", "ru": "x" * 4097},
        buttons="no url here",
    )
    status, body = await desk.call(token, "preview", bad)
    assert status == 200 and body["ok"] is False
    problems = body["problems"]
    assert set(problems) == {"when", "text-be", "text-ru", "buttons"}
    assert problems["text-be"] == desk.router.catalog.format("post-text-tag", {"fragment": "<script>"}, "de")
    past = {"now": "2027-05-01 12:00 Europe/Minsk", "example": "2027-05-21 09:00"}
    assert problems["when"] == desk.router.catalog.format("post-when-past", past, "de")


async def test_preview_renders_as_telegram_and_sanitises(desk: Desk) -> None:
    token = await desk.session()
    texts = {
        "be": '<b>Свабоду</b> <a href="javascript:alert(1)">x</a> <tg-spoiler>s</tg-spoiler>',
        "ru": "Текст",
    }
    status, body = await desk.call(
        token, "preview", form(texts=texts, fallback="ru", buttons="Sign | https://example.org")
    )
    assert status == 200 and body["ok"] is True
    by_channel = {v["channel"]: v for v in body["variants"]}
    assert set(by_channel) == {"@fta_be", "@fta_ru", "@fta_en"}
    be = by_channel["@fta_be"]["html"]
    assert "<b>Свабоду</b>" in be and "javascript" not in be and '<span class="spoiler">s</span>' in be
    assert by_channel["@fta_en"]["text_locale"] == "ru"
    assert by_channel["@fta_be"]["buttons"] == [{"label": "Sign", "url": "https://example.org"}]


async def test_a_post_is_queued_only_from_the_preview_the_admin_saw(desk: Desk) -> None:
    """The chat's version check: a save after a newer preview refuses the older version."""
    token = await desk.session()
    _, first = await desk.call(token, "preview", form())
    _, second = await desk.call(token, "preview", form(texts={"be": "Іншы тэкст", "ru": "Другой"}))
    assert second["version"] > first["version"]
    status, _ = await desk.call(token, "queue", {"draft": first["draft"], "version": first["version"]})
    assert status == 409
    _, again = await desk.call(token, "preview", form(texts={"be": "Іншы тэкст", "ru": "Другой"}))
    assert again["version"] == second["version"]  # the same form again: the preview already seen holds
    status, queued = await desk.call(token, "queue", {"draft": second["draft"], "version": second["version"]})
    assert status == 200, queued
    _, calendar = await desk.call(token, "calendar")
    ours = [item for item in calendar["items"] if item["post"] == queued["id"]]
    assert len(ours) == 1 and ours[0]["status"] == "queued"
    assert {d["channel"] for d in ours[0]["deliveries"]} == {"@fta_be", "@fta_ru"}
    async with desk.router.ctx.posts.db.transaction() as session:
        actions = (await session.scalars(select(AdminAction.action))).all()
    assert "post-queued" in actions


async def test_a_repeating_post_shows_each_occurrence(desk: Desk) -> None:
    token = await desk.session()
    _, shown = await desk.call(token, "preview", form(repeat="daily", repeat_end="3"))
    assert shown["times"] == 3
    await desk.call(token, "queue", {"draft": shown["draft"], "version": shown["version"]})
    _, calendar = await desk.call(token, "calendar?days=31")
    days = [item["day"] for item in calendar["items"] if item["repeat"] == "daily"]
    assert days == ["2027-05-21", "2027-05-22", "2027-05-23"]


async def test_two_admins_editing_one_post_the_stale_save_is_refused_with_the_difference(desk: Desk) -> None:
    first, second = await desk.session(ADMIN), await desk.session(OTHER_ADMIN)
    _, shown = await desk.call(first, "preview", form())
    _, queued = await desk.call(first, "queue", {"draft": shown["draft"], "version": shown["version"]})
    post = queued["id"]
    _, loaded = await desk.call(second, f"post?id={post}")
    assert loaded["texts"]["ru"] == "Свободу политзаключённым"
    _, mine = await desk.call(first, "preview", loaded | {"texts": {"be": "Версія А", "ru": "Версия А"}})
    _, theirs = await desk.call(second, "preview", loaded | {"texts": {"be": "Версія Б", "ru": "Версия Б"}})
    status, _ = await desk.call(first, "queue", {"draft": mine["draft"], "version": mine["version"]})
    assert status == 200
    status, refused = await desk.call(
        second, "queue", {"draft": theirs["draft"], "version": theirs["version"]}
    )
    assert status == 409 and refused["problem"] == "post-edit-stale"
    fields = {d["field"]: d for d in refused["difference"]}
    assert fields["text-ru"] == {"field": "text-ru", "yours": "Версия Б", "theirs": "Версия А"}
    saved = await desk.router.ctx.posts.get(post)
    assert saved is not None and saved.texts["ru"] == "Версия А"


# -- broadcasts ----------------------------------------------------------------------------------------
async def test_broadcast_draft_start_progress_and_cancel(desk: Desk) -> None:
    ctx = desk.router.ctx
    for number, locale in enumerate(["be", "be", "ru"]):
        await ctx.subscribers.subscribe(f"sub{number}", "telegram", str(1000 + number), locale)
    token = await desk.session()
    status, bad = await desk.call(token, "broadcast", {"text": "<blink>no</blink>"})
    assert bad["ok"] is False and "text" in bad["problems"]
    _, draft = await desk.call(token, "broadcast", {"text": "Сёння <b>акцыя</b>"})
    assert draft["audience"]["be"] == 2 and draft["audience"]["ru"] == 1 and draft["total"] == 3
    status, _ = await desk.call(token, "broadcast/start", {"id": draft["id"], "locales": ["be"]})
    assert status == 200
    status, progress = await desk.call(token, f"broadcast/progress?id={draft['id']}")
    assert status == 200 and progress["status"] == "running" and progress["total"] == 2
    assert progress["remaining"] == 2
    status, _ = await desk.call(token, "broadcast/cancel", {"id": draft["id"]})
    assert status == 200
    _, progress = await desk.call(token, f"broadcast/progress?id={draft['id']}")
    assert progress["status"] == "cancelled"
    status, _ = await desk.call(token, "broadcast/cancel", {"id": draft["id"]})
    assert status == 409
    async with ctx.posts.db.transaction() as session:
        stored = await session.get(Broadcast, draft["id"])
        actions = (await session.scalars(select(AdminAction.action))).all()
    assert stored is not None and stored.locales == "be"
    assert {"broadcast", "broadcast-cancelled"} <= set(actions)


# -- lockdown, count, record ------------------------------------------------------------------------------
async def test_a_lockdown_refuses_in_the_desk_what_the_chat_refuses(desk: Desk) -> None:
    ctx = desk.router.ctx
    token = await desk.session()
    _, first = await desk.call(token, "preview", form())
    _, queued = await desk.call(token, "queue", {"draft": first["draft"], "version": first["version"]})
    _, shown = await desk.call(token, "preview", form())
    await ctx.lockdown.turn_on(desk.router.hasher.user_ref("telegram", OWNER))
    for path, body in [
        ("preview", form()),
        ("queue", {"draft": shown["draft"], "version": shown["version"]}),
        ("broadcast", {"text": "x"}),
        ("count/set", {"value": "1200"}),
        ("count/accept", {"id": 1}),
    ]:
        status, refused = await desk.call(token, path, body)
        assert status == 423, path
        assert refused["message"] == desk.router.catalog.format("lockdown-refused", locale="en")
    owner = await desk.session(OWNER)  # an owner may look and take out, never send
    status, _ = await desk.call(owner, "queue", {"draft": shown["draft"], "version": shown["version"]})
    assert status == 423
    status, _ = await desk.call(token, "cancel", {"post": queued["id"]})
    assert status == 423
    status, _ = await desk.call(owner, "cancel", {"post": queued["id"]})
    assert status == 200
    _, record = await desk.call(token, "record")
    assert record["lockdown"] is True
    assert any(
        e["action"] == "refused-in-lockdown" and e["who"] == "A1" and e["you"] for e in record["entries"]
    )


async def test_a_figure_by_hand_is_stored_as_setstat_stores_it(desk: Desk) -> None:
    token = await desk.session()
    desk.moment[0] = datetime.now(UTC)
    _, bad = await desk.call(token, "count/set", {"value": "1 135"})
    assert bad["ok"] is False and "value" in bad["problems"]
    today = desk.router.ctx.local().date().isoformat()
    _, done = await desk.call(token, "count/set", {"value": "1135", "date": today, "note": "invented source"})
    assert done["ok"] is True
    _, count = await desk.call(token, "count")
    assert count["history"][0] == {"value": 1135, "as_of": today, "method": "manual", "at_least": False}


async def test_the_record_names_admins_by_alias_never_by_id(desk: Desk) -> None:
    token = await desk.session(OTHER_ADMIN)
    await desk.call(token, "preview", form())
    _, record = await desk.call(token, "record")
    text = str(record)
    assert str(OTHER_ADMIN) not in text and desk.router.hasher.user_ref("telegram", OTHER_ADMIN) not in text
    assert record["entries"][0]["who"] == "A2"


async def test_the_calendar_shows_past_posts_with_their_report_and_link(desk: Desk) -> None:
    ctx = desk.router.ctx
    token = await desk.session()
    _, shown = await desk.call(token, "preview", form())
    _, queued = await desk.call(token, "queue", {"draft": shown["draft"], "version": shown["version"]})
    from sqlalchemy import update

    from bot.storage.models import PostDelivery

    async with ctx.posts.db.transaction() as session:
        await session.execute(
            update(PostDelivery)
            .where(PostDelivery.post_id == queued["id"], PostDelivery.channel == "@fta_be")
            .values(status="sent", message_id=42)
        )
        await session.execute(
            update(PostDelivery)
            .where(PostDelivery.post_id == queued["id"], PostDelivery.channel == "@fta_ru")
            .values(status="failed")
        )
    desk.moment[0] = START + timedelta(days=21)
    _, calendar = await desk.call(token, "calendar")
    item = next(i for i in calendar["items"] if i["post"] == queued["id"])
    assert item["status"] == "partly-sent"
    links = {d["channel"]: d["link"] for d in item["deliveries"]}
    assert links == {"@fta_be": "https://t.me/fta_be/42", "@fta_ru": None}


async def test_the_calendar_opens_at_a_given_day_and_names_the_next_post(desk: Desk) -> None:
    token = await desk.session()
    _, shown = await desk.call(token, "preview", form())
    _, queued = await desk.call(token, "queue", {"draft": shown["draft"], "version": shown["version"]})
    assert queued["day"] == "2027-05-21"
    _, week = await desk.call(token, "calendar?days=7&from=2027-05-18")
    assert week["from"] == "2027-05-18" and week["next"] == "2027-05-21"
    assert [item["post"] for item in week["items"]] == [queued["id"]]
    _, later = await desk.call(token, "calendar?days=7&from=2027-05-22")
    assert later["items"] == []


async def test_the_count_chart_is_the_chat_s_own(desk: Desk) -> None:
    """The seeded figures give the chart /stats sends, as a PNG for the page."""
    token = await desk.session()
    status, image = await desk.call(token, "count/chart")
    assert status == 200 and image[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_page_weighs_little() -> None:
    """desk.html + desk.js + desk.css, uncompressed: the whole page, no library, no build step."""
    from bot.web.desk.routes import STATIC

    sizes = {path.name: path.stat().st_size for path in sorted(STATIC.iterdir())}
    print(f"\ndesk page weight: {sizes} = {sum(sizes.values())} bytes")
    assert set(sizes) == {"desk.html", "desk.js", "desk.css"}
    assert sum(sizes.values()) < 50_000


async def test_an_edit_in_the_chat_under_a_newer_desk_edit_is_refused_too(desk: Desk) -> None:
    """One rule for both: the chat's Confirm of an edit begun before another saved edit queues nothing."""
    from bot.core import Incoming

    token = await desk.session(OTHER_ADMIN)
    _, shown = await desk.call(token, "preview", form())
    _, queued = await desk.call(token, "queue", {"draft": shown["draft"], "version": shown["version"]})
    post = queued["id"]

    async def chat(text: str = "", data: str | None = None) -> list[Any]:
        return await desk.router.handle(Incoming("telegram", ADMIN, "en", text=text, callback_data=data))

    await chat(f"/edit {post}")
    await chat("ru: Правка из чата")
    await chat(data="post:next")  # the English channel has no text: the chat asks for a fallback
    buttons = [button for reply in await chat(data="post:fb:-") for row in reply.buttons for _, button in row]
    [confirm] = [data for data in buttons if data.startswith("post:ok:")]

    _, loaded = await desk.call(token, f"post?id={post}")
    _, edited = await desk.call(token, "preview", loaded | {"texts": {"be": "Б", "ru": "Правка со стола"}})
    status, _ = await desk.call(token, "queue", {"draft": edited["draft"], "version": edited["version"]})
    assert status == 200

    [refusal] = await chat(data=confirm)
    assert refusal.text == desk.router.catalog.format("post-edit-stale", {"id": post}, "en")
    saved = await desk.router.ctx.posts.get(post)
    assert saved is not None and saved.texts["ru"] == "Правка со стола"
