"""The append-only, hash-chained audit log (one chain per organisation)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

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


_EVENTS = AuditEvent.__table__  # type: ignore[attr-defined]
_HEADS = AuditHead.__table__  # type: ignore[attr-defined]
# Built once, and run as Core statements: every audited change runs them, and the ORM's unit of work
# (identity map, flush) cost several times the SQL itself.
_LOCK_HEAD = select(_HEADS.c.seq, _HEADS.c.hash).where(_HEADS.c.org_id == bindparam("org_id")).with_for_update()
_ADD_EVENT = insert(_EVENTS)
_MOVE_HEAD = (update(_HEADS).where(_HEADS.c.org_id == bindparam("h_org"))
              .values(seq=bindparam("h_seq"), hash=bindparam("h_hash")))


def _lock_head(session: Session, org_id: str) -> tuple[int, str]:
    """The chain's tip, locked until the transaction ends (created at the first event of an organisation)."""
    conn = session.connection()
    params = {"org_id": org_id}
    row = conn.execute(_LOCK_HEAD, params).first()
    if row is not None:
        return int(row.seq), str(row.hash)
    try:
        with session.begin_nested():
            session.connection().execute(insert(_HEADS).values(org_id=org_id, seq=0, hash=GENESIS))
    except IntegrityError:
        pass  # another process created it first; lock theirs
    row = session.connection().execute(_LOCK_HEAD, params).one()
    return int(row.seq), str(row.hash)


def append(session: Session, *, org_id: str, actor: str, action: str, channel: str,
           object_type: str = "", object_id: str | int = "", details: dict[str, Any] | None = None) -> None:
    """Append one event inside the caller's transaction, so the event and the change commit together."""
    prev_seq, prev_hash = _lock_head(session, org_id)
    at = utcnow()
    seq = prev_seq + 1
    det = details or {}
    h = event_hash(prev_hash, org_id, seq, at, actor, action, channel, object_type, str(object_id), det)
    values: dict[str, Any] = {
        "org_id": org_id, "seq": seq, "at": at, "actor": actor, "action": action, "channel": channel,
        "object_type": object_type, "object_id": str(object_id), "details": det, "prev_hash": prev_hash, "hash": h}
    conn = session.connection()
    conn.execute(_ADD_EVENT, values)
    conn.execute(_MOVE_HEAD, {"h_org": org_id, "h_seq": seq, "h_hash": h})
    # Rows changed behind the ORM's back: objects it already holds must be read again.
    for obj in list(session.identity_map.values()):
        if isinstance(obj, AuditHead):
            session.expire(obj)


def head(session: Session, org_id: str) -> AuditHead | None:
    """The recorded tip of an organisation's chain (not locked: for reading and verifying)."""
    stmt = select(AuditHead).where(col(AuditHead.org_id) == org_id).execution_options(populate_existing=True)
    return session.execute(stmt).scalar_one_or_none()


def org_ids(session: Session) -> list[str]:
    """Every organisation with a chain, whether known from its head or only from its events."""
    heads = select(AuditHead.org_id)
    events = select(AuditEvent.org_id).distinct()
    found = set(session.execute(heads).scalars()) | set(session.execute(events).scalars())
    return sorted(found)


def rehash(ev: AuditEvent) -> str:
    """The hash an event should carry, computed from what is stored now."""
    return event_hash(ev.prev_hash, ev.org_id, ev.seq, ev.at, ev.actor, ev.action, ev.channel,
                      ev.object_type, ev.object_id, ev.details)


def iter_events(session: Session, org_id: str, batch: int = 5000) -> Iterator[AuditEvent]:
    last = 0
    while True:
        stmt = (select(AuditEvent).where(col(AuditEvent.org_id) == org_id, col(AuditEvent.seq) > last)
                .order_by(col(AuditEvent.seq)).limit(batch))
        rows = list(session.execute(stmt).scalars())
        if not rows:
            return
        yield from rows
        last = rows[-1].seq
