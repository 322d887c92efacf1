"""Field codecs: golden vectors measured with GnuCOBOL 3.1.2, and round-trip properties.

The golden bytes below were printed by probe programs (DISPLAY of a group holding the fields,
read back with ``od -c``); tests/records/test_golden_cobc.py re-measures them against cobc.
"""

from __future__ import annotations

from decimal import Context, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idrs_sandbox.records.numeric import (
    InvalidNumeric,
    binary_codec,
    binary_decode,
    binary_encode,
    packed_codec,
    packed_decode,
    packed_encode,
    zoned_codec,
    zoned_decode,
    zoned_encode,
)

# (value, digits, scale, signed, options, bytes) measured with cobc (MOVE value; DISPLAY group).
ZONED_GOLDEN = [
    (Decimal(-123), 3, 0, True, {}, b"12s"),
    (Decimal(-12), 3, 0, True, {}, b"01r"),
    (Decimal(-12), 3, 0, False, {"truncate": True}, b"012"),
    (Decimal(-12), 3, 0, True, {"sign_leading": True}, b"p12"),
    (Decimal(-12), 3, 0, True, {"sign_leading": True, "sign_separate": True}, b"-012"),
    (Decimal(-12), 3, 0, True, {"sign_separate": True}, b"012-"),
    (Decimal(123456), 3, 0, False, {"truncate": True}, b"456"),
    (Decimal("12345.678"), 5, 2, False, {"truncate": True}, b"34567"),
    (Decimal("12.99"), 3, 0, True, {"truncate": True}, b"012"),
]


@pytest.mark.parametrize(("value", "digits", "scale", "signed", "options", "raw"), ZONED_GOLDEN)
def test_zoned_golden(
    value: Decimal, digits: int, scale: int, signed: bool, options: dict[str, bool], raw: bytes
) -> None:
    assert zoned_encode(value, digits, scale, signed, **options) == raw


PACKED_GOLDEN = [
    (Decimal(1), 5, 0, True, b"\x00\x00\x1c"),
    (Decimal(-123), 5, 0, True, b"\x00\x12\x3d"),
    (Decimal(-12), 4, 0, True, b"\x00\x01\x2d"),
]


@pytest.mark.parametrize(("value", "digits", "scale", "signed", "raw"), PACKED_GOLDEN)
def test_packed_golden(value: Decimal, digits: int, scale: int, signed: bool, raw: bytes) -> None:
    assert packed_encode(value, digits, scale, signed) == raw
    assert packed_decode(raw, scale, signed, digits=digits) == value


def test_packed_unsigned_drops_sign_and_writes_f() -> None:
    assert packed_encode(-12, 3, 0, False, truncate=True) == b"\x01\x2f"


# Probe: MOVE 300 -> 99 COMP-5 displays 044, MOVE 200 -> S99 COMP-5 displays -056,
# MOVE -123 -> S99 COMP displays -23, MOVE 123 -> 99 COMP displays 23.
BINARY_GOLDEN = [
    (300, 2, False, True, Decimal(44)),
    (200, 2, True, True, Decimal(-56)),
    (-123, 2, True, False, Decimal(-23)),
    (123, 2, False, False, Decimal(23)),
    (-1234, 4, False, True, Decimal(1234)),
    (70000, 4, False, True, Decimal(4464)),
]


@pytest.mark.parametrize(("moved", "digits", "signed", "native", "stored"), BINARY_GOLDEN)
def test_binary_move_truncation(
    moved: int, digits: int, signed: bool, native: bool, stored: Decimal
) -> None:
    raw = binary_encode(moved, digits, 0, signed, native=native, truncate=True)
    assert binary_decode(raw, 0, signed, digits=digits, native=native) == stored


def test_comp5_is_little_endian_and_comp_big_endian() -> None:
    assert binary_encode(1234, 4, 0, False, native=True) == b"\xd2\x04"
    assert binary_encode(1234, 4, 0, False) == b"\x04\xd2"


