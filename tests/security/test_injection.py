"""Text that tries to ping everyone, forge a mention or a link, break out of a card, or reach SQL comes out
inert in every message the bot sends (as the local Slack API and Bot Connector recorded them) and is
stored as plain text in the database."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import inspect, select

from bot import offload
from storage.db import session_scope
from storage.models import Advice, Consultation, Decision
from tests.security.wire import REQUEST, SLACK_DECISION, TEAMS_DECISION, SlackJourney, TeamsJourney
from tests.slack.conftest import COLLEAGUE, TEAM_CHANNEL, Bot
from tests.teams.conftest import TEAM_CHANNEL as TEAMS_CHANNEL
from tests.teams.conftest import Server, User
from tests.teams.fake_connector import FakeConnector

SQL = "'); DROP TABLE decision; --"
SLACK_TRICKS = ("<!channel> <!here> <!everyone> <@U123> <@U123|boss> <#C999|general> <!subteam^S1> "
                "<http://evil.example|click here> <mailto:x@evil.example|mail> &lt;!channel&gt; *bold* ~x~ `code`")
CARD_TRICKS = ('[click](http://evil.example) ![img](http://evil.example/p.png) <at>Boss</at> **bold** # Heading\n'
               '- item\n1. one "}, {"type": "Action.OpenUrl", "url": "http://evil.example"}, {"x": "'
               ' "$schema": "http://evil.example/schema" ${user.name} {{name}} \\" \\\\')
INJECT = f"Worried about a pupil. {SLACK_TRICKS} {CARD_TRICKS} {SQL}"

#: Slack parses `<...>` control sequences in mrkdwn text and in a message's top-level `text`.
SLACK_CONTROL = re.compile(r"<\s*[!@#]|<\s*(?:https?|mailto):", re.IGNORECASE)


def slack_texts(value: Any, top: bool = True) -> Iterator[tuple[str, str]]:
    """(kind, text) of every text a person sees: Block Kit text objects ("plain_text", never parsed, or
    "mrkdwn", parsed for mentions and links) and a message's top-level `text` ("top", parsed like mrkdwn)."""
    if isinstance(value, dict):
        if value.get("type") in ("mrkdwn", "plain_text") and isinstance(value.get("text"), str):
            yield value["type"], value["text"]
        elif top and isinstance(value.get("text"), str):
            yield "top", value["text"]
        for k, v in value.items():
            if k != "text" or not isinstance(v, str):
                yield from slack_texts(v, top=False)
    elif isinstance(value, list):
        for v in value:
            yield from slack_texts(v, top=False)


def unescaped_markdown(text: str) -> list[str]:
    """Adaptive Card markdown characters not preceded by an escaping backslash."""
    found, i = [], 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in "`*_{}[]()#+!|<>~":
            found.append(text[max(0, i - 10): i + 10])
        i += 1
    return found


def card_texts(card: Any) -> Iterator[str]:
    if isinstance(card, dict):
        if card.get("type") == "TextBlock":
            yield card["text"]
        if card.get("type") == "FactSet":
            for fact in card["facts"]:
                yield fact["title"]
                yield fact["value"]
        for v in card.values():
            yield from card_texts(v)
    elif isinstance(card, list):
        for v in card:
            yield from card_texts(v)


