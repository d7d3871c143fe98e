"""The app manifest asks Slack for exactly what the code handles, and everything it names is answered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.slack import SLACK
from bot.slack.app import BOT_SCOPES, REDIRECT_PATH
from tests.slack.conftest import PRACTITIONER, TEAM_CHANNEL, Bot

MANIFEST = Path(__file__).parents[2] / "manifest" / "slack" / "manifest.yml"


def manifest() -> dict[str, Any]:
    return yaml.safe_load(MANIFEST.read_text())


def registered(bot: Bot) -> dict[str, set[str]]:
    app = bot.slack.client.app
    assert app is not None
    return app[SLACK].registered


async def test_manifest_matches_what_the_bolt_app_registers(bot: Bot) -> None:
    m = manifest()
    reg = registered(bot)
    assert {c["command"] for c in m["features"]["slash_commands"]} == reg["commands"]
    assert {s["callback_id"] for s in m["features"]["shortcuts"]} == reg["shortcuts"]
    events = {e.split(".")[0] for e in m["settings"]["event_subscriptions"]["bot_events"]}
    assert events == reg["events"]
    assert set(m["oauth_config"]["scopes"]["bot"]) == set(BOT_SCOPES)
    assert m["settings"]["interactivity"]["is_enabled"] is True
    assert m["features"]["app_home"]["home_tab_enabled"] is True
    urls = [c["url"] for c in m["features"]["slash_commands"]]
    urls += [m["settings"]["event_subscriptions"]["request_url"], m["settings"]["interactivity"]["request_url"]]
    assert all(u.endswith("/slack/events") for u in urls)
    assert all(u.endswith(REDIRECT_PATH) for u in m["oauth_config"]["redirect_urls"])
    assert 174 <= len(m["display_information"]["long_description"]) <= 4000
    for s in m["features"]["shortcuts"]:
        assert s["type"] == "message" and len(s["name"]) <= 80


async def test_every_command_shortcut_and_event_in_the_manifest_is_answered(bot: Bot) -> None:
    m = manifest()
    for c in m["features"]["slash_commands"]:
        r = await bot.slack.command(c["command"], PRACTITIONER, TEAM_CHANNEL, "list")
        assert r.status == 200, c["command"]
    for s in m["features"]["shortcuts"]:
        r = await bot.slack.interactive({
            "type": "message_action", "callback_id": s["callback_id"], "trigger_id": "t-1",
            "team": {"id": "T1"}, "user": bot.slack.user(PRACTITIONER), "channel": {"id": TEAM_CHANNEL},
            "message": {"type": "message", "text": "Can I share this?", "ts": "1.1"},
            "message_ts": "1.1", "response_url": "https://hooks.slack.invalid/1", "action_ts": "2.2"})
        assert r.status == 200, s["callback_id"]
    opened = await bot.api.wait_for("views.open", 2)
    assert len(opened) == 2
    shortcut_fill = (await bot.api.wait_for("views.update", 2))
    assert any("Can I share this?" in c.raw for c in shortcut_fill)
    for n, name in enumerate(m["settings"]["event_subscriptions"]["bot_events"]):
        event = {"type": name.split(".")[0], "user": PRACTITIONER, "channel": TEAM_CHANNEL, "ts": f"3.{n}",
                 "tab": "home", "text": "hello"}
        r = await bot.slack.event(event, f"EvM{n}")
        assert r.status == 200, name
