"""Golden vectors for the number rules measured from cobc 3.1.2 (probes rounded_modes,
usage_float, usage_float_decimal): ROUNDED MODE functions, IEEE decimal BID bytes, float
stores and display. The probes check whole programs; these pin the functions underneath."""

from __future__ import annotations

import pytest

from idrs_sandbox.runtime import floats, rounding

# (mode, value with 3 decimals, result with none): probe rounded_modes, one line per value.
ROUNDING = [
    ("AWAY-FROM-ZERO", [2490, 2500, -2490, -2510, 2000], [3, 3, -3, -3, 2]),
    ("NEAREST-EVEN", [2490, 2500, 3500, -2500, -2510], [2, 2, 4, -2, -3]),
    ("NEAREST-TOWARD-ZERO", [2500, 2510, -2500, -3500], [2, 3, -2, -3]),
    ("TOWARD-GREATER", [2490, -2490, -2510, 2000], [3, -2, -2, 2]),
    ("TOWARD-LESSER", [2490, -2490, -2510, 2000], [2, -3, -3, 2]),
]


@pytest.mark.parametrize(("mode", "values", "expected"), ROUNDING)
def test_rounding_modes(mode: str, values: list[int], expected: list[int]) -> None:
    function = rounding.ROUNDERS[mode][1]
    assert [function(value, 1000) for value in values] == expected


def test_rounding_function_names() -> None:
    assert rounding.rounding_function(True) == "_round"
    assert rounding.rounding_function(False) == "_trunc"
    assert rounding.rounding_function("PROHIBITED") == "_trunc"
    assert rounding.rounding_function("NEAREST-EVEN") == "_rnd_even"


# (coefficient, exponent, size, bytes cobc wrote): probe usage_float_decimal.
DECIMALS = [
    (1, 0, 8, "010000000000c031"),
    (-125, -1, 8, "7d0000000000a0b1"),
    (9999999999999999, 0, 8, "ffffc06ff286736c"),
    (3333333333333333, -16, 8, "55554025a6d7cb2f"),
    (1, 20, 8, "0100000000004034"),
    (1, -6, 16, "01" + "00" * 13 + "3430"),
]


@pytest.mark.parametrize(("coefficient", "exponent", "size", "hex_bytes"), DECIMALS)
def test_decimal_bid_bytes(coefficient: int, exponent: int, size: int, hex_bytes: str) -> None:
    raw = bytes.fromhex(hex_bytes)
    assert floats.decimal_bytes(coefficient, exponent, size) == raw
    assert floats.decimal_parts(raw, size) == (coefficient, exponent)


def test_decimal_store_cuts_and_strips() -> None:
    # 12345678901234567890 is stored as 1234567890123456E4; 100 as 1E2; 99E370 is too large
    assert floats.decimal_store(12345678901234567890, 8, 0) == (1234567890123456, 4)
    assert floats.decimal_store(100, 8, 0) == (1, 2)
    assert floats.decimal_store(99 * 10**370, 8, 0) is None
    assert floats.decimal_store(99, 8, 399) is None  # 99E-399: below the exponent range


@pytest.mark.parametrize(
    ("value", "scale", "size", "shown"),
    [
        (1, 4, 8, b"9.999999999999999E-5"),  # 0.0001: the double below it (truncated)
        (5, 1, 8, b"0.5"),
        (123456789, 0, 4, b"1.2345679E+8"),
        (10**20, 0, 8, b"1E+20"),
    ],
)
def test_float_store_and_display(value: int, scale: int, size: int, shown: bytes) -> None:
    data = floats.pack(value * 10 ** (floats.FLOAT_SCALE - scale), size)
    assert data is not None
    assert floats.display_text(size)(data) == shown


def test_float_compare_tolerance() -> None:
    # a FLOAT-SHORT holding 11.55 equals the literal 11.55 (relative difference < 1E-7)
    stored = floats.value_of(floats.unpack(floats.pack(1155, 4, 2) or b"", 4))
    assert floats.compare(stored, floats.FLOAT_SCALE, 1155, 2) == 0
    assert floats.compare(150, 2, 140, 2) == 1


def test_float_read_keeps_96_significant_digits() -> None:
    # the double 9.89999999999999E-24 has 107 significant digits, ...2238|15917...; libcob's
    # mpf_get_str keeps 96 (the 97th, 1, rounds down), so a COMPUTE dividing it by 10 stores
    # the double below the exact quotient: 9.899999999999988E-25 (measured with cobc 3.1.2)
    value = floats.value_of(9.89999999999999e-24)
    digits = str(value).rstrip("0")
    assert len(digits) == 96 and digits.endswith("6622238")
    assert floats.to_double(value // 10) == 9.899999999999988e-25
    # 2**-330 (231 digits): ...08744068|81... keeps 96 digits, the 97th (8) rounds them up
    assert str(floats.value_of(2.0**-330)).rstrip("0").endswith("08744069")
    assert len(str(floats.value_of(2.0**-330)).rstrip("0")) == 96
