"""pledges, exact counters, milestones and their channel posts, and the outbox to the collector.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "pledges",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_ref", sa.CHAR(64), nullable=False),
        sa.Column("signer_no", sa.BigInteger(), nullable=False),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("display_name", sa.String(64), nullable=True),
        sa.Column("signed_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledges")),
        sa.UniqueConstraint("user_ref", name=op.f("uq_pledges_user_ref")),
        sa.UniqueConstraint("signer_no", name=op.f("uq_pledges_signer_no")),
    )
    counters = op.create_table(
        "counters",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.bulk_insert(counters, [{"name": "pledges", "value": 0}, {"name": "signers", "value": 0}])
    op.create_table(
        "milestones",
        sa.Column("threshold", sa.BigInteger(), nullable=False),
        sa.Column("reached_at", STAMP, nullable=False),
        sa.Column("announce_after", STAMP, nullable=False),
        sa.Column("announced_at", STAMP, nullable=True),
        sa.PrimaryKeyConstraint("threshold", name=op.f("pk_milestones")),
    )
    op.create_table(
        "milestone_posts",
        sa.Column("threshold", sa.BigInteger(), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("leased_until", STAMP, nullable=True),
        sa.Column("sent_at", STAMP, nullable=True),
        sa.PrimaryKeyConstraint("threshold", "channel", name=op.f("pk_milestone_posts")),
    )
    op.create_table(
        "pledge_outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("signer", sa.CHAR(64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", STAMP, nullable=False),
        sa.Column("locked_until", STAMP, nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledge_outbox")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_pledge_outbox_idempotency_key")),
    )
    op.create_index(op.f("ix_pledge_outbox_signer"), "pledge_outbox", ["signer"])


def downgrade() -> None:
    op.drop_index(op.f("ix_pledge_outbox_signer"), table_name="pledge_outbox")
    op.drop_table("pledge_outbox")
    op.drop_table("milestone_posts")
    op.drop_table("milestones")
    op.drop_table("counters")
    op.drop_table("pledges")
