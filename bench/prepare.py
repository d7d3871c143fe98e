"""Requests that need state first: dialogs already started, so each submission moves one on (a DB write).

A view or card submission only writes when it names an active dialog at the version it was shown, so
the suite inserts one fresh dialog per request it will send (at the first step, "risk") and gives each
request its own dialog. Replaying a request would be a stale click (a read, no write), so the number of
prepared dialogs is sized above what a run can send, and the suite counts the writes afterwards.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loadgen import iter_lines, slack_view, teams_activity
from sqlalchemy import func, insert, select

from storage.db import make_engine
from storage.models import DialogState
from storage.types import utcnow

SLACK_ORG = "slack:T0BENCH"
TEAMS_TENANT = "00000000-0000-0000-0000-0000000bench"
FIRST_STEP = "risk"
SLACK_VALUES = {"immediate_risk": {"immediate_risk": {"type": "radio_buttons",
                                                      "selected_option": {"value": "no"}}}}


def _flow_name() -> str:
    from dialogs.rulesets import load_ruleset
    from dialogs.seek_advice import build

    return build(load_ruleset("hmg-2018")).name


def insert_dialogs(db_url: str, rows: list[dict[str, Any]]) -> list[int]:
    """Insert dialogs at the first step; their ids in the order given."""
    engine = make_engine(db_url)
    flow, now = _flow_name(), utcnow()
    table = DialogState.__table__  # type: ignore[attr-defined]
    full = [{"flow": flow, "step": FIRST_STEP, "answers": {}, "status": "active", "version": 0,
             "created_at": now, "updated_at": now, **r} for r in rows]
    with engine.begin() as conn:
        start = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        conn.execute(insert(table), full)
        got = conn.execute(select(table.c.id, table.c.user_id).where(table.c.id > start)).all()
    engine.dispose()
    by_user = {u: i for i, u in got}
    return [by_user[r["user_id"]] for r in rows]


def slack_views(db_url: str, path: str, offset: int, count: int, callback_id: str) -> None:
    users = [f"U{offset + i:07d}" for i in range(count)]
    ids = insert_dialogs(db_url, [{"org_id": SLACK_ORG, "channel": "slack", "user_id": u,
                                   "conversation": "C0BENCH"} for u in users])
    reqs = []
    for i, did in enumerate(ids):
        meta = json.dumps({"k": "flow", "ch": "C0BENCH", "d": did, "v": 0}, separators=(",", ":"))
        reqs.append(slack_view(offset + i, callback_id=callback_id, metadata=meta, values=SLACK_VALUES))
    Path(path).write_text("\n".join(iter_lines(reqs)) + "\n", encoding="utf-8")


def teams_cards(db_url: str, path: str, offset: int, count: int, service_url: str) -> None:
    rows = [{"org_id": TEAMS_TENANT, "channel": "teams", "user_id": f"00000000-0000-0000-0000-{offset + i:012d}",
             "conversation": f"a:conv{offset + i:07d}"} for i in range(count)]
    ids = insert_dialogs(db_url, rows)
    reqs = [teams_activity(offset + i, service_url, None,
                           {"sw": "next", "dialog_id": did, "version": 0, "in.immediate_risk": "no"})
            for i, did in enumerate(ids)]
    Path(path).write_text("\n".join(iter_lines(reqs)) + "\n", encoding="utf-8")


def moved_on(db_url: str, org_id: str, first_id: int = 0) -> int:
    """How many dialogs of `org_id` (id > first_id) were moved past version 0: the writes that happened."""
    engine = make_engine(db_url)
    t = DialogState.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).where(t.c.org_id == org_id, t.c.version > 0,
                                                    t.c.id > first_id)).scalar_one()
    engine.dispose()
    return int(n)
