"""``idrs run``: a posting run through one engine (the exit status is its return code), or through
several engines on the same inputs, compared."""

from __future__ import annotations

import signal
import sys
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from idrs_sandbox.cli.console import console as make_console
from idrs_sandbox.cli.progress import cards_progress
from idrs_sandbox.engines.base import (
    RECORD_LENGTHS,
    Engine,
    RunInputs,
    RunResult,
    prepared_inputs,
    run_engine,
)
from idrs_sandbox.engines.registry import engine_names, get_engine
from idrs_sandbox.engines.staging import Terminated, signals_raise
from idrs_sandbox.errors import IdrsError, UsageError
from idrs_sandbox.oracle.compare import RunComparison, compare_runs

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
    help="Folder that receives MASTOUT, NOTICES, REFUNDS, UNPOST and REPORT (an earlier run's "
    "outputs there are moved, whole, into OUTPUT/PRIOR.GnnnnV00 first; never deleted).",
)
@click.option(
    "--partitions",
    type=click.IntRange(min=1),
    default=None,
    help="Split the week by TIN range into N partitions posted as Dask tasks, then merge "
    "(outputs byte-identical to a single run; see docs/scale.md).",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="With --partitions: an existing Dask scheduler (tcp://HOST:PORT) instead of a "
    "LocalCluster of N worker processes.",
)
def run_command(
    engine_names_: tuple[str, ...],
    input_dir: Path,
    output_dir: Path,
    partitions: int | None,
    scheduler: str | None,
) -> None:
    """Run the weekly posting run on INPUT's files and write the outputs to OUTPUT.

    The exit status is the run's return code: 0 clean, 4 unpostables, 16 abend (after an abend
    no MASTOUT is published; an earlier one is kept, byte for byte, in OUTPUT/PRIOR.GnnnnV00).
    With several engines, the exit status is that return code when every engine produced
    identical outputs and return codes, and 1 when they disagree (the field-level differences
    are printed) or one of them failed.
    """
    names = list(dict.fromkeys(engine_names_)) or ["modern"]
    engines = [get_engine(name) for name in names]
    for engine in engines:
        if not engine.available():
            raise EngineUnavailable(engine.name)
    if scheduler is not None and partitions is None:
        raise UsageError("--scheduler needs --partitions N")
    if partitions is not None and len(engines) != 1:
        raise UsageError("--partitions runs one engine at a time")
    inputs = RunInputs.from_folder(input_dir)
    console = make_console()
    with signals_raise():
        try:
            output_dir.mkdir(parents=True, exist_ok=True)
            with prepared_inputs(inputs, output_dir) as ready:
                if partitions is not None:
                    runs = _run_partitioned(engines, ready, output_dir, partitions, scheduler)
                elif len(engines) == 1:
                    with cards_progress(ready.transin, RECORD_LENGTHS["TRANSIN"], console):
                        result = run_engine(engines[0], ready, output_dir)
                    runs = [_Run(engines[0].name, output_dir, result)]
                else:
                    runs = _run_each(engines, ready, output_dir)
        except OSError as error:  # e.g. a read-only or missing parent folder
            raise OutputFolderError(
                f"{output_dir}: cannot write the outputs ({error.strerror})"
            ) from None
        except (Terminated, KeyboardInterrupt) as stop:
            # The staging folders and any POSTING are gone by now (their finally blocks ran).
            signum = stop.signum if isinstance(stop, Terminated) else signal.SIGINT
            name = signal.Signals(signum).name
            click.echo(f"idrs run: stopped by {name}; nothing published in {output_dir}", err=True)
            sys.exit(128 + signum)
    sys.exit(_report(console, inputs, runs))


@dataclass
class _Run:
    """One engine's run in ``idrs run``: its result, or the error that stopped it."""

    engine: str
    folder: Path
    result: RunResult | None = None
    error: str | None = None
    comparison: RunComparison | None = None


def _run_each(engines: list[Engine], inputs: RunInputs, output_dir: Path) -> list[_Run]:
    """Every engine into OUTPUT/<engine>, each compared with the first that ran; an engine that
    fails is reported and the others still run."""
    runs: list[_Run] = []
    for engine in engines:
        run = _Run(engine.name, output_dir / engine.name)
        try:
            run.result = run_engine(engine, inputs, run.folder)
        except IdrsError as error:
            run.error = str(error)
        runs.append(run)
    reference = next((run for run in runs if run.result is not None), None)
    for run in runs:
        if run.result is not None and reference is not None and run is not reference:
            run.comparison = compare_runs(
                reference.folder, run.folder, label_a=reference.engine, label_b=run.engine
            )
    return runs


def _run_partitioned(
    engines: list[Engine],
    inputs: RunInputs,
    output_dir: Path,
    partitions: int,
    scheduler: str | None,
) -> list[_Run]:
    from idrs_sandbox.scale.run import run_partitioned

    result = run_partitioned(engines[0].name, inputs, output_dir, partitions, scheduler=scheduler)
    return [_Run(engines[0].name, output_dir, result)]


def _report(console: Console, inputs: RunInputs, runs: list[_Run]) -> int:
    """Print every run's summary (and failures, and differences); the exit status."""
    for run in runs:
        if run.result is None:
            console.print(f"idrs run --engine {run.engine}: failed: {run.error}", markup=False)
            continue
        for note in run.result.notes:
            console.print(note, markup=False, highlight=False, soft_wrap=True)
        print_summary(console, inputs, run.result)
    for run in runs:
        if run.comparison is not None:
            console.print(run.comparison.explain(), markup=False, highlight=False, soft_wrap=True)
    results = [run.result for run in runs if run.result is not None]
    if len(results) != len(runs):
        return 1
    agree = all(run.comparison is None or run.comparison.identical for run in runs)
    return results[0].return_code if agree else 1
