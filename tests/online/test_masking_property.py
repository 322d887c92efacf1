"""No screen rendered for a profile without full-TIN rights ever holds a full TIN, nor (without
bank rights) a bank routing or account number: on the terminal over a generated master, and on
every renderer with accounts drawn by Hypothesis."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from idrs_sandbox.online.masking import format_tin
from idrs_sandbox.online.master import Account, MasterFile, Module
from idrs_sandbox.online.profiles import Profiles
from idrs_sandbox.online.sample import SAMPLE_PASSWORDS
from idrs_sandbox.online.screens import (
    View,
    adjustment_form,
    entity_body,
    module_body,
    names_body,
    notes_body,
    screen,
    summary_body,
)

from .conftest import Bench


@pytest.fixture(scope="module")
def all_accounts(master_path: Path) -> list[Account]:
    with MasterFile(master_path) as master:
        return list(master.accounts())


LOOKS = ["ENMOD", "SUMRY", "TXMOD", "ACTON", "REQ54", "NAMES", "ADJ54"]


def _secrets(account: Account, bank: bool) -> list[str]:
    found = [account.tin, format_tin(account.tin)]
    if not bank:
        found += [n for n in (account.bank_acct, account.bank_rtn) if n and set(n) != {"0"}]
    return found


def _leaks(text: str, accounts: list[Account], bank: bool) -> list[str]:
    return [secret for a in accounts for secret in _secrets(a, bank) if secret in text]


@settings(
    max_examples=25,
    derandomize=True,
    # Each example makes its own Terminal; only the audit log and state folder are shared.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_terminal_screens_never_show_a_full_tin_to_a_masked_role(
    bench: Callable[..., Bench],
    all_accounts: list[Account],
    profiles: Profiles,
    data: st.DataObject,
) -> None:
    masked = sorted(e for e, p in profiles.employees.items() if not p.role.full_tin)
    employee = data.draw(st.sampled_from(masked), label="employee")
    accounts = all_accounts
    this = bench()
    assert (
        "GRANTED" in this.terminal.request(f"SINON {employee} {SAMPLE_PASSWORDS[employee]}").text()
    )
    for _ in range(data.draw(st.integers(1, 4), label="requests")):
        account = data.draw(st.sampled_from(accounts), label="account")
        code = data.draw(st.sampled_from(LOOKS), label="code")
        argument = account.surname if code == "NAMES" else account.tin
        other = data.draw(st.sampled_from(accounts), label="other")
        typed = data.draw(st.sampled_from([other.tin, format_tin(other.tin)]), label="typed")
        rest = f"CALLED ABOUT {typed}" if code == "ACTON" else "202212 290 5.00"
        text = this.terminal.request(f"{code} {argument} {rest}").text()
        assert not _leaks(text, accounts, bank=False), text


digits = st.text(alphabet="0123456789", min_size=1, max_size=1)
tins = st.builds(
    lambda area, rest: area + rest,
    st.sampled_from(["000", "666"]),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
)
money = st.decimals(min_value=-999_999, max_value=999_999, places=2)
modules = st.builds(
    Module,
    period=st.sampled_from(["202012", "202112", "202212", "202312"]),
    status=st.sampled_from([0, 10, 12, 21, 22, 54, 56, 58]),
    status_cycle=st.integers(0, 999999),
    freezes=st.sampled_from(["", "A", "L", "R", "AL"]),
    return_date=st.integers(0, 99999999),
    assessed=money, credits=money, ftf_penalty=money, ftp_penalty=money,
    interest=money, balance=money,
    interest_date=st.integers(0, 99999999),
    last_notice=st.sampled_from(["", "CP14", "CP501"]),
    notice_cycle=st.integers(0, 999999),
    last_tc=st.integers(0, 999),
    last_activity=st.text(alphabet="0123456789", min_size=6, max_size=6),
)  # fmt: skip
accounts = st.builds(
    Account,
    tin=tins,
    name_control=st.just("DOE "),
    name_line=st.just("JANE<DOE<"),
    street=st.just("1 MAIN ST"),
    city=st.just("ALBANY"),
    state=st.just("NY"),
    zip=st.just("12207"),
    filing_status=st.integers(0, 9),
    bank_rtn=st.text(alphabet="0123456789", min_size=9, max_size=9),
    bank_acct=st.text(alphabet="0123456789ABCDEF", min_size=4, max_size=17),
    established_cycle=st.integers(0, 999999),
    last_update_cycle=st.integers(0, 999999),
    modules=st.lists(modules, min_size=1, max_size=4).map(tuple),
)


@settings(max_examples=200, derandomize=True)
@given(account=accounts, bank=st.booleans())
def test_no_renderer_shows_a_full_tin_or_bank_number_without_the_right(
    account: Account, bank: bool
) -> None:
    view = View(full_tin=False, bank_numbers=bank, employee="1000001", terminal="T01")
    module = account.modules[0]
    bodies = [
        entity_body(account, view, sensitive=True),
        summary_body(account, view),
        module_body(account, module, view),
        names_body([account], "DOE"),
        notes_body(
            account,
            view,
            [
                {"time": "2026-03-02", "employee": "1", "text": f"RE {format_tin(account.tin)}"},
                {"time": "2026-03-02", "employee": "1", "text": f"TIN {account.tin} OK"},
            ],
        ),
        adjustment_form(account, module, view, Decimal("1000.00")),
    ]
    for body in bodies:
        text = screen("ENMOD XXX-XX-" + account.tin[-4:], "T", body, "M", view).text()
        secrets = [account.tin, format_tin(account.tin)]
        if not bank and set(account.bank_rtn) != {"0"}:
            secrets.append(account.bank_rtn)
        if not bank and len(account.bank_acct) >= 8:
            secrets.append(account.bank_acct)
        if not bank and len(account.bank_acct) < 8:
            # A short account number shows as X's only, never itself.
            shown = [line for line in text.splitlines() if line.startswith("BANK ACCOUNT")]
            assert all(account.bank_acct not in line for line in shown), shown
        assert not [s for s in secrets if s in text], text
