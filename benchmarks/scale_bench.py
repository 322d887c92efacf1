"""The partitioned week at scale: one engine on one run folder, as a single run and with
``--partitions N`` on a Dask LocalCluster, each in a fresh process; wall time, CPU time (this
process and its children: split, workers, POSTING), peak memory per worker, and whether the
merged outputs are byte-identical to the single run's (docs/scale.md).

    .venv/bin/python benchmarks/scale_bench.py --input /tmp/w1m --engine gnucobol --partitions 1 2
    .venv/bin/python benchmarks/scale_bench.py --input /tmp/w1m --prefix 200000   # a smaller week

``--prefix K`` first cuts a week of the first K accounts (and their cards) out of INPUT, to show
that a worker's memory does not grow with the master. Nothing here is part of the test run.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from idrs_sandbox.engines.base import RunInputs, run_engine
from idrs_sandbox.engines.registry import get_engine
from idrs_sandbox.scale.run import partitioned_run
engine, folder, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
partitions = int(sys.argv[4])
inputs = RunInputs.from_folder(folder)
started = time.perf_counter()
figures = {}
if partitions == 0:
    result = run_engine(get_engine(engine), inputs, out)
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["peak_rss_mib"] = [max(own, child)]
else:
    run = partitioned_run(engine, inputs, out, partitions)
    result = run.result
    figures["split_s"] = run.split_seconds
    figures["merge_s"] = run.merge_seconds
    figures["task_s"] = [o.seconds for o in run.outcomes]
    figures["task_cpu_s"] = [o.cpu_seconds for o in run.outcomes]
    figures["peak_rss_mib"] = [max(o.peak_rss_mib, o.child_peak_rss_mib) for o in run.outcomes]
figures["wall_s"] = time.perf_counter() - started
figures["return_code"] = result.return_code
print(json.dumps(figures))
"""

OUTPUTS = ("MASTOUT", "NOTICES", "REFUNDS", "UNPOST", "REPORT", "RETURN-CODE")


def cut_prefix(source: Path, target: Path, accounts: int) -> None:
    """The first ``accounts`` master records and every card up to the last of their TINs."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / "CONTROL", target / "CONTROL")
    with (source / "MASTIN").open("rb") as master:
        head = master.read(accounts * 514)
    (target / "MASTIN").write_bytes(head)
    last = head[-514:][:9]
    with (source / "TRANSIN").open("rb") as cards, (target / "TRANSIN").open("wb") as out:
        while card := cards.read(100):
            if card[:9] > last and card[:9].isdigit():
                break
            out.write(card)


def measure(engine: str, folder: Path, out: Path, partitions: int) -> dict[str, object]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, engine, str(folder), str(out), str(partitions)],
        capture_output=True,
        text=True,
        check=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["process_wall_s"] = time.perf_counter() - started
    figures["cpu_s"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--engine", default="gnucobol")
    parser.add_argument("--partitions", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--prefix", type=int, default=0, help="cut a week of K accounts first")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: /tmp)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="idrs-scale-", dir=args.work) as tmp:
        work = Path(tmp)
        folder = args.input
        if args.prefix:
            folder = work / "in"
            cut_prefix(args.input, folder, args.prefix)
        accounts = (folder / "MASTIN").stat().st_size // 514
        cards = (folder / "TRANSIN").stat().st_size // 100
        print(f"{args.engine}: {accounts:,} accounts, {cards:,} cards")
        single = measure(args.engine, folder, work / "single", 0)
        print(f"single run      {json.dumps(single)}")
        for partitions in args.partitions:
            out = work / f"p{partitions}"
            figures = measure(args.engine, folder, out, partitions)
            same = all(
                filecmp.cmp(work / "single" / name, out / name, shallow=False) for name in OUTPUTS
            )
            speedup = float(single["wall_s"]) / float(figures["wall_s"])  # type: ignore[arg-type]
            print(
                f"partitions {partitions:<4} {json.dumps(figures)} speed-up {speedup:.2f}x "
                f"identical={same}"
            )
            shutil.rmtree(out)


if __name__ == "__main__":
    main()
