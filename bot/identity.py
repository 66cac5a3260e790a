"""Who a person is, as the store sees them: a keyed hash, never a raw platform id.

The key comes from PLEDGE_HASH_KEY. A single-machine SQLite installation may run
without it: a random key is then made once and kept in DATA_DIR, so that a copy of
the database alone still reveals nobody. A shared PostgreSQL store requires the
variable, so every instance hashes alike (checked in settings).

The database keeps a fingerprint of the key (bot/services/keys.py), so a start under
another key is refused. `rotate-key` moves to a new key without the platform ids, which
are never stored: each stored hash h becomes HMAC(new key, "rotated:" + h), and a hasher
built with the `earlier` keys computes exactly that for everyone who comes later.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
from collections.abc import Sequence
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.settings import StorageSettings

log = logging.getLogger(__name__)
KEY_FILE = "identity.key"
FINGERPRINT_LABEL = b"freethemall: identity key fingerprint"


class IdentityHasher:
    """Turns (platform, platform id) into a stable, unlinkable reference; seals addresses.

    Subscribers must be reachable, so their chat id is kept, but sealed (AES-GCM, with a key
    derived from the same secret by HKDF): a copy of the database alone reveals nobody.
    """

    def __init__(self, key: bytes, earlier: Sequence[bytes] = ()) -> None:
        self._key = key
        self.earlier = tuple(earlier)  # the keys this one replaced, oldest first
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
        keys = (*self.earlier, self._key)
        ref = hmac.new(keys[0], f"{platform}:{platform_id}".encode(), hashlib.sha256).hexdigest()
        for key in keys[1:]:
            ref = _rotated(key, ref)
        return ref

    def rehash(self, ref: str) -> str:
        """What a hash made under the previous key becomes under this one (see `successor`)."""
        return _rotated(self._key, ref)

    def successor(self, new_key: bytes) -> IdentityHasher:
        """The hasher after rotating to `new_key`: its refs are `rehash` of this one's."""
        return IdentityHasher(new_key, (*self.earlier, self._key))

    @property
    def fingerprint(self) -> str:
        """Names the key without revealing it: an HMAC of a fixed label, kept in the database."""
        return key_fingerprint(self._key)


def key_fingerprint(key: bytes) -> str:
    """The fingerprint of one key (hex HMAC-SHA256 of a fixed label under it)."""
    return hmac.new(key, FINGERPRINT_LABEL, hashlib.sha256).hexdigest()


def _rotated(key: bytes, ref: str) -> str:
    return hmac.new(key, f"rotated:{ref}".encode(), hashlib.sha256).hexdigest()


def load_hasher(storage: StorageSettings) -> IdentityHasher:
    """Build the hasher from PLEDGE_HASH_KEY, or from the key file of this installation.

    Without the earlier keys of a rotated database: `keys.open_hasher` is the start-up path.
    """
    return IdentityHasher(load_key(storage))


def load_key(storage: StorageSettings) -> bytes:
    """PLEDGE_HASH_KEY, or the key file of this installation (made when missing)."""
    if storage.pledge_hash_key is not None:
        return storage.pledge_hash_key.get_secret_value().encode()
    return _local_key(storage.data_dir / KEY_FILE)


def read_key_file(path: Path) -> bytes:
    """A key kept in a file, as `_local_key` writes and reads it (surrounding whitespace dropped)."""
    return path.read_bytes().strip()


def _local_key(path: Path) -> bytes:
    if path.exists():
        return read_key_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32).encode()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return read_key_file(path)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    log.warning("PLEDGE_HASH_KEY is not set: generated a local key in %s", path)
    return key
