"""`sharewise digest --preview [--org ORG] [--at TIME]`: show this week's digests without sending them."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from bot.cli.common import core, load_settings
from bot.console import render
from bot.scheduler import schedule_from
from dialogs import digest as digests
from dialogs.schedule import latest_digest_due
from storage.db import session_scope
from storage.types import utcnow


@click.command("digest")
@click.option("--preview", is_flag=True, help="Print the digests instead of sending them.")
@click.option("--org", default=None, help="Only this organisation (Slack team id, Teams tenant id).")
@click.option("--at", "at_", default=None, metavar="TIME",
              help="Show the digests due at or before this ISO time (UTC unless it has an offset).")
@click.option("--chart", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the first digest's chart to this PNG file.")
def digest(preview: bool, org: str | None, at_: str | None, chart: str | None) -> None:
    """The weekly digests: counts only, no names and no case details."""
    if not preview:
        raise click.UsageError("Digests are sent by `sharewise serve` on schedule. "
                               "Use --preview to see this week's without sending anything.")
    settings = load_settings()
    sw = core(settings)
    schedule = schedule_from(settings)
    now = utcnow()
    if at_:
        try:
            now = datetime.fromisoformat(at_)
        except ValueError as exc:
            raise click.BadParameter("use an ISO time such as 2025-03-31T09:00", param_hint="--at") from exc
        now = now if now.tzinfo else now.replace(tzinfo=UTC)
    due = latest_digest_due(schedule, now)
    with session_scope(sw.engine) as s:
        found = digests.previews(s, schedule, sw.ruleset, due, org)
    local = due.astimezone(schedule.zone).strftime("%A %-d %B %Y %H:%M %Z")
    if not found:
        click.echo(f"No digests for the week to {local}: no questions were asked in the last quarter"
                   + (f" in {org}." if org else "."))
        return
    click.echo(f"Digests due {local} (preview: nothing was sent).")
    for where, card in found:
        click.echo(f"\n--- {where} ---")
        click.echo(render.card(card))
    if chart and found[0][1].image is not None:
        with open(chart, "wb") as fh:
            fh.write(found[0][1].image.png)
        click.echo(f"Chart written to {chart}.")
