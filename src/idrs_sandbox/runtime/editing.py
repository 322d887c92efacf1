"""Numeric editing: DISPLAY digits into a numeric-edited picture, as libcob 3.1.2 edits.

Symbols: ``9`` digit; ``Z`` / ``*`` zero suppression with space / asterisk; ``$`` currency, ``+``
and ``-`` signs, each floating when repeated; ``,`` ``B`` ``0`` ``/`` insertion; ``.`` decimal
point and ``V`` implied point; ``CR`` / ``DB`` (written ``C`` / ``D``, two bytes) credit signs;
BLANK WHEN ZERO. Probes ``edit_*`` measure every case against cobc
(GNUCOBOL-NOTES: -1234.5 -> ``$$$,$$9.99-`` gives " $1,234.50-").

The walk follows libcob's cob_move_display_to_edited: one pass over the picture taking source
digits aligned on the decimal point, then the floating symbol is placed left of the first
significant character, and a value of all zeros with every digit suppressed blanks the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from idrs_sandbox.runtime.fields import FieldType

CURRENCY = ord("$")
DECIMAL_POINT = ord(".")
SPACE = 0x20


@dataclass
class _EditState:
    """The mutable state of one editing pass (libcob keeps the same flags as locals)."""

    data: bytes
    src: int
    neg: bool
    out: bytearray = field(default_factory=bytearray)
    end: int = -1
    decimal_point: int | None = None
    is_zero: bool = True
    suppress_zero: bool = True
    trailing_sign: bool = False
    trailing_curr: bool = False
    pad: int = SPACE
    sign_symbol: int = 0
    curr_symbol: int = 0
    sign_first: bool = False
    floating: bool = False
    floating_char: int = 0
    last_fixed_pos: int | None = None
    last_fixed_char: int = 0

    def next_digit(self) -> int:
        position = self.src
        self.src += 1
        if 0 <= position < len(self.data):
            return self.data[position]
        return 0x30


def integer_positions(pic: tuple[tuple[str, int], ...]) -> tuple[int, bool]:
    """Digit places before the decimal point, and whether a P scales on the left (VPP9)."""
    count = 0
    count_sign = True
    count_curr = True
    for sym, repeat in pic:
        if sym in "9Z*":
            count += repeat
            count_sign = False
            count_curr = False
        elif (count_curr and sym == "$") or (count_sign and sym in "+-"):
            count += repeat
        elif sym == "P":
            if count == 0:
                return count, True
            count += repeat
            count_sign = False
            count_curr = False
        elif sym in "V.":
            break
    return count, False


def edit(neg: bool, data: bytes, scale: int, ft: FieldType) -> bytes:
    """The bytes of ``ft`` (numeric-edited) holding the digits ``data`` with ``scale`` decimals."""
    count, p_is_left = integer_positions(ft.pic)
    state = _EditState(data, len(data) - scale - count, neg)
    for sym, repeat in ft.pic:
        for index in range(repeat):
            _edit_symbol(state, sym, repeat, index, p_is_left)
    if state.end < 0:
        state.end = len(state.out)
    return _finish(state, ft)


def _edit_symbol(state: _EditState, sym: str, repeat: int, index: int, p_is_left: bool) -> None:
    out = state.out
    if sym in "0/":
        out.append(ord(sym))
    elif sym == "B":
        out.append(state.pad if state.suppress_zero else ord("B"))
    elif sym == "P":
        if p_is_left:
            state.src += 1
    elif sym == "9":
        digit = state.next_digit()
        out.append(digit)
        if digit != 0x30:
            state.is_zero = False
        state.suppress_zero = False
        state.trailing_sign = True
        state.trailing_curr = True
    elif sym == "V":
        state.decimal_point = len(out) - 1
    elif sym == ".":
        out.append(DECIMAL_POINT)
        state.decimal_point = len(out) - 1
    elif sym == ",":
        out.append(state.pad if state.suppress_zero else ord(","))
    elif sym in "CD":
        state.end = len(out)
        credit = b"CR" if sym == "C" else b"DB"
        out.extend(credit if state.neg and not state.is_zero else b"  ")
    elif sym in "Z*":
        _suppressing_digit(state, sym)
    elif sym in "+-":
        _sign_symbol(state, ord(sym), repeat, index)
    elif sym == "$":
        _currency_symbol(state, repeat)
    else:
        out.append(ord("?"))


def _suppressing_digit(state: _EditState, sym: str) -> None:
    digit = state.next_digit()
    if digit != 0x30:
        state.is_zero = False
        state.suppress_zero = False
    state.pad = ord("*") if sym == "*" else SPACE
    state.out.append(state.pad if state.suppress_zero else digit)
    state.trailing_sign = True
    state.trailing_curr = True


def _sign_symbol(state: _EditState, char: int, repeat: int, index: int) -> None:
    out = state.out
    digit = state.next_digit()
    if digit != 0x30:
        state.is_zero = False
        state.suppress_zero = False
    if state.trailing_sign:
        if state.neg and not state.is_zero:
            out.append(ord("-"))
        else:
            out.append(char if char == ord("+") else SPACE)
        state.end = len(out) - 1
    elif not out or state.suppress_zero:
        out.append(state.pad)
        state.sign_symbol = char
        if not state.curr_symbol:
            state.sign_first = True
    else:
        out.append(digit)
    _note_insertion(state, char, repeat, state.trailing_sign)


def _currency_symbol(state: _EditState, repeat: int) -> None:
    out = state.out
    digit = state.next_digit()
    if digit != 0x30:
        state.is_zero = False
        state.suppress_zero = False
    if state.trailing_curr:
        out.append(CURRENCY)
        state.end = len(out) - 1
    elif not out or state.suppress_zero:
        out.append(state.pad)
        state.curr_symbol = CURRENCY
    else:
        out.append(digit)
    _note_insertion(state, CURRENCY, repeat, state.trailing_curr)


def _note_insertion(state: _EditState, char: int, repeat: int, trailing: bool) -> None:
    """A repeated symbol floats; a single one is a fixed insertion at its own position."""
    if repeat > 1 or state.last_fixed_char == char:
        state.floating = True
        state.floating_char = char
    elif not trailing:
        if state.last_fixed_pos is not None:
            state.out[state.last_fixed_pos] = state.last_fixed_char
        state.last_fixed_pos = len(state.out) - 1
        state.last_fixed_char = char


def _finish(state: _EditState, ft: FieldType) -> bytes:
    out = state.out
    if state.sign_symbol:
        if state.neg and not state.is_zero:
            state.sign_symbol = ord("-")
        elif state.sign_symbol != ord("+"):
            state.sign_symbol = SPACE
    if state.suppress_zero or (state.is_zero and ft.blank_zero):
        if state.pad == SPACE or ft.blank_zero:
            return b" " * len(out)
        return bytes(c if c == DECIMAL_POINT else state.pad for c in out)
    end = state.end
    if state.decimal_point is not None:
        for position in range(state.decimal_point + 1, end):
            if out[position] not in b"0123456789,+-/B":
                out[position] = 0x30
    _place_floating(state, end)
    seen = 0
    for position in range(end):
        if out[position] == ord("B"):
            out[position] = state.pad if seen == 0 else SPACE
        else:
            seen += 1
    return bytes(out)


def _place_floating(state: _EditState, end: int) -> None:
    if not (state.sign_symbol or state.curr_symbol):
        return
    out = state.out
    if state.floating:
        position = end - 1
        while position > 0 and out[position] != SPACE:
            position -= 1
        if state.sign_symbol and state.curr_symbol:
            # Only one of $ and +/- floats: the one written after the other.
            out[position] = state.curr_symbol if state.sign_first else state.sign_symbol
        else:
            out[position] = state.sign_symbol or state.curr_symbol
        fixed = state.last_fixed_pos
        if fixed is not None and state.last_fixed_char != state.floating_char:
            # A single $ or sign before a floating string of the other symbol stays at its
            # place as written, whatever the value (run_fundamental.at "MOVE to item with simple
            # and floating insertion": $BB--,---.-- 1234.56 -> "$   1,234.56"; probe
            # edit_fixed_floating: +BB$$,$$9.99 -1234.56 -> "+  $1,234.56").
            out[fixed] = state.last_fixed_char
    elif state.last_fixed_pos is not None:
        if state.last_fixed_char == CURRENCY:
            out[state.last_fixed_pos] = state.curr_symbol
        else:
            out[state.last_fixed_pos] = state.sign_symbol
