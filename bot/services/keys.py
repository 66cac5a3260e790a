"""The identity key's fingerprint in the database, the start-up check, and `rotate-key`.

A start under another key would seal and hash differently from every stored row (earlier
signers could sign again; sealed chat ids would not open), so it is refused. The first start
records the fingerprint; of several instances starting at once, exactly one insert wins and
the others compare against it. A rotation re-hashes every keyed hash, re-seals every sealed
address and records the new fingerprint, in one transaction.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass
from typing import Any, cast

from cryptography.exceptions import InvalidTag
from sqlalchemy import Table, bindparam, exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.identity import KEY_FILE, IdentityHasher, key_fingerprint, load_key, read_key_file
from bot.settings import StorageSettings
from bot.storage.models import (
    AdminAction,
    Broadcast,
    Flag,
    IdentityKey,
    PendingDeletion,
    Person,
    Pledge,
    Post,
    StatFigure,
    Subscriber,
    SyncEvent,
    utcnow,
)
from bot.storage.repos import upsert
from bot.storage.session import Database

log = logging.getLogger(__name__)
ROW = 1
ROTATE = "rotate with `./scripts/run rotate-key` (README: Keys)"
# Every column holding a keyed hash of a person, and every sealed address. A new one goes here.
KEYED = [
    (Person, "user_ref"),
    (Pledge, "user_ref"),
    (Subscriber, "user_ref"),
    (AdminAction, "admin_ref"),
    (Post, "created_by"),
    (Broadcast, "created_by"),
    (StatFigure, "entered_by"),
    (Flag, "set_by"),
]
SEALED = [(Subscriber, "address"), (PendingDeletion, "address")]
PEOPLE = [(Person, "user_ref"), (Pledge, "user_ref"), (Subscriber, "user_ref")]  # whose sync ids we know


class KeyMismatchError(Exception):
    """The identity key is not the one the database was made with."""


@dataclass(frozen=True)
class Rotation:
    """What `rotate` changed."""

    hashes: int
    sealed: int
    events: int


async def open_hasher(storage: StorageSettings, db: Database) -> IdentityHasher:
    """The hasher of this database: checked against its fingerprint, recorded on a first start.

    With OLD_PLEDGE_HASH_KEY set and the database still on that key, it is rotated first.
    """
    key = load_key(storage)
    old = storage.old_pledge_hash_key
    if old is not None:
        await rotate(db, old.get_secret_value().encode(), key, only_if_old=True)
    async with db.transaction() as session:
        row = await session.get(IdentityKey, ROW)
        if row is None:
            await _check_first(session, storage, IdentityHasher(key))
            row = await _record(session, key_fingerprint(key))
        if row.fingerprint != key_fingerprint(key):
            raise KeyMismatchError(_mismatch(storage))
        return _hasher(key, row)


async def rotate(db: Database, old_key: bytes, new_key: bytes, only_if_old: bool = False) -> Rotation | None:
    """Move every keyed hash and sealed address from `old_key` to `new_key`, in one transaction.

    None if the database is on `new_key` already. `only_if_old`: do nothing, rather than
    refuse, when the database is on neither key (the start-up check then says so).
    """
    if old_key == new_key:
        raise KeyMismatchError("the old and the new identity key are the same: nothing to rotate")
    async with db.transaction() as session:
        # A write first: it takes SQLite's write lock (PostgreSQL's row lock), so a second rotation
        # waits for this one and then finds it done, instead of re-hashing what is re-hashed.
        await session.execute(update(IdentityKey).where(IdentityKey.id == ROW).values(id=ROW))
        row = await session.get(IdentityKey, ROW, with_for_update=True)
        if row is None:  # a database from before the fingerprint: the old key must open its addresses
            if not await _opens(session, IdentityHasher(old_key)):
                if only_if_old:
                    return None
                raise KeyMismatchError("the old key does not open the stored addresses: nothing changed")
            row = await _record(session, key_fingerprint(old_key), lock=True)  # so two rotations queue
        if row.fingerprint == key_fingerprint(new_key):
            return None
        if row.fingerprint != key_fingerprint(old_key):
            if only_if_old:
                return None
            raise KeyMismatchError("the old key is not the one this database was made with: nothing changed")
        old = _hasher(old_key, row)
        new = old.successor(new_key)
        events = await _resign(session, old, new)  # first: it reads the people's refs as they were
        result = Rotation(await _rehash_all(session, new), await _reseal_all(session, old, new), events)
        row.fingerprint, row.earlier, row.changed_at = new.fingerprint, _seal_keys(new), utcnow()
    log.warning(
        "identity key rotated: %s hashes, %s sealed addresses, %s queued events",
        result.hashes,
        result.sealed,
        result.events,
    )
    return result


async def _record(session: AsyncSession, fingerprint: str, lock: bool = False) -> IdentityKey:
    """Insert the first fingerprint unless another instance did; the row as it stands now."""
    await session.execute(
        upsert(session, IdentityKey)
        .values(id=ROW, fingerprint=fingerprint, changed_at=utcnow())
        .on_conflict_do_nothing(index_elements=[IdentityKey.id])
    )
    row = await session.get(IdentityKey, ROW, populate_existing=True, with_for_update=lock)
    assert row is not None  # noqa: S101 - just inserted, or another instance's insert won
    return row


def _hasher(key: bytes, row: IdentityKey | None) -> IdentityHasher:
    hasher = IdentityHasher(key)
    if row is None or row.earlier is None:
        return hasher
    try:
        earlier = json.loads(hasher.unseal(row.earlier))
    except InvalidTag:
        raise KeyMismatchError("the earlier identity keys do not open with this key") from None
    return IdentityHasher(key, [base64.b64decode(value) for value in earlier])


def _seal_keys(hasher: IdentityHasher) -> str:
    return hasher.seal(json.dumps([base64.b64encode(key).decode() for key in hasher.earlier]))


def _mismatch(storage: StorageSettings) -> str:
    if storage.pledge_hash_key is None:
        path = storage.data_dir / KEY_FILE
        return (
            f"{path} does not hold the key this database was made with: "
            f"set PLEDGE_HASH_KEY to that key, or {ROTATE}"
        )
    return f"PLEDGE_HASH_KEY does not match the key this database was made with: set it back, or {ROTATE}"


async def _check_first(session: AsyncSession, storage: StorageSettings, hasher: IdentityHasher) -> None:
    """Before the first fingerprint: a database made under another key is still refused.

    Its sealed addresses would not open; and on SQLite a key file that differs from
    PLEDGE_HASH_KEY, beside a database with people in it, is the key it was made with.
    """
    if not await _opens(session, hasher):
        raise KeyMismatchError(_mismatch(storage))
    path = storage.data_dir / KEY_FILE
    if storage.pledge_hash_key is None or storage.url.get_backend_name() != "sqlite" or not path.exists():
        return
    if read_key_file(path) == storage.pledge_hash_key.get_secret_value().encode():
        return
    if any([await session.scalar(select(exists().select_from(model))) for model, _ in PEOPLE]):
        raise KeyMismatchError(
            f"PLEDGE_HASH_KEY does not match {path}, the key this database was made with: "
            f"set PLEDGE_HASH_KEY to that file's content, or {ROTATE}"
        )


async def _opens(session: AsyncSession, hasher: IdentityHasher) -> bool:
    """Whether a stored sealed address (one of each kind, if any) opens with this hasher's key."""
    for model, column in SEALED:
        sealed = await session.scalar(select(getattr(model, column)).limit(1))
        if sealed is None:
            continue
        try:
            hasher.unseal(sealed)
        except (InvalidTag, ValueError):
            return False
    return True


