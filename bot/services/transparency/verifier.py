"""The independent verifier: download a bot's transparency log and check everything it claims.

    python -m bot.services.transparency.verifier URL [--key VKEY] [--receipt RECEIPT] [--checkpoint FILE]

It needs only Python's standard library, `cryptography` and the pure modules beside it (no database, no bot),
so anyone can run it against any copy of the bot. It checks:

- every checkpoint's signature, against the key given with --key (or, weaker, the one the server serves);
- each checkpoint against the next: a consistency proof from the server, verified here (the log only grew);
- every leaf: rebuilt into the tree here, each checkpoint's root recomputed from the leaves;
- every entry is well formed, and each checkpoint's count is pledges minus revocations in its leaves;
- with --receipt, that the receipt's pledge is included in the latest checkpoint;
- with --checkpoint, that a checkpoint saved earlier (from the channel, say) is one this log still has.

It prints a short report and exits 0 when all holds, 1 on any mismatch (naming the checkpoint and why),
2 when the log cannot be read at all.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import itertools
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from bot.services.transparency import merkle, receipt
from bot.services.transparency.checkpoint import BadNoteError, Checkpoint, Verifier, open_note

PAGE = 1000  # the most leaves /transparency/leaves serves at once
WORKERS = 8  # requests in flight at once
TIMEOUT = 30.0
MAX_RESPONSE = 64 * 1024 * 1024  # a hostile server cannot make the verifier hold more than this at once
USER_AGENT = "freethemall-verifier/1"
KEY_WARNING = (
    "WARNING: the key was fetched from the same server. That only proves the checkpoints are consistent "
    "with each other; to prove they are the bot's, give the key published in the README or the channel "
    "with --key."
)


T = TypeVar("T")
R = TypeVar("R")


class FetchError(Exception):
    """The log could not be read: a network error, an HTTP error, a response that is not what the API says."""


class Source(Protocol):
    """Where the log's API answers come from: HTTP for real, a function in the benchmark."""

    def text(self, path: str, **params: int) -> str:
        """The text/plain body of GET path?params."""
        ...

    def json(self, path: str, **params: int) -> Any:
        """The decoded JSON body of GET path?params."""
        ...


