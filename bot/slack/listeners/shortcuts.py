"""The message shortcut "Seek advice about this message": the message's text starts the dialog."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.context import Slack
from bot.slack.modal_flow import seek_advice

SEEK_ADVICE_MESSAGE = "seek_advice_message"


def unescape(text: str) -> str:
    """Slack sends message text with its own entities; the practitioner should see what was written."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def register(app: AsyncApp, slack: Slack) -> None:
    slack.registered["shortcuts"].add(SEEK_ADVICE_MESSAGE)

    @app.message_shortcut(SEEK_ADVICE_MESSAGE)
    async def on_message_shortcut(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        message = body.get("message") or {}
        channel = str((body.get("channel") or {}).get("id", ""))
        await seek_advice(slack, client, body, channel=channel, text=unescape(str(message.get("text", ""))))
