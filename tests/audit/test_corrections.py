"""A saved decision never changes: corrections are new records that point at the old one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, update
from sqlmodel import Session, select

from dialogs import corrections
from dialogs.messages import Notice, Submission
from dialogs.runtime import Sharewise
from storage.db import session_scope
from storage.immutable import ImmutableRecord
from storage.models import Decision
from tests.audit.helpers import decision, events
from tests.dialogs.helpers import DECISION, card_of


def _saved(core: Sharewise) -> int:
    with session_scope(core.engine) as s:
        return decision(s, "org-a", datetime(2026, 1, 12, tzinfo=UTC), author_id="u1").id or 0


def test_a_correction_is_a_new_record_pointing_at_the_old(core: Sharewise) -> None:
    did = _saved(core)
    u1, dsl = core.actor("org-a", "u1", "slack"), core.actor("org-a", "dsl-1", "teams")
    form = card_of(corrections.correction_form(core, u1, did))
    assert {i.id: i.initial for i in form.inputs}["reasons"] == "Risk of significant harm outweighs privacy"
    bad = corrections.correct_decision(core, u1, did, Submission("save", {**DECISION, "reasons": ""}))
    assert "reasons" in card_of(bad).errors
    reply = corrections.correct_decision(core, u1, did, Submission("save", {**DECISION, "outcome": "share_part"}))
    assert reply.done and f"corrects D-{did}" in str(reply.messages[0])
    with Session(core.engine) as s:
        old, new = s.execute(select(Decision).order_by(Decision.id)).scalars().all()  # type: ignore[arg-type]
    assert (old.outcome, old.corrects_id) == ("share", None)
    assert (new.outcome, new.corrects_id, new.author_id) == ("share_part", did, "u1")
    corrected = events(core.engine, "org-a", "decision.corrected")
    assert [(e.actor, e.object_id, e.details["corrects"]) for e in corrected] == [("u1", str(new.id), did)]
    # The original can be corrected once; after that the latest is the one to correct.
    again = corrections.correct_decision(core, dsl, did, Submission("save", DECISION))
    assert isinstance(again.messages[0], Notice) and f"already corrected by D-{new.id}" in again.messages[0].text
    assert corrections.correct_decision(core, dsl, new.id or 0, Submission("save", DECISION)).done


def test_no_code_path_can_edit_or_delete_a_saved_decision(core: Sharewise) -> None:
    did = _saved(core)
    with pytest.raises(ImmutableRecord), session_scope(core.engine) as s:
        d = s.get(Decision, did)
        assert d is not None
        d.reasons = "Quietly rewritten"
    with pytest.raises(ImmutableRecord), session_scope(core.engine) as s:
        s.execute(update(Decision).where(Decision.id == did).values(outcome="not_share"))  # type: ignore[arg-type]
    with pytest.raises(ImmutableRecord), session_scope(core.engine) as s:
        s.execute(delete(Decision).where(Decision.id == did))  # type: ignore[arg-type]
    with pytest.raises(ImmutableRecord), session_scope(core.engine) as s:
        d = s.get(Decision, did)
        s.delete(d)
    with Session(core.engine) as s:
        d = s.get(Decision, did)
        assert d is not None and (d.outcome, d.reasons) == ("share", "Risk of significant harm outweighs privacy")
