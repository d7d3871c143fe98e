"""Scheduled posts to Teams: a Bot Connector `POST /v3/conversations/{id}/activities` per post.

Where to send comes from `conversation_ref` rows the Teams channel stores (`channel:<conversation id>`,
`user:<id>`; ConversationReference JSON with `serviceUrl`). With an app id set, each call carries a Bot
Framework token (client credentials, cached until shortly before it expires).

A post that could not connect is retried at once (`retry.with_retries`); one refused with an error status
fails the job, which is tried again later. One that timed out or lost its connection after the request went
out may have landed, and the Bot Connector gives no way to check: it is reported as sent with no reference,
so the job does not post it again (a possibly missing reminder is preferred to a duplicate).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any
from urllib.parse import quote

import aiohttp
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import col

from bot.logging_setup import log
from bot.teams import cards, retry
from dialogs.delivery import DeliveryError
from dialogs.messages import Post
from storage.db import session_scope
from storage.models import ConversationRef

TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"  # noqa: S105  (a URL)
SCOPE = "https://api.botframework.com/.default"


class TeamsDeliverer:
    """Implements `dialogs.delivery.Deliverer` for Teams."""

    def __init__(self, engine: Engine, dsl_channel: str, team_channel: str, app_id: str = "",
                 app_password: str = "", tenant: str = "", token_url: str = TOKEN_URL) -> None:
        self.engine = engine
        self.dsl_channel, self.team_channel = dsl_channel, team_channel
        self.app_id, self.app_password = app_id, app_password
        self.token_url = token_url.format(tenant=tenant or "botframework.com")
        self._session: aiohttp.ClientSession | None = None
        self._token: tuple[str, float] | None = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    def _ref(self, org_id: str, key: str) -> dict[str, Any] | None:
        with session_scope(self.engine) as s:
            base = select(ConversationRef).where(col(ConversationRef.org_id) == org_id,
                                                 col(ConversationRef.platform) == "teams")
            row = s.execute(base.where(col(ConversationRef.key) == key)).scalars().first()
            if row is None and key.startswith("channel:"):
                # A channel we know by id but never heard from: any reference gives the org's service URL.
                row = s.execute(base.order_by(col(ConversationRef.updated_at).desc())).scalars().first()
                if row is not None:
                    return {"serviceUrl": row.ref.get("serviceUrl"), "conversation": {"id": key[len("channel:"):]}}
            return dict(row.ref) if row is not None else None

    async def _auth(self) -> dict[str, str]:
        if not self.app_id:
            return {}
        if self._token is None or self._token[1] < time.monotonic():
            form = {"grant_type": "client_credentials", "client_id": self.app_id,
                    "client_secret": self.app_password, "scope": SCOPE}
            async with self._http().post(self.token_url, data=form) as resp:
                if resp.status != 200:
                    raise DeliveryError(f"token request refused ({resp.status})")
                body = await resp.json()
            self._token = (str(body["access_token"]), time.monotonic() + float(body.get("expires_in", 3600)) - 300)
        return {"Authorization": f"Bearer {self._token[0]}"}

    async def deliver(self, org_id: str, post: Post, channel: str | None = None) -> str | None:
        if post.audience == "user" and not channel:
            key = f"user:{post.user_id}"
        else:
            target = channel or (self.dsl_channel if post.audience == "dsl" else self.team_channel)
            if not target:
                raise DeliveryError(f"no Teams channel configured for the {post.audience} audience")
            key = f"channel:{target}"
        ref = await asyncio.to_thread(self._ref, org_id, key)
        if ref is None or not ref.get("serviceUrl"):
            raise DeliveryError("no stored conversation reference for this Teams recipient yet")
        conversation = str(ref["conversation"]["id"])
        if post.thread_of and post.audience != "user":
            conversation = f"{conversation};messageid={post.thread_of.rpartition(':')[2]}"
        activity = cards.activity(post.message)
        url = f"{str(ref['serviceUrl']).rstrip('/')}/v3/conversations/{quote(conversation, safe='')}/activities"
        headers = await self._auth()

        async def send() -> Any:
            async with self._http().post(url, json=activity, headers=headers) as resp:
                if resp.status >= 300:
                    raise DeliveryError(f"Bot Connector answered {resp.status}")
                return await resp.json(content_type=None)

        try:
            body = await retry.with_retries("scheduled", send)
        except retry.NOT_SENT as exc:  # never reached it: the job is tried again later
            raise DeliveryError("could not reach the Bot Connector") from exc
        except retry.MAYBE_SENT:
            log.warning("scheduler.post_unconfirmed", platform="teams", audience=post.audience)
            return ""
        return str(body.get("id", "")) if isinstance(body, dict) else None
