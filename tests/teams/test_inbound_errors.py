"""Malformed activities get 400, unknown buttons a polite message, retries nothing twice: no change either way."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from storage.db import session_scope
from storage.models import AuditEvent, DialogState
from tests.teams.cardkit import buttons, inputs, text, title
from tests.teams.conftest import Server, User
from tests.teams.fake_connector import FakeConnector


def _state(server: Server) -> list[tuple[Any, ...]]:
    with session_scope(server.core.engine) as s:
        dialogs = [(d.id, d.step, d.version, d.status) for d in s.execute(select(DialogState)).scalars()]
        audit = [(a.seq, a.action) for a in s.execute(select(AuditEvent)).scalars()]
        return [*dialogs, *audit]


async def test_malformed_activities_get_400_and_change_nothing(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    alice = people["alice"]
    good = alice.says("seek advice")

    def without(key: str) -> dict[str, Any]:
        return {k: v for k, v in good.items() if k != key}

    bad: dict[str, Any] = {
        "not JSON": b"{not json",
        "not UTF-8": b"\xff\xfe{}",
        "a JSON list": [good],
        "no type": without("type"),
        "no conversation": without("conversation"),
        "no serviceUrl": without("serviceUrl"),
        "no sender": without("from"),
        "serviceUrl not http": {**good, "serviceUrl": "file:///etc/passwd"},
        "type a number": {**good, "type": 7},
        "text an object": {**good, "text": {"a": 1}},
        "conversation id missing": {**good, "conversation": {"conversationType": "personal"}},
        "conversation a string": {**good, "conversation": "a:1"},
        "entities not a list": {**good, "entities": {"type": "mention"}},
        "card action not text": alice.clicks({"sw": 5}),
        "dialog id not a number": alice.clicks({"sw": "next", "dialog_id": "one"}),
        "carry not text": alice.clicks({"sw": "next", "dialog_id": 1, "carry": {"raw": ["x"]}}),
        "field value an object": alice.clicks({"sw": "next", "dialog_id": 1}, {"immediate_risk": {"x": 1}}),
        "record id not a number": alice.clicks({"sw": "escalation.claim", "value": "1; drop"}),
        "bad ref": alice.clicks({"sw": "send", "ref": "user:1"}),
        "invoke without action": {**alice.invoke({"sw": "next"}), "value": {"trigger": "manual"}},
    }
    for name, body in bad.items():
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        status, _ = await server.post(None, raw=raw)
        assert status == 400, name
    status, _ = await server.post(good, content_type="text/plain")
    assert status == 415
    assert _state(server) == [] and not connector.calls


async def test_unknown_buttons_are_answered_politely_and_change_nothing(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    alice = people["alice"]
    await server.post(alice.says("seek advice"))
    card_id, card = connector.last_card(alice.personal_conv)
    data = buttons(card)["next"]
    before = _state(server)
    for forged in ({**data, "sw": "jump.to.end"}, {**data, "sw": "escalation.claim"}, {"sw": "delete", "value": "1"},
                   {"sw": "send", "ref": "decision:1"}, {"sw": "next"}):
        status, _ = await server.post(alice.clicks(forged, {"immediate_risk": "no"}, reply_to=card_id))
        assert status == 201
        assert "did not recognise that button" in text(connector.last_card(alice.personal_conv)[1])
    assert _state(server) == before
    assert not [c for c in connector.calls if c.method == "PUT"]  # the card was left as it was


async def test_retries_and_double_clicks_are_harmless(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    alice = people["alice"]
    start = alice.says("seek advice")
    for _ in range(3):
        assert (await server.post(start))[0] == 201
    with session_scope(server.core.engine) as s:
        assert len(s.execute(select(DialogState)).scalars().all()) == 1
    assert len(connector.sent()) == 1
    card_id, card = connector.last_card(alice.personal_conv)
    click = alice.clicks(buttons(card)["next"], {"immediate_risk": "no"}, reply_to=card_id)
    for _ in range(2):
        assert (await server.post(click))[0] == 201  # Teams retrying the same activity
    second = alice.clicks(buttons(card)["next"], {"immediate_risk": "no"}, reply_to=card_id)
    assert (await server.post(second))[0] == 201  # a double click: a new activity on the old card
    with session_scope(server.core.engine) as s:
        assert [(d.step, d.version) for d in s.execute(select(DialogState)).scalars()] == [("situation", 1)]
    assert "already done" in text(connector.cards(connector.sent()[-2:])[0])
    assert title(connector.last_card(alice.personal_conv)[1]) == "The situation"


async def test_field_errors_are_shown_next_to_the_field(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    alice = people["alice"]
    await server.post(alice.says("seek advice"))
    card_id, card = connector.last_card(alice.personal_conv)
    await server.post(alice.clicks(buttons(card)["next"], {"immediate_risk": "maybe"}, reply_to=card_id))
    card = connector.last_card(alice.personal_conv)[1]
    field = inputs(card)["immediate_risk"]
    assert field["errorMessage"] == "Please answer yes or no."
    after = card["body"][card["body"].index(field) + 1]
    assert after["type"] == "TextBlock" and after["color"] == "Attention"


async def test_a_failed_channel_post_is_reported_kindly(
        start_server: Any, connector: FakeConnector, people: dict[str, User]) -> None:
    from tests.teams.test_journey import SITUATION, Teams

    server = await start_server()
    teams = Teams(server, connector)
    alice = people["alice"]
    me = alice.personal_conv
    await teams.send(alice.says("seek advice"))
    card = await teams.click(alice, me, "next", immediate_risk="no")
    card = await teams.click(alice, me, "next", situation=SITUATION, subject="adult")
    card = await teams.click(alice, me, "confirm", situation=SITUATION)
    card = await teams.click(alice, me, "next", requester="Housing officer", information="Tenancy history",
                             purpose="Safety planning", special="no")
    while title(card)[0].isdigit():
        card = await teams.click(alice, me, "next", answer="unsure")
    card = await teams.click(alice, me, "next", consent="given")
    connector.fail_posts_to.add(server.settings.teams_team_channel)
    await teams.click(alice, me, "consult")
    said = "\n".join(text(c) for c in connector.cards(connector.to(me)[-3:]))
    assert "could not post that to the channel" in said


async def test_a_turn_whose_reply_never_reached_teams_runs_again_on_teams_retry(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    """The claim on an activity is given up when its turn fails, so Teams' retry is answered, not dropped:
    for "seek advice" and for a step's click, whose claim is made inside the dialog's own transaction."""
    alice = people["alice"]

    def delivered() -> list[str]:
        return [title(card) for card in connector.cards([c for c in connector.sent() if c.result_id])]

    start = alice.says("seek advice")
    connector.fail_posts_to.add(alice.personal_conv)
    assert (await server.post(start))[0] == 201
    assert [c.result_id for c in connector.sent()] == ["", "", ""]  # every attempt was refused
    connector.fail_posts_to.clear()
    assert (await server.post(start))[0] == 201  # Teams retrying the same activity
    assert delivered() == ["Seek advice about sharing information"]

    card_id, card = connector.last_card(alice.personal_conv)
    click = alice.clicks(buttons(card)["next"], {"immediate_risk": "no"}, reply_to=card_id)
    connector.fail_posts_to.add(alice.personal_conv)
    assert (await server.post(click))[0] == 201
    connector.fail_posts_to.clear()
    assert (await server.post(click))[0] == 201  # the retry is answered, not taken for a repeat
    # The step itself was saved before the reply failed: the retry says so and shows where Alice is now.
    assert delivered()[1:] == ["That step was already done, so nothing changed. Here is where you are now.",
                               "The situation"]
    with session_scope(server.core.engine) as s:
        assert [(d.step, d.version) for d in s.execute(select(DialogState)).scalars() if d.status == "active"] \
            == [("situation", 1)]
