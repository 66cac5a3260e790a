"""The jobs the clock runs: plain async functions that take the services they need."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from bot.services.pledges import PledgeService
from bot.storage.models import utcnow

log = logging.getLogger(__name__)
Publish = Callable[[str, Mapping[str, Any]], Awaitable[None]]


async def announce_milestones(pledges: PledgeService, publish: Publish) -> int:
    """Announce each due milestone once: the database hands each one to exactly one instance."""
    won = await pledges.claim_due_milestones(utcnow())
    for threshold in won:
        log.info("announcing the milestone of %s signatures", threshold)
        await publish("milestone-reached", {"count": threshold})
    return len(won)
