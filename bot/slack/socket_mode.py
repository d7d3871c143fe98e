"""Socket Mode: Slack pushes events over a WebSocket we open, so no public URL is needed."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from bot.logging_setup import log

SOCKET: web.AppKey[AsyncSocketModeHandler] = web.AppKey("slack_socket", AsyncSocketModeHandler)


def socket_ctx(bolt: AsyncApp, app_token: str) -> Callable[[web.Application], AsyncIterator[None]]:
    """For `cleanup_ctx`: connect when the server starts, close when it stops (never `start_async`,
    which would block the server forever)."""

    async def ctx(app: web.Application) -> AsyncIterator[None]:
        handler = AsyncSocketModeHandler(bolt, app_token)
        app[SOCKET] = handler
        await handler.connect_async()
        log.info("slack.socket_mode_connected")
        yield
        await handler.close_async()

    return ctx
