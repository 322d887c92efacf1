"""Two terminals (two processes) on one state folder and one audit log at once: the chain holds,
every request is recorded once, and no adjustment number is handed out twice."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from idrs_sandbox.online.audit import (
    AuditLog,
    load_signing_key,
    load_verifying_key,
    read_records,
    verify_log,
)
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import load_profiles
from idrs_sandbox.online.sample import SAMPLE_PASSWORDS
from idrs_sandbox.online.session import Terminal
from idrs_sandbox.online.state import OnlineState

ROUNDS = 12


def _session(master: str, profiles: str, key: str, folder: str, employee: str, line: str) -> None:
    with (
        MasterFile(Path(master)) as opened,
        AuditLog(Path(folder) / "audit.log", load_signing_key(Path(key))) as log,
    ):
        terminal = Terminal(
            opened, load_profiles(Path(profiles)), log, OnlineState(Path(folder) / "state"),
            f"T{employee[-2:]}",
        )  # fmt: skip
        terminal.request(f"SINON {employee} {SAMPLE_PASSWORDS[employee]}")
        for _ in range(ROUNDS):
            terminal.request(line)
        terminal.request("SINOF")


def test_two_terminals_at_once(
    master_path: Path, profiles_path: Path, keys: tuple[Path, Path], tmp_path: Path
) -> None:
    with MasterFile(master_path) as master:
        tin, period = next(
            (a.tin, m.period) for a in master.accounts() for m in a.modules if m.return_posted
        )
    line = f"ADJ54 {tin} {period} 290 10.00"
    context = multiprocessing.get_context("fork")
    workers = [
        context.Process(
            target=_session,
            args=(str(master_path), str(profiles_path), str(keys[0]), str(tmp_path), e, line),
        )
        for e in ("2000001", "2000002")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert [worker.exitcode for worker in workers] == [0, 0]
    result = verify_log(tmp_path / "audit.log", load_verifying_key(keys[1]))
    assert result.ok, result.fault
    requests = [r for _n, r in read_records(tmp_path / "audit.log") if r["type"] == "request"]
    assert len(requests) == 2 * (ROUNDS + 2)
    assert {r["outcome"] for r in requests} == {"GRANTED"}
    adjustments = OnlineState(tmp_path / "state").adjustments()
    assert sorted(adjustments) == [f"A{n:06d}" for n in range(1, 2 * ROUNDS + 1)]
    assert len({a.seq for a in adjustments.values()}) == 2 * ROUNDS
