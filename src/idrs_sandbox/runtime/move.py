"""The MOVE statement: every (source kind, destination kind) pair, as GnuCOBOL 3.1.2 does it.

libcob moves through bytes, not values: a numeric source is first seen as DISPLAY digits with a
sign and a scale (:class:`Digits`), and that form is stored into the destination by aligning the
decimal points ("common region", a space or NUL digit becomes ``0``). So an invalid digit travels
as it is (probe ``move_display_garbage``: ``1A3`` moved to ``9(5)`` gives ``001A3``), and a
negative zero stays negative (probe ``move_negative_zero``).

:func:`compile_move` returns ``move(raw_source) -> bytes`` for the destination; the caller slices
it into storage. A MOVE always rewrites the whole destination, so the old bytes are never needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from idrs_sandbox.runtime import editing, floats, sign_ebcdic
from idrs_sandbox.runtime.fields import Category, FieldType, Usage, numeric_display
from idrs_sandbox.runtime.storage import (
    NEGATIVE_ZERO,
    materializer,
    reader,
    unpunch,
    writer,
)

Mover = Callable[[bytes], bytes]

MAX_DIGITS = 38
"""COB_MAX_DIGITS: an alphanumeric or edited source reaches a numeric item through a temporary
DISPLAY item of 2 * 38 digits with 38 decimals (libcob indirect_move)."""

_SPACE_NUL_TO_ZERO = bytes.maketrans(b" \x00", b"00")
_C_SPACES = b" \t\n\v\f\r"


@dataclass(frozen=True, slots=True)
class Digits:
    """A numeric value as libcob's DISPLAY intermediate: digit bytes, decimals, sign.

    ``sign`` is -1, +1, or 0 for an unsigned source (which never puts a sign on the target).
    """

    sign: int
    data: bytes
    scale: int


# ------------------------------------------------------------------------------------------
# numeric sources -> Digits


def display_digits(ft: FieldType, raw: bytes) -> Digits:
    """The digits of a DISPLAY numeric item, its overpunched or separate sign taken out."""
    if not ft.signed:
        return Digits(0, raw, ft.scale)
    if ft.sign_separate:
        if ft.sign_leading:
            return Digits(-1 if raw[0] == 0x2D else 1, raw[1:], ft.scale)
        return Digits(-1 if raw[-1] == 0x2D else 1, raw[:-1], ft.scale)
    if ft.sign_ebcdic:
        sign, data = sign_ebcdic.unpunched(raw, ft.sign_leading)
        return Digits(sign, data, ft.scale)
    if ft.sign_leading:
        if 0x70 <= raw[0] <= 0x79:
            return Digits(-1, unpunch(raw[:1]) + raw[1:], ft.scale)
        return Digits(1, raw, ft.scale)
    last = raw[-1]
    if 0x70 <= last <= 0x79:
        return Digits(-1, raw[:-1] + unpunch(raw[-1:]), ft.scale)
    if not (0x30 <= last <= 0x39 or last == 0x20):
        # libcob cob_get_sign_ascii: another byte in the sign position reads as '0', positive
        # (probe move_display_garbage: "12}" displays +120); a space is positive and stays a
        # space (cob_real_get_sign; probe dirty_sign: "12 " displays +12 ).
        return Digits(1, raw[:-1] + b"0", ft.scale)
    return Digits(1, raw, ft.scale)


def packed_digits(ft: FieldType, raw: bytes) -> Digits:
    """libcob cob_move_packed_to_display: each nibble becomes ``'0' + nibble``."""
    text = raw.hex()
    body = text[:-1]
    if ft.digits % 2 == 0:
        body = body[1:]  # the pad nibble of an even digit count
    data = bytes(0x30 + int(nibble, 16) for nibble in body)
    sign = (-1 if text[-1] == "d" else 1) if ft.signed else 0
    return Digits(sign, data, ft.scale)


def binary_digits(ft: FieldType, raw: bytes, width: int = MAX_DIGITS) -> Digits:
    """libcob cob_move_binary_to_display into its signed temporary of ``width`` digits (the
    PICTURE's digits when the target is alphanumeric, 38 otherwise): 9(1) COMP zero moved to
    X(8) gives "0" (probe random program), not an empty string."""
    value = reader(ft)(bytearray(raw), 0)
    sign = -1 if value < 0 else 1
    digits = Digits(sign, str(abs(value)).encode(), ft.scale)
    return Digits(sign, bytes(common_region(digits, width, ft.scale)), ft.scale)


def comp6_digits(ft: FieldType, raw: bytes) -> Digits:
    """COMP-6 as libcob moves it to DISPLAY: each nibble ``'0' + nibble``, the pad nibble of an
    odd digit count dropped, unsigned (probe usage_comp: X'0A34' in PIC 999 shows ``:34``)."""
    body = raw.hex()[ft.digits % 2 :]
    return Digits(0, bytes(0x30 + int(nibble, 16) for nibble in body), ft.scale)


def numeric_digits(ft: FieldType, raw: bytes, width: int = MAX_DIGITS) -> Digits:
    if ft.usage is Usage.DISPLAY:
        return display_digits(ft, raw)
    if ft.usage is Usage.PACKED:
        return packed_digits(ft, raw)
    if ft.usage is Usage.PACKED_UNSIGNED:
        return comp6_digits(ft, raw)
    if ft.usage is Usage.FLOAT_DECIMAL:
        # the coefficient's digits and its exponent (a FLOAT-DECIMAL-34 value can have
        # thousands of digits, more than str() of an int allows)
        coefficient, exponent = floats.decimal_parts(raw, ft.size)
        text = str(abs(coefficient)).encode()
        sign = -1 if coefficient < 0 else 1
        if exponent >= 0:
            return Digits(sign, text + b"0" * exponent, 0)
        return Digits(sign, text, -exponent)
    if ft.usage is Usage.FLOAT:
        # libcob cob_decimal_setget_fld: the float's exact value, then the target's decimals
        value = reader(ft)(bytearray(raw), 0)
        return Digits(-1 if value < 0 else 1, str(abs(value)).encode(), ft.scale)
    return binary_digits(ft, raw, width)


# ------------------------------------------------------------------------------------------
# Digits -> numeric destinations


def common_region(digits: Digits, size: int, scale: int) -> bytearray:
    """libcob store_common_region: align decimal points, zero-fill, ' ' and NUL become '0'."""
    out = bytearray(b"0" * size)
    low = max(-digits.scale, -scale)
    high = min(len(digits.data) - digits.scale, size - scale)
    if high > low:
        count = high - low
        start = len(digits.data) - digits.scale - high
        target = size - scale - high
        out[target : target + count] = digits.data[start : start + count].translate(
            _SPACE_NUL_TO_ZERO
        )
    return out


def put_display_sign(ft: FieldType, body: bytearray, sign: int) -> bytes:
    """Add the sign of a DISPLAY item to its digit bytes (libcob cob_real_put_sign, ASCII)."""
    if not ft.signed:
        return bytes(body)
    if ft.sign_separate:
        mark = b"-" if sign < 0 else b"+"
        return mark + bytes(body) if ft.sign_leading else bytes(body) + mark
    if ft.sign_ebcdic:
        return sign_ebcdic.punched(body, sign, ft.sign_leading)
    if sign < 0:
        position = 0 if ft.sign_leading else len(body) - 1
        body[position] |= 0x40  # '0'..'9' -> 'p'..'y'
    return bytes(body)


def store_display(digits: Digits, ft: FieldType) -> bytes:
    body = common_region(digits, ft.digits, ft.scale)
    return put_display_sign(ft, body, digits.sign)


def store_packed(digits: Digits, ft: FieldType) -> bytes:
    """libcob cob_move_display_to_packed: digits aligned by scale; each byte gives
    ``n = (byte - '0') & 0xFF`` (a space gives 0), stored as ``n << 4`` in a high nibble and
    OR-ed whole into a low one, so a letter or X'00' also spills into the high nibble before it
    (probe dirty_zoned: X'00000000' moved to 9(7) COMP-3 shows 00=0=00)."""
    size1 = len(digits.data)
    start = (size1 - digits.scale) - (ft.digits - ft.scale)
    offset = 1 - ft.digits % 2
    out = bytearray(ft.size)
    for i in range(offset, ft.digits + offset):
        position = start + i - offset
        byte = digits.data[position] if 0 <= position < size1 else 0x20
        n = (byte - 0x30) & 0xFF if byte != 0x20 else 0
        if i % 2 == 0:
            out[i // 2] = (n << 4) & 0xFF
        else:
            out[i // 2] |= n
    if not ft.signed:
        out[-1] = (out[-1] & 0xF0) | 0x0F
    else:
        out[-1] = (out[-1] & 0xF0) | (0x0D if digits.sign < 0 else 0x0C)
    return bytes(out)


def store_binary(digits: Digits, ft: FieldType) -> bytes:
    """libcob cob_move_display_to_binary: integer of the digits up to the target's decimals."""
    size1 = len(digits.data)
    count = size1 - digits.scale + ft.scale
    value = 0
    for i in range(max(count, 0)):
        value = value * 10 + ((digits.data[i] & 0x0F) if i < size1 else 0)
    if digits.sign < 0:
        value = -value
    out = bytearray(ft.size)
    writer(ft)(out, 0, value)
    return bytes(out)


def store_numeric(digits: Digits, ft: FieldType) -> bytes:
    if ft.usage is Usage.DISPLAY:
        return store_display(digits, ft)
    if ft.usage is Usage.PACKED:
        return store_packed(digits, ft)
    return store_binary(digits, ft)


def value_move(src: FieldType, dst: FieldType) -> Mover:
    """libcob cob_decimal_setget_fld (packed/binary pairs): by value, truncated to the target."""
    get = reader(src)
    put = writer(dst)
    shift = dst.scale - src.scale

    def move(raw: bytes) -> bytes:
        value = get(bytearray(raw), 0)
        if shift >= 0:
            value *= 10**shift
        else:
            magnitude = abs(value) // 10**-shift
            value = -magnitude if value < 0 else magnitude
        out = bytearray(dst.size)
        put(out, 0, value)
        return bytes(out)

    return move


# ------------------------------------------------------------------------------------------
# alphanumeric and edited sources


def alphanumeric_to_display(raw: bytes, ft: FieldType) -> bytes:
    """libcob cob_move_alphanum_to_display: the text read as a number.

    Leading white space and one sign are skipped, digits are right-aligned on the decimal point,
    spaces and commas are ignored; any other character makes the whole item zero (GNUCOBOL-NOTES:
    ``"1A3"`` -> ``000``; ``"-12.5"`` -> ``-012.50``).
    """
    digits_size = ft.digits
    out = bytearray(b"0" * digits_size)
    pos = 0
    end = len(raw)
    while pos < end and raw[pos] in _C_SPACES:
        pos += 1
    sign = 0
    if pos < end and raw[pos] in b"+-":
        sign = 1 if raw[pos] == 0x2B else -1
        pos += 1
    count = 0
    scan = pos
    while scan < end and raw[scan] != 0x2E:
        if 0x30 <= raw[scan] <= 0x39:
            count += 1
        scan += 1
    integer_places = digits_size - ft.scale
    target = 0
    if count < integer_places:
        target = integer_places - count
    else:
        while count > integer_places:
            count -= 1
            while pos < end and not 0x30 <= raw[pos] <= 0x39:
                pos += 1
            pos += 1
    points = 0
    while pos < end and target < digits_size:
        char = raw[pos]
        if 0x30 <= char <= 0x39:
            out[target] = char
            target += 1
        elif char == 0x2E:
            points += 1
            if points > 1:
                return put_display_sign(ft, bytearray(b"0" * digits_size), 0)
        elif not (char in _C_SPACES or char == 0x2C):
            return put_display_sign(ft, bytearray(b"0" * digits_size), 0)
        pos += 1
    return put_display_sign(ft, out, sign)


_TEMP_DISPLAY = numeric_display(2 * MAX_DIGITS, MAX_DIGITS, signed=True)


def alphanumeric_to_digits(raw: bytes) -> Digits:
    """The 76-digit temporary libcob parses an alphanumeric source into (indirect_move)."""
    return display_digits(_TEMP_DISPLAY, alphanumeric_to_display(raw, _TEMP_DISPLAY))


def edited_to_digits(ft: FieldType, raw: bytes) -> Digits:
    """libcob cob_move_edited_to_display: de-editing keeps the digits; '-' or 'C' (of CR) makes
    the value negative; the decimals come from the '.' seen, else from the picture."""
    data = bytearray()
    sign = 0
    scale = 0
    have_point = False
    for char in raw:
        if 0x30 <= char <= 0x39:
            data.append(char)
            if have_point:
                scale += 1
        elif char == 0x2E:
            have_point = True
        elif char in b"-C":
            sign = -1
    if scale == 0:
        scale = _picture_scale(ft)
    return Digits(sign, bytes(data), scale)


def _picture_scale(ft: FieldType) -> int:
    scale = 0
    count = 0
    have_point = False
    for sym, repeat in ft.pic:
        if sym in "90Z*":
            if have_point:
                scale += repeat
            else:
                count += repeat
        elif sym == "P":
            if count == 0:
                have_point = True
                scale += repeat
            else:
                scale -= repeat
        elif sym == "V":
            have_point = True
    return scale


def alphanumeric_to_edited(raw: bytes, ft: FieldType) -> bytes:
    """libcob cob_move_alphanum_to_edited: A, X, 9 take the next byte; 0, / and B insert."""
    out = bytearray()
    pos = 0
    for sym, repeat in ft.pic:
        for _ in range(repeat):
            if sym in "AX9":
                out.append(raw[pos] if pos < len(raw) else 0x20)
                pos += 1
            elif sym in "0/":
                out.append(ord(sym))
            elif sym == "B":
                out.append(0x20)
            else:
                out.append(0x3F)
    return bytes(out)


def alphanumeric_to_alphanumeric(raw: bytes, ft: FieldType) -> bytes:
    """Left-aligned, space-padded or truncated on the right; JUSTIFIED RIGHT mirrors that."""
    size = ft.size
    if len(raw) >= size:
        return raw[len(raw) - size :] if ft.justified else raw[:size]
    padding = b" " * (size - len(raw))
    return padding + raw if ft.justified else raw + padding


def display_to_alphanumeric(digits: Digits, ft: FieldType) -> bytes:
    """libcob cob_move_display_to_alphanum: the digits without sign (P scaling adds zeros)."""
    data = digits.data
    if digits.scale < 0:
        data = data + b"0" * -digits.scale
    return alphanumeric_to_alphanumeric(data, ft)


# ------------------------------------------------------------------------------------------
# the dispatcher


def digits_to(dst: FieldType) -> Callable[[Digits], bytes]:
    """Where a DISPLAY-form numeric value goes, by destination kind."""
    category = dst.category
    if category is Category.NUMERIC:
        return lambda digits: store_numeric(digits, dst)
    if category is Category.NUMERIC_EDITED:
        return lambda digits: editing.edit(digits.sign < 0, digits.data, digits.scale, dst)
    if category is Category.ALPHANUMERIC_EDITED:
        return lambda digits: alphanumeric_to_edited(digits.data, dst)
    return lambda digits: display_to_alphanumeric(digits, dst)


@cache
def compile_move(src: FieldType, dst: FieldType) -> Mover:
    """``move(raw source bytes) -> destination bytes`` for MOVE src TO dst."""
    if src.category is Category.GROUP or dst.category is Category.GROUP:
        return lambda raw: alphanumeric_to_alphanumeric(raw, dst)
    if src.category is Category.NUMERIC:
        return _numeric_source(src, dst)
    if src.category is Category.NUMERIC_EDITED:
        return _edited_source(src, dst)
    return _alphanumeric_source(dst)


def _numeric_source(src: FieldType, dst: FieldType) -> Mover:
    if dst.category is Category.NUMERIC:
        by_value = src.usage is not Usage.DISPLAY and dst.usage is not Usage.DISPLAY
        if by_value and not (src.usage is dst.usage is Usage.BINARY and src.scale == dst.scale):
            return value_move(src, dst)
        if src.usage is Usage.DISPLAY and dst.usage is Usage.DISPLAY:
            fast = _display_fast_path(src, dst)
            if fast is not None:
                return fast
    store = digits_to(dst)
    width = (
        MAX_DIGITS if dst.category in (Category.NUMERIC, Category.NUMERIC_EDITED) else src.digits
    )
    if src.usage is Usage.PACKED and dst.category is not Category.NUMERIC:
        return lambda raw: store(_signed_temporary(packed_digits(src, raw)))
    return lambda raw: store(numeric_digits(src, raw, width))


def _signed_temporary(digits: Digits) -> Digits:
    """libcob indirect_move unpacks a COMP-3 source into a *signed* DISPLAY temporary, whose
    sign byte the next move reads with cob_real_get_sign: a last digit nibble A-F (``:``..``?``)
    is not a valid sign byte and becomes '0' (probe dirty_zoned: DISPLAY of a 9(7) COMP-3 whose
    last digit nibble is D shows 0 there)."""
    data = digits.data
    if not data:
        return digits
    last = data[-1]
    if 0x30 <= last <= 0x39 or last == 0x20 or 0x70 <= last <= 0x79:
        return digits
    return Digits(digits.sign, data[:-1] + b"0", digits.scale)


def _display_fast_path(src: FieldType, dst: FieldType) -> Mover | None:
    """Unsigned DISPLAY to unsigned DISPLAY of the same scale: pad or cut the digit bytes."""
    if src.signed or dst.signed or src.scale != dst.scale or src.sign_separate:
        return None
    slow = digits_to(dst)
    size = dst.size
    pad = size - src.size

    def move(raw: bytes) -> bytes:
        if raw.isdigit():
            return b"0" * pad + raw if pad >= 0 else raw[-pad:]
        return slow(display_digits(src, raw))

    return move


def _edited_source(src: FieldType, dst: FieldType) -> Mover:
    if dst.category is Category.NUMERIC and dst.usage is Usage.DISPLAY:
        return lambda raw: store_display(edited_to_digits(src, raw), dst)
    if dst.category in (Category.NUMERIC, Category.NUMERIC_EDITED):
        to_temp = _TEMP_DISPLAY
        store = digits_to(dst)

        def move(raw: bytes) -> bytes:
            temp = store_display(edited_to_digits(src, raw), to_temp)
            return store(display_digits(to_temp, temp))

        return move
    if dst.category is Category.ALPHANUMERIC_EDITED:
        return lambda raw: alphanumeric_to_edited(raw, dst)
    return lambda raw: alphanumeric_to_alphanumeric(raw, dst)


def _alphanumeric_source(dst: FieldType) -> Mover:
    if dst.category is Category.NUMERIC and dst.usage is Usage.DISPLAY:
        return lambda raw: alphanumeric_to_display(raw, dst)
    if dst.category in (Category.NUMERIC, Category.NUMERIC_EDITED):
        store = digits_to(dst)
        return lambda raw: store(alphanumeric_to_digits(raw))
    if dst.category is Category.ALPHANUMERIC_EDITED:
        return lambda raw: alphanumeric_to_edited(raw, dst)
    return lambda raw: alphanumeric_to_alphanumeric(raw, dst)


def move_all(pattern: bytes, dst: FieldType) -> bytes:
    """MOVE ALL literal (and figurative constants): libcob cob_move_all repeats the pattern over
    the destination, or over a 38-digit temporary when the destination is numeric."""
    if dst.category in (Category.ALPHANUMERIC, Category.ALPHABETIC, Category.GROUP):
        return (pattern * (dst.size // len(pattern) + 1))[: dst.size]
    if dst.category is Category.NUMERIC:
        temp = numeric_display(MAX_DIGITS)
        data = (pattern * (MAX_DIGITS // len(pattern) + 1))[:MAX_DIGITS]
        return compile_move(temp, dst)(data)
    data = (pattern * (dst.size // len(pattern) + 1))[: dst.size]
    return compile_move(FieldType(Category.ALPHANUMERIC, dst.size), dst)(data)


@cache
def value_mover(src: FieldType, dst: FieldType) -> Callable[[int], bytes] | None:
    """MOVE from an item held as a Python int (a valid value, see promotion.py) to a numeric
    DISPLAY or COMP-3 item whose decimals are at least the source's: the target's bytes for the
    value (libcob's digit move gives the same: aligned, high-order digits cut, the sign kept for
    a signed target and dropped otherwise). None for any other pair (the MOVE goes through
    bytes). A negative zero takes the general path, which keeps its sign."""
    if not (src.is_numeric and dst.is_numeric) or dst.scale < src.scale:
        return None
    if src.usage not in (Usage.DISPLAY, Usage.PACKED, Usage.BINARY):
        return None
    if dst.usage not in (Usage.DISPLAY, Usage.PACKED) or dst.sign_separate or dst.sign_leading:
        return None
    if dst.usage is Usage.DISPLAY and dst.size != dst.digits:
        return None
    factor = int(10 ** (dst.scale - src.scale))
    make = materializer(dst)
    slow = materializer(src)
    move = compile_move(src, dst)

    def direct(value: int) -> bytes:
        if value is NEGATIVE_ZERO:
            return move(slow(value))
        return make(value * factor)

    return direct
