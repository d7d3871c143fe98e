"""Slash commands: `/seek-advice [text]`, the admin-only `/sharewise-dsl add|remove|list @user` and
`/sharewise-purge [--dry-run]`, and the DSLs' `/sharewise-export [from] [to] [csv|json]`.

A refusal or a usage hint is the ack itself; slow work (an export, a purge) is acked at once and its
result arrives in the person's direct message with the bot.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks
from bot.slack.context import Slack
from bot.slack.escape import fit
from bot.slack.files import dm, dm_file
from bot.slack.modal_flow import seek_advice
from dialogs import chat_records
from dialogs.actors import Actor
from dialogs.messages import Notice, Reply
from dialogs.retention import purge_for
from dialogs.roles_admin import change_dsl

SEEK_ADVICE = "/seek-advice"
DSL_ADMIN = "/sharewise-dsl"
EXPORT = "/sharewise-export"
PURGE = "/sharewise-purge"
#: With `should_escape: true` Slack sends a chosen person as <@U123|name>.
MENTION = re.compile(r"<@([UW][A-Z0-9]{2,30})(?:\|([^>]{0,80}))?>")
USAGE = Notice("Use /sharewise-dsl add @name, /sharewise-dsl remove @name or /sharewise-dsl list.")
EXPORT_USAGE = Notice("Use /sharewise-export [from] [to] [csv|json], with dates as YYYY-MM-DD, for example "
                      "/sharewise-export 2026-01-01 2026-01-31 csv. With no dates you get the last 30 days.")
PURGE_USAGE = Notice("Use /sharewise-purge, or /sharewise-purge --dry-run to see what would be removed.")
EXPORTING = Notice("Preparing your export. I will send it to you in a direct message.")
PURGING = Notice("Working on it. I will send you the result in a direct message.")
#: Slack takes files far larger, but an export for chat is built in memory; beyond this, the CLI.
FILE_LIMIT = 50 * 1024 * 1024


def first_notice(reply: Reply, fallback: Notice) -> Notice:
    return next((m for m in reply.messages if isinstance(m, Notice)), fallback)


def register(app: AsyncApp, slack: Slack) -> None:
    slack.registered["commands"].update({SEEK_ADVICE, DSL_ADMIN, EXPORT, PURGE})

    async def answer(ack: AsyncAck, notice: Notice) -> None:
        await ack(text=fit(notice.text, 3000), blocks=blocks.notice_blocks(notice))

    async def allowed(ack: AsyncAck, body: dict[str, Any], action: str, usage: Notice) -> Actor | None:
        """Who is asking, if they may do `action`; otherwise the refusal (audited) is the ack."""
        actor = await slack.actor(body)
        refused = await slack.call(chat_records.refusal, slack.core.engine, actor, action)
        if refused is not None:
            await answer(ack, first_notice(refused, usage))
            return None
        return actor

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
            await answer(ack, USAGE)
            return
        actor = await slack.actor(body)
        user_id = found.group(1) if found else ""
        label = ("@" + found.group(2)) if found and found.group(2) else user_id
        reply = await slack.call(change_dsl, slack.core, actor, op, user_id, label)
        await answer(ack, first_notice(reply, USAGE))

    @app.command(EXPORT)
    async def on_export(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        tz = slack.settings.sharewise_timezone
        parsed = chat_records.parse_export(str(body.get("text", "")), chat_records.today_in(tz))
        if isinstance(parsed, Notice):
            await answer(ack, EXPORT_USAGE if parsed is chat_records.EXPORT_USAGE else parsed)
            return
        actor = await allowed(ack, body, "records.export", EXPORT_USAGE)
        if actor is None:
            return
        await answer(ack, EXPORTING)
        start, end, fmt = parsed
        done = await slack.call(chat_records.export_for_chat, slack.core.engine, actor, start, end, fmt, tz,
                                FILE_LIMIT)
        note = first_notice(done.reply, EXPORTING)
        if done.content and await dm_file(client, actor.user_id, done.content, done.filename, note):
            return
        if done.content:
            note = Notice("Sorry, Slack did not take the file just now. If it is not here in a few minutes, "
                          "please run the export again.",
                          tone="warning")
        await dm(client, actor.user_id, [note])

    @app.command(PURGE)
    async def on_purge(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        dry_run = chat_records.parse_purge(str(body.get("text", "")))
        if dry_run is None:
            await answer(ack, PURGE_USAGE)
            return
        actor = await allowed(ack, body, "records.purge", PURGE_USAGE)
        if actor is None:
            return
        await answer(ack, PURGING)
        reply = await slack.call(lambda: purge_for(slack.core.engine, slack.settings.retention, actor,
                                                   dry_run=dry_run))
        await dm(client, actor.user_id, list(reply.messages))
