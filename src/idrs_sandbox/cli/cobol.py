"""``idrs cobol``: run or check any program of the COBOL subset with the legacy engine.

``idrs cobol run PROG.cbl`` prints what the cobc-built executable prints and exits with its
RETURN-CODE; ``--trace`` writes the paragraph flow to stderr (``TRACE FILE:LINE: PARAGRAPH``),
``--trace-statements`` every statement too, with its source text (a step-by-step log);
``--coverage`` prints which paragraphs and branches the run reached.
``idrs cobol check PROG.cbl`` reports every syntax and semantic problem with its position.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from idrs_sandbox.runtime.machine import LegacyProgram

from idrs_sandbox.cobol.checks import CheckFailed, check_program
from idrs_sandbox.cobol.program import Program, parse_program
from idrs_sandbox.paths import copybook_dir

COPY_DIR_HELP = "copybook folder (repeatable); the program's own folder is searched first"


def _copy_dirs(given: tuple[Path, ...]) -> tuple[Path, ...]:
    # Without -I the project's copybooks are the fallback, so `idrs cobol run POSTING.cbl` works.
    return given or (copybook_dir(),)


def _checked(program_file: Path, copy_dirs: tuple[Path, ...]) -> Program:
    program = parse_program(program_file, _copy_dirs(copy_dirs))
    errors = check_program(program)
    if errors:
        raise CheckFailed(errors)
    return program


@click.group("cobol")
def cobol_group() -> None:
    """Run or check a COBOL program with the legacy engine (our interpreter)."""


@cobol_group.command("run")
@click.argument("program_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-I",
    "copy_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help=COPY_DIR_HELP,
)
@click.option("--trace", is_flag=True, help="print every paragraph entered, to stderr")
@click.option(
    "--trace-statements", is_flag=True, help="print every statement executed too, to stderr"
)
@click.option(
    "--coverage",
    is_flag=True,
    help="after the run, print to stderr the paragraphs and branches (IF arms, WHENs) reached "
    "and every one never entered",
)
def run_command(
    program_file: Path,
    copy_dirs: tuple[Path, ...],
    trace: bool,
    trace_statements: bool,
    coverage: bool,
) -> None:
    """Run PROGRAM_FILE as `cobc -x` then the executable would; exit status = RETURN-CODE."""
    from idrs_sandbox.runtime.machine import LegacyProgram

    program = _checked(program_file, copy_dirs)
    compiled = LegacyProgram(
        program, trace=trace, trace_statements=trace_statements, coverage=coverage
    )
    try:
        return_code = compiled.run()
    finally:
        if coverage:
            _print_coverage(compiled, program_file)
    sys.exit(return_code)


def _print_coverage(compiled: LegacyProgram, program_file: Path) -> None:
    from rich.console import Console

    from idrs_sandbox.cli.coverage_view import summary_table, unreached_table, wide

    console = wide(Console(stderr=True))
    measured = compiled.coverage()
    console.print(summary_table([("this run", measured)], f"{program_file.name} reached"))
    if measured.unreached():
        console.print(unreached_table(measured, "never entered"))


@cobol_group.command("check")
@click.argument("program_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-I",
    "copy_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help=COPY_DIR_HELP,
)
def check_command(program_file: Path, copy_dirs: tuple[Path, ...]) -> None:
    """Report every syntax and semantic error of PROGRAM_FILE (FILE:LINE:COL, line, caret)."""
    from idrs_sandbox.runtime.machine import LegacyProgram

    program = _checked(program_file, copy_dirs)
    LegacyProgram(program)  # the compiler's own checks (types of operands, ranges)
    click.echo(f"{program_file.name}: no errors")
