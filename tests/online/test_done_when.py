"""Issue 14's "Done when", end to end: after the demo, a clerk's script through ``idrs terminal
--script`` (defaults), the log verifies, one changed byte fails naming the record, a generated log's
planted violations are flagged, and an approved ADJ54 posts identically on every engine."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.demo import SIZES
from idrs_sandbox.cli.main import cli
from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.base import RunInputs
from idrs_sandbox.engines.registry import get_engine
from idrs_sandbox.online.audit import AuditLog, load_signing_key
from idrs_sandbox.online.deck import merge_into_run
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import SAMPLE_PROFILES, Profiles, load_profiles
from idrs_sandbox.online.sample import SAMPLE_PASSWORDS, SAMPLE_SEED
from idrs_sandbox.online.session import Terminal
from idrs_sandbox.online.state import OnlineState
from idrs_sandbox.oracle.runs import all_agree, run_engines


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder laid out as ``idrs demo`` leaves it; its master holds every TIN of the demo's
    seeded first week (the accounts the sample profiles were derived from)."""
    root = tmp_path_factory.mktemp("demo")
    generate_run(root / "demo-out" / "input", *SIZES["small"], SAMPLE_SEED)
    (root / "demo-out" / "week2" / "modern").mkdir(parents=True)
    shutil.copyfile(
        root / "demo-out" / "input" / "MASTIN", root / "demo-out" / "week2" / "modern" / "MASTOUT"
    )
    return root


