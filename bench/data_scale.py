"""Data at scale: one organisation with a million decisions and their audit chain, then the heavy reads.

    python bench/data_scale.py --url sqlite:////tmp/scale.db --decisions 1000000

Generation writes straight into the migrated schema: SQLAlchemy Core `executemany` on SQLite and `COPY`
on PostgreSQL, with the audit chain hashed by `storage.audit.event_hash` so `audit verify` walks a real
chain. Then it times, each on a warm and a cold run:
- the weekly digest (`dialogs.digest.figures`, org-wide and for one team channel);
- the DSL's open-escalations view (`dialogs.home.home` for a DSL, which runs `records.open_escalations`);
- `sharewise export` of everything, as its own process, with its peak RSS (from wait4's rusage);
- `sharewise audit verify` over the whole chain, as its own process, in events per second.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from storage.audit import GENESIS, event_hash  # noqa: E402
from storage.db import make_engine, normalise_url, session_scope  # noqa: E402
from storage.models import AuditEvent, AuditHead, Consultation, Decision, Escalation  # noqa: E402

ORG = "slack:TSCALE"
TEAM_CHANNEL = "C0TEAM"
OUTCOMES = ("share", "share_part", "not_share")
WEEKS = 104
CHUNK = 20_000


def _cols(model: Any) -> list[str]:
    return [c.name for c in model.__table__.columns]


def generate(n_decisions: int, now: datetime) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) in time order: every 4th case has a consultation, every 40th an escalation."""
    start = now - timedelta(weeks=WEEKS)
    step = (now - start) / n_decisions
    prev, seq = GENESIS, 0
    cid = eid = 0
    for k in range(n_decisions):
        at = start + step * k
        user = f"U{k % 5000:05d}"
        consultation_id = None

        def audit(action: str, otype: str, oid: int, details: dict[str, Any], when: datetime) -> dict[str, Any]:
            nonlocal prev, seq
            seq += 1
            h = event_hash(prev, ORG, seq, when, user, action, "slack", otype, str(oid), details)
            row = {"id": seq, "org_id": ORG, "seq": seq, "at": when, "actor": user, "action": action,
                   "channel": "slack", "object_type": otype, "object_id": str(oid), "details": details,
                   "prev_hash": prev, "hash": h}
            prev = h
            return row

        if k % 4 == 0:
            cid += 1
            consultation_id = cid
            open_one = k % 400 == 0
            yield "consultation", {
                "id": cid, "org_id": ORG, "author_id": user, "channel": "slack",
                "subject": "child" if k % 3 else "adult",
                "summary": f"[PERSON 1] is worried about a pupil at [SCHOOL 1], case {k}.",
                "request": {"what": "school records", "who": "health visitor"}, "guidance": {"rule": k % 7},
                "ruleset": "hmg-2018", "status": "open" if open_one else "decided",
                "posted_to": TEAM_CHANNEL, "post_ref": f"{TEAM_CHANNEL}:{1700000000 + k}.000100",
                "created_at": at, "decided_at": None if open_one else at + timedelta(minutes=30)}
            yield "audit_event", audit("consultation.posted", "consultation", cid, {"subject": "child"}, at)
            if k % 40 == 0:
                eid += 1
                recent = k >= n_decisions - 400  # the last few are still waiting for a DSL
                answered_at = None if recent else at + timedelta(hours=3)
                yield "escalation", {
                    "id": eid, "org_id": ORG, "consultation_id": cid, "requested_by": user, "urgent": k % 80 == 0,
                    "question": "Can we share the school's concerns with the health visitor?",
                    "status": ("open" if k % 3 else "claimed") if recent else "answered",
                    "claimed_by": None if recent and k % 3 else "UDSL", "claimed_at": None,
                    "answer": None if recent else "Yes, share the attendance record only.",
                    "recommendation": None if recent else "share_part", "answered_by": None if recent else "UDSL",
                    "answered_at": answered_at, "deadline_at": at + timedelta(hours=24), "post_ref": None,
                    "created_at": at}
                yield "audit_event", audit("escalation.raised", "escalation", eid, {"urgent": False}, at)
        when = at + timedelta(minutes=30)
        yield "decision", {
            "id": k + 1, "org_id": ORG, "consultation_id": consultation_id, "author_id": user, "channel": "slack",
            "subject": "child", "outcome": OUTCOMES[k % 3], "what_shared": "Attendance record for the autumn term",
            "with_whom": "The school nurse", "shared_on": when.date(),
            "purpose": "To protect the child from harm", "lawful_basis": "public_task",
            "special_condition": None, "consent": "not_sought", "consent_reason": "Seeking consent would put "
            "the child at risk", "informed": "no", "informed_reason": "Would increase the risk",
            "advice_taken": "DSL advised sharing the minimum", "reasons": "Necessary and proportionate.",
            "requester_told": True, "case_reference": f"CR-{k}", "ruleset": "hmg-2018", "corrects_id": None,
            "purged": False, "created_at": when}
        yield "audit_event", audit("decision.recorded", "decision", k + 1, {"outcome": OUTCOMES[k % 3]}, when)
    yield "audit_head", {"org_id": ORG, "seq": seq, "hash": prev}


TABLES = {"consultation": Consultation, "escalation": Escalation, "decision": Decision,
          "audit_event": AuditEvent, "audit_head": AuditHead}
ORDER = ("consultation", "escalation", "decision", "audit_event", "audit_head")  # foreign keys first


