"""The identity key: a start under another key is refused; `rotate-key` keeps everyone.

Real rows on SQLite and PostgreSQL: a pledge, a subscriber, a pending safe-mode deletion, a
running broadcast sent through the real Telegram front-end to the fake Bot API, a queued
collector event, and the command as an operator types it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select

from bot.adapters.telegram import TelegramFrontend
from bot.cli import main
from bot.errors import AlreadySignedError
from bot.identity import KEY_FILE, IdentityHasher
from bot.router import Router
from bot.services.keys import KeyMismatchError, open_hasher
from bot.settings import LOCALES, Settings, async_url
from bot.storage.models import Broadcast, BroadcastDelivery, IdentityKey, Subscriber, SyncEvent, utcnow
from bot.storage.session import Database, create_engine
from bot.wiring import build_router
from scheduler.broadcaster import Broadcaster
from tests.fakes.telegram import FakeTelegram

OLD = "old-" + "o" * 40
NEW = "new-" + "n" * 40
ALICE, ADMIN = 1001, 4242
SYNC = {"sync_url": "https://collector.example/collect", "sync_secret": "s" * 32}


@dataclass
class Bot:
    db: Database
    router: Router
    frontend: TelegramFrontend

    def ref(self, user: int) -> str:
        return self.router.hasher.user_ref("telegram", user)


@pytest.fixture
async def start(
    make_settings: Callable[..., Settings],
    fake_telegram: tuple[FakeTelegram, str],
    database_url: str,
    tmp_path: Path,
    db: Database,
) -> AsyncIterator[Callable[..., Any]]:
    """`await start(key)`: an instance as `python -m bot` starts it (key None: the generated file)."""
    fake, base_url = fake_telegram
    started: list[Bot] = []

    async def run(key: str | None, **storage: Any) -> Bot:
        settings = make_settings(
            storage={"database_url": database_url, "data_dir": tmp_path / "data", "pledge_hash_key": key}
            | storage,
            telegram={"token": fake.token, "api_base_url": base_url},
            core={"admin_ids": [ADMIN]},
            pledges=SYNC,
        )
        own = Database(create_engine(async_url(database_url)))
        try:
            hasher = await open_hasher(settings.storage, own)
        except Exception:
            await own.close()
            raise
        router = build_router(settings, own, hasher=hasher)
        frontend = TelegramFrontend(settings, router)
        await frontend.application.initialize()
        started.append(bot := Bot(own, router, frontend))
        return bot

    yield run
    for bot in started:
        await bot.frontend.application.shutdown()
        await bot.db.close()


async def seed(bot: Bot) -> int:
    """Alice signs with her name and subscribes (safe mode: a deletion waits); a broadcast runs."""
    ctx = bot.router.ctx
    await ctx.pledges.pledge(bot.ref(ALICE), "telegram", "be", "Alice")
    await ctx.subscribers.subscribe(bot.ref(ALICE), "telegram", str(ALICE), "be")
    await ctx.deletions.schedule("telegram", str(ALICE), [77], utcnow())
    texts = {locale: f"[{locale}] Free them all" for locale in LOCALES}
    created = await ctx.subscribers.create_broadcast(
        "test:rotation", "admin", texts, created_by=bot.ref(ADMIN)
    )
    assert created is not None
    return created


async def still_everyone(bot: Bot, fake: FakeTelegram) -> None:
    """Alice is still signed (counted once), subscribed, reachable, and her deletion still due."""
    ctx = bot.router.ctx
    with pytest.raises(AlreadySignedError):
        await ctx.pledges.pledge(bot.ref(ALICE), "telegram", "be", "Alice")
    assert await ctx.pledges.count() == 1
    assert await ctx.subscribers.is_subscribed(bot.ref(ALICE))
    assert await Broadcaster(ctx.subscribers, bot.frontend.send_direct, 200).run_once()
    assert fake.sent_texts(ALICE) == ["[be] Free them all"]
    [due], _ = await ctx.deletions.take_due("telegram", utcnow() + timedelta(hours=1))
    assert due.address == str(ALICE)
    async with bot.db.transaction() as session:
        [event] = (await session.execute(select(SyncEvent))).scalars().all()
        created_by = await session.scalar(select(Broadcast.created_by))
    signer = ctx.pledges.sync_id(bot.ref(ALICE))  # what Alice's next event will carry
    assert (event.signer, json.loads(event.payload)["signer"]) == (signer, signer)
    assert created_by == bot.ref(ADMIN)  # the admin is still the broadcast's author


async def rotate_key(monkeypatch: pytest.MonkeyPatch, database_url: str, *args: str, **env: str) -> int:
    """`./scripts/run rotate-key ARGS` with these variables (a fresh process would read them)."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("DATA_DIR", "data")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return await asyncio.to_thread(main, ["rotate-key", *args])


