"""Every branch of the seek-advice flow, with no platform at all, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session

from dialogs.messages import Card, Notice, Submission
from dialogs.runtime import Sharewise
from storage.models import AuditEvent, Consultation, Decision, DialogState, Escalation
from tests.dialogs.helpers import CONV, DECISION, IDENTIFIERS, card_of, submit, to_guidance


def count(core: Sharewise, model: type) -> int:
    with Session(core.engine) as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def all_text(core: Sharewise) -> str:
    """Every stored value, to prove no identifier was kept."""
    out = []
    with Session(core.engine) as s:
        for model in (DialogState, Consultation, Decision, Escalation, AuditEvent):
            for row in s.execute(select(model)).scalars():
                out.append(repr(row.model_dump()))
    return "\n".join(out)


def test_immediate_danger_shows_emergency_guidance_first(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    card = card_of(core.start(actor, CONV))
    assert card.key == "risk" and card.inputs[0].id == "immediate_risk"
    card = card_of(submit(core, actor, card, "next", immediate_risk="yes"))
    assert card.key == "emergency"
    assert "999" in " ".join(card.sections)
    card = card_of(submit(core, actor, card, "next"))
    assert card.key == "situation"


def test_unanswered_risk_question_is_asked_again(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    card = card_of(core.start(actor, CONV))
    again = card_of(submit(core, actor, card, "next"))
    assert again.key == "risk" and "immediate_risk" in again.errors


def test_situation_errors_keep_what_was_typed(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    card = card_of(core.start(actor, CONV))
    card = card_of(submit(core, actor, card, "next", immediate_risk="no"))
    empty = card_of(submit(core, actor, card, "next", situation="   ", subject="child"))
    assert empty.key == "situation" and "situation" in empty.errors
    huge = "word " * 4000
    long = card_of(submit(core, actor, card, "next", situation=huge, subject=""))
    assert "3,000" in long.errors["situation"] and "subject" in long.errors
    assert long.inputs[0].initial == huge.strip()  # nothing typed is lost


def test_preview_hides_identifiers_and_can_be_corrected(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    card = card_of(core.start(actor, CONV))
    card = card_of(submit(core, actor, card, "next", immediate_risk="no"))
    text = "Amira said her uncle Farouk shouts at her in the Greenfields flats. She is scared."
    preview = card_of(submit(core, actor, card, "next", situation=text, subject="child"))
    shown = preview.sections[2]
    assert "Amira" not in shown and "Farouk" not in shown
    # Hide more: the estate name; un-hide nothing.
    rechecked = card_of(submit(core, actor, preview, "recheck", situation=text, hide_more="Greenfields"))
    assert rechecked.key == "preview" and "Greenfields" not in rechecked.sections[2]
    nxt = card_of(submit(core, actor, rechecked, "confirm", situation=text, hide_more="Greenfields"))
    assert nxt.key == "request"
    with Session(core.engine) as s:
        state = s.execute(select(DialogState)).scalars().one()
    assert "Greenfields" not in state.answers["summary"] and "Amira" not in state.answers["summary"]


def test_unmarking_a_false_hit_keeps_the_word(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    card = card_of(core.start(actor, CONV))
    card = card_of(submit(core, actor, card, "next", immediate_risk="no"))
    text = "Jayden Okafor says Hope House youth club is where he feels safe."
    preview = card_of(submit(core, actor, card, "next", situation=text, subject="child"))
    hidden = {c.value for c in preview.inputs[2].choices}
    assert "Jayden Okafor" in hidden or "Jayden" in hidden
    kept = card_of(submit(core, actor, preview, "recheck", situation=text, keep=["Jayden Okafor", "Jayden"]))
    assert "Jayden" in kept.sections[2]


def test_full_walk_to_a_saved_decision_keeps_no_identifier(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    guidance = to_guidance(core, actor)
    assert any("Public task" in s for s in guidance.sections)
    form = card_of(submit(core, actor, guidance, "record"))
    assert form.key == "decision"
    reply = submit(core, actor, form, "save", **DECISION)
    assert reply.done and card_of(reply).key.startswith("decision-")
    assert count(core, Decision) == 1
    stored = all_text(core)
    for ident in IDENTIFIERS:
        assert ident not in stored, ident


def test_decision_missing_fields_are_named_and_nothing_saved(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    form = card_of(submit(core, actor, to_guidance(core, actor), "record"))
    partial = {**DECISION, "reasons": "", "lawful_basis": "", "with_whom": ""}
    again = card_of(submit(core, actor, form, "save", **partial))
    assert again.key == "decision"
    assert set(again.errors) >= {"reasons", "lawful_basis", "with_whom"}
    assert "reviewer" in again.errors["reasons"]
    assert count(core, Decision) == 0
    assert {i.id: i.initial for i in again.inputs}["purpose"] == DECISION["purpose"]


def test_special_category_needs_an_article_9_condition(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    guidance = to_guidance(core, actor, special="yes")
    assert any("para 18" in s for s in guidance.sections)
    form = card_of(submit(core, actor, guidance, "record"))
    again = card_of(submit(core, actor, form, "save", **DECISION))
    assert "special_condition" in again.errors
    done = submit(core, actor, again, "save", **{**DECISION, "special_condition": "para18"})
    assert done.done


def test_consult_posts_anonymised_summary_once(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    guidance = to_guidance(core, actor)
    reply = submit(core, actor, guidance, "consult")
    assert [p.audience for p in reply.posts] == ["team"]
    posted = reply.posts[0].message
    assert isinstance(posted, Card)
    body = " ".join(posted.sections)
    assert "Child" in body or "Adult" in body
    for ident in IDENTIFIERS:
        assert ident not in body
    # Clicking the old button again (a double click) changes nothing.
    again = submit(core, actor, guidance, "consult")
    assert not again.posts and isinstance(again.messages[0], Notice)
    assert count(core, Consultation) == 1


def test_escalate_then_dsl_claims_and_answers(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    guidance = to_guidance(core, actor)
    form = card_of(submit(core, actor, guidance, "escalate"))
    assert form.key == "escalate"
    reply = submit(core, actor, form, "send", urgent="yes", question="Should I tell mum first?")
    assert [p.audience for p in reply.posts] == ["dsl"]
    assert card_of(reply).key == "guidance"
    with Session(core.engine) as s:
        esc = s.execute(select(Escalation)).scalars().one()
    assert esc.urgent and esc.id is not None
    outsider = core.actor("org", "u2", "slack")
    assert "Only a designated" in str(core.claim(outsider, esc.id).messages[0])
    dsl1, dsl2 = core.actor("org", "dsl-1", "slack"), core.actor("org", "dsl-2", "slack")
    first, second = core.claim(dsl1, esc.id), core.claim(dsl2, esc.id)
    assert "You have claimed" in str(first.messages[0]) and "already claimed" in str(second.messages[0])
    assert "Only the DSL" in str(core.answer_form(dsl2, esc.id).messages[0])
    bad = core.answer(dsl1, esc.id, Submission("send", {"answer": ""}))
    assert "answer" in card_of(bad).errors
    ok = core.answer(dsl1, esc.id, Submission("send", {"answer": "Share with MASH today.", "recommendation": "share"}))
    told = [p for p in ok.posts if p.audience == "user"]
    assert told and told[0].user_id == "u1"


def test_other_org_cannot_touch_records(core: Sharewise) -> None:
    actor = core.actor("org-a", "u1", "console")
    guidance = to_guidance(core, actor)
    form = card_of(submit(core, actor, guidance, "escalate"))
    submit(core, actor, form, "send", urgent="no", question="Advice please")
    with Session(core.engine) as s:
        esc = s.execute(select(Escalation)).scalars().one()
    foreign_dsl = core.actor("org-b", "dsl-1", "slack")
    assert "could not be found" in str(core.claim(foreign_dsl, esc.id or 0).messages[0])


def test_stale_click_changes_nothing(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    card = card_of(core.start(actor, CONV))
    submit(core, actor, card, "next", immediate_risk="no")
    stale = submit(core, actor, card, "next", immediate_risk="yes")
    assert "already done" in str(stale.messages[0])
    assert card_of(stale).key == "situation"


def test_cancel_keeps_nothing(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    card = card_of(core.start(actor, CONV))
    reply = submit(core, actor, card, "cancel")
    assert reply.done and "Nothing was shared" in str(reply.messages[0])
    assert core.resume(actor, CONV) is None


def test_restart_resumes_where_it_stopped(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    guidance = to_guidance(core, actor)
    fresh = Sharewise(core.engine, core.policy)  # a new process or another replica
    resumed = fresh.resume(actor, CONV)
    assert resumed is not None and card_of(resumed).key == "guidance"
    assert card_of(submit(fresh, actor, card_of(resumed), "record")).key == "decision"
    assert guidance.dialog_id == card_of(resumed).dialog_id


def test_someone_else_cannot_continue_my_dialog(core: Sharewise) -> None:
    me, other = core.actor("org", "u1", "console"), core.actor("org", "u2", "console")
    card = card_of(core.start(me, CONV))
    reply = core.submit(other, CONV, Submission("next", {"immediate_risk": "no"}, card.dialog_id, card.version))
    assert reply.done and "ended" in str(reply.messages[0])


def test_record_from_consultation_button_only_by_author(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    guidance = to_guidance(core, actor)
    submit(core, actor, guidance, "finish")
    with Session(core.engine) as s:
        cid = s.execute(select(Consultation.id)).scalar_one()
    other = core.actor("org", "u2", "console")
    assert "Only the person who asked" in str(core.decision_form(other, cid).messages[0])
    form = card_of(core.decision_form(actor, cid))
    assert {i.id: i.initial for i in form.inputs}["with_whom"] == "Children's social care duty team"
    bad = core.record_decision(actor, cid, Submission("save", {**DECISION, "outcome": ""}))
    assert "outcome" in card_of(bad).errors
    good = core.record_decision(actor, cid, Submission("save", DECISION))
    assert good.done
    twice = core.record_decision(actor, cid, Submission("save", DECISION))
    assert "already recorded" in str(twice.messages[0])
    assert count(core, Decision) == 1


def test_situation_typed_with_the_command_is_offered(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    card = card_of(core.start(actor, CONV, text="Sam Price is not eating"))
    nxt = card_of(submit(core, actor, card, "next", immediate_risk="no"))
    assert nxt.key == "situation" and nxt.inputs[0].initial == "Sam Price is not eating"
    with Session(core.engine) as s:
        state = s.execute(select(DialogState)).scalars().one()
    assert "Sam" not in repr(state.answers)


def test_deputy_granted_in_chat_acts_as_a_dsl(core: Sharewise) -> None:
    from storage import roles
    from storage.db import session_scope

    with session_scope(core.engine) as s:
        roles.grant(s, "org", "deputy-9", "deputy", granted_by="admin-1")
    assert core.actor("org", "deputy-9", "slack").is_dsl
    assert not core.actor("org", "someone", "slack").is_dsl
