"""Shared set-up for the audit, roles, export and retention tests."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from alembic import command
from click.testing import CliRunner, Result
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from bot.cli import main
from storage.migrate import config
from storage.models import AuditEvent, Consultation, Decision


def events(engine: Engine, org_id: str, action: str | None = None) -> list[AuditEvent]:
    with Session(engine) as s:
        stmt = select(AuditEvent).where(col(AuditEvent.org_id) == org_id).order_by(col(AuditEvent.seq))
        if action is not None:
            stmt = stmt.where(col(AuditEvent.action) == action)
        return list(s.execute(stmt).scalars())


def refusals(engine: Engine, org_id: str) -> list[tuple[str, str, str]]:
    """(who, what they tried, on which object) for every refused action in an organisation."""
    return [(e.actor, e.details.get("attempted", ""), f"{e.object_type}:{e.object_id}")
            for e in events(engine, org_id, "access.refused")]


def raw(engine: Engine, sql: str, **params: Any) -> None:
    """Tampering as someone with database access would: plain SQL, no Sharewise code in the way."""
    with engine.begin() as conn:
        conn.execute(text(sql), params)


def cli(url: str, *args: str) -> Result:
    command.stamp(config(url), "head")  # the test schema is current; tell the schema check so
    return CliRunner().invoke(main, list(args), env={"DATABASE_URL": url, "LOG_LEVEL": "WARNING"})


def consultation(s: Session, org_id: str, created_at: datetime, **kw: Any) -> Consultation:
    c = Consultation(org_id=org_id, author_id=kw.pop("author_id", "u1"), channel="slack", subject="child",
                     summary=kw.pop("summary", "A child [NAME-1] disclosed harm at school."), ruleset="hmg-2018",
                     created_at=created_at, **kw)
    s.add(c)
    s.flush()
    return c


def decision(s: Session, org_id: str, created_at: datetime, **kw: Any) -> Decision:
    values: dict[str, Any] = dict(
        author_id="u1", channel="slack", subject="child", outcome="share",
        what_shared="Attendance record and the disclosure", with_whom="MASH social worker",
        shared_on=date(2026, 1, 10), purpose="Referral for assessment", lawful_basis="public_task",
        special_condition=None, consent="not_sought_unsafe", consent_reason="Could increase risk",
        informed="no", informed_reason="Telling the parent could increase risk", advice_taken="DSL agreed",
        reasons="Risk of significant harm outweighs privacy", requester_told=None, case_reference="LCS-1",
        ruleset="hmg-2018")
    values.update(kw)
    d = Decision(org_id=org_id, created_at=created_at, **values)
    s.add(d)
    s.flush()
    return d
