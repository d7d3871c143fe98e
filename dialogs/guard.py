"""Records asked for by id: another organisation's record is refused and audited, yet answered exactly as
if it did not exist, so nobody learns what another organisation holds."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import Session

from dialogs.actors import Actor, Forbidden, require
from dialogs.messages import Notice, Reply
from storage import audit
from storage.models import Consultation, Decision, Escalation

Record = type[Consultation] | type[Escalation] | type[Decision]
R = TypeVar("R", Consultation, Escalation, Decision)
KINDS: dict[Any, str] = {Consultation: "consultation", Escalation: "escalation", Decision: "decision"}


def not_found(session: Session, actor: Actor, model: Record, rid: int, action: str, message: str) -> Reply:
    """The answer when `rid` is not in the actor's organisation; a cross-organisation try leaves a trace."""
    row = session.get(model, rid)
    if row is not None and getattr(row, "org_id", actor.org_id) != actor.org_id:
        audit.append(session, org_id=actor.org_id, actor=actor.user_id, action="access.refused",
                     channel=actor.channel, object_type=KINDS[model], object_id=str(rid),
                     details={"attempted": action, "reason": "another organisation"})
    return Reply([Notice(message, tone="warning")])


def refuse(session: Session, actor: Actor, exc: Forbidden, object_type: str = "", object_id: Any = "") -> Reply:
    """A refused action is answered kindly and leaves a trace in the audit chain."""
    audit.append(session, org_id=actor.org_id, actor=actor.user_id, action="access.refused", channel=actor.channel,
                 object_type=object_type, object_id=str(object_id), details={"attempted": exc.action})
    return Reply([Notice(exc.message, tone="warning")])


def fetch(session: Session, actor: Actor, model: type[R], rid: int, action: str, owner: str,
          refusal: str | None = None) -> R | Reply:
    """The record `rid` if it is in the actor's organisation and they may do `action` to it (`owner` names
    the field holding its owner); otherwise the polite, audited answer to show instead."""
    row = session.get(model, rid)
    if row is None or row.org_id != actor.org_id:
        return not_found(session, actor, model, rid, action, f"That {KINDS[model]} could not be found.")
    try:
        require(actor, action, owner_id=getattr(row, owner), org_id=row.org_id)
    except Forbidden as exc:
        return refuse(session, actor, Forbidden(exc.action, refusal or exc.message), KINDS[model], rid)
    return row
