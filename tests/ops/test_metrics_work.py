"""The work gauges at /metrics tell an on-call engineer what is waiting, read from the database
(SQLite and PostgreSQL), with no user, channel or case text in any label."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.server import build_app
from bot.settings import Settings
from dialogs.policy import Policy
from dialogs.runtime import Sharewise
from storage.db import make_engine, session_scope
from storage.models import Consultation, DialogState, Escalation, ScheduledJob
from storage.types import utcnow
from tests.ops.test_serve_process import _sample

PRIVATE = ("U0PRACT01", "U0DSL0001", "child at Elm Road", "C0DSLS0001")


@pytest.fixture
async def client(core: Sharewise, db_url: str) -> AsyncIterator[TestClient[web.Request, web.Application]]:
    settings = Settings(_env_file=None, database_url=db_url, sharewise_scheduler=False,
                        sharewise_teams_allow_unauthenticated=True)  # type: ignore[call-arg]
    async with TestClient(TestServer(await build_app(settings, core))) as c:
        yield c


def _seed(core: Sharewise) -> None:
    now = utcnow()
    with session_scope(core.engine) as s:
        c = Consultation(org_id="T0NORTH01", author_id="U0PRACT01", channel="slack", subject="child",
                         summary="[anonymised] child at Elm Road", ruleset="hmg-2018", posted_to="C0DSLS0001")
        s.add(c)
        s.flush()
        assert c.id is not None
        cid = c.id

        def escalation(status: str, deadline_hours: float) -> Escalation:
            return Escalation(org_id="T0NORTH01", consultation_id=cid, requested_by="U0PRACT01", question="?",
                              status=status, deadline_at=now + timedelta(hours=deadline_hours),
                              claimed_by="U0DSL0001" if status != "open" else None)

        s.add_all([escalation("open", -3), escalation("claimed", -1), escalation("open", 2),
                   escalation("answered", -5)])
        s.add_all([DialogState(org_id="T0NORTH01", channel="slack", user_id="U0PRACT01", conversation="D1",
                               flow="seek_advice", step="situation", status=status)
                   for status in ("active", "active", "done", "cancelled")])
        s.add_all([ScheduledJob(kind="reminder", key="late", org_id="T0NORTH01", due_at=now - timedelta(minutes=5)),
                   ScheduledJob(kind="reminder", key="done", org_id="T0NORTH01", due_at=now - timedelta(hours=9),
                                done_at=now),
                   ScheduledJob(kind="digest", key="later", org_id="T0NORTH01", due_at=now + timedelta(days=1))])


async def test_work_gauges_read_the_database(core: Sharewise, client: TestClient[web.Request, web.Application]) -> None:
    response = await client.get("/metrics")
    empty = await response.text()
    assert _sample(empty, "sharewise_escalations_open") == 0
    assert _sample(empty, "sharewise_scheduler_lag_seconds") == 0

    _seed(core)
    text = await (await client.get("/metrics")).text()
    assert _sample(text, "sharewise_database_up") == 1
    assert _sample(text, "sharewise_escalations_open") == 3  # open or claimed, not answered
    assert _sample(text, "sharewise_escalations_overdue") == 2  # past respond-by and not answered
    assert _sample(text, "sharewise_dialogs_in_progress") == 2
    assert _sample(text, "sharewise_scheduled_jobs_due") == 1
    assert 300 <= _sample(text, "sharewise_scheduler_lag_seconds") < 400
    assert not any(value in text for value in PRIVATE)


async def test_a_scrape_still_answers_when_the_database_does_not(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'no-such-folder' / 'sharewise.db'}"
    settings = Settings(_env_file=None, database_url=url, sharewise_scheduler=False)  # type: ignore[call-arg]
    core = Sharewise(make_engine(url), Policy())
    async with TestClient(TestServer(await build_app(settings, core))) as client:
        response = await client.get("/metrics")
        assert response.status == 200
        text = await response.text()
    assert _sample(text, "sharewise_database_up") == 0
    assert _sample(text, "sharewise_http_requests_in_flight") == 1
