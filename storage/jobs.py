"""Scheduled work as rows: planned idempotently by key, claimed by exactly one replica at a time.

PostgreSQL: the claim is `SELECT ... FOR UPDATE SKIP LOCKED`, so replicas polling together each take a
different row and never wait on one another. SQLite: the engine opens every transaction with
`BEGIN IMMEDIATE`, which serialises claims (one process is the supported set-up there).

A claim is a lease (`claimed_until`): the sending happens outside the claim's transaction, and a replica
that dies mid-job simply lets its lease run out, after which any replica tries the job again.
Every write after the claim checks `claimed_by`, so a replica whose lease was taken over cannot mark
someone else's job done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlmodel import Session, col

from storage.models import ScheduledJob
from storage.types import utcnow


@dataclass(frozen=True, slots=True)
class NewJob:
    kind: str
    key: str
    org_id: str
    due_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)
    #: Set for marker rows that record planning already done (never claimed).
    done_at: datetime | None = None


def _insert_ignoring_duplicates(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(ScheduledJob.__table__)  # type: ignore[attr-defined]
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(ScheduledJob.__table__)  # type: ignore[attr-defined]


def ensure(session: Session, jobs: Sequence[NewJob]) -> int:
    """Create the jobs whose keys are new; keys already planned (by anyone) are left alone."""
    if not jobs:
        return 0
    now = utcnow()
    # Sorted, so two replicas planning the same keys lock them in the same order and cannot deadlock.
    unique = {j.key: j for j in jobs}
    rows = [{"kind": j.kind, "key": j.key, "org_id": j.org_id, "due_at": j.due_at, "payload": j.payload,
             "attempts": 0, "created_at": now, "done_at": j.done_at} for _, j in sorted(unique.items())]
    stmt = _insert_ignoring_duplicates(session).values(rows).on_conflict_do_nothing(index_elements=["key"])
    result = session.execute(stmt)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def exists(session: Session, key: str) -> bool:
    stmt = select(col(ScheduledJob.id)).where(col(ScheduledJob.key) == key)
    return session.execute(stmt).first() is not None


def get(session: Session, job_id: int) -> ScheduledJob | None:
    return session.get(ScheduledJob, job_id)


def claim_next(session: Session, worker: str, now: datetime, lease: timedelta) -> ScheduledJob | None:
    """Take the oldest due job nobody holds, for `lease`. Commit the session straight after."""
    stmt = (
        select(ScheduledJob)
        .where(col(ScheduledJob.done_at).is_(None), col(ScheduledJob.due_at) <= now,
               or_(col(ScheduledJob.claimed_until).is_(None), col(ScheduledJob.claimed_until) <= now))
        .order_by(col(ScheduledJob.due_at), col(ScheduledJob.id))
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    job = session.execute(stmt).scalars().first()
    if job is None:
        return None
    job.claimed_by = worker
    job.claimed_until = now + lease
    job.attempts += 1
    session.add(job)
    session.flush()
    return job


def _mine(job_id: int, worker: str) -> Any:
    return update(ScheduledJob).where(
        col(ScheduledJob.id) == job_id, col(ScheduledJob.claimed_by) == worker,
        col(ScheduledJob.done_at).is_(None))


def save_payload(session: Session, job_id: int, worker: str, payload: dict[str, Any]) -> bool:
    """Record progress (what was sent so far) while still holding the claim."""
    return bool(session.execute(_mine(job_id, worker).values(payload=payload)).rowcount)  # type: ignore[attr-defined]


def finish(session: Session, job_id: int, worker: str, now: datetime,
           payload: dict[str, Any] | None = None, note: str | None = None) -> bool:
    """Mark done, in the caller's transaction (the one that records the last send and its audit event)."""
    values: dict[str, Any] = {"done_at": now, "claimed_until": None, "last_error": note}
    if payload is not None:
        values["payload"] = payload
    return bool(session.execute(_mine(job_id, worker).values(**values)).rowcount)  # type: ignore[attr-defined]


def retry_later(session: Session, job_id: int, worker: str, at: datetime, error: str) -> bool:
    stmt = _mine(job_id, worker).values(claimed_by=None, claimed_until=at, last_error=error[:500])
    return bool(session.execute(stmt).rowcount)  # type: ignore[attr-defined]


def release(session: Session, worker: str) -> int:
    """Hand back claims not yet started (a clean shutdown), so another replica need not wait for the lease."""
    stmt = (update(ScheduledJob)
            .where(col(ScheduledJob.claimed_by) == worker, col(ScheduledJob.done_at).is_(None))
            .values(claimed_by=None, claimed_until=None))
    return int(session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]


def pending(session: Session, limit: int = 100) -> Sequence[ScheduledJob]:
    stmt = (select(ScheduledJob).where(col(ScheduledJob.done_at).is_(None))
            .order_by(col(ScheduledJob.due_at)).limit(limit))
    return session.execute(stmt).scalars().all()
