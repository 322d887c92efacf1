"""The legacy engine's throughput against GnuCOBOL's on POSTING (issue 4, item 4; issue 12,
item 5). Not a test.

    .venv/bin/python benchmarks/legacy_bench.py                       # 20,000 / 100,000
    .venv/bin/python benchmarks/legacy_bench.py --accounts 2000 --transactions 10000
    .venv/bin/python benchmarks/legacy_bench.py --repeat 3            # best of 3 per engine
    .venv/bin/python benchmarks/legacy_bench.py --accounts 4000 --transactions 20000 --profile 30
    .venv/bin/python benchmarks/legacy_bench.py --accounts 1000 --transactions 5000 --opcodes 30

Generates a seeded data set with ``idrs_sandbox.datagen`` (kept in --workdir and reused), runs
the gnucobol engine (after one warm-up run, so cobc's compile is not timed) and the legacy engine
(its parse + compile of POSTING.cbl is timed apart from the run), checks that both wrote the same
bytes and return code, and prints transactions per second and the ratio. Targets: issue 4, the
legacy engine at least 1/20 of GnuCOBOL's throughput; issue 12, at least 0.2x in CPU time.

On a machine shared with other jobs, compare CPU times (not wall) and take the best of several
runs (``--repeat``): contention inflates both, by a different amount from run to run.
``--opcodes N`` counts the bytecodes each line of the generated Python executes (sys.settrace
opcode events: slow, but the same count on a loaded machine as on a quiet one) and prints the
paragraphs and the N lines that execute the most.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import pstats
import re
import resource
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RunInputs, run_engine
from idrs_sandbox.engines.gnucobol import GnuCOBOLEngine
from idrs_sandbox.engines.legacy import LegacyEngine, _fingerprint, compiled_program

DEFAULT_WORKDIR = Path("/tmp/idrs-legacy-bench")


def data_set(workdir: Path, accounts: int, transactions: int, seed: int) -> Path:
    folder = workdir / f"data-{accounts}-{transactions}-{seed}"
    if not (folder / ".complete").exists():
        print(f"generating {accounts:,} accounts / {transactions:,} transactions ...")
        generate_run(folder, accounts, transactions, seed)
        (folder / ".complete").touch()
    return folder


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float  # user + system of this process and its children (cobc's program runs in one)


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_run(engine: GnuCOBOLEngine | LegacyEngine, inputs: RunInputs, out: Path) -> Timing:
    started, cpu = time.perf_counter(), _cpu()
    run_engine(engine, inputs, out)
    return Timing(time.perf_counter() - started, _cpu() - cpu)


def best(
    engine: GnuCOBOLEngine | LegacyEngine, inputs: RunInputs, out: Path, repeat: int
) -> Timing:
    """The run with the least CPU time of ``repeat`` runs (each into a fresh ``out``, which
    this script owns)."""
    runs = []
    for _ in range(max(repeat, 1)):
        shutil.rmtree(out, ignore_errors=True)
        runs.append(timed_run(engine, inputs, out))
    return min(runs, key=lambda timing: timing.cpu)


def profile(legacy: LegacyEngine, inputs: RunInputs, out: Path, top: int) -> None:
    """One legacy run under cProfile (POSTING compiled first), the top functions by own time."""
    legacy.compiled()
    shutil.rmtree(out, ignore_errors=True)
    profiler = cProfile.Profile()
    profiler.enable()
    run_engine(legacy, inputs, out)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def opcodes(legacy: LegacyEngine, inputs: RunInputs, out: Path, top: int) -> None:
    """One legacy run with every bytecode of the generated code counted, by line."""
    compiled = legacy.compiled()
    source = compiled.source.splitlines()
    procedure = compiled.program.procedure
    names = [
        f"{p.name or s.name or '(unnamed)'}"
        for s in (procedure.sections if procedure else ())
        for p in s.paragraphs
    ]
    counts: collections.Counter[int] = collections.Counter()

    def count(frame: Any, event: str, arg: Any) -> Any:
        if event == "opcode":
            counts[frame.f_lineno or 0] += 1
        return count

    def start(frame: Any, event: str, arg: Any) -> Any:
        if not frame.f_code.co_filename.startswith("<cobol"):
            return None
        frame.f_trace_opcodes, frame.f_trace_lines = True, False
        return count

    shutil.rmtree(out, ignore_errors=True)
    sys.settrace(start)
    try:
        run_engine(legacy, inputs, out)
    finally:
        sys.settrace(None)
    paragraph, owner = "", {}
    for number, line in enumerate(source, 1):
        found = re.match(r"def (_p\d+)\(", line)
        paragraph = found.group(1) if found else paragraph
        owner[number] = paragraph
    total = sum(counts.values())
    by_paragraph: collections.Counter[str] = collections.Counter()
    for number, executed in counts.items():
        by_paragraph[owner.get(number, "?")] += executed
    print(f"{total:,} bytecodes executed in the generated code")
    for name, executed in by_paragraph.most_common(top):
        label = names[int(name[2:])] if name.startswith("_p") else name
        print(f"{100 * executed / total:5.1f}%  {name:6} {label}")
    for number, executed in counts.most_common(top):
        text = source[number - 1].strip()[:110] if number else "?"
        print(f"{100 * executed / total:5.1f}%  {number:5} {owner.get(number, '?'):6} {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--transactions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=77)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--repeat", type=int, default=1, help="runs per engine; the best counts")
    parser.add_argument(
        "--profile", type=int, metavar="N", help="only profile one legacy run (cProfile, top N)"
    )
    parser.add_argument(
        "--opcodes", type=int, metavar="N", help="only count one legacy run's bytecodes by line"
    )
    args = parser.parse_args()

    folder = data_set(args.workdir, args.accounts, args.transactions, args.seed)
    inputs = RunInputs.from_folder(folder)
    gnucobol, legacy = GnuCOBOLEngine(), LegacyEngine()
    if args.profile:
        profile(legacy, inputs, args.workdir / "out-profile", args.profile)
        return
    if args.opcodes:
        opcodes(legacy, inputs, args.workdir / "out-opcodes", args.opcodes)
        return

    timed_run(gnucobol, inputs, args.workdir / "warmup")
    gnucobol_time = best(gnucobol, inputs, args.workdir / "out-gnucobol", args.repeat)

    started = time.perf_counter()
    compiled_program(
        legacy.program, legacy.copy_dirs, _fingerprint(legacy.program, legacy.copy_dirs)
    )
    compile_seconds = time.perf_counter() - started
    legacy_time = best(legacy, inputs, args.workdir / "out-legacy", args.repeat)

    same = all(
        (args.workdir / "out-gnucobol" / dd).read_bytes()
        == (args.workdir / "out-legacy" / dd).read_bytes()
        for dd in OUTPUT_DDNAMES
        if (args.workdir / "out-gnucobol" / dd).exists()
    )
    count = args.transactions
    print(f"data set: {args.accounts:,} accounts, {count:,} transactions (seed {args.seed})")
    for name, timing in (("gnucobol", gnucobol_time), ("legacy", legacy_time)):
        print(
            f"{name + ':':9} wall {timing.wall:7.2f} s {count / timing.wall:9,.0f} trans/s"
            f"   cpu {timing.cpu:7.2f} s {count / timing.cpu:9,.0f} trans/s"
        )
    print(f"legacy parse + compile of POSTING.cbl: {compile_seconds:.2f} s (once per process)")
    wall_ratio = legacy_time.wall / gnucobol_time.wall
    cpu_ratio = legacy_time.cpu / gnucobol_time.cpu
    print(
        f"ratio:    legacy takes {wall_ratio:.1f}x GnuCOBOL's wall time, {cpu_ratio:.1f}x its "
        f"CPU time: {1 / cpu_ratio:.3f}x its throughput in CPU time (target: at least 0.2x)"
    )
    print(f"outputs:  {'byte-identical' if same else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
