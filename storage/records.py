"""Queries over consultations, advice, escalations and decisions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from storage.db import affected
from storage.models import Advice, Consultation, Decision, Escalation
from storage.types import utcnow


def add(session: Session, row: Consultation | Advice | Escalation | Decision) -> None:
    session.add(row)
    session.flush()


def consultation(session: Session, org_id: str, cid: int) -> Consultation | None:
    row = session.get(Consultation, cid)
    return row if row is not None and row.org_id == org_id else None


def consultation_by_post(session: Session, org_id: str, post_ref: str) -> Consultation | None:
    stmt = select(Consultation).where(col(Consultation.org_id) == org_id, col(Consultation.post_ref) == post_ref)
    return session.execute(stmt).scalars().first()


def set_post_ref(session: Session, cid: int, posted_to: str, post_ref: str) -> None:
    session.execute(update(Consultation).where(col(Consultation.id) == cid)
                    .values(posted_to=posted_to, post_ref=post_ref))


def advice_for(session: Session, cid: int) -> Sequence[Advice]:
    stmt = select(Advice).where(col(Advice.consultation_id) == cid).order_by(col(Advice.id))
    return session.execute(stmt).scalars().all()


def escalation(session: Session, org_id: str, eid: int) -> Escalation | None:
    row = session.get(Escalation, eid)
    return row if row is not None and row.org_id == org_id else None


def set_escalation_post_ref(session: Session, eid: int, post_ref: str) -> None:
    session.execute(update(Escalation).where(col(Escalation.id) == eid).values(post_ref=post_ref))


def claim_escalation(session: Session, eid: int, user_id: str) -> bool:
    """Compare-and-set, so exactly one of several DSLs clicking Claim at once wins."""
    result = session.execute(
        update(Escalation)
        .where(col(Escalation.id) == eid, col(Escalation.status) == "open")
        .values(status="claimed", claimed_by=user_id, claimed_at=utcnow())
    )
    return bool(affected(result))


def answer_escalation(session: Session, eid: int, user_id: str, answer: str, recommendation: str) -> bool:
    result = session.execute(
        update(Escalation)
        .where(col(Escalation.id) == eid, col(Escalation.status) == "claimed", col(Escalation.claimed_by) == user_id)
        .values(status="answered", answer=answer, recommendation=recommendation,
                answered_by=user_id, answered_at=utcnow())
    )
    return bool(affected(result))


#: Every status but "answered" (see storage/models.py: open | claimed | answered).
OPEN_ESCALATION = ("open", "claimed")


def open_escalations(session: Session, org_id: str, limit: int = 50) -> Sequence[Escalation]:
    # IN rather than != 'answered', so the index on status finds the few open rows among all ever raised.
    stmt = (select(Escalation).where(col(Escalation.org_id) == org_id, col(Escalation.status).in_(OPEN_ESCALATION))
            .order_by(col(Escalation.deadline_at)).limit(limit))
    return session.execute(stmt).scalars().all()


def mark_decided(session: Session, cid: int, at: datetime) -> None:
    session.execute(update(Consultation).where(col(Consultation.id) == cid).values(status="decided", decided_at=at))


def decision(session: Session, org_id: str, did: int) -> Decision | None:
    row = session.get(Decision, did)
    return row if row is not None and row.org_id == org_id else None


def decisions(session: Session, org_id: str | None = None, author_id: str | None = None,
              limit: int = 50) -> Sequence[Decision]:
    stmt = select(Decision).order_by(col(Decision.id).desc()).limit(limit)
    if org_id is not None:
        stmt = stmt.where(col(Decision.org_id) == org_id)
    if author_id is not None:
        stmt = stmt.where(col(Decision.author_id) == author_id)
    return session.execute(stmt).scalars().all()


def corrections_of(session: Session, did: int) -> Sequence[Decision]:
    stmt = select(Decision).where(col(Decision.corrects_id) == did).order_by(col(Decision.id))
    return session.execute(stmt).scalars().all()


def open_consultations(session: Session, org_id: str, author_id: str | None = None,
                       limit: int = 50) -> Sequence[Consultation]:
    stmt = (select(Consultation).where(col(Consultation.org_id) == org_id, col(Consultation.status) == "open")
            .order_by(col(Consultation.id).desc()).limit(limit))
    if author_id is not None:
        stmt = stmt.where(col(Consultation.author_id) == author_id)
    return session.execute(stmt).scalars().all()
