"""Prometheus metrics: counters kept by the process, gauges kept in memory by a background job.

Served on METRICS_PORT only (bot/web/app.py), never on the public port. A scrape reads memory and
never the database, so a flood of scrapes cannot slow the bot: `refresh` reads the gauges'
sources every REFRESH_SECONDS. Labels never carry a user id, a chat id or free text: an update
is counted under its command's name only when the command is registered, otherwise under
`unknown`, so the number of series stays bounded whatever people type. Personal commands
(signing, withdrawing, erasing, language, safe mode, subscriptions) share one label,
`personal`, so that a scraper's stored series does not date each signature or withdrawal;
the pledge gauge is the public count (`PledgeService.public_count`), not the exact one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from prometheus_client import CONTENT_TYPE_PLAIN_0_0_4, CollectorRegistry, Counter, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from sqlalchemy import func, select

from bot.core import Request
from bot.services.pledges import PUBLIC
from bot.storage.models import Broadcast, BroadcastDelivery, PostDelivery, StatSourceState, Subscriber
from bot.storage.models import Counter as CounterRow
from bot.storage.session import Database

log = logging.getLogger(__name__)
CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4
GAUGE_TIMEOUT_SECONDS = 3.0  # one slow source must not hold the others back
REFRESH_SECONDS = 15.0  # Fly's scraper reads every 15 s
PERSONAL = {"pledge", "unpledge", "forget", "lang", "safe", "subscribe", "unsubscribe"}

# One registry per process, not prometheus_client's global one: tests read it directly.
REGISTRY = CollectorRegistry()
UPDATES = Counter(
    "freethemall_updates",
    "Updates handled, by command (or button, text, unknown)",
    ["command"],
    registry=REGISTRY,
)
REPLIES_SENT = Counter(
    "freethemall_replies_sent", "Replies, milestone posts and admin notices sent", registry=REGISTRY
)
ERRORS = Counter(
    "freethemall_errors", "Updates whose handling failed, by exception type", ["error"], registry=REGISTRY
)
RATE_LIMITED = Counter(
    "freethemall_rate_limited", "Sends refused by the platform with 429 (retry after)", registry=REGISTRY
)
SAFE_MODE_DELETIONS_FAILED = Counter(
    "freethemall_safe_mode_deletions_failed",
    "Safe-mode deletions given up: Telegram refused them (too old, bot blocked) or every retry failed",
    registry=REGISTRY,
)

GaugeValue = float | Mapping[str, float] | None
GaugeSource = Callable[[Database], Awaitable[GaugeValue]]


@dataclass(frozen=True)
class _Gauge:
    name: str
    description: str
    source: GaugeSource
    label: str


_GAUGES: dict[str, _Gauge] = {}
_READ: dict[str, Metric] = {}  # each gauge as last read by `refresh`: what a scrape serves


def register_gauge(name: str, description: str, source: GaugeSource, label: str = "kind") -> None:
    """Add a gauge that `source(db)` reads at each refresh (queue depth, subscribers, progress...).

    `source` returns one number, or a mapping from a `label` value to a number (e.g. posts by
    state); None leaves the gauge out of that scrape. Registering a name again replaces it.
    """
    _GAUGES[name] = _Gauge(name, description, source, label)


def update_label(request: Request, commands: Mapping[str, object]) -> str:
    """The bounded label an update is counted under."""
    if request.callback is not None:
        return "button"
    if request.command is None:
        return "text"
    if request.command in PERSONAL:
        return "personal"
    return request.command if request.command in commands else "unknown"


def count_update(request: Request, commands: Mapping[str, object]) -> None:
    """Count one update under its command's label."""
    UPDATES.labels(update_label(request, commands)).inc()


def exposition() -> bytes:
    """The text format: the process's counters, then every gauge as last refreshed (no database)."""
    return generate_latest(REGISTRY) + generate_latest(_Snapshot(list(_READ.values())))


async def refresh(db: Database) -> None:
    """Read every gauge's source now (the background job); one that fails drops out until it answers."""
    for gauge in list(_GAUGES.values()):
        family = await _read(gauge, db)
        if family is None:
            _READ.pop(gauge.name, None)
        else:
            _READ[gauge.name] = family


async def _read(gauge: _Gauge, db: Database) -> Metric | None:
    try:
        value = await asyncio.wait_for(gauge.source(db), GAUGE_TIMEOUT_SECONDS)
    except Exception as exc:  # one failing source must not hide the others
        log.warning("metrics: %s could not be read (%s)", gauge.name, type(exc).__name__)
        return None
    if value is None:
        return None
    if not isinstance(value, Mapping):
        return GaugeMetricFamily(gauge.name, gauge.description, value=float(value))
    family = GaugeMetricFamily(gauge.name, gauge.description, labels=[gauge.label])
    for label_value, number in value.items():
        family.add_metric([label_value], float(number))
    return family


class _Snapshot:
    """Metric families read for one scrape, in the shape generate_latest expects."""

    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterator[Metric]:
        """Every family of this scrape."""
        return iter(self.families)


async def _pledges(db: Database) -> float | None:
    """The public count's last snapshot (None before the first one)."""
    async with db.transaction() as session:
        value = await session.scalar(select(CounterRow.value).where(CounterRow.name == PUBLIC))
    return None if value is None else float(value)


async def _stats_source_age(db: Database) -> float | None:
    async with db.transaction() as session:
        last = await session.scalar(select(StatSourceState.last_success_at).where(StatSourceState.id == 1))
    return None if last is None else (datetime.now(UTC) - last).total_seconds()


register_gauge("freethemall_pledges", "Signatures at the last PLEDGE_PUBLIC_COUNT_MINUTES boundary", _pledges)
register_gauge(
    "freethemall_stats_source_age_seconds",
    "Seconds since the political-prisoner count was last read from its source",
    _stats_source_age,
)


async def _subscribers(db: Database) -> float:
    async with db.transaction() as session:
        value = await session.scalar(select(func.count()).select_from(Subscriber).where(Subscriber.active))
    return float(value or 0)


async def _post_queue(db: Database) -> dict[str, float]:
    """Channel and Mastodon deliveries not yet ended, by state (pending, claimed, sending)."""
    async with db.transaction() as session:
        rows = await session.execute(
            select(PostDelivery.status, func.count())
            .where(PostDelivery.status.in_(("pending", "claimed", "sending")))
            .group_by(PostDelivery.status)
        )
        counts = {status: float(n) for status, n in rows.all()}
    return {state: counts.get(state, 0.0) for state in ("pending", "claimed", "sending")}


async def _broadcast_logged(db: Database) -> dict[str, float]:
    """Delivery-log lines of the broadcasts being sent now, by outcome (sent, blocked, failed, unknown)."""
    async with db.transaction() as session:
        rows = await session.execute(
            select(BroadcastDelivery.status, func.count())
            .join(Broadcast, Broadcast.id == BroadcastDelivery.broadcast_id)
            .where(Broadcast.status == "running")
            .group_by(BroadcastDelivery.status)
        )
        return {status: float(n) for status, n in rows.all()}


register_gauge("freethemall_subscribers", "Active subscribers of the daily update", _subscribers)
register_gauge("freethemall_post_queue", "Post deliveries due or going out, by state", _post_queue, "state")
register_gauge(
    "freethemall_broadcast_progress",
    "Messages of the running broadcasts so far, by outcome",
    _broadcast_logged,
    "outcome",
)
