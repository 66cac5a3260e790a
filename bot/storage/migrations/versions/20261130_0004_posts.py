"""posts (daily and queued), their texts per language, deliveries per channel, the admins' audit log.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("daily_date", sa.Date(), nullable=True),
        sa.Column("due_at", STAMP, nullable=True),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("fallback_locale", sa.String(8), nullable=True),
        sa.Column("step", sa.String(16), nullable=True),
        sa.Column("replaces", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.CHAR(64), nullable=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.Column("reported_at", STAMP, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts")),
        sa.UniqueConstraint("daily_date", name=op.f("uq_posts_daily_date")),
        sqlite_autoincrement=True,  # SQLite would reuse a deleted row's id
    )
    op.create_index(op.f("ix_posts_created_by"), "posts", ["created_by"])
    op.create_table(
        "post_texts",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name=op.f("fk_post_texts_post_id_posts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("post_id", "locale", name=op.f("pk_post_texts")),
    )
    op.create_table(
        "post_deliveries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("text_locale", sa.String(8), nullable=False),
        sa.Column("due_at", STAMP, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("leased_until", STAMP, nullable=True),
        sa.Column("finished_at", STAMP, nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("error", sa.String(200), nullable=True),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name=op.f("fk_post_deliveries_post_id_posts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_deliveries")),
        sa.UniqueConstraint("post_id", "channel", name=op.f("uq_post_deliveries_post_id")),
        sqlite_autoincrement=True,  # SQLite would reuse a deleted row's id
    )
    op.create_index(op.f("ix_post_deliveries_status"), "post_deliveries", ["status", "due_at"])
    op.create_table(
        "admin_actions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("admin_ref", sa.CHAR(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(64), nullable=True),
        sa.Column("at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_actions")),
    )
    op.create_index(op.f("ix_admin_actions_at"), "admin_actions", ["at"])


def downgrade() -> None:
    op.drop_table("admin_actions")
    op.drop_table("post_deliveries")
    op.drop_table("post_texts")
    op.drop_table("posts")
