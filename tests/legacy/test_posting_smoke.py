"""Tiny hand-built decks through the real POSTING.cbl (gnucobol engine).

Every expected value below is worked out by hand from the rulebook (the section is cited next to
it), never copied from a run. The decks are built here byte by byte so that a reader can check the
card columns against TRANSREC / TAXACCT.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

from idrs_sandbox.engines.base import RunInputs, RunResult, run_engine
from idrs_sandbox.engines.gnucobol import GnuCOBOLEngine
from idrs_sandbox.records.numeric import packed_decode, packed_encode, zoned_decode, zoned_encode

CYCLE = "202415"
RUN_DATE = "20240415"
TIN_A = "666000001"
TIN_B = "666000002"


def control(cycle: str = CYCLE, run_date: str = RUN_DATE, rate: str = "00800") -> bytes:
    """CTLCARD: RUN-CYCLE 9(6), RUN-DATE 9(8), INTEREST-RATE 9V9(4), FILLER X(61)."""
    return (cycle + run_date + rate).encode("ascii").ljust(80)


def card(
    tin: str,
    name_control: str,
    tc: str,
    tax_period: str,
    amount: str,
    date: str,
    seq: int,
    data: bytes = b"",
) -> bytes:
    """TRANSREC: TIN, NAME-CONTROL, TC, TAX-PERIOD, AMOUNT S9(9)V99 zoned, TRANS-DATE, SEQ, DATA."""
    record = (
        tin.encode()
        + name_control.encode().ljust(4)
        + tc.encode()
        + tax_period.encode()
        + zoned_encode(Decimal(amount), 11, 2, True)
        + date.encode()
        + f"{seq:06d}".encode()
        + data.ljust(55)
    )
    assert len(record) == 100
    return record


def entity_data(name_line: str, state: str = "VA", zip_code: str = "22030") -> bytes:
    return name_line.encode().ljust(35) + state.encode() + zip_code.encode()


def return_data(filing_status: str, bank_rtn: str, bank_acct: str) -> bytes:
    return filing_status.encode() + bank_rtn.encode() + bank_acct.encode().ljust(17)


@dataclass
class Module:
    """One 86-byte TAXACCT module, in the order of the copybook."""

    tax_period: str
    status: str = "00"
    status_cycle: str = "000000"
    freezes: str = "   "
    return_date: str = "00000000"
    money: dict[str, str] = field(default_factory=dict)
    interest_date: str = "00000000"
    last_notice: str = "     "
    notice_cycle: str = "000000"
    last_tc: str = "000"
    last_activity: str = "000000"

    def encode(self) -> bytes:
        head = self.tax_period + self.status + self.status_cycle + self.freezes + self.return_date
        packed = b"".join(
            packed_encode(Decimal(self.money.get(name, "0")), digits, 2, True)
            for name, digits in MONEY_FIELDS
        )
        tail = (
            self.interest_date
            + self.last_notice
            + self.notice_cycle
            + self.last_tc
            + self.last_activity
        )
        return head.encode() + packed + tail.encode()


MONEY_FIELDS = (
    ("assessed", 11),
    ("credits", 11),
    ("ftf", 9),
    ("ftp", 9),
    ("interest", 9),
    ("balance", 11),
)
EMPTY_MODULE = Module("000000").encode()


def master(tin: str, name_control: str, modules: tuple[Module, ...] = ()) -> bytes:
    """TAXACCT with a fixed entity part; empty-form slots above MODULE-COUNT (RULEBOOK §2)."""
    slots = [m.encode() for m in modules] + [EMPTY_MODULE] * (4 - len(modules))
    record = (
        tin.encode()
        + name_control.encode().ljust(4)
        + b"JOHN<DOE<".ljust(35)
        + b"1 MAIN ST".ljust(35)
        + b"FAIRFAX".ljust(20)
        + b"VA22030"
        + b"1"
        + b"011000015"
        + b"ACCT1".ljust(17)
        + b"202401202401"
        + str(len(modules)).encode()
        + b"".join(slots)
        + b" " * 20
    )
    assert len(record) == 514
    return record


def decode_module(raw: bytes) -> dict[str, str | Decimal]:
    values: dict[str, str | Decimal] = {
        "tax_period": raw[0:6].decode(),
        "status": raw[6:8].decode(),
        "status_cycle": raw[8:14].decode(),
        "freezes": raw[14:17].decode(),
        "return_date": raw[17:25].decode(),
    }
    offset = 25
    for name, digits in MONEY_FIELDS:
        size = digits // 2 + 1
        values[name] = packed_decode(raw[offset : offset + size], 2, True)
        offset += size
    values["interest_date"] = raw[58:66].decode()
    values["last_notice"] = raw[66:71].decode()
    values["notice_cycle"] = raw[71:77].decode()
    values["last_tc"] = raw[77:80].decode()
    values["last_activity"] = raw[80:86].decode()
    return values


def module_of(master_record: bytes, index: int) -> dict[str, str | Decimal]:
    start = 150 + 86 * index
    return decode_module(master_record[start : start + 86])


def posting_run(tmp_path: Path, ctl: bytes | None, mastin: bytes, transin: bytes) -> RunResult:
    folder = tmp_path / "in"
    folder.mkdir()
    if ctl is not None:
        (folder / "CONTROL").write_bytes(ctl)
    (folder / "MASTIN").write_bytes(mastin)
    (folder / "TRANSIN").write_bytes(transin)
    return run_engine(GnuCOBOLEngine(), RunInputs.from_folder(folder), tmp_path / "out")


def output(result: RunResult, ddname: str) -> bytes:
    return result.outputs[ddname].read_bytes()


@pytest.fixture
def engine_ready(cobc: str) -> None:
    """Depend on the shared cobc fixture (skip locally / fail in CI without cobc)."""


@pytest.mark.usefixtures("engine_ready")
class TestPostingSmoke:
    def test_empty_inputs_give_a_clean_balanced_run(self, tmp_path: Path) -> None:
        result = posting_run(tmp_path, control(), b"", b"")
        assert result.return_code == 0
        for ddname in ("MASTOUT", "NOTICES", "REFUNDS", "UNPOST"):
            assert output(result, ddname) == b""
        report = output(result, "REPORT").decode("ascii")
        lines = report.splitlines()
        assert report.endswith("RUN BALANCED\n")
        assert "\f" not in report
        assert all(len(line) <= 132 for line in lines)
        # RULEBOOK §8: a header opens every page, a page holds at most 55 lines.
        headers = [n for n, line in enumerate(lines) if line.startswith("POSTING ")]
        assert headers[0] == 0
        pages = [lines[a:b] for a, b in zip(headers, [*headers[1:], len(lines)], strict=True)]
        assert all(len(page) <= 55 for page in pages)
        for number, page in enumerate(pages, start=1):
            assert CYCLE in page[0]
            assert "2024/04/15" in page[0]
            assert page[0].rstrip().endswith(f"PAGE{number:>5}")
        # The fixed TC list is printed even when every count is zero.
        codes = [line.split()[1] for line in lines if line.startswith("  TC ")]
        assert codes == [
            "000", "013", "014", "150", "166", "196", "276", "290", "291", "420", "421",
            "570", "571", "610", "670", "706", "766", "806", "826", "846", "971", "976",
        ]  # fmt: skip
        upcs = [line.split()[0] for line in lines if line.startswith("  U")]
        assert upcs == [f"U{n:02d}" for n in range(1, 11)]

    def test_mastin_out_of_sequence_abends_with_nothing_but_the_report_line(
        self, tmp_path: Path
    ) -> None:
        mastin = master(TIN_B, "DOE ") + master(TIN_A, "DOE ")
        transin = card(TIN_B, "DOE ", "014", "000000", "0", "240101", 1)
        result = posting_run(tmp_path, control(), mastin, transin)
        assert result.return_code == 16
        assert output(result, "REPORT") == b"ABEND: MASTIN OUT OF SEQUENCE\n"
        for ddname in ("NOTICES", "REFUNDS", "UNPOST"):
            assert output(result, ddname) == b""
        assert "MASTOUT" not in result.outputs
        assert not (tmp_path / "out" / "MASTOUT").exists()

    @pytest.mark.parametrize(
        ("ctl", "mastin", "transin", "cause"),
        [
            (None, b"", b"", "CONTROL CARD INVALID"),
            (control()[:79], b"", b"", "CONTROL CARD INVALID"),
            (control() * 2, b"", b"", "CONTROL CARD INVALID"),
            (control(cycle="202453"), b"", b"", "CONTROL CARD INVALID"),
            (control(run_date="20230229"), b"", b"", "CONTROL CARD INVALID"),
            (control(), b"x" * 513, b"", "MASTIN SHORT RECORD"),
            (control(), b"", b"x" * 101, "TRANSIN SHORT RECORD"),
        ],
    )
    def test_abend_causes(
        self, tmp_path: Path, ctl: bytes | None, mastin: bytes, transin: bytes, cause: str
    ) -> None:
        result = posting_run(tmp_path, ctl, mastin, transin)
        assert result.return_code == 16
        assert output(result, "REPORT") == f"ABEND: {cause}\n".encode()

    def test_late_return_posts_with_ftf_and_waits_a_week_for_its_notice(
        self, tmp_path: Path
    ) -> None:
        transin = (
            card(TIN_A, "XXXX", "000", "000000", "0", "240101", 1, entity_data("ANA<DE LA ROSA<"))
            + card(TIN_A, "DELA", "806", "202212", "1000.00", "230918", 2)
            + card(TIN_A, "DELA", "150", "202212", "5000.00", "230918", 3,
                   return_data("2", "011000015", ""))
        )  # fmt: skip
        result = posting_run(tmp_path, control(), b"", transin)
        assert result.return_code == 0
        mastout = output(result, "MASTOUT")
        assert len(mastout) == 514
        assert mastout[:13] == b"666000001DELA"  # §4: ANA<DE LA ROSA< -> DELA
        assert mastout[137:150] == b"2024152024151"  # established, updated, 1 module
        module = module_of(mastout, 0)
        # §3/§6: due 2023-04-15, filed 2023-09-18: D = 30*5 + 3 = 153, months 6 capped at 5;
        # base 5000 - 1000 = 4000; FTF = 4000 * 0.05 * 5 = 1000.00; balance 5000 > 0: status 10.
        assert module["ftf"] == Decimal("1000.00")
        assert module["balance"] == Decimal("5000.00")
        assert module["status"] == "10"
        assert module["status_cycle"] == CYCLE
        assert module["return_date"] == "20230918"
        assert module["last_tc"] == "150"
        assert module["last_activity"] == "230918"
        assert module_of(mastout, 1)["tax_period"] == "000000"
        # Status 10 this run: no notice this week (§6 step 1).
        assert output(result, "NOTICES") == b""
        report = output(result, "REPORT").decode()
        assert "RUN BALANCED" in report

    def test_balance_due_gets_cp14_with_truncated_interest_and_rounded_ftp(
        self, tmp_path: Path
    ) -> None:
        module = Module(
            "202212",
            status="10",
            status_cycle="202401",
            return_date="20230301",
            money={"assessed": "50.00", "balance": "50.00"},
        )
        result = posting_run(tmp_path, control(), master(TIN_A, "DOE ", (module,)), b"")
        assert result.return_code == 0
        notice = output(result, "NOTICES")
        assert len(notice) == 160
        assert notice[:20] == b"666000001CP14 202212"
        # §6: 360 days from 2023-04-15; daily rate 0.08/360 = 0.00022222 (V9(8), truncated);
        # interest = 50 * 0.00022222 * 360 = 3.99996 -> 3.99 (truncated);
        # FTP: 12 months, 50 * 0.06 = 3.00; balance due 56.99.
        assert zoned_decode(notice[117:128], 2, True) == Decimal("56.99")
        assert zoned_decode(notice[128:137], 2, True) == Decimal("3.00")
        assert zoned_decode(notice[137:146], 2, True) == Decimal("3.99")
        assert notice[146:160] == b"20241520240506"  # cycle, run date + 21 days
        updated = module_of(output(result, "MASTOUT"), 0)
        assert updated["status"] == "21"
        assert updated["last_notice"] == "CP14 "
        assert updated["interest_date"] == RUN_DATE

    def test_credit_is_refunded_by_direct_deposit_and_the_module_settles(
        self, tmp_path: Path
    ) -> None:
        module = Module(
            "202212",
            status="10",
            status_cycle="202401",
            return_date="20230301",
            money={"assessed": "100.00", "credits": "125.50", "balance": "-25.50"},
        )
        result = posting_run(tmp_path, control(), master(TIN_A, "DOE ", (module,)), b"")
        refund = output(result, "REFUNDS")
        assert len(refund) == 156
        # §6: ABA 011000015: 3*(0+0+0) + 7*(1+0+1) + (1+0+5) = 20, a multiple of 10.
        assert refund[:27] == b"666000001202212" + b"00000002550" + b"D"
        assert refund[27:53] == b"011000015" + b"ACCT1".ljust(17)
        updated = module_of(output(result, "MASTOUT"), 0)
        assert updated["balance"] == Decimal("0.00")
        assert updated["credits"] == Decimal("100.00")
        assert updated["status"] == "12"

    def test_unpostable_is_written_with_its_reason_and_return_code_4(self, tmp_path: Path) -> None:
        transin = card(TIN_A, "DOE ", "670", "202212", "12.34", "240101", 1)
        result = posting_run(tmp_path, control(), b"", transin)
        assert result.return_code == 4
        assert output(
            result, "UNPOST"
        ) == transin + b"U01" + CYCLE.encode() + b"TIN NOT ON FILE".ljust(31)
        assert output(result, "MASTOUT") == b""
        report = output(result, "REPORT").decode()
        assert report.endswith("RUN BALANCED\n")
