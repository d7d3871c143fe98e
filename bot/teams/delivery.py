"""Delivering the core's replies in Teams: the person's private chat, the team and DSL channels, DMs.

Cards about a record (a consultation, an escalation) are remembered where they landed (`post:<kind>:<id>`)
so a later card about the same record replaces it in place (PUT) — e.g. the escalation card after a claim.
"""

from __future__ import annotations

import asyncio
from typing import Any

from bot.logging_setup import log
from bot.settings import Settings
from bot.teams import cards
from bot.teams.inbound import THREAD_MARK
from bot.teams.ports import Connector, Turn
from bot.teams.refs import RefStore
from dialogs.messages import Message, Notice, Post, Reply
from dialogs.runtime import Sharewise

POST_FAILED = Notice("Sorry, I could not post that to the channel just now. Nothing you typed was lost; "
                     "please try again in a few minutes, or tell your Sharewise admin.", tone="warning")


class Delivery:
    def __init__(self, core: Sharewise, settings: Settings, refs: RefStore, connector: Connector) -> None:
        self.core = core
        self.settings = settings
        self.refs = refs
        self.connector = connector

    async def reply(self, turn: Turn, reply: Reply) -> None:
        """Posts first (so a "posted" notice is true when it arrives), then the person's own messages."""
        failed = False
        for post in reply.posts:
            try:
                await self.post(turn, post)
            except Exception as exc:  # one failed post must not lose the rest of the reply
                log.error("teams.post_failed", audience=post.audience, error=type(exc).__name__)
                failed = True
        messages = list(reply.messages) + ([POST_FAILED] if failed else [])
        await self.to_person(turn, messages)

    async def to_person(self, turn: Turn, messages: list[Message]) -> None:
        """To the person at the keyboard, always privately: in their personal chat with the bot."""
        if not messages:
            return
        if turn.inbound.personal:
            for message in messages:
                await turn.reply(cards.activity(message))
            return
        ref = await self.personal_ref(turn)
        for message in messages:
            await self.connector.send(ref["serviceUrl"], ref["conversation"]["id"], cards.activity(message))

    async def personal_ref(self, turn: Turn) -> dict[str, Any]:
        inbound = turn.inbound
        key = f"user:{inbound.user_id}"
        if inbound.personal:
            return turn.reference
        ref = await self.refs.get(inbound.org_id, key)
        if ref is None:
            ref = await self.connector.create_personal(inbound.service_url, inbound.tenant_id, inbound.recipient_id,
                                                       inbound.from_id, inbound.from_aad)
            await self.refs.put(inbound.org_id, key, ref)
        return ref

    async def post(self, turn: Turn, post: Post) -> None:
        org = turn.inbound.org_id
        act = cards.activity(post.message)
        if post.audience == "user":
            ref = await self.refs.get(org, f"user:{post.user_id}") if post.user_id else None
            if ref is None:
                log.warning("teams.user_unreachable")
                return
            await self.connector.send(ref["serviceUrl"], ref["conversation"]["id"], act)
            return
        channel = self.settings.teams_team_channel if post.audience == "team" else self.settings.teams_dsl_channel
        if not channel:
            log.warning("teams.channel_not_configured", audience=post.audience)
            raise LookupError(f"no Teams channel configured for {post.audience}")
        known = await self.refs.get(org, f"channel:{channel}")
        service_url = known["serviceUrl"] if known else turn.inbound.service_url
        if post.thread_of:
            await self.connector.send(service_url, post.thread_of, act)
            return
        key = f"post:{post.record[0]}:{post.record[1]}" if post.record else ""
        if key:
            earlier = await self.refs.get(org, key)
            if earlier is not None:
                try:
                    await self.connector.update(earlier["serviceUrl"], earlier["conversation"]["id"],
                                                earlier["activityId"], act)
                    return
                except Exception as exc:  # deleted or too old to edit: post a fresh card instead
                    log.warning("teams.update_failed", error=type(exc).__name__)
        activity_id = await self.connector.send(service_url, channel, act)
        if post.record is not None:
            await asyncio.to_thread(self.core.delivered, post.record, channel, f"{channel}{THREAD_MARK}{activity_id}")
            await self.refs.put(org, key, {"activityId": activity_id, "channelId": "msteams",
                                           "conversation": {"id": channel}, "serviceUrl": service_url})
