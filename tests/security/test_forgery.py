"""Forged, stale and replayed requests are refused or change nothing. (The plain cases, a wrong secret, a
request over 5 minutes old, no headers at all, and Teams tokens that are expired, unsigned, for another bot
or service URL, are in tests/slack/test_security.py and tests/teams/test_auth.py; these are the rest.)"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import pytest
from sqlalchemy import select

from storage.db import session_scope
from storage.models import DialogState
from tests.security.wire import SlackJourney
from tests.slack.conftest import PRACTITIONER, TEAM_CHANNEL, Bot
from tests.slack.driver import SECRET, sign, state_for
from tests.teams.conftest import Server, User
from tests.teams.fake_connector import FakeConnector
from tests.teams.test_auth import APP_ID

FORM = "application/x-www-form-urlencoded"


def command_body() -> str:
    return urlencode({"team_id": "T1", "user_id": PRACTITIONER, "channel_id": TEAM_CHANNEL, "command": "/seek-advice",
                      "text": "", "trigger_id": "t-forged", "api_app_id": "A1"})


def forged_headers(body: str) -> dict[str, dict[str, str]]:
    now = str(int(time.time()))
    good = sign(body, now)
    return {
        "signature missing": {"X-Slack-Request-Timestamp": now},
        "timestamp missing": {"X-Slack-Signature": good},
        "timestamp not a number": {"X-Slack-Request-Timestamp": now + ".0",
                                   "X-Slack-Signature": sign(body, now + ".0")},
        "timestamp negative": {"X-Slack-Request-Timestamp": "-1", "X-Slack-Signature": sign(body, "-1")},
        "six minutes in the future": {"X-Slack-Request-Timestamp": str(int(now) + 360),
                                      "X-Slack-Signature": sign(body, str(int(now) + 360))},
        "signed for another timestamp": {"X-Slack-Request-Timestamp": str(int(now) - 1), "X-Slack-Signature": good},
        "signed over another body": {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": sign(body + "&x=1", now)},
        "another scheme": {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": good.replace("v0=", "v1=")},
        "upper-case digest": {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": good.upper()},
        "truncated digest": {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": good[:-2]},
        "empty secret": {"X-Slack-Request-Timestamp": now, "X-Slack-Signature": sign(body, now, "")},
    }


async def test_every_way_of_getting_the_signature_wrong_is_401(bot: Bot) -> None:
    body = command_body()
    for name, headers in forged_headers(body).items():
        r = await bot.slack.client.post("/slack/events", data=body.encode(),
                                        headers={"Content-Type": FORM, **headers})
        assert r.status == 401, name
    assert bot.counts() == {t: 0 for t in bot.counts()}
    assert bot.api.calls == []


async def test_a_replayed_modal_submission_changes_nothing(bot: Bot) -> None:
    """Someone who captured one signed request sends the very same bytes again inside the 5-minute window."""
    journey = SlackJourney(bot.slack, bot.api, PRACTITIONER, channel=TEAM_CHANNEL)
    view = await journey.start()
    payload = {"type": "view_submission", "team": {"id": "T1", "domain": "test"}, "user": bot.slack.user(PRACTITIONER),
               "api_app_id": "A1", "trigger_id": "t-replay",
               "view": {**view, "team_id": "T1", "state": state_for(view, {"immediate_risk": "no"})}}
    body = urlencode({"payload": json.dumps(payload)})
    stamp = int(time.time())
    first = await bot.slack.post(body, FORM, ts=stamp)
    assert first.status == 200 and json.loads(await first.text())["response_action"] == "update"
    with session_scope(bot.engine) as s:
        after_first = [(d.step, d.version) for d in s.execute(select(DialogState)).scalars()]
    counts, calls = bot.counts(), len(bot.api.calls)
    replay = await bot.slack.post(body, FORM, ts=stamp)  # identical bytes, identical signature
    assert replay.status == 200
    answer = json.loads(await replay.text() or "{}")
    assert "already done" in json.dumps(answer) or answer.get("response_action") in (None, "clear", "update")
    with session_scope(bot.engine) as s:
        assert [(d.step, d.version) for d in s.execute(select(DialogState)).scalars()] == after_first
    assert bot.counts() == counts
    assert all(c.method.startswith("views.") for c in bot.api.calls[calls:])  # at most the person's own modal


async def test_a_replayed_command_opens_no_second_dialog(bot: Bot) -> None:
    body = urlencode({"token": "x", "team_id": "T1", "user_id": PRACTITIONER, "channel_id": TEAM_CHANNEL,
                      "command": "/seek-advice", "text": "", "trigger_id": "t-once", "api_app_id": "A1",
                      "response_url": "https://hooks.slack.invalid/1"})
    stamp = int(time.time())
    assert (await bot.slack.post(body, FORM, ts=stamp)).status == 200
    await bot.api.wait_for("views.update", 1)
    counts = bot.counts()
    assert (await bot.slack.post(body, FORM, ts=stamp)).status == 200
    await bot.api.wait_for("views.open", 2)  # Slack itself refuses a trigger id used twice; we answer anyway
    assert bot.counts() == counts
    assert not bot.api.of("chat.postMessage")


async def test_a_replayed_event_without_retry_headers_is_handled_once(bot: Bot) -> None:
    event = {"type": "app_home_opened", "user": PRACTITIONER, "channel": "D1", "tab": "home"}
    body = json.dumps({"token": "x", "team_id": "T1", "api_app_id": "A1", "event": event, "type": "event_callback",
                       "event_id": "EvReplay", "event_time": int(time.time())})
    stamp = int(time.time())
    for _ in range(3):
        assert (await bot.slack.post(body, "application/json", ts=stamp)).status == 200
    await bot.slack.event({**event, "user": "UNEXT"}, "EvAfter")
    await bot.api.wait_for("views.publish", 2)
    await asyncio.sleep(0.3)  # room for a second publish, had the replay been handled again
    # Events run after their ack, so the two homes may be published in either order.
    assert sorted(c.body["user_id"] for c in bot.api.of("views.publish")) == sorted([PRACTITIONER, "UNEXT"])


@pytest.fixture
async def secured(start_server: Callable[..., Any], connector: FakeConnector) -> Server:
    return await start_server(microsoft_app_id=APP_ID, microsoft_app_password="not-used-here",
                              sharewise_teams_allow_unauthenticated=False,
                              microsoft_openid_metadata_url=f"{connector.url}/openid")


async def test_teams_tokens_not_yet_valid_or_without_claims_are_refused(
        secured: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    import jwt

    alice = people["alice"]
    now = int(time.time())
    base = {"iss": "https://api.botframework.com", "aud": APP_ID, "serviceurl": alice.service_url,
            "nbf": now - 10, "exp": now + 600}
    cases = {
        "not valid for another hour": {**base, "nbf": now + 3600},
        "no audience": {k: v for k, v in base.items() if k != "aud"},
        "audience a list with another bot": {**base, "aud": ["another-app"]},
        "no expiry": {k: v for k, v in base.items() if k != "exp"},
        "no issuer": {k: v for k, v in base.items() if k != "iss"},
    }
    for name, claims in cases.items():
        token = jwt.encode(claims, connector.key, algorithm="RS256", headers={"kid": "test-key-1"})
        status, _ = await secured.post(alice.says("seek advice"), {"Authorization": f"Bearer {token}"})
        assert status == 401, name
    with session_scope(secured.core.engine) as s:
        assert s.execute(select(DialogState)).first() is None
    assert not [c for c in connector.calls if c.path.startswith("/v3/")]


async def test_a_replayed_teams_activity_with_a_valid_token_changes_nothing(
        secured: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    alice = people["alice"]
    headers = {"Authorization": f"Bearer {connector.token(APP_ID, alice.service_url)}"}
    activity = alice.says("seek advice", deliveryMode="expectReplies")
    status, first = await secured.post(activity, headers)
    assert status == 200 and first["activities"]
    with session_scope(secured.core.engine) as s:
        before = [(d.id, d.step, d.version) for d in s.execute(select(DialogState)).scalars()]
    status, _ = await secured.post(activity, headers)
    assert status in (200, 201)
    with session_scope(secured.core.engine) as s:
        assert [(d.id, d.step, d.version) for d in s.execute(select(DialogState)).scalars()] == before
    assert SECRET  # the Slack secret is never what signs a Teams request
