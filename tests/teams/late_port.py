"""A Bot Connector address that refuses connections until a test opens it, and one that drops the connection
once it has read a request (so the request arrived, but no answer did)."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

from aiohttp import web


class LatePort:
    """A loopback port bound but not listening: connecting to it is refused (ECONNREFUSED) until `open`."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port = int(self._sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.runner: web.AppRunner | None = None

    async def open(self, app: web.Application) -> None:
        self._sock.close()
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def close(self) -> None:
        self._sock.close()
        if self.runner is not None:
            await self.runner.cleanup()


async def open_after_first_refusal(late: LatePort, app: web.Application, logs: list[dict[str, Any]],
                                   timeout: float = 10.0) -> None:
    """Open the port as soon as the bot has logged its first retry after a refused connection (it waits
    a quarter of a second before trying again)."""
    async def refused() -> None:
        while not any(e["event"] == "teams.connector_retry" for e in logs):
            await asyncio.sleep(0.005)
    await asyncio.wait_for(refused(), timeout)
    await late.open(app)


def dropping_app(received: list[str]) -> web.Application:
    """Reads each POST in full, records its path, then closes the connection without answering."""
    async def drop(request: web.Request) -> web.StreamResponse:
        await request.read()
        received.append(request.path)
        assert request.transport is not None
        request.transport.close()
        raise web.HTTPServiceUnavailable()  # never reaches the client: the connection is already closed

    app = web.Application()
    app.router.add_post("/{tail:.*}", drop)
    return app
