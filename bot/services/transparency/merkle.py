"""RFC 9162 §2.1 Merkle tree hashes, proofs and their verification, over perfect aligned nodes (hashlib).

A node is `(level, index)`: the perfect subtree of `2**level` leaves starting at leaf `index << level`;
level 0 is the leaf hash itself. Perfect nodes never change once their last leaf is appended, so storage can
keep them in a table and a proof or root needs only a handful of them, fetched in one query (`nodes_for_*`),
then combined here (`root_from`, `inclusion_proof`, `consistency_proof`). Every subtree hash the RFC's
recursive definitions use is the hash of a range `[start, end)` that is itself a node of the RFC tree, and
such a range splits into perfect aligned nodes along the binary digits of its width, which is all the code
below relies on.

The verification functions return False, never raise, for any proof that does not hold (including sizes that
make no sense): a verifier gets those from the network. The functions that build proofs raise ValueError for
impossible arguments: a caller asked for something the log never had.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence

HASH_SIZE = 32
EMPTY_ROOT: bytes = hashlib.sha256(b"").digest()

Node = tuple[int, int]


def leaf_hash(entry: bytes) -> bytes:
    """RFC 9162 §2.1.1: the hash of a leaf, SHA-256(0x00 || entry)."""
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """RFC 9162 §2.1.1: the hash of an interior node, SHA-256(0x01 || left || right)."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(width: int) -> int:
    """The largest power of two smaller than `width` (width >= 2): where the RFC splits a range."""
    return 1 << ((width - 1).bit_length() - 1)


