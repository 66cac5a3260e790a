"""The independent verifier against a small log served over HTTP: honest, and tampered in each way it catches.

The server here is the test's own (aiohttp), serving the API the bot serves (README, "The transparency log")
from a log built with merkle.Tree; each test tampers with one thing and checks the verifier names it.
"""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.typedefs import Handler

from bot.services.transparency import merkle, receipt
from bot.services.transparency.checkpoint import Checkpoint, NoteSigner, generate_key
from bot.services.transparency.verifier import KEY_WARNING, HttpSource, Report, verify
from tests.conftest import serving

ORIGIN = "verifier.example.org/pledges"  # invented
KINDS = "PPRPPPPRPPPPP"  # 13 leaves: 11 pledges, 2 revocations
SIZES = [0, 3, 4, 8, 13]  # where checkpoints were signed


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass
class Log:
    """A log as the server serves it; tests change its parts to tamper with it."""

    signer: NoteSigner
    entries: list[bytes]  # the leaves served
    secrets: dict[int, bytes]  # leaf index -> receipt secret, for the pledges
    tree: merkle.Tree  # what the proofs are computed from
    history: list[dict[str, object]] = field(default_factory=list)
    latest: str = ""
    broken: set[str] = field(default_factory=set)  # paths answered 500
    delay: float = 0.0  # seconds each answer waits
    in_flight: int = 0
    most_in_flight: int = 0
    served_size: int | None = None  # leaves served up to this size, else the latest checkpoint's

    def sign(self, size: int, tree: merkle.Tree | None = None) -> str:
        return self.signer.sign(Checkpoint(ORIGIN, size, (tree or self.tree).root_at(size)))

    def publish(self, sizes: list[int]) -> None:
        self.history = []
        for hour, size in enumerate(sizes):
            kinds = [entry[0] for entry in self.entries[:size]]
            count = kinds.count(receipt.PLEDGE) - kinds.count(receipt.REVOCATION)
            published = f"2026-12-01T{10 + hour:02d}:00:00+00:00"
            self.history.append(
                {"note": self.sign(size), "size": size, "count": count, "published_at": published}
            )
        self.latest = str(self.history[-1]["note"])


def build(kinds: str = KINDS, sizes: list[int] | None = None) -> Log:
    skey, _ = generate_key(ORIGIN)
    entries, secrets = [], {}
    for index, kind in enumerate(kinds):
        if kind == "P":
            secrets[index] = receipt.new_secret()
            entries.append(receipt.pledge_entry(secrets[index]))
        else:
            entries.append(receipt.revocation_entry())
    tree = merkle.Tree()
    for entry in entries:
        tree.append_entry(entry)
    log = Log(NoteSigner.from_skey(skey), entries, secrets, tree)
    log.publish(SIZES if sizes is None else sizes)
    return log


