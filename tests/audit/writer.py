"""A separate process appending to the audit log (run by test_concurrency through multiprocessing)."""

from __future__ import annotations

from typing import Any

from storage import audit
from storage.db import make_engine, session_scope


def append_many(url: str, org_id: str, proc: int, n: int, barrier: Any) -> None:
    engine = make_engine(url)
    barrier.wait(timeout=60)  # everyone starts together, onto a chain that does not exist yet
    for i in range(n):
        with session_scope(engine) as s:
            audit.append(s, org_id=org_id, actor=f"writer-{proc}", action="advice.added", channel="slack",
                         object_type="consultation", object_id=i, details={"p": proc, "n": i})
    engine.dispose()
