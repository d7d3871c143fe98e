"""Slash commands: `/seek-advice [text]` and the admin-only `/sharewise-dsl add|remove|list @user`."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks
from bot.slack.context import Slack
from bot.slack.escape import fit
from bot.slack.modal_flow import seek_advice
from dialogs.messages import Notice
from dialogs.roles_admin import change_dsl

SEEK_ADVICE = "/seek-advice"
DSL_ADMIN = "/sharewise-dsl"
#: With `should_escape: true` Slack sends a chosen person as <@U123|name>.
MENTION = re.compile(r"<@([UW][A-Z0-9]{2,30})(?:\|([^>]{0,80}))?>")
USAGE = Notice("Use /sharewise-dsl add @name, /sharewise-dsl remove @name or /sharewise-dsl list.")


def register(app: AsyncApp, slack: Slack) -> None:
    slack.registered["commands"].update({SEEK_ADVICE, DSL_ADMIN})

    @app.command(SEEK_ADVICE)
    async def on_seek_advice(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        await seek_advice(slack, client, body, channel=str(body.get("channel_id", "")),
                          text=str(body.get("text", "")))

    @app.command(DSL_ADMIN)
    async def on_dsl_admin(ack: AsyncAck, body: dict[str, Any]) -> None:
        words = str(body.get("text", "")).split()
        op = words[0].lower() if words else ""
        found = MENTION.search(str(body.get("text", "")))
        if op not in ("add", "remove", "list") or (op != "list" and found is None):
            await ack(text=fit(USAGE.text, 3000), blocks=blocks.notice_blocks(USAGE))
            return
        actor = await slack.actor(body)
        user_id = found.group(1) if found else ""
        label = ("@" + found.group(2)) if found and found.group(2) else user_id
        reply = await slack.call(change_dsl, slack.core, actor, op, user_id, label)
        notice = next((m for m in reply.messages if isinstance(m, Notice)), USAGE)
        await ack(text=fit(notice.text, 3000), blocks=blocks.notice_blocks(notice))
