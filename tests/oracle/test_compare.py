"""Run comparison: identical runs say so; a changed field is named with its values and bytes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RETURN_CODE_FILE
from idrs_sandbox.oracle.compare import compare_runs
from idrs_sandbox.records.codec import RecordCodec

MASTER = RecordCodec(load_copybook("TAXACCT"))
NOTICE = RecordCodec(load_copybook("NOTICE"))


def _account(tin: int, balance: str) -> bytes:
    module = {"TA-TAX-PERIOD": Decimal(202312), "TA-BALANCE": Decimal(balance)}
    values = {
        "TA-TIN": Decimal(tin),
        "TA-MODULE-COUNT": Decimal(2),
        "TA-MODULE": [{"TA-TAX-PERIOD": Decimal(202212)}, module],
    }
    return MASTER.encode(values)


def _write_run(folder: Path, balance: str, report: str = "RUN BALANCED\n", rc: int = 0) -> Path:
    folder.mkdir()
    for ddname in OUTPUT_DDNAMES:
        (folder / ddname).write_bytes(b"")
    (folder / "MASTOUT").write_bytes(_account(666000001, "5.00") + _account(666000002, balance))
    (folder / "NOTICES").write_bytes(NOTICE.encode({"NT-TIN": Decimal(666000002)}))
    (folder / "REPORT").write_text(report)
    (folder / RETURN_CODE_FILE).write_text(f"{rc}\n")
    return folder


def test_identical_runs_compare_identical(tmp_path: Path) -> None:
    a = _write_run(tmp_path / "a", "1204.50")
    b = _write_run(tmp_path / "b", "1204.50")
    comparison = compare_runs(a, b)
    assert comparison.identical
    assert comparison.first_difference() is None


def test_a_changed_packed_field_is_named_with_values_bytes_and_key(tmp_path: Path) -> None:
    a = _write_run(tmp_path / "a", "1204.50")
    b = _write_run(tmp_path / "b", "1204.49")
    comparison = compare_runs(a, b)
    assert not comparison.identical
    difference = comparison.first_difference()
    assert difference is not None
    assert (difference.ddname, difference.record_number) == ("MASTOUT", 2)
    assert difference.field == "TA-BALANCE(2)"
    assert "TA-TIN 666000002" in difference.key and "period 202312" in difference.key
    assert (difference.value_a, difference.value_b) == ("1204.50", "1204.49")
    assert difference.bytes_a == bytes.fromhex("00000120450C")
    assert difference.bytes_b == bytes.fromhex("00000120449C")
    # offset: 150 bytes of account data, then one 86-byte module, then 52 bytes into the module
    assert difference.offset == 150 + 86 + 52
    # A person reads positions from 1, as `idrs records layout` prints them.
    assert "field TA-BALANCE(2) at byte 289: 1204.50 vs 1204.49" in comparison.explain()
    assert "offset" not in comparison.explain()


def test_missing_record_return_code_and_report_lines_are_reported(tmp_path: Path) -> None:
    a = _write_run(tmp_path / "a", "1.00", report="X\nRUN BALANCED\n", rc=0)
    b = _write_run(tmp_path / "b", "1.00", report="X\nRUN OUT OF BALANCE\n", rc=4)
    with open(b / "MASTOUT", "ab") as handle:
        handle.write(_account(666000003, "0"))
    comparison = compare_runs(a, b)
    text = comparison.explain()
    assert "return code: 0 vs 4" in text
    # A record on one side only is told by its length, never dumped in hex.
    assert "MASTOUT record 3 (TA-TIN 666000003): only in B (514 bytes)" in text
    assert "bytes 36 36 36" not in text
    assert "+RUN OUT OF BALANCE" in text


def test_codes_keep_their_leading_zeros(tmp_path: Path) -> None:
    a = _write_run(tmp_path / "a", "1.00")
    b = _write_run(tmp_path / "b", "1.00")
    (b / "NOTICES").write_bytes(NOTICE.encode({"NT-TIN": Decimal(30124)}))
    difference = compare_runs(a, b).first_difference()
    assert difference is not None and difference.field == "NT-TIN"
    assert (difference.value_a, difference.value_b) == ("666000002", "000030124")
    assert difference.key == "NT-TIN 666000002, NT-TAX-PERIOD 000000"


def test_compare_command_exit_status(tmp_path: Path) -> None:
    a = _write_run(tmp_path / "a", "7.00")
    b = _write_run(tmp_path / "b", "7.00")
    c = _write_run(tmp_path / "c", "7.01")
    runner = CliRunner()
    same = runner.invoke(cli, ["compare", str(a), str(b)])
    assert same.exit_code == 0, same.output
    assert "IDENTICAL" in same.output
    different = runner.invoke(cli, ["compare", str(a), str(c)])
    assert different.exit_code == 1
    assert "TA-BALANCE(2)" in different.output
