"""Structured logs: one JSON event per line, with no case text or names in them.

Every event logged while a request is handled carries its `request_id` (and `org_id`, once a channel
knows which organisation the request is for), because both are bound in structlog's context variables.
`asyncio.to_thread` copies context variables, so the core's own log events carry them too.
"""

from __future__ import annotations

import logging
import re
import sys
import time
import uuid
from collections.abc import Awaitable, Callable

import structlog
from aiohttp import web

REQUEST_ID_HEADER = "X-Request-Id"
# A caller's id is reused only when it cannot smuggle anything into a log line.
_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{8,128}")
# Probes and scrapes arrive every few seconds; logging each at INFO would bury everything else.
_QUIET_ROUTES = frozenset({"/healthz", "/readyz", "/metrics"})

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def configure(level: str = "INFO", fmt: str = "json") -> None:
    numeric = logging.getLevelName(level.upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer() if fmt == "json" else structlog.dev.ConsoleRenderer(colors=False)
    )
    shared: list[structlog.typing.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[*shared, structlog.processors.format_exc_info, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=True,
    )
    # Libraries log through the standard library; render them the same way so every line is one JSON event.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[*shared, structlog.stdlib.add_logger_name],
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    structlog.processors.format_exc_info, renderer],
    ))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(numeric)
    # Third-party loggers can echo request bodies at DEBUG; case text must never reach a log.
    for noisy in ("slack_bolt", "slack_sdk", "botbuilder", "msrest", "aiohttp.access", "urllib3",
                  "sqlalchemy.engine", "alembic.runtime.migration"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, numeric))


def bind_org(org_id: str) -> None:
    """Called by a channel once it knows the organisation (Slack team, Teams tenant) of a request."""
    structlog.contextvars.bind_contextvars(org_id=org_id)


def route_template(request: web.Request) -> str:
    """The route as registered (`/debug/slow`, `/slack/events`), never the raw path with its values."""
    resource = request.match_info.route.resource
    if resource is None:
        return "<unmatched>"
    return resource.canonical


@web.middleware
async def request_context(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Give each request an id, bind it for every log event, and log one event when it ends."""
    structlog.contextvars.clear_contextvars()
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    request_id = incoming if _SAFE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
    structlog.contextvars.bind_contextvars(request_id=request_id)
    started = time.perf_counter()
    status = 500
    try:
        response = await handler(request)
        status = response.status
        response.headers[REQUEST_ID_HEADER] = request_id
        return response
    except web.HTTPException as exc:
        status = exc.status
        exc.headers[REQUEST_ID_HEADER] = request_id
        raise
    finally:
        route = route_template(request)
        emit = log.debug if route in _QUIET_ROUTES and status < 500 else log.info
        emit("http.request", method=request.method, route=route, status=status,
             duration_ms=round((time.perf_counter() - started) * 1000, 1))


log = structlog.get_logger("sharewise")
