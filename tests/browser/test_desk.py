"""The admins' desk (issue 20) in headless Chromium, found by role and label as a screen reader finds it.

Every label the tests look for is read from the catalog (`messages/`), so the tests follow the wording
and check, at the same time, that the page shows the catalog's text in the admin's language.
"""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from playwright.async_api import Browser, Locator, Page, expect
from sqlalchemy import func, select

from bench.desk_page import measure
from bot.i18n import Catalog
from bot.identity import IdentityHasher
from bot.services.subscribers import SubscriberService
from bot.settings import LOCALES
from bot.storage.models import Broadcast, BroadcastDelivery, Post, PostText
from tests.browser.conftest import ADMIN_ID, OTHER_ADMIN_ID, STRANGER_ID, THEMES, Desk, Watched, flip_hash
from tests.conftest import TEST_KEY

pytestmark = [pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]
CATALOG = Catalog()
TABS = ["desk-tab-calendar", "desk-tab-editor", "desk-tab-broadcasts", "desk-tab-count", "desk-tab-record"]
ZONE = ZoneInfo("Europe/Minsk")  # TIMEZONE's default: the admin's zone until they pick one
# A week ahead, so that the month the calendar shows has it; as the datetime-local field takes it.
DAY = (datetime.now(ZONE) + timedelta(days=7)).date().isoformat()
FUTURE = f"{DAY}T09:00"
PAST = (datetime.now(ZONE) - timedelta(days=2)).strftime("%Y-%m-%dT09:00")
EN_TEXT = "<b>Free them all</b>: every political prisoner in Belarus"
BE_TEXT = "<b>Волю ўсім</b>: кожнаму палітвязню ў Беларусі"


def msg(key: str, locale: str = "en", **values: Any) -> str:
    """The catalog's text, as the page should show it."""
    return CATALOG.format(key, values, locale)


def msg_pattern(key: str, locale: str, **fixed: Any) -> re.Pattern[str]:
    """The catalog's text with every variable not in `fixed` matched by anything (a clock time, say)."""
    names = CATALOG.variables(locale).get(key, set()) - set(fixed)
    marks = {name: f"\x00{name}\x00" for name in names}
    text = re.escape(msg(key, locale, **fixed, **marks))
    for mark in marks.values():
        text = text.replace(re.escape(mark), ".+?")
    return re.compile(f"^{text}$")


def rgb(color: str) -> str:
    """`#212121` as getComputedStyle writes it: `rgb(33, 33, 33)`."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


async def open_desk(page: Watched, desk: Desk, locale: str = "en", theme: str = "light") -> Page:
    """Open the desk as an admin and wait until its tabs are there."""
    tab = page.page
    await tab.goto(desk.url(desk.sign(lang=locale), theme))
    await expect(tab.get_by_role("tab", name=msg("desk-tab-calendar", locale), exact=True)).to_be_visible()
    return tab


def text_field(tab: Page, code: str) -> Locator:
    """The post's text in one language (its label ends with the language's code)."""
    return tab.get_by_label(re.compile(rf"\({code}\)$"), exact=False).and_(tab.locator("textarea"))


def editor_preview(tab: Page, locale: str = "en") -> Locator:
    """The editor's preview of the post as Telegram will show it."""
    panel = tab.get_by_role("tabpanel", name=msg("desk-tab-editor", locale))
    return panel.get_by_label("Telegram preview", exact=True)


