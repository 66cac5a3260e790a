"""The admins' desk (issue 20) in headless Chromium, driven by role and label as a screen reader would."""

from __future__ import annotations

import pytest

from tests.browser.conftest import Desk, Watched

pytestmark = [pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]


async def test_the_browser_reaches_the_running_bot(page: Watched, desk: Desk) -> None:
    response = await page.page.goto(f"{desk.origin}/healthz")
    assert response is not None and response.status == 200
    assert (await response.json())["status"] == "ok"
