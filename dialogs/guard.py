"""Records asked for by id: another organisation's record is refused and audited, yet answered exactly as
if it did not exist, so nobody learns what another organisation holds."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from dialogs.actors import Actor
from dialogs.messages import Notice, Reply
from storage import audit
from storage.models import Consultation, Decision, Escalation

Record = type[Consultation] | type[Escalation] | type[Decision]
KINDS: dict[Any, str] = {Consultation: "consultation", Escalation: "escalation", Decision: "decision"}


def not_found(session: Session, actor: Actor, model: Record, rid: int, action: str, message: str) -> Reply:
    """The answer when `rid` is not in the actor's organisation; a cross-organisation try leaves a trace."""
    row = session.get(model, rid)
    if row is not None and getattr(row, "org_id", actor.org_id) != actor.org_id:
        audit.append(session, org_id=actor.org_id, actor=actor.user_id, action="access.refused",
                     channel=actor.channel, object_type=KINDS[model], object_id=str(rid),
                     details={"attempted": action, "reason": "another organisation"})
    return Reply([Notice(message, tone="warning")])
