"""What every command needs: settings, logging and the core, built the same way each time."""

from __future__ import annotations

import sys

import click

from bot.logging_setup import configure
from bot.settings import Settings
from dialogs.rulesets import RulesetError, load_ruleset
from dialogs.runtime import Sharewise
from storage.db import make_engine
from storage.migrate import status


def load_settings() -> Settings:
    settings = Settings()
    configure(settings.log_level, settings.log_format)
    return settings


def core(settings: Settings, require_schema: bool = True) -> Sharewise:
    """Build the core, refusing a bad ruleset or an unmigrated database with a message that says what to do."""
    try:
        load_ruleset(settings.sharewise_ruleset)
    except RulesetError as exc:
        raise click.ClickException(f"Ruleset problem: {exc}") from exc
    engine = make_engine(settings.database_url)
    if require_schema:
        try:
            problem = status(engine).problem()
        except Exception as exc:
            raise click.ClickException(f"Cannot reach the database ({type(exc).__name__}). "
                                       "Check DATABASE_URL and that the server is running.") from exc
        if problem:
            raise click.ClickException(problem)
    return Sharewise(engine, settings.policy)


def fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)
