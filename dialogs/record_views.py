"""Looking at one record: the practitioner sees their own, a DSL sees everything in their organisation,
nobody sees another organisation's. Refusals are audited like any other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogs import guard, posts
from dialogs import records as rec
from dialogs.actors import Actor, Forbidden, require
from dialogs.messages import Card, Fact, Notice, Reply
from storage import records
from storage.db import session_scope
from storage.models import Consultation, Decision, Escalation

if TYPE_CHECKING:
    from dialogs.runtime import Sharewise


def view_decision(core: Sharewise, actor: Actor, decision_id: int) -> Reply:
    with session_scope(core.engine) as s:
        d = records.decision(s, actor.org_id, decision_id)
        if d is None:
            return guard.not_found(s, actor, Decision, decision_id, "decision.view",
                                   "That decision could not be found.")
        try:
            require(actor, "decision.view", owner_id=d.author_id, org_id=d.org_id)
        except Forbidden as exc:
            return rec.refuse(s, actor, exc, "decision", decision_id)
        facts = list(posts.decision_facts(d))
        facts += [Fact("Corrected by", f"D-{later.id}") for later in records.corrections_of(s, decision_id)]
        if d.purged:
            facts.append(Fact("Retention", "Its text was removed when its retention period ended."))
        return Reply([Card(f"decision-{d.id}", f"Decision D-{d.id}", facts=tuple(facts),
                           ref=("decision", decision_id))])


def view_consultation(core: Sharewise, actor: Actor, consultation_id: int) -> Reply:
    with session_scope(core.engine) as s:
        c = records.consultation(s, actor.org_id, consultation_id)
        if c is None:
            return guard.not_found(s, actor, Consultation, consultation_id, "consultation.view",
                                   "That consultation could not be found.")
        try:
            require(actor, "consultation.view", owner_id=c.author_id, org_id=c.org_id)
        except Forbidden as exc:
            return rec.refuse(s, actor, exc, "consultation", consultation_id)
        advice = records.advice_for(s, consultation_id)
        sections = (c.summary or "Its text was removed when its retention period ended.",
                    *(f"Advice: {a.text}" for a in advice))
        return Reply([Card(f"consultation-{c.id}", f"Consultation C-{c.id}", sections,
                           facts=(Fact("Status", c.status), Fact("Advice received", str(len(advice)))),
                           ref=("consultation", consultation_id))])


def view_escalation(core: Sharewise, actor: Actor, escalation_id: int) -> Reply:
    with session_scope(core.engine) as s:
        e = records.escalation(s, actor.org_id, escalation_id)
        if e is None:
            return guard.not_found(s, actor, Escalation, escalation_id, "escalation.view",
                                   "That escalation could not be found.")
        try:
            require(actor, "escalation.view", owner_id=e.requested_by, org_id=e.org_id)
        except Forbidden as exc:
            return rec.refuse(s, actor, exc, "escalation", escalation_id)
        c = records.consultation(s, actor.org_id, e.consultation_id)
        if c is None:
            return Reply([Notice("That escalation could not be found.", tone="warning")])
        return Reply([posts.escalation_card(e, c)])
