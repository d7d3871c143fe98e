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
