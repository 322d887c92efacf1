"""Golden screens: what each command code shows, byte for byte, on a hand-built master of three
accounts (encoded through ``records/``, independent of the data generator) with a fixed clock.
``IDRS_UPDATE_GOLDEN=1 pytest tests/online/test_screens_golden.py`` rewrites them (then read the
diff before committing)."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from idrs_sandbox.online.audit import AuditLog, load_signing_key
from idrs_sandbox.online.layouts import TAXACCT
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import hash_password, load_profiles
from idrs_sandbox.online.session import Terminal
from idrs_sandbox.online.state import OnlineState
from idrs_sandbox.records.codec import RecordCodec

from .conftest import CLOCK

GOLDEN = Path(__file__).parent / "golden"
CODEC = RecordCodec(TAXACCT)


def _module(period: int, assessed: str, credits: str, status: int, notice: str) -> dict[str, Any]:
    balance = Decimal(assessed) - Decimal(credits)
    return {
        "TA-TAX-PERIOD": Decimal(period), "TA-STATUS": Decimal(status),
        "TA-STATUS-CYCLE": Decimal(202405), "TA-FREEZE-A": " ", "TA-FREEZE-L": " ",
        "TA-FREEZE-R": "R" if status == 12 else " ", "TA-RETURN-DATE": Decimal(20240415),
        "TA-TAX-ASSESSED": Decimal(assessed), "TA-CREDITS": Decimal(credits),
        "TA-FTF-PENALTY": Decimal("0.00"), "TA-FTP-PENALTY": Decimal("12.50"),
        "TA-INTEREST": Decimal("3.21"), "TA-BALANCE": balance + Decimal("15.71"),
        "TA-INTEREST-DATE": Decimal(20240901), "TA-LAST-NOTICE": notice,
        "TA-NOTICE-CYCLE": Decimal(202420 if notice else 0), "TA-LAST-TC": Decimal(150),
        "TA-LAST-ACTIVITY": Decimal(240415),
    }  # fmt: skip


def _account(tin: str, name: str, street: str, rtn: str, acct: str, modules: list[Any]) -> bytes:
    return CODEC.encode(
        {
            "TA-TIN": Decimal(tin), "TA-NAME-CONTROL": name.split("<")[1][:4].ljust(4),
            "TA-NAME-LINE": name, "TA-STREET": street, "TA-CITY": "ALBANY", "TA-STATE": "NY",
            "TA-ZIP": Decimal(12207), "TA-FILING-STATUS": Decimal(1), "TA-BANK-RTN": Decimal(rtn),
            "TA-BANK-ACCT": acct, "TA-ESTABLISHED-CYCLE": Decimal(201801),
            "TA-LAST-UPDATE-CYCLE": Decimal(202416), "TA-MODULE-COUNT": Decimal(len(modules)),
            "TA-MODULE": modules + [None] * (4 - len(modules)),
        }
    )  # fmt: skip


ACCOUNTS = [
    _account("000120001", "ANA<DE LA ROSA<", "12 ELM ST", "021000021", "00012345678",
             [_module(202212, "1200.00", "1200.00", 12, ""),
              _module(202312, "2500.00", "1000.00", 54, "CP501")]),
    _account("000120002", "JOHN A<DOE<JR", "99 OAK AVE", "000000000", "", []),
    _account("666000003", "MAI<NG<", "7 PINE RD", "011000015", "99887766554433",
             [_module(202312, "800.00", "900.00", 10, "")]),
]  # fmt: skip

PROFILES = """
[adjustments]
approval_threshold = "1000.00"
[sensitive]
tins = ["666000003"]
[roles.clerk]
full_tin = false
[roles.refunds]
full_tin = true
bank_numbers = true
[roles.examiner]
full_tin = true
inventory_only = false
[[employee]]
number = "1000001"
name = "PAT<CLERK<"
unit = "ACS-01"
role = "clerk"
commands = ["SINON", "SINOF", "ENMOD", "SUMRY", "TXMOD", "NAMES", "ACTON"]
inventory = ["000120001..000120002"]
password = "{hash}"
[[employee]]
number = "4000001"
name = "RAY<FUND<"
unit = "REFUND-20"
role = "refunds"
commands = ["SINON", "SINOF", "ENMOD", "SUMRY"]
inventory = ["000120001"]
password = "{hash}"
[[employee]]
number = "2000001"
name = "EVE<EXAMINER<"
unit = "EXAM-11"
role = "examiner"
commands = ["SINON", "SINOF", "ENMOD", "SUMRY", "TXMOD", "REQ54", "ADJ54"]
password = "{hash}"
"""

SESSIONS = {
    "clerk": ("1000001", ["ENMOD 000120001", "SUMRY 000-12-0001", "TXMOD 000120001 202312",
                          "TXMOD 000120002", "ACTON 000120001 TAXPAYER CALLED ABOUT CP501",
                          "NAMES DE", "NAMES NG", "ENMOD 666000003", "ADJ54 000120001",
                          "FOO 1"]),
    "refunds": ("4000001", ["ENMOD 000120001", "ENMOD 000120002"]),
    "examiner": ("2000001", ["REQ54 000120001 202312", "ADJ54 000120001 202312 290 1500.00",
                             "ADJ54 000120001 202312 291 0.01", "ADJ54 000120001 202312 291 9999",
                             "TXMOD 000120001 199912", "ENMOD 666000003", "ENMOD 666999999"]),
}  # fmt: skip


@pytest.fixture
def golden_terminal(tmp_path: Path, keys: tuple[Path, Path]) -> Any:
    master = tmp_path / "MASTER"
    master.write_bytes(b"".join(ACCOUNTS))
    profiles = tmp_path / "profiles.toml"
    profiles.write_text(PROFILES.replace("{hash}", hash_password("PW", n=16)), encoding="utf-8")
    with (
        MasterFile(master) as opened,
        AuditLog(tmp_path / "audit.log", load_signing_key(keys[0])) as log,
    ):
        state = OnlineState(tmp_path / "state")
        yield Terminal(opened, load_profiles(profiles), log, state, clock=lambda: CLOCK)


@pytest.mark.parametrize("name", sorted(SESSIONS))
def test_screens_match_the_golden_files(name: str, golden_terminal: Terminal) -> None:
    employee, requests = SESSIONS[name]
    lines = [f"SINON {employee} PW", *requests, "SINOF"]
    screens = [golden_terminal.request(line) for line in lines]
    for screen in screens:
        assert len(screen.lines) == 24 and {len(line) for line in screen.lines} == {80}
        assert screen.text() == screen.text().upper()
    text = "\n\n".join(screen.text() for screen in screens) + "\n"
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("IDRS_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="ascii")
    assert text == path.read_text(encoding="ascii")
