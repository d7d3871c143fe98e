"""Teams turns per second: Sharewise's /api/messages against a bare botbuilder echo bot.

Both reply through the same local Bot Connector fake (tests/teams/fake_connector.py), auth off.
Run: .venv/bin/python bench/teams_turns.py [turns] [concurrency]

Measured here (2 cores, shared with other work, so compare within a run): a "help" turn, which in
Sharewise also claims the activity id in SQLite, ran at 60-75 turns/s with 8 connections against 30-35 for
the bare echo bot, and at p50 10-18 ms against 30-35 ms one at a time. The difference is mostly the bare
adapter building two msrest clients per turn (see notes/perf-anchors.md); Sharewise reuses them.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web
from botbuilder.core import ActivityHandler, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.server import build_app
from dialogs.runtime import Sharewise
from storage.db import create_schema, make_engine
from tests.teams.conftest import make_settings
from tests.teams.fake_connector import FakeConnector


class _Cfg:
    APP_ID = ""
    APP_PASSWORD = ""
    APP_TYPE = "MultiTenant"
    APP_TENANTID = ""


class _Echo(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity("echo")


def bare_app() -> web.Application:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(_Cfg()))
    bot = _Echo()

    async def messages(request: web.Request) -> web.Response:
        return await adapter.process(request, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    return app


async def start(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"


RUN = itertools.count()


async def drive(url: str, service_url: str, turns: int, concurrency: int) -> tuple[float, list[float]]:
    ids = itertools.count()
    run = next(RUN)
    lat: list[float] = []

    async def one(http: aiohttp.ClientSession) -> None:
        while (n := next(ids)) < turns:
            act = {"type": "message", "id": f"m-{run}-{n}", "text": "help", "channelId": "msteams",
                   "serviceUrl": service_url, "from": {"id": "29:u", "aadObjectId": "aad-u", "name": "U"},
                   "recipient": {"id": "28:bot", "name": "Bot"},
                   "conversation": {"id": "a:conv-1", "conversationType": "personal", "tenantId": "t"},
                   "channelData": {"tenant": {"id": "t"}}}
            t = time.perf_counter()
            async with http.post(f"{url}/api/messages", json=act) as resp:
                assert resp.status in (200, 201), resp.status
            lat.append(time.perf_counter() - t)

    async with aiohttp.ClientSession() as http:
        started = time.perf_counter()
        await asyncio.gather(*(one(http) for _ in range(concurrency)))
        return turns / (time.perf_counter() - started), sorted(lat)


async def main(turns: int, concurrency: int) -> None:
    from bot.logging_setup import configure

    configure("ERROR")
    fake = FakeConnector()
    fake_runner, fake.url = await start(fake.app())
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        create_schema(make_engine(db))
        settings = make_settings(db, log_level="ERROR")
        sw_runner, sw_url = await start(await build_app(settings, Sharewise(make_engine(db), settings.policy)))
        bare_runner, bare_url = await start(bare_app())
        for name, url in (("bare echo", bare_url), ("sharewise", sw_url)) * 2:
            rate, lat = await drive(url, fake.url + "/", turns, concurrency)
            print(f"{name:10s} {rate:7.1f} turns/s  p50 {lat[len(lat) // 2] * 1000:6.1f} ms  "
                  f"p99 {lat[int(len(lat) * 0.99)] * 1000:6.1f} ms")
        for r in (sw_runner, bare_runner, fake_runner):
            await r.cleanup()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 400, int(sys.argv[2]) if len(sys.argv) > 2 else 8))
