"""`sharewise doctor`: check the configuration and what it can reach before go-live."""

from __future__ import annotations

import sys

import click
from pydantic import ValidationError

from bot import doctor as checks
from bot.logging_setup import configure
from bot.settings import Settings


@click.command("doctor")
def doctor() -> None:
    """Check the database, ruleset, Slack and Teams settings; exit non-zero if anything is wrong."""
    try:
        settings = Settings()
    except ValidationError as exc:
        for error in exc.errors():
            # Only the setting's name and the rule it breaks: the value may be a secret.
            field = ".".join(str(p) for p in error["loc"]).upper() or "configuration"
            click.echo(f"{checks.Outcome.FAIL.value} Setting {field}: {error['msg']} — correct it in the "
                       "environment or the .env file")
        sys.exit(1)
    # Each check reports its own failure on stdout; library log lines would only repeat it, less kindly.
    configure("CRITICAL", settings.log_format)
    results = checks.run(settings, echo=lambda c: click.echo(c.line()))
    failed = [c for c in results if c.outcome is checks.Outcome.FAIL]
    if failed:
        click.echo(f"\n{len(failed)} problem{'s' if len(failed) != 1 else ''} to fix before go-live.")
        sys.exit(1)
    click.echo("\nAll checks passed.")
