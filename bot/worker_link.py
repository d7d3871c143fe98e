"""The server's side of the work process: start it, keep it running, and hand it jobs.

The work process answers one line per finished job, so the server knows how many are in hand
(`offload.busy`). While it is not connected, `offload.submit` runs jobs in the server: a crashed work
process slows acks down rather than losing work. If it exits it is started again after a pause.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web

from bot import offload
from bot.logging_setup import log
from bot.settings import Settings

CONNECT_WITHIN = 30.0
RESTART_PAUSE = 1.0


class WorkerLink:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.dir = tempfile.mkdtemp(prefix="sharewise-work-")  # 0700: only this user can connect
        self.path = os.path.join(self.dir, "work.sock")
        self.writer: asyncio.StreamWriter | None = None
        self.in_flight = 0
        self._done = asyncio.Event()
        self._counter: asyncio.Task[None] | None = None
        self.proc: asyncio.subprocess.Process | None = None
        self.stopping = False

    @property
    def connected(self) -> bool:
        return self.writer is not None and not self.writer.is_closing()

    def send(self, kind: str, payload: dict[str, Any]) -> bool:
        w = self.writer
        if w is None or w.is_closing():
            return False
        w.write(json.dumps({"kind": kind, "payload": payload}, separators=(",", ":")).encode() + b"\n")
        self.in_flight += 1
        return True

    async def room(self, below: int, timeout: float) -> bool:
        deadline = asyncio.get_running_loop().time() + timeout
        while self.connected and self.in_flight >= below:
            self._done.clear()
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                return False
            try:
                await asyncio.wait_for(self._done.wait(), left)
            except TimeoutError:
                return False
        return True

    async def _count_done(self, reader: asyncio.StreamReader) -> None:
        while await reader.readline():
            self.in_flight = max(0, self.in_flight - 1)
            self._done.set()

    async def _connect(self) -> None:
        deadline = asyncio.get_running_loop().time() + CONNECT_WITHIN
        while not self.stopping:
            try:
                reader, self.writer = await asyncio.open_unix_connection(self.path)
                self.in_flight = 0
                self._counter = asyncio.get_running_loop().create_task(self._count_done(reader))
                return
            except OSError:
                if self.proc is None or self.proc.returncode is not None:
                    return
                if asyncio.get_running_loop().time() > deadline:
                    log.error("worker.not_reachable")
                    return
                await asyncio.sleep(0.05)

    async def supervise(self) -> None:
        env = {**os.environ, "SHAREWISE_SCHEDULER": "false"}
        while not self.stopping:
            if os.path.exists(self.path):
                os.unlink(self.path)
            self.proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.worker", self.path,
                                                             str(os.getpid()), env=env)
            await self._connect()
            if self.writer is not None:
                log.info("worker.connected", pid=self.proc.pid)
            code = await self.proc.wait()
            self.writer = None
            self._done.set()  # wake anyone waiting for room: jobs now run in the server
            if not self.stopping:
                log.warning("worker.exited", code=code)
                await asyncio.sleep(RESTART_PAUSE)

    async def stop(self) -> None:
        self.stopping = True
        had_jobs = self.writer is not None
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        proc = self.proc
        if proc is not None and proc.returncode is None and not had_jobs:
            proc.kill()  # still starting: it has been handed nothing, so there is nothing to finish
        elif proc is not None and proc.returncode is None:
            proc.terminate()  # it finishes the jobs it has, then exits
            try:
                await asyncio.wait_for(proc.wait(), self.settings.sharewise_shutdown_timeout + 5)
            except TimeoutError:
                proc.kill()
                await proc.wait()
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        with contextlib.suppress(OSError):
            os.rmdir(self.dir)


def install(app: web.Application, settings: Settings) -> None:
    """Start the work process with the server and stop it (after its jobs) when the server stops."""

    async def ctx(_app: web.Application) -> AsyncIterator[None]:
        link = WorkerLink(settings)
        # Not waited for: until the work process is connected (about a second), jobs run in the server,
        # so start-up is no slower.
        task = asyncio.get_running_loop().create_task(link.supervise())
        offload.of(app).link = link
        yield
        offload.of(app).link = None
        await link.stop()
        task.cancel()

    app.cleanup_ctx.append(ctx)
