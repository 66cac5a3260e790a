"""The admins' notices with both platforms set: each admin told where they are an admin."""

from __future__ import annotations

from collections.abc import Mapping

from bot.core import Button
from bot.services.delivery import Lines
from scheduler.jobs import route_notify

MASTODON_ADMIN, TELEGRAM_ADMIN = "m" * 64, "t" * 64


class Platform:
    """One platform's notify, recording whom it was asked to tell."""

    def __init__(self) -> None:
        self.told: list[str | None] = []

    async def __call__(
        self,
        admin_ref: str | None,
        key: str,
        values: Mapping[str, object],
        lines: Lines,
        buttons: tuple[tuple[Button, ...], ...] = (),
    ) -> None:
        self.told.append(admin_ref)


async def test_one_admins_report_goes_to_their_platform_and_a_general_notice_to_both() -> None:
    telegram, mastodon = Platform(), Platform()
    notices = route_notify(telegram, mastodon)
    notices.is_mastodon_admin = lambda ref: ref == MASTODON_ADMIN
    await notices.notify(MASTODON_ADMIN, "post-report", {}, ())
    await notices.notify(TELEGRAM_ADMIN, "post-report", {}, ())
    await notices.notify_admins("stats-alert-stale", {})
    assert mastodon.told == [MASTODON_ADMIN, None]
    assert telegram.told == [TELEGRAM_ADMIN, None]


async def test_without_telegram_every_notice_goes_to_the_mastodon_admins() -> None:
    mastodon = Platform()
    notices = route_notify(None, mastodon)
    await notices.notify(TELEGRAM_ADMIN, "post-report", {}, ())  # no longer an admin anywhere: all are told
    await notices.notify_admins("stats-alert-stale", {})
    assert mastodon.told == [TELEGRAM_ADMIN, None]
