"""Log entries and receipts: a pledge's leaf commits to a random secret only its holder keeps.

An entry is 33 bytes: a kind byte, then 32 bytes. A pledge's 32 bytes are the commitment to a fresh random
secret (never a keyed hash of an account, so a leaked PLEDGE_HASH_KEY cannot tell whether someone signed);
a revocation's are fresh random bytes, so it links to no pledge. The bot forgets the secret once it is shown:
only the holder of a receipt can point at their leaf.

A receipt is `FTA1-<leaf index>-<secret in base64url, no padding>`, short enough to copy from a phone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets

PLEDGE, REVOCATION = 1, 2
KINDS = frozenset({PLEDGE, REVOCATION})
SECRET_SIZE = 32
ENTRY_SIZE = 1 + SECRET_SIZE
RECEIPT_PREFIX = "FTA1"
_DOMAIN = b"freethemall receipt v1\x00"
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")


class BadReceiptError(ValueError):
    """A receipt that cannot be read; `reason` is a short stable code a handler can turn into a message."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


def new_secret() -> bytes:
    """A fresh receipt secret: 32 random bytes from the system's CSPRNG."""
    return secrets.token_bytes(SECRET_SIZE)


def commitment(secret: bytes) -> bytes:
    """What a pledge's leaf holds: SHA-256 over a domain tag and the secret."""
    if len(secret) != SECRET_SIZE:
        raise ValueError(f"a receipt secret is {SECRET_SIZE} bytes, not {len(secret)}")
    return hashlib.sha256(_DOMAIN + secret).digest()


def pledge_entry(secret: bytes) -> bytes:
    """A pledge's entry: the PLEDGE kind byte and the commitment to its secret (33 bytes)."""
    return bytes([PLEDGE]) + commitment(secret)


def revocation_entry() -> bytes:
    """A withdrawal's entry: the REVOCATION kind byte and 32 fresh random bytes, linked to no pledge."""
    return bytes([REVOCATION]) + secrets.token_bytes(SECRET_SIZE)


def entry_kind(entry: bytes) -> int:
    """PLEDGE or REVOCATION; ValueError unless the entry is 33 bytes of a known kind."""
    if len(entry) != ENTRY_SIZE:
        raise ValueError(f"an entry is {ENTRY_SIZE} bytes, not {len(entry)}")
    if entry[0] not in KINDS:
        raise ValueError(f"unknown entry kind {entry[0]}")
    return entry[0]


def make_receipt(index: int, secret: bytes) -> str:
    """The receipt the holder keeps: `FTA1-<index>-<base64url secret>`."""
    if index < 0:
        raise ValueError(f"negative leaf index {index}")
    if len(secret) != SECRET_SIZE:
        raise ValueError(f"a receipt secret is {SECRET_SIZE} bytes, not {len(secret)}")
    encoded = base64.urlsafe_b64encode(secret).rstrip(b"=").decode("ascii")
    return f"{RECEIPT_PREFIX}-{index}-{encoded}"


def parse_receipt(text: str) -> tuple[int, bytes]:
    """The (leaf index, secret) of a receipt; BadReceiptError (a ValueError) saying why it cannot be read.

    Tolerates what a phone or a chat adds: spaces, line breaks, zero-width characters, a lowercase prefix,
    trailing `=` padding, standard base64's `+` and `/`.
    """
    compact = "".join(ch for ch in text if not ch.isspace() and ch not in "\u200b\u200c\u200d\u2060\ufeff")
    if not compact:
        raise BadReceiptError("empty", "no receipt given")
    parts = compact.split("-", 2)
    if len(parts) != 3 or parts[0].upper() != RECEIPT_PREFIX:
        raise BadReceiptError("format", f"a receipt looks like {RECEIPT_PREFIX}-<number>-<code>")
    _, index_text, secret_text = parts
    if not index_text.isascii() or not index_text.isdigit() or len(index_text) > 18:
        raise BadReceiptError("index", f"the number after {RECEIPT_PREFIX}- is not a leaf number")
    secret_text = secret_text.rstrip("=").replace("+", "-").replace("/", "_")
    if not _BASE64URL.fullmatch(secret_text) or len(secret_text) != 43:
        raise BadReceiptError("secret", "the code after the number is damaged or incomplete")
    try:
        secret = base64.urlsafe_b64decode(secret_text + "=")
    except (binascii.Error, ValueError) as exc:  # pragma: no cover - the pattern and length rule it out
        raise BadReceiptError("secret", "the code after the number is damaged") from exc
    return int(index_text), secret
