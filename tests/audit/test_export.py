"""Exports for audits and reviews: every field, read back equal to the database, audited with counts only."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from dialogs.export import ExportQuery, export_decisions
from dialogs.runtime import Sharewise
from storage.db import read_scope, session_scope
from storage.export import COLUMNS, decision_rows, read_csv, read_json
from storage.models import Advice
from tests.audit.helpers import cli, consultation, decision, events

AWKWARD = '=HYPERLINK("x") said, "quoted"\nsecond line; café ✓'


def _seed(engine: Engine) -> None:
    with session_scope(engine) as s:
        c = consultation(s, "org-a", datetime(2026, 2, 1, 9, tzinfo=UTC))
        for i in range(3):
            s.add(Advice(consultation_id=c.id or 0, author_id=f"v{i}", source="thread", text="Talk to the DSL"))
        first = decision(s, "org-a", datetime(2026, 2, 2, 10, 30, 15, 123456, tzinfo=UTC), consultation_id=c.id)
        decision(s, "org-a", datetime(2026, 2, 3, tzinfo=UTC), outcome="not_share", shared_on=None,
                 what_shared=AWKWARD, reasons="'leading apostrophe", advice_taken="", requester_told=False,
                 case_reference=None, special_condition="safeguarding", corrects_id=first.id)
        decision(s, "org-a", datetime(2026, 2, 4, tzinfo=UTC), requester_told=True, reasons="-5 is not a formula")
        decision(s, "org-b", datetime(2026, 2, 3, tzinfo=UTC), reasons="Org B's own reasons")
        decision(s, "org-a", datetime(2026, 3, 1, tzinfo=UTC))  # outside the range asked for


def _db_rows(engine: Engine, org_id: str | None) -> list[dict[str, Any]]:
    with read_scope(engine) as s:
        return list(decision_rows(s, datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC), org_id))


def test_csv_and_json_read_back_equal_to_the_database(core: Sharewise) -> None:
    _seed(core.engine)
    dsl = core.actor("org-a", "dsl-1", "slack")
    expected = _db_rows(core.engine, "org-a")
    assert len(expected) == 3 and set(expected[0]) == set(COLUMNS)
    assert (expected[0]["consultation_summary"], expected[0]["advice_count"]) == (
        "A child [NAME-1] disclosed harm at school.", 3)
    for fmt, reader in (("csv", read_csv), ("json", read_json)):
        out = io.StringIO()
        done = export_decisions(core.engine, dsl, ExportQuery(date(2026, 2, 1), date(2026, 2, 28), fmt), out)
        assert done.ok and done.rows == 3
        assert list(reader(io.StringIO(out.getvalue()))) == expected
    csv_text = io.StringIO()
    export_decisions(core.engine, dsl, ExportQuery(date(2026, 2, 1), date(2026, 2, 28), "csv"), csv_text)
    assert "'=HYPERLINK" in csv_text.getvalue()  # a spreadsheet shows it as text, never runs it
    taken = events(core.engine, "org-a", "export.taken")
    assert [e.details for e in taken][-1] == {"rows": 3, "from": "2026-02-01", "to": "2026-02-28",
                                               "format": "csv", "complete": True}
    assert all(AWKWARD not in json.dumps(e.details) for e in taken)
    assert events(core.engine, "org-b", "export.taken") == []


def test_export_day_boundaries_are_uk_days(core: Sharewise) -> None:
    with session_scope(core.engine) as s:
        decision(s, "org-a", datetime(2026, 6, 30, 23, 30, tzinfo=UTC))  # 00:30 on 1 July in London
        decision(s, "org-a", datetime(2026, 7, 31, 22, 59, tzinfo=UTC))  # 23:59 on 31 July in London
        decision(s, "org-a", datetime(2026, 7, 31, 23, 0, tzinfo=UTC))  # already 1 August in London
    out = io.StringIO()
    dsl = core.actor("org-a", "dsl-1", "slack")
    assert export_decisions(core.engine, dsl, ExportQuery(date(2026, 7, 1), date(2026, 7, 31), "json"), out).rows == 2


def test_cli_export_all_organisations_to_a_file(engine: Engine, db_url: str, tmp_path: Path) -> None:
    _seed(engine)
    target = tmp_path / "review.json"
    result = cli(db_url, "export", "--from", "2026-02-01", "--to", "2026-02-28", "--format", "json", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert "Exported 4 decisions" in result.output
    assert list(read_json(target.open(encoding="utf-8"))) == _db_rows(engine, None)
    result = cli(db_url, "export", "--from", "2026-02-01", "--to", "2026-02-28", "--org", "org-b")
    assert result.exit_code == 0
    assert "Org B's own reasons" in result.output and "org-a" not in result.output.split("Exported")[0]
    assert [e.details["rows"] for e in events(engine, "org-b", "export.taken")] == [1, 1]
    assert [(e.actor.startswith("cli:"), e.channel) for e in events(engine, "org-a", "export.taken")] == [(True, "cli")]
