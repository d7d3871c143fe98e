"""Each request gets an id, and a channel's organisation id, bound for every log event it causes,
including those from the core running in a worker thread; nothing leaks into the next request."""

from __future__ import annotations

import asyncio

import structlog
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.logging_setup import REQUEST_ID_HEADER, bind_org, request_context


async def _seen_by_core(request: web.Request) -> web.Response:
    if "org" in request.query:
        bind_org(request.query["org"])  # as a channel does once it knows the Slack team or Teams tenant
    seen = await asyncio.to_thread(structlog.contextvars.get_contextvars)  # as the core sees it
    return web.json_response(seen)


async def test_request_and_organisation_ids_reach_the_core_and_do_not_leak() -> None:
    app = web.Application(middlewares=[request_context])
    app.router.add_get("/seen", _seen_by_core)
    async with TestClient(TestServer(app)) as client:  # one keep-alive connection for both requests
        first = await client.get("/seen", params={"org": "T0NORTH01"}, headers={REQUEST_ID_HEADER: "lb-trace-0001"})
        assert await first.json() == {"request_id": "lb-trace-0001", "org_id": "T0NORTH01"}
        assert first.headers[REQUEST_ID_HEADER] == "lb-trace-0001"

        second = await client.get("/seen", headers={REQUEST_ID_HEADER: "bad id {\"json\": 1}"})
        seen = await second.json()
        assert "org_id" not in seen  # the first request's organisation does not follow the connection
        assert seen["request_id"] != "lb-trace-0001"
        assert len(seen["request_id"]) == 32  # an unsafe incoming id is replaced, not logged
        assert second.headers[REQUEST_ID_HEADER] == seen["request_id"]
