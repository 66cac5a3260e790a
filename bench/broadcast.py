"""Broadcast throughput against a fake Bot API that enforces Telegram's limits; prints figures only.

    .venv/bin/python -m bench.broadcast                      # 20,000 subscribers at 30/s (about 12 min)
    .venv/bin/python -m bench.broadcast --subscribers 100000 --paid-only
    .venv/bin/python -m bench.broadcast --subscribers 2000 --allowed 30 --paid-allowed 1000
    .venv/bin/python -m bench.broadcast --subscribers 20000 --paid-only --photo   # text, then a photo

The fake Bot API runs in a process of its own (tests/fakes/telegram.py with `rate_limit` set):
it answers 429 with retry_after beyond the allowed rate (a one-second window) or beyond one
message a second to one chat, and counts what each chat received. The broadcaster runs in
another process, so its peak RSS is its own. Printed: achieved / allowed rate, 429s received,
duplicates, missed, peak RSS; the same with paid broadcasts (allow_paid_broadcast, 1,000/s).
With --photo, each mode runs again with a photo (sendPhoto by one file_id, the caption the text),
printed next to the text-only figure, with how many uploads and distinct file_ids the fake saw.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from sqlalchemy import insert

from bot.identity import IdentityHasher
from bot.settings import LOCALES, async_url, load_settings
from bot.storage import migrate
from bot.storage.models import Subscriber, utcnow
from bot.storage.session import Database, create_engine

KEY = "bench-key-" * 4
TOKEN = "123456:BENCH-token_abcdefghijklmnopqrstuvwxyz"  # noqa: S105 - the fake's token
FIRST_CHAT = 1_000_000
ROOT = Path(__file__).resolve().parents[1]  # the children run `-m bench.broadcast` from here
SHARE_OF_ALLOWED = 0.97  # the broadcaster is configured just under the limit it is told about
PHOTO_ID = "AgAC-bench-photo"  # the admin's photo, already on Telegram's servers


async def seed(url: str, subscribers: int) -> None:
    """A fresh database with `subscribers` people subscribed in the nine languages."""
    db = Database(create_engine(async_url(url)))
    await migrate.upgrade(db.engine)
    hasher = IdentityHasher(KEY.encode())
    now = utcnow()
    for start in range(0, subscribers, 5000):
        rows = [
            {
                "user_ref": hasher.user_ref("telegram", FIRST_CHAT + n),
                "platform": "telegram",
                "address": hasher.seal(str(FIRST_CHAT + n)),
                "locale": LOCALES[n % len(LOCALES)],
                "active": True,
                "subscribed_at": now,
            }
            for n in range(start, min(start + 5000, subscribers))
        ]
        async with db.transaction() as session:
            await session.execute(insert(Subscriber), rows)
    await db.close()


async def fake_server(port: int, allowed: float, paid_allowed: float) -> None:
    """The fake Bot API with Telegram's limits, plus GET /_stats with what each chat received."""
    from tests.fakes.telegram import FakeTelegram

    fake = FakeTelegram(token=TOKEN, rate_limit=allowed, paid_rate_limit=paid_allowed, record=False)
    fake.files[PHOTO_ID] = b"\xff\xd8\xff" + bytes(48_000)

    async def stats(_request: web.Request) -> web.Response:
        counts = list(fake.delivered.values())
        return web.json_response(
            {
                "chats": len(counts),
                "messages": sum(counts),
                "duplicates": sum(c - 1 for c in counts if c > 1),
                "rejected_429": fake.rejected_429,
                "uploads": fake.uploads,
                "photo_ids": len(fake.photo_ids),
            }
        )

    app = fake.app()
    app.router.add_get("/_stats", stats)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print("ready", flush=True)
    await asyncio.Event().wait()


async def broadcaster(url: str, base_url: str, rate: float, paid: bool, photo: bool = False) -> None:
    """One broadcast to everyone, as the bot sends it; prints elapsed seconds and peak RSS as JSON."""
    from bot.adapters.telegram import TelegramFrontend
    from bot.wiring import build_router
    from scheduler.broadcaster import Broadcaster

    settings = load_settings(
        telegram={"token": TOKEN, "api_base_url": base_url, "paid_broadcast": paid},
        storage={"database_url": url, "pledge_hash_key": KEY},
    )
    db = Database(create_engine(async_url(url)))
    router = build_router(settings, db)
    frontend = TelegramFrontend(settings, router)
    await frontend.application.initialize()
    texts = {locale: f"[{locale}] #FreeThemAll — the daily update" for locale in LOCALES}
    photos = (PHOTO_ID,) if photo else ()
    await router.ctx.subscribers.create_broadcast(f"bench:{time.time()}", "digest", texts, photos=photos)
    sender = Broadcaster(router.ctx.subscribers, frontend.send_direct, rate, paid)
    started = time.perf_counter()
    await sender.run_once()
    elapsed = time.perf_counter() - started
    tally = sender.last_tally
    await frontend.application.shutdown()
    await db.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps({"elapsed": elapsed, "peak_mb": peak_kb / 1024, "429": tally.rate_limited if tally else 0})
    )


