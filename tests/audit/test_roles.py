"""Every role boundary, tried: the forbidden action is refused, nothing changes, and the try is audited."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from sqlmodel import Session, select

from dialogs import corrections, record_views, roles_admin
from dialogs.export import ExportQuery, export_decisions
from dialogs.messages import Notice, Reply, Submission
from dialogs.policy import Policy
from dialogs.retention import Retention, purge_for
from dialogs.runtime import Sharewise
from storage.audit_verify import verify_all
from storage.db import read_scope
from storage.models import Consultation, Decision, Escalation
from tests.audit.helpers import events, refusals
from tests.dialogs.helpers import DECISION, card_of, submit, to_guidance

# Every day's decisions: an end of "today" taken when the module is imported missed the decision recorded after a run
# crossed midnight (a red CI run at 00:05).
LAST_DAY = date(2100, 1, 1)
QUERY = ExportQuery(date(2000, 1, 1), LAST_DAY)


@dataclass
class World:
    cid: int
    eid: int
    did: int


@pytest.fixture
def world(core: Sharewise) -> World:
    """u1 in org-a asks, escalates, consults and records a decision, as in chat."""
    u1 = core.actor("org-a", "u1", "slack")
    guidance = to_guidance(core, u1)
    form = card_of(submit(core, u1, guidance, "escalate"))
    guidance = card_of(submit(core, u1, form, "send", urgent="no", question="Should I share today?"))
    guidance = card_of(submit(core, u1, guidance, "consult"))
    form = card_of(submit(core, u1, guidance, "record"))
    assert submit(core, u1, form, "save", **DECISION).done
    with Session(core.engine) as s:
        return World(s.execute(select(Consultation.id)).scalar_one() or 0,
                     s.execute(select(Escalation.id)).scalar_one() or 0,
                     s.execute(select(Decision.id)).scalar_one() or 0)


def text(reply: Reply) -> str:
    return " ".join(m.text if isinstance(m, Notice) else m.title for m in reply.messages)


class Refusals:
    """Each forbidden try must add exactly one `access.refused` event naming who and what."""

    def __init__(self, core: Sharewise, org_id: str) -> None:
        self.core, self.org_id = core, org_id
        self.seen = refusals(core.engine, org_id)

    def check(self, reply: Reply, who: str, attempted: str, says: str) -> None:
        assert says in text(reply), text(reply)
        now = refusals(self.core.engine, self.org_id)
        assert [(w, a) for w, a, _ in now[len(self.seen):]] == [(who, attempted)]
        self.seen = now


def test_practitioner_dsl_and_admin_boundaries(core: Sharewise, world: World) -> None:
    u1, u2 = core.actor("org-a", "u1", "slack"), core.actor("org-a", "u2", "teams")
    dsl1, dsl2 = core.actor("org-a", "dsl-1", "slack"), core.actor("org-a", "dsl-2", "slack")
    admin = core.actor("org-a", "admin-1", "slack")
    r = Refusals(core, "org-a")
    sub = Submission("save", {**DECISION, "outcome": "share_part"})

    # Escalations: only a DSL claims; only the DSL who claimed answers.
    r.check(core.claim(u2, world.eid), "u2", "escalation.claim", "Only a designated safeguarding lead")
    assert "You have claimed" in text(core.claim(dsl1, world.eid))
    r.check(core.answer_form(u2, world.eid), "u2", "escalation.answer", "Only the DSL who claimed")
    r.check(core.answer(dsl2, world.eid, Submission("send", {"answer": "Share it.", "recommendation": "share"})),
            "dsl-2", "escalation.answer", "Only the DSL who claimed")

    # A practitioner's consultations and decisions are theirs (and the DSLs').
    r.check(core.decision_form(u2, world.cid), "u2", "decision.record", "Only the person who asked")
    r.check(core.record_decision(u2, world.cid, sub), "u2", "decision.record", "Only the person who asked")
    r.check(record_views.view_decision(core, u2, world.did), "u2", "decision.view", "Only the person who recorded")
    r.check(record_views.view_consultation(core, u2, world.cid), "u2", "consultation.view", "Only the person who")
    r.check(record_views.view_escalation(core, u2, world.eid), "u2", "escalation.view", "Only the person who")
    r.check(corrections.correct_decision(core, u2, world.did, sub), "u2", "decision.correct", "or a DSL")
    r.check(corrections.correction_form(core, u2, world.did), "u2", "decision.correct", "or a DSL")
    assert card_of(record_views.view_decision(core, u1, world.did)).title == f"Decision D-{world.did}"
    assert card_of(record_views.view_decision(core, dsl2, world.did)).title == f"Decision D-{world.did}"
    assert card_of(record_views.view_escalation(core, u1, world.eid)).key == f"escalation-{world.eid}"

    # Export: DSLs only.
    out = io.StringIO()
    refused = export_decisions(core.engine, u1, QUERY, out)
    r.check(refused.reply, "u1", "records.export", "Only a designated safeguarding lead can export")
    assert not refused.ok and out.getvalue() == ""
    assert export_decisions(core.engine, dsl1, QUERY, io.StringIO()).rows == 1

    # Roles and retention: admins only.
    r.check(roles_admin.grant_role(core, dsl1, "u2", "dsl"), "dsl-1", "roles.change", "Only an admin")
    r.check(roles_admin.revoke_role(core, u1, "dsl-2", "dsl"), "u1", "roles.change", "Only an admin")
    r.check(purge_for(core.engine, Retention(), dsl1, dry_run=True), "dsl-1", "records.purge", "Only an admin")
    assert not core.actor("org-a", "u2", "teams").is_dsl
    assert "is now a DSL" in text(roles_admin.grant_role(core, admin, "u2", "dsl"))
    assert core.actor("org-a", "u2", "teams").is_dsl
    assert "no longer a DSL" in text(roles_admin.revoke_role(core, admin, "u2", "dsl"))
    assert not core.actor("org-a", "u2", "teams").is_dsl
    changes = [(e.actor, e.object_id, e.details) for e in events(core.engine, "org-a", "role.changed")]
    assert changes == [("admin-1", "u2", {"role": "dsl", "change": "add"}),
                       ("admin-1", "u2", {"role": "dsl", "change": "remove"})]
    assert "Nothing was changed" in text(purge_for(core.engine, Retention(), admin, dry_run=True))

    # Nothing forbidden changed anything.
    with Session(core.engine) as s:
        e = s.get(Escalation, world.eid)
        assert e is not None and e.status == "claimed" and e.claimed_by == "dsl-1"
        assert len(s.execute(select(Decision)).scalars().all()) == 1


def test_another_organisation_cannot_see_claim_answer_correct_or_export(core: Sharewise, world: World) -> None:
    dsl_b, admin_b = core.actor("org-b", "dsl-1", "slack"), core.actor("org-b", "admin-1", "slack")
    assert dsl_b.is_dsl and admin_b.is_admin  # powerful, but in their own organisation only
    r = Refusals(core, "org-b")
    sub = Submission("save", DECISION)
    answer = Submission("send", {"answer": "Share it.", "recommendation": "share"})
    tries: list[tuple[Callable[[], Reply], str, str]] = [
        (lambda: core.claim(dsl_b, world.eid), "escalation.claim", "could not be found"),
        (lambda: core.answer_form(dsl_b, world.eid), "escalation.answer", "could not be found"),
        (lambda: core.answer(dsl_b, world.eid, answer), "escalation.answer", "could not be found"),
        (lambda: core.decision_form(dsl_b, world.cid), "decision.record", "could not be found"),
        (lambda: core.record_decision(dsl_b, world.cid, sub), "decision.record", "could not be found"),
        (lambda: record_views.view_decision(core, dsl_b, world.did), "decision.view", "could not be found"),
        (lambda: record_views.view_consultation(core, dsl_b, world.cid), "consultation.view", "could not be found"),
        (lambda: record_views.view_escalation(core, dsl_b, world.eid), "escalation.view", "could not be found"),
        (lambda: corrections.correct_decision(core, dsl_b, world.did, sub), "decision.correct", "could not be found"),
        (lambda: export_decisions(core.engine, dsl_b, ExportQuery(date(2000, 1, 1), LAST_DAY, org_id="org-a"),
                          io.StringIO()).reply, "records.export", "only your own organisation"),
    ]
    for attempt, attempted, says in tries:
        r.check(attempt(), "dsl-1", attempted, says)
    # Their own export holds none of org-a's decisions, and org-a's records are as they were.
    out = io.StringIO()
    assert export_decisions(core.engine, dsl_b, QUERY, out).rows == 0
    assert "org-a" not in out.getvalue()
    with Session(core.engine) as s:
        e = s.get(Escalation, world.eid)
        assert e is not None and e.status == "open"
        assert len(s.execute(select(Decision)).scalars().all()) == 1
    assert refusals(core.engine, "org-a") == []
    with read_scope(core.engine) as s:
        assert all(rep.ok for rep in verify_all(s))


def test_the_last_admin_cannot_remove_themselves(core: Sharewise) -> None:
    granter = core.actor("org-a", "admin-1", "slack")
    assert "now an admin" in text(roles_admin.grant_role(core, granter, "admin-2", "admin"))
    assert "through configuration" in text(roles_admin.revoke_role(core, granter, "admin-1", "admin"))
    assert "can give or remove" in text(roles_admin.grant_role(core, granter, "u9", "owner"))
    # An installation whose only admin was added in chat.
    alone = Sharewise(core.engine, Policy(dsl_users=frozenset({"dsl-1"})))
    admin = alone.actor("org-a", "admin-2", "slack")
    assert admin.is_admin
    assert "nobody who can manage roles" in text(roles_admin.revoke_role(alone, admin, "admin-2", "admin"))
    assert alone.actor("org-a", "admin-2", "slack").is_admin
    assert "now an admin" in text(roles_admin.grant_role(alone, admin, "admin-3", "admin"))
    assert "no longer an admin" in text(roles_admin.revoke_role(alone, admin, "admin-2", "admin"))
    assert not alone.actor("org-a", "admin-2", "slack").is_admin
