"""What reminders say: escalations past their deadline, deputies, and nudges to record a decision.

Each names records by their reference (E-12, C-7) and carries no case text: the DSL channel already
holds the anonymised question, and a direct message is no place to repeat it.
"""

from __future__ import annotations

from datetime import datetime

from dialogs.messages import Action, Card, Fact
from dialogs.schedule import Schedule
from storage.models import Consultation, Escalation


def _when(at: datetime, schedule: Schedule) -> str:
    return at.astimezone(schedule.zone).strftime("%a %-d %b %H:%M")


def escalation_reminder(e: Escalation, schedule: Schedule) -> Card:
    assert e.id is not None
    urgent = "urgent " if e.urgent else ""
    if e.status == "open":
        text = (f"The {urgent}escalation E-{e.id} passed its deadline and nobody has claimed it yet. "
                "If you can take it, please claim it now.")
        actions = (Action("escalation.claim", "Claim", "primary", submits=False, value=str(e.id)),)
    else:
        text = (f"The {urgent}escalation E-{e.id} passed its deadline and is claimed but not yet answered. "
                "The practitioner is still waiting for advice.")
        actions = (Action("escalation.answer_open", "Answer", "primary", submits=False, value=str(e.id)),)
    return Card(f"reminder-escalation-{e.id}", ("Urgent: " if e.urgent else "") + f"E-{e.id} is waiting",
                (text,), facts=(Fact("Respond by", _when(e.deadline_at, schedule)),),
                actions=actions, ref=("escalation", e.id))


def deputy_alert(e: Escalation, schedule: Schedule) -> Card:
    assert e.id is not None
    state = "nobody has claimed it" if e.status == "open" else "it has not been answered"
    text = (f"You are on the deputy list. The {'urgent ' if e.urgent else ''}escalation E-{e.id} is past its "
            f"deadline and {state}. Please look at it in the DSL channel, or ask another DSL to.")
    actions: tuple[Action, ...] = ()
    if e.status == "open":
        actions = (Action("escalation.claim", "Claim", "primary", submits=False, value=str(e.id)),)
    return Card(f"deputy-escalation-{e.id}", f"E-{e.id} needs a DSL", (text,),
                facts=(Fact("Deadline was", _when(e.deadline_at, schedule)),), actions=actions,
                ref=("escalation", e.id))


def nudge(c: Consultation, schedule: Schedule) -> Card:
    """Golden rule 7: a gentle prompt to write the decision down, with a button that opens the form."""
    assert c.id is not None
    text = (f"You asked for advice on C-{c.id} on {c.created_at.astimezone(schedule.zone).strftime('%-d %B')}. "
            "When you are ready, please record what you decided and why — whether or not you shared. "
            "If you are still deciding, that is fine; ask a DSL if you are unsure.")
    return Card(f"nudge-consultation-{c.id}", f"Have you decided about C-{c.id}?", (text,),
                actions=(Action("decision.open", "Record decision now", "primary", submits=False,
                                value=str(c.id)),),
                ref=("consultation", c.id))
