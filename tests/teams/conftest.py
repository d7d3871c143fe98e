"""Start the real server with Teams on a random port, and a local Bot Connector for its replies."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot import offload
from bot.server import build_app
from bot.settings import Settings
from dialogs.runtime import Sharewise
from storage.db import make_engine
from tests.teams.fake_connector import FakeConnector

TENANT = "tenant-1"
TEAM_CHANNEL = "19:team-general@thread.tacv2"
DSL_CHANNEL = "19:dsl-room@thread.tacv2"
BOT = {"id": "28:sharewise-bot", "name": "Sharewise"}


async def _start(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    fake = FakeConnector()
    runner, url = await _start(fake.app())
    fake.url = url
    yield fake
    await runner.cleanup()


def make_settings(db_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = dict(
        database_url=db_url, sharewise_teams_allow_unauthenticated=True, teams_team_channel=TEAM_CHANNEL,
        teams_dsl_channel=DSL_CHANNEL, sharewise_dsl_users="aad-dsl-1,aad-dsl-2", sharewise_scheduler=False,
        log_level="WARNING")
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass
class Server:
    url: str
    core: Sharewise
    settings: Settings
    http: aiohttp.ClientSession
    app: web.Application

    async def post(self, activity: Any, headers: dict[str, str] | None = None, raw: bytes | None = None,
                   content_type: str = "application/json") -> tuple[int, Any]:
        data = raw if raw is not None else json.dumps(activity).encode()
        async with self.http.post(f"{self.url}/api/messages", data=data,
                                  headers={"Content-Type": content_type, **(headers or {})}) as resp:
            text = await resp.text()
            await offload.of(self.app).idle()  # a message's turn runs after its 201, as it would in Teams
            try:
                body = json.loads(text) if text else None
            except ValueError:
                body = text
            return resp.status, body


@pytest.fixture
async def start_server(db_url: str) -> AsyncIterator[Callable[..., Any]]:
    runners: list[web.AppRunner] = []
    sessions: list[aiohttp.ClientSession] = []

    async def start(**overrides: Any) -> Server:
        settings = make_settings(db_url, **overrides)
        core = Sharewise(make_engine(db_url), settings.policy)
        app = await build_app(settings, core)
        runner, url = await _start(app)
        runners.append(runner)
        http = aiohttp.ClientSession()
        sessions.append(http)
        return Server(url, core, settings, http, app)

    yield start
    for s in sessions:
        await s.close()
    for r in runners:
        await r.cleanup()


@pytest.fixture
async def server(start_server: Callable[..., Any]) -> Server:
    return await start_server()  # type: ignore[no-any-return]


_ids = itertools.count(1000)


@dataclass
class User:
    """Someone in Teams, sending activities in the shapes Teams sends them."""

    service_url: str
    teams_id: str
    aad: str
    name: str
    personal_conv: str
    last_ids: list[str] = field(default_factory=list)

    def _base(self, conversation: dict[str, Any], **extra: Any) -> dict[str, Any]:
        aid = f"msg-{next(_ids)}"
        self.last_ids.append(aid)
        return {"id": aid, "channelId": "msteams", "serviceUrl": self.service_url,
                "timestamp": "2026-05-01T10:00:00.000Z", "locale": "en-GB",
                "from": {"id": self.teams_id, "name": self.name, "aadObjectId": self.aad},
                "recipient": dict(BOT), "conversation": conversation,
                "channelData": {"tenant": {"id": TENANT}}, **extra}

    def personal(self) -> dict[str, Any]:
        return {"id": self.personal_conv, "conversationType": "personal", "tenantId": TENANT}

    def says(self, text: str, **extra: Any) -> dict[str, Any]:
        return self._base(self.personal(), type="message", text=text, textFormat="plain", **extra)

    def clicks(self, data: dict[str, Any], inputs: dict[str, Any] | None = None, reply_to: str = "card-1",
               conversation: dict[str, Any] | None = None) -> dict[str, Any]:
        """An Action.Submit: a message activity whose value is the action's data with the inputs merged in."""
        value = {**data, **{f"in.{k}": v for k, v in (inputs or {}).items()}}
        conv = conversation or self.personal()
        extra: dict[str, Any] = {}
        if conv.get("conversationType") == "channel":
            extra["channelData"] = {"tenant": {"id": TENANT}, "teamsChannelId": conv["id"].split(";")[0],
                                    "channel": {"id": conv["id"].split(";")[0]}, "team": {"id": "19:team"}}
        return self._base(conv, type="message", value=value, replyToId=reply_to, **extra)

    def in_channel(self, channel: str, text: str, thread_root: str | None = None, mention: bool = False,
                   **extra: Any) -> dict[str, Any]:
        conv_id = f"{channel};messageid={thread_root}" if thread_root else channel
        conv = {"id": conv_id, "conversationType": "channel", "isGroup": True, "tenantId": TENANT}
        entities = []
        if mention:
            text = f"<at>Sharewise</at> {text}"
            entities = [{"type": "mention", "text": "<at>Sharewise</at>", "mentioned": dict(BOT)}]
        return self._base(conv, type="message", text=text, entities=entities,
                          channelData={"tenant": {"id": TENANT}, "teamsChannelId": channel,
                                       "channel": {"id": channel}, "team": {"id": "19:team"}}, **extra)

    def invoke(self, data: dict[str, Any], inputs: dict[str, Any] | None = None) -> dict[str, Any]:
        value = {"action": {"type": "Action.Execute", "verb": data.get("sw", ""),
                            "data": {**data, **{f"in.{k}": v for k, v in (inputs or {}).items()}}},
                 "trigger": "manual"}
        return self._base(self.personal(), type="invoke", name="adaptiveCard/action", value=value)

    def installs_bot(self) -> dict[str, Any]:
        return self._base(self.personal(), type="conversationUpdate", membersAdded=[dict(BOT)])


@pytest.fixture
def people(connector: FakeConnector) -> dict[str, User]:
    url = connector.url + "/"
    return {
        "alice": User(url, "29:alice", "aad-alice", "Alice Practitioner", "a:alice-personal"),
        "dsl": User(url, "29:dsl-1", "aad-dsl-1", "Dana Lead", "a:dsl-1-personal"),
        "dsl2": User(url, "29:dsl-2", "aad-dsl-2", "Dev Deputy", "a:dsl-2-personal"),
        "bob": User(url, "29:bob", "aad-bob", "Bob Colleague", "a:bob-personal"),
    }
