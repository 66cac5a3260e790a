"""stats: two more dated Viasna figures from FACTS.md (January 2024 and January 2025).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEEDED_AT = datetime(2026, 12, 7, tzinfo=UTC)
REVIEW = "Viasna, Human rights situation in Belarus"
# (series, value, at_least, as_of, source url, note): from shared/campaign/FACTS.md.
SEEDS = [
    (
        "held",
        1429,
        False,
        date(2024, 1, 31),
        "https://spring96.org/en/news/114277",
        f"{REVIEW}, January 2024",
    ),
    (
        "held",
        1244,
        False,
        date(2025, 1, 31),
        "https://spring96.org/en/news/117384",
        f"{REVIEW}, January 2025",
    ),
    (
        "recognised",
        3715,
        True,
        date(2025, 1, 31),
        "https://spring96.org/en/news/117384",
        f"{REVIEW}, January 2025",
    ),
]

figures = sa.table(
    "stat_figures",
    sa.column("series", sa.String),
    sa.column("value", sa.BigInteger),
    sa.column("at_least", sa.Boolean),
    sa.column("as_of", sa.Date),
    sa.column("source_url", sa.String),
    sa.column("source_note", sa.String),
    sa.column("method", sa.String),
    sa.column("entered_by", sa.CHAR),
    sa.column("fetched_at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    bind = op.get_bind()
    for series, value, at_least, as_of, url, note in SEEDS:
        taken = bind.execute(
            sa.select(sa.func.count())
            .select_from(figures)
            .where(figures.c.series == series, figures.c.as_of == as_of)
        ).scalar_one()
        if taken:  # an admin already entered a figure for that day: theirs stays
            continue
        bind.execute(
            figures.insert().values(
                series=series,
                value=value,
                at_least=at_least,
                as_of=as_of,
                source_url=url,
                source_note=note,
                method="seed",
                entered_by=None,
                fetched_at=SEEDED_AT,
            )
        )


def downgrade() -> None:
    for series, _value, _at_least, as_of, _url, _note in SEEDS:
        op.execute(
            figures.delete().where(
                figures.c.series == series, figures.c.as_of == as_of, figures.c.method == "seed"
            )
        )
