"""``idrs oracle``: the equivalence oracle from the command line.

- ``idrs oracle mutants``: run the oracle (scenarios, then the equivalence property) against
  every migration bug of the catalog switched on in the modern engine, and print which ones it
  caught, how fast, and how small the shrunk deck is.
- ``idrs oracle replay DIR``: run every engine on a run folder (a kept counterexample) and
  show the field-level comparison of each with the first.
- ``idrs oracle list``: the mutant catalog.
- ``idrs oracle coverage``: the share of POSTING.cbl's paragraphs and branches the property
  tests reach, and every arm they never enter.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from idrs_sandbox.cli.console import console as make_console
from idrs_sandbox.cli.coverage_view import wide
from idrs_sandbox.engines.registry import available_engines, engine_names, get_engine
from idrs_sandbox.errors import UsageError
from idrs_sandbox.oracle.mutants import (
    CI_EXAMPLE_BUDGET,
    MUTANTS,
    SHRINK_SECONDS,
    Hunt,
    Mutant,
    hunt,
    mutant_named,
    scenario_root,
    scenario_weeks_failing,
)


@click.group("oracle")
def oracle_group() -> None:
    """The equivalence oracle: mutants, counterexample replay, coverage of POSTING.cbl."""


@oracle_group.command("list")
def list_command() -> None:
    """List the catalog of migration bugs (mutants of the modern engine)."""
    table = Table(title=f"{len(MUTANTS)} mutants of the modern engine")
    for column in ("mutant", "the bug", "rule"):
        table.add_column(column)
    for mutant in MUTANTS:
        table.add_row(mutant.name, mutant.description, mutant.rule)
    make_console().print(table)


@oracle_group.command("mutants")
@click.option(
    "--examples",
    type=click.IntRange(min=1),
    default=CI_EXAMPLE_BUDGET,
    show_default=True,
    help="Generated runs per mutant before it counts as surviving (at least 1).",
)
@click.option(
    "--pinned/--no-pinned",
    default=True,
    show_default=True,
    help="Try the runs pinned as killing each mutant (oracle/killing_runs.py) before the "
    "search; --no-pinned measures what the generated runs find on their own.",
)
@click.option("--mutant", "names", multiple=True, help="Only these mutants (repeatable).")
@click.option(
    "--reference",
    type=click.Choice(["auto", "gnucobol", "modern"]),
    default="auto",
    show_default=True,
    help="Engine the mutated modern engine is compared with (auto: gnucobol when cobc is "
    "installed, else the unmutated modern engine).",
)
@click.option("--scenarios/--no-scenarios", default=True, help="Run the scenario suite too.")
@click.option("--shrink/--no-shrink", default=True, help="Shrink each killing run.")
@click.option(
    "--shrink-seconds",
    default=SHRINK_SECONDS,
    show_default=True,
    help="Time allowed to shrink one killing run.",
)
@click.option("--seed", type=int, default=None, help="Hypothesis seed (default: random).")
def mutants_command(
    examples: int,
    pinned: bool,
    names: tuple[str, ...],
    reference: str,
    scenarios: bool,
    shrink: bool,
    shrink_seconds: float,
    seed: int | None,
) -> None:
    """Run the oracle against every mutant of the catalog; exit 1 when one survives."""
    _require_hypothesis()
    try:
        chosen = [mutant_named(name) for name in names] if names else list(MUTANTS)
    except KeyError as error:
        raise UsageError(str(error.args[0])) from None
    reference_engine = _reference(reference)
    console = make_console()
    console.print(
        f"oracle: {len(chosen)} mutants, up to {examples} runs each, "
        f"mutated modern vs {reference_engine}" + (" + scenarios" if scenarios else "")
    )
    options = HuntOptions(examples, shrink, shrink_seconds, seed, pinned)
    hunts = _hunt_all(chosen, reference_engine, options, scenarios, console)
    # The table needs about 100 columns; a pipe or a CI log reports 80.
    wide(console, TABLE_WIDTH).print(_hunt_table(hunts))
    survivors = [hunt.mutant.name for hunt in hunts if not hunt.killed]
    if survivors:
        console.print(f"[red]{len(survivors)} survived:[/] {', '.join(survivors)}")
        sys.exit(1)
    console.print(f"[green]all {len(hunts)} mutants killed[/]")


def _reference(choice: str) -> str:
    if choice == "auto":
        return "gnucobol" if "gnucobol" in available_engines() else "modern"
    if choice not in available_engines():
        raise UsageError(f"engine {choice!r} is not available on this machine")
    return choice


def _require_hypothesis() -> None:
    try:
        import hypothesis  # noqa: F401
    except ImportError:
        raise UsageError(
            "the oracle generates runs with Hypothesis: pip install -e '.[test]'"
        ) from None


@dataclass(frozen=True)
class HuntOptions:
    examples: int
    shrink: bool
    shrink_seconds: float
    seed: int | None
    pinned: bool = True


def _hunt_all(
    chosen: list[Mutant],
    reference: str,
    options: HuntOptions,
    scenarios: bool,
    console: Console,
) -> list[Hunt]:
    hunts = []
    with tempfile.TemporaryDirectory(prefix="idrs-mutants-") as tmp:
        workdir = Path(tmp)
        root = scenario_root() if scenarios else None
        baseline: list[str] = []
        if root is not None:
            baseline = scenario_weeks_failing(get_engine("modern"), root, workdir / "baseline")
        for index, mutant in enumerate(chosen, start=1):
            with console.status(f"[{index}/{len(chosen)}] {mutant.name}"):
                result = hunt(
                    mutant,
                    reference,
                    max_examples=options.examples,
                    workdir=workdir / mutant.name,
                    scenario_root=root,
                    scenario_baseline=baseline,
                    shrink=options.shrink,
                    shrink_seconds=options.shrink_seconds,
                    seed=options.seed,
                    pinned=options.pinned,
                )
            verdict = "[green]killed[/]" if result.killed else "[red]SURVIVED[/]"
            console.print(f"  {mutant.name}: {verdict}")
            hunts.append(result)
    return hunts


def _hunt_table(hunts: list[Hunt]) -> Table:
    """One row per mutant: killed or not; by the property after how many runs and how long;
    the shrunk run's size; how many scenario weeks the mutant also fails."""
    table = Table(title="mutants of the modern engine", caption=TABLE_CAPTION)
    table.add_column("mutant", no_wrap=True)
    table.add_column("killed", no_wrap=True)
    table.add_column("runs", justify="right", no_wrap=True)
    table.add_column("to kill", justify="right", no_wrap=True)
    table.add_column("shrunk run", no_wrap=True)
    table.add_column("scen.", justify="right", no_wrap=True)
    table.add_column("total", justify="right", no_wrap=True)
    for result in hunts:
        table.add_row(
            result.mutant.name,
            _verdict(result),
            _runs_to_kill(result),
            f"{result.seconds_to_kill:.1f} s" if result.property_killed else "",
            _size(result),
            str(len(result.killed_by_scenarios)),
            f"{result.seconds:.0f} s",
        )
    return table


