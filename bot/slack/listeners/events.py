"""Events API: thread replies to consultations (saved as anonymised advice) and the App Home tab.

Slack retries an event it thinks we missed (X-Slack-Retry-Num). The event_id is claimed once, before
the ack, so a retry is answered 200 and goes no further; the advice row's unique external id catches
anything that slips past.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.logging_setup import log
from bot.slack import blocks
from bot.slack.context import Slack
from bot.slack.listeners.shortcuts import unescape
from dialogs.home import home
from dialogs.posted import is_consultation_thread

#: The reaction that tells a colleague their reply was kept as advice.
SAVED_REACTION = "memo"


def event_key(body: dict[str, Any]) -> str:
    event = body.get("event") or {}
    return f"slack:event:{body.get('event_id') or str(event.get('channel', '')) + str(event.get('ts', ''))}"


def register(app: AsyncApp, slack: Slack) -> None:
    slack.registered["events"].update({"message", "app_home_opened"})

    @app.middleware
    async def once_per_event(req: AsyncBoltRequest, resp: BoltResponse,
                             next: Callable[[], Awaitable[BoltResponse]]) -> BoltResponse:
        body = req.body
        if body.get("type") == "event_callback" and not await slack.first_time(event_key(body)):
            log.info("slack.event_repeat", retry=req.headers.get("x-slack-retry-num", ["0"])[0])
            return BoltResponse(status=200, body="")
        return await next()

    @app.event("message")
    async def on_message(body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient) -> None:
        thread_ts, ts = event.get("thread_ts"), event.get("ts")
        if event.get("subtype") or event.get("bot_id") or not thread_ts or thread_ts == ts:
            return
        channel = str(event.get("channel", ""))
        ref = f"{channel}:{thread_ts}"
        try:
            actor = await slack.actor({"team_id": body.get("team_id") or event.get("team"),
                                       "user_id": event.get("user")})
            if not await slack.call(is_consultation_thread, slack.core.engine, actor.org_id, ref):
                return
            await slack.call(slack.core.add_advice, actor, ref, unescape(str(event.get("text", ""))),
                             f"slack:{body.get('event_id') or channel + str(ts)}")
        except Exception:
            await slack.forget(event_key(body))
            raise
        try:
            await client.reactions_add(channel=channel, timestamp=str(ts), name=SAVED_REACTION)
        except SlackApiError as exc:
            log.info("slack.reaction_failed", error=str(exc.response.get("error")))

    @app.event("app_home_opened")
    async def on_home(body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        actor = await slack.actor({"team_id": body.get("team_id"), "user_id": event.get("user")})
        card = await slack.call(home, slack.core.engine, actor)
        await client.views_publish(user_id=actor.user_id, view=blocks.home_view(card))
