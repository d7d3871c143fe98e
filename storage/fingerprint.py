"""A digest of a decision's content, written into its audit event when it is saved.

The audit chain proves the events untouched; the fingerprint extends that proof to the decision rows
themselves, so an edit made straight in the database is caught by `sharewise audit verify`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlmodel import Session, col, select

from storage.models import AuditEvent, Decision

FIELDS = ("id", "org_id", "consultation_id", "author_id", "channel", "subject", "outcome", "what_shared",
          "with_whom", "shared_on", "purpose", "lawful_basis", "special_condition", "consent", "consent_reason",
          "informed", "informed_reason", "advice_taken", "reasons", "requester_told", "case_reference", "ruleset",
          "corrects_id", "created_at")


def decision_fingerprint(d: Decision) -> str:
    values = [getattr(d, f) for f in FIELDS]
    body = json.dumps([v.isoformat() if hasattr(v, "isoformat") else v for v in values],
                      separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()


@dataclass(frozen=True)
class Mismatch:
    org_id: str
    decision_id: int
    seq: int
    message: str


def check_decisions(session: Session, org_id: str, batch: int = 2000) -> Iterator[Mismatch]:
    """Each decision still matching the fingerprint its audit event recorded (purged ones excepted)."""
    last = 0
    while True:
        stmt = (select(AuditEvent.seq, AuditEvent.object_id, AuditEvent.details)
                .where(col(AuditEvent.org_id) == org_id, col(AuditEvent.seq) > last,
                       col(AuditEvent.action).in_(("decision.recorded", "decision.corrected")))
                .order_by(col(AuditEvent.seq)).limit(batch))
        rows = session.execute(stmt).all()
        if not rows:
            return
        ids = [int(r.object_id) for r in rows if str(r.object_id).isdigit()]
        found = {d.id: d for d in session.execute(select(Decision).where(col(Decision.id).in_(ids))).scalars()}
        for r in rows:
            expected = (r.details or {}).get("fingerprint")
            if not expected or not str(r.object_id).isdigit():
                continue
            d = found.get(int(r.object_id))
            if d is None:
                yield Mismatch(org_id, int(r.object_id), r.seq, f"decision D-{r.object_id} is missing")
            elif not d.purged and decision_fingerprint(d) != expected:
                yield Mismatch(org_id, int(r.object_id), r.seq,
                               f"decision D-{r.object_id} was changed outside Sharewise after it was saved")
        last = rows[-1].seq
        session.expunge_all()
