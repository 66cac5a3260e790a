"""safe-mode deletions recorded before the send (an anchor, the message id filled in after); updates handled.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("pending_deletions") as batch:
        batch.alter_column("message_id", existing_type=sa.BigInteger(), nullable=True)
        batch.add_column(sa.Column("anchor", sa.BigInteger(), nullable=True))
    op.create_table(
        "handled_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("handled_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_handled_updates")),
    )
    op.create_index(op.f("ix_handled_updates_handled_at"), "handled_updates", ["handled_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_handled_updates_handled_at"), table_name="handled_updates")
    op.drop_table("handled_updates")
    op.execute("DELETE FROM pending_deletions WHERE message_id IS NULL")
    with op.batch_alter_table("pending_deletions") as batch:
        batch.drop_column("anchor")
        batch.alter_column("message_id", existing_type=sa.BigInteger(), nullable=False)
