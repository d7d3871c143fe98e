"""`bench/audit_lock.py` (the offline stand-in for `pip-audit -r requirements.lock`) reports exactly the
advisories whose ranges include a locked version, and fails the run until each one is explained.

The fixture advisories are hand-written: one affects the locked widgetlib 2.4.0, one was fixed in 2.3.0,
and one is for a package that is not in the lock.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "audit_lock.py"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "audit"
ADVISORIES = FIXTURES / "advisories"


def audit(advisories: Path, lock: Path, explained: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(advisories), "--lock", str(lock), "--explained", str(explained)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_reports_only_the_advisory_covering_the_locked_version_and_fails(tmp_path: Path) -> None:
    run = audit(ADVISORIES, FIXTURES / "requirements.lock", tmp_path / "none.toml")

    assert run.returncode == 1, run.stdout + run.stderr
    assert "widgetlib==2.4.0: CVE-2099-0001, TEST-2026-1 (fixed in 2.4.1)" in run.stdout
    assert "NOT EXPLAINED" in run.stdout
    assert "TEST-2026-2" not in run.stdout  # fixed in 2.3.0, before the locked version
    assert "TEST-2026-3" not in run.stdout  # a package that is not locked
    assert "2 locked packages, 3 advisory records read (0 withdrawn, skipped); 1 affecting" in run.stdout


def test_an_explained_finding_is_shown_with_its_reason_and_passes() -> None:
    run = audit(ADVISORIES, FIXTURES / "requirements.lock", FIXTURES / "explained.toml")

    assert run.returncode == 0, run.stdout + run.stderr
    assert "explained: widgetlib: we never parse frames from untrusted peers" in run.stdout
    assert "0 not explained" in run.stdout


def test_bumping_the_pin_past_the_fix_clears_the_finding_read_from_a_zip(tmp_path: Path) -> None:
    lock = tmp_path / "requirements.lock"
    lock.write_text("widgetlib==2.4.1\nother-lib==1.0.0\n", encoding="utf-8")
    export = tmp_path / "all.zip"  # the shape of OSV's per-ecosystem export
    with zipfile.ZipFile(export, "w") as archive:
        for record in ADVISORIES.iterdir():
            archive.write(record, record.name)

    run = audit(export, lock, tmp_path / "none.toml")

    assert run.returncode == 0, run.stdout + run.stderr
    assert "widgetlib==" not in run.stdout
    assert "3 advisory records read" in run.stdout


def test_an_empty_advisory_source_is_an_error_not_a_clean_result(tmp_path: Path) -> None:
    run = audit(tmp_path, FIXTURES / "requirements.lock", tmp_path / "none.toml")

    assert run.returncode == 2
    assert "nothing was checked" in run.stderr
