"""Hostile Teams activities through the real /api/messages: messages, invokes, card submissions.

Every one gets a 4xx, or a 2xx and at most a polite card; never a 5xx, never an error in the log, and the
database does not change, except `processed_request` (activity ids that make Teams' retries harmless; no
typed text, purged after SHAREWISE_RETENTION_REQUEST_DAYS) and `conversation_ref` (where the sender's own
chat with the bot is, so the bot can answer them at all; ids only, one row per person).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlmodel import SQLModel

from storage.db import session_scope
from tests.security.hostile import TEXT, encoded
from tests.security.settle import Settler, no_errors_logged
from tests.teams.conftest import TEAM_CHANNEL, Server, User
from tests.teams.fake_connector import FakeConnector

ALLOWED_TO_GROW = {"processed_request", "conversation_ref"}
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])


def counts(server: Server) -> dict[str, int]:
    with session_scope(server.core.engine) as s:
        return {t.name: s.execute(select(func.count()).select_from(t)).scalar_one()
                for t in SQLModel.metadata.sorted_tables}


async def hit(server: Server, connector: FakeConnector, caplog: pytest.LogCaptureFixture, raw: str) -> int:
    before = counts(server)
    settler = Settler()
    with no_errors_logged(caplog):
        status, body = await server.post(None, raw=raw.encode("utf-8", "surrogatepass"))
        await settler.wait()
    assert status < 500, (status, body, raw[:300])
    assert "Traceback" not in json.dumps(body)
    after = counts(server)
    changed = {t for t in before if before[t] != after[t]}
    assert changed <= ALLOWED_TO_GROW, (changed, raw[:300])
    for call in connector.calls:
        assert "Traceback" not in call.text and "Exception" not in call.text
    return status


def bases(people: dict[str, User]) -> dict[str, dict[str, Any]]:
    alice = people["alice"]
    return {
        "message": alice.says("hello there"),  # a help card; "seek advice" would rightly start a dialog
        "card submission": alice.clicks({"sw": "next", "dialog_id": 1, "version": 0}, {"immediate_risk": "no"}),
        "button on a posted card": alice.clicks({"sw": "escalation.claim", "value": "1", "ref": "escalation:1"}),
        "invoke": alice.invoke({"sw": "next", "dialog_id": 1, "version": 0}, {"immediate_risk": "no"}),
        "thread reply": people["bob"].in_channel(TEAM_CHANNEL, "advice", thread_root="1700000000"),
    }


@FUZZ
@given(data=st.data())
async def test_hostile_activities(server: Server, connector: FakeConnector, people: dict[str, User],
                                  caplog: pytest.LogCaptureFixture, data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(sorted(bases(people))))
    raw = data.draw(encoded(bases(people)[kind]), label=kind)
    await hit(server, connector, caplog, raw)


@FUZZ
@given(text=TEXT, field=st.sampled_from(["immediate_risk", "situation", "subject", "junk"]))
async def test_odd_text_in_a_card_is_answered_without_storing_anything(
        server: Server, connector: FakeConnector, people: dict[str, User], caplog: pytest.LogCaptureFixture,
        text: str, field: str) -> None:
    """Well-formed submissions carrying odd text, to a card whose dialog does not exist: a polite card."""
    alice = people["alice"]
    for activity in (alice.says(text), alice.clicks({"sw": "next", "dialog_id": 999, "version": 0}, {field: text})):
        status = await hit(server, connector, caplog, json.dumps(activity))
        assert status in (200, 201, 400)
