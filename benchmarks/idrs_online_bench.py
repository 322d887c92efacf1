"""IDRS online: terminal requests per second, and the UNAX review's precision and recall.

Run: .venv/bin/python benchmarks/idrs_online_bench.py [--master MASTOUT] [--requests N]
     [--seeds 1 2 3 4 5]

- *open*: seconds to open the master and build its TIN index (``MasterFile``);
- *requests*: ``Terminal.request`` for ENMOD / SUMRY / TXMOD on random TINs, signed on as an
  examiner; wall-clock requests per second with the audit log as the terminal writes it (each
  request fsynced, head signed and fsynced), and again with ``durable=False`` (no fsync: what the
  durability costs on this disk);
- *review*: for each seed, a synthetic week (``idrs generate --audit-log``) over the demo-sized
  master of that seed; the review's leads, precision and recall against the planted truth.

No assertion: the figures are printed, not checked (docs/idrs.md quotes them).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from idrs_sandbox.datagen import generate_run
from idrs_sandbox.online.audit import AuditLog, generate_keys, load_signing_key, read_records
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import load_profiles
from idrs_sandbox.online.review import accesses, review, score
from idrs_sandbox.online.sample import SAMPLE_PASSWORDS, derive_profiles
from idrs_sandbox.online.session import Terminal
from idrs_sandbox.online.state import OnlineState
from idrs_sandbox.online.synthetic import read_truth, write_synthetic_log


def _master(folder: Path, seed: int) -> Path:
    generate_run(folder / f"run{seed}", 2000, 10000, seed)
    return folder / f"run{seed}" / "MASTIN"


def bench_requests(master_path: Path, folder: Path, requests: int, durable: bool) -> float:
    profiles_path = folder / f"profiles-{durable}.toml"
    profiles_path.write_text(derive_profiles(master_path, 1, scrypt_n=2**4), encoding="utf-8")
    keys = folder / f"keys-{durable}"
    generate_keys(keys / "s.pem", keys / "v.pem")
    rng = random.Random(1)
    with (
        MasterFile(master_path) as master,
        AuditLog(folder / f"audit-{durable}.log", load_signing_key(keys / "s.pem"), durable=durable)
        as log,
    ):  # fmt: skip
        terminal = Terminal(master, load_profiles(profiles_path), log, OnlineState(folder / "st"))
        terminal.request(f"SINON 2000001 {SAMPLE_PASSWORDS['2000001']}")
        tins = master.tins()
        lines = [
            f"{rng.choice(['ENMOD', 'SUMRY', 'TXMOD'])} {rng.choice(tins)}" for _ in range(requests)
        ]
        start = time.perf_counter()
        for line in lines:
            terminal.request(line)
        return requests / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--master", type=Path, default=None)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3, 4, 5])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        master_path = args.master or _master(folder, 1)
        start = time.perf_counter()
        with MasterFile(master_path) as master:
            count = len(master)
        print(f"open: {count:,} accounts indexed in {time.perf_counter() - start:.3f} s")
        for durable in (True, False):
            rate = bench_requests(master_path, folder, args.requests, durable)
            label = "fsynced audit (as the terminal runs)" if durable else "audit without fsync"
            print(f"requests: {rate:,.0f} per second, {label}")
        for seed in args.seeds:
            made = write_synthetic_log(
                _master(folder, seed), folder / f"syn{seed}" / "audit.log", seed
            )
            with MasterFile(Path(made.log.with_name("audit.log.master").read_text().strip())) as m:
                leads = review(accesses(read_records(made.log)), load_profiles(made.profiles), m)
            result = score(leads, read_truth(made.truth))
            print(
                f"review seed {seed}: {made.records:,} records, {result.planted} planted, "
                f"{result.leads} leads, precision {result.precision:.2f}, "
                f"recall {result.recall:.2f}"
            )


if __name__ == "__main__":
    main()
