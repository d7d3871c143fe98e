"""A local Slack Web API: serves /api/<method> with Slack's documented answers and records every call."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from aiohttp import web
from aiohttp.test_utils import TestServer


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    raw: str
    token: str
    answer: dict[str, Any] = field(default_factory=dict)


@dataclass
class FakeSlackApi:
    calls: list[Call] = field(default_factory=list)
    fail_once: dict[str, int] = field(default_factory=dict)  # method -> status to answer once
    #: method -> Slack error code to answer once, with HTTP 200 and ok: false (e.g. expired_trigger_id).
    error_once: dict[str, str] = field(default_factory=dict)
    #: method -> "landed" (acted on, answer held back) or "lost" (never acted on, no answer) once: the
    #: client times out either way; held answers go out only when the fake closes.
    hold_once: dict[str, str] = field(default_factory=dict)
    hold_if: Callable[[dict[str, Any]], bool] = lambda body: True  # which call (by its arguments) to hold
    _release: asyncio.Event = field(default_factory=asyncio.Event)
    server: TestServer | None = None
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    #: Socket Mode: the WebSocket our app opened, and what it sent back (acks).
    sockets: list[web.WebSocketResponse] = field(default_factory=list)
    socket_in: asyncio.Queue[dict[str, Any]] = field(default_factory=asyncio.Queue)
    socket_open: asyncio.Event = field(default_factory=asyncio.Event)
    #: files.getUploadURLExternal: file id -> (filename, bytes POSTed to its upload URL).
    uploads: dict[str, tuple[str, bytes]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        assert self.server is not None
        return str(self.server.make_url("/api/"))

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._handle)
        app.router.add_get("/api/{method}", self._handle)  # the SDK reads conversations.* with GET
        app.router.add_get("/link", self._socket)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_post("/respond/{n}", self._respond)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()

    async def close(self) -> None:
        self._release.set()
        if self.server is not None:
            await self.server.close()

    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Wait until `count` calls of `method` have arrived (listeners run after Slack's ack)."""
        async def enough() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.of(method)) >= count)
        await asyncio.wait_for(enough(), timeout)
        return self.of(method)

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        raw = await request.text()
        if request.content_type == "application/json":
            body = json.loads(raw) if raw else {}
        else:
            body = {k: v[0] for k, v in parse_qs(raw).items()}
            for key in ("view", "blocks"):
                if isinstance(body.get(key), str):
                    body[key] = json.loads(body[key])
        body = {**dict(request.query), **body}  # some methods send their arguments as query parameters
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        status = self.fail_once.pop(method, None)
        hold = self.hold_once.pop(method, None) if method in self.hold_once and self.hold_if(body) else None
        if hold == "lost":
            answer = {"ok": False, "error": "lost"}  # recorded so tests can count attempts; never landed
        elif method in self.error_once:
            answer = {"ok": False, "error": self.error_once.pop(method)}
        else:
            answer = self._answer(method, body) if status is None else {"ok": False, "error": "ratelimited"}
        async with self._changed:
            self.calls.append(Call(method, body, raw, token, answer))
            self._changed.notify_all()
        if hold is not None:
            await self._release.wait()
        if status == 429:
            return web.json_response(answer, status=429, headers={"Retry-After": "0"})
        if status is not None:
            return web.json_response({"ok": False, "error": "fatal_error"}, status=status)
        return web.json_response(answer)

    def response_url(self, n: int = 1) -> str:
        """A command's response_url, served here: what is posted to it is recorded as "response_url"."""
        assert self.server is not None
        return str(self.server.make_url(f"/respond/{n}"))

    async def _respond(self, request: web.Request) -> web.Response:
        body = await request.json()
        async with self._changed:
            self.calls.append(Call("response_url", body, json.dumps(body), ""))
            self._changed.notify_all()
        return web.Response(text="ok")

    async def _upload(self, request: web.Request) -> web.Response:
        """The upload URL files.getUploadURLExternal hands out: it takes the raw bytes (no token needed)."""
        file_id = request.match_info["file_id"]
        if file_id not in self.uploads:
            return web.Response(status=404, text="unknown upload")
        data = await request.read()
        async with self._changed:
            self.uploads[file_id] = (self.uploads[file_id][0], data)
            self.calls.append(Call("upload", {"file_id": file_id, "bytes": len(data)}, "", ""))
            self._changed.notify_all()
        return web.Response(text=f"OK - {len(data)}")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}})
        self.socket_open.set()
        async for msg in ws:
            if msg.type == web.WSMsgType.TEXT:
                await self.socket_in.put(json.loads(msg.data))
        return ws

    def _answer(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        n = next(self._ids)
        if method == "auth.test":
            return {"ok": True, "url": "https://test.slack.com/", "team": "Test", "user": "sharewise",
                    "team_id": "T1", "user_id": "UBOT", "bot_id": "BBOT", "is_enterprise_install": False}
        if method in ("chat.postMessage", "chat.update"):
            ts = body.get("ts") or f"{int(time.time())}.{n:06d}"  # a Slack ts is the time it was posted
            return {"ok": True, "channel": body.get("channel"), "ts": ts,
                    "message": {"text": body.get("text", ""), "ts": ts}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"1700000000.{n:06d}"}
        if method in ("views.open", "views.update", "views.push", "views.publish"):
            view = dict(body.get("view") or {})
            view.update({"id": body.get("view_id") or f"V{n:05d}", "hash": f"h{n}"})
            return {"ok": True, "view": view}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(body.get("users", "")).lstrip("UW")[:20]}}
        if method == "files.getUploadURLExternal":
            if not str(body.get("length", "")).isdigit() or not body.get("filename"):
                return {"ok": False, "error": "invalid_arguments"}
            file_id = f"F{n:06d}"
            self.uploads[file_id] = (str(body["filename"]), b"")
            assert self.server is not None
            return {"ok": True, "upload_url": str(self.server.make_url(f"/upload/{file_id}")), "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = json.loads(str(body.get("files") or "[]"))
            if not files or any(f.get("id") not in self.uploads or not self.uploads[f["id"]][1] for f in files):
                return {"ok": False, "error": "file_not_found"}
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title", ""), "name": self.uploads[f["id"]][0]}
                                          for f in files]}
        if method in ("conversations.history", "conversations.replies"):
            return {"ok": True, "messages": self._messages(method, body), "has_more": False}
        if method == "apps.connections.open":
            assert self.server is not None
            return {"ok": True, "url": str(self.server.make_url("/link")).replace("http://", "ws://")}
        if method == "oauth.v2.access":
            return {"ok": True, "access_token": "xoxb-installed", "token_type": "bot",
                    "scope": "commands,chat:write", "bot_user_id": "UBOT2", "app_id": "A1",
                    "team": {"id": "T2", "name": "Second"}, "enterprise": None,
                    "authed_user": {"id": "UINSTALLER"}, "is_enterprise_install": False}
        return {"ok": True}

    def _messages(self, method: str, body: dict[str, Any]) -> list[dict[str, Any]]:
        """Posts that landed in the channel (or the thread) after `oldest`, newest first; their metadata only
        with include_all_metadata, as Slack does."""
        channel, oldest = body.get("channel"), float(body.get("oldest") or 0)
        with_meta = str(body.get("include_all_metadata")).lower() in ("true", "1")
        out: list[dict[str, Any]] = []
        for c in self.of("chat.postMessage"):
            if not c.answer.get("ok") or c.body.get("channel") != channel or float(c.answer["ts"]) <= oldest:
                continue
            thread = c.body.get("thread_ts")
            if method == "conversations.replies" and body.get("ts") not in (thread, c.answer["ts"]):
                continue
            msg: dict[str, Any] = {"type": "message", "ts": c.answer["ts"], "text": c.body.get("text", "")}
            if thread:
                msg["thread_ts"] = thread
            meta = c.body.get("metadata")
            if with_meta and meta:
                msg["metadata"] = json.loads(meta) if isinstance(meta, str) else meta
            out.append(msg)
        return out[::-1]
