"""Who a person is, as the store sees them: a keyed hash, never a raw platform id.

The key comes from PLEDGE_HASH_KEY. A single-machine SQLite installation may run
without it: a random key is then made once and kept in DATA_DIR, so that a copy of
the database alone still reveals nobody. A shared PostgreSQL store requires the
variable, so every instance hashes alike (checked in settings).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

from bot.settings import StorageSettings

log = logging.getLogger(__name__)
KEY_FILE = "identity.key"


class IdentityHasher:
    """Turns (platform, platform id) into a stable, unlinkable reference."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def user_ref(self, platform: str, platform_id: str | int) -> str:
        """Hex HMAC-SHA256 of the identity; the same person always gets the same ref."""
        message = f"{platform}:{platform_id}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


def load_hasher(storage: StorageSettings) -> IdentityHasher:
    """Build the hasher from PLEDGE_HASH_KEY, or from the key file of this installation."""
    if storage.pledge_hash_key is not None:
        return IdentityHasher(storage.pledge_hash_key.get_secret_value().encode())
    return IdentityHasher(_local_key(storage.data_dir / KEY_FILE))


def _local_key(path: Path) -> bytes:
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32).encode()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    log.warning("PLEDGE_HASH_KEY is not set: generated a local key in %s", path)
    return key
