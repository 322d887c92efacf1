"""Engine throughput and the modern engine's memory (issue 5, item 4). Not part of the test run.

    .venv/bin/python benchmarks/engines_bench.py            # 100,000 / 500,000, every engine
    .venv/bin/python benchmarks/engines_bench.py --accounts 20000 --transactions 100000
    .venv/bin/python benchmarks/engines_bench.py --memory   # no memory runs

Generates a seeded data set with ``idrs_sandbox.datagen`` (kept in --workdir and reused when the
same parameters ask for it again), then runs every available engine on it, each in a fresh
process, in ``--repeat`` rounds (every engine once per round, in turn, so that load drifting
over the minutes of a benchmark weighs on all alike), and reports the best run: wall seconds,
CPU seconds (user + system, the engine's own process and its children, from ``wait4``),
transactions per second and the ratio to GnuCOBOL, best against best and as the median of the
rounds' own ratios; every run is printed with the load average before and after it. Then the
modern engine's peak resident memory (``ru_maxrss``) at each size of ``--memory`` (one card per
account by default), which should stay flat: the engine streams its files. The machine's other
load shows in wall time; CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.registry import available_engines

DEFAULT_WORKDIR = Path("/tmp/idrs-bench")

RUNNER = """
import sys
from pathlib import Path
from idrs_sandbox.engines.base import RunInputs, run_engine
from idrs_sandbox.engines.registry import get_engine
inputs = RunInputs.from_folder(Path(sys.argv[2]))
result = run_engine(get_engine(sys.argv[1]), inputs, Path(sys.argv[3]))
sys.exit(0 if result.return_code in (0, 4) else 3)
"""
"""One engine run in a fresh interpreter, so that its time and memory are its own."""

LAUNCHER = """
import json, os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen([sys.executable, "-c", *sys.argv[1:]])
_, status, usage = os.wait4(child.pid, 0)
print(json.dumps({"exit": os.waitstatus_to_exitcode(status),
                  "wall": time.perf_counter() - started,
                  "cpu": usage.ru_utime + usage.ru_stime,
                  "peak_kib": usage.ru_maxrss}))
"""
"""Linux keeps a process's peak RSS across fork and exec, so a child forked by this (large)
benchmark process would report at least this process's size. A small launcher forks the
runner instead and reports its ``wait4`` usage: the runner's CPU time and peak memory, its own
children (the COBOL program) included."""


@dataclass(frozen=True)
class Measurement:
    engine: str
    wall: float
    cpu: float
    peak_kib: int


def data_set(workdir: Path, accounts: int, transactions: int, seed: int) -> Path:
    """A generated run folder, made once per (accounts, transactions, seed)."""
    folder = workdir / f"data-{accounts}-{transactions}-{seed}"
    if not (folder / ".complete").exists():
        print(f"generating {accounts:,} accounts / {transactions:,} transactions in {folder} ...")
        generate_run(folder, accounts, transactions, seed)
        (folder / ".complete").touch()
    return folder


@dataclass(frozen=True)
class Contender:
    """An engine to time: its name and the script that runs it in a fresh process (``runner``,
    given the engine name, the data folder, the output folder and ``extra``)."""

    engine: str
    runner: str = RUNNER
    extra: tuple[str, ...] = ()


def run_once(contender: Contender | str, folder: Path, out: Path) -> Measurement:
    """One run in a fresh process, its outputs in ``out``."""
    if isinstance(contender, str):
        contender = Contender(contender)
    command = [sys.executable, "-c", LAUNCHER, contender.runner, contender.engine]
    command += [str(folder), str(out), *contender.extra]
    report = json.loads(subprocess.run(command, capture_output=True, check=True).stdout)
    if report["exit"] != 0:
        raise SystemExit(f"{contender.engine} failed on {folder} (exit {report['exit']})")
    return Measurement(contender.engine, report["wall"], report["cpu"], report["peak_kib"])


def rounds(
    contenders: list[Contender], folder: Path, out: Path, repeat: int
) -> dict[str, list[Measurement]]:
    """``repeat`` rounds, each engine once per round, in turn: load that drifts during the
    minutes a benchmark takes then weighs on every engine alike, and each round gives a ratio
    of its own (:func:`round_ratios`). Every run is printed with the load average around it
    (the machine is shared: a figure under load is worth knowing as such)."""
    runs: dict[str, list[Measurement]] = {c.engine: [] for c in contenders}
    for number in range(1, repeat + 1):
        for contender in contenders:
            before = os.getloadavg()[0]
            run = run_once(contender, folder, out / contender.engine)
            after = os.getloadavg()[0]
            runs[contender.engine].append(run)
            print(
                f"{contender.engine} run {number}: {run.cpu:.2f} s CPU, {run.wall:.2f} s wall, "
                f"load average {before:.1f} -> {after:.1f}"
            )
    return runs


def best(runs: list[Measurement]) -> Measurement:
    """The run with the least CPU time."""
    return min(runs, key=lambda m: m.cpu)


def round_ratios(runs: dict[str, list[Measurement]], engine: str) -> list[float]:
    """``engine``'s throughput over gnucobol's, round by round (empty without gnucobol)."""
    reference = runs.get("gnucobol", [])
    return [g.cpu / m.cpu for g, m in zip(reference, runs[engine], strict=False)]


def ratio_text(ratios: list[float]) -> str:
    """The median of the rounds' ratios, and their range when there are several."""
    if not ratios:
        return "-"
    middle = statistics.median(ratios)
    if len(ratios) == 1:
        return f"{middle:.2f}"
    return f"{middle:.2f} ({min(ratios):.2f}-{max(ratios):.2f})"


