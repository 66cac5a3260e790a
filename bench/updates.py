"""Updates per second through the webhook, ours against a bare PTB echo bot; prints figures only.

    .venv/bin/python -m bench.updates                         # 20 s per phase, 200/s, 40 connections
    .venv/bin/python -m bench.updates --seconds 5 --rate 100
    .venv/bin/python -m bench.updates --database-url postgresql://postgres@127.0.0.1:5432/test
    .venv/bin/python -m bench.updates --contend               # a CPU hog beside each bot

End to end: an aiohttp client POSTs updates to the webhook with the secret header; the bot
(aiohttp -> python-telegram-bot -> router -> handler -> database) replies to a fake Bot API
and answers 200 only once it has. Ours runs as it really runs, `python -m bot` in a process
of its own (webhook mode, SQLite in a temporary directory unless --database-url, which it
migrates; stats from a local fake of the source, seeded with 90 days of figures; the daily
post and digest off). The mix, one person per cycle, each new to the bot, in the nine
languages in turn: /start, /stats (text and chart), /pledge, and the press on "sign
anonymously" (callback `pledge:anonymous`), which writes the pledge.

The reference, in the same run: a bare python-telegram-bot Application with one handler
that echoes text with send_message, in a process of its own, served by the same kind of
aiohttp route (secret check, `Update.de_json`, `process_update`, then 200) and with the
same transport as ours (bot/adapters/telegram_http.py's AiohttpRequest). It is sent the
same updates, the button press as a text message (it answers text only).

A second reference, "bare+db": the same echo bot reading the sender's row from our database
(`Database.read`, as ours reads a person's state, before it answers), to show what a single
database read costs any bot on this stack; ours is then also compared with it.

The fake Bot API (answers canned JSON, counts calls per method) and the fake stats source
run in a third process; this one only generates load. Per bot, two phases:
  max rate: a closed loop of --concurrency clients (40: Telegram's default max_connections)
    for --seconds: updates/s, and the CPU each process used;
  fixed rate: --rate updates/s, open loop, for --seconds: latency p50/p99 from the moment
    each POST was due (so a late generator counts against the bot) to the webhook's 200.
Then the bot's peak RSS (VmHWM). With --contend, a busy process (`while True: pass`) runs
beside each bot while it is measured, as a noisy neighbour on a shared CPU would, and its CPU
is printed to show it did. Each update must be answered 200, and the fake must have
received the replies the warm-up measured for its kind and language (one cycle per
language, before the phases): "failed 0" and "replies N of N" say both held.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hmac
import itertools
import json
import os
import signal
import socket
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

import aiohttp
from aiohttp import web

from bot.settings import LOCALES, StatsSettings, async_url, variable_names

TOKEN = "123456:BENCH-token_abcdefghijklmnopqrstuvwxyz"  # noqa: S105 - the fake's token
SECRET = "bench-webhook-secret_0123456789"  # noqa: S105 - the bench's own webhook secret
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
KEY = "bench-key-" * 4
HOOK_PATH = "/tg/hook"
BOT_ID, BOT_USERNAME = 777000222, "FreeThemAllBenchBot"
ROOT = Path(__file__).resolve().parents[1]  # the children run `-m bot` / `-m bench.updates` from here
REPLY_METHODS = frozenset(
    (
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "editMessageText",
        "answerCallbackQuery",
        "answerInlineQuery",
    )
)
KINDS = ("start", "stats", "pledge", "sign")
SEEDED_DAYS = 90
BARE_DATABASE = "BENCH_BARE_DATABASE_URL"  # in the environment, as ours gets DATABASE_URL: not in `ps`


# -- the fake Bot API and stats source (their own process) ------------------------------------------
def _canned(result: Any) -> bytes:
    return json.dumps({"ok": True, "result": result}).encode()


def _message(**extra: Any) -> dict[str, Any]:
    return {
        "message_id": 4242,
        "date": int(time.time()),
        "chat": {"id": 1, "type": "private"},
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Bench", "username": BOT_USERNAME},
        **extra,
    }


async def fake_server(port: int) -> None:
    """The Bot API at /bot<token>/<method> (canned answers, calls counted), GET /_calls, /viasna/."""
    from tests.fakes.stats_source import FakeSource

    me = {"id": BOT_ID, "is_bot": True, "first_name": "Bench", "username": BOT_USERNAME}
    answers = {
        "getMe": _canned(me),
        "sendMessage": _canned(_message(text="…")),
        "editMessageText": _canned(_message(text="…")),
        "sendPhoto": _canned(
            _message(photo=[{"file_id": "p", "file_unique_id": "p", "width": 8, "height": 4}])
        ),
        "sendDocument": _canned(_message(document={"file_id": "d", "file_unique_id": "d"})),
    }
    true = _canned(True)
    calls: Counter[str] = Counter()

    async def bot_api(request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        await request.read()
        method = request.match_info["method"]
        calls[method] += 1
        return web.Response(body=answers.get(method, true), content_type="application/json")

    async def counted(_request: web.Request) -> web.Response:
        return web.json_response(dict(calls))

    app = web.Application()
    app.router.add_route("*", "/bot{token}/{method}", bot_api)
    app.router.add_get("/_calls", counted)
    app.add_subapp("/viasna/", FakeSource().app())
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print("ready", flush=True)
    await _until_terminated()


# -- the bare reference (its own process) ------------------------------------------------------------
async def bare_server(port: int, base_url: str, database_url: str | None = None) -> None:
    """A bare PTB Application echoing text, behind an aiohttp webhook route like ours.

    With `database_url` (the "bare+db" reference), each update first reads the sender's row
    the way ours does (`Database.read` of `repos.person_state`: at once on SQLite, through the
    engine's pool on PostgreSQL): what any bot that remembers a language pays before it answers.
    """
    os.environ.setdefault("PTB_TIMEDELTA", "true")  # as bot/adapters/telegram.py
    from telegram import Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    from bot.adapters.telegram_http import AiohttpRequest
    from bot.storage.repos import person_state
    from bot.storage.session import Database, create_engine

    db = Database(create_engine(async_url(database_url))) if database_url else None

    builder = ApplicationBuilder().token(TOKEN).base_url(base_url).request(AiohttpRequest(32))
    application = builder.updater(None).job_queue(None).build()

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is not None and message.text:
            if db is not None:
                await db.read(person_state(str(message.chat.id)))
            await context.bot.send_message(message.chat.id, message.text)

    application.add_handler(MessageHandler(filters.TEXT, echo))

    async def hook(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
        if not hmac.compare_digest(given, SECRET.encode()):
            return web.Response(status=403)
        try:
            update = Update.de_json(await request.json(), application.bot)
        except (ValueError, TypeError, KeyError):
            return web.Response(status=400)
        await application.process_update(update)
        return web.Response(status=200)

    await application.initialize()
    await application.start()
    app = web.Application()
    app.router.add_post(HOOK_PATH, hook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print("ready", flush=True)
    await _until_terminated()
    await runner.cleanup()
    await application.stop()
    await application.shutdown()
    if db is not None:
        await db.close()


async def _until_terminated() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()


# -- the updates -------------------------------------------------------------------------------------
def _user(user_id: int, lang: str) -> dict[str, Any]:
    return {
        "id": user_id,
        "is_bot": False,
        "first_name": "Bench",
        "last_name": str(user_id),
        "language_code": lang,
    }


def _text_update(update_id: int, user_id: int, lang: str, text: str) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": {"id": user_id, "type": "private", "first_name": "Bench"},
        "from": _user(user_id, lang),
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": message}


def _press_update(update_id: int, user_id: int, lang: str, data: str) -> dict[str, Any]:
    bot = {"id": BOT_ID, "is_bot": True, "first_name": "Bench", "username": BOT_USERNAME}
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(update_id),
            "from": _user(user_id, lang),
            "chat_instance": str(user_id),
            "data": data,
            "message": {
                "message_id": update_id - 1,
                "date": int(time.time()),
                "chat": {"id": user_id, "type": "private"},
                "from": bot,
                "text": "…",
            },
        },
    }


@dataclass(frozen=True)
class Item:
    """One update to send: its kind and language (which decide the replies expected) and its body."""

    kind: str
    locale: str
    body: bytes


def updates(first_user: int, bare: bool) -> Iterator[Item]:
    """Endless cycles, one new person each: /start, /stats, /pledge, the press that signs."""
    update_ids = itertools.count(1)
    for n in itertools.count():
        user, lang = first_user + n, LOCALES[n % len(LOCALES)]
        for kind in KINDS:
            uid = next(update_ids)
            if kind == "sign":
                update = (
                    _text_update(uid, user, lang, "sign anonymously")
                    if bare
                    else _press_update(uid, user, lang, "pledge:anonymous")
                )
            else:
                update = _text_update(uid, user, lang, f"/{kind}")
            yield Item(kind, lang, json.dumps(update).encode())


# -- the load generator ------------------------------------------------------------------------------
@dataclass
class Tally:
    """What one phase sent and got back."""

    sent: int = 0
    ok: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    expected_replies: int = 0
    latencies: list[float] = field(default_factory=list)
    last_done: float = 0.0


class Target:
    """A bot under load: where its webhook is, which process it is, what each kind of update costs."""

    def __init__(self, name: str, process: asyncio.subprocess.Process, port: int, fake: Fake, bare: bool):
        self.name = name
        self.process = process
        self.url = f"http://127.0.0.1:{port}{HOOK_PATH}"
        self.fake = fake
        self.bare = bare
        self.replies_per: dict[tuple[str, str], int] = {}
        self.hog: asyncio.subprocess.Process | None = None  # --contend: the busy process beside it

    async def post(self, session: aiohttp.ClientSession, item: Item, due: float, tally: Tally) -> None:
        """POST one update; count it and its latency from `due`."""
        tally.sent += 1
        tally.expected_replies += self.replies_per.get((item.kind, item.locale), 0)
        headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
        try:
            async with session.post(self.url, data=item.body, headers=headers) as response:
                await response.read()
                status = response.status
        except (aiohttp.ClientError, TimeoutError) as exc:
            tally.failed[type(exc).__name__] += 1
            return
        done = time.perf_counter()
        tally.last_done = max(tally.last_done, done)
        tally.latencies.append(done - due)
        if status == 200:
            tally.ok += 1
        else:
            tally.failed[f"HTTP {status}"] += 1

    async def calibrate(self, session: aiohttp.ClientSession, stream: Iterator[Item]) -> None:
        """One cycle per language, one update at a time: the replies each (kind, language) gets."""
        for _ in LOCALES:
            for _ in KINDS:
                item = next(stream)
                before = await self.fake.replies()
                tally = Tally()
                await self.post(session, item, time.perf_counter(), tally)
                if tally.ok != 1:
                    raise RuntimeError(f"{self.name}: the warm-up {item.kind} failed: {dict(tally.failed)}")
                self.replies_per[(item.kind, item.locale)] = await self.fake.replies() - before


class Fake:
    """The fake Bot API's process and its call counts."""

    def __init__(self, process: asyncio.subprocess.Process, port: int):
        self.process = process
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}/bot"
        self.source_url = f"http://127.0.0.1:{port}/viasna/en/list"

    async def replies(self) -> int:
        """Replies received so far (messages, photos, edits, button answers)."""
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"http://127.0.0.1:{self.port}/_calls") as response,
        ):
            calls: dict[str, int] = await response.json()
        return sum(count for method, count in calls.items() if method in REPLY_METHODS)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Phase:
    """The figures of one phase."""

    rate: float
    tally: Tally
    replies: int
    cpu: dict[str, float]

    def percentile(self, share: float) -> float:
        """Latency at `share` (0.5, 0.99), in milliseconds."""
        ordered = sorted(self.tally.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1000 if ordered else float("nan")

    def checks(self) -> str:
        """Failed updates and replies received against expected."""
        failed = sum(self.tally.failed.values())
        detail = f" {dict(self.tally.failed)}" if failed else ""
        return f"failed {failed}{detail}, replies {self.replies} of {self.tally.expected_replies}"


async def _measured(target: Target, work: Any) -> Phase:
    """Run `work(tally)`; the rate, the replies the fake received meanwhile and each process's CPU."""
    pids = {"bot": target.process.pid, "fake": target.fake.process.pid, "load": os.getpid()}
    if target.hog is not None:
        pids["hog"] = target.hog.pid
    cpu_before = {name: _cpu_seconds(pid) for name, pid in pids.items()}
    replies_before = await target.fake.replies()
    tally = Tally()
    started = time.perf_counter()
    await work(tally)
    elapsed = (tally.last_done or time.perf_counter()) - started
    cpu = {name: (_cpu_seconds(pid) - cpu_before[name]) / elapsed for name, pid in pids.items()}
    replies = await target.fake.replies() - replies_before
    return Phase(tally.ok / elapsed if elapsed > 0 else 0.0, tally, replies, cpu)


async def max_rate(target: Target, stream: Iterator[Item], seconds: float, concurrency: int) -> Phase:
    """`concurrency` clients, each posting its next update once the last is answered."""

    async def work(tally: Tally) -> None:
        deadline = time.perf_counter() + seconds
        connector = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def client() -> None:
                while time.perf_counter() < deadline:
                    await target.post(session, next(stream), time.perf_counter(), tally)

            await asyncio.gather(*(client() for _ in range(concurrency)))

    return await _measured(target, work)


async def fixed_rate(
    target: Target, stream: Iterator[Item], seconds: float, rate: float, concurrency: int
) -> Phase:
    """An update due every 1/rate seconds whether or not the last was answered (open loop)."""

    async def work(tally: Tally) -> None:
        connector = aiohttp.TCPConnector(limit=concurrency)  # as Telegram: at most max_connections at once
        async with aiohttp.ClientSession(connector=connector) as session:
            started = time.perf_counter()
            tasks = []
            for n in range(max(1, round(seconds * rate))):
                due = started + n / rate
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(target.post(session, next(stream), due, tally)))
            await asyncio.gather(*tasks)

    return await _measured(target, work)


