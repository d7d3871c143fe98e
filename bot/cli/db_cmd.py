"""`sharewise db upgrade | current`."""

from __future__ import annotations

import click

from bot.cli.common import load_settings
from storage import migrate
from storage.db import make_engine


@click.group("db")
def db() -> None:
    """Database migrations."""


@db.command("upgrade")
def upgrade() -> None:
    """Apply every migration this version of Sharewise has."""
    settings = load_settings()
    migrate.upgrade(settings.database_url)
    click.echo(f"Database is at revision {migrate.current_revision(make_engine(settings.database_url))}.")


@db.command("current")
def current() -> None:
    """Show the database's revision and whether it is up to date."""
    settings = load_settings()
    st = migrate.status(make_engine(settings.database_url))
    click.echo(f"current: {st.current or 'none'}  head: {st.head}")
    if not st.ok:
        raise click.ClickException(st.problem() or "schema not current")
