"""What the Teams channel logic needs from the Bot Framework, as two small protocols.

`bot/teams/adapter.py` implements them with botbuilder 4.17.1; the logic in `channel.py` and
`delivery.py` sees only plain dicts in the Bot Framework wire schema (camelCase JSON), so moving to the
Microsoft 365 Agents SDK means a new adapter, not new logic.
"""

from __future__ import annotations

from typing import Any, Protocol

from bot.teams.inbound import Inbound


class Turn(Protocol):
    """The activity being handled, and replies into its conversation."""

    inbound: Inbound
    #: The ConversationReference JSON of the inbound activity (`ref.serialize()`).
    reference: dict[str, Any]

    async def reply(self, activity: dict[str, Any]) -> str: ...

    async def update(self, activity_id: str, activity: dict[str, Any]) -> None: ...


class Connector(Protocol):
    """Bot Connector calls outside the current conversation (proactive messages, channel posts)."""

    async def send(self, service_url: str, conversation_id: str, activity: dict[str, Any]) -> str: ...

    async def update(self, service_url: str, conversation_id: str, activity_id: str,
                     activity: dict[str, Any]) -> None: ...

    async def create_personal(self, service_url: str, tenant_id: str, bot_id: str, user_id: str,
                              aad_object_id: str) -> dict[str, Any]:
        """Open (or find) the 1:1 chat with a user; returns its ConversationReference JSON."""
        ...

    async def member(self, service_url: str, conversation_id: str, user_id: str) -> dict[str, Any] | None:
        """One member of a conversation (TeamsChannelAccount JSON, with `aadObjectId`); None if not found."""
        ...
