"""`sharewise serve` as a process: it refuses a wrong schema, reports readiness truly, counts its traffic,
logs JSON, and drains on SIGTERM without losing a request."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import aiohttp
from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage.db import make_engine
from tests.conftest import _admin_engine
from tests.ops.conftest import StartServer, clean_env, run_cli

TEAMS_DEV = {"SHAREWISE_TEAMS_ALLOW_UNAUTHENTICATED": "true"}


def test_db_upgrade_and_current_on_postgres(empty_pg_database: str, tmp_path: Path) -> None:
    env = clean_env(DATABASE_URL=empty_pg_database)
    before = run_cli(["db", "current"], env, tmp_path)
    assert before.returncode != 0
    assert "current: none" in before.stdout and "sharewise db upgrade" in before.stderr

    upgraded = run_cli(["db", "upgrade"], env, tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    assert "Database is at revision" in upgraded.stdout

    after = run_cli(["db", "current"], env, tmp_path)
    assert after.returncode == 0, after.stderr
    current, head = after.stdout.split()[1], after.stdout.split()[3]
    assert current == head != "none"


def test_serve_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    env = clean_env(DATABASE_URL=f"sqlite:///{tmp_path / 'empty.db'}", PORT="9", **TEAMS_DEV)
    result = run_cli(["serve"], env, tmp_path, timeout=20)
    assert result.returncode != 0
    assert "sharewise db upgrade" in result.stderr
    assert "server.starting" not in result.stderr


def test_serve_refuses_a_schema_newer_than_the_code(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'future.db'}"
    env = clean_env(DATABASE_URL=url, PORT="9", **TEAMS_DEV)
    assert run_cli(["db", "upgrade"], env, tmp_path).returncode == 0
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    engine.dispose()
    result = run_cli(["serve"], env, tmp_path, timeout=20)
    assert result.returncode != 0
    assert "newer than this version of Sharewise" in result.stderr
    assert "server.starting" not in result.stderr


def _pg_connections(name: str) -> int:
    admin = _admin_engine()
    with admin.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :n"), {"n": name}).scalar_one()
    admin.dispose()
    return int(n)


def _pg_allow_connections(name: str, allow: bool) -> None:
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {str(allow).lower()}'))
        if not allow:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                         {"n": name})
    admin.dispose()


async def _wait_for_no_connections(name: str) -> None:
    deadline = time.monotonic() + 10
    while _pg_connections(name) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)  # backends end asynchronously after pg_terminate_backend
    assert _pg_connections(name) == 0


async def test_readyz_follows_the_database(pg_database: str, tmp_path: Path, start_server: StartServer) -> None:
    env = clean_env(DATABASE_URL=pg_database, **TEAMS_DEV)
    name = make_url(pg_database).database
    assert name
    server = start_server(env)
    async with aiohttp.ClientSession() as http:
        await server.wait_listening(http)
        async with http.get(server.base + "/readyz") as r:
            assert r.status == 200, await r.text()

        _pg_allow_connections(name, False)
        try:
            await _wait_for_no_connections(name)
            async with http.get(server.base + "/readyz") as r:
                body = await r.json()
                assert r.status == 503
                assert set(body["problems"]) == {"database"}
                assert "unreachable" in body["problems"]["database"]
                assert "postgres" not in json.dumps(body)  # no URL, user or host in what a prober sees
            async with http.get(server.base + "/healthz") as r:
                assert r.status == 200  # alive, just not ready: nothing to restart
        finally:
            _pg_allow_connections(name, True)

        async with http.get(server.base + "/readyz") as r:
            assert r.status == 200, await r.text()
    server.terminate()
    assert server.proc.wait(20) == 0


def _sample(metrics: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus text format (0 if absent)."""
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in metrics.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        series, value = line.rsplit(" ", 1)
        if series == name and not want:
            return float(value)
        if series.startswith(name + "{"):
            got = ",".join(sorted(series[len(name) + 1:-1].split(",")))
            if got == want:
                return float(value)
    return 0.0


