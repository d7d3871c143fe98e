"""Where a record's post landed, so a channel can update that post instead of posting a new one."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from storage.db import session_scope
from storage.models import Consultation, Escalation


def post_ref(engine: Engine, record: tuple[str, int]) -> str | None:
    kind, rid = record
    with session_scope(engine) as s:
        row: Consultation | Escalation | None
        if kind == "consultation":
            row = s.get(Consultation, rid)
        elif kind == "escalation":
            row = s.get(Escalation, rid)
        else:
            return None
        return row.post_ref if row is not None else None


def is_consultation_thread(engine: Engine, org_id: str, ref: str) -> bool:
    """Whether a platform thread is a consultation's, so replies in it count as advice."""
    from storage.records import consultation_by_post

    with session_scope(engine) as s:
        return consultation_by_post(s, org_id, ref) is not None
