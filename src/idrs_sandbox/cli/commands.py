"""The list of the CLI's command groups. Add a group here when its module lands."""

from __future__ import annotations

import click


def all_commands() -> list[click.Command]:
    commands: list[click.Command] = []
    from idrs_sandbox.cli.run import run_command

    commands.append(run_command)
    from idrs_sandbox.cli.generate import generate_command

    commands.append(generate_command)
    from idrs_sandbox.cli.compare import compare_command

    commands.append(compare_command)
    from idrs_sandbox.cli.demo import demo_command

    commands.append(demo_command)
    from idrs_sandbox.cli.records import records_group

    commands.append(records_group)
    from idrs_sandbox.cli.exercise import exercise_group

    commands.append(exercise_group)
    from idrs_sandbox.cli.cobol import cobol_group

    commands.append(cobol_group)
    from idrs_sandbox.cli.oracle import oracle_group

    commands.append(oracle_group)
    from idrs_sandbox.cli.terminal import terminal_group

    commands.append(terminal_group)
    from idrs_sandbox.cli.audit import audit_group

    commands.append(audit_group)
    return commands
