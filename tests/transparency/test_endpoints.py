"""The public endpoints on a real aiohttp server, and the independent verifier run against them."""

from __future__ import annotations

import asyncio
import base64
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import update

from bot.i18n import Catalog
from bot.identity import IdentityHasher
from bot.services.lockdown import Lockdown
from bot.services.pledges import PledgeService
from bot.services.transparency import checkpoint, merkle, receipt
from bot.services.transparency.log import TransparencyLog
from bot.services.transparency.publisher import Publisher
from bot.settings import PledgeSettings
from bot.storage.models import LogLeaf
from bot.storage.session import Database
from bot.web import build_web_app
from bot.web.transparency import transparency_mount
from scheduler.clock import Clock
from tests.conftest import serving

ROOT = Path(__file__).resolve().parents[2]
HASHER = IdentityHasher(b"k" * 40)
SKEY, VKEY = checkpoint.generate_key("test.invalid/pledges")
HOUR = datetime(2027, 5, 21, 9, tzinfo=UTC)


def publisher(db: Database) -> Publisher:
    signer = checkpoint.NoteSigner.from_skey(SKEY)
    return Publisher(db, signer, "test.invalid/pledges", 60, Catalog(), [], Lockdown(db))


async def grow(db: Database, pub: Publisher, hours: int = 3) -> list[int]:
    """Pledges and a withdrawal each hour, a checkpoint at each boundary; the sizes signed."""
    pledges = PledgeService(db, PledgeSettings(), HASHER)
    sizes = []
    for hour in range(hours):
        for n in range(hour * 10, hour * 10 + 4 + hour):
            await pledges.pledge(HASHER.user_ref("telegram", n), "telegram", "en")
        await pledges.withdraw(HASHER.user_ref("telegram", hour * 10))
        signed = await pub.run_once(HOUR + timedelta(hours=hour + 1))
        assert signed is not None
        sizes.append(signed.size)
    return sizes


async def get(session: aiohttp.ClientSession, url: str, status: int = 200) -> Any:
    async with session.get(url) as response:
        assert response.status == status, await response.text()
        if response.content_type == "application/json":
            return await response.json()
        return await response.text()


def app(db: Database, pub: Publisher) -> Any:
    return build_web_app(db, Clock("UTC"), mounts=[transparency_mount(TransparencyLog(db), pub)])


async def test_the_endpoints_serve_checkpoints_leaves_and_proofs(db: Database) -> None:
    pub = publisher(db)
    async with serving(app(db, pub)) as base, aiohttp.ClientSession() as session:
        first = await get(session, f"{base}/transparency/checkpoint")  # none yet: the first is signed now
        assert checkpoint.open_note(first, VKEY).size == 0
        sizes = await grow(db, pub)
        assert (await get(session, f"{base}/transparency/key")).strip() == VKEY
        listed = (await get(session, f"{base}/transparency/checkpoints"))["checkpoints"]
        assert [c["size"] for c in listed] == [0, *sizes]
        assert [c["count"] for c in listed] == [0, 3, 7, 12]
        assert datetime.fromisoformat(listed[1]["published_at"]) == HOUR + timedelta(hours=1)
        latest = checkpoint.open_note(await get(session, f"{base}/transparency/checkpoint"), VKEY)
        assert latest.size == sizes[-1]
        page = await get(session, f"{base}/transparency/leaves?start=2&count=3")
        entries = [base64.b64decode(e) for e in page["entries"]]
        assert page["start"] == 2 and len(entries) == 3 and all(len(e) == 33 for e in entries)
        everything = await get(session, f"{base}/transparency/leaves?start=0&count=5000")
        tree = merkle.Tree()
        for entry in everything["entries"]:
            tree.append_entry(base64.b64decode(entry))
        assert tree.root() == latest.root
        proof = await get(session, f"{base}/transparency/proof/inclusion?index=5&size={sizes[1]}")
        hashes = [base64.b64decode(p) for p in proof["proof"]]
        root = tree.root_at(sizes[1])
        assert merkle.verify_inclusion(base64.b64decode(proof["leaf_hash"]), 5, sizes[1], hashes, root)
        step = await get(session, f"{base}/transparency/proof/consistency?old={sizes[0]}&new={sizes[2]}")
        hashes = [base64.b64decode(p) for p in step["proof"]]
        assert merkle.verify_consistency(sizes[0], sizes[2], tree.root_at(sizes[0]), latest.root, hashes)


@pytest.mark.parametrize(
    "query",
    [
        "proof/inclusion?index=-1&size=SIZE",
        "proof/inclusion?index=abc&size=SIZE",
        "proof/inclusion?index=0&size=3",  # a size the log never had in a checkpoint
        "proof/inclusion?index=1.5&size=SIZE",
        "proof/inclusion?index=0",
        "proof/inclusion?index=99&size=SIZE",
        "proof/consistency?old=SIZE&new=3",
        "proof/consistency?old=-2&new=SIZE",
        "leaves?start=-1&count=10",
        "leaves?start=%EF%BC%91&count=1",  # a full-width digit one
    ],
)
async def test_bad_requests_get_a_400_with_a_short_error(db: Database, query: str) -> None:
    pub = publisher(db)
    [size, *_] = await grow(db, pub, hours=1)
    async with serving(app(db, pub)) as base, aiohttp.ClientSession() as session:
        body = await get(session, f"{base}/transparency/{query.replace('SIZE', str(size))}", status=400)
        assert set(body) == {"error"} and len(body["error"]) < 80


async def verifier(base: str, *extra: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.services.transparency.verifier",
        base,
        "--key",
        VKEY,
        *extra,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(), 60)
    return int(process.returncode or 0), out.decode()


async def test_the_independent_verifier_passes_the_real_log_and_catches_a_tampered_leaf(db: Database) -> None:
    pub = publisher(db)
    pledges = PledgeService(db, PledgeSettings(), HASHER)
    await pub.run_once(HOUR)
    mine = await pledges.pledge(HASHER.user_ref("telegram", 999), "telegram", "en")
    await grow(db, pub)
    held = receipt.make_receipt(mine.leaf, mine.secret)
    async with serving(app(db, pub)) as base:
        code, report = await verifier(base, "--receipt", held)
        assert code == 0, report
        async with db.transaction() as session:
            forged = receipt.pledge_entry(receipt.new_secret())
            await session.execute(update(LogLeaf).where(LogLeaf.idx == 3).values(entry=forged))
        code, report = await verifier(base)
        assert code == 1, report
        assert "FAIL  checkpoint 2 of 4 (size 6" in report, report  # the first that holds leaf 3
