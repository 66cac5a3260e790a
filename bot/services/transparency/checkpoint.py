"""Signed checkpoints: C2SP tlog-checkpoint bodies in C2SP signed-note form, Ed25519 with `cryptography`.

A checkpoint says "the log named <origin> had <size> leaves and this root". Its note is

    <origin>
    <size>
    <base64 root>

    — <key name> <base64(key id || Ed25519 signature of the text)>

Keys are written as golang.org/x/mod/sumdb/note writes them, so Go's tools (and any C2SP verifier) read them:
the signer key `PRIVATE+KEY+<name>+<key id hex>+<base64(0x01 || seed)>` and the verifier key
`<name>+<key id hex>+<base64(0x01 || public key)>`, the key id being the first 4 bytes of
SHA-256(name || 0x0A || 0x01 || public key). https://c2sp.org/signed-note, https://c2sp.org/tlog-checkpoint.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ED25519 = 0x01
EM_DASH = "\u2014"
MAX_SIGNATURES = 100  # as golang.org/x/mod/sumdb/note; C2SP asks to accept at least 16
ROOT_SIZE = 32


class BadNoteError(ValueError):
    """A note that does not verify or parse; the message starts with why (malformed, unknown key, ...)."""


@dataclass(frozen=True)
class Checkpoint:
    """A log's size and root at one moment, under the log's name (the origin)."""

    origin: str
    size: int
    root: bytes

    def __post_init__(self) -> None:
        if not _valid_name(self.origin):
            raise ValueError(f"an origin is non-empty, with no spaces or '+': {self.origin!r}")
        if self.size < 0:
            raise ValueError(f"negative tree size {self.size}")
        if len(self.root) != ROOT_SIZE:
            raise ValueError(f"a root hash is {ROOT_SIZE} bytes, not {len(self.root)}")

    def body(self) -> str:
        """The note text: origin, size and base64 root, one a line."""
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode('ascii')}\n"


def _valid_name(name: str) -> bool:
    """C2SP signed-note: a key name is non-empty with no Unicode spaces and no '+'."""
    return bool(name) and "+" not in name and not any(ch.isspace() for ch in name) and name.isprintable()


def key_id(name: str, public_key: bytes) -> bytes:
    """The 4-byte key id: SHA-256(name || 0x0A || 0x01 || public key)[:4]."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + bytes([ED25519]) + public_key).digest()[:4]


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _decode_key(name: str, id_hex: str, material: str, what: str) -> bytes:
    """The key bytes after the 0x01 type byte, with the name and key id checked; ValueError saying why."""
    if not _valid_name(name):
        raise ValueError(f"{what}: the key name {name!r} is empty or has a space or '+'")
    if len(id_hex) != 8 or any(ch not in "0123456789abcdef" for ch in id_hex):
        raise ValueError(f"{what}: the key id {id_hex!r} is not 8 lowercase hex digits")
    try:
        decoded = base64.b64decode(material, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"{what}: the key is not base64") from exc
    if len(decoded) != 33 or decoded[0] != ED25519:
        raise ValueError(f"{what}: not an Ed25519 key (0x01 and 32 bytes)")
    return decoded[1:]


class NoteSigner:
    """Signs checkpoints with an Ed25519 key given in the C2SP / Go note signer-key form."""

    def __init__(self, name: str, private_key: Ed25519PrivateKey) -> None:
        if not _valid_name(name):
            raise ValueError(f"a key name is non-empty, with no spaces or '+': {name!r}")
        self.name = name
        self._key = private_key
        self._public = _raw_public(private_key.public_key())
        self._id = key_id(name, self._public)

    @classmethod
    def from_skey(cls, skey: str) -> NoteSigner:
        """Read `PRIVATE+KEY+<name>+<hex id>+<base64(0x01||seed)>`; ValueError naming what is wrong."""
        parts = skey.strip().split("+", 4)
        if len(parts) != 5 or parts[0] != "PRIVATE" or parts[1] != "KEY":
            raise ValueError("a signer key looks like PRIVATE+KEY+<name>+<key id>+<key>")
        _, _, name, id_hex, material = parts
        seed = _decode_key(name, id_hex, material, "signer key")
        signer = cls(name, Ed25519PrivateKey.from_private_bytes(seed))
        if signer._id.hex() != id_hex:
            raise ValueError("signer key: the key id does not match the name and key")
        return signer

    def vkey(self) -> str:
        """The verifier key to publish: `<name>+<hex id>+<base64(0x01||public key)>`."""
        encoded = base64.b64encode(bytes([ED25519]) + self._public).decode("ascii")
        return f"{self.name}+{self._id.hex()}+{encoded}"

    def sign_text(self, text: str) -> str:
        """Any note text (ending in a newline) as a signed note."""
        _check_text(text)
        signature = self._key.sign(text.encode("utf-8"))
        encoded = base64.b64encode(self._id + signature).decode("ascii")
        return f"{text}\n{EM_DASH} {self.name} {encoded}\n"

    def sign(self, cp: Checkpoint) -> str:
        """The checkpoint as a signed note; ValueError unless its origin is the key's name.

        tlog-checkpoint: the key name SHOULD match the origin, and `open_note` (so the verifier) insists.
        """
        if cp.origin != self.name:
            raise ValueError(f"the checkpoint's origin {cp.origin!r} is not the key's name {self.name!r}")
        return self.sign_text(cp.body())


