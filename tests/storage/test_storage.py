"""Storage behaviour on SQLite and PostgreSQL alike."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine

from storage import dialog_state, idempotency, records
from storage.db import session_scope
from storage.models import Consultation, Escalation
from storage.types import utcnow


def test_dialog_state_rejects_a_stale_write(engine: Engine) -> None:
    with session_scope(engine) as s:
        st = dialog_state.start(s, org_id="o", channel="c", user_id="u", conversation="x", flow="f", step="a")
        sid = st.id
    with session_scope(engine) as s1, session_scope(engine) as s2:
        a = dialog_state.get(s1, sid or 0)
        assert a is not None
        dialog_state.advance(s1, a, step="b", answers={"k": 1})
        s1.commit()
        b = dialog_state.get(s2, sid or 0)
        assert b is not None
        s2.expunge(b)
        b.version = 0  # what a second replica read before the first one moved on
        with pytest.raises(dialog_state.StaleDialog):
            dialog_state.advance(s2, b, step="c", answers={})


def test_starting_again_replaces_the_open_dialog(engine: Engine) -> None:
    with session_scope(engine) as s:
        dialog_state.start(s, org_id="o", channel="c", user_id="u", conversation="x", flow="f", step="a")
        dialog_state.start(s, org_id="o", channel="c", user_id="u", conversation="x", flow="f", step="b")
    with session_scope(engine) as s:
        active = dialog_state.find_active(s, "o", "c", "u", "x")
        assert active is not None and active.step == "b"
        assert dialog_state.count_active(s) == 1


def test_idempotency_key_is_claimed_once(engine: Engine) -> None:
    with session_scope(engine) as s:
        assert idempotency.claim_once(s, "slack:event:Ev1")
        assert not idempotency.claim_once(s, "slack:event:Ev1")
    with session_scope(engine) as s:
        assert not idempotency.claim_once(s, "slack:event:Ev1")


def test_exactly_one_of_many_concurrent_claims_wins(engine: Engine) -> None:
    with session_scope(engine) as s:
        c = Consultation(org_id="o", author_id="u", channel="c", subject="child", summary="s", ruleset="r")
        records.add(s, c)
        e = Escalation(org_id="o", consultation_id=c.id or 0, requested_by="u", question="q",
                       deadline_at=utcnow() + timedelta(hours=1))
        records.add(s, e)
        eid = e.id or 0

    def claim(i: int) -> bool:
        with session_scope(engine) as s:
            return records.claim_escalation(s, eid, f"dsl-{i}")

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(claim, range(8)))
    assert results.count(True) == 1


def test_times_come_back_aware_utc(engine: Engine) -> None:
    with session_scope(engine) as s:
        c = Consultation(org_id="o", author_id="u", channel="c", subject="child", summary="s", ruleset="r")
        records.add(s, c)
        cid = c.id or 0
    with session_scope(engine) as s:
        got = records.consultation(s, "o", cid)
        assert got is not None and got.created_at.tzinfo is not None
        assert abs((utcnow() - got.created_at).total_seconds()) < 60
