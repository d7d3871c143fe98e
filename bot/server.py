"""One aiohttp application for every channel: /slack/events, /api/messages, /healthz."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.logging_setup import log
from bot.settings import Settings
from dialogs.runtime import Sharewise
from storage.db import make_engine

CORE: web.AppKey[Sharewise] = web.AppKey("core", Sharewise)
SETTINGS: web.AppKey[Settings] = web.AppKey("settings", Settings)

#: Each channel adds its routes here: a function taking the app, the settings and the core.
Installer = Callable[[web.Application, Settings, Sharewise], Awaitable[None] | None]


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def installers(settings: Settings) -> list[Installer]:
    found: list[Installer] = []
    return found


async def build_app(settings: Settings, core: Sharewise | None = None) -> web.Application:
    if core is None:
        engine = make_engine(settings.database_url)
        core = Sharewise(engine, settings.policy)
    app = web.Application(client_max_size=1024 * 1024)
    app[CORE] = core
    app[SETTINGS] = settings
    app.router.add_get("/healthz", healthz)
    for install in installers(settings):
        result = install(app, settings, core)
        if asyncio.iscoroutine(result):
            await result
    return app


def serve(settings: Settings) -> None:
    log.info("server.starting", port=settings.port)
    web.run_app(build_app(settings), host=settings.host, port=settings.port, print=None,
                shutdown_timeout=20.0, access_log=None)
