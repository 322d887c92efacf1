"""MOVE and editing rules, one row per line of GNUCOBOL-NOTES "Semantics" (values measured with
GnuCOBOL 3.1.2 by the project lead), run through the runtime's movers directly."""

from __future__ import annotations

import pytest

from idrs_sandbox.runtime.data import numeric_literal_bytes, pic_symbols
from idrs_sandbox.runtime.fields import (
    Category,
    FieldType,
    alphanumeric,
    edited,
    numeric_display,
    packed,
)
from idrs_sandbox.runtime.move import compile_move
from idrs_sandbox.runtime.storage import reader, writer


def numeric(value: str, digits: int, scale: int, signed: bool) -> tuple[FieldType, bytes]:
    """A DISPLAY item holding ``value`` (stored as a literal MOVE would store it)."""
    from decimal import Decimal

    ftype = numeric_display(digits, scale, signed)
    return ftype, numeric_literal_bytes(Decimal(value), ftype)


@pytest.mark.parametrize(
    ("value", "digits", "scale", "signed", "target", "expected"),
    [
        ("123456", 6, 0, False, numeric_display(3), b"456"),
        ("12345.678", 8, 3, False, numeric_display(5, 2), b"34567"),
        ("12.99", 4, 2, False, numeric_display(3, 0, True), b"012"),
        ("-123", 3, 0, True, numeric_display(3), b"123"),
        ("42", 3, 0, False, alphanumeric(5), b"042  "),
        ("-123", 3, 0, True, alphanumeric(5), b"123  "),
    ],
)
def test_numeric_moves(
    value: str, digits: int, scale: int, signed: bool, target: FieldType, expected: bytes
) -> None:
    source, raw = numeric(value, digits, scale, signed)
    assert compile_move(source, target)(raw) == expected


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        (b"12345", numeric_display(3), b"345"),
        (b"12", numeric_display(4), b"0012"),
        (b"-12.5", numeric_display(5, 2, True), b"0125p"),  # -012.50, sign on the last digit
        (b"1,234", numeric_display(4), b"1234"),
        (b" 5 ", numeric_display(3), b"005"),
        (b"1A3", numeric_display(3), b"000"),
    ],
)
def test_alphanumeric_to_numeric_parses_the_text(
    text: bytes, target: FieldType, expected: bytes
) -> None:
    assert compile_move(alphanumeric(len(text)), target)(text) == expected


def _edit(value: str, picture: str) -> bytes:
    from idrs_sandbox.records.picture import parse_picture

    parsed = parse_picture(picture)
    target = edited(Category.NUMERIC_EDITED, pic_symbols(parsed.symbols))
    source, raw = numeric(value, 9, 2, True)
    return compile_move(source, target)(raw)


@pytest.mark.parametrize(
    ("value", "picture", "expected"),
    [
        ("-1234.5", "$$$,$$9.99-", b" $1,234.50-"),
        ("-1234.5", "$$$,$$9.99CR", b" $1,234.50CR"),
        ("-1234.5", "***,**9.99", b"**1,234.50"),
        ("0", "ZZZZZ", b"     "),
        ("1234567.89", "$$$,$$9.99-", b"$34,567.89 "),
        ("0", "ZZ9.99", b"  0.00"),
    ],
)
def test_numeric_editing(value: str, picture: str, expected: bytes) -> None:
    assert _edit(value, picture) == expected


def test_packed_signs() -> None:
    put = writer(packed(5, 0, True))
    area = bytearray(3)
    put(area, 0, 1)
    assert area == bytes.fromhex("00001c")
    put(area, 0, -123)
    assert area == bytes.fromhex("00123d")
    assert reader(packed(5, 0, True))(area, 0) == -123


def test_high_order_truncation_keeps_a_negative_sign() -> None:
    # probe move_negative_zero: COMPUTE S9(3) = -1000 leaves "00p".
    area = bytearray(3)
    writer(numeric_display(3, 0, True))(area, 0, -1000)
    assert area == b"00p"
