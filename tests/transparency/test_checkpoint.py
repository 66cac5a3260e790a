"""Signed checkpoints: the Go sumdb/note reference vector, key forms, and every way a note is refused."""

from __future__ import annotations

import base64

import pytest

from bot.services.transparency import checkpoint as cp
from bot.services.transparency.merkle import EMPTY_ROOT

# The reference example of golang.org/x/mod/sumdb/note (its package documentation and note_test.go).
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_TEXT = (
    "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
)
GO_SIGNATURE = "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="
GO_NOTE = f"{GO_TEXT}\n— PeterNeumann {GO_SIGNATURE}\n"
ORIGIN = "example.org/freethemall-test"  # invented


def test_the_go_reference_key_and_note_byte_for_byte() -> None:
    signer = cp.NoteSigner.from_skey(GO_SKEY)
    assert signer.name == "PeterNeumann"
    assert signer.vkey() == GO_VKEY
    assert signer.sign_text(GO_TEXT) == GO_NOTE
    assert cp.open_text(GO_NOTE, GO_VKEY) == GO_TEXT


def test_a_checkpoint_signs_and_opens() -> None:
    skey, vkey = cp.generate_key(ORIGIN)
    signer = cp.NoteSigner.from_skey(skey)
    assert signer.vkey() == vkey
    checkpoint = cp.Checkpoint(ORIGIN, 12, bytes(range(32)))
    assert checkpoint.body() == f"{ORIGIN}\n12\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n"
    note = signer.sign(checkpoint)
    assert note.startswith(checkpoint.body() + "\n— " + ORIGIN + " ")
    assert cp.open_note(note, vkey) == checkpoint
    empty = cp.Checkpoint(ORIGIN, 0, EMPTY_ROOT)
    assert cp.open_note(signer.sign(empty), vkey) == empty
    with pytest.raises(ValueError, match="origin"):
        signer.sign(cp.Checkpoint("another.example/log", 1, bytes(32)))


def test_other_signatures_are_ignored_but_a_known_bad_one_is_not() -> None:
    skey, vkey = cp.generate_key(ORIGIN)
    witness_skey, _ = cp.generate_key("witness.example.org")
    note = cp.NoteSigner.from_skey(skey).sign(cp.Checkpoint(ORIGIN, 3, bytes(32)))
    body, ours = note.split("\n\n")
    theirs = cp.NoteSigner.from_skey(witness_skey).sign_text(body + "\n").split("\n\n")[1]
    assert cp.open_note(note + theirs, vkey).size == 3
    assert cp.open_note(f"{body}\n\n{theirs}{ours}", vkey).size == 3
    with pytest.raises(cp.BadNoteError, match=r"^unknown key"):
        cp.open_note(f"{body}\n\n{theirs}", vkey)
    with pytest.raises(cp.BadNoteError, match=r"^bad signature"):
        cp.open_note(f"{body}\n\n{theirs}{ours}".replace("\n3\n", "\n4\n"), vkey)


def test_notes_are_refused_saying_why() -> None:
    skey, vkey = cp.generate_key(ORIGIN)
    signer = cp.NoteSigner.from_skey(skey)
    good = signer.sign(cp.Checkpoint(ORIGIN, 5, bytes(32)))
    other_skey, other_vkey = cp.generate_key(ORIGIN)
    forged = cp.NoteSigner.from_skey(other_skey).sign(cp.Checkpoint(ORIGIN, 5, bytes(32)))
    body, signature = good.split("\n\n")
    name_and_blob = signature.split(" ")
    blob = bytearray(base64.b64decode(name_and_blob[2]))
    blob[-1] ^= 1
    flipped = f"{body}\n\n— {ORIGIN} {base64.b64encode(bytes(blob)).decode()}\n"
    stranger = cp.NoteSigner.from_skey(cp.generate_key("someone.else")[0])
    cases: dict[str, list[str | bytes]] = {
        "bad signature": [good.replace("\n5\n", "\n6\n"), flipped],
        "unknown key": [forged, stranger.sign_text(body + "\n")],
        "malformed note": [body, good.replace("— ", "- "), good.rstrip("\n"),
                           good.replace("\n5\n", "\n5\x07\n"), good.encode().replace(b"\n5\n", b"\n5\xff\n"),
                           good.replace("\n\n", "\n")],
        "malformed checkpoint": [signer.sign_text(f"{ORIGIN}\n05\n{base64.b64encode(bytes(32)).decode()}\n"),
                                 signer.sign_text(f"{ORIGIN}\n5\n"),
                                 signer.sign_text(f"{ORIGIN}\n5\nAAAA\n"),
                                 signer.sign_text(f"{ORIGIN}\n-5\n{base64.b64encode(bytes(32)).decode()}\n")],
        "origin mismatch": [signer.sign_text(f"other.example\n5\n{base64.b64encode(bytes(32)).decode()}\n")],
        "bad verifier key": [good],
    }  # fmt: skip
    for reason, notes in cases.items():
        key = "not a key" if reason == "bad verifier key" else vkey
        for note in notes:
            with pytest.raises(cp.BadNoteError) as caught:
                cp.open_note(note, key)
            assert str(caught.value).startswith(reason), (reason, note, str(caught.value))
    with pytest.raises(cp.BadNoteError, match=r"^unknown key"):
        cp.open_note(good, other_vkey)


@pytest.mark.parametrize(
    "skey",
    [
        "",
        GO_SKEY.replace("PRIVATE+KEY", "PUBLIC+KEY"),
        GO_SKEY.replace("c74f20a3", "c74f20a4"),
        GO_SKEY.replace("c74f20a3", "C74F20A3"),
        GO_SKEY.replace("PeterNeumann", "Peter Neumann"),
        GO_SKEY.replace("+AYEK", "+AZEK"),
        GO_SKEY[:-4],
        GO_SKEY + "AAAA",
        "PRIVATE+KEY+PeterNeumann+c74f20a3+not base64!",
    ],
)
def test_malformed_signer_keys_are_refused(skey: str) -> None:
    with pytest.raises(ValueError):
        cp.NoteSigner.from_skey(skey)


@pytest.mark.parametrize(
    "vkey",
    [
        "",
        "PeterNeumann",
        GO_VKEY.replace("c74f20a3", "00000000"),
        GO_VKEY[:-4],
        GO_VKEY.replace("+AR", "+AZ"),
    ],
)
def test_malformed_verifier_keys_are_refused(vkey: str) -> None:
    with pytest.raises(ValueError):
        cp.Verifier.from_vkey(vkey)
    with pytest.raises(cp.BadNoteError):
        cp.open_text(GO_NOTE, vkey)


def test_a_checkpoint_refuses_impossible_values() -> None:
    for args in [("", 1, bytes(32)), ("a b", 1, bytes(32)), (ORIGIN, -1, bytes(32)), (ORIGIN, 1, b"x")]:
        with pytest.raises(ValueError):
            cp.Checkpoint(*args)
