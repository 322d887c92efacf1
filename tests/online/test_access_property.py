"""Least privilege as a property: for any employee, command code and TIN, the terminal grants an
account request exactly when the profile allows the code, the role may look at that TIN (assigned
inventory, sensitive accounts) and the TIN is on file; and every request is audited with the
outcome the screen shows."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from idrs_sandbox.online.audit import read_records
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import Profiles
from idrs_sandbox.online.sample import SAMPLE_PASSWORDS

from .conftest import Bench

ACCOUNT_CODES = ["ENMOD", "SUMRY", "TXMOD", "ACTON", "REQ54"]


def _expected(profiles: Profiles, employee: str, code: str, tin: str, on_file: bool) -> str:
    profile = profiles.employees[employee]
    if not profile.may(code):
        return "DENIED"
    if profile.role.inventory_only and tin not in profile.inventory:
        return "DENIED"
    if tin in profiles.sensitive and not profile.role.sensitive_accounts:
        return "DENIED"
    return "GRANTED" if on_file else "FAILED"


@settings(
    max_examples=60,
    derandomize=True,
    # Each example makes its own Terminal; only the audit log and state folder are shared.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_account_requests_are_granted_exactly_as_the_profile_says(
    bench: Callable[..., Bench], master: MasterFile, profiles: Profiles, data: st.DataObject
) -> None:
    employee = data.draw(st.sampled_from(sorted(profiles.employees)), label="employee")
    code = data.draw(st.sampled_from(ACCOUNT_CODES), label="code")
    profile = profiles.employees[employee]
    tins = master.tins()
    chosen = st.sampled_from(tins)
    inside = [t for t in tins if t in profile.inventory]
    candidates = [chosen, st.sampled_from(sorted(profiles.sensitive)), st.just("666999999")]
    if inside:
        candidates.append(st.sampled_from(inside))
    tin = data.draw(st.one_of(candidates), label="tin")
    account = master.get(tin)
    period = (
        next((m.period for m in account.modules if m.return_posted), "202312")
        if account
        else "202312"
    )
    this = bench()
    this.terminal.request(f"SINON {employee} {SAMPLE_PASSWORDS[employee]}")
    screen = this.terminal.request(f"{code} {tin} {period}")
    expected = _expected(profiles, employee, code, tin, account is not None)
    if code == "REQ54" and expected == "GRANTED" and account is not None:
        module = account.module(period)
        if module is None or not module.return_posted:
            expected = "FAILED"
    last = [r for _n, r in read_records(this.log) if r["type"] == "request"][-1]
    assert (last["cc"], last["tin"], last["outcome"]) == (code, tin, expected), screen.text()
    assert screen.lines[-1].startswith(expected)
