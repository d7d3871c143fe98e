"""Hostile Slack payloads, correctly signed so they reach the handlers, through the real /slack/events.

Every one gets a 4xx, or a 200 and at most a polite message; never a 5xx, never an error in the log, and
the database does not change. One table is allowed to grow: `processed_request`, the idempotency keys
(event ids, action timestamps) that make Slack's retries harmless. A key is 300 characters at most, holds no
text anyone typed, and is purged after SHAREWISE_RETENTION_REQUEST_DAYS; refusing to record it for a
malformed payload would cost a second look-up on every retry of a good one.
"""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.security.hostile import TEXT, encoded
from tests.security.settle import Settler, no_errors_logged
from tests.slack.conftest import DSL_CHANNEL, PRACTITIONER, TEAM_CHANNEL, Bot
from tests.slack.driver import TEAM

FORM = "application/x-www-form-urlencoded"
ALLOWED_TO_GROW = {"processed_request"}
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

COMMAND = {"token": "x", "team_id": TEAM, "team_domain": "test", "channel_id": TEAM_CHANNEL, "channel_name": "team",
           "user_id": PRACTITIONER, "user_name": "prac", "command": "/seek-advice", "text": "",
           "api_app_id": "A1", "response_url": "https://hooks.slack.invalid/commands/1", "trigger_id": "t-1"}
USER = {"id": PRACTITIONER, "username": "prac", "name": "prac", "team_id": TEAM}
VIEW = {"id": "V1", "hash": "h", "team_id": TEAM, "type": "modal", "callback_id": "sharewise.flow",
        "private_metadata": json.dumps({"d": 1, "v": 1, "s": "next"}),
        "title": {"type": "plain_text", "text": "Seek advice"},
        "blocks": [{"type": "input", "block_id": "immediate_risk",
                    "element": {"type": "radio_buttons", "action_id": "v", "options": []}}],
        "state": {"values": {"immediate_risk": {"v": {"type": "radio_buttons",
                                                     "selected_option": {"value": "no"}}}}}}
BLOCK_ACTIONS = {"type": "block_actions", "team": {"id": TEAM, "domain": "test"}, "user": USER, "api_app_id": "A1",
                 "trigger_id": "t-2", "container": {"type": "message", "message_ts": "1.2", "channel_id": DSL_CHANNEL},
                 "channel": {"id": DSL_CHANNEL, "name": "dsl"}, "message": {"type": "message", "ts": "1.2", "text": ""},
                 "actions": [{"type": "button", "action_id": "escalation.claim", "block_id": "actions",
                              "value": "1", "action_ts": "1.000001"}]}
VIEW_ACTIONS = {**BLOCK_ACTIONS, "container": {"type": "view", "view_id": "V1"}, "view": VIEW,
                "actions": [{"type": "button", "action_id": "step:consult", "block_id": "step_actions",
                             "value": "consult", "action_ts": "1.000002"}]}
VIEW_SUBMISSION = {"type": "view_submission", "team": {"id": TEAM, "domain": "test"}, "user": USER,
                   "api_app_id": "A1", "trigger_id": "t-3", "view": VIEW}
EVENT = {"token": "x", "team_id": TEAM, "api_app_id": "A1", "type": "event_callback", "event_id": "Ev1",
         "event_time": 1, "authorizations": [{"team_id": TEAM, "user_id": "UBOT", "is_bot": True}],
         "event": {"type": "message", "channel": TEAM_CHANNEL, "user": "UCOLL", "ts": "1700000100.000001",
                   "thread_ts": "1700000000.000001", "text": "advice"}}
HOME = {**EVENT, "event_id": "Ev2", "event": {"type": "app_home_opened", "user": PRACTITIONER, "tab": "home"}}


async def hit(bot: Bot, caplog: pytest.LogCaptureFixture, body: str, content_type: str) -> int:
    before = bot.counts()
    settler = Settler()
    with no_errors_logged(caplog):
        r = await bot.slack.post(body, content_type)
        text = await r.text()
        await settler.wait()
    assert r.status < 500, (r.status, text[:300], body[:300])
    assert "Traceback" not in text
    after = bot.counts()
    changed = {t for t in before if before[t] != after[t]}
    assert changed <= ALLOWED_TO_GROW, (changed, body[:300])
    for call in bot.api.calls:  # anything said in chat is said kindly, with no internals
        assert "Traceback" not in call.raw and "Exception" not in call.raw
    return r.status