def test_the_clerk_script_runs_with_the_demo_defaults_and_the_log_verifies(
    demo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(demo_root)
    clerk = load_profiles(SAMPLE_PROFILES).employees["1000001"]
    with MasterFile(Path("demo-out/week2/modern/MASTOUT")) as master:
        assigned = next(t for t in master.tins() if t in clerk.inventory)
        unassigned = next(t for t in master.tins() if t not in clerk.inventory)
    script = Path("clerk.txt")
    script.write_text(
        f"# a clerk's morning\nSINON 1000001 {SAMPLE_PASSWORDS['1000001']}\n"
        f"ENMOD {assigned}\nTXMOD {unassigned}\nSINOF\n"
    )
    runner = CliRunner()
    result = runner.invoke(cli, ["terminal", "--script", str(script)])
    assert result.exit_code == 0, result.output
    screens = result.stdout.split("\n\n")
    assert len(screens) == 4 and all(len(s.splitlines()) == 24 for s in screens)
    assert f"XXX-XX-{assigned[-4:]}" in screens[1] and assigned not in result.stdout
    assert "DENIED: TIN NOT IN ASSIGNED INVENTORY" in screens[2]
    log = Path("demo-out/online/audit.log")
    requests = [line for line in log.read_text().splitlines() if '"type":"request"' in line]
    assert [re.search(r'"cc":"(\w+)"', r).group(1) for r in requests] == [  # type: ignore[union-attr]
        "SINON", "ENMOD", "TXMOD", "SINOF",
    ]  # fmt: skip
    verified = runner.invoke(cli, ["audit", "verify", str(log)])
    assert verified.exit_code == 0 and "OK: 5 records" in verified.output, verified.output
    assert "signatures verified" in verified.output  # the default key, demo-out/online-keys
    data = bytearray(log.read_bytes())
    third = data.index(b'"n":3,')
    data[third + 40] ^= 0x01
    log.write_bytes(bytes(data))
    failed = runner.invoke(cli, ["audit", "verify", str(log)])
    assert failed.exit_code == 1
    assert "FAILED: record 3 (line 3," in failed.output, failed.output


def test_review_flags_every_planted_violation_of_a_generated_log(tmp_path: Path) -> None:
    runner = CliRunner()
    log = tmp_path / "logs" / "audit.log"
    made = runner.invoke(
        cli,
        ["generate", "--accounts", "400", "--transactions", "10", "--seed", "7",
         "--out", str(tmp_path / "run"), "--quiet", "--audit-log", str(log)],
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    key = tmp_path / "logs" / "audit.log-keys" / "audit-verifying.pem"
    verified = runner.invoke(cli, ["audit", "verify", str(log), "--key", str(key)])
    assert verified.exit_code == 0, verified.output
    reviewed = runner.invoke(cli, ["audit", "review", str(log)])
    assert reviewed.exit_code == 0, reviewed.output
    match = re.search(r"recall 1\.00 \((\d+) of (\d+) planted", reviewed.output)
    assert match and match.group(1) == match.group(2) == "7", reviewed.output
    for kind in ("OWN-ACCOUNT", "SENSITIVE", "BROWSING-BURST", "REPEATED-DENIALS"):
        assert kind in reviewed.output


def _adjustable(master: MasterFile) -> tuple[str, str]:
    """An account with a module whose return is posted and whose tax covers a 0.01 abatement."""
    for account in master.accounts():
        for module in account.modules:
            if module.return_posted and module.assessed > 0 and not module.freezes:
                return account.tin, module.period
    raise AssertionError("no adjustable module in the fixture master")


def _session(terminal: Terminal, employee: str, requests: list[str]) -> list[str]:
    screens = [terminal.request(f"SINON {employee} {SAMPLE_PASSWORDS[employee]}")]
    screens += [terminal.request(line) for line in requests]
    screens.append(terminal.request("SINOF"))
    return [screen.lines[-1] for screen in screens]


@pytest.mark.cobc
def test_an_approved_adjustment_posts_identically_on_every_engine(
    cobc: str,
    run_folder: Path,
    profiles: Profiles,
    keys: tuple[Path, Path],
    tmp_path: Path,
) -> None:
    # Week 1 posted by the modern engine; the terminal opens its MASTOUT.
    run_engines([get_engine("modern")], RunInputs.from_folder(run_folder), tmp_path / "week1")
    mastout = tmp_path / "week1" / "modern" / "MASTOUT"
    state = OnlineState(tmp_path / "state")
    with (
        MasterFile(mastout) as master,
        AuditLog(tmp_path / "audit.log", load_signing_key(keys[0])) as log,
    ):
        terminal = Terminal(master, profiles, log, state)
        tin, period = _adjustable(master)
        above = _session(terminal, "2000001", [f"ADJ54 {tin} {period} 290 1500.00"])
        below = _session(terminal, "2000002", [f"ADJ54 {tin} {period} 291 0.01"])
        never = _session(terminal, "2000002", [f"ADJ54 {tin} {period} 290 2500.00"])
        approved = _session(terminal, "3000001", ["APR54 A000001"])
    assert "PENDING SECOND APPROVAL" in above[1] and "PENDING" in never[1]
    assert "ADJUSTMENT RELEASED" in below[1] and "APPROVED AND RELEASED" in approved[1]
    week2 = tmp_path / "week2-input"
    generate_run(week2, 0, 200, 11, master=mastout)
    merged_dir = tmp_path / "week2-merged"
    merged = merge_into_run(state, week2, merged_dir, "2026-03-06T00:00:00Z")
    assert [a.id for a in merged] == ["A000001", "A000002"]
    deck = (merged_dir / "TRANSIN").read_bytes()
    assert len(deck) == len((week2 / "TRANSIN").read_bytes()) + 200
    keys_in_deck = [deck[i : i + 9] + deck[i + 39 : i + 45] for i in range(0, len(deck), 100)]
    first = keys_in_deck.index(tin.encode() + b"900001")
    assert keys_in_deck[first + 1] == tin.encode() + b"900002"
    engines = [get_engine(name) for name in ("gnucobol", "legacy", "modern")]
    runs = run_engines(engines, RunInputs.from_folder(merged_dir), tmp_path / "week2")
    assert all_agree(runs), [run.comparison.explain() for run in runs if run.comparison]
    plain = run_engines([get_engine("modern")], RunInputs.from_folder(week2), tmp_path / "plain")
    with (
        MasterFile(runs[0].result.outputs["MASTOUT"]) as after,
        MasterFile(plain[0].result.outputs["MASTOUT"]) as without,
    ):
        account, reference = after.get(tin), without.get(tin)
        assert account is not None and reference is not None
        module, before = account.module(period), reference.module(period)
        assert module is not None and before is not None
        assert module.assessed - before.assessed == Decimal("1499.99")
    unposted = runs[0].result.outputs["UNPOST"].read_bytes()
    keys_unposted = {
        unposted[i : i + 9] + unposted[i + 39 : i + 45] for i in range(0, len(unposted), 140)
    }
    assert not {tin.encode() + b"900001", tin.encode() + b"900002"} & keys_unposted
    assert merge_into_run(state, week2, tmp_path / "again", "2026-03-06T00:00:01Z") == []
