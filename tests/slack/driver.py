"""Drives the real server as Slack does: signed requests in Slack's documented payload shapes."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient

SECRET = "test-signing-secret"
TEAM = "T1"


def sign(body: str, ts: str, secret: str = SECRET) -> str:
    base = f"v0:{ts}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def state_for(view: dict[str, Any], answers: dict[str, str | list[str]]) -> dict[str, Any]:
    """`view.state.values` as Slack builds it from what a person filled in."""
    values: dict[str, Any] = {}
    for block in view.get("blocks", []):
        if block.get("type") != "input":
            continue
        el = block["element"]
        bid, kind = block["block_id"], el["type"]
        given = answers.get(bid)
        if given is None:  # untouched fields keep their initial values, as in Slack
            if "initial_value" in el:
                given = el["initial_value"]
            elif "initial_option" in el:
                given = el["initial_option"]["value"]
            elif "initial_options" in el:
                given = [o["value"] for o in el["initial_options"]]
            elif "initial_date" in el:
                given = el["initial_date"]
        if kind == "plain_text_input":
            st: dict[str, Any] = {"type": kind, "value": given}
        elif kind in ("radio_buttons", "static_select"):
            opts = {o["value"]: o for o in el["options"]}
            st = {"type": kind, "selected_option": opts.get(given) if isinstance(given, str) else None}
        elif kind in ("checkboxes", "multi_static_select"):
            opts = {o["value"]: o for o in el["options"]}
            st = {"type": kind, "selected_options": [opts[v] for v in (given or []) if v in opts]}
        else:
            st = {"type": kind, "selected_date": given}
        values[bid] = {el["action_id"]: st}
    return {"values": values}


@dataclass
class SlackDriver:
    client: TestClient  # type: ignore[type-arg]
    ticks: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def _n(self) -> int:
        return next(self.ticks)

    async def post(self, body: str, content_type: str, *, ts: int | None = None, secret: str = SECRET,
                   headers: dict[str, str] | None = None) -> ClientResponse:
        stamp = str(ts if ts is not None else int(time.time()))
        h = {"Content-Type": content_type, "X-Slack-Request-Timestamp": stamp,
             "X-Slack-Signature": sign(body, stamp, secret), **(headers or {})}
        return await self.client.post("/slack/events", data=body.encode(), headers=h)

    async def command(self, command: str, user: str, channel: str, text: str = "",
                      response_url: str = "https://hooks.slack.invalid/commands/1", **kw: Any) -> ClientResponse:
        form = {"token": "x", "team_id": TEAM, "team_domain": "test", "channel_id": channel,
                "channel_name": "directmessage" if channel.startswith("D") else "team",
                "user_id": user, "user_name": user.lower(), "command": command, "text": text,
                "api_app_id": "A1", "response_url": response_url,
                "trigger_id": f"trigger-{self._n()}"}
        return await self.post(urlencode(form), "application/x-www-form-urlencoded", **kw)

    async def interactive(self, payload: dict[str, Any], **kw: Any) -> ClientResponse:
        return await self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded", **kw)

    async def event(self, event: dict[str, Any], event_id: str, **kw: Any) -> ClientResponse:
        body = {"token": "x", "team_id": TEAM, "api_app_id": "A1", "event": event, "type": "event_callback",
                "event_id": event_id, "event_time": int(time.time()),
                "authorizations": [{"team_id": TEAM, "user_id": "UBOT", "is_bot": True}]}
        return await self.post(json.dumps(body), "application/json", **kw)

    def user(self, user: str) -> dict[str, Any]:
        return {"id": user, "username": user.lower(), "name": user.lower(), "team_id": TEAM}

    async def submit(self, view: dict[str, Any], user: str, answers: dict[str, str | list[str]]) -> ClientResponse:
        """The modal's Submit button (view_submission)."""
        payload = {"type": "view_submission", "team": {"id": TEAM, "domain": "test"}, "user": self.user(user),
                   "api_app_id": "A1", "trigger_id": f"trigger-{self._n()}",
                   "view": {**view, "id": view.get("id", "VX"), "hash": view.get("hash", "h"),
                            "team_id": TEAM, "state": state_for(view, answers)}}
        return await self.interactive(payload)

    def view_click(self, view: dict[str, Any], user: str, action_id: str, value: str,
                   answers: dict[str, str | list[str]] | None = None, action_ts: str | None = None) -> dict[str, Any]:
        """A button inside a modal (block_actions, container type view)."""
        return {"type": "block_actions", "team": {"id": TEAM, "domain": "test"}, "user": self.user(user),
                "api_app_id": "A1", "trigger_id": f"trigger-{self._n()}",
                "container": {"type": "view", "view_id": view["id"]},
                "view": {**view, "state": state_for(view, answers or {})},
                "actions": [{"type": "button", "action_id": action_id, "block_id": "step_actions",
                             "value": value, "action_ts": action_ts or f"{time.time():.6f}"}]}

    def message_click(self, user: str, channel: str, message_ts: str, action_id: str, value: str,
                      action_ts: str | None = None) -> dict[str, Any]:
        """A button on a posted message (block_actions, container type message)."""
        return {"type": "block_actions", "team": {"id": TEAM, "domain": "test"}, "user": self.user(user),
                "api_app_id": "A1", "trigger_id": f"trigger-{self._n()}",
                "container": {"type": "message", "message_ts": message_ts, "channel_id": channel,
                              "is_ephemeral": False},
                "channel": {"id": channel, "name": "channel"},
                "message": {"type": "message", "ts": message_ts, "text": ""},
                "actions": [{"type": "button", "action_id": action_id, "block_id": "actions", "value": value,
                             "action_ts": action_ts or f"{time.time():.6f}"}]}
