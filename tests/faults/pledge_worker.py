"""A process that pledges and withdraws flat out until killed: `python -m tests.faults.pledge_worker URL N`.

Forty concurrent signers share the group writer (bot/storage/batch.py), so a SIGKILL lands in the
middle of batches: some committed, one maybe half-written and never committed. Each signer's people
are its own (`START` + worker + k * 40), so a restart with another START signs new people.
"""

from __future__ import annotations

import asyncio
import sys

from bot.identity import IdentityHasher
from bot.services.pledges import PledgeService
from bot.settings import PledgeSettings, async_url
from bot.storage.session import Database, create_engine

SIGNERS = 40
HASHER = IdentityHasher(b"k" * 40)


async def main(url: str, start: int) -> None:
    db = Database(create_engine(async_url(url)))
    pledges = PledgeService(db, PledgeSettings(), HASHER)

    async def signer(worker: int) -> None:
        for k in range(10**9):
            ref = HASHER.user_ref("worker", start + worker + k * SIGNERS)
            await pledges.pledge(ref, "telegram", "en")
            if k % 4 == 0:
                await pledges.withdraw(ref)

    print("signing", flush=True)
    await asyncio.gather(*(signer(w) for w in range(SIGNERS)))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
