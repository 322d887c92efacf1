"""``idrs demo``: the README's main job. Generate a seeded week, run it through every available
engine, and show side by side what each produced and whether the outputs are byte-identical;
then the weeks that follow, each dealt against the MASTOUT of the week before
(``idrs generate --master``)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from idrs_sandbox.cli.console import console as make_console
from idrs_sandbox.cli.run import balance_line, record_count
from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.base import RunInputs, RunResult
from idrs_sandbox.engines.registry import available_engines, engine_names, get_engine
from idrs_sandbox.engines.staging import signals_raise
from idrs_sandbox.errors import UsageError
from idrs_sandbox.oracle.runs import EngineRun, all_agree, run_engines

SIZES: dict[str, tuple[int, int]] = {
    "small": (2_000, 10_000),
    "medium": (20_000, 100_000),
    "large": (100_000, 500_000),
}
"""Named data-set sizes (accounts, transactions); ``small`` runs in seconds on every engine."""

ROWS: tuple[tuple[str, str], ...] = (
    ("MASTOUT", "accounts written"),
    ("UNPOST", "unpostables"),
    ("NOTICES", "notices"),
    ("REFUNDS", "refunds"),
    ("REPORT", "report lines"),
)


@click.command("demo")
@click.option(
    "--size",
    type=click.Choice(list(SIZES)),
    default="small",
    show_default=True,
    help="Data-set size: small 2,000 accounts / 10,000 cards, medium 20,000 / 100,000, "
    "large 100,000 / 500,000.",
)
@click.option("--accounts", type=int, help="Overrides the size's number of accounts.")
@click.option("--transactions", type=int, help="Overrides the size's number of transactions.")
@click.option(
    "--seed",
    type=int,
    default=1,
    show_default=True,
    help="Random seed of the generated data: the same seed gives byte-identical inputs.",
)
@click.option(
    "--weeks",
    type=click.IntRange(1, 52),
    default=2,
    show_default=True,
    help="Weeks to post; each after the first takes the week before's MASTOUT as its MASTIN.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo-out"),
    show_default=True,
    help="Folder that receives the input and one output folder per engine.",
)
@click.option(
    "--engine",
    "engines",
    multiple=True,
    type=click.Choice(engine_names()),
    help="Engines to run (default: every engine available on this machine).",
)
def demo_command(
    size: str,
    accounts: int | None,
    transactions: int | None,
    seed: int,
    weeks: int,
    out_dir: Path,
    engines: tuple[str, ...],
) -> None:
    """Generate a synthetic week and run it through every available engine, side by side;
    then the following weeks, each from the week before's MASTOUT.

    Exits 0 when every engine produced byte-identical outputs and return codes every week,
    1 otherwise.
    """
    default_accounts, default_transactions = SIZES[size]
    names = list(engines) or available_engines()
    unavailable = [name for name in names if not get_engine(name).available()]
    if unavailable:
        raise UsageError(f"engine(s) not available on this machine: {', '.join(unavailable)}")
    cards = transactions if transactions is not None else default_transactions
    out = make_console()
    identical = True
    master: Path | None = None
    for week in range(1, weeks + 1):
        # Week 1 stays where it always was (DIR/input, DIR/<engine>); later weeks in DIR/weekN.
        week_dir = out_dir if week == 1 else out_dir / f"week{week}"
        input_dir = week_dir / "input"
        with _progress(Console(stderr=True)) as progress:
            task = progress.add_task("generate", total=None)
            if master is None:
                first = accounts if accounts is not None else default_accounts
                summary = generate_run(input_dir, first, cards, seed)
            else:
                summary = generate_run(input_dir, 0, cards, seed + week - 1, master=master)
            progress.update(task, total=1, completed=1)
            runs = _run_engines(names, input_dir, week_dir, progress)
        source = "a new master" if master is None else f"the MASTOUT of week {week - 1}"
        out.print(
            f"Week {week}: {summary.accounts:,} accounts ({source}) and "
            f"{summary.transactions:,} transactions (cycle {summary.options.cycle}) in {input_dir}"
        )
        out.print(_summary_table(runs, week))
        identical = all_agree(runs) and identical
        for run in runs:
            if run.comparison is not None and not run.comparison.identical:
                out.print(run.comparison.explain(), markup=False, highlight=False, soft_wrap=True)
        master = runs[0].result.outputs.get("MASTOUT")
        if master is None:
            out.print(f"week {week} abended on {runs[0].result.engine}: no MASTOUT to go on with")
            break
    later = f" and {out_dir}/weekN/<engine>/" if weeks > 1 else ""
    out.print(
        f"Outputs are in {out_dir}/<engine>/{later}; compare two with: idrs compare DIR_A DIR_B"
    )
    sys.exit(0 if identical else 1)


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description:<10}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def _run_engines(
    names: list[str], input_dir: Path, out_dir: Path, progress: Progress
) -> list[EngineRun]:
    def on_engine(name: str) -> Callable[[], None]:
        task = progress.add_task(name, total=None)
        return lambda: progress.update(task, total=1, completed=1)

    engines = [get_engine(name) for name in names]
    with signals_raise():  # SIGTERM, too, removes the staging folders (docs/architecture.md)
        return run_engines(engines, RunInputs.from_folder(input_dir), out_dir, on_engine)


def _summary_table(runs: list[EngineRun], week: int) -> Table:
    table = Table(title=f"Week {week}: the posting run, engine by engine", title_justify="left")
    table.add_column("")
    for run in runs:
        table.add_column(run.result.engine, justify="right")
    table.add_row("return code", *(str(run.result.return_code) for run in runs))
    for ddname, label in ROWS:
        table.add_row(label, *(_count(run.result, ddname) for run in runs))
    table.add_row("seconds", *(f"{run.result.seconds:.2f}" for run in runs))
    table.add_row("balance", *(balance_line(run.result.outputs.get("REPORT")) for run in runs))
    table.add_row("identical", *(_verdict(run, runs[0].result.engine) for run in runs))
    return table


def _count(result: RunResult, ddname: str) -> str:
    path = result.outputs.get(ddname)
    return "—" if path is None else f"{record_count(path, ddname):,}"


def _verdict(run: EngineRun, first: str) -> str:
    if run.comparison is None:
        return "(reference)"
    return f"yes, to {first}" if run.comparison.identical else "[red]NO[/]"
