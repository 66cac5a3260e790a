"""The Mastodon front-end's job: read the account's mentions every `poll_seconds`.

Its posts need no job of their own: the post dispatcher calls `MastodonFrontend.publish`
for `mastodon:<locale>` deliveries.
"""

from __future__ import annotations

from bot.adapters.mastodon import MastodonFrontend
from scheduler.clock import Clock

MENTION_POLL_SECONDS = 30.0


def schedule_mastodon_jobs(
    clock: Clock, frontend: MastodonFrontend, poll_seconds: float = MENTION_POLL_SECONDS
) -> None:
    """Answer new mentions every `poll_seconds` (and once at start), one poll at a time."""
    clock.every(poll_seconds, frontend.poll_mentions_once, "mastodon-mentions", first_run_now=True)