class HttpSource:
    """The log's HTTP API at a base URL, read with urllib."""

    def __init__(self, base_url: str, timeout: float = TIMEOUT) -> None:
        parsed = urllib.parse.urlsplit(base_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise FetchError(f"not an http(s) URL: {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def _get(self, path: str, params: dict[str, int]) -> bytes:
        url = self.base_url + path + ("?" + urllib.parse.urlencode(params) if params else "")
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310 - http(s) only
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                body: bytes = response.read(MAX_RESPONSE + 1)
        except urllib.error.HTTPError as exc:
            detail = exc.read(300).decode("utf-8", "replace").strip()
            raise FetchError(f"GET {url}: HTTP {exc.code} {detail}".rstrip()) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise FetchError(f"GET {url}: {getattr(exc, 'reason', exc)}") from exc
        if len(body) > MAX_RESPONSE:
            raise FetchError(f"GET {url}: the answer is larger than {MAX_RESPONSE // 2**20} MiB")
        return body

    def text(self, path: str, **params: int) -> str:
        """The text/plain body of GET path?params."""
        body = self._get(path, params)
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FetchError(f"{path}: the answer is not UTF-8 text") from exc

    def json(self, path: str, **params: int) -> Any:
        """The decoded JSON body of GET path?params."""
        body = self._get(path, params)
        try:
            return json.loads(body)
        except ValueError as exc:
            raise FetchError(f"{path}: the answer is not JSON") from exc


@dataclass(frozen=True)
class Listed:
    """One checkpoint of the history, as the server lists it."""

    position: int  # 1-based, oldest first
    of: int
    note: str
    size: int
    count: int
    published_at: str

    def label(self) -> str:
        """How the report names it: its place in the history, its size and when it was published."""
        return f"checkpoint {self.position} of {self.of} (size {self.size}, published {self.published_at})"


@dataclass
class Report:
    """What the verifier found: the lines to print and the failures among them."""

    lines: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    unreadable: bool = False

    def info(self, text: str) -> None:
        """A line of facts."""
        self.lines.append(text)

    def ok(self, text: str) -> None:
        """A check that held."""
        self.lines.append(f"OK    {text}")

    def fail(self, text: str) -> None:
        """A check that did not hold."""
        self.failures.append(text)
        self.lines.append(f"FAIL  {text}")

    @property
    def exit_code(self) -> int:
        """0 when everything holds, 2 when the log could not be read, 1 on any other failure."""
        if self.unreadable:
            return 2
        return 1 if self.failures else 0


def _b64(value: object, what: str, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise FetchError(f"{what} is not a base64 string")
    try:
        decoded = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FetchError(f"{what} is not base64") from exc
    if size is not None and len(decoded) != size:
        raise FetchError(f"{what} is {len(decoded)} bytes, not {size}")
    return decoded


def _hashes(value: object, what: str) -> list[bytes]:
    if not isinstance(value, list):
        raise FetchError(f"{what} is not a list")
    return [_b64(item, f"{what}[{i}]", merkle.HASH_SIZE) for i, item in enumerate(value)]


def _int(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise FetchError(f"{what} is not a non-negative integer")
    return value


def _history(source: Source) -> list[Listed]:
    answer = source.json("/transparency/checkpoints")
    items = answer.get("checkpoints") if isinstance(answer, dict) else None
    if not isinstance(items, list):
        raise FetchError('/transparency/checkpoints: no "checkpoints" list')
    listed = []
    for position, item in enumerate(items, 1):
        what = f"/transparency/checkpoints: item {position}"
        if not isinstance(item, dict) or not isinstance(item.get("note"), str):
            raise FetchError(f"{what} has no note")
        published = item.get("published_at")
        listed.append(
            Listed(
                position=position,
                of=len(items),
                note=item["note"],
                size=_int(item.get("size"), f"{what}: size"),
                count=_int(item.get("count"), f"{what}: count"),
                published_at=published if isinstance(published, str) else "?",
            )
        )
    return listed


Signed = list[tuple[Listed, Checkpoint]]


def _check_signatures(history: list[Listed], vkey: str, report: Report) -> Signed:
    """The checkpoints whose signature verifies, each with its note read."""
    signed = []
    for item in history:
        try:
            cp = open_note(item.note, vkey)
        except BadNoteError as exc:
            report.fail(f"{item.label()}: {exc}")
            continue
        if cp.size != item.size:
            report.fail(f"{item.label()}: the list says size {item.size}, its signed note says {cp.size}")
        signed.append((item, cp))
    return signed


def _fetch_all(fetch: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """`fetch(item)` for each item, in order, up to `workers` at once: over a slow link round trips add up."""
    if workers <= 1:
        yield from map(fetch, items)
        return
    with ThreadPoolExecutor(workers, thread_name_prefix="verifier") as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fetch, item))
            if len(pending) >= 2 * workers:  # a bounded window: pages are not all held at once
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _consistency_proof(source: Source, old: int, new: int) -> list[bytes] | FetchError:
    try:
        answer = source.json("/transparency/proof/consistency", old=old, new=new)
        if not isinstance(answer, dict):
            raise FetchError("/transparency/proof/consistency: not a JSON object")
        return _hashes(answer.get("proof"), "/transparency/proof/consistency: proof")
    except FetchError as exc:
        return exc


def _check_consistency(source: Source, signed: Signed, report: Report, workers: int = 1) -> int:
    """Each signed checkpoint against the next one that is signed; the number of proofs checked."""
    for item, cp in signed:
        if cp.size == 0 and cp.root != merkle.EMPTY_ROOT:
            report.fail(f"{item.label()}: an empty log's root is not the empty tree's hash")
    pairs = list(itertools.pairwise(signed))
    needed = [(old.size, new.size) for (_, old), (_, new) in pairs if 0 < old.size < new.size]
    proofs = dict(
        zip(needed, _fetch_all(lambda p: _consistency_proof(source, *p), needed, workers), strict=True)
    )
    for (older, old), (newer, new) in pairs:
        if new.size < old.size:
            report.fail(f"{newer.label()}: the log shrank from {old.size} to {new.size} leaves")
        elif new.size == old.size:
            if new.root != old.root:
                report.fail(f"{newer.label()}: a fork: the same size as {older.label()} with another root")
        elif old.size > 0:
            proof = proofs[(old.size, new.size)]
            if isinstance(proof, FetchError):
                report.fail(f"{older.label()} -> {newer.label()}: no consistency proof: {proof}")
            elif not merkle.verify_consistency(old.size, new.size, old.root, new.root, proof):
                report.fail(
                    f"{newer.label()}: not an extension of {older.label()}: the consistency proof does not "
                    "verify (history rewritten or forked)"
                )
    return sum(1 for proof in proofs.values() if not isinstance(proof, FetchError))


@dataclass
class Rebuilt:
    """The tree rebuilt from the leaves, with the pledge and revocation counts at each checkpoint size."""

    tree: merkle.Tree
    pledges: dict[int, tuple[int, int]]  # size -> (pledges, revocations) in its first `size` leaves
    malformed: list[str]


def _page(source: Source, start: int, count: int, size: int) -> list[object]:
    """The `count` entries from `start`, in as many requests as the server's pages take."""
    entries: list[object] = []
    while len(entries) < count:
        at, asked = start + len(entries), count - len(entries)
        answer = source.json("/transparency/leaves", start=at, count=asked)
        got = answer.get("entries") if isinstance(answer, dict) else None
        if not isinstance(got, list) or answer.get("start") != at:
            raise FetchError(f"/transparency/leaves?start={at}: not a page of entries starting at {at}")
        if not got:
            raise FetchError(f"/transparency/leaves: the log served only {at} of its {size} leaves")
        if len(got) > asked:
            raise FetchError(f"/transparency/leaves?start={at}: more entries than asked for")
        entries.extend(got)
    return entries


def rebuild(
    source: Source,
    size: int,
    sizes: Sequence[int],
    progress: Callable[[int], None] | None = None,
    workers: int = 1,
) -> Rebuilt:
    """Download the first `size` leaves in pages and rebuild the tree, counting at each of `sizes`."""
    tree = merkle.Tree()
    wanted = sorted(set(sizes))
    counts: dict[int, tuple[int, int]] = {}
    malformed: list[str] = []
    pledges = revocations = 0
    next_wanted = 0
    while next_wanted < len(wanted) and wanted[next_wanted] == 0:
        counts[0] = (0, 0)
        next_wanted += 1
    append = tree.append_entry
    starts = range(0, size, PAGE)
    pages = _fetch_all(lambda start: _page(source, start, min(PAGE, size - start), size), starts, workers)
    for start, entries in zip(starts, pages, strict=True):
        for offset, text in enumerate(entries):
            index = start + offset
            entry = _b64(text, f"leaf {index}")
            kind = entry[0] if len(entry) == receipt.ENTRY_SIZE else 0
            if kind == receipt.PLEDGE:
                pledges += 1
            elif kind == receipt.REVOCATION:
                revocations += 1
            else:
                try:
                    receipt.entry_kind(entry)
                except ValueError as exc:
                    malformed.append(f"leaf {index}: {exc}")
            append(entry)
            if next_wanted < len(wanted) and wanted[next_wanted] == index + 1:
                counts[index + 1] = (pledges, revocations)
                next_wanted += 1
        if progress is not None:
            progress(tree.size)
    return Rebuilt(tree, counts, malformed)


def _check_leaves(rebuilt: Rebuilt, signed: Signed, report: Report) -> None:
    tree = rebuilt.tree
    for problem in rebuilt.malformed[:20]:
        report.fail(problem)
    if len(rebuilt.malformed) > 20:
        report.fail(f"... and {len(rebuilt.malformed) - 20} more malformed leaves")
    roots_ok = counts_ok = True
    for item, cp in signed:
        if tree.root_at(cp.size) != cp.root:
            roots_ok = False
            report.fail(
                f"{item.label()}: its root does not match the first {cp.size} leaves the log serves "
                "(a leaf was altered, removed or inserted)"
            )
        pledges, revocations = rebuilt.pledges[cp.size]
        if item.count != pledges - revocations:
            counts_ok = False
            report.fail(
                f"{item.label()}: the bot's count {item.count} is not the log's {pledges - revocations} "
                f"({pledges} pledges - {revocations} revocations)"
            )
    if roots_ok:
        report.ok("every checkpoint's root matches the leaves")
    if counts_ok:
        report.ok("every checkpoint's count is its pledges minus its revocations")


def _check_receipt(source: Source, text: str, latest: Checkpoint, tree: merkle.Tree, report: Report) -> None:
    try:
        index, secret = receipt.parse_receipt(text)
    except ValueError as exc:
        report.fail(f"receipt: cannot be read: {exc}")
        return
    expected = merkle.leaf_hash(receipt.pledge_entry(secret))
    if index >= latest.size:
        report.fail(
            f"receipt: leaf {index} is not in the latest checkpoint yet (it has {latest.size} leaves; "
            "checkpoints are signed in batches, try again later)"
        )
        return
    try:
        answer = source.json("/transparency/proof/inclusion", index=index, size=latest.size)
        if not isinstance(answer, dict):
            raise FetchError("/transparency/proof/inclusion: not a JSON object")
        served = _b64(answer.get("leaf_hash"), "/transparency/proof/inclusion: leaf_hash", merkle.HASH_SIZE)
        proof = _hashes(answer.get("proof"), "/transparency/proof/inclusion: proof")
    except FetchError as exc:
        report.fail(f"receipt: no inclusion proof: {exc}")
        return
    if served != expected or tree.leaf(index) != expected:
        report.fail(f"receipt: leaf {index} of the log is not this receipt's pledge")
    elif not merkle.verify_inclusion(expected, index, latest.size, proof, latest.root):
        report.fail(
            f"receipt: the inclusion proof of leaf {index} does not verify against the latest checkpoint"
        )
    else:
        report.ok(f"receipt: your pledge is leaf {index}, included in the checkpoint of size {latest.size}")


def _check_saved(path: Path, vkey: str, tree: merkle.Tree, report: Report) -> None:
    try:
        cp = open_note(path.read_text(encoding="utf-8"), vkey)
    except (OSError, UnicodeDecodeError, BadNoteError) as exc:
        report.fail(f"the checkpoint in {path}: {exc}")
        return
    if cp.size > tree.size:
        report.fail(
            f"the checkpoint in {path} (size {cp.size}): the log serves only {tree.size} leaves "
            "(the log was cut back, or this is a fork)"
        )
    elif tree.root_at(cp.size) != cp.root:
        report.fail(
            f"the checkpoint in {path} (size {cp.size}): the log's leaves give another root: "
            "the history was rewritten, or that checkpoint is from a fork"
        )
    else:
        report.ok(f"the checkpoint in {path} (size {cp.size}) is part of this log")


def verify(
    source: Source,
    key: str | None = None,
    receipt_text: str | None = None,
    saved: Sequence[Path] = (),
    progress: Callable[[int], None] | None = None,
    workers: int = WORKERS,
) -> Report:
    """Run every check against the log behind `source`; the report says what held and what did not."""
    report = Report()
    try:
        _verify(source, key, receipt_text, saved, progress, workers, report)
    except FetchError as exc:
        report.unreadable = True
        report.fail(f"cannot read the log: {exc}")
    return report


def _verify(
    source: Source,
    key: str | None,
    receipt_text: str | None,
    saved: Sequence[Path],
    progress: Callable[[int], None] | None,
    workers: int,
    report: Report,
) -> None:
    if key is None:
        key = source.text("/transparency/key").strip()
        report.info(KEY_WARNING)
    try:
        verifier = Verifier.from_vkey(key)
    except ValueError as exc:
        report.unreadable = True
        report.fail(f"the key: {exc}")
        return
    report.info(f"key: {verifier.name}+{verifier.id.hex()}")
    latest_note = source.text("/transparency/checkpoint")
    history = _history(source)
    if not history:
        report.fail("the log lists no checkpoint (a log starts with a signed checkpoint of size 0)")
        return
    first, last_listed = history[0], history[-1]
    report.info(
        f"checkpoints: {len(history)}, from size {first.size} ({first.published_at}) to size "
        f"{last_listed.size} ({last_listed.published_at})"
    )
    signed = _check_signatures(history, key, report)
    if not signed:
        return
    if len(signed) == len(history):
        report.ok(f"signatures of all {len(history)} checkpoints")
    try:
        latest = open_note(latest_note, key)
    except BadNoteError as exc:
        report.fail(f"the latest checkpoint (/transparency/checkpoint): {exc}")
        latest = None
    if latest is not None and all(cp != latest for _, cp in signed):
        report.fail(
            f"the latest checkpoint (size {latest.size}) is not in the history of checkpoints: the server "
            "shows different logs to different readers (a fork)"
        )
    failures = len(report.failures)
    proofs = _check_consistency(source, signed, report, workers)
    if len(report.failures) == failures:
        report.ok(f"each checkpoint extends the one before ({proofs} consistency proofs verified)")
    last, last_cp = signed[-1]
    size = max(cp.size for _, cp in signed)
    rebuilt = rebuild(source, size, [cp.size for _, cp in signed], progress, workers)
    pledges, revocations = rebuilt.pledges.get(size, (0, 0))
    report.info(
        f"leaves: {size} ({pledges} pledges, {revocations} revocations); latest count {last.count}, "
        f"published {last.published_at}"
    )
    if not rebuilt.malformed:
        report.ok(f"all {size} entries are well formed")
    _check_leaves(rebuilt, signed, report)
    for path in saved:
        _check_saved(path, key, rebuilt.tree, report)
    if receipt_text is not None:
        _check_receipt(source, receipt_text, last_cp, rebuilt.tree, report)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: verify the log at URL, print the report, exit 0 only if everything holds."""
    parser = argparse.ArgumentParser(
        prog="python -m bot.services.transparency.verifier",
        description="Check a FreeThemAll bot's public log of pledges: signatures, history, leaves, count.",
    )
    parser.add_argument("url", help="the bot's public address, e.g. https://bot.example.org")
    parser.add_argument("--key", help="the log's verifier key, as published in the README or the channel")
    parser.add_argument(
        "--receipt", help="a receipt FTA1-... to check it is included in the latest checkpoint"
    )
    parser.add_argument(
        "--checkpoint",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="a signed checkpoint saved earlier (from the channel, say) that the log must still contain",
    )
    parser.add_argument("--workers", type=int, default=WORKERS, help=f"requests at once (default {WORKERS})")
    arguments = parser.parse_args(argv)
    try:
        source = HttpSource(arguments.url)
    except FetchError as exc:
        print(f"verifier: {exc}", file=sys.stderr)
        return 2
    report = verify(source, arguments.key, arguments.receipt, arguments.checkpoint, workers=arguments.workers)
    for line in report.lines:
        print(line)
    if report.failures:
        print(f"RESULT: FAIL ({len(report.failures)} problem{'s' if len(report.failures) > 1 else ''})")
    else:
        print("RESULT: OK")
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
