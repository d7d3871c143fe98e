"""Remember requests already handled, so retries and double clicks are harmless."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from storage.db import affected
from storage.models import ProcessedRequest
from storage.types import utcnow


def claim_once(session: Session, key: str) -> bool:
    """True the first time a key is seen, False on every repeat (also across replicas).

    One INSERT ... ON CONFLICT DO NOTHING (SQLite and PostgreSQL): no savepoint, and a repeat is told
    by no row coming back rather than by an IntegrityError rolled back.
    """
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else pg_insert
    stmt = insert(ProcessedRequest).values(key=key[:300], created_at=utcnow()).on_conflict_do_nothing(
        index_elements=["key"]).returning(col(ProcessedRequest.key))
    return session.execute(stmt).first() is not None


def forget_older_than(session: Session, days: int) -> int:
    cutoff = utcnow() - timedelta(days=days)
    result = session.execute(delete(ProcessedRequest).where(col(ProcessedRequest.created_at) < cutoff))
    return affected(result)
