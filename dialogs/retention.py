"""Retention: content is kept for a set time, then removed, leaving a `records.purged` tombstone (counts only)
in each organisation's audit chain so the chain still verifies.

`purge_expired` is what the scheduler and `sharewise purge` call; `purge_for` is an admin's request in chat
for their own organisation. Both take `now`, so what counts as expired is decided by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine

from dialogs import records as rec
from dialogs.actors import Actor, Forbidden, require
from dialogs.messages import Notice, Reply
from storage import audit, retention
from storage.db import session_scope
from storage.retention import Counts, Cutoffs
from storage.types import utcnow


def years_before(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February in a year that has none
        return now.replace(year=now.year - years, day=28)


@dataclass(frozen=True)
class Retention:
    """How long each kind of record is kept. Decisions: years after the record; the rest: days."""

    decision_years: int = 25
    consultation_days: int = 365
    advice_days: int = 365
    dialog_days: int = 30
    request_days: int = 30

    def cutoffs(self, now: datetime) -> Cutoffs:
        return Cutoffs(decisions=years_before(now, self.decision_years),
                       consultations=now - timedelta(days=self.consultation_days),
                       advice=now - timedelta(days=self.advice_days),
                       dialogs=now - timedelta(days=self.dialog_days),
                       requests=now - timedelta(days=self.request_days))


@dataclass(frozen=True)
class PurgeReport:
    dry_run: bool
    cutoffs: Cutoffs
    orgs: dict[str, Counts] = field(default_factory=dict)
    request_keys: int = 0

    @property
    def total(self) -> int:
        return sum(c.total for c in self.orgs.values())


def _tombstone(cut: Cutoffs, counts: Counts) -> dict[str, object]:
    before = {k: getattr(cut, k).date().isoformat() for k in ("decisions", "consultations", "advice", "dialogs")}
    return {**counts.as_dict(), "before": before}


def purge_expired(engine: Engine, policy: Retention, *, now: datetime | None = None, dry_run: bool = False,
                  org_id: str | None = None, actor_id: str = "sharewise", channel: str = "scheduler") -> PurgeReport:
    """Remove (or with `dry_run`, only count) what has passed its retention period.

    Each organisation is purged in its own transaction together with its tombstone, so a purge that stops
    half-way leaves every organisation either untouched or purged and recorded, never in between.
    """
    cut = policy.cutoffs(now or utcnow())
    with session_scope(engine) as s:
        orgs = [org_id] if org_id is not None else retention.org_ids(s)
    found: dict[str, Counts] = {}
    for org in orgs:
        with session_scope(engine) as s:
            counts = retention.expired(s, org, cut) if dry_run else retention.purge(s, org, cut)
            if counts.total and not dry_run:
                audit.append(s, org_id=org, actor=actor_id, action="records.purged", channel=channel,
                             object_type="retention", details=_tombstone(cut, counts))
        found[org] = counts
    keys = 0
    if org_id is None:  # idempotency keys belong to no organisation: only a full purge touches them
        with session_scope(engine) as s:
            keys = retention.expired_requests(s, cut) if dry_run else retention.purge_requests(s, cut)
    return PurgeReport(dry_run, cut, found, keys)


def describe(counts: Counts) -> str:
    parts = [(counts.decisions, "decision", "decisions"), (counts.consultations, "consultation", "consultations"),
             (counts.escalations, "escalation", "escalations"), (counts.advice, "piece of advice", "pieces of advice"),
             (counts.dialogs, "unfinished conversation", "unfinished conversations")]
    said = [f"{n} {one if n == 1 else many}" for n, one, many in parts if n]
    return ", ".join(said) if said else "nothing"


def purge_for(engine: Engine, policy: Retention, actor: Actor, *, now: datetime | None = None,
              dry_run: bool = False) -> Reply:
    """An admin purges their own organisation's expired records from chat."""
    try:
        require(actor, "records.purge", org_id=actor.org_id)
    except Forbidden as exc:
        with session_scope(engine) as s:
            return rec.refuse(s, actor, exc, "retention", actor.org_id[:50])
    report = purge_expired(engine, policy, now=now, dry_run=dry_run, org_id=actor.org_id,
                           actor_id=actor.user_id, channel=actor.channel)
    counts = report.orgs.get(actor.org_id, Counts())
    if dry_run:
        return Reply([Notice(f"A purge now would remove the text of {describe(counts)}. Nothing was changed.")])
    if not counts.total:
        return Reply([Notice("Nothing has passed its retention period, so nothing was removed.")])
    return Reply([Notice(f"Removed the text of {describe(counts)}. The audit log records what was removed.",
                         tone="success")])
