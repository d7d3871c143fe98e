"""Export 1,000,000 decisions and report peak memory (RSS). Usage:

    .venv/bin/python bench/export_million.py [DATABASE_URL] [N]

Defaults to a fresh SQLite file in /tmp. Loads N decisions with bulk inserts, then streams a CSV export to
/dev/null through the same code as `sharewise export`, and prints the peak resident memory of the process.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from dialogs.export import ExportQuery, run_export
from storage.db import create_schema, make_engine
from storage.models import Consultation, Decision


def load(url: str, n: int) -> None:
    engine = make_engine(url)
    create_schema(engine)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    text = "Reasons written at some length, as a practitioner would for a review years later. " * 4
    with engine.begin() as conn:
        conn.execute(insert(Consultation.__table__), [  # type: ignore[attr-defined]
            dict(org_id="org-a", author_id="u1", channel="slack", subject="child", summary=text, request={},
                 guidance={}, ruleset="hmg-2018", status="decided", created_at=base)])
    batch = 20_000
    for start in range(0, n, batch):
        rows = [dict(org_id="org-a", consultation_id=1 if i % 2 else None, author_id=f"u{i % 97}", channel="slack",
                     subject="child", outcome="share", what_shared=text, with_whom="MASH social worker",
                     shared_on=date(2026, 1, 2), purpose=text, lawful_basis="public_task", consent="given",
                     consent_reason="", informed="yes", informed_reason="", advice_taken=text, reasons=text,
                     ruleset="hmg-2018", purged=False, created_at=base + timedelta(seconds=i))
                for i in range(start, min(n, start + batch))]
        with engine.begin() as conn:
            conn.execute(insert(Decision.__table__), rows)  # type: ignore[attr-defined]
    engine.dispose()


def export(url: str) -> None:
    """Runs in its own process, so its peak memory is the export's alone."""
    t0 = time.monotonic()
    engine = make_engine(url)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        per_org = run_export(engine, ExportQuery(date(2025, 1, 1), date(2027, 12, 31), "csv"), sink,
                             actor_id="bench", channel="cli")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"exported rows={sum(per_org.values())} in {time.monotonic() - t0:.0f}s, peak RSS {peak:.0f} MB")


def main() -> None:
    if sys.argv[1:2] == ["--export"]:
        export(sys.argv[2])
        return
    url = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else f"sqlite:///{tempfile.mkdtemp()}/million.db"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    t0 = time.monotonic()
    load(url, n)
    print(f"loaded {n} decisions in {time.monotonic() - t0:.0f}s")
    subprocess.run([sys.executable, __file__, "--export", url], check=True)


if __name__ == "__main__":
    main()
