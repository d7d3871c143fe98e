"""Soak: `sharewise serve` as its own process on loopback under mixed traffic for a bounded time.

Traffic, from a few concurrent workers: Slack modal journeys to a recorded decision (signed requests),
Teams journeys (seek advice -> consult the team -> a colleague's thread reply -> decision), forged Slack
requests (must be 401), and health/metrics probes. The server's outgoing calls go to local fakes
(tests/slack/fake_api.py, tests/teams/fake_connector.py). Every loop is bounded by the deadline.

Checks: no errors (every request answered as expected, no error in the server's log), no lost records
(decisions in the database == decisions the bot confirmed; advice == colleagues' replies), and memory: the
server's RSS is sampled each second; growth = median of the last 10% of samples over the median of the
first samples after warm-up.

    .venv/bin/python bench/soak.py --minutes 10 [--postgres] [--write bench/RESULTS-soak.md]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.servers import Server, migrate, rss_mb, sharewise_env  # noqa: E402
from storage.db import make_engine  # noqa: E402
from storage.models import Advice, Decision  # noqa: E402
from tests.ops.conftest import free_port  # noqa: E402
from tests.security.wire import SlackJourney, TeamsJourney, slack_driver  # noqa: E402
from tests.slack.driver import SECRET  # noqa: E402
from tests.slack.fake_api import FakeSlackApi  # noqa: E402
from tests.teams.conftest import User  # noqa: E402
from tests.teams.fake_connector import FakeConnector  # noqa: E402

TEAMS_CHANNEL = "19:team@thread.tacv2"


@dataclass
class SoakResult:
    seconds: float
    backend: str
    journeys: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    decisions_confirmed: int = 0
    decisions_stored: int = 0
    replies_sent: int = 0
    advice_stored: int = 0
    rss: list[tuple[float, float]] = field(default_factory=list)
    warmup: float = 0.0
    log_errors: int = 0

    @property
    def baseline_mb(self) -> float:
        after = [mb for t, mb in self.rss if t >= self.warmup]
        return statistics.median(after[: max(3, len(after) // 10)]) if after else float("nan")

    @property
    def end_mb(self) -> float:
        after = [mb for t, mb in self.rss if t >= self.warmup]
        return statistics.median(after[-max(3, len(after) // 10):]) if after else float("nan")

    @property
    def growth(self) -> float:
        return (self.end_mb - self.baseline_mb) / self.baseline_mb

    @property
    def lost(self) -> int:
        return (self.decisions_confirmed - self.decisions_stored) + (self.replies_sent - self.advice_stored)

    def ok(self) -> bool:
        return not self.errors and not self.log_errors and self.lost == 0 and \
            self.decisions_stored == self.decisions_confirmed and self.growth < 0.10

    def summary(self) -> dict[str, Any]:
        return {"seconds": round(self.seconds, 1), "backend": self.backend, "journeys": dict(self.journeys),
                "requests": dict(self.statuses), "errors": self.errors[:10], "error_count": len(self.errors),
                "server_log_errors": self.log_errors, "decisions_confirmed": self.decisions_confirmed,
                "decisions_stored": self.decisions_stored, "replies_sent": self.replies_sent,
                "advice_stored": self.advice_stored, "rss_samples": len(self.rss),
                "rss_first_mb": round(self.rss[0][1], 1) if self.rss else None,
                "rss_baseline_mb": round(self.baseline_mb, 1), "rss_end_mb": round(self.end_mb, 1),
                "rss_max_mb": round(max(mb for _, mb in self.rss), 1) if self.rss else None,
                "growth_pct": round(100 * self.growth, 2), "ok": self.ok()}


class _Fakes:
    """Both platforms' fakes on loopback, with their call logs trimmed so a long run stays small."""

    def __init__(self) -> None:
        self.slack = FakeSlackApi()
        self.connector = FakeConnector()
        self._runner: aiohttp.web.AppRunner | None = None

    async def start(self) -> None:
        await self.slack.start()
        self._runner = aiohttp.web.AppRunner(self.connector.app())
        await self._runner.setup()
        site = aiohttp.web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.connector.url = f"http://127.0.0.1:{port}"

    def trim(self) -> None:
        if len(self.slack.calls) > 20_000:
            del self.slack.calls[:-5_000]
        if len(self.connector.calls) > 20_000:
            del self.connector.calls[:-5_000]

    async def close(self) -> None:
        await self.slack.close()
        if self._runner is not None:
            await self._runner.cleanup()


