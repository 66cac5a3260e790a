"""stats: the history of Viasna's figures (seeded from FACTS.md), values kept aside, source health.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP = sa.DateTime(timezone=True)
SEEDED_AT = datetime(2026, 11, 24, tzinfo=UTC)
# From shared/campaign/FACTS.md: only figures with a day and a Viasna source. "held": political
# prisoners held at that date; "recognised": people recognised as political prisoners since 2020.
SEEDS = [
    (
        "held",
        1452,
        False,
        date(2023, 2, 27),
        "https://x.com/viasna96",
        "Viasna's daily post on X (@viasna96)",
    ),
    (
        "held",
        1500,
        True,
        date(2023, 5, 21),
        "https://spring96.org",
        "the campaign's 2023 appeal, citing Viasna",
    ),
    ("held", 1374, False, date(2024, 5, 21), "https://spring96.org/en/news/115297", "Viasna statement"),
    ("recognised", 3200, True, date(2024, 5, 21), "https://spring96.org/en/news/115297", "Viasna statement"),
    (
        "held",
        1135,
        False,
        date(2025, 12, 23),
        None,  # no address of Viasna's own: /stats says "as reported by independent media"
        "Viasna year-end figures, as reported by independent media",
    ),
]


def upgrade() -> None:
    figures = op.create_table(
        "stat_figures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("series", sa.String(16), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("at_least", sa.Boolean(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("source_url", sa.String(500), nullable=True),
        sa.Column("source_note", sa.String(200), nullable=True),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("entered_by", sa.CHAR(64), nullable=True),
        sa.Column("fetched_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stat_figures")),
        sa.UniqueConstraint("series", "as_of", name=op.f("uq_stat_figures_series")),
    )
    op.bulk_insert(
        figures,
        [
            {
                "series": series,
                "value": value,
                "at_least": at_least,
                "as_of": as_of,
                "source_url": url,
                "source_note": note,
                "method": "seed",
                "entered_by": None,
                "fetched_at": SEEDED_AT,
            }
            for series, value, at_least, as_of, url, note in SEEDS
        ],
    )
    op.create_table(
        "stat_rejects",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("previous", sa.BigInteger(), nullable=True),
        sa.Column("source_url", sa.String(500), nullable=False),
        sa.Column("fetched_at", STAMP, nullable=False),
        sa.Column("notified_at", STAMP, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stat_rejects")),
        sa.UniqueConstraint("value", name=op.f("uq_stat_rejects_value")),
    )
    state = op.create_table(
        "stat_source_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("last_success_at", STAMP, nullable=True),
        sa.Column("failing_since", STAMP, nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.Column("stale_alert_at", STAMP, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stat_source_state")),
    )
    op.bulk_insert(state, [{"id": 1}])


def downgrade() -> None:
    op.drop_table("stat_source_state")
    op.drop_table("stat_rejects")
    op.drop_table("stat_figures")
