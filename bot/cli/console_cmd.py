"""`sharewise console`: the seek-advice dialog in a terminal."""

from __future__ import annotations

import sys

import click

from bot.cli.common import core, load_settings


@click.command("console")
@click.option("--user", default=None, help="Who you are (defaults to your login name).")
@click.argument("text", required=False, default="")
def console(user: str | None, text: str) -> None:
    """Seek advice about sharing information, step by step, in this terminal."""
    from bot.console.session import Console

    sw = core(load_settings())
    sys.exit(Console(sw, user=user).run(text))