def root(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH over the leaf hashes, by the RFC's recursive definition (for tests and small trees)."""
    n = len(leaf_hashes)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaf_hashes[0]
    k = _split(n)
    return node_hash(root(leaf_hashes[:k]), root(leaf_hashes[k:]))


# --- appending ----------------------------------------------------------------------------------------------


def _check_index(index: int) -> None:
    if index < 0:
        raise ValueError(f"negative leaf index {index}")


def append_siblings(index: int) -> list[Node]:
    """The nodes that must be known to append leaf `index`: the left siblings it completes, lowest first."""
    _check_index(index)
    siblings = []
    level = 0
    while (index >> level) & 1:
        siblings.append((level, (index >> level) - 1))
        level += 1
    return siblings


def append_nodes(index: int, leaf: bytes, known: Mapping[Node, bytes]) -> dict[Node, bytes]:
    """The nodes appending leaf hash `leaf` at `index` completes, `(0, index)` included, with their hashes."""
    if len(leaf) != HASH_SIZE:
        raise ValueError(f"a leaf hash is {HASH_SIZE} bytes, not {len(leaf)}")
    completed = {(0, index): leaf}
    current = leaf
    for level, sibling in append_siblings(index):
        current = node_hash(known[(level, sibling)], current)
        completed[(level + 1, sibling >> 1)] = current
    return completed


# --- ranges -------------------------------------------------------------------------------------------------


def _range_nodes(start: int, end: int) -> list[Node]:
    """The perfect nodes that make up the RFC subtree `[start, end)`, left to right (widest first)."""
    nodes = []
    width = end - start
    offset = start
    for level in range(width.bit_length() - 1, -1, -1):
        if width >> level & 1:
            if offset & ((1 << level) - 1):  # pragma: no cover - callers only pass RFC subtrees
                raise AssertionError(f"range [{start}, {end}) is not an RFC subtree")
            nodes.append((level, offset >> level))
            offset += 1 << level
    return nodes


def _range_hash(start: int, end: int, known: Mapping[Node, bytes]) -> bytes:
    """MTH(D[start:end]) from the perfect nodes: the right ones fold into the left, as the RFC splits."""
    nodes = _range_nodes(start, end)
    current = known[nodes[-1]]
    for node in reversed(nodes[:-1]):
        current = node_hash(known[node], current)
    return current


def _unique(ranges: Sequence[tuple[int, int]]) -> list[Node]:
    seen: dict[Node, None] = {}
    for start, end in ranges:
        for node in _range_nodes(start, end):
            seen[node] = None
    return list(seen)


# --- root ---------------------------------------------------------------------------------------------------


def nodes_for_root(size: int) -> list[Node]:
    """The perfect nodes the root of a tree of `size` leaves is made of (none for the empty tree)."""
    if size < 0:
        raise ValueError(f"negative tree size {size}")
    return _range_nodes(0, size) if size else []


def root_from(size: int, known: Mapping[Node, bytes]) -> bytes:
    """The root of the tree of `size` leaves, from the nodes `nodes_for_root(size)` names."""
    if size < 0:
        raise ValueError(f"negative tree size {size}")
    return _range_hash(0, size, known) if size else EMPTY_ROOT


# --- inclusion ----------------------------------------------------------------------------------------------


def _inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """RFC 9162 §2.1.3.1 PATH(index, D[0:size]) as ranges, from the leaf up."""
    if index < 0 or size < 0:
        raise ValueError(f"negative index or size ({index}, {size})")
    if index >= size:
        raise ValueError(f"leaf {index} is not in a tree of {size} leaves")
    ranges = []
    start, end = 0, size
    while end - start > 1:
        k = _split(end - start)
        if index < start + k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start += k
    ranges.reverse()
    return ranges


def nodes_for_inclusion(index: int, size: int) -> list[Node]:
    """The perfect nodes the inclusion proof of leaf `index` in the tree of `size` leaves is made of."""
    return _unique(_inclusion_ranges(index, size))


def inclusion_proof(index: int, size: int, known: Mapping[Node, bytes]) -> list[bytes]:
    """RFC 9162 §2.1.3.1: the inclusion proof of leaf `index` in the tree of `size` leaves."""
    return [_range_hash(start, end, known) for start, end in _inclusion_ranges(index, size)]


def verify_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> bool:
    """RFC 9162 §2.1.3.2: whether `proof` shows leaf hash `leaf` at `index` in the tree of `size`, `root`."""
    if index < 0 or index >= size or len(leaf) != HASH_SIZE:
        return False
    if any(len(p) != HASH_SIZE for p in proof):
        return False
    fn, sn = index, size - 1
    r = leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


# --- consistency --------------------------------------------------------------------------------------------


def _consistency_ranges(old: int, new: int) -> list[tuple[int, int]]:
    """RFC 9162 §2.1.4.1 PROOF(old, D[0:new]) as ranges, in the proof's order."""
    if old < 0 or new < 0:
        raise ValueError(f"negative tree size ({old}, {new})")
    if old > new:
        raise ValueError(f"an old size {old} larger than the new {new}")
    if old == 0:
        raise ValueError("a consistency proof from the empty tree is meaningless (RFC 9162 §2.1.4.1: 0 < m)")
    ranges: list[tuple[int, int]] = []
    start, end, m, complete = 0, new, old, True
    # SUBPROOF(m, D[start:end], complete), unrolled: each step appends a sibling and descends into one half.
    while m != end - start:
        k = _split(end - start)
        if m <= k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start += k
            m -= k
            complete = False
    if not complete:
        ranges.append((start, end))
    ranges.reverse()
    return ranges


def nodes_for_consistency(old: int, new: int) -> list[Node]:
    """The perfect nodes the consistency proof between sizes `old` and `new` is made of."""
    return _unique(_consistency_ranges(old, new))


def consistency_proof(old: int, new: int, known: Mapping[Node, bytes]) -> list[bytes]:
    """RFC 9162 §2.1.4.1: the consistency proof between trees of `old` and `new` leaves (0 < old <= new)."""
    return [_range_hash(start, end, known) for start, end in _consistency_ranges(old, new)]


def verify_consistency(old: int, new: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]) -> bool:
    """RFC 9162 §2.1.4.2: whether `proof` shows the tree of `old` leaves is a prefix of the `new` one.

    As in transparency-dev/merkle: equal sizes need an empty proof and equal roots; an old size of 0 is
    meaningless (a verifier checks the empty tree's root is EMPTY_ROOT instead).
    """
    if old <= 0 or old > new:
        return False
    if any(len(p) != HASH_SIZE for p in proof):
        return False
    if old == new:
        return not proof and old_root == new_root
    if not proof:
        return False
    path = list(proof)
    if old & (old - 1) == 0:  # an exact power of 2
        path.insert(0, old_root)
    fn, sn = old - 1, new - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0


