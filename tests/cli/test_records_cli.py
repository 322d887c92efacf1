"""``idrs records layout`` and ``idrs records show`` through click's CliRunner."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.records.codec import RecordCodec
from idrs_sandbox.records.files import write_records
from rulebook import RECORD_LENGTHS


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def transin(tmp_path: Path) -> Path:
    codec = RecordCodec(load_copybook("TRANSREC"))
    records = [
        codec.encode(
            {
                "TR-TIN": 666000001,
                "TR-TC": 150,
                "TR-AMOUNT": Decimal("1234.56"),
                "TR-RETURN-DATA": {"TR-FILING-STATUS": 2, "TR-BANK-RTN": 11000015},
            }
        ),
        codec.encode(
            {
                "TR-TIN": 666000002,
                "TR-TC": 14,
                "TR-AMOUNT": Decimal("-7"),
                "TR-ADDRESS-DATA": {"TR-STREET": "9 OAK AVE", "TR-CITY": "SPRINGFIELD"},
            }
        ),
        codec.encode({"TR-TIN": 666000003, "TR-TC": 971, "TR-ACTION-DATA": {"TR-ACTION-CODE": 10}}),
    ]
    path = tmp_path / "TRANSIN"
    write_records(path, records, 100)
    return path


def test_layout_table_for_every_copybook() -> None:
    for name, size in RECORD_LENGTHS.items():
        code, out, _ = run("records", "layout", name)
        assert code == 0
        assert f": {size} bytes" in out


def test_layout_rows(tmp_path: Path) -> None:
    code, out, _ = run("records", "layout", "legacy/copybooks/TAXACCT.cpy")
    assert code == 0
    rows = {cells[1]: cells for cells in _rows(out)}
    # LEVEL, NAME, PICTURE, USAGE, START, END, LENGTH, OCCURS / REDEFINES (positions from 1)
    assert rows["TA-BALANCE"][2:7] == ["S9(9)V99", "COMP-3", "203", "208", "6"]
    assert rows["TA-MODULE"][4:8] == ["151", "494", "344", "OCCURS 4 x 86"]
    assert rows["TA-BANK-RTN-X"][7] == "REDEFINES TA-BANK-RTN"
    assert rows["TA-ST-TDA"][0] == "88" and rows["TA-ST-TDA"][-1] == "VALUE 22"


def _rows(table: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.strip("│").split("│")]
        for line in table.splitlines()
        if line.startswith("│")
    ]


def test_show_table_with_hex(transin: Path) -> None:
    code, out, _ = run("records", "show", str(transin), "-c", "TRANSREC", "--hex", "--limit", "1")
    assert code == 0
    assert "record 1" in out and "record 2" not in out
    rows = {cells[0]: cells for cells in _rows(out)}
    assert rows["TR-AMOUNT"][1:4] == ["23", "11", "1234.56"]
    assert rows["TR-TC"][4] == "31 35 30"
    assert rows["TR-BANK-RTN"][3] == "011000015"  # PIC 9(9): leading zeros kept


def test_show_json_skip_and_views(transin: Path) -> None:
    code, out, _ = run(
        "records", "show", str(transin), "-c", "TRANSREC", "--format", "json", "--skip", "1"
    )
    assert code == 0
    documents = [json.loads(line) for line in out.splitlines()]
    assert [d["record"] for d in documents] == [2, 3]
    values = documents[0]["values"]
    assert values["TR-AMOUNT"] == "-7.00"
    assert values["TR-ADDRESS-DATA"]["TR-CITY"].rstrip() == "SPRINGFIELD"
    # The TC 150 view of an address card: FILING-STATUS reads the street's "9", BANK-RTN the
    # next 9 bytes " OAK AVE ", which are not a number: shown, not an error.
    assert values["TR-RETURN-DATA"]["TR-FILING-STATUS"] == "9"
    assert values["TR-RETURN-DATA"]["TR-BANK-RTN"] == {
        "invalid": "20 4F 41 4B 20 41 56 45 20",
        "reason": "not numeric",
    }
    assert "errors" not in documents[0]
    assert (
        documents[1]["values"]["TR-ACTION-DATA"]["TR-ACTION-CODE"] == "010"
    )  # PIC 9(3): leading zeros kept


def test_show_csv(transin: Path) -> None:
    code, out, _ = run("records", "show", str(transin), "-c", "TRANSREC", "--format", "csv")
    assert code == 0
    header, *lines = out.splitlines()
    assert header.startswith("record,TR-TIN,TR-NAME-CONTROL,TR-TC,")
    assert len(lines) == 3
    assert lines[0].startswith("1,666000001,    ,150,")


def test_one_corrupted_byte_gives_one_line(transin: Path) -> None:
    data = bytearray(transin.read_bytes())
    data[100 + 25] = ord("A")  # record 2, inside TR-AMOUNT (offset 22-32)
    transin.write_bytes(bytes(data))
    code, out, err = run("records", "show", str(transin), "-c", "TRANSREC", "--format", "json")
    assert code == 1
    assert err == (
        "Error: TRANSIN record 2, byte 23, field TR-AMOUNT: "
        "bytes 30 30 30 41 30 30 30 30 37 30 70 not numeric\n"
    )
    assert "Traceback" not in out + err
    assert len(out.splitlines()) == 1  # record 1 was shown before the error


def test_lenient_shows_and_summarises(transin: Path) -> None:
    data = bytearray(transin.read_bytes())
    data[100 + 25] = ord("A")
    transin.write_bytes(bytes(data) + b"xyz")
    code, out, err = run(
        "records", "show", str(transin), "-c", "TRANSREC", "--format", "json", "--lenient"
    )
    assert code == 1  # every record shown, but invalid data was found (documented exit 1)
    documents = [json.loads(line) for line in out.splitlines()]
    assert len(documents) == 3
    assert documents[1]["errors"] == [
        "TRANSIN record 2, byte 23, field TR-AMOUNT: bytes 30 30 30 41 30 30 30 30 37 30 70 "
        "not numeric"
    ]
    assert "1 invalid field(s)" in err
    assert "3 leftover byte(s)" in err


def test_size_not_a_multiple(transin: Path) -> None:
    transin.write_bytes(transin.read_bytes()[:-1])
    code, _, err = run("records", "show", str(transin), "-c", "TRANSREC")
    assert code == 1
    assert err.startswith(f"Error: {transin}: size 299 bytes is not a multiple of the record")
    assert "(2 whole records and 99 leftover bytes)" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["records", "layout", "NOPE"], "Error: copybook NOPE not found"),
        (["records", "show", "/nonexistent/FILE", "-c", "TRANSREC"], "no such file"),
    ],
)
def test_clean_errors(args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 1
    assert message in err
    assert "Traceback" not in err


def test_bad_copybook_reports_file_line_col(tmp_path: Path) -> None:
    copybook = tmp_path / "BAD.cpy"
    copybook.write_text("       01  R.\n           05  F PICX 9.\n")
    code, _, err = run("records", "layout", str(copybook))
    assert code == 1
    assert err.startswith("Error: BAD.cpy:2:18: unexpected 'PICX'\n")
    assert err.endswith("\n                 ^\n")
