"""Creating and changing records: consultations, advice, escalations, decisions. Each change is audited."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlmodel import Session

from dialogs import guard, posts
from dialogs.actors import Actor, Forbidden, require
from dialogs.anonymise import anonymise
from dialogs.guidance import advise
from dialogs.messages import Notice, Post, Reply
from dialogs.policy import Policy
from dialogs.rulesets import Ruleset
from dialogs.text import clean, too_long
from storage import audit, records
from storage.fingerprint import decision_fingerprint
from storage.models import Advice, Consultation, Decision, Escalation
from storage.types import utcnow

#: Kept here too, because many callers already say `records.refuse`.
refuse = guard.refuse


def ensure_consultation(session: Session, actor: Actor, ruleset: Ruleset, answers: dict[str, Any]) -> Consultation:
    cid = answers.get("consultation_id")
    if cid:
        existing = records.consultation(session, actor.org_id, int(cid))
        if existing is not None:
            return existing
    g = advise(ruleset, answers)
    c = Consultation(
        org_id=actor.org_id, author_id=actor.user_id, channel=actor.channel,
        subject=answers.get("subject", "child"), summary=answers.get("summary", ""),
        request={k: answers.get(k, "") for k in ("requester", "information", "purpose", "special",
                                                  "consent", "consent_reason", "immediate_risk")},
        guidance={**g.as_dict(), "missing_titles": [m[0] for m in g.missing]}, ruleset=ruleset.id,
    )
    records.add(session, c)
    answers["consultation_id"] = c.id
    return c


def post_consultation(session: Session, actor: Actor, c: Consultation) -> Post:
    audit.append(session, org_id=actor.org_id, actor=actor.user_id, action="consultation.posted",
                 channel=actor.channel, object_type="consultation", object_id=str(c.id))
    assert c.id is not None
    return Post("team", posts.consultation_card(c), record=("consultation", c.id))


def raise_escalation(session: Session, actor: Actor, policy: Policy, c: Consultation, urgent: bool,
                     question: str) -> tuple[Escalation, Post]:
    hours = policy.urgent_escalation_hours if urgent else policy.escalation_hours
    e = Escalation(org_id=actor.org_id, consultation_id=c.id or 0, requested_by=actor.user_id, urgent=urgent,
                   question=question, deadline_at=utcnow() + timedelta(hours=hours))
    records.add(session, e)
    audit.append(session, org_id=actor.org_id, actor=actor.user_id, action="escalation.raised",
                 channel=actor.channel, object_type="escalation", object_id=str(e.id), details={"urgent": urgent})
    assert e.id is not None
    return e, Post("dsl", posts.escalation_card(e, c), record=("escalation", e.id))


def add_advice(session: Session, actor: Actor, post_ref: str, text: str, external_id: str) -> Reply:
    """A reply in a consultation's thread, stored only in anonymised form."""
    c = records.consultation_by_post(session, actor.org_id, post_ref)
    if c is None or c.id is None:
        return Reply()
    cleaned = clean(text)
    if not cleaned or too_long(cleaned, 4000):
        return Reply()
    red = anonymise(cleaned)
    row = Advice(consultation_id=c.id, author_id=actor.user_id, source="thread", text=red.text,
                 external_id=external_id)
    from sqlalchemy.exc import IntegrityError

    try:
        with session.begin_nested():
            records.add(session, row)
    except IntegrityError:
        return Reply()  # the platform delivered this reply twice
    audit.append(session, org_id=actor.org_id, actor=actor.user_id, action="advice.added", channel=actor.channel,
                 object_type="consultation", object_id=str(c.id), details={"hidden": red.summary()})
    return Reply()


