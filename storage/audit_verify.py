"""Prove the audit log untouched: walk each organisation's chain and name the first event that is not.

A chain is intact when its events run 1, 2, 3 ... with no gap, each event names the hash of the one before,
each hash matches the event's stored fields, and the last event is the tip recorded in `audit_head`.
The walk reads the head first and stops there, so it can run while the bot is appending.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Row, func, select
from sqlmodel import Session

from storage.audit import GENESIS, event_hash, head, org_ids
from storage.models import AuditEvent

Kind = Literal["altered", "removed", "reordered", "added", "head"]

_EV = AuditEvent.__table__.c  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Break:
    """The first place a chain fails; `seq` is the event to look at."""

    org_id: str
    seq: int
    kind: Kind
    message: str


@dataclass(frozen=True)
class ChainReport:
    org_id: str
    events: int
    head_seq: int
    head_hash: str
    problem: Break | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _rows(session: Session, org_id: str, upto: int, batch: int) -> Iterator[Row[Any]]:
    # Keyset pages by seq: constant memory however long the chain, and no long-held cursor.
    last = 0
    while last < upto:
        stmt = (select(_EV.seq, _EV.at, _EV.actor, _EV.action, _EV.channel, _EV.object_type, _EV.object_id,
                       _EV.details, _EV.prev_hash, _EV.hash)
                .where(_EV.org_id == org_id, _EV.seq > last, _EV.seq <= upto)
                .order_by(_EV.seq).limit(batch))
        rows = session.execute(stmt).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def _seq_with_hash(session: Session, org_id: str, h: str) -> int | None:
    stmt = select(_EV.seq).where(_EV.org_id == org_id, _EV.hash == h).limit(1)
    return session.execute(stmt).scalar_one_or_none()


def _linkage_break(session: Session, org_id: str, seq: int, prev_hash: str) -> Break:
    origin = _seq_with_hash(session, org_id, prev_hash)
    if origin is not None and origin != seq - 1:
        return Break(org_id, seq, "reordered",
                     f"event {seq} is out of order: it was written straight after the event now numbered {origin}")
    if origin is None:
        return Break(org_id, seq, "removed",
                     f"the event written just before event {seq} is no longer in the log: it was removed, "
                     "or changed and re-hashed")
    return Break(org_id, seq - 1, "altered", f"event {seq - 1} was changed and re-hashed after it was written")


def verify_chain(session: Session, org_id: str, batch: int = 5000) -> ChainReport:
    tip = head(session, org_id)
    if tip is None:
        count = session.execute(select(func.count()).where(_EV.org_id == org_id)).scalar_one()
        problem = Break(org_id, 1, "head", "the chain's head record is missing") if count else None
        return ChainReport(org_id, int(count), 0, GENESIS, problem)
    head_seq, head_hash = tip.seq, tip.hash
    expected, prev, walked = 1, GENESIS, 0
    for r in _rows(session, org_id, head_seq, batch):
        if r.seq != expected:
            gap = f"event {expected} is" if r.seq == expected + 1 else f"events {expected} to {r.seq - 1} are"
            return ChainReport(org_id, walked, head_seq, head_hash,
                               Break(org_id, expected, "removed", f"{gap} missing from the log"))
        if r.prev_hash != prev:
            return ChainReport(org_id, walked, head_seq, head_hash,
                               _linkage_break(session, org_id, r.seq, r.prev_hash))
        actual = event_hash(r.prev_hash, org_id, r.seq, r.at, r.actor, r.action, r.channel, r.object_type,
                            r.object_id, r.details)
        if actual != r.hash:
            return ChainReport(org_id, walked, head_seq, head_hash,
                               Break(org_id, r.seq, "altered",
                                     f"event {r.seq} ({r.action}) was changed after it was written"))
        prev, expected, walked = r.hash, expected + 1, walked + 1
    if walked != head_seq:
        first = walked + 1
        what = f"event {first} is" if first == head_seq else f"events {first} to {head_seq} are"
        return ChainReport(org_id, walked, head_seq, head_hash,
                           Break(org_id, first, "removed", f"{what} missing from the end of the log"))
    if prev != head_hash:
        return ChainReport(org_id, walked, head_seq, head_hash,
                           Break(org_id, head_seq, "head", f"event {head_seq} is not the tip the log recorded"))
    # Events beyond the tip that the tip has not caught up with were not written by Sharewise.
    top = session.execute(select(func.max(_EV.seq)).where(_EV.org_id == org_id)).scalar_one()
    now = head(session, org_id)
    if top is not None and now is not None and top > now.seq:
        return ChainReport(org_id, walked, head_seq, head_hash,
                           Break(org_id, now.seq + 1, "added", f"event {now.seq + 1} was added outside Sharewise"))
    return ChainReport(org_id, walked, head_seq, head_hash)


def verify_all(session: Session, only: str | None = None) -> list[ChainReport]:
    orgs = [only] if only is not None else org_ids(session)
    return [verify_chain(session, org) for org in orgs]
