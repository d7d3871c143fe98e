"""The Slack channel: Bolt listeners, Block Kit rendering, HTTP and Socket Mode transports."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import aiohttp
from aiohttp import web
from slack_bolt.async_app import AsyncApp

from bot import offload
from bot.settings import Settings
from bot.slack import fast_path
from bot.slack.app import INSTALL_PATH, REDIRECT_PATH, build_bolt, oauth_mode
from bot.slack.context import Slack
from bot.slack.http import events_handler, oauth_handlers
from bot.slack.socket_mode import socket_ctx
from dialogs.runtime import Sharewise

EVENTS_PATH = "/slack/events"
BOLT: web.AppKey[object] = web.AppKey("slack_bolt", object)
SLACK: web.AppKey[Slack] = web.AppKey("slack", Slack)


def session_ctx(bolt: AsyncApp, timeout: float) -> Callable[[web.Application], AsyncIterator[None]]:
    """One HTTP session (and its keep-alive connections) for every Web API call while the server runs.

    Without it slack_sdk opens a new session, TCP connection and TLS handshake for every call. Bolt's
    per-request clients (single- and multi-workspace alike) copy `app.client.session` when each request
    arrives, so setting it here covers them all.
    """

    async def ctx(_app: web.Application) -> AsyncIterator[None]:
        session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout))
        bolt.client.session = session
        yield
        bolt.client.session = None
        await session.close()

    return ctx


def install(app: web.Application, settings: Settings, core: Sharewise) -> None:
    slack = Slack(core, settings)
    bolt = build_bolt(slack)
    app[SLACK] = slack
    app[BOLT] = bolt
    app.cleanup_ctx.append(session_ctx(bolt, settings.slack_api_timeout))
    work = offload.of(app)
    fast_path.register(work, bolt, slack)
    if settings.slack_signing_secret:
        app.router.add_post(EVENTS_PATH, events_handler(bolt, slack, work))
    if oauth_mode(settings):
        install_page, callback = oauth_handlers(bolt)
        app.router.add_get(INSTALL_PATH, install_page)
        app.router.add_get(REDIRECT_PATH, callback)
    if settings.slack_app_token:
        app.cleanup_ctx.append(socket_ctx(bolt, settings.slack_app_token))
