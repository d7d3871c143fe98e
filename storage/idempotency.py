"""Remember requests already handled, so retries and double clicks are harmless."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import bindparam, delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from storage.db import affected
from storage.models import ProcessedRequest
from storage.types import utcnow

_CLAIMS: dict[str, Any] = {}


class AlreadyClaimed(Exception):
    """Raised inside a unit of work whose request was handled before: the whole unit is rolled back."""


def _claim_statement(dialect: str) -> Any:
    # Built once per dialect, with bound parameters: building it on every request cost more than running it.
    if dialect not in _CLAIMS:
        insert = sqlite_insert if dialect == "sqlite" else pg_insert
        table = ProcessedRequest.__table__  # type: ignore[attr-defined]
        _CLAIMS[dialect] = (insert(table).values(key=bindparam("key"), created_at=bindparam("at"))
                            .on_conflict_do_nothing(index_elements=["key"]).returning(table.c.key))
    return _CLAIMS[dialect]


def claim_once(session: Session, key: str) -> bool:
    """True the first time a key is seen, False on every repeat (also across replicas).

    One INSERT ... ON CONFLICT DO NOTHING (SQLite and PostgreSQL): no savepoint, and a repeat is told
    by no row coming back rather than by an IntegrityError rolled back.
    """
    conn = session.connection()
    stmt = _claim_statement(conn.dialect.name)
    return conn.execute(stmt, {"key": key[:300], "at": utcnow()}).first() is not None


def forget_older_than(session: Session, days: int) -> int:
    cutoff = utcnow() - timedelta(days=days)
    result = session.execute(delete(ProcessedRequest).where(col(ProcessedRequest.created_at) < cutoff))
    return affected(result)
