"""The whole journey over HTTP, as Teams drives it, on SQLite and PostgreSQL.

seek advice -> anonymised consultation in the team channel -> advice in its thread -> escalation to the
DSL channel -> claim (exactly one DSL wins) -> answer -> the practitioner is told -> decision record.
Nothing from the typed situation may reach a channel, a DSL, or the database; in the practitioner's own
chat it may appear only until they confirm the anonymised text, after which those cards are replaced.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from sqlalchemy import JSON, String, Text, select
from sqlmodel import SQLModel

from storage.db import session_scope
from storage.models import Advice, ConversationRef, Decision, Escalation
from tests.teams.cardkit import buttons, facts, inputs, text, title
from tests.teams.conftest import DSL_CHANNEL, TEAM_CHANNEL, Server, User
from tests.teams.fake_connector import FakeConnector

SITUATION = ("Tyler Walsh (DOB 12/03/2016) in Year 4 at St Mary's Primary told me his stepdad Dean hit him. "
             "They live at 14 Bramble Road, LS9 8AB. NHS 943 476 5919. Mum Kerry is on 07700 900123.")
IDENTIFIERS = ("Tyler", "Walsh", "Dean", "Kerry", "Bramble", "LS9 8AB", "943 476 5919", "07700 900123",
               "St Mary", "12/03/2016")
DECISION = dict(outcome="share", what_shared="The disclosure and attendance record", with_whom="MASH social worker",
                shared_on="2026-01-10", purpose="Referral for assessment", lawful_basis="public_task",
                special_condition="none", consent="not_sought_unsafe", consent_reason="Could increase risk",
                informed="no", informed_reason="Telling the parent could increase risk", advice_taken="DSL agreed",
                reasons="Risk of significant harm outweighs privacy", requester_told="", case_reference="LCS-1")


class Teams:
    """Clicks buttons on the cards the fake connector received, as the person looking at them would."""

    def __init__(self, server: Server, connector: FakeConnector) -> None:
        self.server = server
        self.connector = connector

    async def send(self, activity: dict[str, Any]) -> Any:
        status, body = await self.server.post(activity)
        assert status in (200, 201), (status, body)
        return body

    async def click(self, user: User, conversation: str, action: str, **values: Any) -> dict[str, Any]:
        activity_id, card = self.connector.last_card(conversation)
        assert action in buttons(card), (action, title(card), list(buttons(card)))
        conv = None
        if conversation.startswith("19:"):
            conv = {"id": f"{conversation};messageid={activity_id}", "conversationType": "channel",
                    "tenantId": "tenant-1"}
        await self.send(user.clicks(buttons(card)[action], values, reply_to=activity_id, conversation=conv))
        return self.connector.last_card(self.chat_of(user) if conv else conversation)[1]

    def chat_of(self, user: User) -> str:
        """The person's personal chat with the bot (opened by the bot if they never wrote to it)."""
        with session_scope(self.server.core.engine) as s:
            ref = s.execute(select(ConversationRef).where(ConversationRef.key == f"user:{user.aad}")).scalar_one()
            return str(ref.ref["conversation"]["id"])


