"""Queries over consultations, advice, escalations and decisions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlmodel import Session

from storage.models import Advice, Consultation, Decision, Escalation
from storage.types import utcnow


def add(session: Session, row: Consultation | Advice | Escalation | Decision) -> None:
    session.add(row)
    session.flush()


def consultation(session: Session, org_id: str, cid: int) -> Consultation | None:
    row = session.get(Consultation, cid)
    return row if row is not None and row.org_id == org_id else None


def consultation_by_post(session: Session, org_id: str, post_ref: str) -> Consultation | None:
    stmt = select(Consultation).where(Consultation.org_id == org_id, Consultation.post_ref == post_ref)  # type: ignore[arg-type]
    return session.execute(stmt).scalars().first()


def set_post_ref(session: Session, cid: int, posted_to: str, post_ref: str) -> None:
    session.execute(update(Consultation).where(Consultation.id == cid)  # type: ignore[arg-type]
                    .values(posted_to=posted_to, post_ref=post_ref))


def advice_for(session: Session, cid: int) -> Sequence[Advice]:
    stmt = select(Advice).where(Advice.consultation_id == cid).order_by(Advice.id)  # type: ignore[arg-type]
    return session.execute(stmt).scalars().all()


def escalation(session: Session, org_id: str, eid: int) -> Escalation | None:
    row = session.get(Escalation, eid)
    return row if row is not None and row.org_id == org_id else None


def set_escalation_post_ref(session: Session, eid: int, post_ref: str) -> None:
    session.execute(update(Escalation).where(Escalation.id == eid).values(post_ref=post_ref))  # type: ignore[arg-type]


def claim_escalation(session: Session, eid: int, user_id: str) -> bool:
    """Compare-and-set, so exactly one of several DSLs clicking Claim at once wins."""
    result = session.execute(
        update(Escalation)
        .where(Escalation.id == eid, Escalation.status == "open")  # type: ignore[arg-type]
        .values(status="claimed", claimed_by=user_id, claimed_at=utcnow())
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def answer_escalation(session: Session, eid: int, user_id: str, answer: str, recommendation: str) -> bool:
    result = session.execute(
        update(Escalation)
        .where(Escalation.id == eid, Escalation.status == "claimed", Escalation.claimed_by == user_id)  # type: ignore[arg-type]
        .values(status="answered", answer=answer, recommendation=recommendation,
                answered_by=user_id, answered_at=utcnow())
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def open_escalations(session: Session, org_id: str, limit: int = 50) -> Sequence[Escalation]:
    stmt = (select(Escalation).where(Escalation.org_id == org_id, Escalation.status != "answered")  # type: ignore[arg-type]
            .order_by(Escalation.deadline_at).limit(limit))  # type: ignore[arg-type]
    return session.execute(stmt).scalars().all()


def mark_decided(session: Session, cid: int, at: datetime) -> None:
    session.execute(update(Consultation).where(Consultation.id == cid).values(status="decided", decided_at=at))  # type: ignore[arg-type]


def decision(session: Session, org_id: str, did: int) -> Decision | None:
    row = session.get(Decision, did)
    return row if row is not None and row.org_id == org_id else None


def decisions(session: Session, org_id: str | None = None, author_id: str | None = None,
              limit: int = 50) -> Sequence[Decision]:
    stmt = select(Decision).order_by(Decision.id.desc()).limit(limit)  # type: ignore[union-attr]
    if org_id is not None:
        stmt = stmt.where(Decision.org_id == org_id)  # type: ignore[arg-type]
    if author_id is not None:
        stmt = stmt.where(Decision.author_id == author_id)  # type: ignore[arg-type]
    return session.execute(stmt).scalars().all()


def corrections_of(session: Session, did: int) -> Sequence[Decision]:
    stmt = select(Decision).where(Decision.corrects_id == did).order_by(Decision.id)  # type: ignore[arg-type]
    return session.execute(stmt).scalars().all()


def open_consultations(session: Session, org_id: str, author_id: str | None = None,
                       limit: int = 50) -> Sequence[Consultation]:
    stmt = (select(Consultation).where(Consultation.org_id == org_id, Consultation.status == "open")  # type: ignore[arg-type]
            .order_by(Consultation.id.desc()).limit(limit))  # type: ignore[union-attr]
    if author_id is not None:
        stmt = stmt.where(Consultation.author_id == author_id)  # type: ignore[arg-type]
    return session.execute(stmt).scalars().all()
