"""Aggregates for digests and the planner. Counting happens in SQL over indexed (org_id, created_at) ranges.

Every query here returns counts or times, never a name or a piece of case text.
"""

from __future__ import annotations

import statistics
from collections.abc import Collection, Sequence
from datetime import datetime
from itertools import pairwise
from typing import Any

from sqlalchemy import String, and_, case, cast, exists, func, literal, select
from sqlmodel import Session, col

from storage.models import Consultation, Decision, Escalation, ScheduledJob


def _consultation_scope(org_id: str, posted_to: str | None) -> list[Any]:
    where: list[Any] = [col(Consultation.org_id) == org_id]
    if posted_to is not None:
        where.append(col(Consultation.posted_to) == posted_to)
    return where


def _buckets(ts: Any, bounds: Sequence[datetime]) -> list[Any]:
    return [func.coalesce(func.sum(case((and_(ts >= a, ts < b), 1), else_=0)), 0)
            for a, b in pairwise(bounds)]


def consultations_per_week(session: Session, org_id: str, bounds: Sequence[datetime],
                           posted_to: str | None = None) -> list[int]:
    """Consultations created in each [bounds[i], bounds[i+1]) — one range scan, one row back."""
    ts = col(Consultation.created_at)
    stmt = select(*_buckets(ts, bounds)).where(*_consultation_scope(org_id, posted_to),
                                               ts >= bounds[0], ts < bounds[-1])
    return [int(v) for v in session.execute(stmt).one()]


def _decisions(org_id: str, posted_to: str | None) -> tuple[list[Any], bool]:
    # Corrections are new records about the same decision; count each decision once.
    where: list[Any] = [col(Decision.org_id) == org_id, col(Decision.corrects_id).is_(None)]
    if posted_to is not None:
        # Naming the organisation on both sides lets the join use (org_id, posted_to, created_at).
        where += [col(Consultation.org_id) == org_id, col(Consultation.posted_to) == posted_to]
    return where, posted_to is not None


def decisions_per_week(session: Session, org_id: str, bounds: Sequence[datetime],
                       posted_to: str | None = None) -> list[int]:
    ts = col(Decision.created_at)
    where, join = _decisions(org_id, posted_to)
    stmt = select(*_buckets(ts, bounds)).select_from(Decision)
    if join:
        stmt = stmt.join(Consultation, col(Consultation.id) == col(Decision.consultation_id))
    stmt = stmt.where(*where, ts >= bounds[0], ts < bounds[-1])
    return [int(v) for v in session.execute(stmt).one()]


def outcomes(session: Session, org_id: str, start: datetime, end: datetime,
             posted_to: str | None = None) -> dict[str, int]:
    ts = col(Decision.created_at)
    where, join = _decisions(org_id, posted_to)
    stmt = select(col(Decision.outcome), func.count()).select_from(Decision)
    if join:
        stmt = stmt.join(Consultation, col(Consultation.id) == col(Decision.consultation_id))
    stmt = stmt.where(*where, ts >= start, ts < end).group_by(col(Decision.outcome))
    return {str(o): int(n) for o, n in session.execute(stmt).all()}


def open_consultations(session: Session, org_id: str, before: datetime, posted_to: str | None = None) -> int:
    """Consultations asked before `before` that still have no recorded decision."""
    stmt = select(func.count()).select_from(Consultation).where(
        *_consultation_scope(org_id, posted_to), col(Consultation.status) == "open",
        col(Consultation.created_at) < before)
    return int(session.execute(stmt).scalar_one())


def escalations_raised(session: Session, org_id: str, start: datetime, end: datetime,
                       posted_to: str | None = None) -> int:
    ts = col(Escalation.created_at)
    stmt = select(func.count()).select_from(Escalation).where(col(Escalation.org_id) == org_id,
                                                             ts >= start, ts < end)
    if posted_to is not None:
        stmt = stmt.join(Consultation, col(Consultation.id) == col(Escalation.consultation_id)).where(
            col(Consultation.org_id) == org_id, col(Consultation.posted_to) == posted_to)
    return int(session.execute(stmt).scalar_one())


def response_times(session: Session, org_id: str, start: datetime, end: datetime,
                   posted_to: str | None = None) -> list[float]:
    """Seconds from escalation to DSL answer, for escalations answered in [start, end).

    Escalations are few (tens a week, not millions), so the median is taken here rather than with
    `percentile_cont`, which SQLite lacks.
    """
    stmt = select(col(Escalation.created_at), col(Escalation.answered_at)).where(
        col(Escalation.org_id) == org_id, col(Escalation.answered_at) >= start, col(Escalation.answered_at) < end)
    if posted_to is not None:
        stmt = stmt.join(Consultation, col(Consultation.id) == col(Escalation.consultation_id)).where(
            col(Consultation.org_id) == org_id, col(Consultation.posted_to) == posted_to)
    return [(answered - raised).total_seconds() for raised, answered in session.execute(stmt).all()]


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def overdue_escalations(session: Session, org_id: str, at: datetime) -> int:
    stmt = select(func.count()).select_from(Escalation).where(
        col(Escalation.org_id) == org_id, col(Escalation.status) != "answered", col(Escalation.deadline_at) < at)
    return int(session.execute(stmt).scalar_one())


# -- what the planner needs ---------------------------------------------------------------------------
def team_channels(session: Session, since: datetime, until: datetime) -> list[tuple[str, str, str]]:
    """(org, platform, channel) for every team channel a consultation was posted to in the window."""
    ts = col(Consultation.created_at)
    stmt = (select(col(Consultation.org_id), col(Consultation.channel), col(Consultation.posted_to))
            .where(ts >= since, ts < until, col(Consultation.posted_to).is_not(None)).distinct())
    return sorted((str(o), str(p), str(c)) for o, p, c in session.execute(stmt).all())


def org_platforms(session: Session, since: datetime, until: datetime) -> list[tuple[str, str]]:
    ts = col(Consultation.created_at)
    stmt = select(col(Consultation.org_id), col(Consultation.channel)).where(ts >= since, ts < until).distinct()
    return sorted((str(o), str(p)) for o, p in session.execute(stmt).all())


def _no_job(prefix: str, record_id: Any, suffix: str = "") -> Any:
    key = literal(prefix, String) + cast(record_id, String) + literal(suffix, String)
    return ~exists().where(col(ScheduledJob.key) == key)


def unplanned_escalations(session: Session, prefix: str, suffix: str, platforms: Collection[str],
                          limit: int = 500) -> list[tuple[Escalation, str]]:
    """Unanswered escalations on `platforms` with no job under `prefix{id}{suffix}` yet, with their platform."""
    stmt = (select(Escalation, col(Consultation.channel))
            .join(Consultation, col(Consultation.id) == col(Escalation.consultation_id))
            .where(col(Escalation.status).in_(("open", "claimed")), col(Consultation.channel).in_(platforms),
                   _no_job(prefix, col(Escalation.id), suffix))
            .order_by(col(Escalation.id)).limit(limit))
    return [(e, str(p)) for e, p in session.execute(stmt).all()]


def unplanned_nudges(session: Session, prefix: str, since: datetime, platforms: Collection[str],
                     limit: int = 500) -> list[Consultation]:
    """Open consultations on `platforms` created since `since` with no nudge planned (an indexed range)."""
    stmt = (select(Consultation)
            .where(col(Consultation.created_at) >= since, col(Consultation.status) == "open",
                   col(Consultation.channel).in_(platforms),
                   _no_job(prefix, col(Consultation.id)))
            .order_by(col(Consultation.id)).limit(limit))
    return list(session.execute(stmt).scalars())