async def test_metrics_count_traffic_and_logs_carry_request_ids(
        migrated_sqlite: str, tmp_path: Path, start_server: StartServer) -> None:
    server = start_server(clean_env(DATABASE_URL=migrated_sqlite, LOG_LEVEL="DEBUG", **TEAMS_DEV))
    async with aiohttp.ClientSession() as http:
        await server.wait_listening(http)
        async with http.get(server.base + "/metrics") as r:
            assert r.status == 200
            assert r.headers["Content-Type"].startswith("text/plain")
            before = await r.text()
        for _ in range(5):
            async with http.get(server.base + "/readyz", headers={"X-Request-Id": "probe-req-0001"}) as r:
                assert r.status == 200
                assert r.headers["X-Request-Id"] == "probe-req-0001"
        async with http.get(server.base + "/no/such/page/jane-smith") as r:
            assert r.status == 404
        async with http.get(server.base + "/metrics") as r:
            after = await r.text()

    ok = {"route": "/readyz", "method": "GET", "outcome": "2xx"}
    assert _sample(after, "sharewise_http_requests_total", **ok) == _sample(
        before, "sharewise_http_requests_total", **ok) + 5
    assert _sample(after, "sharewise_http_request_duration_seconds_count", route="/readyz", method="GET") >= 5
    missing = {"route": "<unmatched>", "method": "GET", "outcome": "4xx"}
    assert _sample(after, "sharewise_http_requests_total", **missing) == 1
    assert "jane-smith" not in after  # raw paths never become labels
    assert _sample(after, "sharewise_database_up") == 1

    server.terminate()
    assert server.proc.wait(20) == 0
    lines = server.log().splitlines()
    events = [json.loads(line) for line in lines]  # every line is one JSON event
    probes = [e for e in events if e.get("event") == "http.request" and e.get("route") == "/readyz"]
    assert len(probes) == 5 and all(e["request_id"] == "probe-req-0001" for e in probes)
    unmatched = [e for e in events if e.get("event") == "http.request" and e.get("status") == 404]
    assert len(unmatched) == 1 and len(unmatched[0]["request_id"]) == 32  # one made up for it
    assert "jane-smith" not in server.log()


async def test_readyz_names_missing_platforms_and_log_level_comes_from_configuration(
        migrated_sqlite: str, start_server: StartServer) -> None:
    server = start_server(clean_env(DATABASE_URL=migrated_sqlite, LOG_LEVEL="WARNING"))
    async with aiohttp.ClientSession() as http:
        await server.wait_listening(http)
        async with http.get(server.base + "/readyz") as r:
            body = await r.json()
            assert r.status == 503
            assert set(body["problems"]) == {"platforms"}
            assert "neither Slack nor Teams" in body["problems"]["platforms"]
    server.terminate()
    assert server.proc.wait(20) == 0
    events = [json.loads(line) for line in server.log().splitlines()]
    assert [e["event"] for e in events] == ["readiness.changed"]  # the one warning; no info events at all
    assert events[0]["level"] == "warning" and events[0]["problems"] == ["platforms"]


async def test_sigterm_finishes_every_request_in_flight_then_exits_0(
        pg_database: str, tmp_path: Path, start_server: StartServer) -> None:
    env = clean_env(DATABASE_URL=pg_database, SHAREWISE_DEBUG_SLOW_ROUTE="true",
                    SHAREWISE_SHUTDOWN_TIMEOUT="10", **TEAMS_DEV)
    server = start_server(env)
    requests = 20
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        await server.wait_listening(http)

        async def slow() -> tuple[int, dict[str, float]]:
            async with http.get(server.base + "/debug/slow?seconds=1.5") as r:
                return r.status, await r.json()

        in_flight = [asyncio.create_task(slow()) for _ in range(requests)]
        deadline = time.monotonic() + 10
        while True:  # wait until the server itself reports every slow request under way
            async with http.get(server.base + "/metrics") as r:
                busy = _sample(await r.text(), "sharewise_http_requests_in_flight")
            if busy >= requests + 1 or time.monotonic() > deadline:  # +1: this scrape
                break
            await asyncio.sleep(0.02)
        assert busy >= requests + 1

        signalled = time.monotonic()
        server.terminate()
        answers = await asyncio.gather(*in_flight)
        code = await asyncio.to_thread(server.proc.wait, 15)
        took = time.monotonic() - signalled

    assert [status for status, _ in answers] == [200] * requests
    assert all(body == {"slept": 1.5} for _, body in answers)
    assert code == 0
    assert took < 10, f"shutdown took {took:.1f} s"
    events = [json.loads(line)["event"] for line in server.log().splitlines()]
    assert events.index("server.draining") < events.index("database.closed") < events.index("server.stopped")
    # After it has gone, nothing listens on its port.
    async with aiohttp.ClientSession() as http:
        try:
            async with http.get(server.base + "/healthz"):
                raise AssertionError("the server still answers after SIGTERM")
        except aiohttp.ClientConnectionError:
            pass
