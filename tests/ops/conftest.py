"""Operations tests run Sharewise as an IT team would: `sharewise serve` and `sharewise doctor` as processes.

Each process gets a clean environment (no Slack or Teams setting unless the test gives it) and runs in a
temporary folder, so neither the developer's shell nor a stray `.env` file changes what it sees.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.settings import Settings
from storage import migrate
from tests.conftest import _admin_engine, create_pg_database

ROOT = Path(__file__).resolve().parents[2]
SHAREWISE = str(Path(sys.executable).with_name("sharewise"))
SETTING_NAMES = {name.upper() for name in Settings.model_fields}
STARTUP_LIMIT = 20.0


def clean_env(**values: str) -> dict[str, str]:
    """This process's environment without any Sharewise setting, plus `values`."""
    env = {k: v for k, v in os.environ.items() if k.upper() not in SETTING_NAMES}
    env.update(values)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_cli(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SHAREWISE, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)


class Server:
    """`sharewise serve` as a child process, with its stderr (the JSON log) kept in a file."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = cwd / f"serve-{self.port}.log"
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen([SHAREWISE, "serve"], env={**env, "PORT": str(self.port), "HOST": "127.0.0.1"},
                                     cwd=cwd, stdout=subprocess.DEVNULL, stderr=self._log)

    async def wait_listening(self, session: aiohttp.ClientSession) -> None:
        deadline = time.monotonic() + STARTUP_LIMIT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"serve exited with {self.proc.returncode}:\n{self.log()}")
            try:
                async with session.get(self.base + "/healthz") as r:
                    if r.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.05)  # polling for the port to open: there is no event to await
        raise AssertionError(f"serve did not answer /healthz within {STARTUP_LIMIT} s:\n{self.log()}")

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text()

    def terminate(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._log.close()


StartServer = Callable[[dict[str, str]], Server]


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[StartServer]:
    """Start `sharewise serve` with an environment; every server started is killed at the end if still up."""
    started: list[Server] = []

    def start(env: dict[str, str]) -> Server:
        server = Server(env, tmp_path)
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


@pytest.fixture(scope="module")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite database brought to the current schema by migrations, shared by a module's tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('ops-sqlite') / 'sharewise.db'}"
    migrate.upgrade(url)
    return url



def _drop_pg_database(url: str) -> None:
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def empty_pg_database() -> Iterator[str]:
    """A PostgreSQL database with nothing in it, for the test that migrates it."""
    url = create_pg_database("sw_ops_empty")
    yield url
    _drop_pg_database(url)


@pytest.fixture(scope="module")
def pg_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL database migrated by `sharewise db upgrade` (as an installer would), shared by a module."""
    url = create_pg_database("sw_ops")
    result = run_cli(["db", "upgrade"], clean_env(DATABASE_URL=url), tmp_path_factory.mktemp("ops-pg"))
    assert result.returncode == 0, result.stderr
    yield url
    _drop_pg_database(url)
