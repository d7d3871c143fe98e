"""The Slack Web API or the Bot Connector answering 500 or 429 once, or Slack timing out on a post: the post
is retried, and exactly one copy lands (counted at the local fake)."""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web
from sqlalchemy import select
from sqlmodel import col

from bot import offload
from bot.slack import post_once
from storage.models import Consultation
from tests.audit.helpers import consultation
from tests.security.settle import Settler
from tests.security.wire import SlackJourney, TeamsJourney
from tests.slack.conftest import PRACTITIONER, TEAM_CHANNEL, Bot
from tests.slack.test_records import ANSWERS, ORG, THREAD, seed
from tests.slack.test_walkthrough import click, next_view, opened_view
from tests.teams.conftest import TEAM_CHANNEL as TEAMS_CHANNEL
from tests.teams.conftest import Server, User
from tests.teams.fake_connector import FakeConnector


async def consult_view(bot: Bot) -> dict[str, Any]:
    """A practitioner's journey up to the step whose "consult" button posts to the team channel."""
    journey = SlackJourney(bot.slack, bot.api, "URETRY", channel=TEAM_CHANNEL)
    await journey.to_request()
    view = await journey.step({"requester": "Housing", "information": "Concerns", "purpose": "Safety",
                               "special": "no"})
    while {b.get("block_id") for b in view["blocks"] if b.get("type") == "input"} == {"answer", "note"}:
        view = await journey.step({"answer": "yes"})
    return await journey.step({"consent": "given"})


@pytest.mark.parametrize("status", [500, 429, 503])
async def test_slack_consultation_post_is_retried_once_and_lands_once(bot: Bot, status: int) -> None:
    view = await consult_view(bot)
    bot.api.fail_once["chat.postMessage"] = status
    r = await bot.slack.interactive(bot.slack.view_click(view, "URETRY", "step:consult", "consult"))
    assert r.status == 200
    calls = await bot.api.wait_for("chat.postMessage", 2)
    assert await bot.eventually(select(col(Consultation.post_ref)))
    landed = [c for c in bot.api.of("chat.postMessage") if c.answer.get("ok")]
    assert len(calls) == 2 and len(landed) == 1
    with bot.engine.connect() as conn:
        assert len(conn.execute(select(Consultation)).all()) == 1


async def test_slack_post_that_timed_out_but_landed_is_not_posted_again(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(post_once, "POST_TIMEOUT", 0.3)
    view = await consult_view(bot)
    bot.api.hold_once["chat.postMessage"] = "landed"
    r = await bot.slack.interactive(bot.slack.view_click(view, "URETRY", "step:consult", "consult"))
    assert r.status == 200
    ref = await bot.eventually(select(col(Consultation.post_ref)))
    posts = bot.api.of("chat.postMessage")
    assert len(posts) == 1 and ref == f"{TEAM_CHANNEL}:{posts[0].answer['ts']}"  # found, so replies thread
    look = bot.api.of("conversations.history")
    assert len(look) == 1 and look[0].body["channel"] == TEAM_CHANNEL
    assert float(look[0].body["oldest"]) < float(posts[0].answer["ts"])


async def test_slack_post_that_timed_out_and_was_lost_is_posted_once(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(post_once, "POST_TIMEOUT", 0.3)
    view = await consult_view(bot)
    bot.api.hold_once["chat.postMessage"] = "lost"
    r = await bot.slack.interactive(bot.slack.view_click(view, "URETRY", "step:consult", "consult"))
    assert r.status == 200
    ref = await bot.eventually(select(col(Consultation.post_ref)))
    posts = bot.api.of("chat.postMessage")
    landed = [c for c in posts if c.answer.get("ok")]
    assert len(posts) == 2 and len(landed) == 1 and ref == f"{TEAM_CHANNEL}:{landed[0].answer['ts']}"
    assert len(bot.api.of("conversations.history")) == 1
    assert posts[0].body["metadata"] == posts[1].body["metadata"]  # the same key: one post, tried twice


async def test_slack_thread_reply_that_timed_out_but_landed_is_not_posted_again(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(post_once, "POST_TIMEOUT", 0.3)
    cid = seed(bot, consultation, ORG, datetime.now(UTC), author_id=PRACTITIONER, posted_to=TEAM_CHANNEL,
               post_ref=THREAD, request={"requester": "Housing officer", "special": "no"})
    ts = THREAD.split(":")[1]
    bot.api.hold_once["chat.postMessage"] = "landed"
    bot.api.hold_if = lambda body: body.get("thread_ts") == ts
    await click(bot, bot.slack.message_click(PRACTITIONER, TEAM_CHANNEL, ts, "decision.open", str(cid)))
    form = await opened_view(bot, 0)
    settled = Settler()
    await next_view(bot, form, ANSWERS)
    await settled.wait()  # the delivery is over: a second post would be here by now
    (look,) = bot.api.of("conversations.replies")
    assert look.body["channel"] == TEAM_CHANNEL and look.body["ts"] == ts
    threaded = [c for c in bot.api.of("chat.postMessage") if c.body.get("thread_ts") == ts]
    assert len(threaded) == 1 and threaded[0].answer.get("ok")
    assert not bot.api.hold_once  # the held call was the thread reply


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class FlakyConnector(FakeConnector):
    """The fake Bot Connector, answering one status once for the first post to a conversation."""

    def __init__(self, status: int, conversation: str) -> None:
        super().__init__()
        self.status, self.conversation = status, conversation
        self.failed = 0

    def app(self) -> web.Application:
        app = super().app()
        flaky = self

        @web.middleware
        async def fail_once(request: web.Request, handler: Handler) -> web.StreamResponse:
            if (request.method == "POST" and not flaky.failed and
                    request.path == f"/v3/conversations/{flaky.conversation}/activities"):
                flaky.failed += 1
                await request.read()
                headers = {"Retry-After": "0"} if flaky.status == 429 else {}
                return web.json_response({"error": {"code": "Throttled", "message": "busy"}}, status=flaky.status,
                                         headers=headers)
            return await handler(request)

        app.middlewares.append(fail_once)
        return app


@pytest.mark.parametrize("status", [500, 429])
async def test_teams_channel_post_is_retried_once_and_lands_once(start_server: object, status: int) -> None:
    from tests.teams.conftest import _start

    flaky = FlakyConnector(status, TEAMS_CHANNEL)
    runner, url = await _start(flaky.app())
    flaky.url = url
    try:
        server: Server = await start_server()  # type: ignore[operator]
        n = itertools.count()
        alice = User(url + "/", "29:alice", "aad-alice", "Alice", f"a:alice-{next(n)}")
        bob = User(url + "/", "29:bob", "aad-bob", "Bob", "a:bob")
        journey = TeamsJourney(server.http, server.url, flaky, alice, bob, TEAMS_CHANNEL,
        settle=offload.of(server.app).idle)
        assert "recorded" in await journey.run()
        assert flaky.failed == 1
        roots = [c for c in flaky.calls if c.method == "POST" and c.conversation == TEAMS_CHANNEL]
        assert len(roots) == 1  # the failed attempt is not recorded by the fake: it never landed
    finally:
        await runner.cleanup()
