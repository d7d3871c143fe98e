"""The `sharewise` command line: one click group, one module per command family.

Each command's module is imported only when that command runs (or when `--help` lists them all), so
`sharewise serve` does not pay at start-up for the anonymiser's word lists, the exporters or the records
tools it never uses.
"""

from __future__ import annotations

import importlib

import click

#: Command name → "module:attribute" of its click command or group.
COMMANDS = {
    "anonymise": "bot.cli.anonymise_cmd:anonymise",
    "audit": "bot.cli.audit_cmd:audit",
    "console": "bot.cli.console_cmd:console",
    "db": "bot.cli.db_cmd:db",
    "decisions": "bot.cli.decisions_cmd:decisions",
    "digest": "bot.cli.digest_cmd:digest",
    "doctor": "bot.cli.doctor_cmd:doctor",
    "export": "bot.cli.export_cmd:export",
    "manifest": "bot.cli.manifest_cmd:manifest",
    "purge": "bot.cli.purge_cmd:purge",
    "serve": "bot.cli.serve_cmd:serve",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        module, _, attr = COMMANDS[cmd_name].partition(":")
        command = getattr(importlib.import_module(module), attr)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Sharewise: safe, recorded information-sharing decisions for safeguarding teams."""
