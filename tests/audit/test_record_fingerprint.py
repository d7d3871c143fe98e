"""A decision edited straight in the database is caught by `audit verify`, on both databases."""

from __future__ import annotations

from sqlmodel import Session, select

from dialogs.runtime import Sharewise
from storage.models import Decision
from tests.audit.helpers import cli, raw
from tests.dialogs.helpers import DECISION, card_of, submit, to_guidance


def _decide(core: Sharewise) -> int:
    actor = core.actor("org-a", "u1", "console")
    form = card_of(submit(core, actor, to_guidance(core, actor), "record"))
    assert submit(core, actor, form, "save", **DECISION).done
    with Session(core.engine) as s:
        return int(s.execute(select(Decision.id)).scalar_one())


def test_untouched_decisions_verify(core: Sharewise, db_url: str) -> None:
    _decide(core)
    res = cli(db_url, "audit", "verify")
    assert res.exit_code == 0, res.output
    assert "RECORD CHANGED" not in res.output


def test_reasons_rewritten_with_raw_sql_are_caught(core: Sharewise, db_url: str) -> None:
    did = _decide(core)
    raw(core.engine, "UPDATE decision SET reasons = :r WHERE id = :i", r="We never discussed this", i=did)
    res = cli(db_url, "audit", "verify")
    assert res.exit_code == 1
    assert f"decision D-{did} was changed outside Sharewise" in res.output


def test_a_deleted_decision_is_caught(core: Sharewise, db_url: str) -> None:
    did = _decide(core)
    raw(core.engine, "DELETE FROM decision WHERE id = :i", i=did)
    res = cli(db_url, "audit", "verify")
    assert res.exit_code == 1 and f"decision D-{did} is missing" in res.output
