"""The scheduler inside `sharewise serve`: it starts with the app, serves chart images, stops cleanly."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select
from sqlalchemy.engine import Engine

from bot.server import build_app
from bot.settings import Settings
from dialogs.policy import Policy
from dialogs.runtime import Sharewise
from storage.db import create_schema, make_engine, session_scope
from storage.models import ScheduledJob
from storage.types import utcnow
from tests.scheduler.conftest import DSL_CHANNEL, consultation, escalation
from tests.scheduler.fakes import FakePlatforms


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'sw.db'}")
    create_schema(engine)
    return engine


def settings(fake: FakePlatforms, engine: Engine, **kw: object) -> Settings:
    base: dict[str, object] = {
        "database_url": str(engine.url), "slack_bot_token": "xoxb-test", "slack_api_url": fake.slack_url,
        "slack_dsl_channel": DSL_CHANNEL, "slack_team_channel": "C0TEAM", "sharewise_deputy_users": "U0DEP1",
        "sharewise_scheduler_tick_seconds": 3600}
    return Settings(**{**base, **kw})  # type: ignore[arg-type]


@pytest.fixture
async def fake() -> AsyncIterator[FakePlatforms]:
    f = await FakePlatforms().start()
    yield f
    await f.stop()


def seed_due_work(engine: Engine, escalations: int = 1) -> None:
    """Work that fell due while no server was running: overdue escalations and last week's digest."""
    past = utcnow() - timedelta(days=8)
    for _ in range(escalations):
        escalation(engine, consultation(engine, past, status="decided"), past, hours=1)


async def test_the_server_sends_what_fell_due_and_serves_the_digest_chart(
        sqlite_engine: Engine, fake: FakePlatforms) -> None:
    seed_due_work(sqlite_engine)
    s = settings(fake, sqlite_engine, sharewise_public_url="http://placeholder")
    core = Sharewise(sqlite_engine, s.policy)
    async with TestServer(await build_app(s, core)) as server, TestClient(server) as client:
        # The first tick runs at start-up: reminder, deputy alert, team digest and DSL digest.
        await fake.wait_until(lambda: len(fake.calls.slack) >= 4)
        texts = sorted(b["text"] for b in fake.calls.slack)
        assert [t.split(":")[0] for t in texts] == ["DSL digest", "E-1 is waiting", "E-1 needs a DSL",
                                                    "Weekly digest"]
        digest = next(b for b in fake.calls.slack if b["text"].startswith("Weekly digest"))
        url = next(b["image_url"] for b in digest["blocks"] if b["type"] == "image")
        path = url.removeprefix("http://placeholder")
        resp = await client.get(path)
        assert resp.status == 200 and resp.content_type == "image/png"
        assert (await resp.read())[:4] == b"\x89PNG"
        job_id = path.split("/")[-1].split("-")[0]
        assert (await client.get(f"/charts/{job_id}-{'x' * 32}.png")).status == 404  # wrong token
        assert (await client.get("/charts/999-abcdefghijklmnopqrstuvwx.png")).status == 404
    assert len(fake.calls.slack) == 4


async def test_scheduler_off_sends_nothing(sqlite_engine: Engine, fake: FakePlatforms) -> None:
    seed_due_work(sqlite_engine)
    s = settings(fake, sqlite_engine, sharewise_scheduler=False)
    async with TestServer(await build_app(s, Sharewise(sqlite_engine, s.policy))) as server, \
            TestClient(server) as client:
        assert (await client.get("/healthz")).status == 200
    with session_scope(sqlite_engine) as sess:
        assert sess.execute(select(ScheduledJob)).first() is None
    assert fake.calls.slack == []


async def test_shutdown_finishes_the_job_in_hand_and_hands_back_the_rest(
        sqlite_engine: Engine, fake: FakePlatforms) -> None:
    seed_due_work(sqlite_engine, escalations=5)
    fake.calls.delay = 0.3  # Slack is slow: shutdown arrives while a message is in flight
    s = settings(fake, sqlite_engine)
    policy = Policy(deputy_users=("U0DEP1",))
    server = TestServer(await build_app(s, Sharewise(sqlite_engine, policy)))
    await server.start_server()
    await fake.started.wait()
    await server.close()  # runs the cleanup: the loop stops after its current job
    assert len(fake.calls.slack) == 1  # the message in flight was completed, nothing after it began
    with session_scope(sqlite_engine) as sess:
        jobs = sess.execute(select(ScheduledJob).where(ScheduledJob.kind != "plan.digest")).scalars().all()
        done = [j for j in jobs if j.done_at is not None]
        assert len(done) == 1 and done[0].payload["sent"]
        assert all(j.claimed_by is None and j.claimed_until is None for j in jobs if j.done_at is None)


async def test_several_workspaces_post_with_their_own_installation_token(
        sqlite_engine: Engine, fake: FakePlatforms) -> None:
    from slack_sdk.oauth.installation_store import Installation

    from bot.scheduler import deliverers_from
    from bot.slack.oauth_store import DbInstallationStore
    from dialogs.messages import Notice, Post

    s = settings(fake, sqlite_engine, slack_bot_token="", slack_client_id="111.222", slack_client_secret="x")
    core = Sharewise(sqlite_engine, s.policy)
    await DbInstallationStore(sqlite_engine, "111.222").async_save(Installation(
        app_id="A1", team_id="T0MULTI", user_id="U0ADMIN", bot_token="xoxb-multi", bot_id="B1", bot_user_id="U0BOT"))
    slack = deliverers_from(s, core)["slack"]
    await slack.deliver("slack:T0MULTI", Post("dsl", Notice("E-1 is waiting")))
    assert fake.calls.slack_auth == ["Bearer xoxb-multi"]
    assert fake.calls.slack[0]["channel"] == DSL_CHANNEL
