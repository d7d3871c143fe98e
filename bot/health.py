"""`/healthz` (the process answers) and `/readyz` (it can do its work: send it traffic).

A load balancer or Kubernetes sends traffic only to replicas whose /readyz says 200, and restarts those
whose /healthz stops answering. /readyz names what is wrong, never a secret or a database URL.
"""

from __future__ import annotations

import asyncio

from aiohttp import web
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.doctor import platform_problems
from bot.logging_setup import log
from bot.settings import Settings
from dialogs.runtime import Sharewise
from storage.migrate import status

#: A readiness probe that hangs is as bad as one that fails; answer within this many seconds.
READINESS_TIMEOUT = 5.0
#: Set while the server drains after SIGTERM: stop being sent new work.
DRAINING: web.AppKey[asyncio.Event] = web.AppKey("draining", asyncio.Event)


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def database_problems(engine: Engine) -> dict[str, str]:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        return {"database": f"unreachable ({type(exc).__name__})"}
    try:
        problem = status(engine).problem()
    except Exception as exc:
        return {"migrations": f"cannot read the schema revision ({type(exc).__name__})"}
    return {"migrations": problem} if problem else {}


class Readiness:
    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings = settings
        self.engine = engine
        self.was_ready: bool | None = None

    async def handle(self, request: web.Request) -> web.Response:
        problems: dict[str, str] = {}
        if request.app[DRAINING].is_set():
            problems["server"] = "shutting down"
        try:
            problems.update(await asyncio.wait_for(asyncio.to_thread(database_problems, self.engine),
                                                   READINESS_TIMEOUT))
        except TimeoutError:
            problems["database"] = f"no answer within {READINESS_TIMEOUT:g} s"
        platforms = platform_problems(self.settings)
        if platforms:
            problems["platforms"] = "; ".join(platforms)
        ready = not problems
        if ready != self.was_ready:  # log changes, not every probe
            self.was_ready = ready
            (log.info if ready else log.warning)("readiness.changed", ready=ready, problems=sorted(problems))
        if problems:
            return web.json_response({"status": "not ready", "problems": problems}, status=503)
        return web.json_response({"status": "ready"})


def install(app: web.Application, settings: Settings, core: Sharewise) -> None:
    app[DRAINING] = asyncio.Event()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", Readiness(settings, core.engine).handle)
