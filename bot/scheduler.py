"""The scheduler loop inside `sharewise serve`: every tick, plan and run what is due, then wait.

Safe with several replicas on one PostgreSQL (each job is claimed by one of them); on SQLite run one
process. The loop stops on shutdown after the job it is on, and hands back anything it had not started.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime

from aiohttp import web

from bot.logging_setup import log
from bot.settings import Settings
from dialogs.delivery import Deliverers
from dialogs.retention import Retention
from dialogs.runtime import Sharewise
from dialogs.schedule import Schedule
from dialogs.scheduling import Scheduling, run_due
from storage.types import utcnow

Clock = Callable[[], datetime]


def schedule_from(settings: Settings) -> Schedule:
    return Schedule(timezone=settings.sharewise_timezone, digest_day=settings.sharewise_digest_day,
                    digest_time=settings.sharewise_digest_time,
                    deputy_after_hours=settings.sharewise_deputy_after_hours,
                    urgent_deputy_after_hours=settings.sharewise_urgent_deputy_after_hours,
                    public_url=settings.sharewise_public_url, lease_seconds=settings.sharewise_job_lease_seconds)


def deliverers_from(settings: Settings, core: Sharewise) -> Deliverers:
    found: Deliverers = {}
    if settings.slack_bot_token or settings.slack_client_id:
        from bot.scheduler_slack import SlackDeliverer

        found["slack"] = SlackDeliverer(settings.slack_bot_token, settings.slack_api_url,
                                        settings.slack_dsl_channel, settings.slack_team_channel,
                                        _workspace_tokens(settings, core) if settings.slack_client_id else None)
    if settings.teams_enabled:
        from bot.scheduler_teams import TeamsDeliverer

        found["teams"] = TeamsDeliverer(core.engine, settings.teams_dsl_channel, settings.teams_team_channel,
                                        settings.microsoft_app_id, settings.microsoft_app_password,
                                        settings.microsoft_app_tenant_id)
    return found


def _workspace_tokens(settings: Settings, core: Sharewise) -> Callable[[str], Awaitable[str | None]]:
    """Several workspaces (OAuth): each organisation ("slack:T…") posts with its own installation's token."""
    from bot.slack.oauth_store import DbInstallationStore

    store = DbInstallationStore(core.engine, settings.slack_client_id)

    async def token_for(org_id: str) -> str | None:
        bot = await store.async_find_bot(enterprise_id=None, team_id=org_id.removeprefix("slack:"))
        return bot.bot_token if bot is not None else None

    return token_for


def worker_id() -> str:
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class SchedulerLoop:
    def __init__(self, core: Sharewise, schedule: Schedule, deliverers: Deliverers, interval: float,
                 clock: Clock = utcnow, retention: Retention | None = None) -> None:
        self.sched = Scheduling(core.engine, core.policy, schedule, deliverers.keys(), retention)
        self.deliverers, self.interval, self.clock = deliverers, interval, clock
        self.worker = worker_id()
        self.stop = asyncio.Event()

    async def tick(self, now: datetime | None = None) -> int:
        return await run_due(self.sched, self.deliverers, self.worker, now or self.clock(), self.stop.is_set)

    async def run(self, ticks: int | None = None) -> None:
        """Tick until stopped (or `ticks` times); a failed tick is logged and the next one tries again."""
        n = 0
        while not self.stop.is_set() and (ticks is None or n < ticks):
            n += 1
            try:
                done = await self.tick()
                if done:
                    log.info("scheduler.tick", jobs=done)
            except Exception as exc:
                log.error("scheduler.tick_failed", error=type(exc).__name__)
            if ticks is not None and n >= ticks:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), self.interval)
        try:
            await asyncio.to_thread(self.sched.release, self.worker)
        except Exception as exc:  # the database may be gone at shutdown; the lease expires by itself
            log.warning("scheduler.release_failed", error=type(exc).__name__)

    async def close(self) -> None:
        for d in self.deliverers.values():
            close = getattr(d, "close", None)
            if close is not None:
                await close()


def install(app: web.Application, settings: Settings, core: Sharewise) -> None:
    """Serve digest charts, and run the loop for the app's lifetime when SHAREWISE_SCHEDULER is on."""
    from bot import charts

    charts.install(app, core)
    if not settings.sharewise_scheduler:
        return

    async def scheduler_ctx(_app: web.Application) -> AsyncIterator[None]:
        loop = SchedulerLoop(core, schedule_from(settings), deliverers_from(settings, core),
                             settings.sharewise_scheduler_tick_seconds, retention=settings.retention)
        log.info("scheduler.started", platforms=sorted(loop.deliverers), worker=loop.worker)
        task = asyncio.create_task(loop.run())
        yield
        loop.stop.set()
        await task  # finishes the job in hand; the lease covers a crash instead
        await loop.close()
        log.info("scheduler.stopped")

    app.cleanup_ctx.append(scheduler_ctx)