def strings_outside_text(card: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """(key, value) of every string that is not shown text or an input's value: ids, types, urls, data."""
    if isinstance(card, dict):
        for k, v in card.items():
            yield from strings_outside_text(v, k)
    elif isinstance(card, list):
        for v in card:
            yield from strings_outside_text(v, key)
    elif isinstance(card, str) and key not in {"text", "value", "title", "placeholder", "errorMessage", "label"}:
        yield key, card


async def test_slack_messages_keep_tricks_inert(bot: Bot) -> None:
    journey = SlackJourney(bot.slack, bot.api, "UINJECT", channel=TEAM_CHANNEL, situation=INJECT)
    await journey.to_request()
    view = await journey.step({k: f"{v} {INJECT}" for k, v in REQUEST.items() if k != "special"} | {"special": "no"})
    while {b.get("block_id") for b in view["blocks"] if b.get("type") == "input"} == {"answer", "note"}:
        view = await journey.step({"answer": "unsure", "note": INJECT})
    view = await journey.step({"consent": "refused", "consent_reason": INJECT})
    r = await bot.slack.interactive(bot.slack.view_click(view, "UINJECT", "step:consult", "consult"))
    assert r.status == 200
    post = (await bot.api.wait_for("chat.postMessage", 1))[0]
    ts = post.answer["ts"]
    await bot.eventually(select(Consultation.post_ref))  # stored just after Slack's answer
    reply = {"type": "message", "channel": TEAM_CHANNEL, "user": COLLEAGUE, "ts": "1700000100.000009",
             "thread_ts": ts, "text": INJECT}
    assert (await bot.slack.event(reply, "EvInject")).status == 200
    await bot.api.wait_for("reactions.add", 1)
    journey.refresh()
    await journey.step({})  # Record my decision
    done = await journey.step({**SLACK_DECISION, "reasons": INJECT, "advice_taken": INJECT,
                               "informed_reason": INJECT})
    assert "recorded" in json.dumps(done)
    await bot.api.wait_for("chat.postMessage", 2)  # the decision's confirmation in the thread
    await bot.slack.event({"type": "app_home_opened", "user": "UINJECT", "channel": "D1", "tab": "home"}, "EvHome")
    await bot.api.wait_for("views.publish", 1)

    shown = [c for c in bot.api.calls if c.method.startswith(("chat.", "views."))]
    assert any("Worried about a pupil" in c.raw for c in shown if c.method == "chat.postMessage")
    checked = [(call.method, kind, text) for call in shown for kind, text in slack_texts(call.body)]
    for method, kind, text in checked:
        if kind != "plain_text":
            assert not SLACK_CONTROL.search(text), (method, text[:300])
    # the check saw the typed words themselves, in posts others read and in the person's own views
    assert {m for m, _, t in checked if "Worried about a pupil" in t} >= {"chat.postMessage", "views.publish"}
    assert {k for _, k, _ in checked} >= {"top", "mrkdwn", "plain_text"}
    with session_scope(bot.engine) as s:
        assert inspect(s.get_bind()).has_table("decision")
        advice = s.execute(select(Advice.text)).scalar_one()
        decision = s.execute(select(Decision)).scalar_one()
    assert SQL in advice and SQL in decision.reasons  # stored as the words typed, not run
    assert "<!channel>" in decision.reasons  # kept literally: escaping is the renderer's job, per platform


async def test_teams_cards_keep_tricks_inert(server: Server, connector: FakeConnector,
                                             people: dict[str, User]) -> None:
    alice, bob = people["alice"], people["bob"]
    journey = TeamsJourney(server.http, server.url, connector, alice, bob, TEAMS_CHANNEL,
        settle=offload.of(server.app).idle)
    request = {k: f"{v} {INJECT}" for k, v in REQUEST.items()}
    decision = {**TEAMS_DECISION, "reasons": INJECT, "what_shared": INJECT, "with_whom": INJECT,
                "advice_taken": INJECT, "case_reference": "'; --"}
    assert "recorded" in await journey.run(situation=INJECT, reply=INJECT, request=request, decision=decision)

    cards = connector.cards()
    assert len(cards) > 10
    for card in cards:
        assert set(card) <= {"type", "version", "$schema", "body", "actions", "msteams", "fallbackText"}, set(card)
        assert card.get("$schema", "http://adaptivecards.io/schemas/adaptive-card.json") == \
            "http://adaptivecards.io/schemas/adaptive-card.json"
        for text in card_texts(card):
            assert not unescaped_markdown(text), (unescaped_markdown(text)[:3], text[:200])
            assert not re.search(r"https?://", text), text[:200]
        for key, value in strings_outside_text(card):
            assert "evil" not in value and "Worried" not in value, (key, value[:200])
        for action in card.get("actions", []):
            assert action["type"] == "Action.Submit", action
    for call in connector.calls:  # channel and thread posts: no mention entities were created from text
        body = call.body if isinstance(call.body, dict) else {}
        assert not [e for e in body.get("entities") or [] if e.get("type") == "mention"], call.path
    with session_scope(server.core.engine) as s:
        decision_row = s.execute(select(Decision)).scalar_one()
    assert SQL in decision_row.reasons
    assert json.loads(json.dumps(decision_row.reasons)) == decision_row.reasons