# -- the processes -----------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _clean_environment(**extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in variable_names()}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))
    return env | extra


async def _start_fake(workdir: Path) -> Fake:
    port = _free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.updates",
        "--serve-fake",
        str(port),
        stdout=asyncio.subprocess.PIPE,
        env=_clean_environment(),
        cwd=workdir,
    )
    await _ready_line(process, "the fake Bot API")
    return Fake(process, port)


async def _ready_line(process: asyncio.subprocess.Process, what: str) -> None:
    assert process.stdout is not None  # noqa: S101 - asked for by the caller
    try:
        line = await asyncio.wait_for(process.stdout.readline(), 30)
    except TimeoutError:
        line = b""
    if line.strip() != b"ready":
        raise RuntimeError(f"{what} did not start")


async def _start_ours(fake: Fake, url: str, workdir: Path, log: TextIO) -> Target:
    port = _free_port()
    env = _clean_environment(
        TELEGRAM_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        TELEGRAM_WEBHOOK_URL=f"https://bench.example.org{HOOK_PATH}",
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        HOST="127.0.0.1",
        PORT=str(port),
        METRICS_HOST="127.0.0.1",
        METRICS_PORT=str(_free_port()),  # two benchmarks (or a bench and a bot) side by side
        DATABASE_URL=url,
        DATA_DIR=str(workdir / "data"),
        PLEDGE_HASH_KEY=KEY,
        STATS_SOURCE_URL=fake.source_url,
        DAILY_POST_TIME="off",
        DIGEST_TIME="off",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", stdout=log, stderr=log, env=env, cwd=workdir
    )
    await _healthy(process, f"http://127.0.0.1:{port}/healthz")
    return Target("ours", process, port, fake, bare=False)


