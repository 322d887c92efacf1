"""Golden vectors measured from GnuCOBOL: a probe program MOVEs known values into a record of
every usage and picture kind, WRITEs it to a fixed-length file and DISPLAYs every field. The test
decodes the file with our codec and compares with what the program displayed, then encodes the
displayed values and compares with the bytes cobc wrote.

The record's layout comes from the same COBOL text through our front end (cobol/), so the probe
also checks that the clauses parse and lay out as cobc lays them out.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.cobol.copybook import layout_of
from idrs_sandbox.cobol.data_division import parse_data_entries
from idrs_sandbox.cobol.source import read_text
from idrs_sandbox.records.codec import RecordCodec
from idrs_sandbox.records.files import read_records
from idrs_sandbox.records.layout import FieldLayout, RecordLayout

# (name, clauses, values MOVEd into it in records 1..5: COBOL literals). Values outside the field
# (too many digits, a sign for an unsigned field, too long a text) show the MOVE's truncation.
FIELDS: list[tuple[str, str, list[str]]] = [
    ("ZU3", "PIC 9(3)", ["0", "7", "999", "123456", "-12"]),
    ("ZS3", "PIC S9(3)", ["0", "-1", "999", "-999", "-12345"]),
    ("ZS7V2", "PIC S9(7)V99", ["0", "-0.01", "1234567.89", "-5.5", "12.999"]),
    ("ZU1V4", "PIC 9V9(4)", ["0", "0.08", "9.9999", "1.5", "0.00001"]),
    ("ZSL", "PIC S9(3) SIGN LEADING", ["0", "-1", "999", "-120", "5"]),
    ("ZSLS", "PIC S9(3) SIGN LEADING SEPARATE", ["0", "-1", "999", "-120", "5"]),
    ("ZSTS", "PIC S9(3)V9 SIGN TRAILING SEPARATE", ["0", "-0.1", "99.9", "-12", "5"]),
    ("ZP", "PIC 99PPP", ["0", "1000", "99000", "12345", "500"]),
    ("ZVP", "PIC VPP99", ["0", ".0001", ".0099", ".0012", ".00005"]),
    ("ZBWZ", "PIC 9(3) BLANK WHEN ZERO", ["0", "1", "999", "20", "0"]),
    ("PS11", "PIC S9(9)V99 COMP-3", ["0", "-0.01", "999999999.99", "-12.34", "1"]),
    ("PS4", "PIC S9(4) COMP-3", ["0", "-1", "9999", "-12", "123"]),
    ("PU3", "PIC 9(3) COMP-3", ["0", "1", "999", "-12", "1234"]),
    ("PP", "PACKED-DECIMAL PIC S9(5)V9", ["0", "-0.1", "99999.9", "7", "-3"]),
    ("BS2", "PIC S99 COMP", ["0", "-1", "99", "-99", "-123"]),
    ("BU4", "PIC 9(4) BINARY", ["0", "1", "9999", "256", "65535"]),
    ("BS7V2", "PIC S9(7)V99 COMP-4", ["0", "-0.01", "9999999.99", "-1234.5", "1"]),
    ("BS18", "PIC S9(18) COMP", ["0", "-1", "999999999999999999", "-5", "42"]),
    ("BU9", "PIC 9(9) COMPUTATIONAL", ["0", "1", "999999999", "65536", "7"]),
    ("NU2", "PIC 99 COMP-5", ["0", "1", "99", "123", "255"]),
    ("NS4", "PIC S9(4) COMP-5", ["0", "-1", "9999", "-32768", "32767"]),
    ("NS9", "PIC S9(9) COMPUTATIONAL-5", ["0", "-1", "999999999", "-2", "100000"]),
    ("X5", "PIC X(5)", ['" "', '"A"', '"HELLO"', '"HELLO WORLD"', "SPACES"]),
    ("XJR", "PIC X(5) JUSTIFIED RIGHT", ['" "', '"A"', '"HELLO"', '"HELLO WORLD"', '"AB"']),
    ("A3", "PIC A(3)", ['" "', '"A"', '"ABC"', '"XYZW"', '"Q"']),
    ("E1", "PIC $$$,$$9.99CR", ["0", "-1234.5", "7", "99999.99", "-0.01"]),
    ("E2", "PIC -ZZ9.99", ["0", "-5.5", "999.99", "12", "-0.01"]),
    ("E3", "PIC ***,**9.99", ["0", "1234.5", "7", "0.01", "99999"]),
    ("E4", "PIC ZZZ9 BLANK WHEN ZERO", ["0", "7", "9999", "12", "0"]),
    ("E5", "PIC 99/99/99", ["0", "123456", "991231", "10101", "7"]),
    ("E6", "PIC +++9", ["0", "-1", "999", "-999", "12"]),
    ("E7", "PIC XXBXX", ['" "', '"ABCD"', '"A"', '"ABCDEF"', '"12"']),
]
RECORDS = 5

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. GOLDEN.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT PROBE-FILE ASSIGN TO "PROBEOUT"
               ORGANIZATION IS SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD  PROBE-FILE.
{record}
       WORKING-STORAGE SECTION.
      * GnuCOBOL's DISPLAY of a P-scaled item can print a stray sign, so
      * every numeric item is shown through a MOVE to this one.
       01  SHOW-N PIC S9(18)V9(18) SIGN LEADING SEPARATE.
       PROCEDURE DIVISION.
           OPEN OUTPUT PROBE-FILE
{statements}
           CLOSE PROBE-FILE
           STOP RUN.
"""


