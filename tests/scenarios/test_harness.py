"""The scenario checker itself: it must notice every kind of difference and explain it by file,
record, field, values and bytes (a checker that cannot fail would make the suite worthless)."""

from __future__ import annotations

from pathlib import Path

import pytest

from idrs_sandbox.oracle.scenarios import (
    ScenarioError,
    compare_file,
    encode_control,
    encode_master,
    load_scenario,
    text_records,
)

ROOT = Path(__file__).parent


def test_a_changed_packed_byte_is_named_by_record_field_and_values() -> None:
    week = load_scenario(ROOT / "13-offset-then-refund").weeks[0]
    expected = week.expected.files["MASTOUT"]
    assert expected is not None
    actual = bytearray(expected)
    actual[514 + 206] ^= 0x10  # TA-BALANCE of module 1 in record 2
    [mismatch] = compare_file(week.name, "MASTOUT", expected, bytes(actual))
    assert (mismatch.record, mismatch.field) == (2, "TA-BALANCE(1)")
    assert (mismatch.expected, mismatch.actual) == ("0.00", "1.00")
    assert "00 00 00 00 10 0C" in str(mismatch)


def test_an_unpostable_card_difference_is_shown_through_the_card_layout() -> None:
    week = load_scenario(ROOT / "20-upc-precedence").weeks[0]
    expected = week.expected.files["UNPOST"]
    assert expected is not None
    actual = bytearray(expected)
    actual[100:103] = b"U04"
    actual[30] = ord("9")
    found = {m.field for m in compare_file(week.name, "UNPOST", expected, bytes(actual))}
    assert found == {"UP-UPC", "TR-AMOUNT"}


def test_missing_extra_and_unpublished_files_are_reported() -> None:
    assert "must not be" in str(compare_file("w", "MASTOUT", None, b"")[0])
    assert "was not published" in str(compare_file("w", "NOTICES", b"", None)[0])
    [count] = compare_file("w", "NOTICES", b"", b"x" * 160)
    assert "expected 0 records" in count.message
    assert compare_file("w", "REFUNDS", b"", b"") == []


def test_a_report_difference_is_a_line_diff() -> None:
    [mismatch] = compare_file("w", "REPORT", b"A\nB\n", b"A\nC\n")
    assert "-B" in mismatch.message and "+C" in mismatch.message


def test_a_separator_off_a_field_boundary_is_a_load_error() -> None:
    with pytest.raises(ScenarioError, match="byte 12 is not a field boundary"):
        text_records("666000101|DOE|150", "TRANSIN", "here")
    with pytest.raises(ScenarioError, match="101 characters"):
        text_records("9" * 101, "TRANSIN", "here")


def test_text_records_pad_and_keep_blank_records() -> None:
    blank_then_tin = text_records("# ruler\n\n|\n666000001|", "TRANSIN", "here")
    assert blank_then_tin == b" " * 100 + b"666000001" + b" " * 91


def test_expected_master_starts_from_the_input_account_and_module() -> None:
    base = encode_master(
        [{"TA-TIN": 666000001, "TA-MODULE": [{"TA-TAX-PERIOD": 202312, "TA-STATUS": 21}]}],
        base=b"",
        expected=False,
        where="in",
    )
    out = encode_master(
        [
            {
                "TA-TIN": 666000001,
                "TA-MODULE": [{"TA-TAX-PERIOD": 202212}, {"TA-TAX-PERIOD": 202312}],
            }
        ],
        base=base,
        expected=True,
        where="out",
    )
    assert out[149:150] == b"2"  # MODULE-COUNT from the list
    assert out[236 + 6 : 236 + 8] == b"21"  # module 202312 kept its status from the input
    assert out[150 + 6 : 150 + 8] == b"00"  # the new module 202212 is in empty form


def test_control_card_fields_and_raw_text() -> None:
    card = encode_control({"cycle": 202420, "date": 20240517, "rate": "0.0800"}, "here")
    assert card == b"202420" + b"20240517" + b"00800" + b" " * 61
    raw = encode_control({"cycle": {"raw": "2024AB"}, "date": 1, "rate": {"raw": "0080A"}}, "x")
    assert raw[:19] == b"2024AB0000000100800"[:6] + b"00000001" + b"0080A"


def test_floats_are_refused_for_money() -> None:
    with pytest.raises(ScenarioError, match="not floats"):
        encode_master([{"TA-TIN": 1, "TA-ZIP": 1.5}], base=b"", expected=False, where="x")
