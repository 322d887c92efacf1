"""``idrs run``: a posting run through one engine (the exit status is its return code), or through
several engines on the same inputs, compared."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from idrs_sandbox.engines.base import RECORD_LENGTHS, RunInputs, RunResult, run_engine
from idrs_sandbox.engines.registry import engine_names, get_engine
from idrs_sandbox.errors import IdrsError, UsageError
from idrs_sandbox.oracle.runs import EngineRun, all_agree, run_engines

RETURN_CODE_MEANING = {0: "clean run", 4: "unpostables", 16: "abend"}


class OutputFolderError(IdrsError):
    """The output folder cannot be created or written."""


class EngineUnavailable(UsageError):
    def __init__(self, name: str) -> None:
        hint = " (needs cobc: apt-get install gnucobol3)" if name == "gnucobol" else ""
        super().__init__(f"engine {name!r} is not available on this machine{hint}")


def record_count(path: Path, ddname: str) -> int:
    """Records in a fixed-length file, or lines in the REPORT (a missing file has none)."""
    if not path.is_file():
        return 0
    if ddname in RECORD_LENGTHS:
        return path.stat().st_size // RECORD_LENGTHS[ddname]
    with path.open("rb") as report:
        return sum(1 for _ in report)


def balance_line(report: Path | None) -> str:
    """The REPORT's verdict: ``RUN BALANCED``, ``RUN OUT OF BALANCE`` or the ``ABEND:`` line."""
    if report is None or not report.is_file():
        return "no REPORT"
    lines = report.read_text("latin-1").splitlines()
    verdicts = [line.strip() for line in lines if line.lstrip().startswith(("RUN ", "ABEND:"))]
    return verdicts[-1] if verdicts else "no balance line in REPORT"


def summary_table(inputs: RunInputs, result: RunResult) -> Table:
    table = Table(title=f"idrs run --engine {result.engine}", title_justify="left")
    table.add_column("file")
    table.add_column("direction")
    table.add_column("records", justify="right")
    for ddname, path in inputs.by_ddname().items():
        exists = path.is_file()
        count = f"{record_count(path, ddname):,}" if exists else "missing"
        table.add_row(ddname, "read", count)
    for ddname, path in result.outputs.items():
        unit = " lines" if ddname == "REPORT" else ""
        table.add_row(ddname, "written", f"{record_count(path, ddname):,}{unit}")
    return table


def print_summary(console: Console, inputs: RunInputs, result: RunResult) -> None:
    console.print(summary_table(inputs, result))
    meaning = RETURN_CODE_MEANING.get(result.return_code, "unexpected")
    console.print(f"return code {result.return_code} ({meaning}) in {result.seconds:.2f} s")
    console.print(balance_line(result.outputs.get("REPORT")))


@click.command("run")
@click.option(
    "--engine",
    "engine_names_",
    type=click.Choice(engine_names()),
    multiple=True,
    help="Engine that performs the run (default: modern). Give it several times to run several "
    "engines on the same inputs, each into OUTPUT/<engine>, and compare them.",
)
@click.option(
    "--input",
    "input_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    required=True,
    help="Folder holding CONTROL, MASTIN and TRANSIN.",
)
@click.option(
    "--output",
    "output_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder that receives MASTOUT, NOTICES, REFUNDS, UNPOST and REPORT.",
)
def run_command(engine_names_: tuple[str, ...], input_dir: Path, output_dir: Path) -> None:
    """Run the weekly posting run on INPUT's files and write the outputs to OUTPUT.

    The exit status is the run's return code: 0 clean, 4 unpostables, 16 abend (after an abend
    no MASTOUT is left in OUTPUT). With several engines, the exit status is that return code
    when every engine produced identical outputs and return codes, and 1 when they disagree
    (the field-level differences are printed).
    """
    names = list(dict.fromkeys(engine_names_)) or ["modern"]
    engines = [get_engine(name) for name in names]
    for engine in engines:
        if not engine.available():
            raise EngineUnavailable(engine.name)
    inputs = RunInputs.from_folder(input_dir)
    try:
        runs = (
            [EngineRun(run_engine(engines[0], inputs, output_dir), output_dir, None)]
            if len(engines) == 1
            else run_engines(engines, inputs, output_dir)
        )
    except OSError as error:  # e.g. a read-only or missing parent folder
        raise OutputFolderError(
            f"{output_dir}: cannot write the outputs ({error.strerror})"
        ) from None
    console = Console()
    for run in runs:
        print_summary(console, inputs, run.result)
    for run in runs:
        if run.comparison is not None:
            console.print(run.comparison.explain(), markup=False, highlight=False, soft_wrap=True)
    sys.exit(runs[0].result.return_code if all_agree(runs) else 1)
