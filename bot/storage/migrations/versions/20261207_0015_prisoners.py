"""letters: the active political prisoners of the last import, each import's summary, and the
files admins sent that wait for their Confirm; subscribers' choice of the digest's birthdays line.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscribers") as batch:
        batch.add_column(sa.Column("letters", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "prisoners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.String(64), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("search_key", sa.String(400), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("birth_month", sa.Integer(), nullable=True),
        sa.Column("birth_day", sa.Integer(), nullable=True),
        sa.Column("prison", sa.String(300), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("writers", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prisoners")),
    )
    op.create_index("ix_prisoners_birthday", "prisoners", ["birth_month", "birth_day"])
    op.create_table(
        "prisoner_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("fingerprint", sa.CHAR(64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("active", sa.Integer(), nullable=False),
        sa.Column("with_birthday", sa.Integer(), nullable=False),
        sa.Column("with_address", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prisoner_imports")),
    )
    op.create_index(op.f("ix_prisoner_imports_imported_at"), "prisoner_imports", ["imported_at"])
    op.create_table(
        "prisoner_import_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.String(255), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("fingerprint", sa.CHAR(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prisoner_import_drafts")),
    )
    op.create_index(op.f("ix_prisoner_import_drafts_created_at"), "prisoner_import_drafts", ["created_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_prisoner_import_drafts_created_at"), table_name="prisoner_import_drafts")
    op.drop_table("prisoner_import_drafts")
    op.drop_index(op.f("ix_prisoner_imports_imported_at"), table_name="prisoner_imports")
    op.drop_table("prisoner_imports")
    op.drop_index("ix_prisoners_birthday", table_name="prisoners")
    op.drop_table("prisoners")
    with op.batch_alter_table("subscribers") as batch:
        batch.drop_column("letters")
