"""repeating posts: a post's rule, a delivery's occurrence, and the report told per occurrence.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP = sa.DateTime(timezone=True)
UNIQUE = "uq_post_deliveries_post_id"


def upgrade() -> None:
    with op.batch_alter_table("posts") as batch:
        batch.add_column(sa.Column("repeat_every", sa.String(8), nullable=True))
        batch.add_column(sa.Column("repeat_count", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("repeat_until", sa.Date(), nullable=True))
    with op.batch_alter_table("post_deliveries") as batch:
        batch.add_column(sa.Column("occurrence", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("reported_at", STAMP, nullable=True))
        batch.drop_constraint(UNIQUE, type_="unique")
        batch.create_unique_constraint(UNIQUE, ["post_id", "channel", "occurrence"])
    # What was reported before stays reported: the report is now kept per delivery.
    op.execute(
        "UPDATE post_deliveries SET reported_at = "
        "(SELECT posts.reported_at FROM posts WHERE posts.id = post_deliveries.post_id)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM post_deliveries WHERE occurrence > 0")
    with op.batch_alter_table("post_deliveries") as batch:
        batch.drop_constraint(UNIQUE, type_="unique")
        batch.create_unique_constraint(UNIQUE, ["post_id", "channel"])
        batch.drop_column("reported_at")
        batch.drop_column("occurrence")
    with op.batch_alter_table("posts") as batch:
        batch.drop_column("repeat_until")
        batch.drop_column("repeat_count")
        batch.drop_column("repeat_every")
