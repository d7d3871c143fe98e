"""Retention: expired content goes, recent content stays, the audit chain still verifies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from dialogs.retention import Retention, purge_expired, years_before
from storage.audit_verify import verify_all
from storage.db import read_scope, session_scope
from storage.models import Advice, Consultation, Decision, DialogState, Escalation, ProcessedRequest
from storage.types import utcnow
from tests.audit.helpers import cli, consultation, decision, events

NOW = datetime(2031, 3, 1, 12, tzinfo=UTC)
POLICY = Retention(decision_years=25, consultation_days=365, advice_days=365, dialog_days=30, request_days=7)


def _seed(engine: Engine, now: datetime) -> None:
    with session_scope(engine) as s:
        old_c = consultation(s, "org-a", now - timedelta(days=400), post_ref="ts-1", posted_to="C1")
        new_c = consultation(s, "org-a", now - timedelta(days=10))
        s.add(Advice(consultation_id=old_c.id or 0, author_id="v", source="thread", text="old advice",
                     created_at=now - timedelta(days=399)))
        s.add(Advice(consultation_id=new_c.id or 0, author_id="v", source="thread", text="new advice",
                     created_at=now - timedelta(days=9)))
        s.add(Escalation(org_id="org-a", consultation_id=old_c.id or 0, requested_by="u1", question="old question",
                         answer="old answer", deadline_at=now, created_at=now - timedelta(days=400)))
        decision(s, "org-a", years_before(now, 25) - timedelta(days=1), consultation_id=old_c.id)
        decision(s, "org-a", years_before(now, 25) + timedelta(days=1))
        decision(s, "org-b", years_before(now, 30))
        for days, status in ((40, "active"), (31, "done"), (5, "active")):
            s.add(DialogState(org_id="org-a", channel="slack", user_id="u1", conversation=f"c{days}", flow="f",
                              step="s", status=status, updated_at=now - timedelta(days=days)))
        s.add(ProcessedRequest(key="slack:old", created_at=now - timedelta(days=8)))
        s.add(ProcessedRequest(key="slack:new", created_at=now - timedelta(days=1)))


def _snapshot(engine: Engine) -> list[Any]:
    with Session(engine) as s:
        models = (Consultation, Advice, Escalation, Decision, DialogState, ProcessedRequest)
        return [repr(r.model_dump()) for m in models for r in s.execute(select(m)).scalars()]


def test_dry_run_counts_and_changes_nothing(engine: Engine) -> None:
    _seed(engine, NOW)
    before = _snapshot(engine)
    report = purge_expired(engine, POLICY, now=NOW, dry_run=True)
    assert {o: c.as_dict() for o, c in report.orgs.items()} == {
        "org-a": {"decisions": 1, "consultations": 1, "escalations": 1, "advice": 1, "dialogs": 2},
        "org-b": {"decisions": 1, "consultations": 0, "escalations": 0, "advice": 0, "dialogs": 0}}
    assert report.request_keys == 1
    assert _snapshot(engine) == before
    assert events(engine, "org-a") == []


def test_purge_honours_each_period_and_leaves_a_verifiable_tombstone(engine: Engine) -> None:
    _seed(engine, NOW)
    report = purge_expired(engine, POLICY, now=NOW, actor_id="sharewise", channel="scheduler")
    assert report.total == 7 and report.request_keys == 1
    with Session(engine) as s:
        old_d, new_d, b_d = s.execute(select(Decision).order_by(Decision.id)).scalars().all()  # type: ignore[arg-type]
        assert old_d.purged and (old_d.reasons, old_d.what_shared, old_d.case_reference) == ("", "", None)
        assert (old_d.outcome, old_d.lawful_basis) == ("share", "public_task")  # the shape of the record stays
        assert not new_d.purged and new_d.reasons == "Risk of significant harm outweighs privacy"
        assert b_d.purged
        old_c, new_c = s.execute(select(Consultation).order_by(Consultation.id)).scalars().all()  # type: ignore[arg-type]
        assert (old_c.summary, old_c.status, old_c.request, old_c.post_ref) == ("", "purged", {}, None)
        assert new_c.summary and new_c.status == "open"
        assert [a.text for a in s.execute(select(Advice)).scalars()] == ["new advice"]
        e = s.execute(select(Escalation)).scalar_one()
        assert (e.question, e.answer) == ("", None)
        assert [d.conversation for d in s.execute(select(DialogState)).scalars()] == ["c5"]
        assert [p.key for p in s.execute(select(ProcessedRequest)).scalars()] == ["slack:new"]
    tomb = events(engine, "org-a", "records.purged")
    assert len(tomb) == 1 and (tomb[0].actor, tomb[0].channel) == ("sharewise", "scheduler")
    assert tomb[0].details == {"decisions": 1, "consultations": 1, "escalations": 1, "advice": 1, "dialogs": 2,
                               "before": {"decisions": "2006-03-01", "consultations": "2030-03-01",
                                          "advice": "2030-03-01", "dialogs": "2031-01-30"}}
    with read_scope(engine) as s:
        assert all(r.ok for r in verify_all(s))
    # Purging again finds nothing and adds no tombstone.
    assert purge_expired(engine, POLICY, now=NOW).total == 0
    assert len(events(engine, "org-a", "records.purged")) == 1
    # A year on, the recent consultation and the decision just inside 25 years have expired too.
    later = purge_expired(engine, POLICY, now=NOW + timedelta(days=365))
    assert (later.orgs["org-a"].consultations, later.orgs["org-a"].decisions) == (1, 1)
    with read_scope(engine) as s:
        assert all(r.ok for r in verify_all(s))


def test_cli_purge_dry_run_then_purge(engine: Engine, db_url: str) -> None:
    _seed(engine, utcnow())
    before = _snapshot(engine)
    result = cli(db_url, "purge", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "org-a: would remove 1 decision, 1 consultation, 1 escalation, 1 piece of advice, " \
           "2 unfinished conversations" in result.output
    assert "Nothing was changed" in result.output
    assert _snapshot(engine) == before
    result = cli(db_url, "purge", "--org", "org-b")
    assert result.exit_code == 0 and "org-b: removed 1 decision" in result.output
    assert [e.channel for e in events(engine, "org-b", "records.purged")] == ["cli"]
    assert events(engine, "org-a", "records.purged") == []
    assert cli(db_url, "audit", "verify").exit_code == 0
