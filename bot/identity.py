"""Who a person is, as the store sees them: a keyed hash, never a raw platform id.

The key comes from PLEDGE_HASH_KEY. A single-machine SQLite installation may run
without it: a random key is then made once and kept in DATA_DIR, so that a copy of
the database alone still reveals nobody. A shared PostgreSQL store requires the
variable, so every instance hashes alike (checked in settings).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.settings import StorageSettings

log = logging.getLogger(__name__)
KEY_FILE = "identity.key"


class IdentityHasher:
    """Turns (platform, platform id) into a stable, unlinkable reference; seals addresses.

    Subscribers must be reachable, so their chat id is kept, but sealed (AES-GCM, with a key
    derived from the same secret by HKDF): a copy of the database alone reveals nobody.
    """

    def __init__(self, key: bytes) -> None:
        self._key = key
        derived = HKDF(algorithm=SHA256(), length=32, salt=None, info=b"freethemall: addresses")
        self._box = AESGCM(derived.derive(key))

    def seal(self, address: str) -> str:
        """The address encrypted (random nonce first), as URL-safe text for the database."""
        nonce = secrets.token_bytes(12)
        return base64.urlsafe_b64encode(nonce + self._box.encrypt(nonce, address.encode(), None)).decode()

    def unseal(self, sealed: str) -> str:
        """The address back; raises `InvalidTag` if it was sealed under another key."""
        raw = base64.urlsafe_b64decode(sealed.encode())
        return self._box.decrypt(raw[:12], raw[12:], None).decode()

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
