"""`/seek-advice` and modal submissions over HTTP, answered without Bolt's dispatch.

Neither needs anything from Bolt: the signature is already checked by `http.py`, and the answer is an
empty 200 (the command) or the `response_action` JSON (a submission). Bolt's middleware chain and
listener runner cost more than the rest of a command's ack (bench/RESULTS.md), and a flood is exactly
when answers must stay quick. The work is done by the same functions Bolt's listeners call for Socket
Mode and for workspaces installed through OAuth (whose bot token Bolt looks up per request): a
command's modal is opened and filled after the ack, possibly in the work process (`bot/offload.py`);
a submission's next step is in its response, and its posts follow.
"""

from __future__ import annotations

import time
from typing import Any

from aiohttp import web
from slack_bolt.async_app import AsyncApp

from bot.logging_setup import log
from bot.offload import Offload
from bot.slack import modals
from bot.slack.context import Slack
from bot.slack.deliver import deliver
from bot.slack.listeners import views
from bot.slack.listeners.commands import SEEK_ADVICE
from bot.slack.modal_flow import TOO_BUSY, seek_advice

JOB = "slack.seek_advice"
#: Seconds a command waits for the work in hand to go down before being told to try again: the ack
#: must reach Slack within 3 s, and the modal opened within 3 s too.
ROOM_WAIT = 1.0


def register(work: Offload, bolt: AsyncApp, slack: Slack) -> None:
    async def job(payload: dict[str, Any]) -> None:
        body = dict(payload["body"])
        await seek_advice(slack, bolt.client, body, channel=str(body.get("channel_id", "")),
                          text=str(body.get("text", "")), acked_at=float(payload["acked_at"]))

    work.register(JOB, job)


async def try_command(bolt: AsyncApp, work: Offload, form: dict[str, list[str]]) -> web.Response | None:
    """Ack `/seek-advice` and hand on its modal, or None to let Bolt handle the request."""
    if form.get("command", [""])[0] != SEEK_ADVICE or not bolt.client.token:
        return None  # another command, or OAuth mode: the token comes from the installation store
    arrived = time.time()  # the trigger's 3 s run from here, not from after any wait for room
    if work.busy() and not await work.room(ROOM_WAIT):
        # The form could not be opened within Slack's 3 s: say so now, to this person only.
        log.warning("slack.command_shed")
        return web.json_response({"response_type": "ephemeral", "text": TOO_BUSY})
    await work.submit(JOB, {"body": {key: values[0] for key, values in form.items()}, "acked_at": arrived})
    return web.Response(status=200)


async def try_submission(bolt: AsyncApp, slack: Slack, work: Offload, payload: dict[str, Any]) -> web.Response | None:
    """Answer a seek-advice modal's submission, or None to let Bolt handle the payload."""
    if (payload.get("type") != "view_submission" or not bolt.client.token
            or (payload.get("view") or {}).get("callback_id") != modals.CALLBACK_ID):
        return None
    done = await views.answer(slack, payload)
    if done.posts:
        work.spawn(deliver(slack, bolt.client, done.posts, done.origin))
    return web.json_response(done.response) if done.response else web.Response(status=200)
