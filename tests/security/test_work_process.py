"""With SHAREWISE_WORK_PROCESS=true, `sharewise serve` does acked work in a second process: the work
really happens there, a killed work process is started again with nothing lost in between, and it never
outlives the server. Without it (the default) there is no second process."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
from pathlib import Path

import aiohttp

from tests.ops.conftest import Server
from tests.security.procs import http, migrated_url, serve_env, servers, start
from tests.security.wire import slack_driver
from tests.slack.conftest import TEAM_CHANNEL
from tests.slack.fake_api import FakeSlackApi
from tests.teams.conftest import User, connector
from tests.teams.fake_connector import FakeConnector

__all__ = ["connector", "http", "migrated_url", "servers"]


def workers_of(server: Server) -> list[int]:
    """The server's work processes (its children running bot.worker)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[1]) == server.proc.pid and b"bot.worker" in cmd:
            found.append(int(pid))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


async def until(check: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


def jobs_done_by(server: Server, kind: str) -> set[int]:
    """Which processes logged finishing a job of this kind."""
    pids = set()
    for line in server.log().splitlines():
        if '"offload.job_done"' in line:
            event = json.loads(line)
            if event["kind"] == kind:
                pids.add(int(event["pid"]))
    return pids


async def seek_advice(api: FakeSlackApi, base: str, http: aiohttp.ClientSession, user: str) -> None:
    before = len(api.of("views.update"))
    r = await slack_driver(base, http).command("/seek-advice", user, TEAM_CHANNEL)
    assert r.status == 200
    await api.wait_for("views.update", before + 1, timeout=20)


async def test_commands_and_teams_turns_are_done_by_the_work_process(
        migrated_url: str, api: FakeSlackApi, connector: FakeConnector, http: aiohttp.ClientSession,
        servers: list[Server], tmp_path: Path) -> None:
    env = serve_env(migrated_url, api, SHAREWISE_TEAMS_ALLOW_UNAUTHENTICATED="true", SHAREWISE_WORK_PROCESS="true")
    server = await start(servers, env, tmp_path, http)
    await until(lambda: workers_of(server) and "worker.connected" in server.log())
    worker = workers_of(server)[0]

    await seek_advice(api, server.base, http, "UWORK1")
    alice = User(connector.url + "/", "29:alice", "aad-alice", "Alice", "a:alice-personal")
    async with http.post(server.base + "/api/messages", json=alice.says("seek advice")) as r:
        assert r.status == 201
    await until(lambda: connector.cards(connector.to("a:alice-personal")))
    await until(lambda: jobs_done_by(server, "teams.turn") and jobs_done_by(server, "slack.seek_advice"))

    assert jobs_done_by(server, "slack.seek_advice") == {worker}
    assert jobs_done_by(server, "teams.turn") == {worker}
    assert "Traceback" not in server.log()


async def test_a_killed_work_process_is_replaced_and_nothing_is_lost_meanwhile(
        migrated_url: str, api: FakeSlackApi, http: aiohttp.ClientSession, servers: list[Server],
        tmp_path: Path) -> None:
    server = await start(servers, serve_env(migrated_url, api, SHAREWISE_WORK_PROCESS="true"), tmp_path, http)
    await until(lambda: workers_of(server) and "worker.connected" in server.log())
    first = workers_of(server)[0]
    os.kill(first, signal.SIGKILL)
    await until(lambda: '"worker.exited"' in server.log())

    await seek_advice(api, server.base, http, "UWORK2")  # while no work process is connected
    await until(lambda: server.proc.pid in jobs_done_by(server, "slack.seek_advice"))

    await until(lambda: server.log().count("worker.connected") == 2)
    second = workers_of(server)[0]
    assert second != first
    await seek_advice(api, server.base, http, "UWORK3")
    await until(lambda: second in jobs_done_by(server, "slack.seek_advice"))  # logged just after the update


async def test_the_work_process_never_outlives_the_server(
        migrated_url: str, api: FakeSlackApi, http: aiohttp.ClientSession, servers: list[Server],
        tmp_path: Path) -> None:
    env = serve_env(migrated_url, api, SHAREWISE_WORK_PROCESS="true")
    stopped = await start(servers, env, tmp_path, http)
    await until(lambda: workers_of(stopped))
    worker = workers_of(stopped)[0]
    stopped.proc.send_signal(signal.SIGTERM)
    assert stopped.proc.wait(60) == 0
    await until(lambda: not alive(worker), timeout=30)

    killed = await start(servers, env, tmp_path, http)
    await until(lambda: workers_of(killed))
    worker = workers_of(killed)[0]
    killed.proc.send_signal(signal.SIGKILL)
    killed.proc.wait(10)
    await until(lambda: not alive(worker), timeout=30)  # orphaned, it notices and goes


async def test_by_default_the_server_does_the_work_itself(
        migrated_url: str, api: FakeSlackApi, http: aiohttp.ClientSession, servers: list[Server],
        tmp_path: Path) -> None:
    server = await start(servers, serve_env(migrated_url, api), tmp_path, http)
    await seek_advice(api, server.base, http, "UWORK4")
    await until(lambda: jobs_done_by(server, "slack.seek_advice") == {server.proc.pid})
    assert workers_of(server) == []
