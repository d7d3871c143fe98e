"""The whole benchmark: Sharewise beside the bare bots in one session, then data at scale and footprint.

    python bench/suite.py [--quick] [--rounds N] [--duration S] [--decisions N]

Every load run is `loadgen.py` as its own process against a server in its own process, over loopback.
Servers take turns within each round (the order rotates every round) so drift on a noisy machine hits
all of them alike; ratios are taken within a round and the median over rounds is reported.
Results go to bench/results/latest.json and into bench/RESULTS.md between the results markers.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import prepare  # noqa: E402
import report  # noqa: E402
import servers  # noqa: E402

PG_BASE = os.environ.get("SHAREWISE_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
FAKE_PORT, AIOHTTP_PORT, BOLT_PORT, TEAMS_PORT, SW_SQLITE_PORT, SW_PG_PORT = 8601, 8611, 8612, 8613, 8621, 8622


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def load(url: str, duration: float, conns: int, *, scenario: str = "", requests: str = "", offset: int = 0,
         unique: int = 30000) -> dict[str, Any]:
    cmd = [servers.PY, str(HERE / "loadgen.py"), url, "-c", str(conns), "-d", str(duration), "--offset",
           str(offset), "--unique", str(unique), "--service-url", f"http://127.0.0.1:{FAKE_PORT}/"]
    cmd += ["--requests", requests] if requests else ["--scenario", scenario]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def calls() -> dict[str, int]:
    return dict(servers.get_json(f"http://127.0.0.1:{FAKE_PORT}/_calls"))


def drain(keys: tuple[str, ...], before: dict[str, int], target: int, limit: float) -> float:
    """Wait until the work a server queued after acking is finished: the calls under `keys` have grown by
    `target` (one per acked request), or stopped growing for 3 s, or `limit` passed; seconds waited."""
    t0, last, still = time.perf_counter(), -1, 0.0
    while time.perf_counter() - t0 < limit:
        c = calls()
        done = sum(c.get(k, 0) - before.get(k, 0) for k in keys)
        if done >= target:
            break
        if done == last:
            still += 0.25
            if still >= 3:
                break
        else:
            still = 0.0
        last = done
        time.sleep(0.25)
    return time.perf_counter() - t0


def machine() -> dict[str, Any]:
    model = ""
    with contextlib.suppress(OSError, StopIteration):
        model = next(ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                     if ln.startswith("model name"))
    return {"cores": os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "kernel": platform.release(), "load_generator": "wrk" if subprocess.run(
                ["sh", "-c", "command -v wrk"], capture_output=True).returncode == 0 else "python"}


class Bench:
    def __init__(self, a: argparse.Namespace, tmp: str) -> None:
        self.a, self.tmp = a, tmp
        self.fake_url = f"http://127.0.0.1:{FAKE_PORT}"
        self.runs: list[dict[str, Any]] = []
        self.offset = 1_000_000
        self.notes: list[str] = []

    def next_offset(self) -> int:
        self.offset += 1_000_000
        return self.offset

    def record(self, round_no: int, test: str, server: str, result: dict[str, Any]) -> None:
        result.update(round=round_no, test=test, server=server)
        self.runs.append(result)
        log(f"r{round_no} {test:14s} {server:18s} {result['rps']:8.1f} req/s  p50 {result['p50']:7.1f}  "
            f"p99 {result['p99']:7.1f} ms  errors {result['errors']}"
            + (f"  completed {result.get('completed_rps', 0):.1f}/s" if 'completed_rps' in result else "")
            + (f"  writes {result['writes']}" if 'writes' in result else ""))

    # -- Slack ----------------------------------------------------------------------------------------
    def measured(self, r: int, test: str, name: str, srv: servers.Server, run: Any, *args: Any) -> None:
        """Run one load test and record it with the CPU the server (and its work process) spent on it, per
        request answered: the per-request cost behind each rate, from /proc, in every run."""
        before = servers.cpu_split(srv.pid)
        res = run(r, name, srv, *args)
        after = servers.cpu_split(srv.pid)
        answered = max(1, int(res.get("ok", 0)))
        res["cpu_ms"] = {k: round(1000 * (after[k] - before[k]) / answered, 2) for k in after}
        self.record(r, test, name, res)

    def slack_command(self, r: int, name: str, srv: servers.Server) -> dict[str, Any]:
        a = self.a
        before = calls()
        res = load(srv.url, a.duration, a.connections, scenario="slack-command", offset=self.next_offset())
        if name.startswith("sharewise"):
            # Every acked command ends in a filled modal, or (if the form could not be opened within
            # Slack's 3-second trigger window) a "too busy, try again" message to that person.
            waited = drain(("slack/views.update", "slack/response_url"), before, res["ok"], a.drain_limit)
            after = calls()
            done = after.get("slack/views.update", 0) - before.get("slack/views.update", 0)
            busy = after.get("slack/response_url", 0) - before.get("slack/response_url", 0)
            res["completed"] = done
            res["too_busy"] = busy
            res["drain_s"] = round(waited, 1)
            res["completed_rps"] = round(done / (res["seconds"] + waited), 1)
        return res

    def slack_view(self, r: int, name: str, srv: servers.Server, db_url: str | None) -> dict[str, Any]:
        a = self.a
        off = self.next_offset()
        if db_url is None:
            res = load(srv.url, a.duration, a.connections, scenario="slack-view", offset=off)
        else:
            from bot.slack.modals import CALLBACK_ID

            path = os.path.join(self.tmp, f"views-{off}.jsonl")
            prepare.slack_views(db_url, path, off, a.prepared, CALLBACK_ID)
            before = prepare.moved_on(db_url, prepare.SLACK_ORG)
            res = load(srv.url, a.duration, a.connections, requests=path, unique=a.prepared)
            res["writes"] = prepare.moved_on(db_url, prepare.SLACK_ORG) - before
            os.unlink(path)
        return res

    # -- Teams ----------------------------------------------------------------------------------------
    def teams(self, r: int, name: str, srv: servers.Server, test: str, db_url: str | None) -> dict[str, Any]:
        a = self.a
        off = self.next_offset()
        before = calls().get("connector/activities", 0)
        if test == "teams-message" or db_url is None:
            res = load(srv.url, a.duration, a.connections, scenario=test, offset=off)
        else:
            path = os.path.join(self.tmp, f"cards-{off}.jsonl")
            prepare.teams_cards(db_url, path, off, a.prepared, self.fake_url + "/")
            moved = prepare.moved_on(db_url, prepare.TEAMS_TENANT)
            res = load(srv.url, a.duration, a.connections, requests=path, unique=a.prepared)
            os.unlink(path)
        if name.startswith("sharewise"):  # turns run after the 201: wait for their replies
            waited = drain(("connector/activities",), {"connector/activities": before}, res["ok"], a.drain_limit)
            res["drain_s"] = round(waited, 1)
        if test == "teams-card" and db_url is not None:
            res["writes"] = prepare.moved_on(db_url, prepare.TEAMS_TENANT) - moved
        replies = calls().get("connector/activities", 0) - before
        res["replies"] = replies
        res["completed_rps"] = round(replies / (res["seconds"] + res.get("drain_s", 0.0)), 1)
        return res


def rotate(items: list[Any], k: int) -> list[Any]:
    k %= len(items)
    return items[k:] + items[:k]


def run_load(b: Bench, sw: dict[str, tuple[servers.Server, str]]) -> None:
    a = b.a
    bare = {k: servers.bare(k, p, b.fake_url, b.tmp) for k, p in
            (("aiohttp", AIOHTTP_PORT), ("slack", BOLT_PORT), ("teams", TEAMS_PORT))}
    for s in bare.values():
        s.start()
    try:
        for r in range(1, a.rounds + 1):
            log(f"round {r} of {a.rounds}")
            cmd_order: list[tuple[str, Any]] = [("bare-aiohttp", bare["aiohttp"]), ("bare-bolt", bare["slack"])]
            cmd_order += [(n, s) for n, (s, _) in sw.items()]
            for name, srv in rotate(cmd_order, r - 1):
                b.measured(r, "slack-command", name, srv, b.slack_command)
            view_order: list[tuple[str, Any, str | None]] = [("bare-bolt", bare["slack"], None)]
            view_order += [(n, s, u) for n, (s, u) in sw.items()]
            for name, srv, url in rotate(view_order, r - 1):
                b.measured(r, "slack-view", name, srv, b.slack_view, url)
            for test in ("teams-message", "teams-card"):
                for name, srv, url in rotate([("bare-botbuilder", bare["teams"], None),
                                              *[(n, s, u) for n, (s, u) in sw.items()]], r - 1):
                    b.measured(r, test, name, srv, b.teams, test, url)
    finally:
        for s in bare.values():
            s.stop()


def run_data(b: Bench, backends: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, url in backends.items():
        log(f"data at scale on {name}: {b.a.decisions:,} decisions")
        proc = subprocess.run([servers.PY, str(HERE / "data_scale.py"), "--url", url, "--decisions",
                               str(b.a.decisions)], capture_output=True, text=True, cwd=b.tmp)
        if proc.returncode != 0:
            out[name] = {"error": proc.stderr[-800:]}
            log(f"data at scale on {name} failed: {proc.stderr[-300:]}")
            continue
        out[name] = json.loads(proc.stdout.strip().splitlines()[-1])
        log(f"  generated in {out[name]['generate_seconds']} s; digest {out[name]['digest_org']['median_ms']} ms; "
            f"export {out[name]['export']['peak_rss_mb']} MB; verify {out[name]['audit_verify']['events_per_s']}/s")
    return out


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="about 3 minutes: 1 round of 3 s, 100k decisions")
    p.add_argument("--rounds", type=int)
    p.add_argument("--duration", type=float)
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--decisions", type=int)
    p.add_argument("--skip", action="append", default=[], choices=("load", "data", "footprint", "postgres"))
    p.add_argument("--out", default=str(HERE / "RESULTS.md"))
    a = p.parse_args(argv)
    a.rounds = a.rounds or (1 if a.quick else 3)
    a.duration = a.duration or (3.0 if a.quick else 8.0)
    a.decisions = a.decisions or (100_000 if a.quick else 1_000_000)
    a.drain_limit = 20.0 if a.quick else 45.0
    a.prepared = 6000 if a.quick else 16000
    started = time.time()
    results: dict[str, Any] = {"machine": machine(), "quick": a.quick, "rounds": a.rounds,
                               "duration_s": a.duration, "connections": a.connections,
                               "started": time.strftime("%Y-%m-%d %H:%M:%S %Z")}
    with tempfile.TemporaryDirectory(prefix="sharewise-bench-") as tmp:
        b = Bench(a, tmp)
        backends = {"sqlite": f"sqlite:///{tmp}/bench.db"}
        pg_name = f"sharewise_bench_{os.getpid()}"
        if "postgres" not in a.skip:
            pg = servers.fresh_postgres(PG_BASE, pg_name)
            if pg is None:
                b.notes.append(f"PostgreSQL was not reachable at {PG_BASE}: PostgreSQL rows were not measured.")
            else:
                backends["postgres"] = pg
        fake = servers.Server("fake-platform", [servers.PY, str(HERE / "fake_platform.py"), "--port",
                                                str(FAKE_PORT)], FAKE_PORT, log_path=os.path.join(tmp, "fake.log"))
        try:
            if "load" not in a.skip:
                fake.start()
                sw: dict[str, tuple[servers.Server, str]] = {}
                for i, (name, url) in enumerate(backends.items()):
                    servers.migrate(url, tmp)
                    port = SW_SQLITE_PORT + i
                    sw[f"sharewise-{name}"] = (servers.sharewise(f"sharewise-{name}", url, port, b.fake_url,
                                                                 tmp, tmp).start(), url)
                try:
                    run_load(b, sw)
                finally:
                    for s, _ in sw.values():
                        s.stop()
                    fake.stop()
                results["runs"] = b.runs
            if "data" not in a.skip:
                scale: dict[str, str] = {}
                for name in backends:
                    url = f"sqlite:///{tmp}/scale.db" if name == "sqlite" else servers.fresh_postgres(
                        PG_BASE, pg_name + "_scale")
                    if url:
                        servers.migrate(url, tmp)
                        scale[name] = url
                results["data"] = run_data(b, scale)
                servers.drop_postgres(PG_BASE, pg_name + "_scale")
            if "footprint" not in a.skip:
                log("footprint")
                out = subprocess.run([servers.PY, str(HERE / "footprint.py"), "--runs", "1" if a.quick else "3"],
                                     capture_output=True, text=True, check=True).stdout
                results["footprint"] = json.loads(out.strip().splitlines()[-1])
        finally:
            servers.drop_postgres(PG_BASE, pg_name)
    results["notes"] = b.notes
    results["elapsed_s"] = round(time.time() - started)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "latest.json").write_text(json.dumps(results, indent=1, default=str))
    md = report.render(results)
    report.update_results_file(Path(a.out), md)
    print(md)
    log(f"done in {results['elapsed_s']} s; results in {a.out} and bench/results/latest.json")


if __name__ == "__main__":
    main(sys.argv[1:])
