"""`sharewise console` driven as a real process, from the first prompt to a saved decision."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent / "sharewise"


def run(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN), *args], input=stdin, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'sw.db'}", "LOG_LEVEL": "WARNING"}
    assert run(["db", "upgrade"], e).returncode == 0
    return e


RULES = "1\n\n" * 7  # each golden rule: yes, no note
WALK = (
    "2\n"  # nobody in immediate danger
    "Molly Fraser, 9, at Oakfield Primary, says her dad's friend Craig Hollis visits at night.\n\n1\n"
    "\n\n\n1\n"  # preview: keep the text, hide nothing more, un-hide nothing; this is safe to share
    "School nurse asking for the child's attendance\nAttendance and the disclosure\n\nHealth assessment\n\n2\n"
    + RULES +
    "3\nTelling dad could put Molly at risk\n\n"  # consent: not sought, unsafe
    "3\n"  # guidance: record my decision
    "1\nAttendance and the disclosure\n\nSchool nurse\n2026-01-12\n\n1\n\n\n\n2\nIt could increase the risk\n\n"
    "DSL agreed\n\nThe nurse needs it to assess her health\n\n\nCASE-77\n"
)


def test_console_walks_to_a_saved_decision_that_can_be_read_back(env: dict[str, str]) -> None:
    done = run(["console", "--user", "alice"], env, WALK)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Is anyone in immediate danger" in out and "Check before anything is shared" in out
    assert "Molly" not in out.split("This is what colleagues would see:")[1].split("\n\n")[1]
    found = re.search(r"Decision D-(\d+) recorded", out)
    assert found, out[-2000:]
    shown = run(["decisions", "show", found.group(1)], env)
    assert shown.returncode == 0, shown.stderr
    assert "Share" in shown.stdout and "School nurse" in shown.stdout
    assert "The nurse needs it to assess her health" in shown.stdout and "CASE-77" in shown.stdout
    listed = run(["decisions", "list"], env)
    assert f"D-{found.group(1)}" in listed.stdout and "alice" in listed.stdout


def test_ctrl_d_mid_dialog_keeps_answers_and_resumes(env: dict[str, str]) -> None:
    first = run(["console", "--user", "bob"], env, "2\nA worry about a pupil\n")
    assert first.returncode == 0
    assert "Your answers so far are saved" in first.stdout
    second = run(["console", "--user", "bob"], env, "")
    assert "Welcome back" in second.stdout
    assert "The situation" in second.stdout  # the first answer (no immediate danger) was kept


def test_bad_answers_get_a_clear_message(env: dict[str, str]) -> None:
    huge = "x" * 20000
    out = run(["console", "--user", "cara"], env, f"7\nmaybe\n2\n{huge}\n\n1\n").stdout
    assert "Please type a number from 1 to 2." in out
    assert "20,000 characters" in out


def test_unknown_decision_says_what_to_do(env: dict[str, str]) -> None:
    res = run(["decisions", "show", "D-999"], env)
    assert res.returncode != 0 and "sharewise decisions list" in res.stderr


def test_console_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    e = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'new.db'}"}
    res = run(["console"], e, "")
    assert res.returncode != 0 and "sharewise db upgrade" in res.stderr


def test_stop_at_any_prompt_ends_the_dialog_and_keeps_nothing(env: dict[str, str]) -> None:
    out = run(["console", "--user", "dan"], env, "2\n/stop\n").stdout
    assert "Nothing was shared" in out
    again = run(["console", "--user", "dan"], env, "").stdout
    assert "Welcome back" not in again


def test_ctrl_c_mid_dialog_keeps_answers(env: dict[str, str]) -> None:
    import signal

    proc = subprocess.Popen([str(BIN), "console", "--user", "erin"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("2\n")
    proc.stdin.flush()
    seen = ""
    while "What is the situation?" not in seen:
        line = proc.stdout.readline()
        assert line, "the console ended before asking about the situation"
        seen += line
    proc.send_signal(signal.SIGINT)
    out, _err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert "Your answers so far are saved" in out
    assert "Welcome back" in run(["console", "--user", "erin"], env, "").stdout