def generate_key(name: str) -> tuple[str, str]:
    """A new key pair as (signer key, verifier key) strings."""
    private_key = Ed25519PrivateKey.generate()
    signer = NoteSigner(name, private_key)
    seed = private_key.private_bytes_raw()
    skey = (
        f"PRIVATE+KEY+{name}+{signer._id.hex()}+{base64.b64encode(bytes([ED25519]) + seed).decode('ascii')}"
    )
    return skey, signer.vkey()


@dataclass(frozen=True)
class Verifier:
    """A verifier key, read from `<name>+<hex id>+<base64(0x01||public key)>`."""

    name: str
    id: bytes
    key: Ed25519PublicKey

    @classmethod
    def from_vkey(cls, vkey: str) -> Verifier:
        """Read a verifier key; ValueError naming what is wrong."""
        parts = vkey.strip().split("+", 2)
        if len(parts) != 3:
            raise ValueError("a verifier key looks like <name>+<key id>+<key>")
        name, id_hex, material = parts
        public = _decode_key(name, id_hex, material, "verifier key")
        if key_id(name, public).hex() != id_hex:
            raise ValueError("verifier key: the key id does not match the name and key")
        return cls(name, bytes.fromhex(id_hex), Ed25519PublicKey.from_public_bytes(public))


def _check_text(text: str) -> None:
    if not text.endswith("\n"):
        raise ValueError("a note text ends with a newline")
    if any(ord(ch) < 0x20 and ch != "\n" for ch in text):
        raise ValueError("a note text has no control characters but newlines")


def open_text(note: str | bytes, vkey: str) -> str:
    """Verify a signed note against one verifier key and return its text; BadNoteError saying why not."""
    try:
        verifier = Verifier.from_vkey(vkey)
    except ValueError as exc:
        raise BadNoteError(f"bad verifier key: {exc}") from exc
    if isinstance(note, bytes):
        try:
            note = note.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadNoteError("malformed note: not UTF-8") from exc
    if any(ord(ch) < 0x20 and ch != "\n" for ch in note):
        raise BadNoteError("malformed note: a control character")
    split = note.rfind("\n\n")
    if split < 0 or not note.endswith("\n"):
        raise BadNoteError("malformed note: no signature block")
    text, block = note[: split + 1], note[split + 2 :]
    lines = block[:-1].split("\n") if block else []
    if not lines:
        raise BadNoteError("malformed note: no signature")
    if len(lines) > MAX_SIGNATURES:
        raise BadNoteError("malformed note: too many signatures")
    signers = []
    verified = False
    for line in lines:
        if not line.startswith(EM_DASH + " "):
            raise BadNoteError(f"malformed note: a signature line does not start with an em dash: {line!r}")
        fields = line[2:].split(" ")
        if len(fields) != 2 or not _valid_name(fields[0]):
            raise BadNoteError(f"malformed note: a signature line is not '— <name> <signature>': {line!r}")
        name, encoded = fields
        try:
            blob = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise BadNoteError("malformed note: a signature is not base64") from exc
        if len(blob) < 5:
            raise BadNoteError("malformed note: a signature too short")
        signers.append(f"{name}+{blob[:4].hex()}")
        if name != verifier.name or blob[:4] != verifier.id:
            continue  # another key's signature (a witness, a rotated key): C2SP says ignore it
        try:
            verifier.key.verify(blob[4:], text.encode("utf-8"))
        except InvalidSignature as exc:
            raise BadNoteError(f"bad signature: the signature by {name} does not verify") from exc
        verified = True
    if not verified:
        raise BadNoteError(
            f"unknown key: signed by {', '.join(signers)}, not by {verifier.name}+{verifier.id.hex()}"
        )
    return text


def parse_body(text: str) -> Checkpoint:
    """A checkpoint from a (verified) note text; BadNoteError saying what is malformed."""
    lines = text.split("\n")
    if len(lines) < 4 or lines[-1] != "":
        raise BadNoteError("malformed checkpoint: fewer than three lines")
    origin, size_text, root_text, *extensions = lines[:-1]
    if not origin:
        raise BadNoteError("malformed checkpoint: an empty origin")
    if any(not line for line in extensions):
        raise BadNoteError("malformed checkpoint: an empty extension line")
    if not (size_text.isascii() and size_text.isdigit()) or (size_text.startswith("0") and size_text != "0"):
        raise BadNoteError(f"malformed checkpoint: the size {size_text!r} is not a decimal number")
    try:
        root = base64.b64decode(root_text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BadNoteError("malformed checkpoint: the root hash is not base64") from exc
    if len(root) != ROOT_SIZE:
        raise BadNoteError(f"malformed checkpoint: the root hash is {len(root)} bytes, not {ROOT_SIZE}")
    try:
        return Checkpoint(origin, int(size_text), root)
    except ValueError as exc:
        raise BadNoteError(f"malformed checkpoint: {exc}") from exc


def open_note(note: str | bytes, vkey: str, origin: str | None = None) -> Checkpoint:
    """Verify a signed checkpoint against `vkey` and parse it; BadNoteError saying why not.

    The origin must be `origin` when given, else the key's name (tlog-checkpoint: the key name matches the
    origin).
    """
    checkpoint = parse_body(open_text(note, vkey))
    expected = origin if origin is not None else Verifier.from_vkey(vkey).name
    if checkpoint.origin != expected:
        raise BadNoteError(f"origin mismatch: the checkpoint is for {checkpoint.origin!r}, not {expected!r}")
    return checkpoint
