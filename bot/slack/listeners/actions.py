"""Buttons: on posted cards (decision, claim, answer), on the Home tab, inside the seek-advice modal, and
"Correct" on a recorded decision.

A repeated payload (Slack's retry, or the same click delivered twice) is recognised by its action_ts
and container and does nothing; two real clicks are told apart by the core (compare-and-set claims,
dialog versions).
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.logging_setup import log
from bot.slack import modals
from bot.slack.context import Slack, team_of, user_of
from bot.slack.deliver import deliver, tell
from bot.slack.metadata import ModalMeta
from bot.slack.modal_flow import open_then_fill, seek_advice
from dialogs.corrections import correction_form
from dialogs.messages import Notice, Reply, Submission

DECISION_OPEN = "decision.open"
CLAIM = "escalation.claim"
ANSWER_OPEN = "escalation.answer_open"
HOME_SEEK = "home.seek_advice"
CORRECT_OPEN = "decision.correct_open"
STEP = re.compile("^" + re.escape(modals.STEP_PREFIX))
NOT_FOUND = Notice("That could not be found. It may have been removed.", tone="warning")


def action_key(body: dict[str, Any]) -> str:
    action = (body.get("actions") or [{}])[0]
    container = body.get("container") or {}
    where = container.get("message_ts") or container.get("view_id") or ""
    user, _ = user_of(body)
    return f"slack:action:{team_of(body)}:{user}:{action.get('action_id')}:{action.get('action_ts')}:{where}"


def record_id(body: dict[str, Any]) -> int | None:
    value = str((body.get("actions") or [{}])[0].get("value", ""))
    return int(value) if value.isdigit() else None


def register(app: AsyncApp, slack: Slack) -> None:
    slack.registered["actions"].update({DECISION_OPEN, CLAIM, ANSWER_OPEN, HOME_SEEK, CORRECT_OPEN,
                                        modals.STEP_PREFIX + "*"})

    async def first(body: dict[str, Any]) -> bool:
        return await slack.first_time(action_key(body))

    @app.action(DECISION_OPEN)
    async def on_decision_open(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        cid = record_id(body)
        if not await first(body) or cid is None:
            return
        actor = await slack.actor(body)
        channel = str((body.get("channel") or {}).get("id", ""))

        async def fill() -> Reply:
            return await slack.call(slack.core.decision_form, actor, cid)

        await open_then_fill(client, str(body.get("trigger_id", "")),
                             ModalMeta(kind="decision", record_id=cid, channel=channel), fill, slack.after_ack)

    @app.action(ANSWER_OPEN)
    async def on_answer_open(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        eid = record_id(body)
        if not await first(body) or eid is None:
            return
        actor = await slack.actor(body)

        async def fill() -> Reply:
            return await slack.call(slack.core.answer_form, actor, eid)

        await open_then_fill(client, str(body.get("trigger_id", "")), ModalMeta(kind="answer", record_id=eid), fill,
                             slack.after_ack)

    @app.action(CORRECT_OPEN)
    async def on_correct_open(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        """From the confirmation modal the form replaces it in place; from a message it opens a new modal."""
        await ack()
        did = record_id(body)
        if not await first(body) or did is None:
            return
        actor = await slack.actor(body)
        view = body.get("view") or {}
        old = ModalMeta.load(view.get("private_metadata"))
        meta = ModalMeta(kind="correction", record_id=did, channel=old.channel if old else "")

        async def fill() -> Reply:
            return await slack.call(correction_form, slack.core, actor, did)

        if not view.get("id"):
            await open_then_fill(client, str(body.get("trigger_id", "")), meta, fill, slack.after_ack)
            return
        reply = await fill()
        try:
            await client.views_update(view_id=view["id"], hash=view.get("hash"), view=modals.view(reply.messages, meta))
        except SlackApiError as exc:
            log.info("slack.views_update_skipped", error=str(exc.response.get("error")))

    @app.action(CLAIM)
    async def on_claim(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        eid = record_id(body)
        key = action_key(body)
        if eid is None or not await slack.first_time(key):
            return
        try:
            actor = await slack.actor(body)
            reply = await slack.call(slack.core.claim, actor, eid)
        except Exception:
            await slack.forget(key)
            raise
        channel = str((body.get("channel") or {}).get("id", ""))
        await tell(client, channel, actor.user_id, reply.messages)
        await deliver(slack, client, reply.posts)

    @app.action(HOME_SEEK)
    async def on_home_seek(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        if await first(body):
            await seek_advice(slack, client, body, channel="", text="")

    @app.action(STEP)
    async def on_step(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        """A button inside the seek-advice modal: the modal's typed values come with it."""
        await ack()
        view = body.get("view") or {}
        meta = ModalMeta.load(view.get("private_metadata"))
        if meta is None or meta.kind != "flow" or not await first(body):
            return
        action = (body.get("actions") or [{}])[0]
        sub = Submission(str(action.get("value", "")), modals.values((view.get("state") or {}).get("values")),
                         meta.dialog_id, meta.version, dict(meta.carry))
        actor = await slack.actor(body)
        reply = await slack.call(slack.core.submit, actor, meta.channel, sub)
        try:
            await client.views_update(view_id=view.get("id"), hash=view.get("hash"),
                                      view=modals.view(reply.messages, meta))
        except SlackApiError as exc:
            # hash_conflict: the modal moved on meanwhile (another click); the core already kept order.
            log.info("slack.views_update_skipped", error=str(exc.response.get("error")))
        await deliver(slack, client, reply.posts, meta.channel)
