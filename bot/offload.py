"""Work that follows an ack: run here, or hand it to the work process (`bot/worker.py`).

Slack wants a slash command acked within 3 seconds and Teams wants an activity answered quickly; the work
behind them (opening and filling a modal, a Teams turn with its database writes and replies) can follow.
Each channel registers a job per kind of work at install time. `submit` passes the job to the work
process when `sharewise serve` has started one; otherwise, and always inside that process, the job runs
as a task here. Either way the same function does the work.

Overload: at most `MAX_IN_FLIGHT` jobs are in hand at once. Beyond that a channel waits a little for
room (`room`, `submit(wait=...)`), which slows acks to the pace the work is done. Slack waits at most
a second and then says "too busy, try again" in the ack itself: its modal can only be opened within 3 s
of the command, so a longer queue would fail everyone in it; Teams waits longer and then runs the turn.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from aiohttp import web

from bot.logging_setup import log

Job = Callable[[dict[str, Any]], Coroutine[Any, Any, None]]

#: Jobs in hand (sent to the work process and not yet finished there, or running here) before `busy()`.
#: A Slack job takes a few milliseconds of CPU, so this many is well inside Slack's 3-second window.
MAX_IN_FLIGHT = 256


class Link(Protocol):
    """The web process's side of the connection to the work process."""

    in_flight: int

    @property
    def connected(self) -> bool: ...

    def send(self, kind: str, payload: dict[str, Any]) -> bool:
        """Queue the job for the work process; False if it is down."""
        ...

    async def room(self, below: int, timeout: float) -> bool:
        """Wait until fewer than `below` jobs are in hand; False on timeout."""
        ...


class Offload:
    def __init__(self, max_in_flight: int = MAX_IN_FLIGHT) -> None:
        self.jobs: dict[str, Job] = {}
        self.link: Link | None = None
        self.max_in_flight = max_in_flight
        self._running: set[asyncio.Task[None]] = set()
        self._freed = asyncio.Event()

    def register(self, kind: str, job: Job) -> None:
        self.jobs[kind] = job

    def _remote(self) -> Link | None:
        return self.link if self.link is not None and self.link.connected else None

    def busy(self) -> bool:
        link = self._remote()
        in_hand = link.in_flight if link is not None else len(self._running)
        return in_hand >= self.max_in_flight

    async def room(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds until not `busy()`; False if still busy."""
        deadline = asyncio.get_running_loop().time() + timeout
        while self.busy():
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                return False
            link = self._remote()
            if link is not None:
                await link.room(self.max_in_flight, left)
                continue
            self._freed.clear()
            try:
                await asyncio.wait_for(self._freed.wait(), left)
            except TimeoutError:
                return False
        return True

    async def submit(self, kind: str, payload: dict[str, Any], wait: float = 0.0) -> None:
        """Hand the job on (waiting up to `wait` seconds for room), or run it here."""
        if wait and self.busy():
            await self.room(wait)
        link = self._remote()
        if link is not None and link.send(kind, payload):
            return
        self.run(kind, payload)

    def run(self, kind: str, payload: dict[str, Any]) -> asyncio.Task[None]:
        """Start the job here; a reference is kept so the task is not collected half-way."""
        return self.spawn(self._logged(kind, payload))

    def spawn(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run follow-up work of a request here, after its answer (posts after a modal step, say)."""
        task = asyncio.get_running_loop().create_task(self._guarded(work))
        self._running.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        self._freed.set()

    @staticmethod
    async def _guarded(work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        except Exception as exc:  # the answer has gone; say it failed, without content
            log.error("offload.followup_failed", error=type(exc).__name__)

    async def _logged(self, kind: str, payload: dict[str, Any]) -> None:
        job = self.jobs.get(kind)
        if job is None:
            log.error("offload.unknown_job", kind=kind)
            return
        try:
            await job(payload)
        except Exception as exc:  # the ack has gone; all that is left is to say it failed, without content
            log.error("offload.job_failed", kind=kind, error=type(exc).__name__)
            return
        log.debug("offload.job_done", kind=kind, pid=os.getpid())

    async def idle(self, timeout: float = 30.0) -> None:
        """Wait until every job started here has finished (shutdown, tests)."""
        while self._running:
            await asyncio.wait_for(asyncio.gather(*self._running, return_exceptions=True), timeout)


OFFLOAD: web.AppKey[Offload] = web.AppKey("offload", Offload)


def of(app: web.Application) -> Offload:
    if OFFLOAD not in app:
        app[OFFLOAD] = Offload()

        async def drain(_app: web.Application) -> None:
            await app[OFFLOAD].idle()

        app.on_shutdown.append(drain)
    return app[OFFLOAD]
