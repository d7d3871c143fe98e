"""The load generator: its own process, N concurrent keep-alive connections, for a fixed time.

Two engines send the same requests:
- `python`: an asyncio aiohttp client; signs each Slack request just before sending it (v0 HMAC over
  `v0:{timestamp}:{body}`), so it can run for any length of time. Used by the smoke test and as a fallback.
- `wrk`: the requests are signed up front (a run lasts seconds, well inside Slack's 5-minute window),
  written one per line to a file, and a small Lua script cycles through them. wrk costs far less CPU per
  request than a Python client, which matters on a 2-core machine where client and server share cores.

Scenarios: `healthz`, `slack-command` (`/seek-advice`), `slack-view` (a view_submission), `teams-message`,
`teams-card` (an Adaptive Card submission), or `--requests FILE` with prepared JSON lines
`{"path", "headers", "body", "sign"}` (the suite prepares Sharewise's multi-step payloads that way).

Prints one JSON object: requests, errors, rps, p50/p90/p99/max in ms, status counts.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp


@dataclass
class Req:
    method: str
    path: str
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    sign: bool = False


def slack_sign(secret: str, body: bytes, ts: int | None = None) -> dict[str, str]:
    stamp = str(int(time.time()) if ts is None else ts)
    sig = hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": "v0=" + sig}


# -- scenarios ----------------------------------------------------------------------------------------
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
JSON = {"Content-Type": "application/json"}


def slack_command(i: int, team: str = "T0BENCH", text: str = "",
                  response_url: str = "http://127.0.0.1:8601/commands/r") -> Req:
    form = {"token": "legacy", "team_id": team, "team_domain": "bench", "channel_id": "C0BENCH",
            "channel_name": "bench", "user_id": f"U{i:07d}", "user_name": f"user{i}", "command": "/seek-advice",
            "text": text, "api_app_id": "A0BENCH", "is_enterprise_install": "false",
            "response_url": response_url, "trigger_id": f"{i}.1700000000.bench{i:07d}"}
    return Req("POST", "/slack/events", urllib.parse.urlencode(form).encode(), dict(FORM), sign=True)


def slack_view(i: int, team: str = "T0BENCH", callback_id: str = "bench", metadata: str = "",
               values: dict[str, Any] | None = None) -> Req:
    payload = {
        "type": "view_submission", "team": {"id": team, "domain": "bench"},
        "user": {"id": f"U{i:07d}", "username": f"user{i}", "name": f"user{i}", "team_id": team},
        "api_app_id": "A0BENCH", "token": "legacy", "trigger_id": f"{i}.1700000000.view{i:07d}",
        "view": {"id": f"V{i:08d}", "team_id": team, "type": "modal", "callback_id": callback_id,
                 "private_metadata": metadata, "hash": f"h{i}",
                 "state": {"values": values or {"b": {"a": {"type": "plain_text_input", "value": "ok"}}}}},
        "response_urls": [], "is_enterprise_install": False,
    }
    body = urllib.parse.urlencode({"payload": json.dumps(payload, separators=(",", ":"))}).encode()
    return Req("POST", "/slack/events", body, dict(FORM), sign=True)


def teams_activity(i: int, service_url: str, text: str | None = "hello", value: dict[str, Any] | None = None,
                   tenant: str = "00000000-0000-0000-0000-0000000bench") -> Req:
    user = f"29:user{i:07d}"
    act: dict[str, Any] = {
        "type": "message", "id": f"act{i}", "timestamp": "2024-01-01T00:00:00.000Z",
        "serviceUrl": service_url, "channelId": "msteams",
        "from": {"id": user, "name": f"User {i}", "aadObjectId": f"00000000-0000-0000-0000-{i:012d}"},
        "conversation": {"id": f"a:conv{i:07d}", "conversationType": "personal", "tenantId": tenant},
        "recipient": {"id": "28:bot", "name": "Sharewise"},
        "channelData": {"tenant": {"id": tenant}}, "locale": "en-GB",
    }
    if text is not None:
        act["text"] = text
    if value is not None:
        act["value"] = value
    return Req("POST", "/api/messages", json.dumps(act).encode(), dict(JSON))


def scenario(name: str, a: argparse.Namespace) -> Callable[[int], Req]:
    if name == "healthz":
        return lambda i: Req("GET", "/healthz")
    if name == "slack-command":
        return lambda i: slack_command(i + a.offset, response_url=a.service_url + "commands/r")
    if name == "slack-view":
        return lambda i: slack_view(i + a.offset)
    if name == "teams-message":
        return lambda i: teams_activity(i + a.offset, a.service_url, "seek advice")
    if name == "teams-card":
        return lambda i: teams_activity(i + a.offset, a.service_url, None, {"action": "bench", "n": i})
    raise SystemExit(f"unknown scenario {name}")


def from_file(path: str) -> list[Req]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out.append(Req(d.get("method", "POST"), d["path"], d["body"].encode(), d.get("headers", {}),
                           bool(d.get("sign"))))
    return out


def cycle(reqs: list[Req]) -> Callable[[int], Req]:
    return lambda i: reqs[i % len(reqs)]


# -- results ------------------------------------------------------------------------------------------
def summary(lat_ms: list[float], statuses: Counter[str], errors: int, elapsed: float) -> dict[str, Any]:
    lat = sorted(lat_ms)

    def pct(q: float) -> float:
        return round(lat[min(len(lat) - 1, int(q * len(lat)))], 2) if lat else float("nan")

    ok = sum(n for s, n in statuses.items() if s.startswith("2"))
    return {"requests": len(lat), "ok": ok, "errors": errors + len(lat) - ok, "seconds": round(elapsed, 2),
            "rps": round(ok / elapsed, 1) if elapsed else 0.0, "p50": pct(0.50), "p90": pct(0.90),
            "p99": pct(0.99), "max": round(lat[-1], 2) if lat else float("nan"),
            "mean": round(statistics.fmean(lat), 2) if lat else float("nan"), "status": dict(statuses)}


# -- engine: python -----------------------------------------------------------------------------------
async def run_python(base: str, make: Callable[[int], Req], conns: int, duration: float, secret: str,
                     max_requests: int | None) -> dict[str, Any]:
    counter = itertools.count()
    lat: list[float] = []
    statuses: Counter[str] = Counter()
    errors = 0
    deadline = time.perf_counter() + duration
    timeout = aiohttp.ClientTimeout(total=30)

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            i = next(counter)
            if max_requests is not None and i >= max_requests:
                return
            r = make(i)
            headers = dict(r.headers)
            if r.sign:
                headers.update(slack_sign(secret, r.body))
            t0 = time.perf_counter()
            try:
                async with session.request(r.method, base + r.path, data=r.body or None, headers=headers) as resp:
                    await resp.read()
                    statuses[str(resp.status)] += 1
            except (aiohttp.ClientError, TimeoutError):
                errors += 1
                continue
            lat.append((time.perf_counter() - t0) * 1000)

    start = time.perf_counter()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=conns), timeout=timeout) as session:
        await asyncio.gather(*(worker(session) for _ in range(conns)))
    return summary(lat, statuses, errors, time.perf_counter() - start)


# -- engine: wrk --------------------------------------------------------------------------------------
LUA = r"""
local reqs = {}
local n, i = 0, 0
local statuses = {}
init = function(args)
  for line in io.lines(args[1]) do
    local method, path, hdrs, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local h = {}
    for k, v in hdrs:gmatch("([^\31:]+): ([^\31]*)") do h[k] = v end
    n = n + 1
    reqs[n] = wrk.format(method, path, h, body)
  end
