"""Entries and receipts: sizes, kinds, the commitment, and receipts as a phone mangles them."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.services.transparency import receipt

SECRET = bytes(range(32))


def test_a_pledge_entry_commits_to_its_secret_under_the_domain_tag() -> None:
    entry = receipt.pledge_entry(SECRET)
    assert len(entry) == 33
    assert entry[0] == receipt.PLEDGE
    assert entry[1:] == hashlib.sha256(b"freethemall receipt v1\x00" + SECRET).digest()
    assert receipt.entry_kind(entry) == receipt.PLEDGE
    assert receipt.pledge_entry(receipt.new_secret()) != entry


def test_revocations_are_random_and_link_to_nothing() -> None:
    first, second = receipt.revocation_entry(), receipt.revocation_entry()
    assert len(first) == 33
    assert receipt.entry_kind(first) == receipt.REVOCATION
    assert first != second


def test_malformed_entries_are_refused() -> None:
    for entry in [b"", b"\x01" * 32, b"\x01" * 34, b"\x03" + bytes(32), b"\x00" + bytes(32)]:
        with pytest.raises(ValueError):
            receipt.entry_kind(entry)
    with pytest.raises(ValueError):
        receipt.commitment(b"short")
    with pytest.raises(ValueError):
        receipt.make_receipt(-1, SECRET)
    with pytest.raises(ValueError):
        receipt.make_receipt(1, b"short")


def test_receipt_round_trip_and_shape() -> None:
    text = receipt.make_receipt(1234, SECRET)
    assert text == "FTA1-1234-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"
    assert receipt.parse_receipt(text) == (1234, SECRET)


def test_receipts_as_a_phone_or_chat_returns_them() -> None:
    text = receipt.make_receipt(7, SECRET)
    for mangled in [
        f"  {text}\n",
        text[:12] + "\n" + text[12:30] + " " + text[30:],
        "fta1" + text[4:],
        text + "=",
        "\u200b" + text,
    ]:
        assert receipt.parse_receipt(mangled) == (7, SECRET)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ("hello", "format"),
        ("FTA2-1-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8", "format"),
        ("FTA1-x-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8", "index"),
        ("FTA1--1-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8", "index"),
        ("FTA1-١٢-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8", "index"),
        ("FTA1-1-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh", "secret"),
        ("FTA1-1-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8A", "secret"),
        ("FTA1-1-AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdH!8", "secret"),
        ("FTA1-1", "format"),
    ],
)
def test_malformed_receipts_say_why(text: str, reason: str) -> None:
    with pytest.raises(receipt.BadReceiptError) as caught:
        receipt.parse_receipt(text)
    assert caught.value.reason == reason
    assert isinstance(caught.value, ValueError)


@given(index=st.integers(0, 10**12), secret=st.binary(min_size=32, max_size=32))
def test_any_receipt_round_trips(index: int, secret: bytes) -> None:
    assert receipt.parse_receipt(receipt.make_receipt(index, secret)) == (index, secret)
