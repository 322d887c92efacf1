"""ADD of an integer to a small integer COMP-3 item, nibble by nibble, as cobc compiles it.

cobc 3.1.2 (typeck.c cb_build_optim_add) compiles ``ADD n TO t``, a ``PERFORM VARYING t ... BY
n`` step and ``SET t UP BY n``, when ``n`` fits a C int, no ROUNDED or SIZE ERROR is written and
``t`` is PACKED-DECIMAL with no decimals and fewer than ten digits, into a call of
``cob_add_packed_int``: a function cobc writes into the program itself (codeoptim.c
COB_ADD_PACKED_INT). It adds in the item's bytes without decoding them: every nibble counts
as the number it holds (A-F too), a carry stops at the first byte that needs none, the sign
nibble is kept as it is, and a carry out of the top is dropped (into the pad nibble of an item
of an even number of digits). Only when the sign and ``n`` disagree (a D sign and ``n`` > 0,
any other sign and ``n`` < 0) does it call the ordinary ``cob_add_int``, which decodes, adds and
stores.

So on valid data the result is the sum, truncated; on invalid data it is not what a decode,
add and store would give (measured: X"1A3F" + 1 is X"1A4F", DISPLAYed ``1:4``; probe
add_packed_int).
"""

from __future__ import annotations


def add_packed_int(buffer: bytearray, offset: int, size: int, value: int) -> bool:
    """cob_add_packed_int on the ``size`` bytes at ``offset``; False, with nothing changed, when
    cobc calls cob_add_int instead (the caller then adds as cob_add_int does). ``value`` is
    not 0 (cobc returns at once on 0)."""
    last = offset + size - 1
    byte = buffer[last]
    if byte & 0x0F == 0x0D:
        if value > 0:
            return False
        number = -value
    else:
        if value < 0:
            return False
        number = value
    total = (byte >> 4) + number % 10
    number //= 10
    carry = total // 10
    buffer[last] = (total % 10) << 4 | (byte & 0x0F)
    for position in range(last - 1, offset - 1, -1):
        if not carry and not number:
            break
        byte = buffer[position]
        total = (byte >> 4) * 10 + (byte & 0x0F) + carry + number % 100
        carry, number = total // 100, number // 100
        total %= 100
        buffer[position] = (total // 10) << 4 | total % 10
    return True
