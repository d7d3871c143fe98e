"""The thinnest Teams bot: botbuilder's CloudAdapter with auth off and an echo handler.

A message activity is echoed back through the Bot Connector at the activity's serviceUrl (the local fake
in benchmarks); a card submission (a message with `value` and no text) is answered with a short text.
This is the "bare bot" Sharewise's Teams throughput is compared with.
"""

from __future__ import annotations

import argparse
from types import SimpleNamespace

from aiohttp import web
from botbuilder.core import ActivityHandler, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication


class Echo(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext) -> None:
        text = turn_context.activity.text or "card received"
        await turn_context.send_activity(f"echo: {text}")


def build() -> web.Application:
    config = SimpleNamespace(APP_ID="", APP_PASSWORD="", APP_TYPE="MultiTenant", APP_TENANTID="")
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(config))
    bot = Echo()

    async def messages(request: web.Request) -> web.Response:
        response = await adapter.process(request, bot)
        return response if response is not None else web.Response(status=201)

    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    return app


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, default=8613)
    a = p.parse_args()
    web.run_app(build(), host="127.0.0.1", port=a.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