end
request = function()
  i = i % n + 1
  return reqs[i]
end
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50":%.3f,"p90":%.3f,"p99":%.3f,"max":%.3f,"mean":%.3f,' ..
    '"connect":%d,"read":%d,"write":%d,"timeout":%d,"non2xx":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3, latency.mean / 1e3,
    e.connect, e.read, e.write, e.timeout, e.status))
end
"""


def _line(r: Req, secret: str, ts: int) -> str:
    headers = dict(r.headers)
    if r.sign:
        headers.update(slack_sign(secret, r.body, ts))
    body = r.body.decode()
    if "\n" in body or "\t" in body:
        raise ValueError("wrk engine needs bodies without raw tabs or newlines")
    return "\t".join([r.method, r.path, "\x1f".join(f"{k}: {v}" for k, v in headers.items()), body])


def run_wrk(base: str, make: Callable[[int], Req], conns: int, duration: float, secret: str,
            unique: int) -> dict[str, Any]:
    ts = int(time.time())
    with tempfile.TemporaryDirectory(prefix="sharewise-wrk-") as tmp:
        data, script = os.path.join(tmp, "reqs.tsv"), os.path.join(tmp, "sign.lua")
        with open(data, "w", encoding="utf-8") as f:
            for i in range(unique):
                f.write(_line(make(i), secret, ts) + "\n")
        with open(script, "w", encoding="utf-8") as f:
            f.write(LUA)
        cmd = ["wrk", "-t1", f"-c{conns}", f"-d{max(1, round(duration))}s", "--timeout", "30s", "-s", script,
               base, "--", data]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    last = [ln for ln in out.splitlines() if ln.startswith("{")][-1]
    w = json.loads(last)
    errors = w["connect"] + w["read"] + w["write"] + w["timeout"] + w["non2xx"]
    ok = w["requests"] - w["non2xx"]
    return {"requests": w["requests"], "ok": ok, "errors": errors, "seconds": round(w["seconds"], 2),
            "rps": round(ok / w["seconds"], 1), "p50": round(w["p50"], 2), "p90": round(w["p90"], 2),
            "p99": round(w["p99"], 2), "max": round(w["max"], 2), "mean": round(w["mean"], 2),
            "status": {"2xx": ok, "other": w["non2xx"]}, "unique_requests": unique}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("url", help="base URL, e.g. http://127.0.0.1:3978")
    p.add_argument("--scenario", default="healthz")
    p.add_argument("--requests", help="JSON-lines file of prepared requests (overrides --scenario)")
    p.add_argument("-c", "--connections", type=int, default=32)
    p.add_argument("-d", "--duration", type=float, default=8.0)
    p.add_argument("--engine", choices=("auto", "python", "wrk"), default="auto")
    p.add_argument("--secret", default="bench-signing-secret")
    p.add_argument("--service-url", default="http://127.0.0.1:8601/")
    p.add_argument("--offset", type=int, default=0, help="first user/trigger number (keeps runs distinct)")
    p.add_argument("--unique", type=int, default=30000, help="wrk: distinct requests before cycling")
    p.add_argument("--max-requests", type=int, help="python: stop after this many")
    a = p.parse_args(argv)
    make = cycle(from_file(a.requests)) if a.requests else scenario(a.scenario, a)
    unique = min(a.unique, len(from_file(a.requests))) if a.requests else a.unique
    engine = a.engine
    if engine == "auto":
        engine = "wrk" if shutil.which("wrk") else "python"
    base = a.url.rstrip("/")
    if engine == "wrk":
        result = run_wrk(base, make, a.connections, a.duration, a.secret, unique)
    else:
        result = asyncio.run(run_python(base, make, a.connections, a.duration, a.secret, a.max_requests))
    result.update(engine=engine, connections=a.connections, scenario=a.requests or a.scenario)
    print(json.dumps(result), flush=True)
    return result


def iter_lines(reqs: list[Req]) -> Iterator[str]:
    for r in reqs:
        yield json.dumps({"method": r.method, "path": r.path, "headers": r.headers, "body": r.body.decode(),
                          "sign": r.sign})


if __name__ == "__main__":
    main(sys.argv[1:])
