"""`sharewise purge [--dry-run]`: remove what has passed its retention period (see SHAREWISE_RETENTION_*)."""

from __future__ import annotations

import getpass

import click

from bot.cli.common import core, load_settings
from dialogs.retention import describe, purge_expired


@click.command("purge")
@click.option("--dry-run", is_flag=True, help="Show what would be removed; change nothing.")
@click.option("--org", "org_id", default=None, help="One organisation only (default: all).")
def purge(dry_run: bool, org_id: str | None) -> None:
    """Blank expired decisions' text, remove expired consultations' text, advice and stale dialog state.

    Each organisation's audit log gets a `records.purged` entry with the counts, so it still verifies.
    """
    settings = load_settings()
    sw = core(settings)
    report = purge_expired(sw.engine, settings.retention, dry_run=dry_run, org_id=org_id,
                           actor_id=f"cli:{getpass.getuser()}"[:200], channel="cli")
    verb = "Would remove" if dry_run else "Removed"
    for org, counts in sorted(report.orgs.items()):
        click.echo(f"{org}: {verb.lower()} {describe(counts)}")
    if report.request_keys:
        click.echo(f"{verb} {report.request_keys} expired duplicate-request keys.")
    click.echo(f"{verb} {report.total} records in all." + (" Nothing was changed." if dry_run else ""))
