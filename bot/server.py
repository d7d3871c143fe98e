"""One aiohttp application for every channel: /slack/events, /api/messages, /healthz, /readyz, /metrics."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot import health, lifecycle, metrics, scheduler
from bot.logging_setup import request_context
from bot.settings import Settings
from dialogs.runtime import Sharewise
from storage.db import make_engine

CORE: web.AppKey[Sharewise] = web.AppKey("core", Sharewise)
SETTINGS: web.AppKey[Settings] = web.AppKey("settings", Settings)

#: Each channel adds its routes here: a function taking the app, the settings and the core.
Installer = Callable[[web.Application, Settings, Sharewise], Awaitable[None] | None]


def installers(settings: Settings) -> list[Installer]:
    found: list[Installer] = []
    if settings.slack_enabled:
        from bot import slack

        found.append(slack.install)
    from bot import teams

    found.append(teams.install)  # always: without an app id /api/messages answers 401 to everything
    return found


async def build_app(settings: Settings, core: Sharewise | None = None) -> web.Application:
    if core is None:
        engine = make_engine(settings.database_url)
        core = Sharewise(engine, settings.policy)
    app = web.Application(client_max_size=1024 * 1024, middlewares=[request_context])
    app[CORE] = core
    app[SETTINGS] = settings
    health.install(app, settings, core)
    metrics.install(app, settings, core)
    for install in installers(settings):
        result = install(app, settings, core)
        if asyncio.iscoroutine(result):
            await result
    scheduler.install(app, settings, core)  # reminders and digests (SHAREWISE_SCHEDULER), /charts
    lifecycle.install(app, settings, core)  # keep last: it closes the database after every other cleanup
    return app


def serve(settings: Settings, core: Sharewise | None = None) -> None:
    async def app() -> web.Application:
        built = await build_app(settings, core)
        if settings.sharewise_work_process:
            from bot import worker_link

            worker_link.install(built, settings)
        return built

    lifecycle.run(app(), settings)
