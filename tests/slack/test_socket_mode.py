"""Socket Mode: with SLACK_APP_TOKEN set the server opens Slack's WebSocket itself, acks envelopes on it,
and handles them like HTTP requests."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.server import build_app
from tests.slack.conftest import PRACTITIONER, TEAM_CHANNEL, settings_for
from tests.slack.fake_api import FakeSlackApi


@pytest.fixture
async def socket_client(db_url: str, api: FakeSlackApi) -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    settings = settings_for(db_url, api.url, slack_app_token="xapp-test", slack_signing_secret="")
    client = TestClient(TestServer(await build_app(settings), host="127.0.0.1"))
    await client.start_server()
    yield client
    await client.close()


async def test_a_command_over_socket_mode_is_acked_and_opens_the_modal(socket_client: TestClient,
                                                                        api: FakeSlackApi) -> None:  # type: ignore[type-arg]
    await asyncio.wait_for(api.socket_open.wait(), 10)
    opened = api.of("apps.connections.open")
    assert opened and opened[0].token == "xapp-test"
    envelope = {"envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True,
                "payload": {"token": "x", "team_id": "T1", "channel_id": TEAM_CHANNEL, "user_id": PRACTITIONER,
                            "user_name": "p", "command": "/seek-advice", "text": "", "trigger_id": "trig-s",
                            "api_app_id": "A1"}}
    await api.sockets[0].send_json(envelope)
    ack = await asyncio.wait_for(api.socket_in.get(), 10)
    assert ack["envelope_id"] == "env-1"
    calls = await api.wait_for("views.update")
    assert api.of("views.open")[0].body["trigger_id"] == "trig-s"
    assert "Seek advice" in calls[0].raw
    # no HTTP endpoint without a signing secret: Socket Mode only
    r = await socket_client.post("/slack/events", data="{}")
    assert r.status in (404, 405)