async def test_seek_advice_to_decision(server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    teams = Teams(server, connector)
    alice, bob, dsl, dsl2 = people["alice"], people["bob"], people["dsl"], people["dsl2"]
    me = alice.personal_conv

    # Installing the app in personal scope: a welcome, and Teams' member lookup is answered.
    await teams.send(alice.installs_bot())
    assert "seek advice" in text(connector.last_card(me)[1])

    # Start with the command menu text; each step is a card in Alice's personal chat.
    await teams.send(alice.says("seek advice"))
    card = connector.last_card(me)[1]
    assert card["version"] == "1.5" and "immediate_risk" in inputs(card)
    card = await teams.click(alice, me, "next", immediate_risk="no")
    assert title(card) == "The situation"
    card = await teams.click(alice, me, "next", situation=SITUATION, subject="child")
    assert title(card) == "Check before anything is shared"
    shown = text(card).split("\n")[3]  # the text colleagues would see
    assert "[postcode]" in shown and "Bramble" not in shown and "Year 4" in shown
    # Correct the preview: hide one more word, then confirm.
    card = await teams.click(alice, me, "recheck", situation=SITUATION, hide_more="Year 4")
    assert "Year 4" not in text(card).split("\n")[3]
    card = await teams.click(alice, me, "confirm", situation=SITUATION, hide_more="Year 4")
    assert title(card) == "The request"
    card = await teams.click(alice, me, "next", requester="Children's social care duty team",
                             information="The disclosure and what the school has seen",
                             purpose="A referral so the family can be assessed", special="no")
    while title(card)[0].isdigit():
        card = await teams.click(alice, me, "next", answer="yes", note="")
    assert title(card) == "Consent"
    card = await teams.click(alice, me, "next", consent="not_sought_unsafe",
                             consent_reason="Telling the family may increase the risk")
    assert title(card) == "Guidance"

    # Consult the team: a new thread in the team channel.
    card = await teams.click(alice, me, "consult")
    root = [c for c in connector.to(TEAM_CHANNEL) if c.method == "POST"]
    assert len(root) == 1 and root[0].conversation == TEAM_CHANNEL
    consultation = connector.cards(root)[0]
    assert "Advice wanted (C-1)" in title(consultation)
    assert "Posted to your team" in "\n".join(text(c) for c in connector.cards(connector.to(me)[-3:]))
    thread_root = root[0].result_id

    # Bob replies in the thread; a retry of the same activity is harmless.
    reply = bob.in_channel(TEAM_CHANNEL, "Tyler's school nurse Kerry knows the family: share with MASH today.",
                           thread_root=thread_root)
    await teams.send(reply)
    await teams.send(reply)
    with session_scope(server.core.engine) as s:
        advice = s.execute(select(Advice)).scalars().all()
        assert [a.source for a in advice] == ["thread"]
        assert "share with MASH" in advice[0].text and "Kerry" not in advice[0].text

    # Escalate to the DSLs.
    card = await teams.click(alice, me, "escalate")
    card = await teams.click(alice, me, "send", urgent="no", question="Can I share with MASH without consent?")
    dsl_posts = [c for c in connector.to(DSL_CHANNEL) if c.method == "POST"]
    assert len(dsl_posts) == 1
    escalation_activity = dsl_posts[0].result_id
    assert "escalation.claim" in buttons(connector.cards(dsl_posts)[0])

    # A colleague who is not a DSL cannot claim; nothing changes.
    await teams.click(bob, DSL_CHANNEL, "escalation.claim")
    assert "Only a designated safeguarding lead" in text(connector.last_card(teams.chat_of(bob))[1])
    # Two DSLs click Claim at the same moment: exactly one wins.
    _, esc_card = connector.last_card(DSL_CHANNEL)
    clicks = [d.clicks(buttons(esc_card)["escalation.claim"], reply_to=escalation_activity,
                       conversation={"id": f"{DSL_CHANNEL};messageid={escalation_activity}",
                                     "conversationType": "channel", "tenantId": "tenant-1"}) for d in (dsl, dsl2)]
    await asyncio.gather(*(teams.send(c) for c in clicks))
    told = {d.name: text(connector.last_card(teams.chat_of(d))[1]) for d in (dsl, dsl2)}
    winners = [n for n, t in told.items() if "You have claimed E-1" in t]
    assert len(winners) == 1 and any("already claimed by another DSL" in t for t in told.values())
    winner = dsl if winners == [dsl.name] else dsl2
    # The escalation card was updated in place (PUT), now offering Answer.
    puts = [c for c in connector.to(DSL_CHANNEL) if c.method == "PUT"]
    assert puts and puts[-1].result_id == escalation_activity
    assert "escalation.answer_open" in buttons(connector.cards([puts[-1]])[0])
    assert len([c for c in connector.to(DSL_CHANNEL) if c.method == "POST"]) == 1

    # The DSL answers from their personal chat (opened by the bot: POST /v3/conversations).
    dsl_chat = teams.chat_of(winner)
    assert dsl_chat not in (dsl.personal_conv, dsl2.personal_conv)
    answer_card = connector.last_card(dsl_chat)[1]
    assert "claimed" in text(answer_card)
    esc_now = connector.cards([[c for c in connector.to(DSL_CHANNEL) if c.method == "PUT"][-1]])[0]
    await teams.send(winner.clicks(buttons(esc_now)["escalation.answer_open"], reply_to=escalation_activity,
                                   conversation={"id": f"{DSL_CHANNEL};messageid={escalation_activity}",
                                                 "conversationType": "channel", "tenantId": "tenant-1"}))
    form = connector.last_card(dsl_chat)[1]
    assert title(form) == "Answer escalation E-1" and set(inputs(form)) == {"recommendation", "answer"}
    form_id = connector.last_card(dsl_chat)[0]
    await teams.send(winner.clicks(buttons(form)["send"], {"recommendation": "share",
                                                          "answer": "Yes: share with MASH, record why."},
                                   reply_to=form_id, conversation={"id": dsl_chat, "conversationType": "personal",
                                                                   "tenantId": "tenant-1"}))
    told_alice = text(connector.last_card(me)[1])
    assert "A DSL has answered your question (E-1)" in told_alice and "share with MASH" in told_alice
    with session_scope(server.core.engine) as s:
        assert s.execute(select(Escalation)).scalar_one().status == "answered"

    # Record the decision (from the guidance card, above the DSL's answer); the card shows the full record.
    guidance_id, guidance = next((c.result_id, connector.cards([c])[0]) for c in reversed(connector.to(me))
                                 if c.method == "POST" and connector.cards([c])
                                 and title(connector.cards([c])[0]) == "Guidance")
    await teams.send(alice.clicks(buttons(guidance)["record"], reply_to=guidance_id))
    card = connector.last_card(me)[1]
    assert title(card) == "Record your decision"
    card = await teams.click(alice, me, "save", **DECISION)
    assert title(card) == "Decision D-1 recorded"
    record = facts(card)
    assert record["Decision"] == "Share" and record["Reasons"] == DECISION["reasons"]
    assert {"What", "With whom", "When", "Purpose", "Lawful basis", "Consent", "Person told"} <= set(record)
    thread = [c for c in connector.to(TEAM_CHANNEL) if c.conversation == f"{TEAM_CHANNEL};messageid={thread_root}"]
    assert thread and "Decision D-1 recorded" in text(connector.cards(thread)[-1])
    with session_scope(server.core.engine) as s:
        assert s.execute(select(Decision)).scalar_one().outcome == "share"

    # Privacy: no identifier anywhere but Alice's own chat, and not even there once she confirmed.
    for call in connector.calls:
        if call.conversation.split(";")[0] != me:
            assert not [i for i in IDENTIFIERS if i in call.text], call.path
    for activity_id, shown in connector.final_state(me).items():
        assert not [i for i in IDENTIFIERS if i in shown], activity_id
    assert_database_clean(server)


def assert_database_clean(server: Server) -> None:
    """Dump every text column of every table: no identifier from the situation may be stored."""
    found: list[tuple[str, str, str]] = []
    checked = 0
    with server.core.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            for row in conn.execute(table.select()):
                for col, value in zip(table.columns, row, strict=True):
                    blob = json.dumps(value, default=str) if isinstance(value, dict | list) else str(value)
                    found += [(table.name, col.name, i) for i in IDENTIFIERS if i in blob]
                    checked += isinstance(col.type, String | Text | JSON)
    assert checked > 20 and not found