def test_cp037_overpunch() -> None:
    assert zoned_encode(Decimal("-1.5"), 5, 2, True, encoding="cp037") == bytes.fromhex(
        "f0f0f1f5d0"
    )
    assert zoned_encode(Decimal("1.5"), 5, 2, True, encoding="cp037") == bytes.fromhex("f0f0f1f5c0")
    assert zoned_encode(Decimal("1.5"), 5, 2, False, encoding="cp037") == bytes.fromhex(
        "f0f0f1f5f0"
    )
    # F is the unsigned form; a signed field reads it as positive (IBM convention).
    assert zoned_decode(bytes.fromhex("f1f5f0"), 2, True, encoding="cp037") == Decimal("1.50")


@pytest.mark.parametrize(
    ("raw", "signed", "options"),
    [
        (b"1 3", False, {}),
        (b"   ", False, {}),
        (b"12s", False, {}),
        (b"1A3", True, {}),
        (b"+12", True, {}),
        (b"12}", True, {}),
        (b"012", True, {"sign_separate": True}),
        (b" 012", True, {"sign_separate": True}),
    ],
)
def test_zoned_rejects_non_numeric(raw: bytes, signed: bool, options: dict[str, bool]) -> None:
    with pytest.raises(InvalidNumeric, match="not numeric"):
        zoned_decode(raw, 0, signed, **options)


@pytest.mark.parametrize(
    ("raw", "signed", "digits"),
    [
        (b"\x12\x3a", True, 3),  # sign nibble A
        (b"\x12\x3d", False, 3),  # D in an unsigned field
        (b"\x1a\x3c", True, 3),  # non-digit nibble
        (b"\x10\x3c", True, 2),  # pad nibble of an even field not zero
    ],
)
def test_packed_rejects_bad_nibbles(raw: bytes, signed: bool, digits: int) -> None:
    with pytest.raises(InvalidNumeric):
        packed_decode(raw, 0, signed, digits=digits)


def test_comp_value_beyond_picture_is_invalid() -> None:
    with pytest.raises(InvalidNumeric, match="exceeds 2 digit"):
        binary_decode(b"\xff", 0, False, digits=2)


@pytest.mark.parametrize(
    "encode",
    [
        lambda: zoned_encode(Decimal(1000), 3, 0, False),
        lambda: zoned_encode(Decimal(-1), 3, 0, False),
        lambda: zoned_encode(Decimal("1.005"), 3, 2, False),
        lambda: packed_encode(Decimal(1000), 3, 0, True),
        lambda: binary_encode(Decimal(100), 2, 0, False),
        lambda: binary_encode(Decimal(256), 2, 0, False, native=True),
        lambda: zoned_encode(Decimal("NaN"), 3, 0, True),
    ],
)
def test_values_that_do_not_fit_raise(encode: object) -> None:
    with pytest.raises(ValueError):
        encode()  # type: ignore[operator]


def test_negative_zero_is_written_positive() -> None:
    assert zoned_encode(Decimal("-0"), 3, 0, True) == b"000"
    assert packed_encode(Decimal("-0.00"), 3, 2, True) == b"\x00\x0c"


# --------------------------------------------------------------------------------------------
# round trips


# scaleb() rounds to its context's precision: the default 28 digits would turn a 32-digit
# maximum into 1E+32 (found by the nightly profile).
EXACT = Context(prec=100)


@st.composite
def shapes(draw: st.DrawFn, max_digits: int = 38) -> tuple[int, int, bool]:
    digits = draw(st.integers(1, max_digits))
    scale = draw(st.integers(-3, digits + 3))  # P scaling both ways
    return digits, scale, draw(st.booleans())


@st.composite
def values_in(draw: st.DrawFn, shape: tuple[int, int, bool]) -> Decimal:
    digits, scale, signed = shape
    unscaled = draw(st.integers(-(10**digits) + 1 if signed else 0, 10**digits - 1))
    return Decimal(unscaled).scaleb(-scale, EXACT)


SIGN_OPTIONS = st.sampled_from(
    [
        {},
        {"sign_leading": True},
        {"sign_separate": True},
        {"sign_leading": True, "sign_separate": True},
    ]
)
ENCODINGS = st.sampled_from(["ascii", "cp037"])


