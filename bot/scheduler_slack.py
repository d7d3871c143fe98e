"""Scheduled posts to Slack: `chat.postMessage` to the DSL channel, a team channel or a person's DM.

Rendering is the Slack channel's own (`bot/slack/blocks.py`), so scheduled posts are escaped exactly as
every other message is. Each post goes through `post_once`: one that times out is looked for before it is
posted again. One that still cannot be confirmed is reported as sent with no reference, so the job does not
post it again later: a possibly missing reminder is preferred to a duplicate, as for every other post.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.logging_setup import log
from bot.slack import blocks
from bot.slack.post_once import PostUnconfirmed, dm_once, post_once
from dialogs.delivery import DeliveryError
from dialogs.messages import Post

TokenFor = Callable[[str], Awaitable[str | None]]


class SlackDeliverer:
    """Implements `dialogs.delivery.Deliverer` for Slack."""

    def __init__(self, token: str, api_url: str, dsl_channel: str, team_channel: str,
                 token_for: TokenFor | None = None) -> None:
        self.client = AsyncWebClient(token=token or None, base_url=api_url)
        self.token = token
        self.dsl_channel, self.team_channel = dsl_channel, team_channel
        #: Multi-workspace installs: the bot token of the workspace (org) a post is for.
        self.token_for = token_for

    def target(self, post: Post, channel: str | None) -> str:
        if channel:
            return channel
        if post.audience == "user":
            return post.user_id or ""  # the person: `deliver` opens the bot's DM channel with them
        return self.dsl_channel if post.audience == "dsl" else self.team_channel

    async def deliver(self, org_id: str, post: Post, channel: str | None = None) -> str | None:
        where = self.target(post, channel)
        if not where:
            raise DeliveryError(f"no Slack channel configured for the {post.audience} audience")
        token = (await self.token_for(org_id) if self.token_for else None) or self.token or None
        body: dict[str, Any] = {"unfurl_links": False, "unfurl_media": False, **blocks.message(post.message)}
        try:
            if post.audience == "user" and not channel:
                resp = await dm_once(self.client, where, token=token, **body)
            else:
                thread_ts = post.thread_of.partition(":")[2] if post.thread_of else None
                resp = await post_once(self.client, where, thread_ts=thread_ts, token=token, **body)
        except PostUnconfirmed:
            log.warning("scheduler.post_unconfirmed", platform="slack", audience=post.audience)
            return ""
        return f"{resp['channel']}:{resp['ts']}"

    async def close(self) -> None:
        session = getattr(self.client, "session", None)
        if session is not None and not session.closed:
            await session.close()
