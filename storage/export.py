"""Decisions for audits and case reviews, streamed: a million rows never sit in memory at once.

Columns are every Decision field, then the consultation's summary and how much advice it drew. CSV and
JSON encode the same values and decode back to exactly what the database holds (`read_csv`, `read_json`).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import IO, Any

from sqlalchemy import Column, func, select
from sqlmodel import Session

from storage.models import Advice, Consultation, Decision
from storage.types import UTCDateTime

_D = Decision.__table__  # type: ignore[attr-defined]
_C = Consultation.__table__  # type: ignore[attr-defined]
_A = Advice.__table__  # type: ignore[attr-defined]

DECISION_COLUMNS: tuple[str, ...] = tuple(c.name for c in _D.columns)
COLUMNS: tuple[str, ...] = (*DECISION_COLUMNS, "consultation_summary", "advice_count")


def _kind(col: Column[Any]) -> type:
    if isinstance(col.type, UTCDateTime):
        return datetime
    try:
        kind = col.type.python_type
    except NotImplementedError:
        return str
    return str if kind is object else kind


#: column -> (python type, nullable): what a reader needs to turn text back into values
TYPES: dict[str, tuple[type, bool]] = {
    **{c.name: (_kind(c), bool(c.nullable)) for c in _D.columns},
    "consultation_summary": (str, False),
    "advice_count": (int, False),
}


def decision_rows(session: Session, start: datetime, end: datetime, org_id: str | None = None,
                  batch: int = 2000) -> Iterator[dict[str, Any]]:
    """Decisions created in [start, end), oldest first, each as a dict keyed by `COLUMNS`."""
    counts = (select(_A.c.consultation_id, func.count().label("n"))
              .group_by(_A.c.consultation_id).subquery())
    # A decision without a consultation, and one whose consultation was purged, both export "".
    stmt = (select(*_D.columns, func.coalesce(_C.c.summary, "").label("consultation_summary"),
                   func.coalesce(counts.c.n, 0).label("advice_count"))
            .select_from(_D.outerjoin(_C, _C.c.id == _D.c.consultation_id)
                         .outerjoin(counts, counts.c.consultation_id == _D.c.consultation_id))
            .where(_D.c.created_at >= start, _D.c.created_at < end)
            .order_by(_D.c.id))
    if org_id is not None:
        stmt = stmt.where(_D.c.org_id == org_id)
    # stream_results: a server-side cursor on PostgreSQL; yield_per: fetch in batches on both.
    result = session.connection().execution_options(stream_results=True, yield_per=batch).execute(stmt)
    for part in result.partitions():
        for row in part:
            yield dict(row._mapping)


# -- encoding ---------------------------------------------------------------------------------------------
#: Spreadsheets run a cell that starts with one of these as a formula. A leading apostrophe defuses it,
#: and text that already starts with an apostrophe gets one more, so decoding is exact.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def _text(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def json_value(value: Any) -> Any:
    return _text(value)


def csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(_text(value))
    return "'" + text if isinstance(value, str) and text.startswith(_FORMULA_START) else text


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    n = 0
    for row in rows:
        w.writerow([csv_value(row[c]) for c in COLUMNS])
        n += 1
    return n


def write_json(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One JSON array, written row by row so it never has to be built in memory."""
    out.write("[")
    n = 0
    for row in rows:
        out.write(",\n" if n else "\n")
        out.write(json.dumps({c: json_value(row[c]) for c in COLUMNS}, ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


# -- decoding (for reviewers' tools and for proving the round trip) ---------------------------------------
def _decode(column: str, value: Any, from_csv: bool) -> Any:
    kind, nullable = TYPES[column]
    if value is None or (from_csv and value == "" and (nullable or kind is not str)):
        return None if nullable or kind is not str else ""
    if kind is bool:
        return value if isinstance(value, bool) else value == "true"
    if kind is int:
        return int(value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if from_csv and value.startswith("'"):
        return value[1:]
    return value


def read_csv(src: IO[str]) -> Iterator[dict[str, Any]]:
    for raw in csv.DictReader(src):
        yield {c: _decode(c, raw[c], True) for c in COLUMNS}


def read_json(src: IO[str]) -> Iterator[dict[str, Any]]:
    for raw in json.load(src):
        yield {c: _decode(c, raw[c], False) for c in COLUMNS}
