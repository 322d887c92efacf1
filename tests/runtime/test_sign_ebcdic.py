"""-fsign=EBCDIC signed DISPLAY items (runtime/sign_ebcdic.py): golden vectors measured with cobc
3.1.2 (probe sign_ebcdic, testsuite data_display.at "DISPLAY: Sign EBCDIC")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from idrs_sandbox.runtime import sign_ebcdic, storage
from idrs_sandbox.runtime.fields import FieldType, numeric_display
from idrs_sandbox.runtime.move import compile_move


def _s999(leading: bool = False) -> FieldType:
    return replace(numeric_display(3, signed=True, sign_leading=leading), sign_ebcdic=True)


@pytest.mark.parametrize(
    ("value", "stored"),
    [(123, b"12C"), (-123, b"12L"), (0, b"00{"), (-10, b"01}"), (9, b"00I"), (-1009, b"00R")],
)
def test_a_store_punches_either_sign(value: int, stored: bytes) -> None:
    buf = bytearray(3)
    storage.writer(_s999())(buf, 0, value)
    assert bytes(buf) == stored


@pytest.mark.parametrize(
    ("held", "value", "left"),
    [
        (b"12C", 123, b"12C"),
        (b"12L", -123, b"12L"),
        (b"123", 123, b"12C"),  # a plain digit is positive, and punched by the read
        (b"12s", 123, b"12C"),  # another byte: its low nibble, positive
        (b"12Z", 120, b"12{"),  # a low nibble above 9 reads 0
        (b"12}", -120, b"12}"),
    ],
)
def test_a_read_leaves_the_sign_punched(held: bytes, value: int, left: bytes) -> None:
    buf = bytearray(held)
    assert storage.reader(_s999())(buf, 0) == value
    assert bytes(buf) == left


def test_leading_sign() -> None:
    buf = bytearray(3)
    storage.writer(_s999(leading=True))(buf, 0, -45)
    assert bytes(buf) == b"}45"
    assert storage.reader(_s999(leading=True))(buf, 0) == -45


@pytest.mark.parametrize(
    ("held", "numeric"),
    [(b"12C", True), (b"12L", True), (b"123", True), (b"12}", True), (b"12s", False)],
)
def test_numeric_class(held: bytes, numeric: bool) -> None:
    assert sign_ebcdic.is_numeric(held, leading=False) is numeric


def test_moves_read_and_write_the_punched_sign() -> None:
    move = compile_move(_s999(), numeric_display(5, signed=True))
    assert move(b"12L") == b"0012s"  # into an ASCII-signed item: p..y
    assert compile_move(numeric_display(5, signed=True), _s999())(b"0012s") == b"12L"


def test_negative_zero_is_kept() -> None:
    assert storage.bytes_reader(_s999())(b"00}") is storage.NEGATIVE_ZERO
    assert storage.materializer(_s999())(storage.NEGATIVE_ZERO) == b"00}"