async def write(tab: Page, code: str, text: str, locale: str = "en") -> None:
    """Pick the language's tab in the editor and type the text."""
    await tab.get_by_role("tab", name=code, exact=True).click()
    await text_field(tab, code).fill(text)


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_two_language_post_is_previewed_queued_and_shown_in_the_calendar(
    page: Watched, desk: Desk, screenshots: Path, theme: str
) -> None:
    tab = await open_desk(page, desk, theme=theme)
    names = [await t.inner_text() for t in await tab.get_by_role("tablist").first.get_by_role("tab").all()]
    assert names == [msg(key) for key in TABS]
    # Telegram's theme, not the system's (the context is light): the page's background is themeParams'.
    background = await tab.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == rgb(THEMES[theme]["bg_color"])

    await tab.get_by_role("tab", name=msg("desk-tab-editor"), exact=True).click()
    await tab.get_by_label(msg("desk-editor-when"), exact=True).fill(FUTURE)
    await write(tab, "en", EN_TEXT)
    await write(tab, "be", BE_TEXT)
    preview = editor_preview(tab)
    await tab.get_by_role("button", name=msg("desk-editor-preview"), exact=True).click()
    await expect(preview).to_contain_text("Free them all")
    await expect(preview).to_contain_text("Волю ўсім")
    await expect(
        preview.locator("b", has_text="Free them all")
    ).to_be_visible()  # rendered, not shown as tags

    await write(tab, "en", EN_TEXT + ", now")  # the preview follows the text (a moment after typing)
    await expect(preview).to_contain_text("every political prisoner in Belarus, now")
    queue = tab.get_by_role("button", name=msg("desk-editor-queue"), exact=True)
    await expect(queue).to_be_enabled()
    await tab.screenshot(path=screenshots / f"editor-{theme}.png", full_page=True)

    await queue.click()
    await expect(tab.get_by_role("status")).to_have_text(msg_pattern("desk-queued", "en"))
    await tab.get_by_role("tab", name=msg("desk-tab-calendar"), exact=True).click()
    calendar = tab.get_by_role("tabpanel", name=msg("desk-tab-calendar"))
    await expect(calendar.get_by_role("heading", name=DAY)).to_be_visible()
    await expect(calendar).to_contain_text(re.compile("Free them all|Волю ўсім"))  # its first line
    channels = calendar.get_by_role("list", name=msg("desk-calendar-channels"))
    for channel, code in (("@free_en_channel", "en"), ("@free_be_channel", "be")):
        await expect(channels).to_contain_text(f"{channel} ({code}): {msg('desk-delivery-pending')}")
    await tab.screenshot(path=screenshots / f"calendar-{theme}.png", full_page=True)

    async with desk.db.transaction() as session:
        queued = (await session.scalars(select(Post).where(Post.status == "queued"))).all()
        assert len(queued) == 1
        texts = {
            row.locale: row.body for row in await session.execute(select(PostText.locale, PostText.body))
        }
    assert texts == {"en": EN_TEXT + ", now", "be": BE_TEXT}
    await expect(tab.get_by_role("status")).to_have_text(
        msg("desk-queued", id=queued[0].id, when=f"{DAY} 09:00 Europe/Minsk")
    )
    assert not page.console_errors()


async def compose_and_queue(tab: Page, texts: dict[str, str]) -> None:
    """As an admin would: the Editor tab, the time, each language's text, Preview, Queue."""
    await tab.get_by_role("tab", name=msg("desk-tab-editor"), exact=True).click()
    await tab.get_by_label(msg("desk-editor-when"), exact=True).fill(FUTURE)
    for code, text in texts.items():
        await write(tab, code, text)
    await tab.get_by_role("button", name=msg("desk-editor-preview"), exact=True).click()
    await tab.get_by_role("button", name=msg("desk-editor-queue"), exact=True).click()
    await expect(tab.get_by_role("status")).to_have_text(msg_pattern("desk-queued", "en"))


async def edit_from_calendar(tab: Page, code: str, text: str) -> None:
    """Calendar, the queued post's Edit button, a new text in one language, Preview."""
    await tab.get_by_role("tab", name=msg("desk-tab-calendar"), exact=True).click()
    await tab.get_by_role(
        "button", name=re.compile(rf"^{re.escape(msg('desk-calendar-edit'))} #\d+$")
    ).click()
    await expect(tab.get_by_role("tab", name=msg("desk-tab-editor"), exact=True)).to_have_attribute(
        "aria-selected", "true"
    )
    await write(tab, code, text)
    await tab.get_by_role("button", name=msg("desk-editor-preview"), exact=True).click()
    await expect(editor_preview(tab)).to_contain_text(text)


