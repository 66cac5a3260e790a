"""The digest's line on this week's birthdays: chosen under /subscribe, sent only to those who chose it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.core import Incoming
from bot.services.daily import DailyTexts
from bot.services.letters import parse
from scheduler.jobs import ensure_digest
from tests.fakes.telegram import FakeTelegram
from tests.scheduler.test_broadcaster import sender

DATA = Path(__file__).resolve().parents[1] / "data" / "prisoners-invented.csv"
TEN_MINSK = datetime(2026, 12, 8, 7, 0, tzinfo=UTC)  # 12 birthdays from the 8th to the 15th
WANTS, DOES_NOT = 31, 32


async def test_only_those_who_chose_it_get_the_birthdays_line(
    start_bot: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    bot = await start_bot(broadcasts={"digest_time": "10:00"})
    router, ctx = bot.router, bot.router.ctx
    await ctx.letters.replace(parse(DATA.read_bytes()), "list.csv", TEN_MINSK)
    [alone] = await router.handle(Incoming("telegram", WANTS, "ru", callback_data="letdig:on"))
    assert alone.text == router.catalog.format("letters-digest-not-subscribed", locale="ru")
    for person in (WANTS, DOES_NOT):
        done, *_ = await router.handle(Incoming("telegram", person, "ru", text="/subscribe"))
        assert ("Добавить дни рождения недели", "letdig:on") in [b for row in done.buttons for b in row]
    [chosen] = await router.handle(Incoming("telegram", WANTS, "ru", callback_data="letdig:on"))
    assert chosen.text == router.catalog.format("letters-digest-on", locale="ru")

    assert await ensure_digest(ctx, DailyTexts(router.catalog, ctx.stats), TEN_MINSK) is True
    assert await sender(bot).run_once() is True
    texts = {int(c.params["chat_id"]): str(c.params["text"]) for c in fake.calls("sendMessage")}
    line = router.catalog.format("letters-digest-line", {"count": 12}, "ru")
    assert line == "12 дней рождения политзаключённых на этой неделе: /letters"
    assert texts[WANTS].endswith(line)
    assert line not in texts[DOES_NOT] and texts[WANTS].startswith(texts[DOES_NOT])

    [off] = await router.handle(Incoming("telegram", WANTS, "ru", callback_data="letdig:off"))
    assert off.text == router.catalog.format("letters-digest-off", locale="ru")