def claim(session: Session, actor: Actor, eid: int) -> Reply:
    e = records.escalation(session, actor.org_id, eid)
    if e is None:
        return guard.not_found(session, actor, Escalation, eid, "escalation.claim",
                               "That escalation could not be found.")
    try:
        require(actor, "escalation.claim", org_id=e.org_id)
    except Forbidden as exc:
        return refuse(session, actor, exc, "escalation", eid)
    if not records.claim_escalation(session, eid, actor.user_id):
        session.refresh(e)
        who = "you" if e.claimed_by == actor.user_id else "another DSL"
        return Reply([Notice(f"E-{eid} was already claimed by {who}.", tone="info")])
    audit.append(session, org_id=actor.org_id, actor=actor.user_id, action="escalation.claimed",
                 channel=actor.channel, object_type="escalation", object_id=str(eid))
    session.refresh(e)
    c = records.consultation(session, actor.org_id, e.consultation_id)
    assert c is not None
    reply = Reply([Notice(f"You have claimed E-{eid}.", tone="success")])
    reply.posts.append(Post("dsl", posts.escalation_card(e, c, actor.name or None), record=("escalation", eid)))
    return reply


def answer(session: Session, actor: Actor, eid: int, recommendation: str, text: str) -> Reply:
    e = records.escalation(session, actor.org_id, eid)
    if e is None:
        return guard.not_found(session, actor, Escalation, eid, "escalation.answer",
                               "That escalation could not be found.")
    try:
        require(actor, "escalation.answer", org_id=e.org_id)
        if e.claimed_by != actor.user_id:
            raise Forbidden("escalation.answer", "Only the DSL who claimed this escalation can answer it.")
    except Forbidden as exc:
        return refuse(session, actor, exc, "escalation", eid)
    red = anonymise(text)
    if not records.answer_escalation(session, eid, actor.user_id, red.text, recommendation):
        return Reply([Notice(f"E-{eid} has already been answered.", tone="info")])
    session.add(Advice(consultation_id=e.consultation_id, author_id=actor.user_id, source="dsl", text=red.text))
    audit.append(session, org_id=actor.org_id, actor=actor.user_id, action="escalation.answered",
                 channel=actor.channel, object_type="escalation", object_id=str(eid),
                 details={"recommendation": recommendation})
    session.flush()
    session.refresh(e)
    c = records.consultation(session, actor.org_id, e.consultation_id)
    assert c is not None
    return Reply([Notice(f"Thank you. Your advice on E-{eid} has been sent.", tone="success")],
                 [Post("user", posts.answered_notice(e), user_id=e.requested_by),
                  Post("dsl", posts.escalation_card(e, c), record=("escalation", eid))])


FREE_TEXT_IN_RECORD = ("what_shared", "with_whom", "purpose", "consent_reason", "informed_reason",
                       "advice_taken", "reasons")


def save_decision(session: Session, actor: Actor, ruleset: Ruleset, c: Consultation | None,
                  form: dict[str, Any], corrects: Decision | None = None) -> Decision:
    from datetime import date

    values = dict(form)
    for key in FREE_TEXT_IN_RECORD:
        values[key] = anonymise(values.get(key) or "").text
    shared_on = values.get("shared_on")
    if isinstance(shared_on, str) and shared_on:
        shared_on = date.fromisoformat(shared_on)
    d = Decision(
        org_id=actor.org_id, consultation_id=c.id if c else None, author_id=actor.user_id, channel=actor.channel,
        subject=c.subject if c else values.get("subject", "child"), outcome=values["outcome"],
        what_shared=values["what_shared"], with_whom=values["with_whom"], shared_on=shared_on or None,
        purpose=values["purpose"], lawful_basis=values["lawful_basis"],
        special_condition=values.get("special_condition"), consent=values["consent"],
        consent_reason=values.get("consent_reason") or "", informed=values["informed"],
        informed_reason=values.get("informed_reason") or "", advice_taken=values.get("advice_taken") or "",
        reasons=values["reasons"], requester_told=values.get("requester_told"),
        case_reference=values.get("case_reference"), ruleset=ruleset.id,
        corrects_id=corrects.id if corrects else None,
    )
    records.add(session, d)
    if c is not None and c.id is not None and corrects is None:  # a correction keeps the original time
        records.mark_decided(session, c.id, d.created_at)
    audit.append(session, org_id=actor.org_id, actor=actor.user_id,
                 action="decision.corrected" if corrects else "decision.recorded", channel=actor.channel,
                 object_type="decision", object_id=str(d.id),
                 details={"outcome": d.outcome, "corrects": corrects.id if corrects else None,
                          "fingerprint": decision_fingerprint(d)})
    return d