async def _healthy(process: asyncio.subprocess.Process, url: str, within: float = 60.0) -> None:
    deadline = time.monotonic() + within
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline and process.returncode is None:
            with contextlib.suppress(aiohttp.ClientConnectionError):
                async with session.get(url) as response:
                    if response.status == 200:
                        return
            await asyncio.sleep(0.1)
    raise RuntimeError("our bot did not become healthy (see its log above)")


async def _start_bare(fake: Fake, workdir: Path, log: TextIO, database_url: str | None = None) -> Target:
    port = _free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.updates",
        "--serve-bare",
        str(port),
        fake.base_url,
        stdout=asyncio.subprocess.PIPE,
        stderr=log,
        env=_clean_environment(**({BARE_DATABASE: database_url} if database_url else {})),
        cwd=workdir,
    )
    await _ready_line(process, "the bare echo bot")
    return Target("bare+db" if database_url else "bare", process, port, fake, bare=True)


async def _start_hog() -> asyncio.subprocess.Process:
    """--contend: a process that only burns CPU (a neighbour on a shared core, a CI job)."""
    return await asyncio.create_subprocess_exec(sys.executable, "-c", "while True: pass")


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 30)
        except TimeoutError:
            process.kill()
            await process.wait()


async def seed(url: str) -> None:
    """Migrate (the bot refuses a PostgreSQL behind the code) and give /stats 90 days of figures."""
    from bot.services.stats import StatsService
    from bot.storage import migrate
    from bot.storage.session import Database, create_engine

    db = Database(create_engine(async_url(url)))
    await migrate.upgrade(db.engine)
    service = StatsService(db, StatsSettings())
    yesterday = datetime.now(UTC).date() - timedelta(days=1)
    for day in range(SEEDED_DAYS):
        value = 1100 + (day * 7) % 40 + day // 3
        await service.record_manual(value, yesterday - timedelta(days=SEEDED_DAYS - 1 - day), None, "bench")
    await db.close()


