"""The Mastodon front-end's jobs: the mention stream, and a poll every `poll_seconds` beside it.

Its posts need no job of their own: the post dispatcher calls `MastodonFrontend.publish`
for `mastodon:<locale>` deliveries.
"""

from __future__ import annotations

from typing import Any

from bot.adapters.mastodon import MastodonFrontend
from bot.adapters.mastodon_stream import MentionStream
from scheduler.clock import Clock


def schedule_mastodon_jobs(
    clock: Clock,
    frontend: MastodonFrontend,
    poll_seconds: float | None = None,
    *,
    streaming: bool | None = None,
    **stream_options: Any,
) -> MentionStream:
    """Answer mentions as the stream brings them, else every `poll_seconds` (and once at start).

    Defaults: MASTODON_POLL_SECONDS and MASTODON_STREAMING. `stream_options` go to `MentionStream`
    (tests shorten its backoff). The stream ends when the clock stops.
    """
    masto = frontend.settings.mastodon
    mentions = MentionStream(frontend, poll_seconds or masto.poll_seconds, **stream_options)
    clock.every(mentions.poll_seconds, mentions.poll, "mastodon-mentions", first_run_now=True)
    if masto.streaming if streaming is None else streaming:
        clock.alongside(mentions.stream, "mastodon-stream")
        clock.on_stop(mentions.request_stop)
    return mentions
