"""The ceiling: a bare aiohttp handler that checks Slack's v0 signature by hand and answers "ok".

Nothing a real bot could skip is skipped (body read, timestamp window, constant-time HMAC compare);
everything else is. Sharewise's Slack paths are compared against this as the limit on this machine.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import time

from aiohttp import web

SECRET: web.AppKey[bytes] = web.AppKey("secret", bytes)


def verify(secret: bytes, timestamp: str, body: bytes, signature: str) -> bool:
    try:
        if abs(time.time() - int(timestamp)) > 300:
            return False
    except ValueError:
        return False
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret, base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


async def events(request: web.Request) -> web.Response:
    body = await request.read()
    ok = verify(request.app[SECRET], request.headers.get("X-Slack-Request-Timestamp", ""), body,
                request.headers.get("X-Slack-Signature", ""))
    if not ok:
        return web.Response(status=401, text="invalid signature")
    return web.Response(text="ok")


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def build(secret: str) -> web.Application:
    app = web.Application()
    app[SECRET] = secret.encode()
    app.router.add_post("/slack/events", events)
    app.router.add_get("/healthz", healthz)
    return app


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, default=8611)
    p.add_argument("--secret", default="bench-signing-secret")
    a = p.parse_args()
    web.run_app(build(a.secret), host="127.0.0.1", port=a.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
