"""Footprint: start-up time to a healthy /healthz, and idle RSS, of `sharewise serve` (and the bare bots).

    python bench/footprint.py [--runs 3]

Start-up is timed from spawning the process to the first 200 from /healthz (polled every 10 ms), with
Slack and Teams both enabled on a migrated SQLite database. Idle RSS is read from /proc after 3 s with no
traffic, summed over the server and its children. `sharewise` is the default configuration;
`sharewise-work-process` has SHAREWISE_WORK_PROCESS=true, as the load tests do. Prints one JSON object
with the median of each over the runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import servers

IDLE_SECONDS = 3.0


def probe(server: servers.Server) -> tuple[float, float]:
    """Start-up seconds, and idle RSS of the server and its child processes (the work process, if any)."""
    server.start()
    try:
        time.sleep(IDLE_SECONDS)
        return server.started_in, sum(servers.rss_mb(p) for p in [server.pid, *servers.children(server.pid)])
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> dict[str, Any]:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--port", type=int, default=8690)
    a = p.parse_args(argv)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="sharewise-footprint-") as tmp:
        url = f"sqlite:///{tmp}/footprint.db"
        servers.migrate(url, tmp)
        fake = "http://127.0.0.1:9"  # nothing is called while idle
        candidates = {
            "sharewise": lambda: servers.sharewise("sharewise-footprint", url, a.port, fake, tmp, tmp,
                                                   work_process=False),
            "sharewise-work-process": lambda: servers.sharewise("sharewise-footprint-wp", url, a.port + 4, fake,
                                                                tmp, tmp, work_process=True),
            "bare-slack": lambda: servers.bare("slack", a.port + 1, fake, tmp),
            "bare-teams": lambda: servers.bare("teams", a.port + 2, fake, tmp),
            "bare-aiohttp": lambda: servers.bare("aiohttp", a.port + 3, fake, tmp),
        }
        for name, make in candidates.items():
            starts, rss = [], []
            for _ in range(a.runs):
                s, r = probe(make())
                starts.append(s)
                rss.append(r)
            out[name] = {"startup_s": round(statistics.median(starts), 2), "startup_max_s": round(max(starts), 2),
                         "idle_rss_mb": round(statistics.median(rss), 1), "runs": a.runs}
        os.environ.pop("BENCH_CWD", None)
    print(json.dumps(out), flush=True)
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