TABLE_WIDTH = 104
TABLE_CAPTION = (
    "runs / to kill: generated runs and seconds until the property found a difference "
    "(pinned: a pinned killing run did); "
    "shrunk run: accounts / cards of the reduced killing run; scen.: scenario weeks failed"
)


def _runs_to_kill(result: Hunt) -> str:
    if result.pinned_killed:
        return "pinned"
    return str(result.examples_to_kill) if result.property_killed else ""


def _verdict(result: Hunt) -> str:
    if result.broken:
        return f"[red]BROKEN[/] {result.broken}"
    if result.property_killed or result.pinned_killed:
        return "[green]yes[/]"
    return "[yellow]scenarios only[/]" if result.killed else "[red]no[/]"


def _size(result: Hunt) -> str:
    if result.shrunk is None:
        return ""
    return f"{result.shrunk_accounts} acc. / {result.shrunk_cards} cards"


@oracle_group.command("replay")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--engine",
    "names",
    multiple=True,
    type=click.Choice(engine_names()),
    help="Engines to run (default: every available engine; the first is the reference).",
)
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where the engines' outputs go (default: FOLDER/replay).",
)
def replay_command(folder: Path, names: tuple[str, ...], output: Path | None) -> None:
    """Run every engine on FOLDER (CONTROL, MASTIN, TRANSIN) and compare their outputs.

    Exit 0 when every engine produced identical files and return codes, 1 otherwise.
    """
    _require_hypothesis()
    from idrs_sandbox.cli.compare import show_comparison
    from idrs_sandbox.oracle.replay import engines_under_test, replay

    engines = engines_under_test(names or None)
    for engine in engines:
        if not engine.engine.available():
            raise UsageError(f"engine {engine.label!r} is not available on this machine")
    if len(engines) < 2:
        raise UsageError("replay needs two engines (only one is available)")
    target = output or folder / "replay"
    comparisons = replay(folder, engines, target)
    console = make_console()
    for comparison in comparisons:
        show_comparison(comparison, console)
    console.print(f"outputs in {target}")
    sys.exit(0 if all(comparison.identical for comparison in comparisons) else 1)


