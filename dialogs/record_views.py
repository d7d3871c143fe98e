"""Looking at one record: the practitioner sees their own, a DSL sees everything in their organisation,
nobody sees another organisation's. Refusals are audited like any other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogs import guard, posts
from dialogs.actors import Actor
from dialogs.messages import Card, Fact, Notice, Reply
from storage import records
from storage.db import session_scope
from storage.models import Consultation, Decision, Escalation

if TYPE_CHECKING:
    from dialogs.runtime import Sharewise


def view_decision(core: Sharewise, actor: Actor, decision_id: int) -> Reply:
    with session_scope(core.engine) as s:
        d = guard.fetch(s, actor, Decision, decision_id, "decision.view", "author_id")
        if isinstance(d, Reply):
            return d
        facts = list(posts.decision_facts(d))
        facts += [Fact("Corrected by", f"D-{later.id}") for later in records.corrections_of(s, decision_id)]
        if d.purged:
            facts.append(Fact("Retention", "Its text was removed when its retention period ended."))
        return Reply([Card(f"decision-{d.id}", f"Decision D-{d.id}", facts=tuple(facts),
                           ref=("decision", decision_id))])


def view_consultation(core: Sharewise, actor: Actor, consultation_id: int) -> Reply:
    with session_scope(core.engine) as s:
        c = guard.fetch(s, actor, Consultation, consultation_id, "consultation.view", "author_id")
        if isinstance(c, Reply):
            return c
        advice = records.advice_for(s, consultation_id)
        sections = (c.summary or "Its text was removed when its retention period ended.",
                    *(f"Advice: {a.text}" for a in advice))
        return Reply([Card(f"consultation-{c.id}", f"Consultation C-{c.id}", sections,
                           facts=(Fact("Status", c.status), Fact("Advice received", str(len(advice)))),
                           ref=("consultation", consultation_id))])


def view_escalation(core: Sharewise, actor: Actor, escalation_id: int) -> Reply:
    with session_scope(core.engine) as s:
        e = guard.fetch(s, actor, Escalation, escalation_id, "escalation.view", "requested_by")
        if isinstance(e, Reply):
            return e
        c = records.consultation(s, actor.org_id, e.consultation_id)
        if c is None:
            return Reply([Notice("That escalation could not be found.", tone="warning")])
        return Reply([posts.escalation_card(e, c)])
