"""The transparency log's speed: an inclusion proof in a 1,000,000-leaf tree, a full verification of it.

    .venv/bin/python -m bench.transparency                   # 1,000,000 leaves, checkpoints every 100,000
    .venv/bin/python -m bench.transparency --leaves 200000   # smaller, for a loaded machine
    .venv/bin/python -m bench.transparency --http            # the verification over HTTP too (loopback)
    .venv/bin/python -m bench.transparency --leaves 200000 --http --latency-ms 50 --workers 8   # a far server

Targets (issue 23): an inclusion proof answers in under 20 ms; a full verification of 1,000,000 leaves
finishes in under 60 s.

Printed:
- building: the entries (a pledge's commitment, one revocation in ten) and the in-memory tree;
- inclusion proofs for random leaves of the whole tree, two ways: from the Tree, and as the storage does it
  (`nodes_for_inclusion`, then the proof from just those nodes): p50, p99 and the worst, in ms; each proof
  is verified;
- the full verification: the verifier's own code (every checkpoint's signature, the consistency proofs, all
  leaves fetched in pages of 1000 and the tree rebuilt, roots and counts compared) against an in-process
  source answering as the HTTP API does (each page JSON-encoded and decoded: the server's encoding is
  counted, the network is not); with --http, the same over HTTP to a loopback aiohttp server.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import random
import secrets
import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bot.services.transparency import merkle, receipt
from bot.services.transparency.checkpoint import Checkpoint, NoteSigner, generate_key
from bot.services.transparency.verifier import HttpSource, Report, verify

ORIGIN = "bench.example.org/pledges"  # invented


class Log:
    """A log in memory, answering the verifier's requests as the bot's HTTP API does."""

    def __init__(self, leaves: int, every: int) -> None:
        self.signer = NoteSigner.from_skey(generate_key(ORIGIN)[0])
        self.entries: list[bytes] = []
        self.tree = merkle.Tree()
        counts = {}
        count = 0
        for index in range(leaves):
            if index % 10 == 9:
                entry = receipt.revocation_entry()
                count -= 1
            else:
                entry = receipt.pledge_entry(secrets.token_bytes(32))
                count += 1
            self.entries.append(entry)
            self.tree.append_entry(entry)
            if (index + 1) % every == 0 or index + 1 == leaves:
                counts[index + 1] = count
        self.history = [
            {"note": self._sign(0), "size": 0, "count": 0, "published_at": "2026-12-01T00:00:00+00:00"}
        ]
        for hour, (size, count) in enumerate(sorted(counts.items()), 1):
            published = f"2026-12-{1 + hour // 24:02d}T{hour % 24:02d}:00:00+00:00"
            self.history.append(
                {"note": self._sign(size), "size": size, "count": count, "published_at": published}
            )

    def _sign(self, size: int) -> str:
        return self.signer.sign(Checkpoint(ORIGIN, size, self.tree.root_at(size)))

    @property
    def size(self) -> int:
        """The number of leaves."""
        return self.tree.size

    def answer(self, path: str, params: dict[str, int]) -> Any:
        """The body the API gives for GET path?params: a str for text/plain, else a JSON-ready value."""
        b64 = base64.b64encode
        if path == "/transparency/checkpoint":
            return self.history[-1]["note"]
        if path == "/transparency/key":
            return self.signer.vkey()
        if path == "/transparency/checkpoints":
            return {"checkpoints": self.history}
        if path == "/transparency/leaves":
            start = params["start"]
            page = self.entries[start : min(start + min(params["count"], 1000), self.size)]
            return {"start": start, "entries": [b64(entry).decode() for entry in page]}
        if path == "/transparency/proof/inclusion":
            index, size = params["index"], params["size"]
            proof = self.tree.inclusion_proof(index, size)
            leaf = b64(self.tree.leaf(index)).decode()
            return {
                "index": index,
                "size": size,
                "leaf_hash": leaf,
                "proof": [b64(p).decode() for p in proof],
            }
        if path == "/transparency/proof/consistency":
            old, new = params["old"], params["new"]
            proof = self.tree.consistency_proof(old, new)
            return {"old": old, "new": new, "proof": [b64(p).decode() for p in proof]}
        raise KeyError(path)


class InProcess:
    """The verifier's Source, answered by a Log in this process, through JSON as over the wire."""

    def __init__(self, log: Log) -> None:
        self.log = log

    def text(self, path: str, **params: int) -> str:
        """The text/plain body of GET path?params."""
        return str(self.log.answer(path, params))

    def json(self, path: str, **params: int) -> Any:
        """The JSON body of GET path?params, encoded and decoded."""
        return json.loads(json.dumps(self.log.answer(path, params)))


