"""Retention runs as a daily scheduled job: once a day, once across replicas, and the chain still verifies."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from dialogs.delivery import Deliverers
from dialogs.policy import Policy
from dialogs.retention import Retention
from dialogs.schedule import Schedule
from dialogs.scheduling import Scheduling, run_due
from storage.audit_verify import verify_all
from storage.models import AuditEvent, Consultation
from tests.scheduler.conftest import at, consultation


def _purges(engine: Engine) -> int:
    with Session(engine) as s:
        return len(s.execute(select(AuditEvent).where(col(AuditEvent.action) == "records.purged")).all())


async def test_expired_content_is_purged_once_a_day(engine: Engine, policy: Policy, schedule: Schedule,
                                                    deliverers: Deliverers) -> None:
    old = consultation(engine, at("2024-01-01T10:00"), status="decided", summary="An old worry.")
    fresh = consultation(engine, at("2026-11-01T10:00"), summary="A recent worry.")
    sched = Scheduling(engine, policy, schedule, {"slack"}, Retention(consultation_days=365))
    await run_due(sched, deliverers, "w1", at("2026-11-20T03:00"))
    await run_due(sched, deliverers, "w2", at("2026-11-20T09:00"))  # same day, another replica: nothing more
    with Session(engine) as s:
        kept = s.get(Consultation, fresh)
        gone = s.get(Consultation, old)
        assert kept is not None and kept.summary == "A recent worry."
        assert gone is not None and "old worry" not in gone.summary
        assert all(r.ok for r in verify_all(s))
    assert _purges(engine) == 1


async def test_no_retention_configured_means_no_purge(sched: Scheduling, engine: Engine,
                                                      deliverers: Deliverers) -> None:
    consultation(engine, at("2020-01-01T10:00"), status="decided", summary="An old worry.")
    await run_due(sched, deliverers, "w1", at("2026-11-20T03:00"))
    assert _purges(engine) == 0
