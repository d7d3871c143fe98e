"""Post to a Slack channel or thread so that a timed-out post is retried without posting twice.

Slack has no idempotency key for chat.postMessage, and a call that times out may still have landed. So every
post carries a key of its own in its message metadata; after a timeout we look for that key in the channel
(or thread) and post again only if it is not there. A direct message is the same post into the bot's DM
channel with the person (`dm_once`), found with `im:history`."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.logging_setup import log

#: Seconds to wait for chat.postMessage (and each look-up) before treating it as timed out: shorter than
#: the client's own timeout so that we, not aiohttp, decide what happens next. Tests lower it.
POST_TIMEOUT = 10.0
#: Attempts to post in all; each timed-out attempt is followed by a look-up.
ATTEMPTS = 2
#: Look back this far before the first attempt: our clock and Slack's may disagree a little.
CLOCK_SLACK = 120.0
#: Pages of history to search; the window is a couple of minutes, so this is generous.
MAX_PAGES = 5
EVENT_TYPE = "sharewise_post"


class PostUnconfirmed(Exception):
    """Every attempt timed out, or we could not look: the post may or may not be in the channel."""


async def open_dm(client: AsyncWebClient, user_id: str, token: str | None = None) -> str:
    """The id (D…) of the bot's DM channel with a person. Opening is idempotent (the same channel every
    time), so a timed-out attempt is simply tried again; nothing is posted by it."""
    auth: dict[str, Any] = {"token": token} if token else {}
    for attempt in range(1, ATTEMPTS + 1):
        try:
            opened = await asyncio.wait_for(client.conversations_open(users=user_id, **auth), POST_TIMEOUT)
        except TimeoutError:
            log.warning("slack.dm_open_timeout", attempt=attempt)
            if attempt == ATTEMPTS:
                raise
            continue
        channel = str((opened.get("channel") or {}).get("id") or "")
        if not channel:
            raise SlackApiError("conversations.open answered no channel", opened)
        return channel
    raise AssertionError("unreachable")


async def dm_once(client: AsyncWebClient, user_id: str, token: str | None = None,
                  **body: Any) -> dict[str, Any]:
    """A direct message to a person, posted once (see `post_once`) into the bot's DM channel with them."""
    return await post_once(client, await open_dm(client, user_id, token), token=token, **body)


async def post_once(client: AsyncWebClient, channel: str, thread_ts: str | None = None, token: str | None = None,
                    **body: Any) -> dict[str, Any]:
    """Post once; answer `{"channel", "ts"}` of the message, whether it was confirmed or found later.
    `token`: another workspace's bot token (several installations), for the post and the look-ups."""
    key = uuid.uuid4().hex  # Unique per delivery, the same across its retries; carries no case details.
    metadata = {"event_type": EVENT_TYPE, "event_payload": {"key": key}}
    # Only when given: a `token=None` in a JSON call would send no token at all rather than the client's.
    auth: dict[str, Any] = {"token": token} if token else {}
    args: dict[str, Any] = {"channel": channel, "metadata": metadata, **auth, **body}
    if thread_ts:
        args["thread_ts"] = thread_ts
    since = time.time() - CLOCK_SLACK
    for attempt in range(1, ATTEMPTS + 1):
        try:
            resp = await asyncio.wait_for(client.chat_postMessage(**args), POST_TIMEOUT)
            return {"channel": str(resp.get("channel") or channel), "ts": str(resp["ts"])}
        except TimeoutError:
            log.warning("slack.post_timeout", attempt=attempt)
        try:
            found = await _find(client, channel, thread_ts, key, since, auth)
        except (TimeoutError, SlackApiError) as exc:
            # Not knowing is not "not there": posting again could post twice.
            error = exc.response.get("error") if isinstance(exc, SlackApiError) else "timeout"
            log.warning("slack.post_unconfirmed", error=str(error))
            raise PostUnconfirmed from exc
        if found is not None:
            log.info("slack.post_found_after_timeout", attempt=attempt)
            return {"channel": channel, "ts": found}
    log.warning("slack.post_gave_up", attempts=ATTEMPTS)
    raise PostUnconfirmed


async def _find(client: AsyncWebClient, channel: str, thread_ts: str | None, key: str,
                since: float, auth: dict[str, Any]) -> str | None:
    """The ts of the message carrying `key`, posted since `since`, or None."""
    cursor: str | None = None
    for _ in range(MAX_PAGES):
        common: dict[str, Any] = {"channel": channel, "oldest": f"{since:.6f}", "include_all_metadata": True,
                                  "limit": 200, "cursor": cursor, **auth}
        if thread_ts:
            page = await asyncio.wait_for(client.conversations_replies(ts=thread_ts, **common), POST_TIMEOUT)
        else:
            page = await asyncio.wait_for(client.conversations_history(**common), POST_TIMEOUT)
        for msg in page.get("messages") or []:
            meta = msg.get("metadata") or {}
            if meta.get("event_type") == EVENT_TYPE and (meta.get("event_payload") or {}).get("key") == key:
                return str(msg["ts"])
        cursor = ((page.get("response_metadata") or {}).get("next_cursor")) or None
        if not cursor:
            return None
    log.warning("slack.post_unconfirmed", error="history_too_long")
    raise PostUnconfirmed