def record_text() -> str:
    lines = ["       01  PROBE-REC."]
    for name, clauses, _ in FIELDS:
        lines.append(f"           05  {name:<6} {clauses}.")
    return "\n".join(lines)


def statements() -> list[str]:
    out: list[str] = []
    for index in range(RECORDS):
        for name, _, values in FIELDS:
            out.append(f"MOVE {values[index]} TO {name}")
        out.append("WRITE PROBE-REC")
        for name, clauses, _ in FIELDS:
            if _is_numeric(clauses):
                out += [f"MOVE {name} TO SHOW-N", f'DISPLAY "{name}=[" SHOW-N "]"']
            else:
                out.append(f'DISPLAY "{name}=[" {name} "]"')
    return out


def _is_numeric(clauses: str) -> bool:
    picture = clauses.split("PIC ")[1].split()[0]
    return set(picture) <= set("S9V()PP0123456789")


def probe_layout() -> RecordLayout:
    (item,) = parse_data_entries(read_text(record_text() + "\n", "GOLDEN.cbl"))
    return layout_of(item)


def displayed(stdout: str) -> list[dict[str, str]]:
    """The DISPLAYed values, one dict per record."""
    records: list[dict[str, str]] = []
    for line in stdout.splitlines():
        name, _, rest = line.partition("=[")
        if name == FIELDS[0][0]:
            records.append({})
        records[-1][name] = rest[: rest.rindex("]")]
    return records


def expected_value(item: FieldLayout, text: str) -> Any:
    """What our codec should decode: a numeric field's value as GnuCOBOL MOVEd it to SHOW-N
    ('-000000000000012000.000000000000000000'); an edited or alphanumeric field's bytes as
    DISPLAYed. Decimals are compared by value, so the exponent does not matter."""
    assert item.picture is not None
    return Decimal(text) if item.picture.is_numeric else text


@pytest.fixture
def golden_run(
    run_probe: Callable[[str, str], tuple[str, Path]], cobol_lines: Callable[..., str]
) -> tuple[list[dict[str, str]], Path]:
    source = PROGRAM.format(record=record_text(), statements=cobol_lines(statements()))
    stdout, folder = run_probe(source, "GOLDEN")
    return displayed(stdout), folder / "PROBEOUT"


def test_decode_matches_what_gnucobol_displayed(
    golden_run: tuple[list[dict[str, str]], Path],
) -> None:
    shown, data = golden_run
    layout = probe_layout()
    codec = RecordCodec(layout)
    assert data.stat().st_size == RECORDS * layout.size
    for (number, raw), values in zip(read_records(data, layout.size), shown, strict=True):
        decoded = codec.decode(raw, record_number=number)
        for name, _, _ in FIELDS:
            expected = expected_value(layout.field(name), values[name])
            assert decoded[name] == expected, f"record {number} {name}: {raw!r}"


def test_encode_writes_the_bytes_gnucobol_wrote(
    golden_run: tuple[list[dict[str, str]], Path],
) -> None:
    shown, data = golden_run
    layout = probe_layout()
    codec = RecordCodec(layout)
    for (number, raw), values in zip(read_records(data, layout.size), shown, strict=True):
        given = {name: expected_value(layout.field(name), values[name]) for name, _, _ in FIELDS}
        for name, _, _ in FIELDS:
            field = layout.field(name)
            start, end = field.offset, field.end
            encoded = codec.encode({name: given[name]}, base=raw)
            assert codec.encode({name: given[name]})[start:end] == raw[start:end], (
                f"record {number} {name}"
            )
            assert encoded == raw


def test_idrs_records_show_prints_the_displayed_values(
    golden_run: tuple[list[dict[str, str]], Path], tmp_path: Path
) -> None:
    shown, data = golden_run
    copybook = tmp_path / "GOLDEN.cpy"
    copybook.write_text(record_text() + "\n")
    result = CliRunner().invoke(
        cli, ["records", "show", str(data), "--copybook", str(copybook), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    documents = [json.loads(line) for line in result.stdout.splitlines()]  # stderr: a summary
    layout = probe_layout()
    for document, values in zip(documents, shown, strict=True):
        for name, _, _ in FIELDS:
            expected = expected_value(layout.field(name), values[name])
            got = document["values"][name]
            assert (Decimal(got) if isinstance(expected, Decimal) else got) == expected, name
