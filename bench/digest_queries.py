"""Digest queries on a million decisions (PostgreSQL): `python bench/digest_queries.py [PG_URL] [--keep]`.

Creates a throwaway database, fills it with 1,100,000 consultations and 1,000,000 decisions spread over
three years, five organisations and twenty team channels each (server-side generate_series, ~1 minute),
then times the figures of one team digest and one DSL digest. Drops the database at the end, unless
`--keep` (which reuses `sw_bench_digest` on the next run, to iterate on queries).
"""

from __future__ import annotations

import sys
import time
import uuid
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.engine import make_url

from dialogs.digest import figures
from dialogs.schedule import Schedule, latest_digest_due
from storage.db import create_schema, make_engine, normalise_url, session_scope

FILL = """
INSERT INTO consultation (org_id, author_id, channel, subject, summary, request, guidance, ruleset, status,
                          posted_to, created_at, decided_at)
SELECT 'org' || (g % 5), 'U' || (g % 5000), 'slack', 'child', 'x', '{}', '{}', 'hmg-2018',
       CASE WHEN g % 11 = 0 THEN 'open' ELSE 'decided' END, 'C' || (g % 20),
       :end - (g * interval '86 seconds'), NULL
FROM generate_series(1, 1100000) AS g;
INSERT INTO decision (org_id, consultation_id, author_id, channel, subject, outcome, what_shared, with_whom,
                      purpose, lawful_basis, consent, consent_reason, informed, informed_reason, advice_taken,
                      reasons, ruleset, purged, created_at)
SELECT c.org_id, c.id, c.author_id, 'slack', 'child',
       (ARRAY['share','share_part','not_share'])[1 + c.id % 3], 'x', 'x', 'x', '6e', 'not_sought', '', 'no',
       '', '', 'x', 'hmg-2018', false, c.created_at + interval '2 days'
FROM consultation c WHERE c.status = 'decided' LIMIT 1000000;
INSERT INTO escalation (org_id, consultation_id, requested_by, urgent, question, status, deadline_at,
                        created_at, answered_at)
SELECT c.org_id, c.id, c.author_id, false, 'q', 'answered', c.created_at + interval '1 day', c.created_at,
       c.created_at + (c.id % 600) * interval '1 minute'
FROM consultation c WHERE c.id % 25 = 0;
"""


def main(admin_url: str, keep: bool = False) -> None:
    name = "sw_bench_digest" if keep else f"sw_bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(admin_url, isolation_level="AUTOCOMMIT", pool_size=1, max_overflow=0)
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(normalise_url(admin_url)).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    try:
        schedule = Schedule()
        due = latest_digest_due(schedule, datetime(2025, 5, 8, 12, tzinfo=UTC))
        if not exists:
            create_schema(engine)
            t0 = time.perf_counter()
            with engine.begin() as conn:
                for stmt in FILL.split(";"):
                    if stmt.strip():
                        conn.execute(text(stmt), {"end": due})
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))  # what autovacuum does soon after a bulk load
            print(f"filled in {time.perf_counter() - t0:.1f} s")
        with session_scope(engine) as s:
            counts = s.execute(text("SELECT (SELECT count(*) FROM consultation), (SELECT count(*) FROM decision)"))
            print("consultations, decisions:", tuple(counts.one()))
            for label, channel in (("team digest (org0, C0)", "C0"), ("DSL digest (org0)", None)):
                figures(s, schedule, "org0", due, channel)  # warm
                runs = []
                for _ in range(5):
                    t = time.perf_counter()
                    f = figures(s, schedule, "org0", due, channel)
                    runs.append(time.perf_counter() - t)
                print(f"{label}: median {sorted(runs)[2] * 1000:.0f} ms "
                      f"(this week {f.this_week}, decided {f.decided}, open {f.open}, median answer {f.median})")
    finally:
        engine.dispose()
        if keep:
            return
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--keep"]
    main(args[0] if args else "postgresql://postgres@127.0.0.1:5432/postgres", keep="--keep" in sys.argv)
