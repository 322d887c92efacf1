"""The ``idrs`` command. Only the CLI imports every other package."""

from __future__ import annotations

import sys
from typing import Any

import click

from idrs_sandbox import __version__
from idrs_sandbox.errors import IdrsError


class IdrsGroup(click.Group):
    """A click group that turns every ``IdrsError`` into one clean line and its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except IdrsError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(error.exit_code)
        except OSError as error:
            # The file system refused something (a folder where a file should be, a full disk,
            # no permission): the user can act on it, so one line naming the file, exit 1.
            click.echo(f"Error: {_os_error(error)}", err=True)
            sys.exit(1)


def _os_error(error: OSError) -> str:
    reason = error.strerror or str(error)
    names = [str(name) for name in (error.filename, error.filename2) if name is not None]
    return f"{' -> '.join(names)}: {reason}" if names else reason


@click.group(cls=IdrsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="idrs")
def cli() -> None:
    """IDRS-lite: a legacy-modernization sandbox.

    Run the weekly posting run through the GnuCOBOL, legacy (interpreter) or modern engine,
    compare them, generate synthetic data, and inspect fixed-width records.
    """


def _register() -> None:
    # Each command group lives in its own module; cli/commands.py lists them.
    from idrs_sandbox.cli import commands

    for command in commands.all_commands():
        cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="idrs")