def warm_up(engines: list[str]) -> None:
    """Compile POSTING.cbl before timing (cobc's build is cached by content)."""
    if "gnucobol" in engines:
        from idrs_sandbox.engines.cobc import compile_program
        from idrs_sandbox.engines.gnucobol import GnuCOBOLEngine

        engine = GnuCOBOLEngine()
        compile_program(engine.program, engine.copy_dirs)


def throughput_table(runs: dict[str, list[Measurement]], transactions: int) -> Table:
    """Best run per engine, and the ratio to gnucobol two ways: best against best, and the
    median of the rounds' own ratios (with their range), the steadier of the two when the
    machine's load drifts."""
    table = Table(title=f"{transactions:,} transactions, best run")
    columns = ("engine", "wall s", "CPU s", "trans/s (wall)", "trans/s (CPU)", "vs gnucobol")
    for column in (*columns, "per round"):
        table.add_column(column, justify="left" if column == "engine" else "right")
    reference = best(runs["gnucobol"]) if runs.get("gnucobol") else None
    for engine, measured in runs.items():
        m = best(measured)
        table.add_row(
            engine,
            f"{m.wall:.2f}",
            f"{m.cpu:.2f}",
            f"{transactions / m.wall:,.0f}",
            f"{transactions / m.cpu:,.0f}",
            f"{reference.cpu / m.cpu:.2f}" if reference else "-",
            ratio_text(round_ratios(runs, engine)),
        )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--transactions", type=int, default=500_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=2, help="rounds (one run per engine)")
    parser.add_argument("--engines", nargs="*", help="default: every available engine")
    parser.add_argument(
        "--memory",
        type=int,
        nargs="*",
        default=[100_000, 1_000_000],
        help="account counts for the modern engine's peak memory (none: skip)",
    )
    parser.add_argument("--memory-cards-per-account", type=float, default=1.0)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = parser.parse_args()

    console = Console(width=None if sys.stdout.isatty() else 120)  # whole tables in a log
    engines = args.engines or available_engines()
    folder = data_set(args.workdir, args.accounts, args.transactions, args.seed)
    warm_up(engines)
    contenders = [Contender(name) for name in engines]
    runs = rounds(contenders, folder, args.workdir / "out", args.repeat)
    console.print(throughput_table(runs, args.transactions))
    for engine, measured in runs.items():
        peak = max(m.peak_kib for m in measured)
        console.print(f"{engine}: peak resident memory {peak / 1024:,.0f} MiB")

    if args.memory:
        table = Table(title="modern engine, peak resident memory")
        for column in ("accounts", "transactions", "input MB", "peak MiB", "CPU s"):
            table.add_column(column, justify="right")
        for accounts in args.memory:
            cards = int(accounts * args.memory_cards_per_account)
            data = data_set(args.workdir, accounts, cards, args.seed)
            size = sum(f.stat().st_size for f in data.iterdir() if f.is_file()) / 1e6
            m = run_once("modern", data, args.workdir / "out-memory")
            table.add_row(
                f"{accounts:,}",
                f"{cards:,}",
                f"{size:,.0f}",
                f"{m.peak_kib / 1024:,.0f}",
                f"{m.cpu:.1f}",
            )
        console.print(table)


if __name__ == "__main__":
    main()