@contextmanager
def http_server(log: Log, latency: float = 0.0) -> Iterator[str]:
    """Serve `log` over HTTP on a loopback port, from a thread with its own event loop."""
    from aiohttp import web

    async def handle(request: web.Request) -> web.Response:
        if latency:
            await asyncio.sleep(latency)  # a far server: each answer waits a round trip
        params = {name: int(value) for name, value in request.query.items()}
        body = log.answer(request.path, params)
        if isinstance(body, str):
            return web.Response(text=body)
        return web.json_response(body)

    loop = asyncio.new_event_loop()
    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    runner = web.AppRunner(app, access_log=None)
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.run_until_complete(runner.cleanup())
        loop.close()


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
    p50, worst = statistics.median(values), values[-1]
    return f"p50 {p50 * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms, max {worst * 1000:.3f} ms"


def bench_inclusion(log: Log, proofs: int) -> None:
    """Time inclusion proofs of random leaves of the whole tree, from the Tree and from named nodes."""
    size, nodes = log.size, log.tree.nodes
    rng = random.Random(23)  # noqa: S311 - which leaves to prove, not a secret
    root = log.tree.root()
    tree_times, storage_times = [], []
    for _ in range(proofs):
        index = rng.randrange(size)
        started = time.perf_counter()
        proof = log.tree.inclusion_proof(index, size)
        tree_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        known = {node: nodes[node] for node in merkle.nodes_for_inclusion(index, size)}
        from_nodes = merkle.inclusion_proof(index, size, known)
        storage_times.append(time.perf_counter() - started)
        if from_nodes != proof or not merkle.verify_inclusion(log.tree.leaf(index), index, size, proof, root):
            raise SystemExit(f"inclusion proof of leaf {index} does not verify")
    print(f"inclusion proof, {proofs} random leaves of {size:,}, from the Tree: {_ms(tree_times)}")
    print(f"inclusion proof, as storage does it (nodes_for_inclusion, then the proof): {_ms(storage_times)}")
    print(f"  nodes fetched per proof: {len(merkle.nodes_for_inclusion(size // 3, size))}; all verified")


def bench_verify(label: str, source: Any, log: Log, workers: int) -> Report:
    """Time the verifier's full run against `source`."""
    started = time.perf_counter()
    cpu = time.process_time()
    report = verify(source, log.signer.vkey(), workers=workers)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    status = "OK" if not report.failures else f"FAIL {report.failures[:3]}"
    rate = log.size / elapsed if elapsed else 0
    print(
        f"full verification {label}, {workers} at once: {log.size:,} leaves, {len(log.history)} checkpoints "
        f"in {elapsed:.2f} s "
        f"(CPU {cpu:.2f} s, {rate:,.0f} leaves/s): {status}"
    )
    return report


def run(
    leaves: int = 1_000_000,
    every: int = 100_000,
    proofs: int = 2000,
    http: bool = False,
    workers: int = 1,
    latency_ms: float = 0.0,
) -> None:
    """Build the log, time the proofs and the verification, print the figures."""
    started = time.perf_counter()
    log = Log(leaves, every)
    print(f"built {leaves:,} entries and their tree in {time.perf_counter() - started:.2f} s")
    bench_inclusion(log, proofs)
    bench_verify("(in process)", InProcess(log), log, 1)
    if http:
        with http_server(log, latency_ms / 1000) as url:
            label = f"(HTTP, loopback{f', {latency_ms:g} ms a request' if latency_ms else ''})"
            bench_verify(label, HttpSource(url), log, workers)
    if leaves < 1_000_000:
        print(f"  (measured on {leaves:,} leaves: the rebuild is linear, so 1,000,000 would take about "
              f"{1_000_000 / leaves:.1f} times as long)")  # fmt: skip


def main() -> None:
    """The command line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--leaves", type=int, default=1_000_000)
    parser.add_argument("--every", type=int, default=100_000, help="a checkpoint every this many leaves")
    parser.add_argument("--proofs", type=int, default=2000, help="inclusion proofs to time")
    parser.add_argument("--http", action="store_true", help="verify over HTTP to a loopback server as well")
    parser.add_argument(
        "--workers", type=int, default=1, help="HTTP requests at once (the verifier's default: 8)"
    )
    parser.add_argument("--latency-ms", type=float, default=0.0, help="HTTP: each answer waits this long")
    arguments = parser.parse_args()
    run(
        arguments.leaves,
        arguments.every,
        arguments.proofs,
        arguments.http,
        arguments.workers,
        arguments.latency_ms,
    )


if __name__ == "__main__":
    main()
