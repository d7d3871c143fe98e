"""Cards posted to the team channel, the DSL channel and the practitioner, built from stored records."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo

import jinja2

from dialogs.decision_form import INFORMED_LABELS, OUTCOME_LABELS
from dialogs.guidance import CONSENT_LABELS
from dialogs.messages import Action, Card, Choice, Fact, Input, Notice
from dialogs.rulesets import lawful_bases
from storage.models import Consultation, Decision, Escalation

LONDON = ZoneInfo("Europe/London")


@cache
def _env() -> jinja2.Environment:
    # Plain text out: each channel escapes for its own markup, so autoescape would double-escape.
    return jinja2.Environment(
        loader=jinja2.PackageLoader("dialogs", "templates"), autoescape=False,  # noqa: S701
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)


def render(name: str, **kw: object) -> str:
    return _env().get_template(name).render(**kw).strip()


def consultation_card(c: Consultation) -> Card:
    unsure = c.guidance.get("missing_titles", [])
    assert c.id is not None
    return Card(f"consultation-{c.id}", f"Advice wanted (C-{c.id})",
                (render("consultation.txt.j2", c=c, unsure=unsure),),
                actions=(Action("decision.open", "Record decision", "primary", submits=False, value=str(c.id)),),
                ref=("consultation", c.id))


def escalation_card(e: Escalation, c: Consultation, claimed_by_name: str | None = None) -> Card:
    assert e.id is not None
    due = e.deadline_at.astimezone(LONDON).strftime("%a %d %b %H:%M")
    facts = [Fact("Escalation", f"E-{e.id}"), Fact("Respond by", due)]
    actions: tuple[Action, ...] = ()
    if e.status == "open":
        actions = (Action("escalation.claim", "Claim", "primary", submits=False, value=str(e.id)),)
    elif e.status == "claimed":
        facts.append(Fact("Claimed by", claimed_by_name or "a DSL"))
        actions = (Action("escalation.answer_open", "Answer", "primary", submits=False, value=str(e.id)),)
    else:
        facts.append(Fact("Status", "Answered"))
    return Card(f"escalation-{e.id}", ("Urgent: " if e.urgent else "") + "A practitioner asks a DSL",
                (render("escalation.txt.j2", e=e, c=c),), facts=tuple(facts), actions=actions,
                ref=("escalation", e.id))


RECOMMENDATIONS = (("share", "Share"), ("share_part", "Share in part"), ("not_share", "Do not share"),
                   ("more_info", "Need more information"))


def answer_card(e: Escalation, c: Consultation) -> Card:
    assert e.id is not None
    return Card("answer", f"Answer escalation E-{e.id}", (render("escalation.txt.j2", e=e, c=c),),
                inputs=(Input("recommendation", "Your recommendation", "choice",
                              tuple(Choice(v, lbl) for v, lbl in RECOMMENDATIONS)),
                        Input("answer", "Your advice", "long_text", max_length=2000)),
                actions=(Action("send", "Send advice", "primary"),), ref=("escalation", e.id))


def answered_notice(e: Escalation) -> Notice:
    rec = dict(RECOMMENDATIONS).get(e.recommendation or "", "")
    return Notice(f"A DSL has answered your question (E-{e.id}). Recommendation: {rec}.\n\n{e.answer}\n\n"
                  "When you are ready, record your decision.", tone="success")


def decision_facts(d: Decision) -> tuple[Fact, ...]:
    bases = lawful_bases()
    facts = [
        Fact("Decision", OUTCOME_LABELS.get(d.outcome, d.outcome)),
        Fact("What", d.what_shared), Fact("With whom", d.with_whom),
        Fact("When", d.shared_on.isoformat() if d.shared_on else "Not shared"),
        Fact("Purpose", d.purpose), Fact("Lawful basis", bases.label(d.lawful_basis)),
    ]
    if d.special_condition:
        facts.append(Fact("Special category condition", bases.label(d.special_condition)))
    consent = CONSENT_LABELS.get(d.consent, d.consent) + (f": {d.consent_reason}" if d.consent_reason else "")
    told = INFORMED_LABELS.get(d.informed, d.informed) + (f": {d.informed_reason}" if d.informed_reason else "")
    facts += [Fact("Consent", consent), Fact("Person told", told)]
    if d.advice_taken:
        facts.append(Fact("Advice taken", d.advice_taken))
    facts.append(Fact("Reasons", d.reasons))
    if d.requester_told is not None:
        facts.append(Fact("Requester told why not", "Yes" if d.requester_told else "Not yet"))
    if d.corrects_id:
        facts.append(Fact("Corrects", f"D-{d.corrects_id}"))
    facts.append(Fact("Recorded", d.created_at.astimezone(LONDON).strftime("%d %b %Y %H:%M")))
    return tuple(facts)


def decision_card(d: Decision) -> Card:
    """The confirmation shown to the author. "Correct" starts a new record that points at this one."""
    return Card(f"decision-{d.id}", f"Decision D-{d.id} recorded",
                ("Thank you. This record cannot be changed, but you can correct it with a new one.",),
                facts=decision_facts(d), ref=("decision", d.id or 0),
                actions=(Action("decision.correct_open", "Correct", submits=False, value=str(d.id or 0)),))


def correction_thread_notice(new: Decision, old: Decision) -> Notice:
    return Notice(f"Decision D-{old.id} was corrected by D-{new.id}: {OUTCOME_LABELS.get(new.outcome, new.outcome)}.",
                  tone="info")


def decision_thread_notice(d: Decision) -> Notice:
    return Notice(f"Decision D-{d.id} recorded: {OUTCOME_LABELS.get(d.outcome, d.outcome)}. Thank you, everyone.",
                  tone="success")
