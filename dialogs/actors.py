"""Who is acting, and what they may do. Decided here, once, before any action runs."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    PRACTITIONER = "practitioner"
    DSL = "dsl"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Actor:
    org_id: str
    user_id: str
    channel: str  # slack | teams | console | cli | scheduler
    roles: frozenset[Role] = field(default_factory=lambda: frozenset({Role.PRACTITIONER}))
    name: str = ""

    @property
    def is_dsl(self) -> bool:
        return Role.DSL in self.roles

    @property
    def is_admin(self) -> bool:
        return Role.ADMIN in self.roles


class Forbidden(Exception):
    """The actor may not do this. The message is safe to show them."""

    def __init__(self, action: str, message: str) -> None:
        super().__init__(message)
        self.action = action
        self.message = message


#: action -> (roles allowed for anyone's record, whether the record's owner may also do it)
RULES: dict[str, tuple[frozenset[Role], bool]] = {
    "dialog.use": (frozenset({Role.PRACTITIONER, Role.DSL, Role.ADMIN}), True),
    "consultation.view": (frozenset({Role.DSL}), True),
    "consultation.advise": (frozenset({Role.PRACTITIONER, Role.DSL, Role.ADMIN}), True),
    "decision.record": (frozenset(), True),
    "decision.view": (frozenset({Role.DSL}), True),
    "decision.correct": (frozenset({Role.DSL}), True),
    "escalation.raise": (frozenset(), True),
    "escalation.view": (frozenset({Role.DSL}), True),
    "escalation.claim": (frozenset({Role.DSL}), False),
    "escalation.answer": (frozenset({Role.DSL}), False),
    "records.export": (frozenset({Role.DSL}), False),
    "roles.change": (frozenset({Role.ADMIN}), False),
    "records.purge": (frozenset({Role.ADMIN}), False),
}

REFUSALS: dict[str, str] = {
    "escalation.claim": "Only a designated safeguarding lead can claim an escalation.",
    "escalation.answer": "Only the DSL who claimed this escalation can answer it.",
    "records.export": "Only a designated safeguarding lead can export records.",
    "roles.change": "Only an admin can change who is a DSL.",
    "records.purge": "Only an admin can purge records.",
    "decision.correct": "Only the person who recorded this decision, or a DSL, can correct it.",
    "decision.view": "Only the person who recorded this decision, or a DSL, can see it.",
    "consultation.view": "Only the person who asked, or a DSL, can see this consultation.",
    "escalation.view": "Only the person who asked, or a DSL, can see this escalation.",
}


def allowed(actor: Actor, action: str, *, owner_id: str | None = None, org_id: str | None = None) -> bool:
    if org_id is not None and org_id != actor.org_id:
        return False  # organisations never see each other's records
    roles, owner_ok = RULES[action]
    if actor.roles & roles:
        return True
    return owner_ok and owner_id is not None and owner_id == actor.user_id


def require(actor: Actor, action: str, *, owner_id: str | None = None, org_id: str | None = None) -> None:
    if not allowed(actor, action, owner_id=owner_id, org_id=org_id):
        raise Forbidden(action, REFUSALS.get(action, "Sorry, you cannot do that. It belongs to someone else."))
