"""The audit chain stands up to someone editing the database directly: verify names what they did."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select, update

from storage import audit
from storage.audit_verify import verify_all, verify_chain
from storage.db import read_scope, session_scope
from storage.models import AuditEvent
from tests.audit.helpers import cli, events, raw


def _fill(engine: Engine, n: int = 6) -> None:
    for i in range(1, n + 1):
        with session_scope(engine) as s:
            for org in ("org-a", "org-b"):
                audit.append(s, org_id=org, actor=f"u{i}", action="decision.recorded", channel="slack",
                             object_type="decision", object_id=i, details={"outcome": "share"})


def _problem(engine: Engine, org: str = "org-a") -> tuple[str, int, str]:
    with read_scope(engine) as s:
        report = verify_chain(s, org)
    assert report.problem is not None, "the tampering went unnoticed"
    return report.problem.org_id, report.problem.seq, report.problem.kind


def test_untouched_chains_verify_per_organisation(engine: Engine, db_url: str) -> None:
    _fill(engine)
    with read_scope(engine) as s:
        reports = verify_all(s)
    assert [(r.org_id, r.ok, r.events, r.head_seq) for r in reports] == [("org-a", True, 6, 6), ("org-b", True, 6, 6)]
    result = cli(db_url, "audit", "verify")
    assert result.exit_code == 0, result.output
    assert "org-a: intact, 6 events" in result.output and "org-b: intact, 6 events" in result.output


def test_a_field_changed_with_raw_sql_is_named(engine: Engine, db_url: str) -> None:
    _fill(engine)
    raw(engine, "UPDATE audit_event SET actor = 'someone-else' WHERE org_id = 'org-a' AND seq = 3")
    assert _problem(engine) == ("org-a", 3, "altered")
    with read_scope(engine) as s:
        assert verify_chain(s, "org-b").ok  # one organisation's damage does not smear another's
    result = cli(db_url, "audit", "verify")
    assert result.exit_code == 1
    assert "org-a: BROKEN at event 3 (altered)" in result.output
    assert "org-b: intact" in result.output


def test_changed_details_are_caught(engine: Engine) -> None:
    _fill(engine)
    raw(engine, """UPDATE audit_event SET details = '{"outcome": "not_share"}' WHERE org_id = 'org-a' AND seq = 5""")
    assert _problem(engine) == ("org-a", 5, "altered")


def test_a_changed_time_is_caught(engine: Engine) -> None:
    _fill(engine)
    first = events(engine, "org-a")[0].at
    with Session(engine) as s:  # move event 2 back to the time of event 1, as a cover-up would
        s.execute(update(AuditEvent).where(col(AuditEvent.org_id) == "org-a", col(AuditEvent.seq) == 2)
                  .values(at=first))
        s.commit()
        assert s.execute(select(AuditEvent.at).where(col(AuditEvent.seq) == 2,
                                                     col(AuditEvent.org_id) == "org-a")).scalar_one() == first
    assert _problem(engine) == ("org-a", 2, "altered")


def test_a_removed_event_is_named(engine: Engine, db_url: str) -> None:
    _fill(engine)
    raw(engine, "DELETE FROM audit_event WHERE org_id = 'org-a' AND seq = 4")
    assert _problem(engine) == ("org-a", 4, "removed")
    result = cli(db_url, "audit", "verify", "--org", "org-a")
    assert result.exit_code == 1 and "org-a: BROKEN at event 4 (removed)" in result.output


def test_removing_the_last_event_is_caught_by_the_head(engine: Engine, db_url: str) -> None:
    _fill(engine)
    raw(engine, "DELETE FROM audit_event WHERE org_id = 'org-a' AND seq = 6")
    assert _problem(engine) == ("org-a", 6, "removed")
    assert cli(db_url, "audit", "verify").exit_code == 1


def test_removing_and_renumbering_is_caught(engine: Engine) -> None:
    _fill(engine)
    raw(engine, "DELETE FROM audit_event WHERE org_id = 'org-a' AND seq = 3")
    for seq in (4, 5, 6):
        raw(engine, "UPDATE audit_event SET seq = :new WHERE org_id = 'org-a' AND seq = :old", new=seq - 1, old=seq)
    raw(engine, "UPDATE audit_head SET seq = 5 WHERE org_id = 'org-a'")
    assert _problem(engine) == ("org-a", 3, "removed")


def test_reordered_events_are_named(engine: Engine, db_url: str) -> None:
    _fill(engine)
    raw(engine, "UPDATE audit_event SET seq = 1000 WHERE org_id = 'org-a' AND seq = 2")
    raw(engine, "UPDATE audit_event SET seq = 2 WHERE org_id = 'org-a' AND seq = 3")
    raw(engine, "UPDATE audit_event SET seq = 3 WHERE org_id = 'org-a' AND seq = 1000")
    assert _problem(engine) == ("org-a", 2, "reordered")
    result = cli(db_url, "audit", "verify")
    assert result.exit_code == 1 and "org-a: BROKEN at event 2 (reordered)" in result.output


def test_an_event_slipped_in_at_the_end_is_caught(engine: Engine) -> None:
    _fill(engine)
    last = events(engine, "org-a")[-1]
    raw(engine, "INSERT INTO audit_event (org_id, seq, at, actor, action, channel, object_type, object_id, details,"
                " prev_hash, hash) VALUES ('org-a', 7, :at, 'x', 'decision.recorded', 'slack', '', '', '{}', :p, :h)",
        at=last.at.replace(tzinfo=None) if engine.dialect.name == "sqlite" else last.at, p=last.hash, h="0" * 64)
    assert _problem(engine) == ("org-a", 7, "added")


def test_a_missing_head_is_reported(engine: Engine) -> None:
    _fill(engine)
    raw(engine, "DELETE FROM audit_head WHERE org_id = 'org-b'")
    assert _problem(engine, "org-b") == ("org-b", 1, "head")


def test_appends_in_one_long_session_continue_the_chain(engine: Engine) -> None:
    # A session that outlives a commit must not chain onto the tip it remembered.
    n = 3
    with Session(engine, expire_on_commit=False) as s:
        for i in range(n):
            audit.append(s, org_id="org-a", actor="u", action="dialog.started", channel="slack", object_id=i)
            s.commit()
            with session_scope(engine) as other:
                audit.append(other, org_id="org-a", actor="v", action="dialog.started", channel="teams")
    with read_scope(engine) as s:
        report = verify_chain(s, "org-a")
    assert report.ok and report.events == 2 * n