def _batches(rows: Iterator[tuple[str, dict[str, Any]]], flush: Callable[[dict[str, list[dict[str, Any]]]], None],
             ) -> dict[str, int]:
    pending: dict[str, list[dict[str, Any]]] = {t: [] for t in ORDER}
    counts = dict.fromkeys(ORDER, 0)
    size = 0
    for table, row in rows:
        pending[table].append(row)
        counts[table] += 1
        size += 1
        if size >= CHUNK:
            flush(pending)
            pending = {t: [] for t in ORDER}
            size = 0
    flush(pending)
    return counts


def load_sqlite(url: str, n: int, now: datetime) -> dict[str, int]:
    engine = make_engine(url)
    with engine.begin() as conn:

        def flush(pending: dict[str, list[dict[str, Any]]]) -> None:
            for t in ORDER:
                if pending[t]:
                    conn.execute(TABLES[t].__table__.insert(), pending[t])

        return _batches(generate(n, now), flush)


def load_postgres(url: str, n: int, now: datetime) -> dict[str, int]:
    import psycopg
    from psycopg.types.json import Json

    raw = normalise_url(url).replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(raw) as conn, conn.cursor() as cur:
        cols = {t: _cols(TABLES[t]) for t in ORDER}

        def flush(pending: dict[str, list[dict[str, Any]]]) -> None:
            for t in ORDER:
                if not pending[t]:
                    continue
                with cur.copy(f"COPY {t} ({', '.join(cols[t])}) FROM STDIN") as cp:
                    for row in pending[t]:
                        cp.write_row([Json(v) if isinstance(v, dict) else v for v in (row[c] for c in cols[t])])

        counts = _batches(generate(n, now), flush)
        for t in ("consultation", "escalation", "decision", "audit_event"):
            cur.execute(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t}))")
        cur.execute("ANALYZE")
    return counts


# -- the reads ---------------------------------------------------------------------------------------
def timed(fn: Callable[[], Any], runs: int = 5) -> dict[str, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return {"first_ms": round(times[0], 1), "median_ms": round(statistics.median(times), 1),
            "max_ms": round(max(times), 1)}


def measure_reads(url: str, now: datetime) -> dict[str, Any]:
    from dialogs.actors import Actor, Role
    from dialogs.digest import figures
    from dialogs.home import home
    from dialogs.schedule import Schedule, latest_digest_due

    engine = make_engine(url)
    schedule = Schedule()
    due = latest_digest_due(schedule, now)
    out: dict[str, Any] = {}

    def digest(posted_to: str | None) -> Callable[[], Any]:
        def run() -> Any:
            with session_scope(engine) as s:
                return figures(s, schedule, ORG, due, posted_to)
        return run

    out["digest_org"] = timed(digest(None))
    out["digest_team"] = timed(digest(TEAM_CHANNEL))
    with session_scope(engine) as s:
        f = figures(s, schedule, ORG, due, None)
    out["digest_figures"] = {"this_week": f.this_week, "decided": f.decided, "open": f.open,
                             "escalations": f.escalations}
    dsl = Actor(ORG, "UDSL", "slack", frozenset({Role.PRACTITIONER, Role.DSL}), "DSL")
    out["open_escalations_view"] = timed(lambda: home(engine, dsl))
    engine.dispose()
    return out


def run_cli(args: list[str], url: str, cwd: str) -> dict[str, Any]:
    """Run a `sharewise` command as its own process; wall time and peak RSS from the kernel (wait4)."""
    env = {**os.environ, "DATABASE_URL": url, "LOG_LEVEL": "WARNING"}
    exe = str(ROOT / ".venv" / "bin" / "sharewise")
    t0 = time.perf_counter()
    proc = subprocess.Popen([exe, *args], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read() if proc.stdout else b""  # type: ignore[union-attr]
    err = proc.stderr.read() if proc.stderr else b""  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    return {"seconds": round(elapsed, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "exit": os.waitstatus_to_exitcode(status), "stdout_tail": out.decode()[-300:],
            "stderr_tail": err.decode()[-300:]}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", required=True, help="a freshly migrated database (sharewise db upgrade)")
    p.add_argument("--decisions", type=int, default=1_000_000)
    a = p.parse_args(argv)
    now = datetime.now(UTC)
    result: dict[str, Any] = {"backend": "postgresql" if "postgres" in a.url else "sqlite",
                              "decisions": a.decisions}
    t0 = time.perf_counter()
    counts = (load_postgres if result["backend"] == "postgresql" else load_sqlite)(a.url, a.decisions, now)
    result["generate_seconds"] = round(time.perf_counter() - t0, 1)
    result["rows"] = counts
    result.update(measure_reads(a.url, now))
    with tempfile.TemporaryDirectory(prefix="sharewise-scale-") as tmp:
        export_file = os.path.join(tmp, "decisions.csv")
        ex = run_cli(["export", "--from", "2000-01-01", "--to", "2100-01-01", "-o", export_file], a.url, tmp)
        ex["bytes"] = os.path.getsize(export_file) if os.path.exists(export_file) else 0
        with open(export_file, "rb") if os.path.exists(export_file) else open(os.devnull, "rb") as f:
            ex["rows"] = max(0, sum(1 for _ in f) - 1)
        result["export"] = ex
        av = run_cli(["audit", "verify"], a.url, tmp)
        av["events"] = counts["audit_event"]
        av["events_per_s"] = round(counts["audit_event"] / av["seconds"]) if av["seconds"] else 0
        result["audit_verify"] = av
    with session_scope(make_engine(a.url)) as s:
        result["db_check"] = {"decisions": s.execute(text("SELECT count(*) FROM decision")).scalar_one()}
    print(json.dumps(result, default=str), flush=True)
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
