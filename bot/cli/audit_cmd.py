"""`sharewise audit verify | log`: prove the audit log untouched, and read it."""

from __future__ import annotations

import click

from bot.cli.common import core, load_settings
from storage.audit_verify import verify_all
from storage.db import read_scope
from storage.fingerprint import check_decisions
from storage.models import AuditEvent


@click.group("audit")
def audit() -> None:
    """The tamper-evident audit log."""


@audit.command("verify")
@click.option("--org", "org_id", default=None, help="Check one organisation only.")
def verify(org_id: str | None) -> None:
    """Walk every chain; exit 1 naming the first event that was altered, removed or reordered."""
    sw = core(load_settings())
    with read_scope(sw.engine) as s:
        reports = verify_all(s, org_id)
        mismatches = [m for r in reports for m in check_decisions(s, r.org_id)]
    if not reports:
        click.echo("The audit log is empty.")
        return
    broken = 0
    for r in reports:
        if r.problem is None:
            # The head hash is worth writing down elsewhere: it pins the whole chain up to this point.
            click.echo(f"{r.org_id}: intact, {r.events} events, head {r.head_seq} {r.head_hash}")
        else:
            broken += 1
            p = r.problem
            click.echo(f"{r.org_id}: BROKEN at event {p.seq} ({p.kind}): {p.message}", err=True)
    for m in mismatches:
        click.echo(f"{m.org_id}: RECORD CHANGED: {m.message} (recorded by event {m.seq})", err=True)
    if broken or mismatches:
        raise SystemExit(1)


@audit.command("log")
@click.option("--org", "org_id", required=True)
@click.option("--last", default=20, show_default=True, help="How many of the latest events to show.")
def log(org_id: str, last: int) -> None:
    """The latest events of one organisation: who, when, what, where."""
    from sqlmodel import col, select

    sw = core(load_settings())
    with read_scope(sw.engine) as s:
        stmt = (select(AuditEvent).where(col(AuditEvent.org_id) == org_id)
                .order_by(col(AuditEvent.seq).desc()).limit(last))
        rows = list(s.execute(stmt).scalars())
    for ev in reversed(rows):
        obj = f" {ev.object_type} {ev.object_id}" if ev.object_type else ""
        click.echo(f"{ev.seq:>6}  {ev.at:%Y-%m-%d %H:%M:%S}Z  {ev.channel:<9} {ev.actor:<20} {ev.action}{obj}")
