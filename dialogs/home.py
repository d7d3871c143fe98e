"""The person's own overview (Slack's App Home, or any channel's "my items"): open consultations,
recent decisions and, for DSLs, the escalations waiting for an answer."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from dialogs.actors import Actor
from dialogs.decision_form import OUTCOME_LABELS
from dialogs.messages import Action, Card
from storage import records
from storage.db import session_scope
from storage.models import Consultation, Decision, Escalation

LONDON = ZoneInfo("Europe/London")
SHOWN = 10
SNIPPET = 90


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[:SNIPPET].rsplit(" ", 1)[0] + "…"


def _day(c: Consultation | Decision | Escalation) -> str:
    return c.created_at.astimezone(LONDON).strftime("%d %b")


def _consultation_line(c: Consultation) -> str:
    who = "a child" if c.subject == "child" else "an adult at risk"
    return f"• C-{c.id}, {_day(c)}, about {who}: {_snippet(c.summary)}"


def _decision_line(d: Decision) -> str:
    return f"• D-{d.id}, {_day(d)}: {OUTCOME_LABELS.get(d.outcome, d.outcome)}, with {_snippet(d.with_whom)}"


def _escalation_line(e: Escalation, me: str) -> str:
    due = e.deadline_at.astimezone(LONDON).strftime("%a %d %b %H:%M")
    state = ("claimed by you" if e.claimed_by == me else "claimed") if e.status == "claimed" else "waiting"
    return f"• {'Urgent: ' if e.urgent else ''}E-{e.id}, {state}, respond by {due}: {_snippet(e.question)}"


def home(engine: Engine, actor: Actor) -> Card:
    with session_scope(engine) as s:
        mine = records.open_consultations(s, actor.org_id, actor.user_id, limit=SHOWN)
        decided = records.decisions(s, actor.org_id, actor.user_id, limit=SHOWN)
        waiting = records.open_escalations(s, actor.org_id, limit=SHOWN) if actor.is_dsl else ()
        sections = ["Your open consultations\n" + ("\n".join(_consultation_line(c) for c in mine)
                                                  or "None at the moment.")]
        sections.append("Your recent decisions\n" + ("\n".join(_decision_line(d) for d in decided)
                                                    or "None recorded yet."))
        if actor.is_dsl:
            sections.append("Escalations waiting for a DSL\n" + (
                "\n".join(_escalation_line(e, actor.user_id) for e in waiting) or "None. Thank you."))
    return Card("home", "Sharewise", tuple(sections),
                actions=(Action("home.seek_advice", "Seek advice", "primary", submits=False),))
