"""Correcting a saved decision: the original is never changed; the correction is a new record that points
at it (`Decision.corrects_id`). Only the decision's author, or a DSL of the same organisation, may do it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from dialogs import guard, posts
from dialogs import records as rec
from dialogs.actors import Actor, Forbidden, require
from dialogs.decision_form import NO_SPECIAL, check, form_inputs
from dialogs.messages import Action, Card, Notice, Post, Reply, Submission
from storage import records
from storage.db import session_scope
from storage.models import Decision

if TYPE_CHECKING:
    from dialogs.runtime import Sharewise

NOT_FOUND = "That decision could not be found."


def _target(s: Session, actor: Actor, decision_id: int) -> Decision | Reply:
    # Locked, so two people correcting the same decision at once cannot both succeed.
    d = s.execute(select(Decision).where(col(Decision.id) == decision_id).with_for_update()).scalar_one_or_none()
    if d is None or d.org_id != actor.org_id:
        return guard.not_found(s, actor, Decision, decision_id, "decision.correct", NOT_FOUND)
    try:
        require(actor, "decision.correct", owner_id=d.author_id, org_id=d.org_id)
    except Forbidden as exc:
        return rec.refuse(s, actor, exc, "decision", decision_id)
    if d.purged:
        return Reply([Notice(f"D-{d.id} has passed its retention period and its text was removed, "
                             "so it cannot be corrected.", tone="info")])
    later = records.corrections_of(s, decision_id)
    if later:
        return Reply([Notice(f"D-{d.id} was already corrected by D-{later[-1].id}. "
                             f"Please correct D-{later[-1].id} instead.", tone="info")])
    return d


def _special(s: Session, d: Decision) -> bool:
    c = records.consultation(s, d.org_id, d.consultation_id) if d.consultation_id else None
    return d.special_condition is not None or (c is not None and c.request.get("special") == "yes")


def _prefill(d: Decision) -> dict[str, Any]:
    values = {k: getattr(d, k) for k in (
        "outcome", "what_shared", "with_whom", "purpose", "lawful_basis", "consent", "consent_reason",
        "informed", "informed_reason", "advice_taken", "reasons", "case_reference")}
    values["shared_on"] = d.shared_on.isoformat() if d.shared_on else None
    values["special_condition"] = d.special_condition or NO_SPECIAL
    values["requester_told"] = None if d.requester_told is None else ("yes" if d.requester_told else "no")
    return values


def _form(d: Decision, special: bool, prefill: dict[str, Any], errors: dict[str, str]) -> Card:
    assert d.id is not None
    return Card("correction", f"Correct decision D-{d.id}",
                ("The original stays on the record. Your correction is saved as a new decision that points "
                 "to it. In your reasons, say what was wrong.",),
                inputs=form_inputs(prefill, special), actions=(Action("save", "Save correction", "primary"),),
                errors=errors, ref=("decision", d.id))


def correction_form(core: Sharewise, actor: Actor, decision_id: int) -> Reply:
    with session_scope(core.engine) as s:
        found = _target(s, actor, decision_id)
        if isinstance(found, Reply):
            return found
        return Reply([_form(found, _special(s, found), _prefill(found), {})])


def correct_decision(core: Sharewise, actor: Actor, decision_id: int, sub: Submission) -> Reply:
    """Save a correction of `decision_id`, audited as `decision.corrected`."""
    with session_scope(core.engine) as s:
        found = _target(s, actor, decision_id)
        if isinstance(found, Reply):
            return found
        special = _special(s, found)
        checked = check(sub, special, core.policy.max_field_chars)
        if checked.errors:
            shown = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in checked.values.items()}
            return Reply([_form(found, special, shown, checked.errors)])
        c = records.consultation(s, found.org_id, found.consultation_id) if found.consultation_id else None
        new = rec.save_decision(s, actor, core.ruleset, c, {**checked.values, "subject": found.subject},
                                corrects=found)
        reply = Reply([Notice(f"Saved as D-{new.id}, which corrects D-{found.id}. The original stays on the "
                              "record.", tone="success"), posts.decision_card(new)], done=True)
        if c is not None and c.post_ref:  # the team saw the decision in the thread, so they see the correction
            reply.posts.append(Post("team", posts.correction_thread_notice(new, found), thread_of=c.post_ref))
        return reply