async def test_another_key_is_refused_and_rotate_key_keeps_everyone(
    start: Callable[..., Any],
    fake_telegram: tuple[FakeTelegram, str],
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake, _ = fake_telegram
    await seed(await start(OLD))

    with pytest.raises(KeyMismatchError) as refused:
        await start(NEW)
    assert str(refused.value) == (
        "PLEDGE_HASH_KEY does not match the key this database was made with: "
        "set it back, or rotate with `./scripts/run rotate-key` (README: Keys)"
    )

    env = {"PLEDGE_HASH_KEY": NEW, "OLD_PLEDGE_HASH_KEY": OLD}
    assert await rotate_key(monkeypatch, database_url, **env) == 0
    assert "identity key rotated: " in capsys.readouterr().err
    with pytest.raises(KeyMismatchError):
        await start(OLD)  # the old key opens nothing any more
    await still_everyone(await start(NEW), fake)


async def test_from_the_generated_file_to_pledge_hash_key(
    start: Callable[..., Any],
    fake_telegram: tuple[FakeTelegram, str],
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("only SQLite runs on a generated key")
    fake, _ = fake_telegram
    first = await start(None)  # a first try without PLEDGE_HASH_KEY: a key is generated
    await seed(first)
    generated = (tmp_path / "data" / KEY_FILE).read_text()

    same = await start(generated)  # PLEDGE_HASH_KEY set to the file's content: nothing changes
    assert same.ref(ALICE) == first.ref(ALICE)
    with pytest.raises(KeyMismatchError, match=r"^PLEDGE_HASH_KEY does not match"):
        await start(NEW)

    assert await rotate_key(monkeypatch, database_url, PLEDGE_HASH_KEY=NEW) == 0  # old key: the file
    await still_everyone(await start(NEW), fake)


async def test_old_pledge_hash_key_rotates_at_start(
    start: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    await seed(await start(OLD))
    await still_everyone(await start(NEW, old_pledge_hash_key=OLD), fake)
    await start(NEW, old_pledge_hash_key=OLD)  # left set: a second start changes nothing more
    await start(NEW)


async def test_a_wrong_old_key_changes_nothing(
    start: Callable[..., Any], database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bot = await start(OLD)
    await seed(bot)
    wrong = tmp_path / "wrong.key"
    wrong.write_text("w" * 40 + "\n")
    env = {"PLEDGE_HASH_KEY": NEW}
    assert await rotate_key(monkeypatch, database_url, "--old-key-file", str(wrong), **env) == 1
    again = await start(OLD)
    assert again.ref(ALICE) == bot.ref(ALICE)
    assert await again.router.ctx.subscribers.is_subscribed(again.ref(ALICE))


async def test_of_instances_starting_at_once_one_key_wins(
    database_url: str, db: Database, tmp_path: Path
) -> None:
    from bot.settings import StorageSettings

    keys = [f"key-{n}-" + "x" * 40 for n in range(4)]
    dbs = [Database(create_engine(async_url(database_url))) for _ in keys]
    try:
        outcomes = await asyncio.gather(
            *(
                open_hasher(
                    StorageSettings(database_url=database_url, data_dir=tmp_path, pledge_hash_key=key), own
                )
                for key, own in zip(keys, dbs, strict=True)
            ),
            return_exceptions=True,
        )
    finally:
        for own in dbs:
            await own.close()
    refused = [outcome for outcome in outcomes if isinstance(outcome, KeyMismatchError)]
    assert len(refused) == len(keys) - 1, outcomes


async def test_a_database_from_before_the_fingerprint_is_checked_by_its_sealed_addresses(
    start: Callable[..., Any], db: Database
) -> None:
    await seed(await start(OLD))
    async with db.transaction() as session:
        await session.execute(delete(IdentityKey))  # as a database made by the previous release
    with pytest.raises(KeyMismatchError):
        await start(NEW)
    await start(OLD)  # the right key: its fingerprint is recorded now
    async with db.transaction() as session:
        assert await session.scalar(select(IdentityKey.fingerprint)) is not None


async def test_instances_starting_at_once_with_the_old_key_set_rotate_once(
    start: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str]
) -> None:
    fake, _ = fake_telegram
    await seed(await start(OLD))
    bots = await asyncio.gather(*(start(NEW, old_pledge_hash_key=OLD) for _ in range(3)))
    assert len({bot.ref(ALICE) for bot in bots}) == 1
    await still_everyone(bots[0], fake)  # re-hashed once: a second rotation would have lost her


async def test_an_upgrade_with_a_new_key_beside_the_generated_file_is_refused(
    start: Callable[..., Any], database_url: str, db: Database, tmp_path: Path
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("only SQLite runs on a generated key")
    first = await start(None)
    await first.router.ctx.pledges.pledge(first.ref(ALICE), "telegram", "be")  # a pledge; nothing sealed
    async with db.transaction() as session:
        await session.execute(delete(IdentityKey))  # as a database made by the previous release
    with pytest.raises(KeyMismatchError) as refused:
        await start(NEW)
    assert str(refused.value).startswith(f"PLEDGE_HASH_KEY does not match {tmp_path / 'data' / KEY_FILE}")
    generated = (tmp_path / "data" / KEY_FILE).read_text()
    assert (await start(generated)).ref(ALICE) == first.ref(ALICE)


async def test_an_address_sealed_under_another_key_does_not_stop_a_broadcast(
    start: Callable[..., Any], fake_telegram: tuple[FakeTelegram, str], db: Database
) -> None:
    fake, _ = fake_telegram
    bot = await start(OLD)
    stray = IdentityHasher(b"w" * 40)  # e.g. written by an instance that ran on another key
    async with db.transaction() as session:
        session.add(
            Subscriber(user_ref="b" * 64, platform="telegram", address=stray.seal("2002"), locale="be")
        )
    await bot.router.ctx.subscribers.subscribe(bot.ref(ALICE), "telegram", str(ALICE), "be")
    broadcast = await bot.router.ctx.subscribers.create_broadcast(
        "test:stray", "admin", {"be": "Free them all"}
    )
    assert await Broadcaster(bot.router.ctx.subscribers, bot.frontend.send_direct, 200).run_once()
    assert fake.sent_texts(ALICE) == ["Free them all"] and fake.sent_texts(2002) == []
    async with db.transaction() as session:
        statuses = await session.execute(
            select(BroadcastDelivery.status).order_by(BroadcastDelivery.subscriber_id)
        )
        assert statuses.scalars().all() == ["failed", "sent"]
        assert await session.scalar(select(Broadcast.status).where(Broadcast.id == broadcast)) == "done"
