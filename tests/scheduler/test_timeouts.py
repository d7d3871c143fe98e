"""Slack timing out on a scheduled post (a reminder, a nudge, a digest): the post is looked for before it is
posted again, it arrives once, and the job is done so a later tick does not send it again. Against the local
Slack fake that can hold an answer back ("landed") or drop the call ("lost"), on SQLite and PostgreSQL.
The Bot Connector refusing connections at first: the post is retried and lands once; dropping the
connection after reading the post: it is not sent again."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
import structlog
from sqlalchemy.engine import Engine

from bot.scheduler_slack import SlackDeliverer
from bot.scheduler_teams import TeamsDeliverer
from bot.slack import post_once
from dialogs.delivery import Deliverers
from dialogs.scheduling import Scheduling, run_due
from tests.scheduler.conftest import (
    DSL_CHANNEL,
    TEAM_CHANNEL,
    TEAMS_DSL,
    TEAMS_ORG,
    TEAMS_TEAM,
    add_teams_refs,
    at,
    consultation,
    escalation,
)
from tests.scheduler.test_reminders import audit_actions
from tests.slack.fake_api import FakeSlackApi
from tests.teams.fake_connector import FakeConnector
from tests.teams.late_port import LatePort, dropping_app, open_after_first_refusal


@pytest.fixture
async def api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeSlackApi]:
    monkeypatch.setattr(post_once, "POST_TIMEOUT", 0.3)
    fake = FakeSlackApi()
    await fake.start()
    yield fake
    await fake.close()


@pytest.fixture
def slack(api: FakeSlackApi) -> Deliverers:
    return {"slack": SlackDeliverer("xoxb-test", api.url, DSL_CHANNEL, TEAM_CHANNEL)}


def posts_with(api: FakeSlackApi, words: str) -> list[str]:
    """The channel of every post that landed and says `words`."""
    return [c.body["channel"] for c in api.of("chat.postMessage") if c.answer.get("ok") and words in c.body["text"]]


async def test_a_reminder_that_timed_out_but_landed_is_sent_once(
        engine: Engine, sched: Scheduling, slack: Deliverers, api: FakeSlackApi) -> None:
    raised = at("2025-05-06T07:00:00")
    eid = escalation(engine, consultation(engine, raised, status="decided"), raised, hours=1)
    now = at("2025-05-06T08:00:00")
    api.hold_once["chat.postMessage"] = "landed"
    assert await run_due(sched, slack, "w1", now) == 1
    (look,) = api.of("conversations.history")
    assert look.body["channel"] == DSL_CHANNEL
    await run_due(sched, slack, "w1", now + timedelta(minutes=10))
    assert posts_with(api, f"E-{eid} is waiting") == [DSL_CHANNEL]
    assert len(api.of("chat.postMessage")) == 1
    assert audit_actions(engine).count(("escalation.reminded", str(eid))) == 1


async def test_a_nudge_whose_dm_timed_out_and_was_lost_arrives_once_in_the_dm(
        engine: Engine, sched: Scheduling, slack: Deliverers, api: FakeSlackApi) -> None:
    asked = at("2025-06-02T09:30:00")
    waiting = consultation(engine, asked, author="U0WAIT")
    api.hold_once["chat.postMessage"] = "lost"
    assert await run_due(sched, slack, "w1", asked + timedelta(days=3)) >= 1
    (opened,) = api.of("conversations.open")
    assert opened.body["users"] == "U0WAIT"
    tried = api.of("chat.postMessage")
    assert len(tried) == 2 and tried[0].body["metadata"] == tried[1].body["metadata"]
    assert [c.body["channel"] for c in api.of("conversations.history")] == ["D0WAIT"]
    await run_due(sched, slack, "w1", asked + timedelta(days=4))
    assert posts_with(api, f"Have you decided about C-{waiting}?") == ["D0WAIT"]


async def test_a_digest_whose_post_timed_out_but_landed_is_sent_once(
        engine: Engine, sched: Scheduling, slack: Deliverers, api: FakeSlackApi) -> None:
    due = at("2025-03-31T08:00:00")
    consultation(engine, at("2025-03-25T10:00:00"), status="decided")
    api.hold_once["chat.postMessage"] = "landed"
    api.hold_if = lambda body: body.get("channel") == TEAM_CHANNEL  # the team digest; the DSL digest answers
    await run_due(sched, slack, "w1", due)
    assert [c.body["channel"] for c in api.of("conversations.history")] == [TEAM_CHANNEL]
    await run_due(sched, slack, "w1", due + timedelta(days=2))
    assert posts_with(api, "Weekly digest: week to Monday 31 March") == [TEAM_CHANNEL]
    assert posts_with(api, "DSL digest: week to Monday 31 March") == [DSL_CHANNEL]
    assert not api.hold_once


async def test_a_reminder_that_cannot_be_confirmed_is_not_sent_again_later(
        engine: Engine, sched: Scheduling, slack: Deliverers, api: FakeSlackApi) -> None:
    raised = at("2025-05-06T07:00:00")
    escalation(engine, consultation(engine, raised, status="decided"), raised, hours=1)
    now = at("2025-05-06T08:00:00")
    api.hold_once["chat.postMessage"] = "landed"
    api.error_once["conversations.history"] = "internal_error"  # we cannot look, so we do not know
    with structlog.testing.capture_logs() as logs:
        assert await run_due(sched, slack, "w1", now) == 1  # done: a later tick must not post it again
        await run_due(sched, slack, "w1", now + timedelta(minutes=10))
    assert len(api.of("chat.postMessage")) == 1
    assert [e["audience"] for e in logs if e["event"] == "scheduler.post_unconfirmed"] == ["dsl"]


@pytest.fixture
async def late() -> AsyncIterator[LatePort]:
    port = LatePort()
    yield port
    await port.close()


@pytest.fixture
async def teams(engine: Engine, late: LatePort) -> AsyncIterator[Deliverers]:
    deliverer = TeamsDeliverer(engine, TEAMS_DSL, TEAMS_TEAM)
    add_teams_refs(engine, late.url + "/")
    yield {"teams": deliverer}
    await deliverer.close()


def teams_reminder(engine: Engine) -> int:
    raised = at("2025-05-06T07:00:00")
    cid = consultation(engine, raised, org=TEAMS_ORG, platform="teams", status="decided", posted_to=TEAMS_TEAM)
    return escalation(engine, cid, raised, hours=1, org=TEAMS_ORG)


async def test_a_teams_reminder_to_a_connector_refusing_connections_at_first_lands_once(
        engine: Engine, sched: Scheduling, teams: Deliverers, late: LatePort) -> None:
    eid = teams_reminder(engine)
    now = at("2025-05-06T08:00:00")
    fake = FakeConnector()
    with structlog.testing.capture_logs() as logs:
        ran = asyncio.create_task(run_due(sched, teams, "w1", now))
        await open_after_first_refusal(late, fake.app(), logs)
        assert await ran == 1
    await run_due(sched, teams, "w1", now + timedelta(minutes=10))
    posts = [c for c in fake.calls if c.method == "POST"]
    assert [c.conversation for c in posts] == [TEAMS_DSL] and f"E-{eid} is waiting" in posts[0].text


async def test_a_teams_reminder_whose_connection_dropped_after_sending_is_not_sent_again(
        engine: Engine, sched: Scheduling, teams: Deliverers, late: LatePort) -> None:
    teams_reminder(engine)
    now = at("2025-05-06T08:00:00")
    received: list[str] = []
    await late.open(dropping_app(received))
    with structlog.testing.capture_logs() as logs:
        assert await run_due(sched, teams, "w1", now) == 1  # done: it may have landed
        await run_due(sched, teams, "w1", now + timedelta(minutes=10))
    assert len(received) == 1
    assert [e["call"] for e in logs if e["event"] == "teams.send_unconfirmed"] == ["scheduled"]
    assert [e["platform"] for e in logs if e["event"] == "scheduler.post_unconfirmed"] == ["teams"]
