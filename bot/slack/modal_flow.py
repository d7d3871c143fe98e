"""Opening a modal within Slack's 3-second trigger window, then filling it from the core."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.logging_setup import log
from bot.slack import modals, unavailable
from bot.slack.context import Slack
from bot.slack.metadata import ModalMeta
from dialogs.messages import Notice, Reply

#: Slack's trigger ids last 3 seconds; past this, opening the modal would fail.
TRIGGER_WINDOW = 2.5
TOO_BUSY = ("Sorry, Sharewise was too busy to open the form just then, and nothing you typed has been kept. "
            "Please try /seek-advice again in a minute. If a child or adult is in immediate danger, call 999.")
WELCOME_BACK = Notice("Welcome back. Carrying on where you left off; choose Stop to start again.")


async def open_then_fill(client: AsyncWebClient, trigger_id: str, meta: ModalMeta,
                         fill: Callable[[], Awaitable[Reply]], slots: asyncio.Semaphore,
                         late: Callable[[], Awaitable[None]] | None = None,
                         acked_at: float | None = None) -> Reply | None:
    """Open a placeholder at once (the trigger expires in 3 s), then replace it with the core's answer.

    Work that reaches here after the trigger has expired (the server was swamped) cannot open a modal;
    `late` then tells the person so, instead of leaving them waiting for a form that never comes.
    """
    if late is not None and acked_at is not None and time.time() - acked_at > TRIGGER_WINDOW:
        log.warning("slack.trigger_expired_before_open")
        await late()
        return None
    try:
        opened = await client.views_open(trigger_id=trigger_id, view=modals.placeholder(meta))
    except SlackApiError as exc:
        error = str(exc.response.get("error"))
        log.warning("slack.views_open_failed", error=error)
        if late is not None and error == "expired_trigger_id":
            await late()
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


async def too_busy(client: AsyncWebClient, response_url: str) -> None:
    """Tell the person, only them, that the form could not be opened in time."""
    if not response_url:
        return
    try:
        await AsyncWebhookClient(response_url, session=client.session, timeout=client.timeout).send(
            text=TOO_BUSY, response_type="ephemeral", replace_original=False)
    except Exception as exc:  # nothing more can be done for this command; say so in the log only
        log.warning("slack.too_busy_not_sent", error=type(exc).__name__)


async def seek_advice(slack: Slack, client: AsyncWebClient, body: dict[str, Any], *, channel: str,
                      text: str, acked_at: float | None = None) -> None:
    """The seek-advice modal, for the command, the message shortcut and the Home tab button."""
    conversation = channel or "home"

    async def fill() -> Reply:
        # Inside the fill: it reads the database, which may be away. Who is acting, and resuming or
        # starting, is one unit of work.
        opened = await slack.call(slack.core.open, slack.who(body), conversation, text)
        if opened.resumed:
            opened.reply.messages.insert(0, WELCOME_BACK)
        return opened.reply

    async def late() -> None:
        await too_busy(client, str(body.get("response_url", "")))

    await open_then_fill(client, str(body.get("trigger_id", "")), ModalMeta(kind="flow", channel=channel), fill,
                         slack.after_ack, late, acked_at)
