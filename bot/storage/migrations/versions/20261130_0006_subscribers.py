"""subscribers (sealed addresses), broadcasts with their texts and delivery log, named leases.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "subscribers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_ref", sa.CHAR(64), nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("subscribed_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscribers")),
        sa.UniqueConstraint("user_ref", name=op.f("uq_subscribers_user_ref")),
        sqlite_autoincrement=True,  # SQLite would reuse a deleted row's id
    )
    op.create_table(
        "broadcasts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("locales", sa.String(64), nullable=True),
        sa.Column("last_subscriber", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.CHAR(64), nullable=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("started_at", STAMP, nullable=True),
        sa.Column("finished_at", STAMP, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_broadcasts")),
        sa.UniqueConstraint("key", name=op.f("uq_broadcasts_key")),
        sqlite_autoincrement=True,  # SQLite would reuse a deleted row's id
    )
    op.create_table(
        "broadcast_texts",
        sa.Column("broadcast_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["broadcast_id"],
            ["broadcasts.id"],
            name=op.f("fk_broadcast_texts_broadcast_id_broadcasts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("broadcast_id", "locale", name=op.f("pk_broadcast_texts")),
    )
    op.create_table(
        "broadcast_deliveries",
        sa.Column("broadcast_id", sa.Integer(), nullable=False),
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("error", sa.String(120), nullable=True),
        sa.Column("at", STAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["broadcast_id"],
            ["broadcasts.id"],
            name=op.f("fk_broadcast_deliveries_broadcast_id_broadcasts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("broadcast_id", "subscriber_id", name=op.f("pk_broadcast_deliveries")),
    )
    op.create_index(op.f("ix_broadcast_deliveries_at"), "broadcast_deliveries", ["at"])
    op.create_table(
        "leases",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("holder", sa.String(64), nullable=False),
        sa.Column("until", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_leases")),
    )


def downgrade() -> None:
    op.drop_table("leases")
    op.drop_table("broadcast_deliveries")
    op.drop_table("broadcast_texts")
    op.drop_table("broadcasts")
    op.drop_table("subscribers")
