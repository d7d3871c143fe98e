"""The whole journey through Slack's wire format, on SQLite and PostgreSQL: seek advice → consultation →
thread advice → escalation → a claim race → answer → decision, and nothing identifying leaks."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from sqlalchemy import select

from storage.models import Advice, AuditEvent, Consultation, Decision, Escalation
from tests.slack.conftest import COLLEAGUE, DSL1, DSL2, DSL_CHANNEL, PRACTITIONER, TEAM_CHANNEL, Bot
from tests.slack.fake_api import Call

SITUATION = ("Jamie Smith (NHS number 943 476 5919), aged 9, at St Mary's Primary School, LS6 2AB, told me "
             "her stepdad hits her. <!channel> <http://evil.example|click here>")
IDENTIFIERS = ("Jamie", "Smith", "943 476 5919", "9434765919", "St Mary", "LS6 2AB")
#: Only the practitioner's own modal may show what they typed; everything else is seen by others.
PRIVATE_METHODS = {"views.open", "views.update"}


def blocks_text(view: dict[str, Any]) -> str:
    return json.dumps(view)


def input_ids(view: dict[str, Any]) -> set[str]:
    return {b["block_id"] for b in view.get("blocks", []) if b.get("type") == "input"}


async def submit(bot: Bot, view: dict[str, Any], user: str, answers: dict[str, Any]) -> dict[str, Any]:
    r = await bot.slack.submit(view, user, answers)
    assert r.status == 200, await r.text()
    return json.loads(await r.text())


async def next_view(bot: Bot, view: dict[str, Any], answers: dict[str, Any],
                    user: str = PRACTITIONER) -> dict[str, Any]:
    body = await submit(bot, view, user, answers)
    assert body["response_action"] == "update", body
    return {**body["view"], "id": view["id"], "hash": view.get("hash", "h")}


async def opened_view(bot: Bot, updates_before: int) -> dict[str, Any]:
    calls = await bot.api.wait_for("views.update", updates_before + 1)
    call = calls[updates_before]
    return {**call.body["view"], "id": call.body["view_id"], "hash": "h"}


async def walk_to_guidance(bot: Bot) -> dict[str, Any]:
    r = await bot.slack.command("/seek-advice", PRACTITIONER, TEAM_CHANNEL, SITUATION)
    assert r.status == 200 and await r.text() == ""
    view = await opened_view(bot, 0)
    assert bot.api.of("views.open")[0].body["view"]["blocks"][0]["text"]["text"] == "Just a moment…"
    assert input_ids(view) == {"immediate_risk"}
    view = await next_view(bot, view, {"immediate_risk": "no"})
    assert input_ids(view) == {"situation", "subject"}
    situation = next(b for b in view["blocks"] if b.get("block_id") == "situation")
    assert situation["element"]["initial_value"] == SITUATION  # the text typed with the command, as typed

    # a missing answer is shown on the field, and nothing moves on
    body = await submit(bot, view, PRACTITIONER, {"subject": ""})
    assert body["response_action"] == "errors" and set(body["errors"]) == {"subject"}
    view = await next_view(bot, view, {"subject": "child"})
    assert "Check before anything is shared" in blocks_text(view)
    assert "[NHS number]" in blocks_text(view)
    view = await next_view(bot, view, {})  # "This is safe to share"
    assert input_ids(view) >= {"requester", "information", "purpose", "special"}
    view = await next_view(bot, view, {"requester": "Housing officer, city council",
                                       "information": "That there are concerns at home",
                                       "purpose": "To plan a safe move",
                                       "special": "no"})
    while input_ids(view) == {"answer", "note"}:
        view = await next_view(bot, view, {"answer": "yes"})
    assert input_ids(view) == {"consent", "consent_reason"}
    view = await next_view(bot, view, {"consent": "not_sought_unsafe",
                                       "consent_reason": "Asking the stepdad could put Jamie Smith at risk"})
    assert "Guidance" in json.dumps(view["title"]) and view["submit"]["text"] == "Record my decision"
    return view


def posted(bot: Bot, method: str, channel: str) -> list[Call]:
    return [c for c in bot.api.of(method) if c.body.get("channel") == channel]


async def click(bot: Bot, payload: dict[str, Any]) -> None:
    r = await bot.slack.interactive(payload)
    assert r.status == 200, await r.text()


async def test_the_whole_journey_in_slack(bot: Bot) -> None:
    guidance = await walk_to_guidance(bot)

    # -- consultation: posted to the channel the command came from, without names ------------------------
    consult = bot.slack.view_click(guidance, PRACTITIONER, "step:consult", "consult", action_ts="1.000001")
    await click(bot, consult)
    await bot.api.wait_for("chat.postMessage", 1)
    await click(bot, consult)  # the same click delivered again
    stale = bot.slack.view_click(guidance, PRACTITIONER, "step:consult", "consult", action_ts="1.000002")
    await click(bot, stale)  # a second, real click on the old modal
    stale_view = (await bot.api.wait_for("views.update", 3))[2].body["view"]
    assert "That step was already done" in blocks_text(stale_view)
    posts = posted(bot, "chat.postMessage", TEAM_CHANNEL)
    assert len(posts) == 1
    c_post = posts[0].body
    assert "Advice wanted" in c_post["text"]
    assert "&lt;!channel&gt;" in json.dumps(c_post["blocks"]) and "<!channel>" not in posts[0].raw
    ts = bot.api.of("chat.postMessage")[0].answer["ts"]
    assert await bot.eventually(select(Consultation.post_ref)) == f"{TEAM_CHANNEL}:{ts}"
    with bot.engine.connect() as conn:
        c = conn.execute(select(Consultation)).one()
    assert c.posted_to == TEAM_CHANNEL
    guidance = {**bot.api.of("views.update")[1].body["view"], "id": guidance["id"], "hash": "h2"}
    assert "Your question is with your team" in blocks_text(guidance)

    # -- thread advice, anonymised; a retried event is saved once ------------------------------------------
    reply = {"type": "message", "channel": TEAM_CHANNEL, "user": COLLEAGUE, "ts": "1700000100.000001",
             "thread_ts": ts, "text": "I think Jamie Smith should be referred to children's social care today."}
    r1 = await bot.slack.event(reply, "Ev1")
    r2 = await bot.slack.event(reply, "Ev1", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert r1.status == 200 and r2.status == 200
    saved = await bot.api.wait_for("reactions.add", 1)
    assert saved[0].body["timestamp"] == reply["ts"] and saved[0].body["name"] == "memo"
    with bot.engine.connect() as conn:
        advice = conn.execute(select(Advice)).all()
    assert len(advice) == 1 and "Jamie" not in advice[0].text and "referred" in advice[0].text

    # -- escalation to the DSL channel ---------------------------------------------------------------------
    await click(bot, bot.slack.view_click(guidance, PRACTITIONER, "step:escalate", "escalate"))
    escalate = {**(await bot.api.wait_for("views.update", 4))[3].body["view"], "id": guidance["id"], "hash": "h3"}
    assert input_ids(escalate) == {"urgent", "question"}
    after = await next_view(bot, escalate, {"urgent": "yes", "question": "Should I tell the school about Jamie Smith?"})
    assert "Sent to the DSLs" in blocks_text(after)
    dsl_post = (await bot.api.wait_for("chat.postMessage", 2))[1]
    assert dsl_post.body["channel"] == DSL_CHANNEL and "escalation.claim" in dsl_post.raw
    dsl_ts = dsl_post.answer["ts"]
    assert await bot.eventually(select(Escalation.post_ref)) == f"{DSL_CHANNEL}:{dsl_ts}"
    with bot.engine.connect() as conn:
        e = conn.execute(select(Escalation)).one()

    # -- two DSLs click Claim at once: exactly one wins -------------------------------------------------------
    await asyncio.gather(
        click(bot, bot.slack.message_click(DSL1, DSL_CHANNEL, dsl_ts, "escalation.claim", str(e.id))),
        click(bot, bot.slack.message_click(DSL2, DSL_CHANNEL, dsl_ts, "escalation.claim", str(e.id))))
    told = await bot.api.wait_for("chat.postEphemeral", 2)
    await bot.api.wait_for("chat.update", 1)
    texts = {c.body["user"]: c.body["text"] for c in told}
    winners = [u for u, t in texts.items() if "You have claimed" in t]
    assert len(winners) == 1 and any("already claimed by another DSL" in t for t in texts.values())
    winner, loser = winners[0], ({DSL1, DSL2} - set(winners)).pop()
    updated = bot.api.of("chat.update")
    assert len(updated) == 1 and updated[0].body["ts"] == dsl_ts and "escalation.answer_open" in updated[0].raw
    with bot.engine.connect() as conn:
        assert conn.execute(select(Escalation.claimed_by)).scalar_one() == winner

    # -- the other DSL cannot answer; the winner answers and the practitioner gets a DM ------------------
    opens = len(bot.api.of("views.update"))
    await click(bot, bot.slack.message_click(loser, DSL_CHANNEL, dsl_ts, "escalation.answer_open", str(e.id)))
    refused = await opened_view(bot, opens)
    assert "Only the DSL who claimed" in blocks_text(refused) and "submit" not in refused
    await click(bot, bot.slack.message_click(winner, DSL_CHANNEL, dsl_ts, "escalation.answer_open", str(e.id)))
    form = await opened_view(bot, opens + 1)
    assert input_ids(form) == {"recommendation", "answer"}
    body = await submit(bot, form, winner, {"recommendation": "share"})
    assert body["response_action"] == "errors" and set(body["errors"]) == {"answer"}
    done = await next_view(bot, form, {"recommendation": "share",
                                       "answer": "Share with housing; Jamie Smith is at risk."}, user=winner)
    assert "Thank you" in blocks_text(done)
    dm = (await bot.api.wait_for("chat.postMessage", 3))[2]
    assert dm.body["channel"] == "DPRAC" and "A DSL has answered" in dm.body["text"]
    await bot.api.wait_for("chat.update", 2)
    assert bot.api.of("chat.update")[1].body["ts"] == dsl_ts and "Answered" in bot.api.of("chat.update")[1].raw

    # -- the decision: only the author may record it; a confirmation goes in the thread --------------------
    n = len(bot.api.of("views.update"))
    await click(bot, bot.slack.message_click(COLLEAGUE, TEAM_CHANNEL, ts, "decision.open", str(c.id)))
    assert "Only the person who asked" in blocks_text(await opened_view(bot, n))
    await click(bot, bot.slack.message_click(PRACTITIONER, TEAM_CHANNEL, ts, "decision.open", str(c.id)))
    form = await opened_view(bot, n + 1)
    assert {"outcome", "reasons", "lawful_basis"} <= input_ids(form)
    answers = {"outcome": "share", "lawful_basis": "public_task", "informed": "no",
               "informed_reason": "Telling the family could increase the risk to Jamie Smith.",
               "advice_taken": "DSL advised sharing with housing."}
    body = await submit(bot, form, PRACTITIONER, answers)
    assert body["response_action"] == "errors" and "reasons" in body["errors"]
    answers["reasons"] = "Jamie Smith at St Mary's Primary School is at risk of harm at home; housing need to know."
    done = await next_view(bot, form, answers)
    assert "recorded" in blocks_text(done) and "submit" not in done
    thread = (await bot.api.wait_for("chat.postMessage", 4))[3]
    assert thread.body["channel"] == TEAM_CHANNEL and thread.body["thread_ts"] == ts
    assert "Decision D-" in thread.body["text"]
    with bot.engine.connect() as conn:
        d = conn.execute(select(Decision)).one()
        assert conn.execute(select(Consultation.status)).scalar_one() == "decided"
        actions = set(conn.execute(select(AuditEvent.action)).scalars())
    assert d.outcome == "share" and "Jamie" not in d.reasons
    assert {"consultation.posted", "advice.added", "escalation.raised", "escalation.claimed",
            "escalation.answered", "decision.recorded", "access.refused"} <= actions

    # -- App Home ------------------------------------------------------------------------------------------------
    await bot.slack.event({"type": "app_home_opened", "user": PRACTITIONER, "channel": "D1", "tab": "home"}, "Ev2")
    await bot.slack.event({"type": "app_home_opened", "user": DSL1, "channel": "D2", "tab": "home"}, "Ev3")
    homes = {c.body["user_id"]: json.dumps(c.body["view"]) for c in await bot.api.wait_for("views.publish", 2)}
    assert f"D-{d.id}" in homes[PRACTITIONER] and "Escalations waiting" not in homes[PRACTITIONER]
    assert "Escalations waiting for a DSL" in homes[DSL1]

    # -- nothing identifying left the practitioner's own modal, or reached the database ------------------------
    own_views = {guidance["id"]}
    private = [c for c in bot.api.calls if c.method in PRIVATE_METHODS and c.body.get("view_id") in own_views]
    assert any("Jamie Smith" in c.raw for c in private)  # the check below looks at every other call
    for call in bot.api.calls:
        if call in private:
            continue
        for ident in IDENTIFIERS:
            assert ident not in call.raw, (call.method, ident)
        assert "<!channel>" not in call.raw and "<http://evil" not in call.raw
    stored = bot.dump_text()
    for ident in IDENTIFIERS:
        assert ident not in stored, ident
