"""Several processes writing at once leave one unbroken chain with every event in it."""

from __future__ import annotations

import multiprocessing

from sqlalchemy.engine import Engine

from storage.audit_verify import verify_chain
from storage.db import read_scope
from tests.audit.helpers import events
from tests.audit.writer import append_many


def test_parallel_writer_processes_never_fork_or_lose_the_chain(engine: Engine, db_url: str) -> None:
    procs, each = (4, 50) if engine.dialect.name == "postgresql" else (3, 20)
    ctx = multiprocessing.get_context("spawn")  # fresh interpreters: no connection shared by fork
    barrier = ctx.Barrier(procs)
    workers = [ctx.Process(target=append_many, args=(db_url, "org-a", p, each, barrier)) for p in range(procs)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert [w.exitcode for w in workers] == [0] * procs

    with read_scope(engine) as s:
        report = verify_chain(s, "org-a")
    assert report.ok, report.problem
    assert report.events == report.head_seq == procs * each
    written = [(e.details["p"], e.details["n"]) for e in events(engine, "org-a")]
    assert sorted(written) == [(p, i) for p in range(procs) for i in range(each)]
    # Each writer's own events keep their order in the one chain.
    for p in range(procs):
        assert [n for q, n in written if q == p] == list(range(each))
