"""Start and stop the servers under test as their own processes, and wait until they answer /healthz."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
SHAREWISE = str(ROOT / ".venv" / "bin" / "sharewise")
SECRET = "bench-signing-secret"


def healthy(url: str, timeout: float = 0.5) -> bool:
    try:
        with urllib.request.urlopen(url + "/healthz", timeout=timeout) as r:
            return bool(r.status == 200)
    except OSError:
        return False


def get_json(url: str) -> Any:
    import json

    with urllib.request.urlopen(url, timeout=5) as r:
        return json.loads(r.read())


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Server:
    name: str
    cmd: list[str]
    port: int
    env: dict[str, str] = field(default_factory=dict)
    log_path: str = os.devnull
    proc: subprocess.Popen[bytes] | None = None
    started_in: float = 0.0
    _log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> Server:
        if healthy(self.url, 0.2):  # another process on our port would be measured instead of ours
            raise RuntimeError(f"{self.name}: port {self.port} already answers /healthz; stop that process first")
        self._log = open(self.log_path, "ab")  # noqa: SIM115 (closed in stop)
        t0 = time.perf_counter()
        self.proc = subprocess.Popen(self.cmd, env={**os.environ, **self.env}, stdout=self._log,
                                     stderr=subprocess.STDOUT, cwd=self.env.get("BENCH_CWD", str(ROOT)))
        while time.perf_counter() - t0 < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}; see {self.log_path}")
            if healthy(self.url, 0.2):
                self.started_in = time.perf_counter() - t0
                return self
            time.sleep(0.01)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer /healthz within {timeout} s; see {self.log_path}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid


def bare(kind: str, port: int, fake_url: str, log_dir: str) -> Server:
    args = {"aiohttp": ["--secret", SECRET], "slack": ["--secret", SECRET, "--api-url", fake_url + "/api/"],
            "teams": []}[kind]
    return Server(f"bare-{kind}", [PY, str(ROOT / "bench" / f"bare_{kind}.py"), "--port", str(port), *args], port,
                  log_path=os.path.join(log_dir, f"bare-{kind}.log"))


def sharewise_env(db_url: str, port: int, fake_url: str, cwd: str, work_process: bool = True) -> dict[str, str]:
    return {"SHAREWISE_WORK_PROCESS": "true" if work_process else "false",
            "DATABASE_URL": db_url, "HOST": "127.0.0.1", "PORT": str(port), "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_API_URL": fake_url + "/api/", "SLACK_TEAM_CHANNEL": "C0TEAM",
            "SLACK_DSL_CHANNEL": "C0DSL", "MICROSOFT_APP_ID": "", "SHAREWISE_TEAMS_ALLOW_UNAUTHENTICATED": "true",
            "TEAMS_TEAM_CHANNEL": "19:team@thread.tacv2", "SHAREWISE_SCHEDULER": "false", "BENCH_CWD": cwd}


def sharewise(name: str, db_url: str, port: int, fake_url: str, log_dir: str, cwd: str,
              work_process: bool = True) -> Server:
    return Server(name, [SHAREWISE, "serve"], port, sharewise_env(db_url, port, fake_url, cwd, work_process),
                  log_path=os.path.join(log_dir, f"{name}.log"))


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU a process has used (fields 14 and 15 of /proc/PID/stat); 0 if it has gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_split(pid: int) -> dict[str, float]:
    """CPU seconds of a server process and, together, of its children (Sharewise's work process)."""
    return {"server": cpu_seconds(pid), "work": sum(cpu_seconds(c) for c in children(pid))}


def migrate(db_url: str, cwd: str) -> None:
    subprocess.run([SHAREWISE, "db", "upgrade"], env={**os.environ, "DATABASE_URL": db_url}, cwd=cwd, check=True,
                   capture_output=True)


def fresh_postgres(base_url: str, name: str) -> str | None:
    """A new empty database next to `base_url`'s; None when PostgreSQL is not reachable."""
    try:
        import psycopg

        with psycopg.connect(base_url, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception:
        return None
    return base_url.rsplit("/", 1)[0] + "/" + name


def drop_postgres(base_url: str, name: str) -> None:
    try:
        import psycopg

        with psycopg.connect(base_url, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except Exception:
        pass