def _python(*args: str) -> list[str]:
    return [sys.executable, "-m", "bench.broadcast", *args]


async def one_run(
    subscribers: int, allowed: float, paid_allowed: float, paid: bool, workdir: Path, photo: bool = False
) -> None:
    """Seed, start the fake, broadcast in a child process, read the fake's counts, print."""
    url = f"sqlite:///{workdir / f'bench-{paid}-{photo}.sqlite3'}"
    await seed(url, subscribers)
    from tests.conftest import free_port

    port = free_port()
    fake = await asyncio.create_subprocess_exec(
        *_python("--serve-fake", str(port), str(allowed), str(paid_allowed)),
        stdout=asyncio.subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        assert fake.stdout is not None  # noqa: S101 - asked for above
        await fake.stdout.readline()  # "ready"
        limit = paid_allowed if paid else allowed
        base_url = f"http://127.0.0.1:{port}/bot"
        child = await asyncio.create_subprocess_exec(
            *_python(
                "--broadcast",
                url,
                base_url,
                str(limit * SHARE_OF_ALLOWED),
                ("paid" if paid else "free") + ("+photo" if photo else ""),
            ),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env={**os.environ, "LOG_LEVEL": "ERROR"},
            cwd=ROOT,
        )
        output, errors = await child.communicate()
        if child.returncode != 0:
            raise RuntimeError(f"the broadcaster failed: {errors.decode()[-2000:]}")
        result: dict[str, Any] = json.loads(output.decode().strip().splitlines()[-1])
        stats_url = f"http://127.0.0.1:{port}/_stats"
        async with aiohttp.ClientSession() as session, session.get(stats_url) as response:
            stats = await response.json()
    finally:
        fake.terminate()
        await fake.wait()
    achieved = stats["messages"] / result["elapsed"]
    extra = f", uploads {stats['uploads']}, file_ids {stats['photo_ids']}" if photo else ""
    print(
        f"{'paid' if paid else 'free'}{' + photo' if photo else ''}: "
        f"{subscribers} subscribers, allowed {limit:.0f}/s, "
        f"achieved {achieved:.1f}/s = {achieved / limit:.3f} of allowed, "
        f"429s received {stats['rejected_429']}, duplicates {stats['duplicates']}, "
        f"missed {subscribers - stats['chats']}, peak RSS {result['peak_mb']:.0f} MB, "
        f"{result['elapsed']:.1f} s{extra}"
    )


async def run(
    subscribers: int, allowed: float, paid_allowed: float, modes: list[bool], photo: bool = False
) -> None:
    """Each mode (free, paid) in a fresh database and a fresh fake; with `photo`, again with one."""
    with tempfile.TemporaryDirectory() as workdir:
        for paid in modes:
            for with_photo in (False, True) if photo else (False,):
                await one_run(subscribers, allowed, paid_allowed, paid, Path(workdir), with_photo)


def main() -> None:
    """Parse the flags; also the entry of the two child processes."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--subscribers", type=int, default=20_000)
    parser.add_argument(
        "--allowed", type=float, default=30.0, help="the fake's limit without paid broadcasts"
    )
    parser.add_argument("--paid-allowed", type=float, default=1000.0, help="the fake's limit with them")
    parser.add_argument("--paid-only", action="store_true")
    parser.add_argument("--free-only", action="store_true")
    parser.add_argument("--photo", action="store_true", help="each mode again, with a photo")
    parser.add_argument("--serve-fake", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--broadcast", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_fake:
        port, allowed, paid_allowed = args.serve_fake
        asyncio.run(fake_server(int(port), float(allowed), float(paid_allowed)))
        return
    if args.broadcast:
        url, base_url, rate, mode = args.broadcast
        paid, _, photo = mode.partition("+")
        asyncio.run(broadcaster(url, base_url, float(rate), paid == "paid", photo == "photo"))
        return
    modes = [False, True]
    if args.paid_only:
        modes = [True]
    if args.free_only:
        modes = [False]
    asyncio.run(run(args.subscribers, args.allowed, args.paid_allowed, modes, args.photo))


if __name__ == "__main__":
    main()
