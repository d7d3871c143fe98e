"""A local Bot Connector (the REST API Teams' service URL speaks) that records every call.

Also serves an OpenID metadata document and key set, so tests can sign Bot Framework tokens with a key
of their own and the server validates them exactly as it would Microsoft's.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa

ISSUER = "https://api.botframework.com"
KID = "test-key-1"


@dataclass
class Call:
    method: str
    path: str
    body: Any
    headers: dict[str, str]
    #: The activity id this call created or changed (what the connector answered).
    result_id: str = ""

    @property
    def conversation(self) -> str:
        return self.path.split("/v3/conversations/", 1)[1].split("/activities", 1)[0] if "/activities" in self.path \
            else ""

    @property
    def text(self) -> str:
        """The whole body as one string, to search for anything that must not be there."""
        return json.dumps(self.body, ensure_ascii=False)


@dataclass
class FakeConnector:
    calls: list[Call] = field(default_factory=list)
    url: str = ""
    key: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(65537, 2048))
    members: dict[str, dict[str, Any]] = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    fail_posts_to: set[str] = field(default_factory=set)
    #: Member ids the roster lookup answers 404 for (not in that conversation).
    unknown_members: set[str] = field(default_factory=set)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_post("/v3/conversations/{cid}/activities", self._post)
        app.router.add_post("/v3/conversations/{cid}/activities/{aid}", self._post)
        app.router.add_put("/v3/conversations/{cid}/activities/{aid}", self._put)
        app.router.add_get("/v3/conversations/{cid}/members/{mid}", self._member)
        app.router.add_get("/openid", self._openid)
        app.router.add_get("/keys", self._keys)
        return app

    async def quiet(self, since: int, first_within: float = 2.0, quiet_for: float = 0.2) -> None:
        """For a server in another process, whose turns finish after their 201: wait until calls have
        arrived since call number `since` and then stopped for `quiet_for` s (or none came in `first_within`)."""
        waited = 0.0
        while len(self.calls) == since and waited < first_within:
            await asyncio.sleep(0.02)
            waited += 0.02
        seen = -1
        while len(self.calls) != seen:
            seen = len(self.calls)
            await asyncio.sleep(quiet_for)

    async def _record(self, request: web.Request) -> Call:
        raw = await request.read()
        body = json.loads(raw) if raw else None
        call = Call(request.method, request.path, body, dict(request.headers))
        self.calls.append(call)
        return call

    async def _create(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        n = next(self._ids)
        call.result_id = f"a:personal-{n}"
        return web.json_response({"id": call.result_id, "activityId": f"act-{n}"}, status=201)

    async def _post(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        if request.match_info["cid"] in self.fail_posts_to:
            return web.json_response({"error": {"code": "ServiceError", "message": "down"}}, status=503)
        call.result_id = f"act-{next(self._ids)}"
        return web.json_response({"id": call.result_id}, status=201)

    async def _put(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        call.result_id = request.match_info["aid"]
        return web.json_response({"id": call.result_id})

    async def _member(self, request: web.Request) -> web.Response:
        await self._record(request)
        mid = request.match_info["mid"]
        if mid in self.unknown_members:
            return web.json_response({"error": {"code": "MemberNotFoundInConversation", "message": "not found"}},
                                     status=404)
        member = self.members.get(mid, {"id": mid, "name": "Someone", "aadObjectId": f"aad-{mid}",
                                        "userPrincipalName": f"{mid}@example.org", "tenantId": "tenant-1",
                                        "userRole": "user"})
        return web.json_response(member)

    async def _openid(self, request: web.Request) -> web.Response:
        return web.json_response({"issuer": ISSUER, "jwks_uri": f"{self.url}/keys",
                                  "id_token_signing_alg_values_supported": ["RS256"]})

    async def _keys(self, request: web.Request) -> web.Response:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        jwk.update({"kid": KID, "use": "sig", "endorsements": ["msteams"]})
        return web.json_response({"keys": [jwk]})

    # -- helpers for tests -----------------------------------------------------------------------------
    def token(self, app_id: str, service_url: str, *, expires_in: int = 3600, key: Any = None,
              kid: str = KID, issuer: str = ISSUER) -> str:
        now = int(time.time())
        claims = {"iss": issuer, "aud": app_id, "serviceurl": service_url, "nbf": now - 10, "iat": now - 10,
                  "exp": now + expires_in}
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": kid})

    def to(self, conversation: str) -> list[Call]:
        """Every POST and PUT of an activity in one conversation (a thread counts as its channel)."""
        return [c for c in self.calls if "/activities" in c.path
                and c.conversation.split(";messageid=")[0] == conversation]

    def last_card(self, conversation: str) -> tuple[str, dict[str, Any]]:
        """The newest card posted in a conversation, with the id of the activity that carries it."""
        for call in reversed(self.to(conversation)):
            if call.method == "POST" and self.cards([call]):
                return call.result_id, self.cards([call])[0]
        raise AssertionError(f"no card was posted to {conversation}")

    def final_state(self, conversation: str) -> dict[str, str]:
        """Activity id -> what it shows now (its last POST or PUT), for one conversation."""
        out: dict[str, str] = {}
        for call in self.to(conversation):
            out[call.result_id] = call.text
        return out

    def sent(self) -> list[Call]:
        """Activities the bot posted (new messages, replies and thread posts)."""
        return [c for c in self.calls if c.method == "POST" and "/activities" in c.path]

    def cards(self, calls: list[Call] | None = None) -> list[dict[str, Any]]:
        out = []
        for c in calls if calls is not None else self.calls:
            body = c.body if isinstance(c.body, dict) else {}
            activity = body.get("activity", body) if c.path == "/v3/conversations" else body
            for att in activity.get("attachments") or []:
                if "content" in att:  # cards; a file attachment has a contentUrl instead
                    out.append(att["content"])
        return out
