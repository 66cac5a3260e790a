"""Whether the database is at the code's newest migration, read without importing Alembic.

Alembic and its dialect modules cost the process about 10 MB that stays for its life, and the
running bot needs them only when there is something to migrate: most starts find the schema
current (the release command, or the last start, migrated it). The newest revision is read
from the migration files' own `revision` and `down_revision` assignments (`ast`, as Alembic
writes them); anything this reading does not follow (several heads, a computed value) answers
None, and the caller then asks Alembic (`bot.storage.migrate`). A test checks both agree.
"""

from __future__ import annotations

import ast
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

VERSIONS = Path(__file__).parent / "migrations" / "versions"


def head_revision(versions: Path = VERSIONS) -> str | None:
    """The one revision no other revises; None when the files do not say it plainly."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in versions.glob("*.py"):
        values = _assignments(path)
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        if isinstance(down, str):
            revised.add(down)
        elif isinstance(down, tuple) and all(isinstance(one, str) for one in down):
            revised.update(down)
        elif down is not None:
            return None
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def _assignments(path: Path) -> dict[str, object]:
    """The module-level names assigned a literal (`revision: str = "0011"`)."""
    found: dict[str, object] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            target, value = node.target.id, node.value
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        else:
            continue
        try:
            found[target] = ast.literal_eval(value)
        except ValueError:
            found[target] = ValueError  # computed: not a plain answer
    return found


async def is_current(engine: AsyncEngine) -> bool:
    """True only when the database is known to be at the newest revision (no Alembic needed)."""
    head = head_revision()
    if head is None:
        return False
    try:
        async with engine.connect() as conn:
            rows = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalars().all()
    except DBAPIError:  # no table yet (an empty database), or it cannot be read: ask Alembic
        return False
    return list(rows) == [head]