async def _sample_rss(pid: int, started: float, out: list[tuple[float, float]], stop: asyncio.Event) -> None:
    while not stop.is_set():
        out.append((time.monotonic() - started, rss_mb(pid)))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 1.0)


async def _traffic(base: str, fakes: _Fakes, deadline: float, result: SoakResult, workers: int) -> None:
    numbers = itertools.count(1)
    connector_url = fakes.connector.url + "/"

    async def worker(w: int, http: aiohttp.ClientSession) -> None:
        while time.monotonic() < deadline:
            n = next(numbers)
            kind = ("slack", "teams", "slack", "probe")[n % 4]
            try:
                if kind == "slack":
                    journey = SlackJourney(slack_driver(base, http), fakes.slack, f"USOAK{n:06d}")
                    journey.slack.ticks = itertools.count(n * 1000)
                    await journey.to_request()
                    await journey.from_request_to_decision()
                    result.decisions_confirmed += 1
                elif kind == "teams":
                    me = User(connector_url, f"29:soak-{n}", f"aad-soak-{n}", "Soak Person", f"a:soak-{n}")
                    colleague = User(connector_url, f"29:coll-{n}", f"aad-coll-{n}", "Colleague", f"a:coll-{n}")
                    journey_t = TeamsJourney(http, base, fakes.connector, me, colleague, TEAMS_CHANNEL)
                    await journey_t.run()
                    result.decisions_confirmed += 1
                    result.replies_sent += journey_t.replies
                else:
                    for path in ("/healthz", "/metrics"):  # /readyz is 503 by design: Teams runs unauthenticated here
                        async with http.get(base + path) as r:
                            result.statuses[f"{path} {r.status}"] += 1
                            if r.status != 200:
                                raise AssertionError(f"{path} answered {r.status}")
                    forged = slack_driver(base, http)
                    r2 = await forged.command("/seek-advice", "UFORGER", "C0TEAM", "x", secret="wrong")
                    result.statuses[f"forged {r2.status}"] += 1
                    if r2.status != 401:
                        raise AssertionError(f"a forged request answered {r2.status}")
                result.journeys[kind] += 1
            except Exception as exc:  # every failure is counted and reported, none stops the soak
                result.errors.append(f"{kind} #{n}: {type(exc).__name__}: {str(exc)[:200]}")
            fakes.trim()

    async with aiohttp.ClientSession() as http:
        await asyncio.gather(*(worker(w, http) for w in range(workers)))


async def run_soak(db_url: str, seconds: float, workdir: str, warmup: float | None = None,
                   workers: int = 3) -> SoakResult:
    """Start a migrated server, send mixed traffic until `seconds` have passed, and measure it."""
    backend = "postgresql" if db_url.startswith("postgres") else "sqlite"
    result = SoakResult(seconds=seconds, backend=backend, warmup=warmup if warmup is not None else seconds / 5)
    fakes = _Fakes()
    await fakes.start()
    port = free_port()
    env = {**sharewise_env(db_url, port, f"http://127.0.0.1:{fakes.slack.server.port}", workdir),  # type: ignore[union-attr]
           "SLACK_API_URL": fakes.slack.url, "SLACK_SIGNING_SECRET": SECRET, "TEAMS_TEAM_CHANNEL": TEAMS_CHANNEL,
           "LOG_LEVEL": "INFO", "SHAREWISE_DSL_USERS": "", "SHAREWISE_ADMIN_USERS": ""}
    log_path = os.path.join(workdir, "soak-server.log")
    server = Server("soak", [str(Path(sys.executable).with_name("sharewise")), "serve"], port, env,
                    log_path=log_path)
    await asyncio.to_thread(migrate, db_url, workdir)
    await asyncio.to_thread(server.start)
    stop = asyncio.Event()
    started = time.monotonic()
    sampler = asyncio.create_task(_sample_rss(server.pid, started, result.rss, stop))
    try:
        await _traffic(server.url, fakes, started + seconds, result, workers)
    finally:
        stop.set()
        await sampler
        result.seconds = time.monotonic() - started
        await asyncio.to_thread(server.stop)
        await fakes.close()
    engine = make_engine(db_url)
    with engine.connect() as conn:
        result.decisions_stored = conn.execute(select(func.count()).select_from(Decision)).scalar_one()
        result.advice_stored = conn.execute(select(func.count()).select_from(Advice)).scalar_one()
    engine.dispose()
    for line in Path(log_path).read_text(errors="replace").splitlines():
        try:
            level = json.loads(line).get("level")
        except ValueError:
            level = "error" if "Traceback" in line else None
        if level in ("error", "critical"):
            result.log_errors += 1
    return result


