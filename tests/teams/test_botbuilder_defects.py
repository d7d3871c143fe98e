"""botbuilder 4.17.1 answers HTTP 500 to `expectReplies` and `adaptiveCard/action` (it serialises the
invoke response twice). Sharewise writes invoke responses itself; these tests show both work, and that
the bare library still fails (when it stops failing, the workaround in bot/teams/adapter.py can go).
"""

from __future__ import annotations

import json

import aiohttp
from aiohttp import web
from botbuilder.core import ActivityHandler, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from sqlalchemy import select

from storage.db import session_scope
from storage.models import DialogState
from tests.teams.cardkit import buttons, title
from tests.teams.conftest import Server, User
from tests.teams.fake_connector import FakeConnector


async def test_expect_replies_returns_200_with_the_replies_in_the_body(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    status, body = await server.post(people["alice"].says("seek advice", deliveryMode="expectReplies"))
    assert status == 200
    (activity,) = body["activities"]
    card = activity["attachments"][0]["content"]
    assert title(card) == "Seek advice about sharing information"
    assert not connector.sent()  # nothing went through the connector


async def test_adaptive_card_action_invoke_returns_200_with_a_card(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    alice = people["alice"]
    await server.post(alice.says("seek advice"))
    _, card = connector.last_card(alice.personal_conv)
    status, body = await server.post(alice.invoke(buttons(card)["next"], {"immediate_risk": "no"}))
    assert status == 200
    assert body["statusCode"] == 200 and body["type"] == "application/vnd.microsoft.card.adaptive"
    assert body["value"]["type"] == "AdaptiveCard"  # replaces the clicked card
    assert title(connector.last_card(alice.personal_conv)[1]) == "The situation"
    with session_scope(server.core.engine) as s:
        assert s.execute(select(DialogState.step)).scalar_one() == "situation"
    # An unknown verb is answered with a card that says so, still 200, and nothing changes.
    status, body = await server.post(alice.invoke({"sw": "format.disk", "value": "1"}))
    assert status == 200 and "recognise" in json.dumps(body["value"])


class _Echo(ActivityHandler):  # type: ignore[misc]
    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity("echo")


class _Cfg:
    APP_ID = ""
    APP_PASSWORD = ""
    APP_TYPE = "MultiTenant"
    APP_TENANTID = ""


async def test_bare_botbuilder_still_fails_expect_replies(connector: FakeConnector, people: dict[str, User]) -> None:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(_Cfg()))
    bot = _Echo()

    async def messages(request: web.Request) -> web.Response:
        try:
            return await adapter.process(request, bot)
        except Exception:
            return web.Response(status=500)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as http:
            activity = people["alice"].says("hi", deliveryMode="expectReplies")
            async with http.post(f"http://127.0.0.1:{port}/api/messages", json=activity) as resp:
                assert resp.status == 500
    finally:
        await runner.cleanup()