# -- the run -----------------------------------------------------------------------------------------
@dataclass
class Result:
    """One bot's figures."""

    name: str
    top: Phase
    steady: Phase
    peak_mb: float


async def measure(target: Target, seconds: float, rate: float, concurrency: int, first_user: int) -> Result:
    """Warm up and calibrate, then the max-rate and fixed-rate phases; print as they end."""
    stream = updates(first_user, target.bare)
    async with aiohttp.ClientSession() as session:
        await target.calibrate(session, stream)
    top = await max_rate(target, stream, seconds, concurrency)
    cpu = ", ".join(f"{name} {share:.2f}" for name, share in top.cpu.items())
    print(
        f"{target.name}: max rate {top.rate:.0f} updates/s ({top.tally.ok} in {seconds:g} s, "
        f"{concurrency} clients), p50 {top.percentile(0.5):.1f} ms, p99 {top.percentile(0.99):.1f} ms; "
        f"CPU cores used: {cpu}; {top.checks()}",
        flush=True,
    )
    steady = await fixed_rate(target, stream, seconds, rate, concurrency)
    print(
        f"{target.name}: at {rate:g}/s for {seconds:g} s: achieved {steady.rate:.0f}/s, "
        f"p50 {steady.percentile(0.5):.1f} ms, p99 {steady.percentile(0.99):.1f} ms, "
        f"bot CPU {steady.cpu['bot']:.2f} cores; {steady.checks()}",
        flush=True,
    )
    if target.hog is not None:
        hog = (top.cpu["hog"] + steady.cpu["hog"]) / 2
        print(f"{target.name}: contended: a busy process beside it used {hog:.2f} cores", flush=True)
    peak = _peak_rss_mb(target.process.pid)
    print(f"{target.name}: peak RSS {peak:.0f} MB", flush=True)
    return Result(target.name, top, steady, peak)


