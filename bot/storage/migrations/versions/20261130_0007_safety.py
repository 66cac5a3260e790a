"""safe mode of a person, messages waiting to be deleted from safe-mode chats, flags (lockdown).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("safe_mode", sa.Boolean(), nullable=True))  # None: not answered yet
    op.create_table(
        "pending_deletions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("delete_after", STAMP, nullable=False),
        sa.Column("leased_until", STAMP, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_deletions")),
    )
    op.create_index(
        op.f("ix_pending_deletions_delete_after"), "pending_deletions", ["delete_after"], unique=False
    )
    op.create_table(
        "flags",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("set_by", sa.CHAR(64), nullable=False),
        sa.Column("set_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_flags")),
    )


def downgrade() -> None:
    op.drop_table("flags")
    op.drop_index(op.f("ix_pending_deletions_delete_after"), table_name="pending_deletions")
    op.drop_table("pending_deletions")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("safe_mode")