@oracle_group.command("coverage")
@click.option(
    "--examples",
    type=click.IntRange(min=1),
    default=CI_EXAMPLE_BUDGET,
    show_default=True,
    help="The property tests' example budget: 3x this many posting runs (the equivalence "
    "property), this many abend runs, I/O-fault runs and dirty runs are drawn.",
)
@click.option("--seed", type=int, default=None, help="Hypothesis seed (default: random, printed).")
@click.option(
    "--scenarios/--no-scenarios",
    default=True,
    help="Also post the scenario weeks (tests/scenarios), reported apart.",
)
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 100),
    default=None,
    help="Exit 1 when the property tests reach fewer than this share (%) of the branches.",
)
@click.option(
    "--annotate",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Also write POSTING.cbl with the count of every paragraph and branch (##### = never).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the measurement as JSON.")
def coverage_command(
    examples: int,
    seed: int | None,
    scenarios: bool,
    fail_under: float | None,
    annotate: Path | None,
    as_json: bool,
) -> None:
    """How much of POSTING.cbl the property tests reach: paragraphs, and branches (each IF
    arm, each WHEN and WHEN OTHER), with every arm never entered listed.

    The runs are drawn like the property tests draw them and posted by the legacy engine
    compiled with coverage counters.
    """
    _require_hypothesis()
    import json
    import random

    from idrs_sandbox.cli.coverage_view import annotated_source, summary_table, unreached_table
    from idrs_sandbox.oracle.coverage import BRANCH_TARGET, measure
    from idrs_sandbox.paths import program_path

    chosen_seed = seed if seed is not None else random.randrange(2**32)
    root = scenario_root() if scenarios else None
    console = Console(stderr=as_json)
    with console.status("posting generated runs on the legacy engine") as status:

        def progress(kind: str, count: int) -> None:
            status.update(f"posting generated runs on the legacy engine: {count} ({kind})")

        result = measure(
            3 * examples,
            examples,
            examples,
            examples,
            seed=chosen_seed,
            scenario_root=root,
            progress=progress,
        )
    coverage = result.coverage
    if annotate is not None:
        annotate.write_text(annotated_source(coverage, program_path("POSTING")))
    if as_json:
        document = {
            "seed": chosen_seed,
            "posting_runs": result.posting_runs,
            "abend_runs": result.abend_runs,
            "fault_runs": result.fault_runs,
            "dirty_runs": result.dirty_runs,
            "pinned_abends": result.pinned_abends,
            "pinned_faults": result.pinned_faults,
            "seconds": round(result.seconds, 1),
            "property_tests": coverage.to_json(),
            "engine_failures": result.failures,
        }
        if result.with_scenarios is not None:
            document["with_scenarios"] = result.with_scenarios.to_json()
        click.echo(json.dumps(document, indent=2))
    else:
        out = wide(console)
        drawn = (
            f"{result.posting_runs} + {result.abend_runs} + {result.fault_runs} "
            f"+ {result.dirty_runs} runs, "
            f"{result.pinned_abends} + {result.pinned_faults} pinned"
        )
        rows = [(f"property tests ({drawn})", coverage)]
        if result.with_scenarios is not None:
            rows.append((f"+ {result.scenario_weeks} scenario weeks", result.with_scenarios))
        out.print(summary_table(rows, "POSTING.cbl reached by the oracle"))
        out.print(unreached_table(coverage, "never entered by the property tests"))
        if result.with_scenarios is not None:
            also = len(coverage.unreached()) - len(result.with_scenarios.unreached())
            out.print(f"the scenarios enter {also} of these")
        out.print(
            f"seed {chosen_seed} (replay: idrs oracle coverage --seed {chosen_seed}), "
            f"{result.seconds:.0f} s; target: {BRANCH_TARGET:.0f}% of the branches"
        )
    for failure in result.failures:
        console.print(f"[red]the legacy engine failed:[/] {failure}")
    if result.failures:
        sys.exit(1)
    if fail_under is not None and coverage.branches.percent < fail_under:
        console.print(
            f"[red]branches reached {coverage.branches.percent:.1f}% < {fail_under:.1f}%[/]"
        )
        sys.exit(1)