def report(result: SoakResult, path: Path) -> None:
    s = result.summary()
    lines = [
        "# Soak results", "",
        "`bench/soak.py`: `sharewise serve` as its own process on 127.0.0.1, driven by "
        f"{3} concurrent workers with mixed traffic (Slack modal journeys to a decision, Teams journeys with a "
        "consultation, a colleague's thread reply and a decision, forged Slack requests, health probes). "
        "Outgoing calls go to local fakes of the Slack Web API and the Bot Connector.", "",
        f"Run on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.python_version()}, "
        f"{os.cpu_count()} cores, database: {s['backend']}.", "",
        "| measure | value |", "| --- | --- |",
        f"| duration | {s['seconds']} s |",
        f"| journeys completed | {s['journeys']} |",
        f"| probe and forged-request answers | {s['requests']} |",
        f"| errors (client side) | {s['error_count']} |",
        f"| error lines in the server log | {s['server_log_errors']} |",
        f"| decisions confirmed / stored | {s['decisions_confirmed']} / {s['decisions_stored']} |",
        f"| thread replies sent / advice stored | {s['replies_sent']} / {s['advice_stored']} |",
        f"| server RSS at start | {s['rss_first_mb']} MB |",
        f"| RSS after warm-up ({round(result.warmup)} s, median of first 10%) | {s['rss_baseline_mb']} MB |",
        f"| RSS at the end (median of last 10%) | {s['rss_end_mb']} MB |",
        f"| RSS max | {s['rss_max_mb']} MB |",
        f"| growth after warm-up | {s['growth_pct']} % (limit 10 %) |",
        f"| verdict | {'pass' if s['ok'] else 'FAIL'} |", "",
    ]
    if s["errors"]:
        lines += ["First errors:", "", *[f"- `{e}`" for e in s["errors"]], ""]
    samples = result.rss[:: max(1, len(result.rss) // 20)]
    lines += ["RSS samples (s, MB): " + ", ".join(f"{t:.0f}: {mb:.1f}" for t, mb in samples), ""]
    path.write_text("\n".join(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--postgres", default="", help="a PostgreSQL admin URL: soak on a fresh database there")
    ap.add_argument("--write", default="", help="write a Markdown report here")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="sw-soak-") as tmp:
        if a.postgres:
            from bench.servers import drop_postgres, fresh_postgres

            name = f"sw_soak_{os.getpid()}"
            url = fresh_postgres(a.postgres, name)
            if url is None:
                raise SystemExit("PostgreSQL is not reachable")
        else:
            url = f"sqlite:///{tmp}/soak.db"
        try:
            result = asyncio.run(run_soak(url, a.minutes * 60, tmp, workers=a.workers))
        finally:
            if a.postgres:
                drop_postgres(a.postgres, name)
    print(json.dumps(result.summary(), indent=1))
    if a.write:
        report(result, Path(a.write))
    sys.exit(0 if result.ok() else 1)


if __name__ == "__main__":
    main()
