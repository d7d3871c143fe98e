"""The `sharewise` command line: one click group, one module per command family."""

from __future__ import annotations

import click

from bot.cli import (
    anonymise_cmd,
    audit_cmd,
    console_cmd,
    db_cmd,
    decisions_cmd,
    digest_cmd,
    doctor_cmd,
    export_cmd,
    manifest_cmd,
    purge_cmd,
    serve_cmd,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Sharewise: safe, recorded information-sharing decisions for safeguarding teams."""


main.add_command(anonymise_cmd.anonymise)
main.add_command(console_cmd.console)
main.add_command(db_cmd.db)
main.add_command(decisions_cmd.decisions)
main.add_command(doctor_cmd.doctor)
main.add_command(serve_cmd.serve)
main.add_command(audit_cmd.audit)
main.add_command(export_cmd.export)
main.add_command(purge_cmd.purge)
main.add_command(digest_cmd.digest)
main.add_command(manifest_cmd.manifest)