def test_zoned_round_trip_of_38_nines() -> None:
    value = Decimal(10**38 - 1).scaleb(-6, EXACT)
    codec = zoned_codec(38, 6, True)
    negative = value.copy_negate()  # unary minus would round to the context's 28 digits
    assert codec.decode(codec.encode(negative)) == negative


@given(st.data(), shapes(), ENCODINGS, SIGN_OPTIONS)
def test_zoned_round_trip(
    data: st.DataObject, shape: tuple[int, int, bool], encoding: str, options: dict[str, bool]
) -> None:
    digits, scale, signed = shape
    options = options if signed else {}
    codec = zoned_codec(digits, scale, signed, encoding=encoding, **options)  # type: ignore[arg-type]
    value = data.draw(values_in(shape))
    raw = codec.encode(value)
    assert len(raw) == codec.size
    assert codec.decode(raw) == value
    assert codec.encode(codec.decode(raw)) == raw


@given(st.data(), shapes())
def test_packed_round_trip(data: st.DataObject, shape: tuple[int, int, bool]) -> None:
    codec = packed_codec(*shape)
    value = data.draw(values_in(shape))
    raw = codec.encode(value)
    assert codec.decode(raw) == value
    assert codec.encode(codec.decode(raw)) == raw


@given(st.data(), shapes(max_digits=18), st.booleans())
def test_binary_round_trip(data: st.DataObject, shape: tuple[int, int, bool], native: bool) -> None:
    codec = binary_codec(*shape, native=native)
    value = data.draw(values_in(shape))
    raw = codec.encode(value)
    assert codec.decode(raw) == value
    assert codec.encode(codec.decode(raw)) == raw


@given(st.data(), shapes(max_digits=18))
def test_comp5_bytes_round_trip(data: st.DataObject, shape: tuple[int, int, bool]) -> None:
    codec = binary_codec(*shape, native=True)
    raw = data.draw(st.binary(min_size=codec.size, max_size=codec.size))
    assert codec.encode(codec.decode(raw)) == raw


@given(st.data(), shapes(max_digits=20))
def test_packed_bytes_round_trip(data: st.DataObject, shape: tuple[int, int, bool]) -> None:
    digits, _, signed = shape
    codec = packed_codec(*shape)
    nibbles = data.draw(st.lists(st.integers(0, 9), min_size=digits, max_size=digits))
    pad = "0" if digits % 2 == 0 else ""
    sign = data.draw(st.sampled_from("cd")) if signed else "f"
    if sign == "d" and not any(nibbles):
        sign = "c"  # negative zero is read as zero and written back positive
    raw = bytes.fromhex(pad + "".join(map(str, nibbles)) + sign)
    assert codec.encode(codec.decode(raw)) == raw


@given(st.data(), shapes(max_digits=20), ENCODINGS)
def test_zoned_bytes_round_trip(
    data: st.DataObject, shape: tuple[int, int, bool], enc: str
) -> None:
    digits, scale, signed = shape
    codec = zoned_codec(digits, scale, signed, encoding=enc)  # type: ignore[arg-type]
    text = data.draw(st.text("0123456789", min_size=digits, max_size=digits)).encode()
    negative = signed and data.draw(st.booleans()) and bool(text.strip(b"0"))
    raw = _canonical_zoned(text, signed, negative, enc)
    assert codec.encode(codec.decode(raw)) == raw


def _canonical_zoned(text: bytes, signed: bool, negative: bool, encoding: str) -> bytes:
    """The bytes GnuCOBOL writes (ASCII: 'p'..'y' for minus) or IBM (EBCDIC: C / D / F zone)."""
    if encoding == "ascii":
        return text[:-1] + bytes((text[-1] + 0x40,)) if negative else text
    zone = (0xD0 if negative else 0xC0) if signed else 0xF0
    return bytes(0xF0 | (b & 0x0F) for b in text[:-1]) + bytes((zone | (text[-1] & 0x0F),))
