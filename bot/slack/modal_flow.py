"""Opening a modal within Slack's 3-second trigger window, then filling it from the core."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.logging_setup import log
from bot.slack import modals, unavailable
from bot.slack.context import Slack
from bot.slack.metadata import ModalMeta
from dialogs.messages import Notice, Reply

WELCOME_BACK = Notice("Welcome back. Carrying on where you left off; choose Stop to start again.")


async def open_then_fill(client: AsyncWebClient, trigger_id: str, meta: ModalMeta,
                         fill: Callable[[], Awaitable[Reply]], slots: asyncio.Semaphore) -> Reply | None:
    """Open a placeholder at once (the trigger expires in 3 s), then replace it with the core's answer."""
    try:
        opened = await client.views_open(trigger_id=trigger_id, view=modals.placeholder(meta))
    except SlackApiError as exc:
        log.warning("slack.views_open_failed", error=str(exc.response.get("error")))
        return None
    async with slots:  # the placeholder is up; the slow part waits for a free slot
        try:
            reply = await fill()
        except unavailable.ERRORS as exc:  # e.g. the database is restarting: say so, not leave the placeholder
            unavailable.failed("modal_fill", exc)
            reply = Reply([unavailable.NOTICE], done=True)
        try:
            await client.views_update(view_id=opened["view"]["id"], view=modals.view(reply.messages, meta))
        except SlackApiError as exc:  # e.g. the person closed the placeholder already
            log.warning("slack.views_update_failed", error=str(exc.response.get("error")))
    return reply


async def seek_advice(slack: Slack, client: AsyncWebClient, body: dict[str, Any], *, channel: str,
                      text: str) -> None:
    """The seek-advice modal, for the command, the message shortcut and the Home tab button."""
    conversation = channel or "home"

    async def fill() -> Reply:
        # Inside the fill: it reads the database, which may be away. Who is acting, and resuming or
        # starting, is one unit of work.
        opened = await slack.call(slack.core.open, slack.who(body), conversation, text)
        if opened.resumed:
            opened.reply.messages.insert(0, WELCOME_BACK)
        return opened.reply

    await open_then_fill(client, str(body.get("trigger_id", "")), ModalMeta(kind="flow", channel=channel), fill,
                         slack.after_ack)
