"""The thinnest Slack bot: a slack-bolt AsyncApp on aiohttp whose listeners only ack.

Bolt checks the signature, parses the payload and runs its middleware chain, as it would for any bot;
`/seek-advice` and every view submission are acknowledged and nothing else happens. This is the
"bare bot" Sharewise's Slack throughput is compared with.
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp


def build(secret: str, token: str, api_url: str) -> web.Application:
    from slack_sdk.web.async_client import AsyncWebClient

    bolt = AsyncApp(signing_secret=secret, client=AsyncWebClient(token=token, base_url=api_url))

    @bolt.command("/seek-advice")
    async def seek_advice(ack: Any) -> None:
        await ack()

    @bolt.view(re.compile(".*"))  # every callback_id
    async def any_view(ack: Any) -> None:
        await ack()

    async def events(request: web.Request) -> web.Response:
        bolt_req = await to_bolt_request(request)
        return await to_aiohttp_response(await bolt.async_dispatch(bolt_req))

    async def healthz(_request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_post("/slack/events", events)
    app.router.add_get("/healthz", healthz)
    return app


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, default=8612)
    p.add_argument("--secret", default="bench-signing-secret")
    p.add_argument("--token", default="xoxb-bench")
    p.add_argument("--api-url", default="http://127.0.0.1:8601/api/")
    a = p.parse_args()
    web.run_app(build(a.secret, a.token, a.api_url), host="127.0.0.1", port=a.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
