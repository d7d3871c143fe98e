"""Remember requests already handled, so retries and double clicks are harmless."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from storage.db import affected
from storage.models import ProcessedRequest
from storage.types import utcnow


def claim_once(session: Session, key: str) -> bool:
    """True the first time a key is seen, False on every repeat (also across replicas)."""
    try:
        with session.begin_nested():
            session.add(ProcessedRequest(key=key[:300]))
            session.flush()
    except IntegrityError:
        return False
    return True


def forget_older_than(session: Session, days: int) -> int:
    cutoff = utcnow() - timedelta(days=days)
    result = session.execute(delete(ProcessedRequest).where(col(ProcessedRequest.created_at) < cutoff))
    return affected(result)
