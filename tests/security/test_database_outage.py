"""PostgreSQL going away under load: requests fail while it is gone, the bot recovers by itself, and every
decision it confirmed as saved is still there.

The "restart" is modelled for the client as PostgreSQL's restart looks to it: every backend connection of
the test database is terminated (pg_terminate_backend), repeatedly, and then new connections are refused
for a while (ALLOW_CONNECTIONS false) before they are allowed again. The real server is not restarted, so
other work on this machine is not disturbed.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from bot.slack import unavailable
from storage.models import Decision
from tests.conftest import _admin_engine
from tests.security.wire import JourneyFailed, SlackJourney
from tests.slack.conftest import Bot


def _admin(sql: str, **params: str) -> None:
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(sql), params)
    admin.dispose()


def _terminate(name: str) -> None:
    _admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n AND pid <> pg_backend_pid()",
           n=name)


def _allow(name: str, allow: bool) -> None:
    _admin(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {str(allow).lower()}')


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
async def test_postgres_going_away_under_load(bot: Bot, db_url: str) -> None:
    name = str(make_url(db_url).database)
    confirmed: list[str] = []
    failures: Counter[str] = Counter()
    numbers = itertools.count(1)
    outage_over = asyncio.Event()
    after_outage: list[str] = []

    async def worker() -> None:
        while not (outage_over.is_set() and len(after_outage) >= 6):
            user = f"UPG{next(numbers):04d}"
            journey = SlackJourney(bot.slack, bot.api, user)
            try:
                await journey.to_request()
                await journey.from_request_to_decision()
            except (JourneyFailed, TimeoutError) as exc:
                told = unavailable.TEXT in str(exc) or unavailable.TEXT in json.dumps(journey.view)
                failures["told plainly" if told else f"{type(exc).__name__}: {str(exc)[:80]}"] += 1
                continue
            confirmed.append(user)
            if outage_over.is_set():
                after_outage.append(user)

    async def disrupt() -> None:
        try:
            await asyncio.sleep(1.0)  # let load build up first
            for _ in range(3):
                await asyncio.to_thread(_terminate, name)
                await asyncio.sleep(0.4)
            await asyncio.to_thread(_allow, name, False)
            await asyncio.to_thread(_terminate, name)
            await asyncio.sleep(1.5)  # down: every new connection is refused
        finally:
            await asyncio.to_thread(_allow, name, True)
            outage_over.set()

    started = time.monotonic()
    await asyncio.wait_for(asyncio.gather(disrupt(), *(worker() for _ in range(3))), 60)
    assert failures, "the outage never reached a request: the test did not test anything"
    assert len(after_outage) >= 6, "the bot did not recover by itself"
    with bot.engine.connect() as conn:
        authors = set(conn.execute(select(Decision.author_id)).scalars())
    assert {u for u in confirmed} <= authors  # nothing confirmed was lost
    assert len(authors) >= len(confirmed)
    # Everyone whose request met the outage was told so in plain words, with their answers kept.
    assert set(failures) == {"told plainly"}, failures
    assert not [c for c in bot.api.calls if "Traceback" in c.raw]
    assert time.monotonic() - started < 60
    print(json.dumps({"confirmed": len(confirmed), "failures": dict(failures)}))
