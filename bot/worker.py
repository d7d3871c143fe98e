"""The work process: acked work (filling Slack modals, Teams turns) away from the process that acks.

`sharewise serve` starts one as its child and hands it jobs over a private Unix
socket (`bot/worker_link.py`): one JSON line per job, held only in memory, as it would have been in the
server itself. The work runs with exactly the channels' own code (`build_app` without a listening
socket), so the two processes cannot disagree. Why a second process: Python runs one thread at a time,
and the server's acks and this work used to share it; now each has a core.

    python -m bot.worker SOCKET_PATH SERVER_PID
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys

from aiohttp import web

from bot import offload
from bot.cli.common import core, load_settings
from bot.logging_setup import log
from bot.server import build_app

#: Jobs running at once; the server already keeps its hand-overs to `offload.MAX_IN_FLIGHT`.
MAX_IN_HAND = offload.MAX_IN_FLIGHT
#: A job line's upper bound: a Slack command or a Teams activity, both well under the server's 1 MiB body limit.
MAX_LINE = 2 * 1024 * 1024


async def serve_link(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, work: offload.Offload,
                     stop: asyncio.Event) -> None:
    in_hand = asyncio.Semaphore(MAX_IN_HAND)
    try:
        await _read_jobs(reader, writer, work, in_hand)
    except asyncio.CancelledError:
        pass  # shutting down; asyncio would report a cancelled connection handler as an error
    finally:
        stop.set()  # the server closed the link, or died: finish what is in hand and exit


async def _read_jobs(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, work: offload.Offload,
                     in_hand: asyncio.Semaphore) -> None:
    def finished(_task: object) -> None:
        in_hand.release()
        if not writer.is_closing():
            writer.write(b"d\n")  # one line per finished job: the server counts what is in hand

    while line := await reader.readline():
        try:
            job = json.loads(line)
            kind, payload = str(job["kind"]), dict(job["payload"])
        except (ValueError, KeyError, TypeError):
            log.error("worker.bad_job")
            writer.write(b"d\n")  # counted as done, or the server would think it still in hand
            continue
        await in_hand.acquire()
        work.run(kind, payload).add_done_callback(finished)


async def _exit_when_orphaned(stop: asyncio.Event, parent: int) -> None:
    """A server killed outright (SIGKILL) cannot stop us; its children are handed to another parent.

    `parent` comes from the server itself: read here, it could already be the new parent if the server
    died while this process was starting."""
    while os.getppid() == parent:
        await asyncio.sleep(1.0)
    log.warning("worker.server_gone")
    stop.set()


async def run(path: str, parent: int) -> None:
    settings = load_settings().model_copy(update={"sharewise_scheduler": False})  # the server runs it
    if settings.sharewise_work_process_niceness:
        os.nice(settings.sharewise_work_process_niceness)
    app = await build_app(settings, core(settings))
    runner = web.AppRunner(app)
    await runner.setup()  # start-up and cleanup contexts (HTTP sessions, threads), no listening socket
    work = offload.of(app)
    stop = asyncio.Event()
    server = await asyncio.start_unix_server(lambda r, w: serve_link(r, w, work, stop), path=path,
                                             limit=MAX_LINE)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    orphan = loop.create_task(_exit_when_orphaned(stop, parent))
    log.info("worker.ready")
    await stop.wait()
    orphan.cancel()
    server.close()
    await work.idle(settings.sharewise_shutdown_timeout)  # finish what was handed over
    await runner.cleanup()
    log.info("worker.stopped")


if __name__ == "__main__":
    asyncio.run(run(sys.argv[1], int(sys.argv[2])))
