"""`sharewise serve`."""

from __future__ import annotations

import click

from bot.cli.common import core, load_settings


@click.command("serve")
def serve() -> None:
    """Start the web server for Slack and Teams (and /healthz, /readyz, /metrics)."""
    from bot import server

    settings = load_settings()
    # Refuses a bad ruleset or an unmigrated database before listening.
    server.serve(settings, core(settings))
