"""The checkpoints' signing key: TRANSPARENCY_SIGNING_KEY, or on the embedded SQLite store a key file.

As with the identity key (bot/identity.py): a single-machine installation may run without the
setting, and a key is then made once and kept in DATA_DIR. A shared PostgreSQL store requires the
setting (checked in settings), so every instance signs with the same key, and the key never lives
in the database it vouches for: a copy of the database alone cannot sign a forged checkpoint.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from bot.services.transparency.checkpoint import NoteSigner, generate_key
from bot.settings import StorageSettings, TransparencySettings

log = logging.getLogger(__name__)
KEY_FILE = "transparency.key"


def load_signer(settings: TransparencySettings, storage: StorageSettings) -> NoteSigner:
    """The signer from TRANSPARENCY_SIGNING_KEY, else from DATA_DIR's key file (made when missing)."""
    if settings.signing_key is not None:
        return NoteSigner.from_skey(settings.signing_key.get_secret_value().strip())
    path = storage.data_dir / KEY_FILE
    try:
        return NoteSigner.from_skey(_local_key(path, settings.origin))
    except ValueError:
        raise ValueError(f"{path} does not hold a note signing key: remove it or set TRANSPARENCY_SIGNING_KEY") from None


def _local_key(path: Path, name: str) -> str:
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
