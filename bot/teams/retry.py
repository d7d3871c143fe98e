"""Retry a Bot Connector call that was throttled (429), met a brief server error (5xx), or never left us.

Microsoft's guidance for bots is to back off and retry on 429 and transient 5xx; botbuilder 4.17.1's
aiohttp client does not. The wait follows Retry-After when given (capped), else a short exponential backoff.
A 5xx after the connector acted could post twice; Microsoft documents no idempotency key for activities, so
this is the documented trade-off (see SECURITY.md).

A call that failed while connecting (refused, reset during the handshake, a DNS failure, a connect
timeout) never reached the connector, so it is retried too: nothing can have been posted. A call that
failed after the request went out (a read timeout, the connection dropped before the answer) is retried
only when it is an update (the same card again: repeating it changes nothing). A new post is not: it may
have landed, and the Bot Connector has neither an idempotency key nor a way to list a conversation's
messages to look. It is logged as `teams.send_unconfirmed` (the call's kind and the error's type only,
never the content) and raised to the caller.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import aiohttp

from bot.logging_setup import log

T = TypeVar("T")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ATTEMPTS = 3
MAX_WAIT_S = 10.0
#: Raised before any byte of the request was sent. ClientConnectorError covers refused, reset while
#: connecting, DNS (ClientConnectorDNSError), proxy and TLS handshake failures.
NOT_SENT: tuple[type[BaseException], ...] = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)
#: Raised once the request may have been sent: a read timeout, or the connection lost before the answer.
MAYBE_SENT: tuple[type[BaseException], ...] = (TimeoutError, aiohttp.ClientConnectionError,
                                               aiohttp.ClientPayloadError)


def _status_and_wait(exc: BaseException, attempt: int) -> tuple[int | None, float]:
    response: Any = getattr(exc, "response", None)
    status = getattr(response, "status_code", None) or getattr(response, "status", None)
    headers = getattr(response, "headers", None) or {}
    try:
        wait = float(headers.get("Retry-After", ""))
    except (TypeError, ValueError):
        wait = 0.25 * 2**attempt
    return (int(status) if isinstance(status, int) else None), min(max(wait, 0.0), MAX_WAIT_S)


async def with_retries(what: str, call: Callable[[], Awaitable[T]], idempotent: bool = False) -> T:
    """`idempotent`: the call may be repeated safely even if it landed (an update that replaces the same
    activity with the same content), so a read timeout or a dropped connection is retried too."""
    for attempt in range(ATTEMPTS):
        try:
            return await call()
        except NOT_SENT as exc:  # checked first: these are subclasses of MAYBE_SENT's
            if attempt == ATTEMPTS - 1:
                raise
            log.warning("teams.connector_retry", call=what, error=type(exc).__name__, attempt=attempt + 1)
            await asyncio.sleep(0.25 * 2**attempt)
        except MAYBE_SENT as exc:
            if not idempotent or attempt == ATTEMPTS - 1:
                log.warning("teams.send_unconfirmed", call=what, error=type(exc).__name__)
                raise
            log.warning("teams.connector_retry", call=what, error=type(exc).__name__, attempt=attempt + 1)
            await asyncio.sleep(0.25 * 2**attempt)
        except Exception as exc:
            status, wait = _status_and_wait(exc, attempt)
            if status not in RETRY_STATUSES or attempt == ATTEMPTS - 1:
                raise
            log.warning("teams.connector_retry", call=what, status=status, attempt=attempt + 1)
            await asyncio.sleep(wait)
    raise AssertionError("unreachable")
