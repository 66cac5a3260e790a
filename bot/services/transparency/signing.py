"""The checkpoints' signing key: TRANSPARENCY_SIGNING_KEY, else one made once and kept.

Without the setting, as with the identity key (bot/identity.py), the embedded SQLite store keeps
a key made on the first start in DATA_DIR. A shared PostgreSQL store keeps it in the database
instead (`tlog_key`, the first instance's insert wins), so every instance signs with the same key
and an upgrade starts without a new required variable. Setting the variable is still better (the
README says so): the key then lives apart from the data, and a copy of the database cannot sign.
Either way the tamper evidence rests on the checkpoints already published: a forged history does
not extend them, and the verifier says so.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import select

from bot.services.transparency.checkpoint import NoteSigner, generate_key
from bot.settings import Settings
from bot.storage.models import LogKey
from bot.storage.repos import upsert
from bot.storage.session import Database

log = logging.getLogger(__name__)
KEY_FILE = "transparency.key"
ROW = 1


async def open_signer(settings: Settings, db: Database) -> NoteSigner:
    """The signer from TRANSPARENCY_SIGNING_KEY, else DATA_DIR's key file (SQLite) or the database's."""
    area = settings.transparency
    if area.signing_key is not None:
        return NoteSigner.from_skey(area.signing_key.get_secret_value().strip())
    if settings.is_sqlite:
        path = settings.storage.data_dir / KEY_FILE
        where = str(path)
        skey = _file_key(path, area.origin)
    else:
        where = "the database (tlog_key)"
        skey = await _stored_key(db, area.origin)
    try:
        signer = NoteSigner.from_skey(skey)
    except ValueError:
        raise ValueError(f"{where} holds no note signing key: set TRANSPARENCY_SIGNING_KEY") from None
    if signer.name != area.origin:
        raise ValueError(
            f"the checkpoint key in {where} is for {signer.name!r}, not TRANSPARENCY_ORIGIN {area.origin!r}: "
            "set TRANSPARENCY_ORIGIN back, or TRANSPARENCY_SIGNING_KEY to a key for the new origin"
        )
    return signer


def _file_key(path: Path, name: str) -> str:
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    skey, _vkey = generate_key(name)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(skey + "\n")
    log.warning("TRANSPARENCY_SIGNING_KEY is not set: generated a checkpoint key in %s", path)
    return skey


async def _stored_key(db: Database, name: str) -> str:
    async with db.transaction() as session:
        stored = await session.scalar(select(LogKey.skey).where(LogKey.id == ROW))
        if stored is not None:
            return stored
        skey, _vkey = generate_key(name)
        statement = upsert(session, LogKey).values(id=ROW, skey=skey).on_conflict_do_nothing()
        await session.execute(statement)
        stored = await session.scalar(select(LogKey.skey).where(LogKey.id == ROW))
    log.warning("TRANSPARENCY_SIGNING_KEY is not set: the checkpoint key is kept in the database")
    return str(stored)