def payload_form(doc: str) -> str:
    return urlencode({"payload": doc})


REQUIRED = ("team_id", "user_id", "channel_id", "trigger_id", "command")


@FUZZ
@given(others=st.fixed_dictionaries({}, optional={k: TEXT for k in COMMAND if k not in REQUIRED}),
       broken=st.sets(st.sampled_from(REQUIRED), min_size=1), emptied=st.booleans(),
       wrong_command=TEXT.filter(lambda t: t != "/seek-advice"))
async def test_hostile_slash_commands(bot: Bot, caplog: pytest.LogCaptureFixture, others: dict[str, str],
                                      broken: set[str], emptied: bool, wrong_command: str) -> None:
    """A command whose identity is broken (a field missing or empty, a command we do not register), with
    every other field odd, huge or missing. A good command with odd text is the next test."""
    body = {**COMMAND, **others}
    for key in broken:
        if key == "command":
            body["command"] = wrong_command
        elif emptied:
            body[key] = ""
        else:
            del body[key]
    assert await hit(bot, caplog, urlencode(body), FORM) == 400


@FUZZ
@given(text=TEXT)
async def test_odd_command_text_starts_only_a_private_dialog(bot: Bot, caplog: pytest.LogCaptureFixture,
                                                             text: str) -> None:
    """A good command with any text opens the modal; nothing is stored but the dialog itself (and its key)."""
    before = bot.counts()
    settler = Settler()
    with no_errors_logged(caplog):
        r = await bot.slack.command("/seek-advice", PRACTITIONER, TEAM_CHANNEL, text)
        await settler.wait()
    assert r.status == 200
    after = bot.counts()
    # A dialog, its key, and the audit event that says it started (no text in it): nothing else.
    assert {t for t in before if before[t] != after[t]} <= {"dialog_state", "processed_request", "audit_event",
                                                             "audit_head"}
    assert all(after[t] == 0 for t in ("consultation", "decision", "advice", "escalation"))
    assert "<!channel>" not in "".join(c.raw for c in bot.api.calls if c.method.startswith("chat."))


@FUZZ
@given(doc=encoded(BLOCK_ACTIONS) | encoded(VIEW_ACTIONS))
async def test_hostile_block_actions(bot: Bot, caplog: pytest.LogCaptureFixture, doc: str) -> None:
    await hit(bot, caplog, payload_form(doc), FORM)


@FUZZ
@given(doc=encoded(VIEW_SUBMISSION))
async def test_hostile_view_submissions(bot: Bot, caplog: pytest.LogCaptureFixture, doc: str) -> None:
    await hit(bot, caplog, payload_form(doc), FORM)


@FUZZ
@given(doc=encoded(EVENT) | encoded(HOME))
async def test_hostile_events(bot: Bot, caplog: pytest.LogCaptureFixture, doc: str) -> None:
    await hit(bot, caplog, doc, "application/json")


@FUZZ
@given(body=st.binary(max_size=2000).map(lambda b: b.decode("latin-1")) | TEXT,
       kind=st.sampled_from([FORM, "application/json", "text/plain", "multipart/form-data"]))
async def test_arbitrary_bodies(bot: Bot, caplog: pytest.LogCaptureFixture, body: str, kind: str) -> None:
    assert await hit(bot, caplog, body, kind) in (200, 400, 401, 404, 415)


async def test_a_body_over_the_size_limit_is_refused(bot: Bot) -> None:
    """Slack never sends a megabyte; a client that does is told so before anything parses it."""
    body = urlencode({"payload": json.dumps({**VIEW_SUBMISSION, "junk": "x" * 2_000_000})})
    r = await bot.slack.post(body, FORM, ts=int(time.time()))
    assert r.status == 413
    assert bot.counts() == {t: 0 for t in bot.counts()}
