"""Removing content past its retention date, one organisation at a time. Counts only; no content read.

Decisions keep their structure (outcome, lawful basis, dates, who) and lose their free text; consultations
and escalations lose their text; advice and stale dialog state are deleted; idempotency keys expire.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.sql import Select
from sqlmodel import Session

from storage.immutable import retention_purge
from storage.models import Advice, Consultation, Decision, DialogState, Escalation, ProcessedRequest

_D = Decision.__table__  # type: ignore[attr-defined]
_C = Consultation.__table__  # type: ignore[attr-defined]
_E = Escalation.__table__  # type: ignore[attr-defined]
_A = Advice.__table__  # type: ignore[attr-defined]
_S = DialogState.__table__  # type: ignore[attr-defined]
_P = ProcessedRequest.__table__  # type: ignore[attr-defined]

DECISION_TEXT = ("what_shared", "with_whom", "purpose", "consent_reason", "informed_reason", "advice_taken",
                 "reasons")


@dataclass(frozen=True)
class Cutoffs:
    """Anything created (or, for dialog state, last touched) before these instants has expired."""

    decisions: datetime
    consultations: datetime
    advice: datetime
    dialogs: datetime
    requests: datetime


@dataclass(frozen=True)
class Counts:
    decisions: int = 0
    consultations: int = 0
    escalations: int = 0
    advice: int = 0
    dialogs: int = 0

    @property
    def total(self) -> int:
        return self.decisions + self.consultations + self.escalations + self.advice + self.dialogs

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _org_consultations(org_id: str) -> Select[Any]:
    return select(_C.c.id).where(_C.c.org_id == org_id)


def _where(org_id: str, cut: Cutoffs) -> dict[str, Any]:
    return {
        "decisions": (_D.c.org_id == org_id, _D.c.created_at < cut.decisions, _D.c.purged.is_(False)),
        "consultations": (_C.c.org_id == org_id, _C.c.created_at < cut.consultations, _C.c.status != "purged"),
        "escalations": (_E.c.org_id == org_id, _E.c.created_at < cut.consultations,
                        or_(_E.c.question != "", _E.c.answer.is_not(None))),
        "advice": (_A.c.consultation_id.in_(_org_consultations(org_id)), _A.c.created_at < cut.advice),
        "dialogs": (_S.c.org_id == org_id, _S.c.updated_at < cut.dialogs),
    }


_TABLES = {"decisions": _D, "consultations": _C, "escalations": _E, "advice": _A, "dialogs": _S}


def expired(session: Session, org_id: str, cut: Cutoffs) -> Counts:
    """What a purge would remove now, without changing anything."""
    where = _where(org_id, cut)
    found = {k: int(session.execute(select(func.count()).select_from(_TABLES[k]).where(*w)).scalar_one())
             for k, w in where.items()}
    return Counts(**found)


def purge(session: Session, org_id: str, cut: Cutoffs) -> Counts:
    """Remove expired content for one organisation, inside the caller's transaction."""
    where = _where(org_id, cut)
    blank: dict[str, Any] = {k: "" for k in DECISION_TEXT}
    with retention_purge(session):
        decisions = session.execute(update(_D).where(*where["decisions"])
                                    .values(**blank, case_reference=None, purged=True))
    escalations = session.execute(update(_E).where(*where["escalations"]).values(question="", answer=None))
    consultations = session.execute(update(_C).where(*where["consultations"])
                                    .values(summary="", request={}, guidance={}, status="purged",
                                            post_ref=None, posted_to=None))
    advice = session.execute(delete(_A).where(*where["advice"]))
    dialogs = session.execute(delete(_S).where(*where["dialogs"]))
    return Counts(_n(decisions), _n(consultations), _n(escalations), _n(advice), _n(dialogs))


def expired_requests(session: Session, cut: Cutoffs) -> int:
    return int(session.execute(select(func.count()).select_from(_P).where(_P.c.created_at < cut.requests))
               .scalar_one())


def purge_requests(session: Session, cut: Cutoffs) -> int:
    return _n(session.execute(delete(_P).where(_P.c.created_at < cut.requests)))


def org_ids(session: Session) -> list[str]:
    found: set[str] = set()
    for table in (_D, _C, _E, _S):
        found |= set(session.execute(select(table.c.org_id).distinct()).scalars())
    return sorted(found)


def _n(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