async def test_two_admins_editing_one_post_the_newer_wins_and_the_other_sees_the_difference(
    page: Watched, browser: Browser, desk: Desk
) -> None:
    first = await open_desk(page, desk)
    await compose_and_queue(first, {"en": EN_TEXT, "be": BE_TEXT})
    context = await browser.new_context(viewport={"width": 420, "height": 860}, color_scheme="light")
    try:
        second = await context.new_page()
        await second.goto(desk.url(desk.sign(user_id=OTHER_ADMIN_ID)))
        await edit_from_calendar(second, "en", "The second admin's words")
        await edit_from_calendar(first, "en", "The first admin's words")
        await first.get_by_role("button", name=msg("desk-editor-queue"), exact=True).click()
        await expect(first.get_by_role("status")).to_have_text(msg_pattern("desk-queued", "en"))

        await second.get_by_role("button", name=msg("desk-editor-queue"), exact=True).click()  # now stale
        await expect(second.get_by_role("status")).to_have_text(msg_pattern("post-edit-stale", "en"))
        await expect(second.get_by_text(msg("desk-editor-difference"), exact=True)).to_be_visible()
        row = second.get_by_role("row", name=re.compile("text-en"))
        await expect(row).to_contain_text("The second admin's words")
        await expect(row).to_contain_text("The first admin's words")
    finally:
        await context.close()
    async with desk.db.transaction() as session:
        queued = (await session.scalars(select(Post.id).where(Post.status == "queued"))).all()
        assert len(queued) == 1
        text = await session.scalar(
            select(PostText.body).where(PostText.post_id == queued[0], PostText.locale == "en")
        )
    assert text == "The first admin's words"


async def test_field_errors_are_at_the_field_in_the_admins_language(page: Watched, desk: Desk) -> None:
    tab = await open_desk(page, desk, locale="be")
    await tab.get_by_role("tab", name=msg("desk-tab-editor", "be"), exact=True).click()
    when = tab.get_by_label(msg("desk-editor-when", "be"), exact=True)
    await when.fill(PAST)
    await write(tab, "be", "<blink>Волю ўсім</blink>")
    await tab.get_by_role("button", name=msg("desk-editor-preview", "be"), exact=True).click()

    text = text_field(tab, "be")
    await expect(text).to_have_attribute("aria-invalid", "true")
    await expect(text).to_have_accessible_description(msg("post-text-tag", "be", fragment="<blink>"))
    await expect(when).to_have_attribute("aria-invalid", "true")
    await expect(when).to_have_accessible_description(msg_pattern("post-when-past", "be"))
    await expect(tab.get_by_role("button", name=msg("desk-editor-queue", "be"), exact=True)).to_be_disabled()
    async with desk.db.transaction() as session:
        assert (
            await session.scalar(select(func.count()).select_from(Post).where(Post.status == "queued")) == 0
        )


async def test_a_broadcast_is_watched_and_cancelled(page: Watched, desk: Desk, screenshots: Path) -> None:
    people = range(9001, 9021)  # invented subscribers
    subscribers = SubscriberService(desk.db, IdentityHasher(TEST_KEY.encode()))
    for person in people:
        await subscribers.subscribe(
            subscribers.hasher.user_ref("telegram", person), "telegram", str(person), "en"
        )
    desk.fake.delays["sendMessage"] = 0.2  # with BROADCAST_RATE 4: about 5 s for all, long enough to watch

    tab = await open_desk(page, desk)
    await tab.get_by_role("tab", name=msg("desk-tab-broadcasts"), exact=True).click()
    await tab.get_by_label(msg("desk-broadcast-text"), exact=True).fill("<b>Free them all</b> #FreeThemAll")
    await tab.get_by_role("button", name=msg("desk-broadcast-prepare"), exact=True).click()
    panel = tab.get_by_role("tabpanel", name=msg("desk-tab-broadcasts"))
    await expect(panel.get_by_label("Telegram preview", exact=True)).to_contain_text("Free them all")
    await tab.get_by_role("button", name=msg("desk-broadcast-start"), exact=True).click()

    sent = msg("desk-broadcast-sent")
    # The live region a screen reader reads out as the numbers change.
    progress = panel.locator("[aria-live]", has_text=sent)
    await expect(progress).to_have_attribute("aria-live", "polite")
    first = await _figure(progress, sent, at_least=1)
    later = await _figure(progress, sent, at_least=first + 1)  # the numbers move
    assert later < len(people)
    await tab.get_by_role("button", name=msg("desk-broadcast-cancel"), exact=True).click()
    await expect(progress).to_contain_text(msg("desk-bc-status-cancelled"))
    await tab.screenshot(path=screenshots / "broadcast-cancelled-light.png", full_page=True)

    await asyncio.sleep(1.0)  # a send in flight when it was cancelled may still land; then none
    reached = sum(desk.fake.delivered[p] for p in people)
    await asyncio.sleep(1.0)
    after = sum(desk.fake.delivered[p] for p in people)
    assert after == reached, f"{after - reached} more sent a second or more after the cancel showed"
    assert reached < len(people)
    async with desk.db.transaction() as session:
        status = await session.scalar(select(Broadcast.status))
        logged = await session.scalar(select(func.count()).select_from(BroadcastDelivery))
    assert status == "cancelled"
    assert logged == reached
    assert not page.console_errors()


