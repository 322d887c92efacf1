"""cobc -fsign=EBCDIC: the overpunched sign of a signed DISPLAY item, EBCDIC's way.

Under the default ``-fsign=ASCII`` a positive value is plain digits and a negative one turns its
sign digit into ``p``..``y`` (storage.py). Under ``-fsign=EBCDIC`` (libcob common.c
cob_put_sign_ebcdic / cob_get_sign_ebcdic, selected by the module's ``ebcdic_sign``) *both*
signs are punched: ``{ A B ... I`` is +0..+9 and ``} J K ... R`` is -0..-9 (testsuite
data_display.at "DISPLAY: Sign EBCDIC" shows ``{ABCDEFGHI}JKLMNOPQR``).

libcob reads such an item with cob_real_get_sign, which takes the digit out of the sign byte,
and puts the sign back afterwards with cob_real_put_sign (cob_decimal_set_display, every MOVE
from it, DISPLAY, a subscript). So after any read the sign byte holds the punched form: a plain
digit ``3`` there becomes ``C``, a space becomes ``{``, and another byte becomes the punch of
its low nibble (``s``, 0x73, reads +3 and becomes ``C``; a low nibble above 9 reads 0).
Measured with cobc 3.1.2, probe sign_ebcdic. Storage never starts punched: an item without VALUE
and INITIALIZE hold plain ``0`` digits (data.py default_bytes), which read as +0.

Only the items of the program carry the option (fields.FieldType.sign_ebcdic); the engine's own
temporaries stay ASCII, as they are never seen.
"""

from __future__ import annotations

from idrs_sandbox.runtime.storage import (
    Getter,
    Putter,
    _s64,
    _special_first_byte,
    decimal_display_value,
)

POSITIVE = b"{ABCDEFGHI"
"""The sign byte of +0 .. +9."""
NEGATIVE = b"}JKLMNOPQR"
"""The sign byte of -0 .. -9."""


def _decoded(byte: int) -> tuple[int, int, int]:
    """(sign, the digit byte read, the byte left in storage) for a sign byte: libcob
    cob_real_get_sign under ebcdic_sign, then cob_real_put_sign with that sign."""
    if 0x30 <= byte <= 0x39:
        return 1, byte, POSITIVE[byte - 0x30]
    if byte == 0x20:
        # a space is positive and read as it is (COB_D2I: -16); put_sign makes it '{'
        return 1, byte, POSITIVE[0]
    if byte in POSITIVE:
        return 1, 0x30 + POSITIVE.index(byte), byte
    if byte in NEGATIVE:
        return -1, 0x30 + NEGATIVE.index(byte), byte
    digit = 0x30 + (byte & 0x0F)  # cob_get_sign_ebcdic's default: "What to do here"
    if digit > 0x39:
        digit = 0x30
    return 1, digit, POSITIVE[digit - 0x30]


_TABLE = tuple(_decoded(byte) for byte in range(256))


def read_sign(buf: bytearray, position: int) -> int:
    """The sign of the item whose sign byte is ``buf[position]``, leaving that byte punched as
    libcob's get-sign / put-sign pair leaves it (a MOVE or DISPLAY from the item)."""
    sign, _, punched = _TABLE[buf[position]]
    buf[position] = punched
    return sign


def read_digit(buf: bytearray, position: int) -> tuple[int, int]:
    """:func:`read_sign`, and the digit byte read from the sign byte."""
    sign, digit, punched = _TABLE[buf[position]]
    buf[position] = punched
    return sign, digit


def reader(size: int, leading: bool) -> Getter:
    """storage.reader for an EBCDIC-signed item: libcob cob_decimal_set_display."""
    index = 0 if leading else size - 1

    def get(buf: bytearray, off: int) -> int:
        raw = buf[off : off + size]
        special = _special_first_byte(raw, size)  # HIGH / LOW-VALUES: before the sign is read
        if special is not None:
            return special
        sign, digit, punched = _TABLE[raw[index]]
        buf[off + index] = punched
        raw[index] = digit
        value = int(raw) if raw.isdigit() else decimal_display_value(raw, size)
        return -value if sign < 0 else value

    return get


def writer(digits: int, size: int, leading: bool) -> Putter:
    """storage.writer for an EBCDIC-signed item: the digits, then the sign punched into the
    sign digit for either sign (a zero is ``{``; a negative zero, -10**digits from
    storage.materializer, is ``}``)."""
    modulus = int(10**digits)
    pattern = b"%0" + str(digits).encode() + b"d"
    index = 0 if leading else size - 1

    def put(buf: bytearray, off: int, value: int) -> None:
        table = NEGATIVE if value < 0 else POSITIVE
        text = bytearray(pattern % ((-value if value < 0 else value) % modulus))
        text[index] = table[text[index] - 0x30]
        buf[off : off + size] = text

    return put


def punched(body: bytearray, sign: int, leading: bool) -> bytes:
    """Digit bytes with the sign punched in (move.put_display_sign): libcob
    cob_put_sign_ebcdic, a byte that is not a digit becoming ``{`` or ``}``."""
    index = 0 if leading else len(body) - 1
    byte = body[index]
    table = NEGATIVE if sign < 0 else POSITIVE
    body[index] = table[byte - 0x30] if 0x30 <= byte <= 0x39 else table[0]
    return bytes(body)


def unpunched(raw: bytes, leading: bool) -> tuple[int, bytes]:
    """(sign, digit bytes) of an item's bytes, as a MOVE from it reads them (move.display_digits);
    the source's own sign byte is fixed by :func:`read_sign`, emitted before the MOVE."""
    index = 0 if leading else len(raw) - 1
    sign, digit, _ = _TABLE[raw[index]]
    data = bytearray(raw)
    data[index] = digit
    return sign, bytes(data)


def is_negative(raw: bytes | bytearray, leading: bool) -> bool:
    """The sign byte is ``}`` or ``J``..``R`` (a negative zero is kept as such)."""
    return raw[0 if leading else -1] in NEGATIVE


def is_numeric(raw: bytes | bytearray, leading: bool) -> bool:
    """IS NUMERIC (libcob cob_check_numdisp under ebcdic_sign): the sign byte a digit or one of
    ``{ A-I } J-R``, every other byte a digit (probe sign_ebcdic: ``12s`` and ``12 `` are not)."""
    if not raw:
        return False
    sign_byte, body = (raw[0], raw[1:]) if leading else (raw[-1], raw[:-1])
    valid = 0x30 <= sign_byte <= 0x39 or sign_byte in POSITIVE or sign_byte in NEGATIVE
    return valid and (not body or bytes(body).isdigit())


def compare_value(raw: bytes | bytearray, signed: bool = True) -> int:
    """libcob cob_cmp_numdisp under ebcdic_sign (an integer item compared with an integer):
    storage.numdisp_compare_value with the sign byte read from the EBCDIC table (any other
    byte adds 0 and is positive); nothing is written back."""
    if raw.isdigit():
        return int(raw)
    value = 0
    for byte in raw[:-1]:
        value = _s64(value * 10 + byte - 0x30)
    value = _s64(value * 10)
    last = raw[-1]
    if 0x30 <= last <= 0x39:
        return _s64(value + last - 0x30)
    if last in POSITIVE:
        return _s64(value + POSITIVE.index(last))
    if last in NEGATIVE:
        return -_s64(value + NEGATIVE.index(last))
    return value
