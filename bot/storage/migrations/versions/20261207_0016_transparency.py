"""the transparency log: leaves, perfect nodes, checkpoints and the head row; pledges already made backfilled.

A database that has pledges before this revision gets one pledge leaf for each, committing to a
random secret that is thrown away at once (nobody holds a receipt for them), so the log's count
equals the bot's from the start.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP = sa.DateTime(timezone=True)
NEVER = datetime(1970, 1, 1, tzinfo=UTC)
CHUNK = 5000


def upgrade() -> None:
    head = op.create_table(
        "tlog_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("checkpoint_size", sa.BigInteger(), nullable=False),
        sa.Column("checkpoint_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tlog_head")),
    )
    leaves = op.create_table(
        "tlog_leaves",
        sa.Column("idx", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("entry", sa.LargeBinary(length=33), nullable=False),
        sa.PrimaryKeyConstraint("idx", name=op.f("pk_tlog_leaves")),
    )
    nodes = op.create_table(
        "tlog_nodes",
        sa.Column("level", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("idx", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("level", "idx", name=op.f("pk_tlog_nodes")),
    )
    op.create_table(
        "tlog_checkpoints",
        sa.Column("size", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("root", sa.LargeBinary(length=32), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("published_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("size", name=op.f("pk_tlog_checkpoints")),
    )
    op.create_table(
        "tlog_key",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("skey", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tlog_key")),
    )
    signed = op.get_bind().execute(sa.text("SELECT value FROM counters WHERE name = 'pledges'")).scalar()
    size = _backfill(leaves, nodes, int(signed or 0))
    op.bulk_insert(
        head, [{"id": 1, "size": size, "count": size, "checkpoint_size": -1, "checkpoint_at": NEVER}]
    )


def _backfill(leaves: sa.Table, nodes: sa.Table, count: int) -> int:
    """One pledge leaf for each pledge made before the log, with a secret nobody keeps."""
    if count == 0:
        return 0
    from bot.services.transparency import merkle, receipt

    known: dict[tuple[int, int], bytes] = {}
    for start in range(0, count, CHUNK):
        entries = [
            receipt.pledge_entry(receipt.new_secret()) for _ in range(start, min(count, start + CHUNK))
        ]
        made: dict[tuple[int, int], bytes] = {}
        for offset, entry in enumerate(entries):
            new = merkle.append_nodes(start + offset, merkle.leaf_hash(entry), known)
            known.update(new)
            made.update(new)
        op.bulk_insert(leaves, [{"idx": start + i, "entry": e} for i, e in enumerate(entries)])
        op.bulk_insert(nodes, [{"level": lv, "idx": i, "hash": h} for (lv, i), h in made.items()])
        known = _frontier(known, start + len(entries))
    return count


def _frontier(known: dict[tuple[int, int], bytes], size: int) -> dict[tuple[int, int], bytes]:
    """The perfect subtrees covering the first `size` leaves: all a later append can need."""
    out: dict[tuple[int, int], bytes] = {}
    level, end = 0, size
    while end:
        if end & 1:
            out[(level, end - 1)] = known[(level, end - 1)]
        end >>= 1
        level += 1
    return out


def downgrade() -> None:
    op.drop_table("tlog_key")
    op.drop_table("tlog_checkpoints")
    op.drop_table("tlog_nodes")
    op.drop_table("tlog_leaves")
    op.drop_table("tlog_head")
