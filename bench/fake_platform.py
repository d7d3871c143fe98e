"""A local stand-in for Slack's Web API and the Bot Framework's Bot Connector, for benchmarks.

Answers the calls a bot makes while handling a request (views.open, chat.postMessage, replies to an
activity, new conversations) with the documented success shapes, and counts every call so the suite can
check that the servers under load really did their outgoing work. Run it as its own process:

    python bench/fake_platform.py --port 8601
    GET /_calls -> {"slack/views.open": 123, "connector/activities": 456, ...}
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from typing import Any

from aiohttp import web

CALLS: web.AppKey[Counter[str]] = web.AppKey("calls", Counter)
_ids = itertools.count(1)


def _slack_result(method: str, form: dict[str, Any]) -> dict[str, Any]:
    n = next(_ids)
    if method == "auth.test":
        return {"ok": True, "url": "https://bench.slack.invalid/", "team": "Bench", "user": "sharewise",
                "team_id": "T0BENCH", "user_id": "U0BOT", "bot_id": "B0BOT"}
    if method in ("views.open", "views.update", "views.push", "views.publish"):
        view = form.get("view")
        if isinstance(view, str):
            try:
                view = json.loads(view)
            except ValueError:
                view = {}
        view = dict(view or {})
        view.update(id=f"V{n:08d}", hash=f"h{n}", team_id="T0BENCH")
        return {"ok": True, "view": view}
    if method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
        channel = form.get("channel", "C0BENCH")
        return {"ok": True, "channel": channel, "ts": f"1700000000.{n:06d}", "message_ts": f"1700000000.{n:06d}",
                "message": {"text": form.get("text", ""), "ts": f"1700000000.{n:06d}"}}
    if method == "conversations.open":
        return {"ok": True, "channel": {"id": f"D{n:08d}"}}
    if method == "users.info":
        return {"ok": True, "user": {"id": form.get("user", "U0"), "name": "bench", "real_name": "Bench User",
                                     "tz": "Europe/London", "profile": {"display_name": "Bench"}}}
    return {"ok": True}


async def slack_api(request: web.Request) -> web.Response:
    method = request.match_info["method"]
    form: dict[str, Any] = {}
    if request.content_type == "application/json":
        try:
            form = await request.json()
        except ValueError:
            form = {}
    else:
        form = dict(await request.post())
    request.app[CALLS][f"slack/{method}"] += 1
    return web.json_response(_slack_result(method, form))


async def connector_activity(request: web.Request) -> web.Response:
    await request.read()
    request.app[CALLS]["connector/activities"] += 1
    return web.json_response({"id": f"a{next(_ids)}"})


async def connector_update(request: web.Request) -> web.Response:
    await request.read()
    request.app[CALLS][f"connector/{request.method.lower()}"] += 1
    return web.json_response({"id": request.match_info["aid"]})


async def connector_conversation(request: web.Request) -> web.Response:
    await request.read()
    request.app[CALLS]["connector/conversations"] += 1
    n = next(_ids)
    return web.json_response({"id": f"conv{n}", "activityId": f"a{n}", "serviceUrl": str(request.url.origin())})


async def connector_members(request: web.Request) -> web.Response:
    request.app[CALLS]["connector/members"] += 1
    return web.json_response({"id": request.match_info.get("mid", "u"), "name": "Bench User",
                              "aadObjectId": "00000000-0000-0000-0000-000000000001"})


async def response_url(request: web.Request) -> web.Response:
    await request.read()
    request.app[CALLS]["slack/response_url"] += 1
    return web.Response(text="ok")


async def calls(request: web.Request) -> web.Response:
    return web.json_response(dict(request.app[CALLS]))


async def reset(request: web.Request) -> web.Response:
    request.app[CALLS].clear()
    return web.json_response({"ok": True})


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def build() -> web.Application:
    app = web.Application(client_max_size=4 * 1024 * 1024)
    app[CALLS] = Counter()
    app.router.add_post("/api/{method}", slack_api)
    app.router.add_post("/v3/conversations/{cid}/activities", connector_activity)
    app.router.add_post("/v3/conversations/{cid}/activities/{aid}", connector_activity)
    app.router.add_put("/v3/conversations/{cid}/activities/{aid}", connector_update)
    app.router.add_delete("/v3/conversations/{cid}/activities/{aid}", connector_update)
    app.router.add_post("/v3/conversations", connector_conversation)
    app.router.add_get("/v3/conversations/{cid}/members/{mid}", connector_members)
    app.router.add_post("/commands/{rest}", response_url)
    app.router.add_get("/_calls", calls)
    app.router.add_post("/_reset", reset)
    app.router.add_get("/healthz", healthz)
    return app


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8601)
    a = p.parse_args()
    web.run_app(build(), host=a.host, port=a.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