# --- in memory ----------------------------------------------------------------------------------------------


class _Nodes(Mapping[Node, bytes]):
    """A read-only view of a Tree's perfect nodes as the `known` mapping the functions above take."""

    def __init__(self, levels: list[bytearray]) -> None:
        self._levels = levels

    def __getitem__(self, node: Node) -> bytes:
        level, index = node
        if level < 0 or index < 0 or level >= len(self._levels):
            raise KeyError(node)
        row = self._levels[level]
        offset = index * HASH_SIZE
        if offset + HASH_SIZE > len(row):
            raise KeyError(node)
        return bytes(row[offset : offset + HASH_SIZE])

    def __iter__(self) -> Iterator[Node]:
        for level, row in enumerate(self._levels):
            for index in range(len(row) // HASH_SIZE):
                yield (level, index)

    def __len__(self) -> int:
        return sum(len(row) for row in self._levels) // HASH_SIZE


class Tree:
    """An in-memory, append-only Merkle tree that keeps every perfect node, so roots and proofs are O(log n).

    The nodes of each level sit in one bytearray (32 bytes each): about 64 bytes a leaf in all.
    """

    def __init__(self) -> None:
        self._levels: list[bytearray] = [bytearray()]
        self.nodes: Mapping[Node, bytes] = _Nodes(self._levels)

    @property
    def size(self) -> int:
        """The number of leaves."""
        return len(self._levels[0]) // HASH_SIZE

    def append(self, leaf: bytes) -> int:
        """Append a leaf hash (see `leaf_hash`); return its index."""
        if len(leaf) != HASH_SIZE:
            raise ValueError(f"a leaf hash is {HASH_SIZE} bytes, not {len(leaf)}")
        levels = self._levels
        index = len(levels[0]) // HASH_SIZE
        levels[0] += leaf
        current, level, position = leaf, 0, index
        while position & 1:
            row = levels[level]
            left = bytes(row[-2 * HASH_SIZE : -HASH_SIZE])
            current = hashlib.sha256(b"\x01" + left + current).digest()
            level += 1
            position >>= 1
            if level == len(levels):
                levels.append(bytearray())
            levels[level] += current
        return index

    def append_entry(self, entry: bytes) -> int:
        """Append a raw entry (hashed with `leaf_hash`); return its index."""
        return self.append(leaf_hash(entry))

    def leaf(self, index: int) -> bytes:
        """The leaf hash at `index`."""
        if not 0 <= index < self.size:
            raise ValueError(f"leaf {index} is not in a tree of {self.size} leaves")
        return self.nodes[(0, index)]

    def _check_size(self, size: int) -> None:
        if not 0 <= size <= self.size:
            raise ValueError(f"the tree never had {size} leaves (it has {self.size})")

    def root(self) -> bytes:
        """The root of the whole tree."""
        return root_from(self.size, self.nodes)

    def root_at(self, size: int) -> bytes:
        """The root the tree had at `size` leaves."""
        self._check_size(size)
        return root_from(size, self.nodes)

    def inclusion_proof(self, index: int, size: int) -> list[bytes]:
        """The inclusion proof of leaf `index` in the tree as it was at `size` leaves."""
        self._check_size(size)
        return inclusion_proof(index, size, self.nodes)

    def consistency_proof(self, old: int, new: int) -> list[bytes]:
        """The consistency proof between the tree at `old` leaves and at `new` leaves."""
        self._check_size(new)
        return consistency_proof(old, new, self.nodes)