async def run(
    seconds: float = 20.0,
    rate: float = 200.0,
    concurrency: int = 40,
    database_url: str | None = None,
    contend: bool = False,
) -> None:
    """Both bots, one after the other, against one fake Bot API; print the figures and the ratio.

    `contend`: a CPU hog runs beside each bot while it is measured.
    """
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        url = database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
        await seed(url)
        first_user = 10**9 + int(time.time() * 1000) % 10**9  # people new to a reused database
        fake = await _start_fake(workdir)
        log_path = workdir / "bots.log"
        results: list[Result] = []
        try:
            with log_path.open("w") as log:
                for start in (
                    lambda: _start_ours(fake, url, workdir, log),
                    lambda: _start_bare(fake, workdir, log),
                    lambda: _start_bare(fake, workdir, log, url),
                ):
                    target = await start()
                    target.hog = await _start_hog() if contend else None
                    try:
                        results.append(await measure(target, seconds, rate, concurrency, first_user))
                    finally:
                        if target.hog is not None:
                            await _stop(target.hog)
                        await _stop(target.process)
        except Exception:
            print(log_path.read_text()[-4000:], file=sys.stderr)
            raise
        finally:
            await _stop(fake.process)
    ours, bare, floor = results
    backend = async_url(url).get_backend_name()
    print(
        f"ratio ours/bare: {ours.top.rate / bare.top.rate:.2f} ({ours.top.rate:.0f} / {bare.top.rate:.0f} "
        f"updates/s, {backend}); at {rate:g}/s ours p50 {ours.steady.percentile(0.5):.1f} ms, "
        f"p99 {ours.steady.percentile(0.99):.1f} ms (bare {bare.steady.percentile(0.5):.1f} / "
        f"{bare.steady.percentile(0.99):.1f} ms); peak RSS ours {ours.peak_mb:.0f} MB, "
        f"bare {bare.peak_mb:.0f} MB"
    )
    print(
        f"ratio bare+db/bare: {floor.top.rate / bare.top.rate:.2f} ({floor.top.rate:.0f} updates/s: "
        f"the echo bot with one read of the sender's row); ours/(bare+db): "
        f"{ours.top.rate / floor.top.rate:.2f}"
    )


def main() -> None:
    """Parse the flags; also the entry of the fake's and the bare bot's processes."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each phase")
    parser.add_argument("--rate", type=float, default=200.0, help="updates/s of the fixed-rate phase")
    parser.add_argument("--concurrency", type=int, default=40, help="connections to the webhook at once")
    parser.add_argument("--database-url", help="our bot's database (default: SQLite in a temp dir)")
    parser.add_argument(
        "--contend", action="store_true", help="run a busy process (a CPU hog) beside each bot"
    )
    parser.add_argument("--serve-fake", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--serve-bare", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_fake:
        asyncio.run(fake_server(args.serve_fake))
        return
    if args.serve_bare:
        port, base_url = args.serve_bare
        asyncio.run(bare_server(int(port), base_url, os.environ.get(BARE_DATABASE)))
        return
    asyncio.run(run(args.seconds, args.rate, args.concurrency, args.database_url, args.contend))


if __name__ == "__main__":
    main()
