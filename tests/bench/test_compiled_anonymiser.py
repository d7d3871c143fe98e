"""The anonymiser compiled with mypyc (setup.py, SHAREWISE_COMPILE=1) hides exactly what the source hides.

A construct mypyc cannot compile, or compiles differently, would otherwise pass every other test and then,
in a deployment that ships the compiled build, make the anonymiser fail closed on every note ("[hidden]")
or, worse, differ silently. Building the sixty-odd modules takes one to five minutes of CPU, depending on the
machine, so it is one test, with its own time limit above the suite's.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.slow
@pytest.mark.timeout(1260)
def test_compiled_build_gives_the_same_output_as_the_source() -> None:
    done = subprocess.run([sys.executable, str(BENCH / "anonymise_compiled.py"), "--corpus-bytes", "40000"],
                          capture_output=True, text=True, timeout=1200, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "identical output over" in done.stdout
