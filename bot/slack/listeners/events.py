"""Events API: thread replies to consultations (saved as anonymised advice) and the App Home tab.

Slack retries an event it thinks we missed (X-Slack-Retry-Num); the event_id is claimed once, and the
advice row's unique external id catches anything that slips past.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks
from bot.slack.context import Slack
from bot.slack.listeners.shortcuts import unescape
from dialogs.home import home


def register(app: AsyncApp, slack: Slack) -> None:
    slack.registered["events"].update({"message", "app_home_opened"})

    @app.event("message")
    async def on_message(body: dict[str, Any], event: dict[str, Any]) -> None:
        thread_ts, ts = event.get("thread_ts"), event.get("ts")
        if event.get("subtype") or event.get("bot_id") or not thread_ts or thread_ts == ts:
            return
        event_id = str(body.get("event_id") or "")
        channel = str(event.get("channel", ""))
        if not await slack.first_time(f"slack:event:{event_id or channel + str(ts)}"):
            return
        actor = await slack.actor({"team_id": body.get("team_id") or event.get("team"), "user_id": event.get("user")})
        await slack.call(slack.core.add_advice, actor, f"{channel}:{thread_ts}", unescape(str(event.get("text", ""))),
                         f"slack:{event_id or channel + str(ts)}")

    @app.event("app_home_opened")
    async def on_home(body: dict[str, Any], event: dict[str, Any], client: AsyncWebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        actor = await slack.actor({"team_id": body.get("team_id"), "user_id": event.get("user")})
        card = await slack.call(home, slack.core.engine, actor)
        await client.views_publish(user_id=actor.user_id, view=blocks.home_view(card))
