"""The benchmark harness works: the load generator, as its own process, loads a bare server for ~1 s.

Not a benchmark (no numbers are judged): it proves `bench/loadgen.py` signs Slack requests the way a
server that checks signatures accepts, and reports what it measured.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def bare_server() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, str(BENCH / "bare_aiohttp.py"), "--port", str(port),
                             "--secret", "smoke-secret"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=0.5) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("bare server did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def run_loadgen(url: str, secret: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, str(BENCH / "loadgen.py"), url, "--scenario", "slack-command",
                          "--engine", "python", "-c", "4", "-d", "1", "--secret", secret],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def test_signed_load_is_accepted_and_measured(bare_server: str) -> None:
    result = run_loadgen(bare_server, "smoke-secret")
    assert result["requests"] > 0
    assert result["errors"] == 0
    assert result["status"] == {"200": result["requests"]}
    assert 0 < result["p50"] <= result["p99"] <= result["max"]  # type: ignore[operator]


def test_wrongly_signed_load_is_counted_as_errors(bare_server: str) -> None:
    result = run_loadgen(bare_server, "not-the-secret")
    assert result["requests"] > 0
    assert result["ok"] == 0
    assert result["errors"] == result["requests"]
