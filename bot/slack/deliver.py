"""Deliver the core's posts: team channel, DSL channel, a DM, or a thread; update a post already made."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.logging_setup import log
from bot.slack import blocks
from bot.slack.context import Slack
from bot.slack.post_once import PostUnconfirmed, dm_once, post_once
from dialogs.messages import Message, Post
from dialogs.posted import post_ref


def split_ref(ref: str) -> tuple[str, str]:
    channel, _, ts = ref.partition(":")
    return channel, ts


async def deliver(slack: Slack, client: AsyncWebClient, posts: list[Post], origin: str = "") -> None:
    for post in posts:
        try:
            await _deliver_one(slack, client, post, origin)
        except SlackApiError as exc:
            # Log the kind of failure only; the message itself may hold case details.
            log.warning("slack.delivery_failed", audience=post.audience, error=str(exc.response.get("error")))
        except PostUnconfirmed:
            log.warning("slack.delivery_unconfirmed", audience=post.audience)
        except TimeoutError:  # the DM channel could not be opened: nothing was posted
            log.warning("slack.delivery_failed", audience=post.audience, error="timeout")


async def _deliver_one(slack: Slack, client: AsyncWebClient, post: Post, origin: str) -> None:
    body = blocks.message(post.message)
    if post.audience == "user":
        if post.user_id:
            await dm_once(client, post.user_id, **body)
        return
    if post.thread_of:
        channel, ts = split_ref(post.thread_of)
        await post_once(client, channel, thread_ts=ts, **body)
        return
    if post.record is not None:
        existing = await slack.call(post_ref, slack.core.engine, post.record)
        if existing:
            channel, ts = split_ref(existing)
            await client.chat_update(channel=channel, ts=ts, **body)
            return
    if post.audience == "dsl":
        targets = [slack.settings.slack_dsl_channel]
    else:
        targets = [slack.team_channel_for(origin), slack.settings.slack_team_channel]
    targets = [t for i, t in enumerate(targets) if t and t not in targets[:i]]
    if not targets:
        log.warning("slack.no_channel", audience=post.audience)
        return
    for n, channel in enumerate(targets, 1):
        try:
            # Not on to the fallback channel after a timeout: the post may be here already.
            resp = await post_once(client, channel, **body)
        except SlackApiError as exc:
            if n == len(targets):
                raise
            log.info("slack.fallback_channel", error=str(exc.response.get("error")))
            continue
        if post.record is not None:
            where = resp["channel"]
            await slack.call(slack.core.delivered, post.record, where, f"{where}:{resp['ts']}")
        return


async def tell(client: AsyncWebClient, channel: str, user: str, messages: list[Message]) -> None:
    """A reply only the person who clicked can see, in the channel where they clicked."""
    for msg in messages:
        try:
            await client.chat_postEphemeral(channel=channel, user=user, **blocks.message(msg))
        except SlackApiError as exc:
            log.warning("slack.ephemeral_failed", error=str(exc.response.get("error")))
