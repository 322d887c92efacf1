"""Least privilege, table-driven: every command code against every role of the profiles, allowed
or denied as the profile says, and audited either way; sign-on lockout; the second approval."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from idrs_sandbox.online.audit import read_records, verify_log
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import COMMAND_CODES, Profile, Profiles
from idrs_sandbox.online.sample import EMPLOYEES, SAMPLE_PASSWORDS

from .conftest import Bench

TABLE_CODES = [code for code in COMMAND_CODES if code != "SINON"]


def _tin_for(profile: Profile, master: MasterFile, profiles: Profiles) -> str:
    """A TIN the employee's work covers, with a posted return (REQ54/ADJ54 need one)."""
    for account in master.accounts():
        covered = account.tin in profile.inventory or not profile.role.inventory_only
        posted = any(module.return_posted for module in account.modules)
        if covered and posted and account.tin not in profiles.sensitive:
            return account.tin
    return master.tins()[0]


def _arguments(code: str, tin: str, master: MasterFile) -> str:
    account = master.get(tin)
    assert account is not None
    period = next((m.period for m in account.modules if m.return_posted), "202312")
    return {
        "SINOF": "",
        "ENMOD": tin,
        "SUMRY": tin,
        "TXMOD": tin,
        "ACTON": f"{tin} CALLED ABOUT A NOTICE",
        "REQ54": f"{tin} {period}",
        "ADJ54": f"{tin} {period} 290 10.00",
        "NAMES": account.surname,
        "APR54": "A000001",
        "UNLCK": "1000002",
    }[code]


def _sign_on(bench: Bench, employee: str) -> None:
    screen = bench.terminal.request(f"SINON {employee} {SAMPLE_PASSWORDS[employee]}")
    assert "GRANTED" in screen.lines[-1]


@pytest.fixture
def pending(bench: Callable[..., Bench], master: MasterFile, profiles: Profiles) -> Bench:
    """A state folder holding A000001: an adjustment above the threshold by examiner 2000002."""
    first = bench("T09")
    _sign_on(first, "2000002")
    tin = _tin_for(profiles.employees["2000002"], master, profiles)
    account = master.get(tin)
    assert account is not None
    period = next(m.period for m in account.modules if m.return_posted)
    screen = first.terminal.request(f"ADJ54 {tin} {period} 290 5000.00")
    assert "PENDING SECOND APPROVAL" in screen.lines[-1]
    first.terminal.request("SINOF")
    return first


@pytest.mark.parametrize("employee", [e.number for e in EMPLOYEES])
@pytest.mark.parametrize("code", TABLE_CODES)
def test_every_command_code_against_every_role(
    bench: Callable[..., Bench],
    pending: Bench,
    master: MasterFile,
    profiles: Profiles,
    employee: str,
    code: str,
) -> None:
    profile = profiles.employees[employee]
    this = bench("T01", pending.log.parent)
    _sign_on(this, employee)
    before = _records(this.log)
    request = f"{code} {_arguments(code, _tin_for(profile, master, profiles), master)}"
    screen = this.terminal.request(request.strip())
    written = _records(this.log)[len(before) :]
    mine = [r for r in written if r.get("type") == "request"]
    assert mine[0]["cc"] == code and mine[0]["employee"] == employee
    if profile.may(code):
        assert mine[0]["outcome"] == "GRANTED", (mine[0], screen.text())
    else:
        assert mine[0]["outcome"] == "DENIED"
        assert mine[0]["reason"] == "COMMAND CODE NOT IN PROFILE"
        assert "COMMAND CODE NOT IN PROFILE" in screen.text()
    assert f"AUDIT {mine[0]['n']}" in screen.lines[-1]
    assert verify_log(this.log).ok


def _records(log: Path) -> list[dict[str, Any]]:
    return [record for _n, record in read_records(log)]


def test_before_sign_on_everything_is_denied_and_audited(bench: Callable[..., Bench]) -> None:
    this = bench()
    for code in TABLE_CODES:
        this.terminal.request(f"{code} 666000001")
    records = _records(this.log)
    assert [r["cc"] for r in records] == TABLE_CODES
    assert {(r["outcome"], r["reason"]) for r in records} == {("DENIED", "NOT SIGNED ON")}


def test_three_failed_sign_ons_lock_the_profile_and_the_lock_is_audited(
    bench: Callable[..., Bench],
) -> None:
    this = bench()
    for _ in range(3):
        this.terminal.request("SINON 1000001 WRONG")
    screen = this.terminal.request(f"SINON 1000001 {SAMPLE_PASSWORDS['1000001']}")
    assert "PROFILE LOCKED" in screen.text()
    records = _records(this.log)
    assert [(r["cc"], r["outcome"]) for r in records] == [
        ("SINON", "FAILED"),
        ("SINON", "FAILED"),
        ("SINON", "FAILED"),
        ("LOCK", "LOCKED"),
        ("SINON", "DENIED"),
    ]
    assert all("WRONG" not in str(r) for r in records)  # never the password
    _sign_on(this, "5000001")
    this.terminal.request("UNLCK 1000001")
    this.terminal.request("SINOF")
    _sign_on(this, "1000001")


def test_a_success_resets_the_failures(bench: Callable[..., Bench]) -> None:
    this = bench()
    for _ in range(2):
        this.terminal.request("SINON 1000001 WRONG")
    _sign_on(this, "1000001")
    this.terminal.request("SINOF")
    for _ in range(2):
        this.terminal.request("SINON 1000001 WRONG")
    _sign_on(this, "1000001")


def test_the_requester_cannot_approve_their_own_adjustment(
    bench: Callable[..., Bench], pending: Bench
) -> None:
    manager = bench("T02", pending.log.parent)
    _sign_on(manager, "3000001")
    screen = manager.terminal.request("APR54 A000001")
    assert "APPROVED AND RELEASED" in screen.lines[-1]
    assert "APPROVED BY    3000001" in screen.text()
    again = manager.terminal.request("APR54 A000001")
    assert "ADJUSTMENT IS RELEASED" in again.lines[-1]


def test_a_clerk_is_denied_an_unassigned_tin_and_a_sensitive_one(
    bench: Callable[..., Bench], master: MasterFile, profiles: Profiles
) -> None:
    clerk = profiles.employees["1000001"]
    outside = next(t for t in master.tins() if t not in clerk.inventory)
    this = bench()
    _sign_on(this, "1000001")
    assert "TIN NOT IN ASSIGNED INVENTORY" in this.terminal.request(f"TXMOD {outside}").text()
    examiner = bench("T03")
    _sign_on(examiner, "2000001")
    sensitive = sorted(profiles.sensitive)[0]
    assert "SENSITIVE ACCOUNT" in examiner.terminal.request(f"ENMOD {sensitive}").text()
