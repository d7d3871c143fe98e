"""Requests Slack did not sign, old requests and payloads we do not handle are refused and change nothing;
outbound rate limits and brief server errors are retried."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

from sqlalchemy import select

from storage.models import AuditEvent
from tests.slack.conftest import PRACTITIONER, TEAM_CHANNEL, Bot

FORM = "application/x-www-form-urlencoded"


async def test_forged_and_stale_requests_are_refused_and_change_nothing(bot: Bot) -> None:
    before = bot.counts()
    r = await bot.slack.command("/seek-advice", PRACTITIONER, TEAM_CHANNEL, "hello", secret="not-the-secret")
    assert r.status == 401
    r = await bot.slack.command("/seek-advice", PRACTITIONER, TEAM_CHANNEL, "hello", ts=int(time.time()) - 301)
    assert r.status == 401
    r = await bot.slack.client.post("/slack/events", data=urlencode({"command": "/seek-advice"}),
                                    headers={"Content-Type": FORM})
    assert r.status == 401
    r = await bot.slack.event({"type": "app_home_opened", "user": PRACTITIONER, "tab": "home"}, "EvF",
                              secret="forged")
    assert r.status == 401
    assert bot.counts() == before
    assert bot.api.calls == []


async def test_unknown_payloads_get_400_and_change_nothing(bot: Bot) -> None:
    before = bot.counts()
    unknown = [
        (urlencode({"payload": json.dumps({"type": "workflow_step_edit", "team": {"id": "T1"}})}), FORM),
        (urlencode({"payload": "not json"}), FORM),
        (urlencode({"command": "/something-else", "team_id": "T1", "user_id": PRACTITIONER}), FORM),
        (json.dumps({"type": "app_rate_limited_surprise"}), "application/json"),
        ("{not json", "application/json"),
        ("just words", "text/plain"),
    ]
    for body, kind in unknown:
        r = await bot.slack.post(body, kind)
        assert r.status == 400, body
    assert bot.counts() == before
    assert bot.api.calls == []


async def test_url_verification_answers_the_challenge(bot: Bot) -> None:
    body = json.dumps({"token": "x", "challenge": "c-123", "type": "url_verification"})
    r = await bot.slack.post(body, "application/json")
    assert r.status == 200 and "c-123" in await r.text()


async def test_a_rate_limited_call_is_retried_after_retry_after(bot: Bot) -> None:
    bot.api.fail_once["views.publish"] = 429
    r = await bot.slack.event({"type": "app_home_opened", "user": PRACTITIONER, "channel": "D1", "tab": "home"},
                              "EvR")
    assert r.status == 200
    calls = await bot.api.wait_for("views.publish", 2)
    assert calls[0].answer == {"ok": False, "error": "ratelimited"} and calls[1].answer["ok"] is True


async def test_a_brief_server_error_is_retried(bot: Bot) -> None:
    bot.api.fail_once["views.publish"] = 503
    await bot.slack.event({"type": "app_home_opened", "user": PRACTITIONER, "channel": "D1", "tab": "home"}, "EvS")
    calls = await bot.api.wait_for("views.publish", 2)
    assert calls[1].answer["ok"] is True


async def test_a_retried_event_is_handled_once(bot: Bot) -> None:
    event = {"type": "app_home_opened", "user": PRACTITIONER, "channel": "D1", "tab": "home"}
    await bot.slack.event(event, "EvDup")
    await bot.api.wait_for("views.publish", 1)
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    r = await bot.slack.event(event, "EvDup", headers=retry)
    assert r.status == 200
    # The repeat is recognised before Slack's ack, so once it is answered nothing else can follow from it.
    await bot.slack.event({**event, "user": "UOTHER"}, "EvNext")
    publishes = await bot.api.wait_for("views.publish", 2)
    assert [c.body["user_id"] for c in publishes] == [PRACTITIONER, "UOTHER"]


async def test_a_double_clicked_claim_is_handled_once(bot: Bot) -> None:
    """The same block_actions payload twice (same action_ts): one claim attempt, one reply."""
    click = bot.slack.message_click("UDSL1", "CDSL", "1700000000.000001", "escalation.claim", "999",
                                    action_ts="1700000001.000001")
    for _ in range(2):
        r = await bot.slack.interactive(click)
        assert r.status == 200
    told = await bot.api.wait_for("chat.postEphemeral", 1)
    assert "could not be found" in told[0].body["text"]
    later = bot.slack.message_click("UDSL1", "CDSL", "1700000000.000001", "escalation.claim", "999",
                                    action_ts="1700000002.000001")
    await bot.slack.interactive(later)
    assert len(await bot.api.wait_for("chat.postEphemeral", 2)) == 2
    with bot.engine.connect() as conn:
        assert list(conn.execute(select(AuditEvent.action)).scalars()) == []
