"""With an app id, only requests carrying a valid Bot Framework token are processed; the rest get 401.

The server validates tokens with botbuilder's own JWT validation, against signing keys published by the
local fake (as login.botframework.com publishes Microsoft's). Refusals are fast and change nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import jwt
import pytest
import structlog
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import func, select

from storage.db import session_scope
from storage.models import AuditEvent, ConversationRef, DialogState, ProcessedRequest
from tests.teams.cardkit import title
from tests.teams.conftest import Server, User
from tests.teams.fake_connector import FakeConnector

APP_ID = "11111111-2222-3333-4444-555555555555"


def _rows(server: Server) -> int:
    with session_scope(server.core.engine) as s:
        return sum(s.execute(select(func.count()).select_from(t)).scalar_one()
                   for t in (DialogState, ProcessedRequest, ConversationRef, AuditEvent))


@pytest.fixture
async def secured(start_server: Callable[..., Any], connector: FakeConnector) -> Server:
    return await start_server(microsoft_app_id=APP_ID, microsoft_app_password="not-used-here",
                              sharewise_teams_allow_unauthenticated=False,
                              microsoft_openid_metadata_url=f"{connector.url}/openid")


async def test_a_valid_token_is_accepted(secured: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    alice = people["alice"]
    token = connector.token(APP_ID, alice.service_url)
    # expectReplies puts the bot's replies in the HTTP body, so no outbound (token-needing) call is made.
    status, body = await secured.post(alice.says("help", deliveryMode="expectReplies"),
                                      {"Authorization": f"Bearer {token}"})
    assert status == 200
    cards = [a["content"] for act in body["activities"] for a in act.get("attachments", [])]
    assert title(cards[0]) == "Sharewise can help"
    assert not connector.sent()


def _forged(connector: FakeConnector, service_url: str) -> dict[str, str]:
    other_key = rsa.generate_private_key(65537, 2048)
    now = int(time.time())
    unsigned = jwt.encode({"iss": "https://api.botframework.com", "aud": APP_ID, "serviceurl": service_url,
                           "exp": now + 600}, key=None, algorithm="none")
    return {
        "garbage": "Bearer abc.def.ghi",
        "not a JWT at all": "Bearer hello",
        "unsigned (alg none)": f"Bearer {unsigned}",
        "expired": f"Bearer {connector.token(APP_ID, service_url, expires_in=-3600)}",
        "signed by another key": f"Bearer {connector.token(APP_ID, service_url, key=other_key)}",
        "unknown key id": f"Bearer {connector.token(APP_ID, service_url, kid='nope')}",
        "for another bot": f"Bearer {connector.token('another-app', service_url)}",
        "for another service URL": f"Bearer {connector.token(APP_ID, 'https://evil.example/')}",
        "wrong issuer": f"Bearer {connector.token(APP_ID, service_url, issuer='https://evil.example')}",
        "basic auth": "Basic dXNlcjpwYXNz",
    }


async def test_requests_without_a_valid_token_get_401_and_change_nothing(
        secured: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    alice = people["alice"]
    before = _rows(secured)
    cases = {"no header": None, **_forged(connector, alice.service_url)}
    for name, header in cases.items():
        started = time.perf_counter()
        status, _ = await secured.post(alice.says("seek advice"), {"Authorization": header} if header else {})
        assert status == 401, name
        assert time.perf_counter() - started < 2.0, name
    assert _rows(secured) == before
    assert not [c for c in connector.calls if c.path.startswith("/v3/")]


async def test_unreachable_signing_keys_fail_closed_and_fast(
        start_server: Callable[..., Any], connector: FakeConnector, people: dict[str, User]) -> None:
    server = await start_server(microsoft_app_id=APP_ID, sharewise_teams_allow_unauthenticated=False,
                                microsoft_openid_metadata_url="http://127.0.0.1:9/openid")
    alice = people["alice"]
    for _ in range(2):
        started = time.perf_counter()
        token = connector.token(APP_ID, alice.service_url)
        status, _ = await server.post(alice.says("seek advice"), {"Authorization": f"Bearer {token}"})
        assert status == 401
        assert time.perf_counter() - started < 2.0
    assert _rows(server) == 0


async def test_without_an_app_id_the_endpoint_refuses_everything(
        start_server: Callable[..., Any], connector: FakeConnector, people: dict[str, User]) -> None:
    server = await start_server(sharewise_teams_allow_unauthenticated=False)
    status, _ = await server.post(people["alice"].says("seek advice"))
    assert status == 401
    assert _rows(server) == 0 and not connector.calls


async def test_unauthenticated_mode_is_announced_loudly_at_start_up(start_server: Callable[..., Any]) -> None:
    with structlog.testing.capture_logs() as logs:
        await start_server(sharewise_teams_allow_unauthenticated=True)
    warnings = [e for e in logs if e["event"] == "teams.unauthenticated_mode"]
    assert warnings and warnings[0]["log_level"] == "warning"
    with structlog.testing.capture_logs() as logs:
        await start_server(microsoft_app_id=APP_ID, sharewise_teams_allow_unauthenticated=False)
    assert not [e for e in logs if e["event"] == "teams.unauthenticated_mode"]
