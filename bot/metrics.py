"""Prometheus metrics at /metrics: request counts and latency by route, and the state of the work.

Labels carry route templates, methods and status classes only: never a user, a channel or a case.
The work gauges (open escalations, overdue ones, dialogs in progress, scheduler lag) are read from the
database when Prometheus scrapes, so every replica reports the same, true numbers.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import timedelta

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import col

from bot.logging_setup import Handler, log, route_template
from bot.settings import Settings
from dialogs.runtime import Sharewise
from storage.db import session_scope
from storage.models import DialogState, Escalation, ScheduledJob
from storage.types import utcnow

_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
# Chat platforms expect an answer within 3 s (Slack) to 15 s (Teams); the buckets resolve that range.
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 15.0)


class WorkCollector(Collector):
    """Gauges computed from the database on each scrape."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def describe(self) -> Iterator[Metric]:
        return iter(())  # computed on demand: nothing to describe at registration

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("sharewise_database_up", "1 when the last scrape could read the database.")
        try:
            families = self._read()
        except Exception as exc:  # a scrape must still answer when the database does not
            log.warning("metrics.database_unreadable", error=type(exc).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families

    def _read(self) -> list[Metric]:
        now = utcnow()
        unanswered = col(Escalation.status) != "answered"
        pending = (col(ScheduledJob.done_at).is_(None), col(ScheduledJob.due_at) <= now)
        with session_scope(self.engine) as s:
            open_escalations = s.execute(select(func.count()).select_from(Escalation).where(unanswered)).scalar_one()
            overdue = s.execute(select(func.count()).select_from(Escalation).where(
                unanswered, col(Escalation.deadline_at) < now)).scalar_one()
            dialogs = s.execute(select(func.count()).select_from(DialogState).where(
                col(DialogState.status) == "active")).scalar_one()
            due_jobs, oldest_due = s.execute(
                select(func.count(), func.min(col(ScheduledJob.due_at))).where(*pending)).one()
        lag = 0.0
        if oldest_due is not None:  # func.min keeps the column type, so this is an aware UTC datetime
            lag = max(timedelta(0), now - oldest_due).total_seconds()
        return [
            _gauge("sharewise_escalations_open", "Escalations not yet answered by a DSL.", open_escalations),
            _gauge("sharewise_escalations_overdue", "Escalations not answered by their respond-by time.", overdue),
            _gauge("sharewise_dialogs_in_progress", "Seek-advice dialogs started and not finished.", dialogs),
            _gauge("sharewise_scheduled_jobs_due", "Reminders and digests due and not yet done.", due_jobs),
            _gauge("sharewise_scheduler_lag_seconds",
                   "How long the oldest due reminder or digest has waited (0 when none waits).", lag),
        ]


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, documentation)
    family.add_metric([], float(value))
    return family


class Metrics:
    """One private registry per application, so two apps in one process never share counts."""

    def __init__(self, engine: Engine) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("sharewise_http_requests", "HTTP requests handled, by route and outcome.",
                                ["route", "method", "outcome"], registry=self.registry)
        self.latency = Histogram("sharewise_http_request_duration_seconds", "Time to answer a request.",
                                 ["route", "method"], buckets=_BUCKETS, registry=self.registry)
        self.in_flight = Gauge("sharewise_http_requests_in_flight", "Requests being handled right now.",
                               registry=self.registry)
        self.registry.register(WorkCollector(engine))

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        started = time.perf_counter()
        status = 500
        self.in_flight.inc()
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as exc:
            status = exc.status
            raise
        finally:
            self.in_flight.dec()
            route = route_template(request)
            method = request.method if request.method in _METHODS else "OTHER"
            self.requests.labels(route, method, f"{status // 100}xx").inc()
            self.latency.labels(route, method).observe(time.perf_counter() - started)

    async def handle(self, _request: web.Request) -> web.Response:
        # The work gauges query the database: keep that off the event loop.
        body = await asyncio.to_thread(generate_latest, self.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


METRICS: web.AppKey[Metrics] = web.AppKey("metrics", Metrics)


def install(app: web.Application, _settings: Settings, core: Sharewise) -> None:
    metrics = Metrics(core.engine)
    app[METRICS] = metrics
    app.middlewares.append(metrics.middleware)
    app.router.add_get("/metrics", metrics.handle)
