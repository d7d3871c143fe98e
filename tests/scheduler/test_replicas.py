"""Three scheduler processes against one PostgreSQL: every reminder, nudge and digest arrives exactly once."""

from __future__ import annotations

import asyncio
import os
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine

from storage.db import session_scope
from storage.models import ScheduledJob
from tests.conftest import _truncate
from tests.scheduler.conftest import (
    DSL_CHANNEL,
    TEAMS_DSL,
    TEAMS_ORG,
    TEAMS_TEAM,
    add_teams_refs,
    at,
    consultation,
    escalation,
)
from tests.scheduler.fakes import FakePlatforms, slack_titles, teams_titles

ROOT = Path(__file__).resolve().parents[2]
NOW = at("2025-05-08T12:00:00")  # a Thursday; the digest fell due on Monday 5 May 09:00 BST
DEPUTIES = ("U0DEP1", "U0DEP2")


def seed(engine: Engine, service_url: str) -> Counter[tuple[str, str]]:
    """Records whose reminders, nudges and digests are all due at NOW; returns every message expected."""
    expected: Counter[tuple[str, str]] = Counter()
    created = at("2025-05-01T10:00:00")
    for i in range(20):  # Slack: escalations past deadline -> DSL reminder + each deputy
        cid = consultation(engine, created, status="decided", posted_to=f"C0TEAM{i % 2}")
        eid = escalation(engine, cid, created + timedelta(minutes=i), urgent=i % 3 == 0)
        expected[(DSL_CHANNEL, ("Urgent: " if i % 3 == 0 else "") + f"E-{eid} is waiting")] += 1
        for d in DEPUTIES:  # a direct message, in the bot's DM channel with each ("U0DEP1" -> "D0DEP1")
            expected[("D" + d[1:], f"E-{eid} needs a DSL")] += 1
    for i in range(10):  # Slack: open consultations past nudge_days -> their authors
        cid = consultation(engine, created, author=f"U0AUTH{i}", posted_to=f"C0TEAM{i % 2}")
        expected[(f"D0AUTH{i}", f"Have you decided about C-{cid}?")] += 1
    expected[("C0TEAM0", "Weekly digest: week to Monday 5 May")] += 1
    expected[("C0TEAM1", "Weekly digest: week to Monday 5 May")] += 1
    expected[(DSL_CHANNEL, "DSL digest: week to Monday 5 May")] += 1

    authors = tuple(f"29:author{i}" for i in range(5))
    add_teams_refs(engine, service_url, users=DEPUTIES + authors)
    for i in range(5):  # Teams: the same, through the Bot Connector
        cid = consultation(engine, created, org=TEAMS_ORG, platform="teams", status="decided", posted_to=TEAMS_TEAM)
        eid = escalation(engine, cid, created, org=TEAMS_ORG)
        expected[(TEAMS_DSL, f"E-{eid} is waiting")] += 1
        for d in DEPUTIES:
            expected[(f"a:personal-{d}", f"E-{eid} needs a DSL")] += 1
        cid = consultation(engine, created, org=TEAMS_ORG, platform="teams", author=authors[i],
                           posted_to=TEAMS_TEAM)
        expected[(f"a:personal-{authors[i]}", f"Have you decided about C-{cid}?")] += 1
    expected[(TEAMS_TEAM, "Weekly digest: week to Monday 5 May")] += 1
    expected[(TEAMS_DSL, "DSL digest: week to Monday 5 May")] += 1
    return expected


async def test_three_replicas_send_every_message_exactly_once(pg_engine: Engine, pg_url: str) -> None:
    _truncate(pg_engine)
    fake = await FakePlatforms().start()
    try:
        expected = seed(pg_engine, fake.service_url)
        fake.calls.delay = 0.005  # a platform that takes a moment, so the replicas overlap
        env = {**os.environ, "DATABASE_URL": pg_url, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": fake.slack_url,
               "SLACK_DSL_CHANNEL": DSL_CHANNEL, "SLACK_TEAM_CHANNEL": "C0TEAM0",
               "SHAREWISE_TEAMS_ALLOW_UNAUTHENTICATED": "true", "MICROSOFT_APP_ID": "",
               "TEAMS_DSL_CHANNEL": TEAMS_DSL, "TEAMS_TEAM_CHANNEL": TEAMS_TEAM,
               "SHAREWISE_DEPUTY_USERS": ",".join(DEPUTIES), "SHAREWISE_NUDGE_DAYS": "3",
               "SHAREWISE_PUBLIC_URL": "", "LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT)}
        procs = [await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.scheduler.worker", NOW.isoformat(), "3", cwd=ROOT, env=env,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE) for _ in range(3)]
        for p in procs:
            assert p.stdout is not None
            assert (await asyncio.wait_for(p.stdout.readline(), 60)).strip() == b"ready"
        for p in procs:  # all start together
            assert p.stdin is not None
            p.stdin.write(b"go\n")
            await p.stdin.drain()
        results = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in procs)), 60)
        assert all(p.returncode == 0 for p in procs), results
        assert all(out.strip().endswith(b"done") for out, _ in results)

        received = Counter(slack_titles(fake) + teams_titles(fake))
        assert received == expected
        assert max(received.values()) == 1
        with session_scope(pg_engine) as s:
            rows = s.execute(select(ScheduledJob.done_at, ScheduledJob.attempts, ScheduledJob.claimed_by)
                             .where(ScheduledJob.kind != "plan.digest")).all()
        assert rows and all(done is not None and attempts == 1 for done, attempts, _ in rows)
        assert len({by for _, _, by in rows}) >= 2  # the work really was shared between replicas
    finally:
        await fake.stop()
