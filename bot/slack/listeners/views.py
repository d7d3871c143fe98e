"""Modal submissions: the seek-advice steps, the DSL's answer, the decision record and its correction.

The core runs before the ack, because Slack takes the next step (`response_action: update`) or the
field errors (`response_action: errors`, keyed by block_id) only in the response to the submission.
`answer` is the whole of it, shared by Bolt's listener (Socket Mode, OAuth installs) and the HTTP fast
path (`fast_path.py`); what is posted elsewhere follows the ack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import modals, unavailable
from bot.slack.context import Slack
from bot.slack.deliver import deliver
from bot.slack.metadata import ModalMeta
from dialogs.corrections import correct_decision
from dialogs.messages import Card, Notice, Post, Reply, Submission

GONE = Notice("This form is out of date. Please start again.", tone="warning")


@dataclass
class Answer:
    #: The ack's body (`response_action` and its view or errors); empty for a plain ack.
    response: dict[str, Any] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    origin: str = ""


async def answer(slack: Slack, body: dict[str, Any]) -> Answer:
    view = body.get("view") or {}
    meta = ModalMeta.load(view.get("private_metadata"))
    if meta is None or meta.kind == "closed":
        return Answer()
    sub = Submission(meta.submit, modals.values((view.get("state") or {}).get("values")),
                     meta.dialog_id, meta.version, dict(meta.carry))
    reply: Reply
    try:
        if meta.kind == "flow":  # the busiest path: who is acting and the step in one unit of work
            _actor, reply = await slack.call(slack.core.submit_as, slack.who(body), meta.channel, sub)
        elif meta.record_id is None:
            reply = Reply([GONE], done=True)
        elif meta.kind == "answer":
            reply = await slack.call(slack.core.answer, await slack.actor(body), meta.record_id, sub)
        elif meta.kind == "correction":
            reply = await slack.call(correct_decision, slack.core, await slack.actor(body), meta.record_id, sub)
        else:
            reply = await slack.call(slack.core.record_decision, await slack.actor(body), meta.record_id, sub)
    except unavailable.ERRORS as exc:  # e.g. the database is restarting: keep the answers, say so
        unavailable.failed("view_submission", exc)
        errors = unavailable.field_errors(view)
        if errors is None:
            # A step with no fields: push a small view saying so. Closing it returns to the step,
            # unchanged, so the same button can be pressed again once the records are back.
            return Answer({"response_action": "push", "view": modals.view([unavailable.NOTICE], meta)})
        return Answer({"response_action": "errors", "errors": errors})
    card = reply.messages[-1] if reply.messages else None
    if (len(reply.messages) == 1 and isinstance(card, Card) and card.errors
            and set(card.errors) <= modals.input_ids(card)):
        return Answer({"response_action": "errors", "errors": dict(card.errors)})
    return Answer({"response_action": "update", "view": modals.view(reply.messages, meta)}, list(reply.posts),
                  meta.channel)


def register(app: AsyncApp, slack: Slack) -> None:
    slack.registered["views"].add(modals.CALLBACK_ID)

    @app.view(modals.CALLBACK_ID)
    async def on_submit(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        done = await answer(slack, body)
        await ack(**done.response)
        if done.posts:
            await deliver(slack, client, done.posts, done.origin)
