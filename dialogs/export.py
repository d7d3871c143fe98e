"""Exporting decisions for audits and case reviews. A DSL exports their own organisation; each export is
audited as `export.taken` with its row count (never its content)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import IO, Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from dialogs import records as rec
from dialogs.actors import Actor, Forbidden, require
from dialogs.messages import Notice, Reply
from storage import audit
from storage.db import read_scope, session_scope
from storage.export import decision_rows, write_csv, write_json

Format = Literal["csv", "json"]


@dataclass(frozen=True)
class ExportQuery:
    """Decisions recorded from `start` to `end` inclusive, as calendar days in `tz`."""

    start: date
    end: date
    fmt: Format = "csv"
    org_id: str | None = None
    tz: str = "Europe/London"

    def bounds(self) -> tuple[datetime, datetime]:
        zone = ZoneInfo(self.tz)
        lo = datetime.combine(self.start, time(), zone).astimezone(UTC)
        hi = datetime.combine(self.end + timedelta(days=1), time(), zone).astimezone(UTC)
        return lo, hi


@dataclass(frozen=True)
class Exported:
    ok: bool
    rows: int
    reply: Reply


def run_export(engine: Engine, query: ExportQuery, out: IO[str], *, actor_id: str, channel: str) -> dict[str, int]:
    """Stream the export to `out` and audit it in every organisation it drew on. No authorisation here:
    callers are `export_decisions` (which authorises) and the operator's command line."""
    per_org: Counter[str] = Counter()
    complete = False

    def counted(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for row in rows:
            per_org[row["org_id"]] += 1
            yield row

    lo, hi = query.bounds()
    try:
        with read_scope(engine) as s:
            rows = counted(decision_rows(s, lo, hi, query.org_id))
            (write_csv if query.fmt == "csv" else write_json)(rows, out)
        complete = True
    finally:
        orgs = sorted(set(per_org) | ({query.org_id} if query.org_id else set()))
        with session_scope(engine) as s:
            for org in orgs:
                audit.append(s, org_id=org, actor=actor_id, action="export.taken", channel=channel,
                             object_type="export",
                             details={"rows": per_org[org], "from": query.start.isoformat(),
                                      "to": query.end.isoformat(), "format": query.fmt, "complete": complete})
    return dict(per_org)


def export_decisions(engine: Engine, actor: Actor, query: ExportQuery, out: IO[str]) -> Exported:
    """A DSL's export of their own organisation's decisions, for a chat command to send as a file."""
    try:
        require(actor, "records.export", org_id=query.org_id or actor.org_id)
    except Forbidden as exc:
        if query.org_id not in (None, actor.org_id):
            exc = Forbidden(exc.action, "You can export only your own organisation's records.")
        with session_scope(engine) as s:
            return Exported(False, 0, rec.refuse(s, actor, exc, "export", (query.org_id or actor.org_id)[:50]))
    if query.end < query.start:
        return Exported(False, 0, Reply([Notice("The end date is before the start date. Please check them.",
                                               tone="warning")]))
    mine = ExportQuery(query.start, query.end, query.fmt, actor.org_id, query.tz)
    rows = run_export(engine, mine, out, actor_id=actor.user_id, channel=actor.channel).get(actor.org_id, 0)
    span = f"{query.start:%d %b %Y} to {query.end:%d %b %Y}"
    text = (f"Exported {rows} decision{'s' if rows != 1 else ''} recorded {span}, as {query.fmt.upper()}. "
            "Keep the file as securely as the records themselves.") if rows else f"No decisions were recorded {span}."
    return Exported(True, rows, Reply([Notice(text, tone="success" if rows else "info")]))
