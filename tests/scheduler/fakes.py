"""Local stand-ins for Slack's Web API and the Bot Framework connector that record every call.

They speak the documented wire formats: `POST /api/chat.postMessage` (JSON body, `{"ok": true, "ts"}`)
and `POST /v3/conversations/{id}/activities` (an Activity, `{"id"}`).
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Recorded:
    slack: list[dict[str, Any]] = field(default_factory=list)
    teams: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    slack_auth: list[str] = field(default_factory=list)
    fail_next: int = 0
    delay: float = 0.0


class FakePlatforms:
    def __init__(self) -> None:
        self.calls = Recorded()
        self._ts = itertools.count(1)
        self.runner: web.AppRunner | None = None
        self.port = 0
        #: Set when a request arrives (before any delay) and whenever a call is recorded.
        self.started = asyncio.Event()
        self.changed = asyncio.Event()

    async def wait_until(self, done: Callable[[], bool], timeout: float = 20.0) -> None:
        """Wait for recorded calls to satisfy `done`, woken by each arrival rather than polling a clock."""
        async def watch() -> None:
            while not done():
                self.changed.clear()
                await self.changed.wait()
        await asyncio.wait_for(watch(), timeout)

    @property
    def slack_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    @property
    def service_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/teams/"

    async def _post_message(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.started.set()
        if self.calls.delay:
            await asyncio.sleep(self.calls.delay)  # a slow platform, so replicas overlap
        if self.calls.fail_next > 0:
            self.calls.fail_next -= 1
            return web.json_response({"ok": False, "error": "internal_error"})
        self.calls.slack.append(body)
        self.calls.slack_auth.append(request.headers.get("Authorization", ""))
        self.changed.set()
        return web.json_response({"ok": True, "channel": body["channel"], "ts": f"1700000000.{next(self._ts):06d}"})

    async def _open(self, request: web.Request) -> web.Response:
        """conversations.open: the bot's DM channel with a person ("U0WAIT" -> "D0WAIT"), as Slack's D… ids."""
        users = str((await request.post()).get("users") or request.query.get("users") or "")
        return web.json_response({"ok": True, "channel": {"id": "D" + users[1:]}})

    async def _activity(self, request: web.Request) -> web.Response:
        body = await request.json()
        if self.calls.delay:
            await asyncio.sleep(self.calls.delay)
        if self.calls.fail_next > 0:
            self.calls.fail_next -= 1
            return web.json_response({"error": {"code": "ServiceError"}}, status=503)
        self.calls.teams.append((request.match_info["conversation"], body))
        self.changed.set()
        return web.json_response({"id": f"activity-{next(self._ts)}"})

    async def start(self) -> FakePlatforms:
        app = web.Application()
        app.router.add_post("/api/chat.postMessage", self._post_message)
        app.router.add_post("/api/conversations.open", self._open)
        app.router.add_post("/teams/v3/conversations/{conversation}/activities", self._activity)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


def slack_titles(fake: FakePlatforms) -> list[tuple[str, str]]:
    """(channel, header text) of every Slack message received."""
    out = []
    for body in fake.calls.slack:
        header = next((b["text"]["text"] for b in body.get("blocks", []) if b["type"] == "header"), body["text"])
        out.append((body["channel"], header))
    return out


def teams_titles(fake: FakePlatforms) -> list[tuple[str, str]]:
    out = []
    for conversation, activity in fake.calls.teams:
        card = activity["attachments"][0]["content"]
        out.append((conversation, card["body"][0]["text"].replace("\\", "")))
    return out
