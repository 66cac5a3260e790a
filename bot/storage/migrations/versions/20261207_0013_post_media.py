"""posts' photos (Telegram file_ids, alt texts by language) and URL buttons; broadcasts' photos;
Mastodon uploads by delivery.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _owner(table: str, column: str, parent: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], name=op.f(f"fk_{table}_{column}_{parent}"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "post_media",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.String(255), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("group_id", sa.String(64), nullable=True),
        sa.Column("captioned", sa.Boolean(), nullable=False),
        sa.Column("alts", sa.JSON(), nullable=False),
        _owner("post_media", "post_id", "posts"),
        sa.PrimaryKeyConstraint("post_id", "position", name=op.f("pk_post_media")),
    )
    op.create_table(
        "post_buttons",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        _owner("post_buttons", "post_id", "posts"),
        sa.PrimaryKeyConstraint("post_id", "locale", "position", name=op.f("pk_post_buttons")),
    )
    op.create_table(
        "broadcast_media",
        sa.Column("broadcast_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.String(255), nullable=False),
        _owner("broadcast_media", "broadcast_id", "broadcasts"),
        sa.PrimaryKeyConstraint("broadcast_id", "position", name=op.f("pk_broadcast_media")),
    )
    op.create_table(
        "mastodon_media",
        sa.Column("delivery_key", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("media_id", sa.String(64), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("delivery_key", "position", name=op.f("pk_mastodon_media")),
    )


def downgrade() -> None:
    op.drop_table("mastodon_media")
    op.drop_table("broadcast_media")
    op.drop_table("post_buttons")
    op.drop_table("post_media")
