"""Escalation deadlines, deputy alerts and nudges, driven by an injected clock on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.engine import Engine

from dialogs.delivery import Deliverers
from dialogs.scheduling import Scheduling, run_due
from storage import records
from storage.db import session_scope
from storage.models import AuditEvent
from tests.scheduler.conftest import DSL_CHANNEL, TEAMS_ORG, add_teams_refs, at, consultation, escalation
from tests.scheduler.fakes import FakePlatforms, slack_titles, teams_titles


def audit_actions(engine: Engine) -> list[tuple[str, str]]:
    with session_scope(engine) as s:
        rows = s.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()  # type: ignore[arg-type]
        return [(e.action, e.object_id) for e in rows]


def buttons(body: dict) -> list[tuple[str, str]]:
    return [(el["action_id"], el["value"]) for b in body["blocks"] if b["type"] == "actions" for el in b["elements"]]


async def test_past_the_deadline_the_dsl_channel_is_reminded_then_the_deputies(
        engine: Engine, sched: Scheduling, deliverers: Deliverers, fake: FakePlatforms) -> None:
    raised = at("2025-05-01T10:00:00")
    cid = consultation(engine, raised)
    normal = escalation(engine, cid, raised, hours=24)
    urgent = escalation(engine, cid, raised, hours=2, urgent=True)

    assert await run_due(sched, deliverers, "w1", at("2025-05-01T11:59:59")) == 0
    assert fake.calls.slack == []

    await run_due(sched, deliverers, "w1", at("2025-05-01T12:00:00"))  # the urgent deadline
    assert slack_titles(fake) == [(DSL_CHANNEL, f"Urgent: E-{urgent} is waiting")]
    assert buttons(fake.calls.slack[0]) == [("escalation.claim", str(urgent))]

    await run_due(sched, deliverers, "w1", at("2025-05-01T12:59:00"))
    assert len(fake.calls.slack) == 1  # deputies only after the urgent grace period (1 hour)
    await run_due(sched, deliverers, "w1", at("2025-05-01T13:00:00"))
    assert slack_titles(fake)[1:] == [("D0DEP1", f"E-{urgent} needs a DSL"), ("D0DEP2", f"E-{urgent} needs a DSL")]

    # The normal escalation is claimed, reminded at its deadline, then answered before deputies are needed.
    with session_scope(engine) as s:
        assert records.claim_escalation(s, normal, "U0DSL1")
    await run_due(sched, deliverers, "w1", at("2025-05-02T10:00:00"))
    assert slack_titles(fake)[3:] == [(DSL_CHANNEL, f"E-{normal} is waiting")]
    assert buttons(fake.calls.slack[3]) == [("escalation.answer_open", str(normal))]
    assert "claimed but not yet answered" in fake.calls.slack[3]["blocks"][1]["text"]["text"]
    with session_scope(engine) as s:
        assert records.answer_escalation(s, normal, "U0DSL1", "Advice.", "share")
    await run_due(sched, deliverers, "w1", at("2025-05-02T15:00:00"))
    assert len(fake.calls.slack) == 4

    assert [a for a in audit_actions(engine) if a[0].startswith("escalation.")] == [
        ("escalation.reminded", str(urgent)), ("escalation.deputies_alerted", str(urgent)),
        ("escalation.reminded", str(normal))]


async def test_an_escalation_answered_in_time_sends_nothing(
        engine: Engine, sched: Scheduling, deliverers: Deliverers, fake: FakePlatforms) -> None:
    raised = at("2025-05-01T10:00:00")
    eid = escalation(engine, consultation(engine, raised, status="decided"), raised, hours=24)
    await run_due(sched, deliverers, "w1", raised + timedelta(hours=1))  # planned while open
    with session_scope(engine) as s:
        assert records.claim_escalation(s, eid, "U0DSL1")
        assert records.answer_escalation(s, eid, "U0DSL1", "Advice.", "share")
    await run_due(sched, deliverers, "w1", raised + timedelta(days=2))
    assert fake.calls.slack == []
    assert audit_actions(engine) == []


async def test_a_consultation_with_no_decision_nudges_its_author_with_a_record_button(
        engine: Engine, sched: Scheduling, deliverers: Deliverers, fake: FakePlatforms) -> None:
    asked = at("2025-06-02T09:30:00")
    waiting = consultation(engine, asked, author="U0WAIT")
    consultation(engine, asked, author="U0DONE", status="decided", decided=asked + timedelta(days=1))
    add_teams_refs(engine, fake.service_url, users=("29:teams-author",))
    on_teams = consultation(engine, asked, org=TEAMS_ORG, platform="teams", author="29:teams-author",
                            posted_to="19:team@thread.tacv2")

    await run_due(sched, deliverers, "w1", asked + timedelta(days=3) - timedelta(seconds=1))
    assert fake.calls.slack == [] and fake.calls.teams == []
    await run_due(sched, deliverers, "w1", asked + timedelta(days=3))
    assert slack_titles(fake) == [("D0WAIT", f"Have you decided about C-{waiting}?")]
    assert buttons(fake.calls.slack[0]) == [("decision.open", str(waiting))]
    assert teams_titles(fake) == [("a:personal-29:teams-author", f"Have you decided about C-{on_teams}?")]
    card = fake.calls.teams[0][1]["attachments"][0]["content"]
    assert [(a["type"], a["title"], a["data"]) for a in card["actions"]] == [
        ("Action.Submit", "Record decision now",
         {"sw": "decision.open", "value": str(on_teams), "ref": f"consultation:{on_teams}"})]
    await run_due(sched, deliverers, "w1", asked + timedelta(days=4))
    await run_due(sched, deliverers, "w1", asked + timedelta(days=30))  # (weekly digests are sent too)
    nudges = [t for t in slack_titles(fake) + teams_titles(fake) if t[1].startswith("Have you decided")]
    assert len(nudges) == 2  # one nudge each, not one a tick
    assert ("consultation.nudged", str(waiting)) in audit_actions(engine)


async def test_a_server_down_over_the_due_time_sends_once_on_restart(
        engine: Engine, sched: Scheduling, deliverers: Deliverers, fake: FakePlatforms) -> None:
    raised = at("2025-05-06T07:00:00")
    cid = consultation(engine, raised, status="decided")
    eid = escalation(engine, cid, raised, hours=2)
    # Down from before the deadline (09:00) until well after it; two replicas come back at once.
    back = at("2025-05-06T15:00:00")
    await run_due(sched, deliverers, "replica-a", back)
    await run_due(sched, deliverers, "replica-b", back)
    await run_due(sched, deliverers, "replica-a", back + timedelta(minutes=1))
    titles = slack_titles(fake)
    assert titles.count((DSL_CHANNEL, f"E-{eid} is waiting")) == 1
    assert titles.count(("D0DEP1", f"E-{eid} needs a DSL")) == 1  # its own due time passed too


async def test_a_crashed_replicas_job_is_retried_after_its_lease_and_sent_once(
        engine: Engine, sched: Scheduling, deliverers: Deliverers, fake: FakePlatforms) -> None:
    raised = at("2025-05-06T07:00:00")
    eid = escalation(engine, consultation(engine, raised, status="decided"), raised, hours=1)
    now = at("2025-05-06T08:00:00")
    sched.plan(now)
    taken = sched.claim("crashed-replica", now)  # claimed, then the process died before sending
    assert taken is not None
    await run_due(sched, deliverers, "survivor", now + timedelta(seconds=60))
    assert fake.calls.slack == []  # still leased to the crashed replica
    await run_due(sched, deliverers, "survivor", now + timedelta(seconds=sched.schedule.lease_seconds))
    assert slack_titles(fake) == [(DSL_CHANNEL, f"E-{eid} is waiting")]


async def test_a_platform_error_is_retried_later_not_lost_or_repeated(
        engine: Engine, sched: Scheduling, deliverers: Deliverers, fake: FakePlatforms) -> None:
    raised = at("2025-05-06T07:00:00")
    eid = escalation(engine, consultation(engine, raised, status="decided"), raised, hours=1)
    now = at("2025-05-06T08:00:00")
    fake.calls.fail_next = 1
    await run_due(sched, deliverers, "w1", now)
    assert fake.calls.slack == []
    await run_due(sched, deliverers, "w1", now + timedelta(seconds=30))
    assert fake.calls.slack == []  # backing off
    await run_due(sched, deliverers, "w1", now + timedelta(minutes=2))
    await run_due(sched, deliverers, "w1", now + timedelta(minutes=10))
    assert slack_titles(fake) == [(DSL_CHANNEL, f"E-{eid} is waiting")]


async def test_a_first_start_on_an_old_database_does_not_nudge_about_last_year(
        engine: Engine, sched: Scheduling, deliverers: Deliverers, fake: FakePlatforms) -> None:
    now = at("2025-06-11T12:00:00")
    consultation(engine, now - timedelta(days=60), author="U0ANCIENT", posted_to=None)
    recent = consultation(engine, now - timedelta(days=20), author="U0RECENT", posted_to=None)
    await run_due(sched, deliverers, "w1", now)
    nudges = [t for t in slack_titles(fake) if t[1].startswith("Have you decided")]
    assert nudges == [("D0RECENT", f"Have you decided about C-{recent}?")]
