"""Starting and stopping cleanly: SIGTERM drains the server, then the database pool closes.

On SIGTERM (or Ctrl-C) aiohttp's `run_app` stops listening, closes idle keep-alive connections, runs
`on_shutdown`, waits up to `shutdown_timeout` for requests in flight to finish, then runs `on_cleanup`.
Tests in tests/ops prove that no request in flight is lost and that the process exits 0 in time. Here we
add what aiohttp cannot know: /readyz turns 503 at once (so a load balancer stops sending work), and the
database pool is closed last, after every other cleanup (the scheduler's included) has run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor

from aiohttp import web
from sqlalchemy import text

from bot.health import DRAINING
from bot.logging_setup import log
from bot.settings import Settings
from dialogs.runtime import Sharewise

#: The longest a /debug/slow request may ask to take, so even a test setting cannot hold a worker long.
MAX_DEBUG_DELAY = 30.0
#: Threads for `asyncio.to_thread` (every database call). Python's default, min(32, cores + 4), is 6 on a
#: 2-core host: fewer than the database pool's 16 connections, so at 32 concurrent requests turns queued
#: for a thread while connections sat idle.
WORKER_THREADS = 32


def install(app: web.Application, settings: Settings, core: Sharewise) -> None:
    """Call last in `build_app`, so that closing the database pool is the last cleanup of all."""

    async def draining(app: web.Application) -> None:
        app[DRAINING].set()
        log.info("server.draining", shutdown_timeout=settings.sharewise_shutdown_timeout)

    async def threads(_app: web.Application) -> None:
        asyncio.get_running_loop().set_default_executor(
            ThreadPoolExecutor(max_workers=WORKER_THREADS, thread_name_prefix="sharewise-worker"))

    async def close_database(_app: web.Application) -> None:
        core.engine.dispose()
        log.info("database.closed")

    app.on_startup.append(threads)
    app.on_shutdown.insert(0, draining)
    app.on_cleanup.append(close_database)
    if settings.sharewise_debug_slow_route:
        log.warning("debug.slow_route_enabled")
        app.router.add_get("/debug/slow", _slow(core))


def _slow(core: Sharewise) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def slow(request: web.Request) -> web.Response:
        """Take as long as asked (?seconds=), then touch the database: a stand-in for a slow real request."""
        try:
            seconds = min(max(float(request.query.get("seconds", "1")), 0.0), MAX_DEBUG_DELAY)
        except ValueError as exc:
            raise web.HTTPBadRequest(text="seconds must be a number") from exc
        await asyncio.sleep(seconds)

        def touch() -> None:
            with core.engine.connect() as conn:
                conn.execute(text("SELECT 1"))

        await asyncio.to_thread(touch)
        return web.json_response({"slept": seconds})

    return slow


def run(app: web.Application | Awaitable[web.Application], settings: Settings) -> None:
    """Serve until SIGTERM or SIGINT, then drain; returns (and the process exits 0) once drained."""
    log.info("server.starting", port=settings.port)
    web.run_app(app, host=settings.host, port=settings.port, print=None,
                shutdown_timeout=settings.sharewise_shutdown_timeout, access_log=None)
    log.info("server.stopped")