def app(log: Log) -> web.Application:
    def number(request: web.Request, name: str) -> int:
        try:
            return int(request.query[name])
        except (KeyError, ValueError):
            raise web.HTTPBadRequest(text=f"{name}: a number") from None

    async def checkpoint(request: web.Request) -> web.Response:
        return web.Response(text=log.latest)

    async def key(request: web.Request) -> web.Response:
        return web.Response(text=log.signer.vkey() + "\n")

    async def checkpoints(request: web.Request) -> web.Response:
        return web.json_response({"checkpoints": log.history})

    async def leaves(request: web.Request) -> web.Response:
        start, count = number(request, "start"), number(request, "count")
        size = int(str(log.latest.split("\n")[1])) if log.served_size is None else log.served_size
        page = log.entries[start : min(start + min(count, 1000), size)]
        return web.json_response({"start": start, "entries": [_b64(entry) for entry in page]})

    async def inclusion(request: web.Request) -> web.Response:
        index, size = number(request, "index"), number(request, "size")
        try:
            proof = log.tree.inclusion_proof(index, size)
        except ValueError as exc:
            raise web.HTTPBadRequest(text=str(exc)) from None
        body = {"index": index, "size": size, "leaf_hash": _b64(log.tree.leaf(index)), "proof": proof}
        return web.json_response({**body, "proof": [_b64(p) for p in proof]})

    async def consistency(request: web.Request) -> web.Response:
        old, new = number(request, "old"), number(request, "new")
        try:
            proof = log.tree.consistency_proof(old, new)
        except ValueError as exc:
            raise web.HTTPBadRequest(text=str(exc)) from None
        return web.json_response({"old": old, "new": new, "proof": [_b64(p) for p in proof]})

    @web.middleware
    async def breaking(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path in log.broken:
            raise web.HTTPInternalServerError(text="down for maintenance")
        log.in_flight += 1
        log.most_in_flight = max(log.most_in_flight, log.in_flight)
        try:
            await asyncio.sleep(log.delay)
            return await handler(request)
        finally:
            log.in_flight -= 1

    application = web.Application(middlewares=[breaking])
    application.router.add_get("/transparency/checkpoint", checkpoint)
    application.router.add_get("/transparency/key", key)
    application.router.add_get("/transparency/checkpoints", checkpoints)
    application.router.add_get("/transparency/leaves", leaves)
    application.router.add_get("/transparency/proof/inclusion", inclusion)
    application.router.add_get("/transparency/proof/consistency", consistency)
    return application


@pytest.fixture
async def served() -> AsyncIterator[tuple[Log, str]]:
    log = build()
    async with serving(app(log)) as url:
        yield log, url


async def run(
    url: str, key: str | None, receipt_text: str | None = None, saved: list[Path] | None = None
) -> Report:
    return await asyncio.to_thread(verify, HttpSource(url), key, receipt_text, saved or [])


def failures(report: Report) -> str:
    return "\n".join(report.failures)


async def test_an_honest_log_verifies(served: tuple[Log, str]) -> None:
    log, url = served
    pledge = 9
    report = await run(url, log.signer.vkey(), receipt.make_receipt(pledge, log.secrets[pledge]))
    assert report.failures == [], report.lines
    assert report.exit_code == 0
    text = "\n".join(report.lines)
    assert KEY_WARNING not in text
    assert "OK    signatures of all 5 checkpoints" in text
    assert "OK    each checkpoint extends the one before (3 consistency proofs verified)" in text
    assert "leaves: 13 (11 pledges, 2 revocations); latest count 9" in text
    assert "OK    every checkpoint's count is its pledges minus its revocations" in text
    assert f"OK    receipt: your pledge is leaf {pledge}, included in the checkpoint of size 13" in text


async def test_an_empty_log_verifies() -> None:
    log = build("", [0])
    async with serving(app(log)) as url:
        report = await run(url, log.signer.vkey())
    assert report.failures == []
    assert "leaves: 0 (0 pledges, 0 revocations); latest count 0" in "\n".join(report.lines)


async def test_a_key_from_the_server_is_used_with_a_warning(served: tuple[Log, str]) -> None:
    _, url = served
    report = await run(url, None)
    assert report.failures == []
    assert report.lines[0] == KEY_WARNING


async def test_another_key_is_refused_for_every_checkpoint(served: tuple[Log, str]) -> None:
    _, url = served
    report = await run(url, generate_key(ORIGIN)[1])
    assert len(report.failures) >= 5
    assert "checkpoint 1 of 5 (size 0, published 2026-12-01T10:00:00+00:00): unknown key" in failures(report)


async def test_a_tampered_leaf_is_caught_at_the_first_checkpoint_that_covers_it(
    served: tuple[Log, str],
) -> None:
    log, url = served
    log.entries[5] = receipt.pledge_entry(receipt.new_secret())  # well formed, but not what was signed
    report = await run(url, log.signer.vkey())
    assert report.exit_code == 1
    text = failures(report)
    assert "checkpoint 3 of 5" not in text  # size 4: before the leaf
    assert "checkpoint 4 of 5 (size 8, published 2026-12-01T13:00:00+00:00): its root does not match" in text
    assert "checkpoint 5 of 5 (size 13" in text


async def test_a_malformed_leaf_is_named(served: tuple[Log, str]) -> None:
    log, url = served
    log.entries[2] = b"\x09" + log.entries[2][1:]
    report = await run(url, log.signer.vkey())
    assert "leaf 2: unknown entry kind 9" in failures(report)


async def test_a_history_rewritten_after_publishing_is_caught(served: tuple[Log, str]) -> None:
    """The operator removes pledge 1, rebuilds the tree and signs new checkpoints after the old ones."""
    log, url = served
    old_history = log.history[:4]  # published before the rewrite, seen by everyone
    del log.entries[1]
    log.tree = merkle.Tree()
    for entry in log.entries:
        log.tree.append_entry(entry)
    log.publish([0, 3, 4, 8, 12])
    log.history = [*old_history, log.history[-1]]
    log.history[-1]["published_at"] = "2026-12-01T15:00:00+00:00"
    report = await run(url, log.signer.vkey())
    text = failures(report)
    assert (
        "checkpoint 5 of 5 (size 12, published 2026-12-01T15:00:00+00:00): not an extension of checkpoint 4 "
        "of 5 (size 8, published 2026-12-01T13:00:00+00:00): the consistency proof does not verify" in text
    )
    assert "checkpoint 2 of 5 (size 3, published 2026-12-01T11:00:00+00:00): its root does not match" in text


async def test_a_history_rewritten_whole_is_caught_by_a_saved_checkpoint(
    served: tuple[Log, str], tmp_path: Path
) -> None:
    """Rewritten and every checkpoint signed anew: only a checkpoint saved from the channel can tell."""
    log, url = served
    saved = tmp_path / "checkpoint-from-the-channel.txt"
    saved.write_text(str(log.history[3]["note"]), encoding="utf-8")
    assert (await run(url, log.signer.vkey(), saved=[saved])).failures == []
    del log.entries[1]
    log.tree = merkle.Tree()
    for entry in log.entries:
        log.tree.append_entry(entry)
    log.publish([0, 3, 4, 8, 12])
    report = await run(url, log.signer.vkey(), saved=[saved])
    assert report.failures == [
        f"the checkpoint in {saved} (size 8): the log's leaves give another root: the history was rewritten, "
        "or that checkpoint is from a fork"
    ]


async def test_a_forked_checkpoint_is_caught(served: tuple[Log, str]) -> None:
    """Someone is shown a checkpoint of another tree: as the latest, or in the history."""
    log, url = served
    fork = merkle.Tree()
    for entry in [*log.entries[:5], *(receipt.pledge_entry(receipt.new_secret()) for _ in range(6))]:
        fork.append_entry(entry)  # agrees with the log up to size 5 only
    log.latest = log.sign(11, fork)
    report = await run(url, log.signer.vkey())
    assert "the latest checkpoint (size 11) is not in the history of checkpoints" in failures(report)

    log.latest = str(log.history[-1]["note"])
    forked = {**log.history[3], "note": log.sign(8, fork), "published_at": "2026-12-01T13:30:00+00:00"}
    log.history.insert(4, forked)
    report = await run(url, log.signer.vkey())
    text = failures(report)
    forked_label = "checkpoint 5 of 6 (size 8, published 2026-12-01T13:30:00+00:00)"
    assert f"{forked_label}: a fork: the same size as checkpoint 4 of 6" in text
    assert f"{forked_label}: its root does not match" in text


async def test_a_bad_signature_is_named(served: tuple[Log, str]) -> None:
    log, url = served
    note = str(log.history[2]["note"])
    log.history[2]["note"] = note.replace("\n4\n", "\n5\n", 1)
    log.history[2]["size"] = 5
    report = await run(url, log.signer.vkey())
    assert report.exit_code == 1
    assert report.failures[0].startswith(
        "checkpoint 3 of 5 (size 5, published 2026-12-01T12:00:00+00:00): bad signature"
    )


async def test_a_count_that_is_not_the_logs_is_named(served: tuple[Log, str]) -> None:
    log, url = served
    log.history[3]["count"] = int(str(log.history[3]["count"])) + 1
    report = await run(url, log.signer.vkey())
    assert report.failures == [
        "checkpoint 4 of 5 (size 8, published 2026-12-01T13:00:00+00:00): the bot's count 5 is not the "
        "log's 4 (6 pledges - 2 revocations)"
    ]


async def test_receipts_that_do_not_hold(served: tuple[Log, str]) -> None:
    log, url = served
    key = log.signer.vkey()
    stranger = receipt.make_receipt(4, receipt.new_secret())
    assert (await run(url, key, stranger)).failures == [
        "receipt: leaf 4 of the log is not this receipt's pledge"
    ]
    later = receipt.make_receipt(13, receipt.new_secret())
    assert "receipt: leaf 13 is not in the latest checkpoint yet" in failures(await run(url, key, later))
    assert "receipt: cannot be read: format" in failures(await run(url, key, "hello"))


async def test_what_the_server_gets_wrong_is_named(served: tuple[Log, str]) -> None:
    log, url = served
    key = log.signer.vkey()
    log.broken = {"/transparency/proof/consistency"}
    pair = "checkpoint 2 of 5 (size 3, published 2026-12-01T11:00:00+00:00) -> checkpoint 3 of 5 (size 4"
    assert f"{pair}, published 2026-12-01T12:00:00+00:00): no consistency proof: GET " in failures(
        await run(url, key)
    )
    assert "HTTP 500 down for maintenance" in failures(await run(url, key))

    log.broken = set()
    log.history[1]["size"] = 2
    listed = "checkpoint 2 of 5 (size 2, published 2026-12-01T11:00:00+00:00)"
    assert f"{listed}: the list says size 2, its signed note says 3" in failures(await run(url, key))

    log.history[1]["size"] = 3
    log.history[3], log.history[4] = log.history[4], log.history[3]
    assert (
        "checkpoint 5 of 5 (size 8, published 2026-12-01T13:00:00+00:00): the log shrank from 13 to 8 leaves"
        in (failures(await run(url, key)))
    )

    log.publish(SIZES)
    log.served_size = 10
    report = await run(url, key)
    assert report.exit_code == 2
    assert report.failures == [
        "cannot read the log: /transparency/leaves: the log served only 10 of its 13 leaves"
    ]


async def test_requests_overlap_so_a_far_server_costs_fewer_round_trips(served: tuple[Log, str]) -> None:
    log, url = served
    log.delay = 0.05
    report = await asyncio.to_thread(verify, HttpSource(url), log.signer.vkey(), workers=4)
    assert report.failures == []
    assert log.most_in_flight >= 2  # the three consistency proofs were asked for together
    log.most_in_flight = 0
    await asyncio.to_thread(verify, HttpSource(url), log.signer.vkey(), workers=1)
    assert log.most_in_flight == 1


async def test_an_unreachable_log_exits_2() -> None:
    report = await run("http://127.0.0.1:9", generate_key(ORIGIN)[1])
    assert report.exit_code == 2
    assert report.failures[0].startswith(
        "cannot read the log: GET http://127.0.0.1:9/transparency/checkpoint"
    )


async def test_the_command_line_prints_the_report_and_exits_non_zero_on_a_mismatch(
    served: tuple[Log, str],
) -> None:
    log, url = served

    async def command(*arguments: str) -> tuple[int, str]:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.services.transparency.verifier", url, *arguments,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        out, _ = await process.communicate()
        assert process.returncode is not None
        return process.returncode, out.decode()

    code, out = await command("--key", log.signer.vkey())
    assert (code, out.splitlines()[-1]) == (0, "RESULT: OK"), out
    log.history[1]["count"] = 99
    code, out = await command("--key", log.signer.vkey())
    assert code == 1
    assert "FAIL  checkpoint 2 of 5 (size 3, published 2026-12-01T11:00:00+00:00): the bot's count 99" in out
    assert out.splitlines()[-1] == "RESULT: FAIL (1 problem)"


def test_the_verifier_imports_nothing_of_the_bot_runtime() -> None:
    """A journalist needs this repository, Python and `cryptography`: no database, platform or web library."""
    # What the interpreter loads before any import of ours (a distribution's `sitecustomize`, say) is
    # taken away: only what importing the verifier adds counts.
    code = (
        "import json, sys\n"
        "before = {m.split('.')[0] for m in sys.modules}\n"
        "import bot.services.transparency.verifier\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'sqlalchemy', 'telegram', 'mastodon', 'aiohttp'} or m.startswith('bot.storage')))\n"
        "added = {m.split('.')[0] for m in sys.modules} - before - set(sys.stdlib_module_names)\n"
        "print(json.dumps(sorted(added)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    heavy, third_party = result.stdout.splitlines()
    assert heavy == "[]"
    assert {name for name in json.loads(third_party) if not name.startswith("_")} == {"bot", "cryptography"}


async def test_the_bots_command_line_runs_the_verifier_and_makes_keys(
    served: tuple[Log, str], capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    log, url = served
    assert await asyncio.to_thread(main, ["verify", url, "--key", log.signer.vkey()]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "RESULT: OK"

    assert main(["transparency-keygen", "example.org/keygen-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    skey = next(line for line in lines if line.startswith("TRANSPARENCY_SIGNING_KEY=")).split("=", 1)[1]
    assert "TRANSPARENCY_ORIGIN=example.org/keygen-test" in lines
    assert NoteSigner.from_skey(skey).vkey() == lines[-1]
    with pytest.raises(SystemExit):
        main(["transparency-keygen", "a name with spaces"])
