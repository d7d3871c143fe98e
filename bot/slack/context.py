"""What every Slack listener needs, injected: the core, the settings, who is acting, and retry guards.

The core is synchronous (SQLAlchemy sessions), so every call goes through `asyncio.to_thread` and the
event loop keeps answering Slack within its 3-second limits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlmodel import delete

from bot.logging_setup import bind_org
from bot.settings import Settings
from dialogs.actors import Actor
from dialogs.runtime import Sharewise, Who
from storage.db import session_scope
from storage.idempotency import claim_once
from storage.models import ProcessedRequest

T = TypeVar("T")

#: How many acked commands may do their slow part (database, then filling the modal) at once. The rest
#: wait their turn, so a flood of commands cannot crowd out the event loop that answers Slack's next ones.
POST_ACK_SLOTS = 8


def team_of(body: dict[str, Any]) -> str:
    team = body.get("team")
    if isinstance(team, dict) and team.get("id"):
        return str(team["id"])
    return str(body.get("team_id") or (body.get("user") or {}).get("team_id") or "")


def user_of(body: dict[str, Any]) -> tuple[str, str]:
    """(user id, display name) from any payload shape Slack sends us."""
    user = body.get("user")
    if isinstance(user, dict):
        return str(user.get("id", "")), str(user.get("name") or user.get("username") or "")
    return str(body.get("user_id", "")), str(body.get("user_name", ""))


@dataclass
class Slack:
    core: Sharewise
    settings: Settings
    #: Everything registered with Bolt, so the manifest can be checked against it.
    registered: dict[str, set[str]] = field(default_factory=lambda: {
        "commands": set(), "shortcuts": set(), "events": set(), "actions": set(), "views": set()})
    after_ack: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(POST_ACK_SLOTS))

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.to_thread(fn, *args)

    def who(self, body: dict[str, Any]) -> Who:
        user_id, name = user_of(body)
        org_id = f"slack:{team_of(body)}"
        bind_org(org_id)  # every log event of this request carries the organisation, never the content
        return org_id, user_id, "slack", name

    async def actor(self, body: dict[str, Any]) -> Actor:
        return await self.call(self.core.actor, *self.who(body))

    async def first_time(self, key: str) -> bool:
        """True once per key across retries, double clicks and replicas."""
        def claim() -> bool:
            with session_scope(self.core.engine) as s:
                return claim_once(s, key)
        return await self.call(claim)

    async def forget(self, key: str) -> None:
        """Handling failed part-way: let Slack's retry try again instead of being dropped as a repeat."""
        def drop() -> None:
            with session_scope(self.core.engine) as s:
                s.execute(delete(ProcessedRequest).where(ProcessedRequest.key == key[:300]))  # type: ignore[arg-type]
        await self.call(drop)

    def team_channel_for(self, origin: str) -> str:
        """A consultation goes where the command was typed, or to the team channel from a DM."""
        if origin and not origin.startswith("D"):
            return origin
        return self.settings.slack_team_channel
