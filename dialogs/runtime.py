"""The core every channel calls: start and continue dialogs, act on records. No platform in here.

Channels hand in an `Actor` and neutral `Submission`s and get back a `Reply`: messages for the person at
the keyboard and posts for other audiences. Everything runs in one database transaction per call.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

from sqlalchemy.engine import Engine
from sqlmodel import Session

from dialogs import guard, seek_advice
from dialogs import records as rec
from dialogs.actors import Actor, Forbidden, Role
from dialogs.flow import Ctx, Flow, Outcome, with_progress
from dialogs.messages import Action, Card, Notice, Post, Reply, Submission
from dialogs.policy import Policy
from dialogs.rulesets import Ruleset, load_ruleset
from storage import audit, dialog_state, records, roles
from storage.db import session_scope
from storage.models import Consultation, DialogState, Escalation

#: Who is acting, as a channel knows them: (org id, user id, channel, display name).
Who = tuple[str, str, str, str]
#: Work a channel adds at the start of a call's transaction, so the busiest requests take one.
First = Callable[[Session], None]


class Opened(NamedTuple):
    actor: Actor
    reply: Reply
    resumed: bool  # an open dialog was found and shown again, rather than a new one started


ENDED = Notice("This conversation has ended. Start again with “seek advice” whenever you need to.")
STALE = Notice("That step was already done, so nothing changed. Here is where you are now.")


class Sharewise:
    def __init__(self, engine: Engine, policy: Policy) -> None:
        self.engine = engine
        self.policy = policy
        self.ruleset: Ruleset = load_ruleset(policy.ruleset)
        self.flow: Flow = seek_advice.build(self.ruleset)

    # -- who is acting ---------------------------------------------------------------------------------
    def actor(self, org_id: str, user_id: str, channel: str, name: str = "") -> Actor:
        with session_scope(self.engine) as s:
            return self._actor(s, org_id, user_id, channel, name)

    def _actor(self, s: Session, org_id: str, user_id: str, channel: str, name: str) -> Actor:
        granted = roles.roles_of(s, org_id, user_id)
        found = {Role.PRACTITIONER}
        if user_id in self.policy.dsl_users or user_id in self.policy.deputy_users or granted & {"dsl", "deputy"}:
            found.add(Role.DSL)
        if user_id in self.policy.admin_users or "admin" in granted:
            found.add(Role.ADMIN)
        return Actor(org_id, user_id, channel, frozenset(found), name)

    # -- the seek-advice dialog -----------------------------------------------------------------------
    def start(self, actor: Actor, conversation: str, text: str = "") -> Reply:
        with session_scope(self.engine) as s:
            return self._start(s, actor, conversation, text)

    def _start(self, s: Session, actor: Actor, conversation: str, text: str) -> Reply:
        state = dialog_state.start(s, org_id=actor.org_id, channel=actor.channel, user_id=actor.user_id,
                                   conversation=conversation, flow=self.flow.name, step=self.flow.start)
        audit.append(s, org_id=actor.org_id, actor=actor.user_id, action="dialog.started",
                     channel=actor.channel, object_type="dialog", object_id=str(state.id))
        carry = {"raw": text} if text.strip() else {}
        return Reply([self._card(actor, state, {}, carry)])

    def resume(self, actor: Actor, conversation: str) -> Reply | None:
        """The card a person was on, after a restart or on another replica; None if nothing is open."""
        with session_scope(self.engine) as s:
            return self._resume(s, actor, conversation)

    def _resume(self, s: Session, actor: Actor, conversation: str) -> Reply | None:
        state = dialog_state.find_active(s, actor.org_id, actor.channel, actor.user_id, conversation)
        if state is None:
            return None
        return Reply([self._card(actor, state, {}, {"resume": True})])

    # -- one unit of work per request, for the busiest channel paths ------------------------------------
    def open(self, who: Who, conversation: str, text: str = "", resume: bool = True,
             first: First | None = None) -> Opened:
        """`actor` + (`resume` when nothing was typed, else `start`) in one transaction: "seek advice".
        `first` runs at the start of that transaction (a channel claiming the request once, say); whatever
        it raises rolls the whole of it back."""
        with session_scope(self.engine) as s:
            if first is not None:
                first(s)
            actor = self._actor(s, *who)
            if resume and not text.strip():
                resumed = self._resume(s, actor, conversation)
                if resumed is not None:
                    return Opened(actor, resumed, True)
            return Opened(actor, self._start(s, actor, conversation, text), False)

    def submit_as(self, who: Who, conversation: str, sub: Submission,
                  first: First | None = None) -> tuple[Actor, Reply]:
        """`actor` + `submit` in one transaction: a step of the dialog (`first` as for `open`)."""
        with session_scope(self.engine) as s:
            if first is not None:
                first(s)
            actor = self._actor(s, *who)
            return actor, self._submit(s, actor, conversation, sub)

    def submit(self, actor: Actor, conversation: str, sub: Submission) -> Reply:
        with session_scope(self.engine) as s:
            return self._submit(s, actor, conversation, sub)

    def _submit(self, s: Session, actor: Actor, conversation: str, sub: Submission) -> Reply:
        state = self._find(s, actor, conversation, sub)
        if state is None:
            return Reply([ENDED], done=True)
        if sub.version is not None and sub.version != state.version:
            return Reply([STALE, self._card(actor, state, {}, {"resume": True})])
        if sub.action == "cancel":
            dialog_state.advance(s, state, step=state.step, answers=state.answers, status="cancelled")
            posted = bool(state.answers.get("consultation_posted"))
            text = ("Stopped. Your question stays with your team." if posted
                    else "Stopped. Nothing was shared, and what you typed was not kept.")
            return Reply([Notice(text)], done=True)
        ctx = Ctx(actor, self.policy, self.ruleset, copy.deepcopy(state.answers), dict(sub.carry))
        step = self.flow.steps[state.step]
        out = step.handle(ctx, sub)
        answers = {**ctx.answers, **out.answers}
        reply = Reply()
        if out.effect:
            self._effect(s, actor, answers, out, reply)
        if reply.done:
            dialog_state.advance(s, state, step=state.step, answers=answers, status="done")
            return reply
        next_id = state.step if out.stay else self.flow.next_step(state.step, answers)
        if next_id is None:
            dialog_state.advance(s, state, step=state.step, answers=answers, status="done")
            reply.done = True
            return reply
        if answers != state.answers or next_id != state.step:
            try:
                state = dialog_state.advance(s, state, step=next_id, answers=answers)
            except dialog_state.StaleDialog:
                return Reply([STALE])
        carry = {**ctx.carry, **out.carry}
        reply.messages.append(self._card(actor, state, out.errors, carry))
        return reply

    def _find(self, s: Session, actor: Actor, conversation: str, sub: Submission) -> DialogState | None:
        if sub.dialog_id is not None:
            state = dialog_state.get(s, sub.dialog_id)
        else:
            state = dialog_state.find_active(s, actor.org_id, actor.channel, actor.user_id, conversation)
        if state is None or state.status != "active":
            return None
        if state.org_id != actor.org_id or state.user_id != actor.user_id:
            return None  # someone else's dialog: behave as if it does not exist
        return state

    def _card(self, actor: Actor, state: DialogState, errors: dict[str, str], carry: dict[str, Any]) -> Card:
        ctx = Ctx(actor, self.policy, self.ruleset, state.answers, carry)
        card = with_progress(self.flow.steps[state.step].card(ctx), self.flow, state.step)
        keep = {k: str(v) for k, v in carry.items() if k == "raw" and v and state.step in ("risk", "emergency")}
        return replace(card, errors=errors, dialog_id=state.id, version=state.version, carry=keep)

    def _effect(self, s: Session, actor: Actor, answers: dict[str, Any], out: Outcome, reply: Reply) -> None:
        c = rec.ensure_consultation(s, actor, self.ruleset, answers)
        if out.effect == "finish":
            reply.messages.append(Notice(f"Saved as C-{c.id}. You can record your decision later from it "
                                         "(in the app's home page or the consultation), whenever you are ready."))
            reply.done = True
            return
        if out.effect == "consult" and not answers.get("consultation_posted"):
            reply.posts.append(rec.post_consultation(s, actor, c))
            answers["consultation_posted"] = True
            reply.messages.append(Notice("Posted to your team without names. Replies in its thread are saved "
                                         "as advice.", tone="success"))
        elif out.effect == "escalate":
            e, post = rec.raise_escalation(s, actor, self.policy, c, answers.get("urgent") == "yes",
                                           answers.get("question", ""))
            answers["escalation_id"] = e.id
            reply.posts.append(post)
            reply.messages.append(Notice(f"Sent to the DSLs as E-{e.id}. You will hear back here.", tone="success"))
        elif out.effect == "record":
            d = rec.save_decision(s, actor, self.ruleset, c, out.carry["form"])
            reply.messages.append(seek_advice_done(d))
            if c.post_ref:
                reply.posts.append(Post("team", rec.posts.decision_thread_notice(d), thread_of=c.post_ref))
            reply.done = True

    # -- records outside the dialog (thread replies, buttons on posts) --------------------------------
    def add_advice(self, actor: Actor, post_ref: str, text: str, external_id: str) -> Reply:
        with session_scope(self.engine) as s:
            return rec.add_advice(s, actor, post_ref, text, external_id)

    def claim(self, actor: Actor, escalation_id: int) -> Reply:
        with session_scope(self.engine) as s:
            return rec.claim(s, actor, escalation_id)

    def answer_form(self, actor: Actor, escalation_id: int) -> Reply:
        with session_scope(self.engine) as s:
            e = records.escalation(s, actor.org_id, escalation_id)
            if e is None:
                return guard.not_found(s, actor, Escalation, escalation_id, "escalation.answer",
                                       "That escalation could not be found.")
            if e.status != "claimed" or e.claimed_by != actor.user_id:
                exc = Forbidden("escalation.answer", "Only the DSL who claimed this escalation can answer it.")
                return rec.refuse(s, actor, exc, "escalation", escalation_id)
            c = records.consultation(s, actor.org_id, e.consultation_id)
            assert c is not None
            return Reply([rec.posts.answer_card(e, c)])

    def answer(self, actor: Actor, escalation_id: int, sub: Submission) -> Reply:
        from dialogs.text import clean, too_long

        text = clean(sub.text("answer"))
        recommendation = sub.text("recommendation")
        errors: dict[str, str] = {}
        if not text:
            errors["answer"] = "Please write your advice."
        elif err := too_long(text, 2000):
            errors["answer"] = err
        if recommendation not in {v for v, _ in rec.posts.RECOMMENDATIONS}:
            errors["recommendation"] = "Please choose a recommendation."
        if errors:
            form = self.answer_form(actor, escalation_id)
            if form.messages and isinstance(form.messages[0], Card):
                return Reply([replace(form.messages[0], errors=errors)])
            return form
        with session_scope(self.engine) as s:
            return rec.answer(s, actor, escalation_id, recommendation, text)

    def _open_for_decision(self, s: Session, actor: Actor, consultation_id: int) -> Consultation | Reply:
        """The consultation a decision is being recorded for, or the polite (and audited) reason why not."""
        c = guard.fetch(s, actor, Consultation, consultation_id, "decision.record", "author_id",
                        "Only the person who asked can record this decision.")
        if isinstance(c, Reply):
            return c
        if c.status != "open":
            return Reply([Notice(f"A decision for C-{consultation_id} is already recorded. Thank you.")])
        return c

    def decision_form(self, actor: Actor, consultation_id: int, prefill: dict[str, Any] | None = None,
                      errors: dict[str, str] | None = None) -> Reply:
        from dialogs.decision_form import form_inputs

        with session_scope(self.engine) as s:
            c = self._open_for_decision(s, actor, consultation_id)
            if isinstance(c, Reply):
                return c
            pre = {"with_whom": c.request.get("requester"), "what_shared": c.request.get("information"),
                   "purpose": c.request.get("purpose"), "consent": c.request.get("consent"),
                   "consent_reason": c.request.get("consent_reason"), **(prefill or {})}
            card = Card("decision", f"Record your decision (C-{consultation_id})",
                        ("Record the decision and your reasons, whether or not you share.",),
                        inputs=form_inputs(pre, c.request.get("special") == "yes"),
                        actions=(Action("save", "Save decision", "primary"),),
                        errors=errors or {}, ref=("consultation", consultation_id))
            return Reply([card])

    def record_decision(self, actor: Actor, consultation_id: int, sub: Submission) -> Reply:
        from dialogs.decision_form import check

        with session_scope(self.engine) as s:
            c = self._open_for_decision(s, actor, consultation_id)
            if isinstance(c, Reply):
                return c
            checked = check(sub, c.request.get("special") == "yes", self.policy.max_field_chars)
            if not checked.errors:
                d = rec.save_decision(s, actor, self.ruleset, c, checked.values)
                reply = Reply([seek_advice_done(d)], done=True)
                if c.post_ref:
                    reply.posts.append(Post("team", rec.posts.decision_thread_notice(d), thread_of=c.post_ref))
                return reply
        form = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in checked.values.items()}
        return self.decision_form(actor, consultation_id, form, checked.errors)

    def delivered(self, record: tuple[str, int], posted_to: str, post_ref: str) -> None:
        """Remember where a post landed, so thread replies find their consultation."""
        kind, rid = record
        with session_scope(self.engine) as s:
            if kind == "consultation":
                records.set_post_ref(s, rid, posted_to, post_ref)
            elif kind == "escalation":
                records.set_escalation_post_ref(s, rid, post_ref)


def seek_advice_done(d: Any) -> Card:
    return rec.posts.decision_card(d)
