"""The Slack Web API or the Bot Connector answering 500 or 429 once: the post is retried, and exactly one
copy lands (counted at the local fake)."""

from __future__ import annotations

import itertools

import pytest
from aiohttp import web
from sqlalchemy import select

from storage.models import Consultation
from tests.security.wire import SlackJourney, TeamsJourney
from tests.slack.conftest import TEAM_CHANNEL, Bot
from tests.teams.conftest import TEAM_CHANNEL as TEAMS_CHANNEL
from tests.teams.conftest import Server, User
from tests.teams.fake_connector import FakeConnector


@pytest.mark.parametrize("status", [500, 429, 503])
async def test_slack_consultation_post_is_retried_once_and_lands_once(bot: Bot, status: int) -> None:
    journey = SlackJourney(bot.slack, bot.api, "URETRY", channel=TEAM_CHANNEL)
    await journey.to_request()
    view = await journey.step({"requester": "Housing", "information": "Concerns", "purpose": "Safety",
                               "special": "no"})
    while {b.get("block_id") for b in view["blocks"] if b.get("type") == "input"} == {"answer", "note"}:
        view = await journey.step({"answer": "yes"})
    view = await journey.step({"consent": "given"})
    bot.api.fail_once["chat.postMessage"] = status
    r = await bot.slack.interactive(bot.slack.view_click(view, "URETRY", "step:consult", "consult"))
    assert r.status == 200
    calls = await bot.api.wait_for("chat.postMessage", 2)
    assert await bot.eventually(select(Consultation.post_ref))
    landed = [c for c in bot.api.of("chat.postMessage") if c.answer.get("ok")]
    assert len(calls) == 2 and len(landed) == 1
    with bot.engine.connect() as conn:
        assert len(conn.execute(select(Consultation)).all()) == 1


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
        async def fail_once(request: web.Request, handler: web.RequestHandler) -> web.StreamResponse:
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
        journey = TeamsJourney(server.http, server.url, flaky, alice, bob, TEAMS_CHANNEL)
        assert "recorded" in await journey.run()
        assert flaky.failed == 1
        roots = [c for c in flaky.calls if c.method == "POST" and c.conversation == TEAMS_CHANNEL]
        assert len(roots) == 1  # the failed attempt is not recorded by the fake: it never landed
    finally:
        await runner.cleanup()
