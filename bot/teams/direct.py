"""A message turn without botbuilder's per-turn machinery: replies posted to the Bot Connector as JSON.

For every turn botbuilder 4.17.1 deserialises the activity into msrest models, deep-copies it, builds a
TurnContext, and serialises each reply back through msrest; that was over half the CPU of a Teams turn
(bench/RESULTS.md). Message turns handed to `offload` (already authenticated by `adapter.handle`) run
here instead: the activity stays the JSON Teams sent, and replies go through the same aiohttp session,
proxy and app token as the connector client the adapter keeps for that service URL (`aio_sender`). The
wire format is the Bot Framework REST API's: `POST /v3/conversations/{id}/activities/{replyToId}` to
reply, `PUT /v3/conversations/{id}/activities/{activityId}` to update.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

import aiohttp

from bot.teams import retry
from bot.teams.inbound import Inbound

_ACCOUNT = ("id", "name", "aadObjectId", "role")
_CONVERSATION = ("id", "name", "conversationType", "isGroup", "tenantId")


class ConnectorError(Exception):
    """The Bot Connector answered an error; `response` has what `retry` reads (status, headers)."""

    def __init__(self, status: int, headers: Any) -> None:
        super().__init__(f"Bot Connector answered {status}")
        self.response = SimpleNamespace(status=status, headers=headers)


class Direct:
    """JSON calls to one service URL, with the app's bearer token when it has an id."""

    def __init__(self, base_url: str, session: aiohttp.ClientSession, proxy: str | None, credentials: Any) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session
        self.proxy = proxy
        self.credentials = credentials

    async def call(self, method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """One call, retried as `retry.with_retries` allows (throttled, 5xx, or it never left us; an update
        (PUT) also after a timeout, as repeating it changes nothing)."""
        return await retry.with_retries("reply" if method == "POST" else "update",
                                        lambda: self._call_once(method, path, body), idempotent=method == "PUT")

    async def _call_once(self, method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        headers = {"Content-Type": "application/json"}
        if self.credentials is not None and self.credentials._should_set_token(None):
            # Cached by MSAL almost always; on a miss it fetches a token over blocking HTTP, so not on the loop.
            token = await asyncio.to_thread(self.credentials.get_access_token)
            headers["Authorization"] = f"Bearer {token}"
        async with self.session.request(method, self.base_url + path, json=body, headers=headers,
                                        proxy=self.proxy) as resp:
            if resp.status >= 400:
                raise ConnectorError(resp.status, resp.headers)
            if resp.content_length == 0:
                return {}
            found = await resp.json(content_type=None)
            return found if isinstance(found, dict) else {}


def _pick(value: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: value[k] for k in keys if isinstance(value, dict) and value.get(k) is not None}


def reference_of(body: dict[str, Any]) -> dict[str, Any]:
    """The inbound activity's ConversationReference JSON, as botbuilder's `serialize()` writes it."""
    ref = {"activityId": body.get("id"), "user": _pick(body.get("from"), _ACCOUNT),
           "conversation": _pick(body.get("conversation"), _CONVERSATION),
           "bot": _pick(body.get("recipient"), _ACCOUNT),
           "channelId": body.get("channelId"), "locale": body.get("locale"), "serviceUrl": body.get("serviceUrl")}
    return {k: v for k, v in ref.items() if v is not None}


class DirectTurn:
    """`ports.Turn` for a message activity as Teams sent it."""

    def __init__(self, body: dict[str, Any], inbound: Inbound, direct: Direct) -> None:
        self.inbound = inbound
        self.reference = reference_of(body)
        self._direct = direct
        self._conversation = quote(str(inbound.conversation_id), safe="")

    def _addressed(self, activity: dict[str, Any]) -> dict[str, Any]:
        ref = self.reference
        out = {"type": "message", **activity, "channelId": ref.get("channelId"), "serviceUrl": ref.get("serviceUrl"),
               "conversation": ref.get("conversation"), "from": ref.get("bot"), "recipient": ref.get("user")}
        if ref.get("locale"):
            out.setdefault("locale", ref["locale"])
        return out

    async def reply(self, activity: dict[str, Any]) -> str:
        reply_to = str(self.reference.get("activityId") or "")
        out = {**self._addressed(activity), "replyToId": reply_to}
        path = f"/v3/conversations/{self._conversation}/activities"
        if reply_to:
            path += "/" + quote(reply_to, safe="")
        found = await self._direct.call("POST", path, out)
        return str(found.get("id") or "")

    async def update(self, activity_id: str, activity: dict[str, Any]) -> None:
        out = {**self._addressed(activity), "id": activity_id}
        await self._direct.call("PUT", f"/v3/conversations/{self._conversation}/activities/"
                                       f"{quote(activity_id, safe='')}", out)
