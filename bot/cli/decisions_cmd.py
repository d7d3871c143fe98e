"""`sharewise decisions list | show ID`: what has been recorded."""

from __future__ import annotations

import click

from bot.cli.common import core, load_settings
from dialogs import posts
from storage import records
from storage.db import session_scope


@click.group("decisions")
def decisions() -> None:
    """Recorded decisions."""


def _parse_id(value: str) -> int:
    text = value.strip().upper().removeprefix("D-")
    if not text.isdigit():
        raise click.BadParameter("use a decision number such as 12 or D-12")
    return int(text)


@decisions.command("list")
@click.option("--limit", default=50, show_default=True)
def list_(limit: int) -> None:
    """The most recent decisions, newest first."""
    sw = core(load_settings())
    with session_scope(sw.engine) as s:
        rows = records.decisions(s, limit=limit)
        if not rows:
            click.echo("No decisions recorded yet.")
        for d in rows:
            when = d.created_at.astimezone(posts.LONDON).strftime("%Y-%m-%d %H:%M")
            outcome = posts.OUTCOME_LABELS.get(d.outcome, d.outcome)
            corr = f" (corrects D-{d.corrects_id})" if d.corrects_id else ""
            click.echo(f"D-{d.id}  {when}  {outcome:<14} {d.org_id}  {d.author_id}{corr}")


@decisions.command("show")
@click.argument("decision_id")
def show(decision_id: str) -> None:
    """Every field of one decision."""
    did = _parse_id(decision_id)
    sw = core(load_settings())
    with session_scope(sw.engine) as s:
        from storage.models import Decision

        d = s.get(Decision, did)
        if d is None:
            raise click.ClickException(f"No decision D-{did}. Try `sharewise decisions list`.")
        click.echo(f"Decision D-{d.id} ({d.org_id}, recorded by {d.author_id})")
        for fact in posts.decision_facts(d):
            click.echo(f"  {fact.label}: {fact.value}")
        if d.case_reference:
            click.echo(f"  Case reference: {d.case_reference}")
        for later in records.corrections_of(s, did):
            click.echo(f"  Corrected by D-{later.id}")