async def _figure(progress: Locator, label: str, at_least: int) -> int:
    """Wait until the live region shows `label N` with N >= at_least; return N."""
    pattern = re.compile(rf"{re.escape(label)}\s+(\d+)")
    async with asyncio.timeout(10):
        while True:
            found = pattern.search(await progress.inner_text())
            if found and int(found.group(1)) >= at_least:
                return int(found.group(1))
            await asyncio.sleep(0.05)


@pytest.mark.parametrize(("who", "locale"), [("forged", "en"), ("expired", "en"), ("stranger", "be")])
async def test_the_desk_refuses_a_forged_expired_or_stranger_init_data(
    page: Watched, desk: Desk, screenshots: Path, who: str, locale: str
) -> None:
    max_age = desk.settings.core.desk_init_max_age
    init_data = {
        "forged": flip_hash(desk.sign()),
        "expired": desk.sign(age=max_age + 60),
        "stranger": desk.sign(user_id=STRANGER_ID, lang=locale),
    }[who]
    tab = page.page
    await tab.goto(desk.url(init_data))
    await expect(tab.locator("body.refused")).to_have_count(1)
    await expect(tab.get_by_role("status")).to_have_text(msg("desk-refused", locale))
    if who == "stranger":
        await tab.screenshot(path=screenshots / "refused-be-light.png")
    await expect(tab.get_by_role("tab")).to_have_count(0)
    assert page.api_responses() == [("/desk/api/session", 401)]  # and no other call was even tried
    # What the page would have asked for answers nobody without a session.
    async with aiohttp.ClientSession() as client:
        for path in ("calendar", "record", "broadcast/progress?id=1"):
            async with client.get(f"{desk.origin}/desk/api/{path}") as response:
                assert response.status == 401
                assert await response.json() == {"error": "unauthorized"}
        async with client.post(f"{desk.origin}/desk/api/session", json={"init_data": init_data}) as response:
            assert (response.status, await response.json()) == (401, {"error": "unauthorized"})
    assert all("401" in text for text in page.console_errors()), (
        page.console_errors()
    )  # Chromium logs the refused call


async def test_the_keyboard_reaches_tabs_and_fields_and_the_page_keeps_its_policy(
    page: Watched, desk: Desk
) -> None:
    await page.page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " (e) => window.__csp.push(e.violatedDirective));"
    )
    response = await page.page.goto(desk.url())
    assert response is not None
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    tab = page.page
    calendar = tab.get_by_role("tab", name=msg("desk-tab-calendar"), exact=True)
    await expect(calendar).to_be_visible()

    await _tab_to(tab, "#tab-calendar")
    await tab.keyboard.press("ArrowRight")
    editor = tab.get_by_role("tab", name=msg("desk-tab-editor"), exact=True)
    await expect(editor).to_be_focused()
    await expect(editor).to_have_attribute("aria-selected", "true")
    await _tab_to(tab, "#ed-when")
    await tab.get_by_label(msg("desk-editor-when"), exact=True).fill(
        FUTURE
    )  # its widget's keys vary by locale
    await _tab_to(tab, "#ed-langs [aria-selected=true]")  # the languages' tabs: Tab stops at the chosen one
    await tab.keyboard.press("Home")
    await expect(tab.get_by_role("tab", name=LOCALES[0], exact=True)).to_be_focused()
    for _ in range(LOCALES.index("en")):
        await tab.keyboard.press("ArrowRight")
    await expect(tab.get_by_role("tab", name="en", exact=True)).to_have_attribute("aria-selected", "true")
    await _tab_to(tab, "#ed-text-en")
    await tab.keyboard.type("Free them all")
    await _tab_to(tab, "#ed-preview")
    await tab.keyboard.press("Enter")
    preview = editor_preview(tab)
    await expect(preview).to_contain_text("Free them all")
    await _tab_to(tab, "#ed-new")
    await tab.keyboard.press("Space")  # a new post: the editor empties
    await expect(text_field(tab, "en")).to_have_value("")

    assert not page.console_errors()
    assert not page.csp_violations()
    assert await tab.evaluate("window.__csp") == []
    # The watch itself works: an inline script is refused, and seen.
    await tab.evaluate(
        "document.body.append(Object.assign(document.createElement('script'), {textContent: '1'}))"
    )
    await tab.wait_for_function("window.__csp.length === 1")
    assert page.csp_violations()


