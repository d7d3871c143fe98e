"""Listeners grouped by surface; each module's `register(app, slack)` adds its own."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.slack.context import Slack
from bot.slack.listeners import actions, commands, events, shortcuts, views


def register_all(app: AsyncApp, slack: Slack) -> None:
    for module in (commands, shortcuts, actions, views, events):
        module.register(app, slack)
