"""One scheduler replica for tests/scheduler/test_replicas.py: `python -m tests.scheduler.worker NOW TICKS`.

Configured from the environment like `sharewise serve`. Prints "ready", waits for a line on stdin so
that every replica starts at the same moment, runs TICKS ticks at the fixed time NOW, prints "done".
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime

from bot.logging_setup import configure
from bot.scheduler import SchedulerLoop, deliverers_from, schedule_from
from bot.settings import Settings
from dialogs.runtime import Sharewise
from storage.db import make_engine


async def main(now_iso: str, ticks: int) -> None:
    settings = Settings()
    configure("WARNING", "json")
    core = Sharewise(make_engine(settings.database_url), settings.policy)
    now = datetime.fromisoformat(now_iso)
    loop = SchedulerLoop(core, schedule_from(settings), deliverers_from(settings, core), interval=0.01,
                         clock=lambda: now)
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    await loop.run(ticks=ticks)
    await loop.close()
    core.engine.dispose()
    print("done", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
