"""Mastodon: statuses the bot posted, how far it read its notifications, mentions it answered.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "mastodon_statuses",
        sa.Column("delivery_key", sa.String(64), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("status_id", sa.String(64), nullable=False),
        sa.Column("posted_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("delivery_key", "part", name=op.f("pk_mastodon_statuses")),
    )
    op.create_table(
        "mastodon_cursor",
        sa.Column("account", sa.String(200), nullable=False),
        sa.Column("since_id", sa.String(64), nullable=True),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("account", name=op.f("pk_mastodon_cursor")),
    )
    op.create_table(
        "mastodon_replies",
        sa.Column("notification_id", sa.String(64), nullable=False),
        sa.Column("answered_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("notification_id", name=op.f("pk_mastodon_replies")),
    )
    op.create_index(op.f("ix_mastodon_replies_answered_at"), "mastodon_replies", ["answered_at"])


def downgrade() -> None:
    op.drop_table("mastodon_replies")
    op.drop_table("mastodon_cursor")
    op.drop_table("mastodon_statuses")
