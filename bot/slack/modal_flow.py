"""Opening a modal within Slack's 3-second trigger window, then filling it from the core."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.logging_setup import log
from bot.slack import modals, unavailable
from bot.slack.context import Slack
from bot.slack.metadata import ModalMeta
from dialogs.actors import Actor
from dialogs.messages import Notice, Reply

WELCOME_BACK = Notice("Welcome back. Carrying on where you left off; choose Stop to start again.")


async def open_then_fill(client: AsyncWebClient, trigger_id: str, meta: ModalMeta,
                         fill: Callable[[], Awaitable[Reply]]) -> Reply | None:
    """Open a placeholder at once (the trigger expires in 3 s), then replace it with the core's answer."""
    try:
        opened = await client.views_open(trigger_id=trigger_id, view=modals.placeholder(meta))
    except SlackApiError as exc:
        log.warning("slack.views_open_failed", error=str(exc.response.get("error")))
        return None
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
        actor = await slack.actor(body)  # inside the fill: it reads the database, which may be away
        return await _start_or_resume(slack, actor, conversation, text)

    await open_then_fill(client, str(body.get("trigger_id", "")), ModalMeta(kind="flow", channel=channel), fill)


async def _start_or_resume(slack: Slack, actor: Actor, conversation: str, text: str) -> Reply:
    if not text.strip():
        resumed = await slack.call(slack.core.resume, actor, conversation)
        if resumed is not None:
            resumed.messages.insert(0, WELCOME_BACK)
            return resumed
    return await slack.call(slack.core.start, actor, conversation, text)