async def _rehash_all(session: AsyncSession, new: IdentityHasher) -> int:
    changed = 0
    for model, column in KEYED:
        table = cast(Table, model.__table__)
        values = (await session.execute(select(table.c[column]).distinct())).scalars().all()
        pairs = [{"old": value, "new": new.rehash(value)} for value in values if value is not None]
        changed += await _update(session, table, column, pairs)
    return changed


async def _reseal_all(session: AsyncSession, old: IdentityHasher, new: IdentityHasher) -> int:
    changed = 0
    for model, column in SEALED:
        table = cast(Table, model.__table__)
        rows = (await session.execute(select(table.c.id, table.c[column]))).all()
        try:
            pairs = [{"row_id": row_id, "value": new.seal(old.unseal(sealed))} for row_id, sealed in rows]
        except InvalidTag:
            raise KeyMismatchError(
                "a sealed address does not open with the old key: nothing changed"
            ) from None
        if pairs:
            statement = (
                update(table).where(table.c.id == bindparam("row_id")).values({column: bindparam("value")})
            )
            await session.execute(statement, pairs)
        changed += len(pairs)
    return changed


async def _resign(session: AsyncSession, old: IdentityHasher, new: IdentityHasher) -> int:
    """Queued collector events: the signer id the same person gets from now on (README: Keys).

    An event whose person is no longer stored (withdrawn, erased) gets a re-hashed id, the same
    for all of that signer's events, which keep their order.
    """
    refs: set[str] = set()
    for model, column in PEOPLE:
        refs.update((await session.execute(select(getattr(model, column)))).scalars())
    known = {old.user_ref("sync", ref): new.user_ref("sync", new.rehash(ref)) for ref in refs}
    rows = (await session.execute(select(SyncEvent.id, SyncEvent.signer, SyncEvent.payload))).all()
    changes: list[dict[str, Any]] = []
    for row_id, signer, payload in rows:
        renamed = known.get(signer) or new.rehash(signer)
        body = json.loads(payload) | {"signer": renamed}
        changes.append(
            {
                "row_id": row_id,
                "new_signer": renamed,
                "body": json.dumps(body, ensure_ascii=False, sort_keys=True),
            }
        )
    if changes:
        table = cast(Table, SyncEvent.__table__)
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(signer=bindparam("new_signer"), payload=bindparam("body"))
        )
        await session.execute(statement, changes)
    return len(changes)


async def _update(session: AsyncSession, table: Table, column: str, pairs: list[dict[str, str]]) -> int:
    if pairs:
        statement = (
            update(table).where(table.c[column] == bindparam("old")).values({column: bindparam("new")})
        )
        await session.execute(statement, pairs)
    return len(pairs)