async def test_a_figure_by_hand_shows_in_the_count_and_the_record_names_nobody_by_id(
    page: Watched, desk: Desk
) -> None:
    tab = await open_desk(page, desk)
    await tab.get_by_role("tab", name=msg("desk-tab-count"), exact=True).click()
    figure = tab.get_by_label(msg("desk-count-value"), exact=True)
    await figure.fill("many")
    await tab.get_by_role("button", name=msg("desk-count-save"), exact=True).click()
    await expect(figure).to_have_attribute("aria-invalid", "true")
    await expect(figure).to_have_accessible_description(msg("setstat-usage"))

    today = datetime.now(ZONE).date().isoformat()
    await figure.fill("1234")  # an invented figure
    await tab.get_by_label(msg("desk-count-date"), exact=True).first.fill(today)
    await tab.get_by_role("button", name=msg("desk-count-save"), exact=True).click()
    await expect(figure).to_have_attribute("aria-invalid", "false")
    history = tab.get_by_role("tabpanel", name=msg("desk-tab-count")).get_by_role("table")
    await expect(history.get_by_role("row", name=re.compile(rf"{today}.*1234"))).to_contain_text(
        msg("desk-method-manual")
    )
    await expect(tab.get_by_role("img", name=msg("desk-count-chart"))).to_be_visible()  # a data: image

    await tab.get_by_role("tab", name=msg("desk-tab-record"), exact=True).click()
    record = tab.get_by_role("tabpanel", name=msg("desk-tab-record")).get_by_role("table")
    line = record.get_by_role("row", name=re.compile(re.escape(msg("desk-action-setstat"))))
    await expect(line).to_contain_text(f"({msg('desk-record-you')})")
    page_text = await tab.content()
    assert str(ADMIN_ID) not in page_text and str(OTHER_ADMIN_ID) not in page_text
    assert not page.console_errors()


async def _tab_to(tab: Page, selector: str, presses: int = 30) -> None:
    """Press Tab until the focused element matches the CSS `selector`."""
    seen = []
    for _ in range(presses):
        if await tab.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
        seen.append(await tab.evaluate("document.activeElement.id || document.activeElement.tagName"))
        await tab.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}: {seen}")


async def test_every_admin_id_is_welcome_and_the_session_lives_in_memory_only(
    page: Watched, desk: Desk
) -> None:
    """The second of ADMIN_IDS opens it too (the stranger's refusal is about the id, nothing else);
    the session's token is in no cookie (a CSRF could ride it) and in no storage."""
    tab = page.page
    await tab.goto(desk.url(desk.sign(user_id=OTHER_ADMIN_ID)))
    await tab.get_by_role("tab", name=msg("desk-tab-record"), exact=True).click()
    await expect(tab.get_by_role("tabpanel", name=msg("desk-tab-record"))).to_be_visible()
    assert await tab.context.cookies() == []
    assert await tab.evaluate("localStorage.length + sessionStorage.length") == 0
    assert not page.console_errors()


async def test_the_page_weight_and_the_first_render_are_measured(browser: Browser, desk: Desk) -> None:
    """bench/desk_page.py's measure, twice (`pytest -s` shows the figures; the bench takes more loads)."""
    figures = await measure(browser, desk.url, loads=2)
    print(f"\n{figures.report()}")
    assert all(figures.weight[kind] > 0 for kind in ("html", "js", "css"))
    assert len(figures.fcp_ms) == len(figures.ready_ms) == 2
