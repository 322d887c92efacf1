"""Small helpers the generated code calls: decimal division and rounding, subscript checks,
control-flow signals and runtime errors.

Arithmetic follows libcob's cob_decimal (GNUCOBOL-NOTES "Semantics"): values are exact integers
with a scale; a division keeps COB_MAX_DIGITS (38) more decimals than its operands and truncates;
ROUNDED is half away from zero; without ROUNDED extra decimals are cut toward zero.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.errors import IdrsError

MAX_DIGITS = 38


class CobolRuntimeError(IdrsError):
    """A program fault at run time, reported as one line at its source position."""

    def __init__(self, message: str, origin: Origin | None = None) -> None:
        where = f"{origin}: " if origin is not None else ""
        super().__init__(f"{where}runtime error: {message}")
        self.origin = origin


EXCEPTIONS: list[str] = []
"""Exceptions raised without stopping the computation (read and cleared by the statement)."""


def take_exception() -> bool:
    """True when the statement just run raised a non-fatal size exception (cleared here)."""
    if EXCEPTIONS:
        EXCEPTIONS.clear()
        return True
    return False


class SizeError(Exception):
    """A division by zero inside an arithmetic statement (libcob: COB_DECIMAL_NAN)."""


class StopRun(Exception):
    """STOP RUN / GOBACK: end the run with RETURN-CODE (or the given status)."""

    def __init__(self, status: int | None = None) -> None:
        super().__init__(status)
        self.status = status


class NextSentence(Exception):
    """NEXT SENTENCE: leave the current sentence."""


def pow10(exponent: int) -> int:
    return int(10**exponent)


def divide(dividend: int, divisor: int, factor: int) -> int:
    """libcob cob_decimal_div: ``dividend * factor / divisor`` truncated toward zero.

    The caller computed ``factor`` = 10**shift (shift: 38, plus the negative scale difference)
    and knows the quotient's scale. A zero divisor raises :class:`SizeError`."""
    if divisor == 0:
        raise SizeError
    if dividend == 0:
        return 0
    quotient = (abs(dividend) * factor) // abs(divisor)
    return -quotient if (dividend < 0) != (divisor < 0) else quotient


