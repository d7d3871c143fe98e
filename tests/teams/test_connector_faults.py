"""The Bot Connector refusing connections, or dropping one after it read the request: a reply that never
reached it is retried and lands once; one that may have landed is not sent again, and the log says so
without any of its content."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import structlog
from aiohttp import web

from tests.teams.cardkit import buttons
from tests.teams.conftest import Server, User
from tests.teams.fake_connector import FakeConnector
from tests.teams.late_port import LatePort, dropping_app, open_after_first_refusal


def alice_at(url: str) -> User:
    return User(url + "/", "29:alice", "aad-alice", "Alice Practitioner", "a:alice-personal")


async def test_a_reply_to_a_connector_refusing_connections_at_first_is_retried_and_lands_once(
        start_server: Callable[..., Any]) -> None:
    late, fake = LatePort(), FakeConnector()
    fake.url = late.url
    server: Server = await start_server()
    alice = alice_at(late.url)
    try:
        with structlog.testing.capture_logs() as logs:
            sent = asyncio.create_task(server.post(alice.says("help")))
            await open_after_first_refusal(late, fake.app(), logs)
            status, _ = await sent
        assert status == 201
        replies = [c for c in fake.calls if c.method == "POST"]
        assert len(replies) == 1 and replies[0].conversation == alice.personal_conv
        assert replies[0].body["replyToId"] == alice.last_ids[-1]
        retried = [e for e in logs if e["event"] == "teams.connector_retry"]
        assert retried[0]["call"] == "reply" and retried[0]["error"] == "ClientConnectorError"
        assert not [e for e in logs if e["event"] == "teams.send_unconfirmed"]
    finally:
        await late.close()


async def test_a_reply_whose_connection_dropped_after_sending_is_not_sent_again(
        start_server: Callable[..., Any]) -> None:
    received: list[str] = []
    late = LatePort()
    await late.open(dropping_app(received))
    server: Server = await start_server()
    alice = alice_at(late.url)
    try:
        with structlog.testing.capture_logs() as logs:
            await server.post(alice.says("help"))
        assert len(received) == 1  # it reached the connector once, and was not tried again
        (unconfirmed,) = [e for e in logs if e["event"] == "teams.send_unconfirmed"]
        assert unconfirmed == {"event": "teams.send_unconfirmed", "log_level": "warning", "call": "reply",
                               "error": "ServerDisconnectedError"}  # what failed, never what was in it
        assert not [e for e in logs if e["event"] == "teams.connector_retry"]
    finally:
        await late.close()


async def test_a_card_update_whose_connection_dropped_is_sent_again(start_server: Callable[..., Any]) -> None:
    """Updating a card replaces it with the same content, so unlike a new post it is safe to repeat."""
    fake, dropped = FakeConnector(), []

    @web.middleware
    async def drop_first_update(request: web.Request, handler: Any) -> web.StreamResponse:
        # Twice: aiohttp itself repeats an idempotent request once when a reused connection drops.
        if request.method == "PUT" and len(dropped) < 2:
            await request.read()
            dropped.append(request.path)
            assert request.transport is not None
            request.transport.close()
            raise web.HTTPServiceUnavailable()
        return await handler(request)

    app = fake.app()
    app.middlewares.append(drop_first_update)
    late = LatePort()
    await late.open(app)
    fake.url = late.url
    server: Server = await start_server()
    alice = alice_at(late.url)
    try:
        with structlog.testing.capture_logs() as logs:  # from the start: loggers are cached at first use
            await server.post(alice.says("seek advice"))
            card_id, card = fake.last_card(alice.personal_conv)
            status, _ = await server.post(alice.clicks(buttons(card)["next"], {"immediate_risk": "no"},
                                                       reply_to=card_id))
        assert status == 201
        path = f"/v3/conversations/{alice.personal_conv}/activities/{card_id}"
        assert dropped == [path, path]
        updates = [c for c in fake.calls if c.method == "PUT"]
        assert [u.path for u in updates] == [path]  # the clicked card was collapsed, once, on our retry
        retried = [e for e in logs if e["event"] == "teams.connector_retry"]
        assert retried and retried[0]["call"] == "update"
        assert not [e for e in logs if e["event"] == "teams.send_unconfirmed"]
    finally:
        await late.close()
