"""BINARY-CHAR/SHORT/LONG/DOUBLE: fixed sizes, little-endian (probe usage_binary, cobc 3.1.2)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from idrs_sandbox.records.numeric import binary_codec


@pytest.mark.parametrize(
    ("digits", "size", "signed", "value", "raw"),
    [
        (3, 1, True, -5, bytes([251])),
        (3, 1, False, 200, bytes([200])),
        (5, 2, True, -300, bytes([212, 254])),
        (10, 4, True, 123456, bytes([64, 226, 1, 0])),
        (20, 8, True, -1234567890123, bytes([53, 251, 4, 142, 224, 254, 255, 255])),
    ],
)
def test_fixed_binary_bytes_are_what_cobc_stored(
    digits: int, size: int, signed: bool, value: int, raw: bytes
) -> None:
    codec = binary_codec(digits, 0, signed, native=True, size=size)
    assert codec.encode(Decimal(value)) == raw
    assert codec.decode(raw) == value


def test_a_move_wraps_around_the_byte_size() -> None:
    # probe usage_binary: MOVE 99999 TO a BINARY-CHAR displays -097 (99999 mod 256 = 159).
    codec = binary_codec(3, 0, True, native=True, truncate=True, size=1)
    assert codec.decode(codec.encode(Decimal(99999))) == -97


def test_a_fixed_size_is_native_only() -> None:
    with pytest.raises(ValueError, match="native"):
        binary_codec(3, 0, True, size=1)