def truncate(value: int, factor: int) -> int:
    """Drop ``log10(factor)`` decimals toward zero (a store without ROUNDED)."""
    if value >= 0:
        return value // factor
    return -(-value // factor)


def round_half_away(value: int, factor: int) -> int:
    """Drop ``log10(factor)`` decimals, rounding half away from zero (ROUNDED)."""
    magnitude, rest = divmod(-value if value < 0 else value, factor)
    if rest * 2 >= factor:
        magnitude += 1
    return -magnitude if value < 0 else magnitude


def rescale(value: int, scale: int, target: int, rounded: bool = False) -> int:
    """``value`` (with ``scale`` decimals) expressed with ``target`` decimals."""
    if target >= scale:
        return value * pow10(target - scale)
    factor = pow10(scale - target)
    return round_half_away(value, factor) if rounded else truncate(value, factor)


def power(base: int, base_scale: int, exponent: int, exponent_scale: int, target: int) -> int:
    """libcob cob_decimal_pow for an integer exponent; the result at ``target`` decimals.

    A non-integer exponent is not supported (libcob falls back to floating point there)."""
    if exponent_scale > 0:
        whole, rest = divmod(exponent, pow10(exponent_scale))
        if rest:
            raise CobolRuntimeError("a non-integer exponent is not supported")
        exponent = whole
    if exponent == 0:
        if base == 0:
            # libcob: 0 ** 0 gives 1 and raises EC-SIZE-EXPONENTIATION, which runs ON SIZE
            # ERROR after the store (probe random program: the receiver does get 1).
            EXCEPTIONS.append("EC-SIZE-EXPONENTIATION")
        return pow10(target)
    if base == 0:
        return 0
    if exponent > 0:
        value = base**exponent
        return rescale(value, base_scale * exponent, target)
    denominator = base ** (-exponent)
    denominator_scale = base_scale * -exponent
    # 1 / base**n, as a cob_decimal_div of 1 (scale 0) by the power.
    shift = MAX_DIGITS + max(0, denominator_scale)
    quotient = divide(1, denominator, pow10(shift))
    return rescale(quotient, shift - denominator_scale, target)


class SubscriptAbend(CobolRuntimeError):
    """EC-BOUND-SUBSCRIPT as a program built with ``cobc -debug`` reports it (exit status 1)."""

    def __init__(self, value: int, maximum: int, origin: Origin, name: str) -> None:
        super().__init__(f"subscript of '{name}' out of bounds: {value}", origin)
        self.value = value
        self.maximum = maximum
        self.name = name

    def libcob_message(self, program_id: str) -> str:
        """The lines cobc -debug's libcob writes on stderr (measured: probe dirty_subscript
        run by tests/runtime/test_debug_subscripts.py)."""
        origin = self.origin
        where = f"{origin.file}:{origin.line}" if origin is not None else "?"
        line = origin.line if origin is not None else 0
        file_name = origin.file if origin is not None else "?"
        text = f"libcob: {where}: error: subscript of '{self.name}' out of bounds: {self.value}\n"
        if self.value > self.maximum:
            text += f"note: maximum subscript for '{self.name}': {self.maximum}\n"
        return text + f"\n Last statement of {program_id} was at line {line} of {file_name}\n"


class NumericAbend(SubscriptAbend):
    """EC-DATA-INCOMPATIBLE as a program built with ``cobc -debug`` reports it (libcob
    cob_check_numeric, exit status 1): a numeric item's invalid bytes, DISPLAY ones printable
    or octal-escaped, COMP-3 ones in hex (testsuite "Non-numeric data in numeric items")."""

    def __init__(self, data: bytes, kind: str, name: str, origin: Origin) -> None:
        CobolRuntimeError.__init__(self, f"'{name}' ({kind}) not numeric", origin)
        self.data = data
        self.kind = kind
        self.name = name

    def libcob_message(self, program_id: str) -> str:
        origin = self.origin
        where = f"{origin.file}:{origin.line}" if origin is not None else "?"
        line = origin.line if origin is not None else 0
        file_name = origin.file if origin is not None else "?"
        if self.kind == "PACKED-DECIMAL":
            shown = "0x" + self.data.hex()
        else:
            shown = "".join(chr(b) if 32 <= b < 127 else f"\\{b:03o}" for b in self.data)
        text = f"libcob: {where}: error: '{self.name}' (Type: {self.kind}) not numeric: '{shown}'\n"
        return text + f"\n Last statement of {program_id} was at line {line} of {file_name}\n"


def check_numeric_debug(data: bytes, kind: str, name: str, origin: Origin) -> None:
    raise NumericAbend(data, kind, name, origin)


def check_subscript_debug(
    value: int, maximum: int, origin: Origin, name: str, *_layout: int
) -> int:
    """``idrs cobol run --debug`` (cobc -debug): a subscript outside 1..OCCURS stops the run."""
    if 1 <= value <= maximum:
        return value - 1
    raise SubscriptAbend(value, maximum, origin, name)


def check_subscript(
    value: int, maximum: int, origin: Origin, name: str, base: int, stride: int, limit: int
) -> int:
    """The 0-based occurrence of a 1-based subscript. Out of 1..OCCURS, a cobc program built
    without -debug addresses the storage before or after the table and runs on (probe
    dirty_subscript: TBL (5) reads the 4 bytes after the table; TBL (0) the 4 before it); so
    does this engine inside the item's record area. Outside the record area cobc touches
    whatever the C compiler placed there, which cannot be reproduced: a runtime error."""
    if 1 <= value <= maximum:
        return value - 1
    if 0 <= base + (value - 1) * stride <= limit:
        return value - 1
    raise CobolRuntimeError(
        f"subscript {value} of {name} (OCCURS {maximum}) addresses storage outside its record",
        origin,
    )


@dataclass(frozen=True)
class PromotedNeighbours:
    """The items of one record area the compiled program holds as numbers, not bytes
    (runtime/promotion.py), for the out-of-range path of a subscript of a table in that area:
    cobc without -debug reads and writes whatever bytes the element lands on, and a promoted
    item's bytes are not kept up to date. A read first writes the promoted items' values into
    their bytes (then it reads what cobc reads); a store landing on one stops the run: the
    number would not see the bytes stored (nor could it hold bytes no number gives)."""

    spans: tuple[tuple[int, int, str, Callable[[Any], bytes]], ...]
    """(start, end, name, value -> bytes) of each promoted item in the area."""
    size: int
    """The subscripted item's size."""
    multi: bool
    """A table of several dimensions: where the element lands depends on subscripts this
    check does not see, so a store near any promoted item in the area stops the run."""
    reading: bool
    """The element is only read by its statement (an IF's condition, DISPLAY, MOVE's source)."""

    def __call__(
        self,
        buffer: bytearray,
        index: int,
        value: int,
        base: int,
        stride: int,
        maximum: int,
        origin: Origin,
        name: str,
        values: tuple[Any, ...],
    ) -> int:
        # The buffer comes first, as with the runtime's other item readers and writers: the
        # compiler's escape test (compile/tables.py buffer_uses) then keeps the area's lists.
        start = base + index * stride
        for (low, high, item, make), held in zip(self.spans, values, strict=True):
            if self.reading:
                buffer[low:high] = make(held)
            elif self.multi or (start < high and low < start + self.size):
                raise CobolRuntimeError(
                    f"subscript {value} of {name} (OCCURS {maximum}) stores into {item}, which "
                    "this engine holds as a number, not as bytes: what cobc (without -debug) "
                    "does there is not reproduced (run with --debug to stop at the subscript)",
                    origin,
                )
        return index


def check_refmod(start: int, length: int, size: int, origin: Origin, name: str) -> int:
    """Reference modification ``(start:length)`` must stay inside the item."""
    if start < 1 or length < 1 or start + length - 1 > size:
        raise CobolRuntimeError(
            f"reference modification ({start}:{length}) is outside {name} (1 to {size})", origin
        )
    return start - 1


def pad_compare(left: bytes, right: bytes) -> int:
    """Alphanumeric comparison: the shorter operand is padded with spaces (-1, 0, 1)."""
    size = max(len(left), len(right))
    left = bytes(left).ljust(size)
    right = bytes(right).ljust(size)
    return (left > right) - (left < right)


def fit_alphanumeric(raw: bytes, size: int, justified: bool = False) -> bytes:
    """An alphanumeric MOVE into ``size`` bytes: pad with spaces or cut on the right."""
    if len(raw) >= size:
        return bytes(raw[len(raw) - size :] if justified else raw[:size])
    padding = b" " * (size - len(raw))
    return padding + bytes(raw) if justified else bytes(raw) + padding


# ---------------------------------------------------------------------------------------------
# class conditions (probe class_numeric: GnuCOBOL 3.1.2, ASCII signs)

_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = b"abcdefghijklmnopqrstuvwxyz"


def numeric_signed_display(raw: bytes) -> bool:
    """S9(n) DISPLAY: digits, the last one may carry the ASCII negative overpunch 'p'..'y'
    ('}' and 'J' are EBCDIC-style and are not numeric here)."""
    if not raw:
        return False
    last = raw[-1]
    return (0x30 <= last <= 0x39 or 0x70 <= last <= 0x79) and (
        len(raw) == 1 or bytes(raw[:-1]).isdigit()
    )


def numeric_leading_sign(raw: bytes) -> bool:
    if not raw:
        return False
    first = raw[0]
    return (0x30 <= first <= 0x39 or 0x70 <= first <= 0x79) and (
        len(raw) == 1 or bytes(raw[1:]).isdigit()
    )


def numeric_separate_sign(raw: bytes, leading: bool) -> bool:
    sign, body = (raw[0], raw[1:]) if leading else (raw[-1], raw[:-1])
    return sign in (0x2B, 0x2D) and bytes(body).isdigit()


def numeric_packed(raw: bytes, signed: bool) -> bool:
    """COMP-3: every digit nibble 0-9; sign nibble C or D when signed, F when unsigned."""
    text = bytes(raw).hex()
    if not text[:-1].isdigit():
        return False
    return text[-1] in "cd" if signed else text[-1] == "f"


def alphabetic(raw: bytes) -> bool:
    return not bytes(raw).translate(None, _UPPER + _LOWER + b" ")


def alphabetic_upper(raw: bytes) -> bool:
    return not bytes(raw).translate(None, _UPPER + b" ")


def alphabetic_lower(raw: bytes) -> bool:
    return not bytes(raw).translate(None, _LOWER + b" ")


def display_number(value: int, scale: int) -> bytes:
    """DISPLAY of a numeric function result (probe ``functions``). libcob returns it in a binary
    field of 9 digits (18 when larger) with the result's decimals, signed only when negative:
    MOD (7, 3) shows 000000001, REM (-7, 3) shows -000000001."""
    magnitude = -value if value < 0 else value
    digits = 9 if magnitude < 2**31 and scale < 10 else 18
    if magnitude >= pow10(digits):
        digits = len(str(magnitude))
    text = f"{magnitude:0{digits}d}"
    if scale > 0:
        text = text[: len(text) - scale] + "." + text[len(text) - scale :]
    return (("-" if value < 0 else "") + text).encode()


def fix_sign_byte(buf: bytearray, position: int) -> None:
    """libcob cob_real_get_sign, called by every cob_move from a signed DISPLAY item (DISPLAY
    included): a sign byte that is neither a digit, a space nor ``p``..``y`` is rewritten to
    '0' in the source item itself (probe dirty_packed: "0000001234}" tests NUMERIC after it
    was displayed)."""
    byte = buf[position]
    if not (0x30 <= byte <= 0x39 or byte == 0x20 or 0x70 <= byte <= 0x79):
        buf[position] = 0x30


class _Jump:
    """A jump out of a loop body compiled as a function of its own (compile/statements/flow.py
    _guarded): the call site turns it back into break / continue / return."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


BREAK = _Jump("BREAK")
CONTINUE = _Jump("CONTINUE")
EXIT_PARAGRAPH = _Jump("EXIT_PARAGRAPH")
