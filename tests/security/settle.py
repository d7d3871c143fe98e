"""Wait for the work a request started to finish: Slack's listeners run after the ack, Teams' after the reply."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import structlog


def _background() -> set[asyncio.Task[Any]]:
    current = asyncio.current_task()
    out = set()
    for task in asyncio.all_tasks():
        name = getattr(task.get_coro(), "__qualname__", "")
        if task is not current and "RequestHandler" not in name and not task.done():
            out.add(task)
    return out


class Settler:
    """Remember the tasks alive now; `wait()` returns once every task started since has ended."""

    def __init__(self) -> None:
        self.before = _background()

    async def wait(self, timeout: float = 15.0) -> None:
        new = _background() - self.before
        if new:
            await asyncio.wait_for(asyncio.gather(*new, return_exceptions=True), timeout)
            await self.wait(timeout)  # a finished task may have started another


@contextmanager
def no_errors_logged(caplog: pytest.LogCaptureFixture) -> Iterator[list[dict[str, Any]]]:
    """Structlog events and standard-library records of level error or worse fail the test, with what they said."""
    caplog.clear()
    with structlog.testing.capture_logs() as events:
        yield events
    bad = [e for e in events if e.get("log_level") in ("error", "critical", "exception")]
    bad_records = [f"{r.name}: {r.getMessage()[:300]}" for r in caplog.records if r.levelno >= logging.ERROR]
    assert not bad and not bad_records, (bad, bad_records)
