"""Fixtures for the scheduler: records seeded at chosen times, fake platforms, a loop with a fixed clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from bot.scheduler_slack import SlackDeliverer
from bot.scheduler_teams import TeamsDeliverer
from dialogs.delivery import Deliverers
from dialogs.policy import Policy
from dialogs.schedule import Schedule
from dialogs.scheduling import Scheduling
from storage.db import session_scope
from storage.models import Consultation, ConversationRef, Decision, Escalation
from tests.scheduler.fakes import FakePlatforms

SLACK_ORG, TEAMS_ORG = "T0SLACK", "tenant-teams"
DSL_CHANNEL, TEAM_CHANNEL = "C0DSL", "C0TEAM"
TEAMS_DSL, TEAMS_TEAM = "19:dsl@thread.tacv2", "19:team@thread.tacv2"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def policy() -> Policy:
    return Policy(dsl_users=frozenset({"U0DSL1"}), deputy_users=("U0DEP1", "U0DEP2"), nudge_days=3)


@pytest.fixture
def schedule() -> Schedule:
    return Schedule(public_url="https://sharewise.example.org")


@pytest.fixture
async def fake() -> AsyncIterator[FakePlatforms]:
    f = await FakePlatforms().start()
    yield f
    await f.stop()


@pytest.fixture
async def deliverers(fake: FakePlatforms, engine: Engine) -> AsyncIterator[Deliverers]:
    teams = TeamsDeliverer(engine, TEAMS_DSL, TEAMS_TEAM)
    yield {"slack": SlackDeliverer("xoxb-test", fake.slack_url, DSL_CHANNEL, TEAM_CHANNEL), "teams": teams}
    await teams.close()


@pytest.fixture
def sched(engine: Engine, policy: Policy, schedule: Schedule) -> Scheduling:
    return Scheduling(engine, policy, schedule, {"slack", "teams"})


def add_teams_refs(engine: Engine, service_url: str, org: str = TEAMS_ORG, users: tuple[str, ...] = ()) -> None:
    with session_scope(engine) as s:
        for conv in (TEAMS_DSL, TEAMS_TEAM):
            s.add(ConversationRef(org_id=org, platform="teams", key=f"channel:{conv}",
                                  ref={"serviceUrl": service_url, "conversation": {"id": conv}}))
        for u in users:
            s.add(ConversationRef(org_id=org, platform="teams", key=f"user:{u}",
                                  ref={"serviceUrl": service_url, "conversation": {"id": f"a:personal-{u}"}}))


def consultation(engine: Engine, created: datetime, *, org: str = SLACK_ORG, platform: str = "slack",
                 author: str = "U0AUTHOR", posted_to: str | None = TEAM_CHANNEL, summary: str = "A worry.",
                 status: str = "open", decided: datetime | None = None) -> int:
    with session_scope(engine) as s:
        c = Consultation(org_id=org, author_id=author, channel=platform, subject="child", summary=summary,
                         request={}, guidance={}, ruleset="hmg-2018", status=status, posted_to=posted_to,
                         post_ref=f"{posted_to}:1.{created.timestamp()}" if posted_to else None,
                         created_at=created, decided_at=decided)
        s.add(c)
        s.flush()
        assert c.id is not None
        return c.id


def decision(engine: Engine, cid: int | None, created: datetime, outcome: str = "share", *,
             org: str = SLACK_ORG, author: str = "U0AUTHOR", reasons: str = "Reasons.") -> int:
    with session_scope(engine) as s:
        d = Decision(org_id=org, consultation_id=cid, author_id=author, channel="slack", subject="child",
                     outcome=outcome, what_shared="x", with_whom="x", purpose="x", lawful_basis="6e",
                     consent="not_sought", informed="no", reasons=reasons, ruleset="hmg-2018", created_at=created)
        s.add(d)
        if cid is not None:
            c = s.get(Consultation, cid)
            assert c is not None
            c.status, c.decided_at = "decided", created
        s.flush()
        assert d.id is not None
        return d.id


def escalation(engine: Engine, cid: int, created: datetime, *, hours: float = 24, urgent: bool = False,
               org: str = SLACK_ORG, **kw: Any) -> int:
    with session_scope(engine) as s:
        e = Escalation(org_id=org, consultation_id=cid, requested_by="U0AUTHOR", urgent=urgent, question="Q?",
                       deadline_at=created + timedelta(hours=hours), created_at=created, **kw)
        s.add(e)
        s.flush()
        assert e.id is not None
        return e.id
