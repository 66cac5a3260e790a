"""RFC 9162 Merkle tree: the reference vectors, every proof shape up to 70 leaves, and a property test.

Vectors: the 8-leaf inputs, node hashes and roots for sizes 0..8 are transparency-dev/merkle's
testonly/constants.go (LeafInputs, NodeHashes, RootHashes), the same reference tree as RFC 6962's and
certificate-transparency-go's merkle tests; the inclusion and consistency proofs are its cmd/proofgen/main.go
(`inclusionProofs`, `consistencyProofs`, leaf indices there are 1-based). merkle_probes.json holds its
testdata/inclusion and testdata/consistency probes (happy paths and every tampering proofgen makes), copied
from https://github.com/transparency-dev/merkle at commit 417fb0c314750d94e53942e9f92e79b6d35915db
(Apache-2.0).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.transparency import merkle

LEAF_INPUTS = [bytes.fromhex(h) for h in ["", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                                           "606162636465666768696a6b6c6d6e6f"]]  # fmt: skip
ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
NODE_HASHES = [
    ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
     "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
     "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
     "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
     "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
     "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
     "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
     "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"],
    ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
     "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
     "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
     "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"],
    ["d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
     "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"],
    ["5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"],
]  # fmt: skip
H = bytes.fromhex
# proofgen's vectors, 0-based here: (index, size, proof)
INCLUSION = [
    (0, 1, []),
    (0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
]  # fmt: skip
CONSISTENCY = [
    (1, 1, []),
    (1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
    (6, 7, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
]  # fmt: skip
PROBES = json.loads((Path(__file__).parent / "merkle_probes.json").read_text())


def reference_tree() -> merkle.Tree:
    tree = merkle.Tree()
    for entry in LEAF_INPUTS:
        tree.append_entry(entry)
    return tree


def test_hashes_match_the_rfc_hasher_vectors() -> None:
    assert merkle.EMPTY_ROOT.hex() == ROOTS[0]
    assert merkle.leaf_hash(b"").hex() == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    assert (
        merkle.leaf_hash(b"L123456").hex()
        == "395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"
    )
    assert merkle.node_hash(b"N123", b"N456").hex() == (
        "aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb"
    )


def test_roots_for_every_size_of_the_reference_tree() -> None:
    leaves = [merkle.leaf_hash(entry) for entry in LEAF_INPUTS]
    tree = merkle.Tree()
    assert tree.root().hex() == ROOTS[0]
    for size in range(1, 9):
        tree.append(leaves[size - 1])
        assert merkle.root(leaves[:size]).hex() == ROOTS[size]
        assert tree.root().hex() == ROOTS[size]
    assert [tree.root_at(size).hex() for size in range(9)] == ROOTS


def test_the_tree_keeps_exactly_the_reference_perfect_nodes() -> None:
    tree = reference_tree()
    for level, row in enumerate(NODE_HASHES):
        for index, expected in enumerate(row):
            assert tree.nodes[(level, index)].hex() == expected
    assert len(tree.nodes) == sum(len(row) for row in NODE_HASHES)
    with pytest.raises(KeyError):
        tree.nodes[(1, 4)]


@pytest.mark.parametrize(("index", "size", "proof"), INCLUSION)
def test_inclusion_proofs_match_the_vectors(index: int, size: int, proof: list[str]) -> None:
    tree = reference_tree()
    assert [p.hex() for p in tree.inclusion_proof(index, size)] == proof
    assert merkle.verify_inclusion(tree.leaf(index), index, size, [H(p) for p in proof], H(ROOTS[size]))


@pytest.mark.parametrize(("old", "new", "proof"), CONSISTENCY)
def test_consistency_proofs_match_the_vectors(old: int, new: int, proof: list[str]) -> None:
    tree = reference_tree()
    assert [p.hex() for p in tree.consistency_proof(old, new)] == proof
    assert merkle.verify_consistency(old, new, H(ROOTS[old]), H(ROOTS[new]), [H(p) for p in proof])


def _b64(value: str | None) -> bytes:
    return base64.b64decode(value or "")


@pytest.mark.parametrize("probe", PROBES["inclusion"], ids=lambda p: p["file"])
def test_inclusion_probes(probe: dict[str, Any]) -> None:
    proof = [_b64(p) for p in probe["proof"] or []]
    ok = merkle.verify_inclusion(
        _b64(probe["leafHash"]), probe["leafIdx"], probe["treeSize"], proof, _b64(probe["root"])
    )
    assert ok is not probe["wantErr"], probe["desc"]


@pytest.mark.parametrize("probe", PROBES["consistency"], ids=lambda p: p["file"])
def test_consistency_probes(probe: dict[str, Any]) -> None:
    proof = [_b64(p) for p in probe["proof"] or []]
    ok = merkle.verify_consistency(
        probe["size1"], probe["size2"], _b64(probe["root1"]), _b64(probe["root2"]), proof
    )
    assert ok is not probe["wantErr"], probe["desc"]


def test_every_proof_up_to_70_leaves_uses_only_the_nodes_it_names() -> None:
    """What storage relies on: each function needs only the perfect nodes `nodes_for_*` names."""
    leaves = [merkle.leaf_hash(i.to_bytes(4, "big")) for i in range(70)]
    known: dict[merkle.Node, bytes] = {}
    for index, leaf in enumerate(leaves):
        siblings = merkle.append_siblings(index)
        completed = merkle.append_nodes(index, leaf, {node: known[node] for node in siblings})
        assert completed[(0, index)] == leaf
        known.update(completed)
    tree = merkle.Tree()
    for leaf in leaves:
        tree.append(leaf)
    assert known == dict(tree.nodes)
    for size in range(71):
        expected = merkle.root(leaves[:size])
        named = {node: known[node] for node in merkle.nodes_for_root(size)}
        assert merkle.root_from(size, named) == expected
        for index in range(size):
            named = {node: known[node] for node in merkle.nodes_for_inclusion(index, size)}
            proof = merkle.inclusion_proof(index, size, named)
            assert merkle.verify_inclusion(leaves[index], index, size, proof, expected)
        for old in range(1, size + 1):
            named = {node: known[node] for node in merkle.nodes_for_consistency(old, size)}
            proof = merkle.consistency_proof(old, size, named)
            assert merkle.verify_consistency(old, size, merkle.root(leaves[:old]), expected, proof)


def test_impossible_arguments_raise() -> None:
    tree = reference_tree()
    for call in [
        lambda: merkle.nodes_for_inclusion(-1, 8),
        lambda: merkle.nodes_for_inclusion(8, 8),
        lambda: merkle.nodes_for_inclusion(0, 0),
        lambda: merkle.nodes_for_consistency(5, 4),
        lambda: merkle.nodes_for_consistency(0, 4),
        lambda: merkle.nodes_for_consistency(-1, 4),
        lambda: merkle.nodes_for_root(-1),
        lambda: merkle.append_siblings(-1),
        lambda: tree.root_at(9),
        lambda: tree.inclusion_proof(0, 9),
        lambda: tree.consistency_proof(3, 9),
        lambda: tree.append(b"short"),
        lambda: tree.leaf(8),
    ]:
        with pytest.raises(ValueError):
            call()
    assert merkle.nodes_for_root(0) == []
    assert merkle.root_from(0, {}) == merkle.EMPTY_ROOT


def test_verification_refuses_nonsense_without_raising() -> None:
    leaf, root = merkle.leaf_hash(b""), merkle.EMPTY_ROOT
    assert not merkle.verify_inclusion(leaf, -1, 1, [], leaf)
    assert not merkle.verify_inclusion(leaf, 0, 0, [], root)
    assert not merkle.verify_inclusion(leaf, 0, 2, [b"short"], root)
    assert not merkle.verify_consistency(0, 0, root, root, [])
    assert not merkle.verify_consistency(2, 1, root, root, [])
    assert not merkle.verify_consistency(1, 2, leaf, root, [b"short"])


def _flip(proof: list[bytes], which: int, bit: int) -> list[bytes]:
    tampered = list(proof)
    value = bytearray(tampered[which])
    value[bit // 8] ^= 1 << (bit % 8)
    tampered[which] = bytes(value)
    return tampered


@settings(max_examples=60, deadline=None)
@given(size=st.integers(1, 300), data=st.data())
def test_proofs_from_a_tree_verify_and_any_flipped_bit_fails(size: int, data: st.DataObject) -> None:
    tree = merkle.Tree()
    for i in range(size):
        tree.append_entry(i.to_bytes(4, "big"))
    new = data.draw(st.integers(1, size), label="new")
    index = data.draw(st.integers(0, new - 1), label="index")
    old = data.draw(st.integers(1, new), label="old")
    new_root, old_root, leaf = tree.root_at(new), tree.root_at(old), tree.leaf(index)

    inclusion = tree.inclusion_proof(index, new)
    assert merkle.verify_inclusion(leaf, index, new, inclusion, new_root)
    bit = data.draw(st.integers(0, 255), label="bit")
    assert not merkle.verify_inclusion(_flip([leaf], 0, bit)[0], index, new, inclusion, new_root)
    assert not merkle.verify_inclusion(leaf, index, new, inclusion, _flip([new_root], 0, bit)[0])
    if inclusion:
        which = data.draw(st.integers(0, len(inclusion) - 1), label="which")
        assert not merkle.verify_inclusion(leaf, index, new, _flip(inclusion, which, bit), new_root)
        assert not merkle.verify_inclusion(leaf, index, new, inclusion[:-1], new_root)

    consistency = tree.consistency_proof(old, new)
    assert merkle.verify_consistency(old, new, old_root, new_root, consistency)
    assert not merkle.verify_consistency(old, new, _flip([old_root], 0, bit)[0], new_root, consistency)
    assert not merkle.verify_consistency(old, new, old_root, _flip([new_root], 0, bit)[0], consistency)
    if consistency:
        which = data.draw(st.integers(0, len(consistency) - 1), label="which_c")
        assert not merkle.verify_consistency(old, new, old_root, new_root, _flip(consistency, which, bit))
        assert not merkle.verify_consistency(old, new, old_root, new_root, consistency[:-1])
