"""`sharewise export`: decisions for an audit or a case review, as CSV or JSON.

The command line runs with the database's own credentials, so it is an operator's tool: it may export any
organisation, and each export is audited in every organisation it covers (actor `cli:<login>`).
"""

from __future__ import annotations

import getpass
import sys
from datetime import datetime
from pathlib import Path

import click

from bot.cli.common import core, load_settings
from dialogs.export import ExportQuery, run_export

DATE = click.DateTime(formats=["%Y-%m-%d"])


@click.command("export")
@click.option("--from", "start", type=DATE, required=True, help="First day, e.g. 2026-01-01.")
@click.option("--to", "end", type=DATE, required=True, help="Last day (included).")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--org", "org_id", default=None, help="One organisation only (default: all).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file (default: standard output).")
def export(start: datetime, end: datetime, fmt: str, org_id: str | None, output: Path | None) -> None:
    """Export decisions recorded between two dates (UK time), streamed so any size fits."""
    if end < start:
        raise click.BadParameter("--to is before --from")
    settings = load_settings()
    sw = core(settings)
    query = ExportQuery(start.date(), end.date(), "json" if fmt == "json" else "csv", org_id,
                        settings.sharewise_timezone)
    actor = f"cli:{getpass.getuser()}"[:200]
    if output is None:
        per_org = run_export(sw.engine, query, sys.stdout, actor_id=actor, channel="cli")
    else:
        with output.open("w", encoding="utf-8", newline="") as fh:
            per_org = run_export(sw.engine, query, fh, actor_id=actor, channel="cli")
    total = sum(per_org.values())
    where = f" to {output}" if output else ""
    click.echo(f"Exported {total} decision{'s' if total != 1 else ''}{where}.", err=True)
