"""The append-only, hash-chained audit log (one chain per organisation)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from storage.models import AuditEvent, AuditHead
from storage.types import utcnow

GENESIS = "0" * 64


def event_hash(prev_hash: str, org_id: str, seq: int, at: datetime, actor: str, action: str,
               channel: str, object_type: str, object_id: str, details: dict[str, Any]) -> str:
    body = json.dumps(
        [prev_hash, org_id, seq, at.isoformat(timespec="microseconds"), actor, action, channel,
         object_type, object_id, details],
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str,
    )
    return hashlib.sha256(body.encode()).hexdigest()


def _lock_head(session: Session, org_id: str) -> AuditHead:
    stmt = select(AuditHead).where(AuditHead.org_id == org_id).with_for_update()  # type: ignore[arg-type]
    head = session.execute(stmt).scalar_one_or_none()
    if head is not None:
        return head
    try:
        with session.begin_nested():
            session.add(AuditHead(org_id=org_id, seq=0, hash=GENESIS))
            session.flush()
    except IntegrityError:
        pass  # another process created it first; lock theirs
    return session.execute(stmt).scalar_one()


def append(session: Session, *, org_id: str, actor: str, action: str, channel: str,
           object_type: str = "", object_id: str | int = "", details: dict[str, Any] | None = None) -> AuditEvent:
    """Append one event inside the caller's transaction, so the event and the change commit together."""
    head = _lock_head(session, org_id)
    at = utcnow()
    seq = head.seq + 1
    det = details or {}
    h = event_hash(head.hash, org_id, seq, at, actor, action, channel, object_type, str(object_id), det)
    ev = AuditEvent(org_id=org_id, seq=seq, at=at, actor=actor, action=action, channel=channel,
                    object_type=object_type, object_id=str(object_id), details=det, prev_hash=head.hash, hash=h)
    session.add(ev)
    head.seq, head.hash = seq, h
    session.add(head)
    session.flush()
    return ev


@dataclass(frozen=True)
class ChainBreak:
    org_id: str
    seq: int
    reason: str


def iter_events(session: Session, org_id: str, batch: int = 5000) -> Iterator[AuditEvent]:
    last = 0
    while True:
        stmt = (select(AuditEvent).where(AuditEvent.org_id == org_id, AuditEvent.seq > last)  # type: ignore[arg-type]
                .order_by(AuditEvent.seq).limit(batch))  # type: ignore[arg-type]
        rows = list(session.execute(stmt).scalars())
        if not rows:
            return
        yield from rows
        last = rows[-1].seq
