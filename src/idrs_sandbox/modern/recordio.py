"""Records ⇄ the run's dataclasses, with every offset, size and codec taken from the layouts of
:mod:`idrs_sandbox.modern.layouts` once, at import (no per-record generic dict decoding).

Numbers go through the record layer's field codecs (:func:`idrs_sandbox.records.codec.field_codec`);
runs of DISPLAY text and unsigned integers are written with one precomputed format template
(:class:`TextTemplate`), which gives the same bytes as the field codecs and is several times
faster. Text is Latin-1, one character per byte, so every byte read can be written back as is.
"""

from __future__ import annotations

import re
import struct
from binascii import unhexlify
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import chain, pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any

from idrs_sandbox.errors import IdrsError
from idrs_sandbox.modern.codes import AbendCause, UnpostableCode
from idrs_sandbox.modern.layouts import CTLCARD, NOTICE, REFUND, TAXACCT, TRANSREC, UNPOST
from idrs_sandbox.modern.model import (
    MAX_MODULES,
    Account,
    AccountValues,
    Card,
    ControlCard,
    InvalidCard,
    Module,
    ModuleValues,
    Notice,
    Refund,
    StoredAccount,
    StoredModule,
    Transaction,
    Unpostable,
    new_record,
)
from idrs_sandbox.modern.money import ZERO
from idrs_sandbox.modern.validation import CARD_KINDS, VALID_CARD_DATES, check_card, is_digits
from idrs_sandbox.records.codec import FieldCodec, field_codec
from idrs_sandbox.records.files import RecordFile
from idrs_sandbox.records.layout import FieldLayout, RecordLayout, Usage
from idrs_sandbox.records.numeric import InvalidNumeric
from idrs_sandbox.records.picture import Category
from idrs_sandbox.records.posting import TRANSREC_PARTS

TEXT = "latin-1"
CONTROL_LENGTH = CTLCARD.size
CARD_LENGTH = TRANSREC.size
ACCOUNT_LENGTH = TAXACCT.size


class Abend(IdrsError):
    """A business abend (RULEBOOK §7): the run stops with return code 16."""

    def __init__(self, cause: AbendCause, detail: str = "", text: str = "") -> None:
        self.text = text or cause.value
        """The cause as the report prints it."""
        super().__init__(f"ABEND: {self.text}" + (f" ({detail})" if detail else ""))
        self.cause = cause

    @classmethod
    def io_error(cls, ddname: str, status: str) -> Abend:
        """An unexpected file status (POSTING.cbl 9800-IO-ERROR): the first one names the cause."""
        return cls(AbendCause.IO_ERROR, text=f"I/O ERROR ON {ddname} STATUS {status}")


# --- layout helpers -------------------------------------------------------------------------


def span(layout: RecordLayout, name: str, base: int = 0) -> slice:
    """Where field ``name`` sits, relative to ``base`` (e.g. the start of a module slot)."""
    item = layout.field(name)
    return slice(item.offset - base, item.offset - base + item.size)


def codec(layout: RecordLayout, name: str) -> FieldCodec:
    return field_codec(layout.field(name))


class TextTemplate:
    """Consecutive DISPLAY fields written with one printf-style format, built from the layout
    so that no width is spelled twice: ``%-35.35s`` pads and truncates a text as a MOVE to X(35)
    does, ``%06d`` writes an int as 9(6) does. A numeric field named in ``as_text`` takes its
    digits as a text (a TIN or ZIP is copied, never computed). A number too large for its field
    is an error."""

    __slots__ = ("as_text", "format", "names", "size", "specs")

    def __init__(
        self, layout: RecordLayout, names: Sequence[str], as_text: Sequence[str] = ()
    ) -> None:
        items = [layout.field(name) for name in names]
        for before, after in pairwise(items):
            if before.offset + before.size != after.offset:
                raise ValueError(f"{after.name} does not follow {before.name} in {layout.name}")
        self.names = tuple(names)
        self.as_text = tuple(as_text)
        self.size = sum(item.size for item in items)
        self.specs = tuple(self._spec(item, item.name in as_text) for item in items)
        """Each field's printf-style spec (``%06d``, ``%-35.35s``), in the template's order."""
        self.format = "".join(self.specs)
        """The printf-style format: a hot caller formats with it directly and checks the
        length of the whole record once (:func:`encode_account`)."""

    @staticmethod
    def _spec(item: FieldLayout, as_text: bool) -> str:
        picture = item.picture
        if picture is None or item.usage is not Usage.DISPLAY:
            raise ValueError(f"{item.name} is not an elementary DISPLAY field")
        if picture.category is not Category.NUMERIC or as_text:
            return f"%-{item.size}.{item.size}s"
        if picture.signed or picture.scale:
            raise ValueError(f"{item.name}: only unsigned integers are templated")
        return f"%0{item.size}d"

    def encode(self, values: tuple[Any, ...]) -> bytes:
        """The fields' bytes from their values, in the template's order (one tuple: a hot
        caller passes a slice of a record's values as it is, with no unpacking)."""
        text = self.format % values
        if len(text) != self.size:  # a number too large for its PICTURE
            raise ValueError(f"{self.names}: {values!r} do not fit in {self.size} bytes")
        return text.encode(TEXT)


class FieldEncodings(dict[Any, bytes]):
    """The bytes of one DISPLAY field by its value, as its template spec formats it (``%06d``,
    ``%-5.5s``), remembered as values are met: the periods, statuses, cycles, dates, TCs,
    freeze bytes and notice codes of a master take few values, and a dict hit (in C) costs a
    third of formatting the field (issue 13, session 7). At most ``limit`` values are kept, so
    memory stays flat on any master. A number too large for its field gives more bytes, as
    the format does: the record's length check catches it (:func:`encode_account`)."""

    __slots__ = ("limit", "spec")

    def __init__(self, spec: str, limit: int = 16384) -> None:
        super().__init__()
        self.spec = spec
        self.limit = limit

    def __missing__(self, value: Any) -> bytes:
        encoded: bytes = (self.spec % value).encode(TEXT)
        if len(self) < self.limit:
            self[value] = encoded
        return encoded


_ENCODINGS: dict[str, FieldEncodings] = {}


def field_encodings(template: TextTemplate) -> tuple[FieldEncodings, ...]:
    """One table per field of ``template``; fields with the same spec share theirs."""
    return tuple(_ENCODINGS.setdefault(spec, FieldEncodings(spec)) for spec in template.specs)


# --- CONTROL ------------------------------------------------------------------------------

_CTL_CYCLE = span(CTLCARD, "CTL-RUN-CYCLE")
_CTL_DATE = span(CTLCARD, "CTL-RUN-DATE")
_CTL_RATE = span(CTLCARD, "CTL-INTEREST-RATE")
_CTL_RATE_CODEC = codec(CTLCARD, "CTL-INTEREST-RATE")


def decode_control(raw: bytes) -> ControlCard | None:
    """The control card, or ``None`` when a field is not numeric (posting-notes A3)."""
    cycle, run_date, rate = raw[_CTL_CYCLE], raw[_CTL_DATE], raw[_CTL_RATE]
    if not (cycle.isdigit() and run_date.isdigit() and rate.isdigit()):
        return None
    interest_rate = _CTL_RATE_CODEC.decode(rate)
    assert isinstance(interest_rate, Decimal)
    return ControlCard(int(cycle), int(run_date), interest_rate)


# --- TRANSIN ------------------------------------------------------------------------------

_TR_AMOUNT_CODEC_DECODE = codec(TRANSREC, "TR-AMOUNT").decode
_TR_AMOUNT_EXPONENT = f"E-{TRANSREC.field('TR-AMOUNT').picture.scale}"  # type: ignore[union-attr]


def decode_card_amount(raw: bytes) -> Decimal:
    """TR-AMOUNT, S9(9)V99 with a trailing embedded sign. Most cards carry plain digits (a
    positive amount): those read as ``Decimal(text)``; an overpunched sign or a fault goes to the
    record layer's codec, which raises ``InvalidNumeric`` for bytes that are not numeric."""
    if raw.isdigit():
        return Decimal(raw.decode(TEXT) + _TR_AMOUNT_EXPONENT)
    value = _TR_AMOUNT_CODEC_DECODE(raw)
    assert isinstance(value, Decimal)
    return value


class DigitsTable(dict[bytes, int | None]):
    """The value of an unsigned DISPLAY number from its bytes, or ``None`` when they are not all
    ASCII digits (COBOL's NUMERIC test: ``bytes.isdigit``), remembered as they are met. A deck
    holds few distinct TCs, tax periods and dates, and a dict hit (in C) costs a fifth of
    ``isdigit`` and ``int`` on the bytes (issue 13, session 6). At most ``limit`` values are
    kept, so memory stays flat on any deck."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def __missing__(self, raw: bytes) -> int | None:
        value = int(raw) if raw.isdigit() else None
        if len(self) < self.limit:
            self[raw] = value
        return value


_CARD_CODES = DigitsTable(limit=4096)
"""TR-TC values."""
_CARD_PERIODS_AND_DATES = DigitsTable(limit=16384)
"""TR-TAX-PERIOD and TR-TRANS-DATE values (six digits each)."""
_ZERO_AMOUNT = b"0" * TRANSREC.field("TR-AMOUNT").size


_CARD_FIELDS = TRANSREC_PARTS


def _split_format(layout: RecordLayout, names: Sequence[str]) -> struct.Struct:
    """One ``struct`` that cuts a record into the bytes of consecutive fields covering it whole:
    a single C call instead of a slice per field."""
    items = [layout.field(name) for name in names]
    ends = [0, *(item.offset + item.size for item in items)]
    if [item.offset for item in items] != ends[:-1] or ends[-1] != layout.size:
        raise ValueError(f"{names} do not cover {layout.name} end to end")
    return struct.Struct("".join(f"{item.size}s" for item in items))


def _split_joined(
    layout: RecordLayout, names: Sequence[str], first: str, second: str
) -> struct.Struct:
    """As :func:`_split_format`, with the fields ``first`` and ``second`` (one right after the
    other) cut as one: :func:`decode_card` looks its TC and tax period up together."""
    _split_format(layout, names)  # the fields cover the record end to end
    at = list(names).index(first)
    if names[at + 1] != second:
        raise ValueError(f"{second} does not follow {first} in {layout.name}")
    sizes = [layout.field(name).size for name in names]
    sizes[at : at + 2] = [sizes[at] + sizes[at + 1]]
    return struct.Struct("".join(f"{size}s" for size in sizes))


_SPLIT_CARD = _split_format(TRANSREC, _CARD_FIELDS).unpack
_SPLIT_JUDGED = _split_joined(TRANSREC, _CARD_FIELDS, "TR-TC", "TR-TAX-PERIOD").unpack


def decode_transaction(raw: bytes) -> Transaction:
    """A card as read, every field decoded; numeric fields that are not numeric decode to
    ``None`` (U05 later). TAX-PERIOD and TRANS-DATE are groups of digits, read as one number
    each. The NUMERIC test of an unsigned DISPLAY number is ``bytes.isdigit()``: ASCII digits
    only, as COBOL's. The careful path of :func:`decode_card`."""
    tin, name_control, tc, tax_period, amount_bytes, trans_date, seq, data = _SPLIT_CARD(raw)
    amount: Decimal | None
    if amount_bytes == _ZERO_AMOUNT:
        amount = ZERO
    else:
        try:
            amount = decode_card_amount(amount_bytes)
        except InvalidNumeric:
            amount = None
    key = tin + seq
    numbers = _CARD_PERIODS_AND_DATES
    return new_record(
        Transaction,
        (
            raw,
            key,
            key.isdigit(),  # TIN and SEQ both numeric
            tin.decode(TEXT),
            name_control.decode(TEXT),
            _CARD_CODES[tc],
            numbers[tax_period],
            amount,
            numbers[trans_date],
            data.decode(TEXT),
        ),
    )


def judged_card(raw: bytes) -> Card:
    """The careful path: the card decoded whole, then judged by ``validation.check_card``."""
    card = decode_transaction(raw)
    verdict = check_card(card)
    if isinstance(verdict, UnpostableCode):
        return new_record(InvalidCard, (raw, card.key, card.tin, card.amount, verdict))
    return verdict


def decode_card(raw: bytes) -> Card:
    """A card as the run meets it: judged on its own as it is read (U05, U04), one object per
    card: an :class:`EntityCard` or a :class:`ModuleCard`, typed, or an :class:`InvalidCard`
    with its UPC.

    The fast path takes the common shape (a TC and tax period that can pass, a valid date,
    numeric TIN and SEQ, an amount of plain digits, the TC's numeric DATA fields numeric) with
    one table lookup for the TC and tax period together and one for the date
    (``validation.CARD_KINDS``, ``VALID_CARD_DATES``); anything else, valid or not, takes the
    careful path (:func:`judged_card`), and a property test checks that both agree
    (``tests/modern/test_recordio.py``).
    """
    tin, name_control, tc_and_period, amount_bytes, trans_date, seq, data = _SPLIT_JUDGED(raw)
    kind = CARD_KINDS[tc_and_period]
    card_type = kind.card_type
    date = VALID_CARD_DATES[trans_date]
    key = tin + seq
    if card_type is None or date is None or not key.isdigit():
        return judged_card(raw)
    amount: Decimal
    if amount_bytes == _ZERO_AMOUNT:  # a third of the cards (the TCs that carry no amount)
        amount = ZERO
    elif amount_bytes.isdigit() and not kind.zero_amount:  # as decode_card_amount reads it
        amount = Decimal(amount_bytes.decode(TEXT) + _TR_AMOUNT_EXPONENT)
    else:
        return judged_card(raw)
    text = data.decode(TEXT)
    for where in kind.numeric_data:
        if not is_digits(text[where]):
            return judged_card(raw)
    # Built with tuple.__new__: a NamedTuple's own __new__ is a Python-level function, and
    # calling it costs more than the rest of this decode (measured; issue 13, session 5).
    return new_record(
        card_type,
        (
            raw,
            key,
            tin.decode(TEXT),
            name_control.decode(TEXT),
            kind.tc,
            kind.tax_period,
            amount,
            date,
            text,
        ),
    )


# --- MASTIN / MASTOUT -----------------------------------------------------------------------

_SLOTS = TAXACCT.field("TA-MODULE")
_SLOT_BASE, _SLOT_SIZE = _SLOTS.offset, _SLOTS.size
_SLOT_STARTS = tuple(_SLOT_BASE + index * _SLOT_SIZE for index in range(_SLOTS.count))

_MODULE_NUMBERS = (
    "TA-TAX-PERIOD",
    "TA-STATUS",
    "TA-STATUS-CYCLE",
    "TA-RETURN-DATE",
    "TA-INTEREST-DATE",
    "TA-NOTICE-CYCLE",
    "TA-LAST-TC",
    "TA-LAST-ACTIVITY",
)
_MODULE_MONEY = (
    "TA-TAX-ASSESSED",
    "TA-CREDITS",
    "TA-FTF-PENALTY",
    "TA-FTP-PENALTY",
    "TA-INTEREST",
    "TA-BALANCE",
)
_M = {name: span(TAXACCT, name, _SLOT_BASE) for name in (*_MODULE_NUMBERS, *_MODULE_MONEY)}
_M.update(
    {
        name: span(TAXACCT, name, _SLOT_BASE)
        for name in ("TA-FREEZE-A", "TA-FREEZE-L", "TA-FREEZE-R", "TA-LAST-NOTICE")
    }
)
_M_TAX_PERIOD, _M_STATUS, _M_STATUS_CYCLE = (
    _M["TA-TAX-PERIOD"],
    _M["TA-STATUS"],
    _M["TA-STATUS-CYCLE"],
)
_M_RETURN_DATE, _M_INTEREST_DATE = _M["TA-RETURN-DATE"], _M["TA-INTEREST-DATE"]
_M_NOTICE_CYCLE, _M_LAST_TC = _M["TA-NOTICE-CYCLE"], _M["TA-LAST-TC"]
_M_LAST_ACTIVITY, _M_LAST_NOTICE = _M["TA-LAST-ACTIVITY"], _M["TA-LAST-NOTICE"]
_M_FREEZE_A, _M_FREEZE_L, _M_FREEZE_R = _M["TA-FREEZE-A"], _M["TA-FREEZE-L"], _M["TA-FREEZE-R"]
_M_MONEY_SPANS = tuple(_M[name] for name in _MODULE_MONEY)


class PackedMoney:
    """The codec of a COMP-3 money field (``S9(n)V99``, n odd), tuned for the run's hottest
    path: the field codec of the record layer does the work for anything unusual (and raises
    its errors), a short path does the common cases, and ``tests/modern/test_recordio.py``
    checks that both give the same bytes and values.

    - zero, the usual penalty and interest, is a precomputed constant both ways;
    - a value in cents is written as its digits' hex text plus the sign nibble (C or D);
    - bytes with a C, D or F sign nibble and decimal digits read through ``Decimal(text)``.
    """

    __slots__ = ("codec_decode", "codec_encode", "digits", "longest", "zero", "zero_bytes")

    def __init__(self, item: FieldLayout) -> None:
        picture = item.picture
        shaped = picture is not None and item.usage is Usage.COMP_3 and picture.signed
        if picture is None or not (shaped and picture.scale == 2 and picture.digits % 2 == 1):
            raise ValueError(f"{item.name}: PackedMoney needs S9(n)V99 COMP-3 with n odd")
        codec = field_codec(item)
        self.codec_decode, self.codec_encode = codec.decode, codec.encode
        self.digits = picture.digits
        self.longest = self.digits + 2
        """The longest text of a value that fits: "-", the digits and the point."""
        self.zero = Decimal("0.00")
        self.zero_bytes = codec.encode(self.zero)

    def encode(self, value: Decimal) -> bytes:
        if not value:
            return self.zero_bytes
        # The digits come from the value's text (cheaper than scaling a Decimal): with two
        # decimals it is plain notation, "-1234.56", never an exponent form.
        text = str(value)
        # unhexlify: the same bytes as bytes.fromhex, about four times cheaper; the digits are
        # the text without its point (and sign), zero-filled.
        if text[-3] == ".":
            if text[0] == "-":
                if len(text) <= self.longest:
                    return unhexlify(text[1:].replace(".", "").zfill(self.digits) + "d")
            elif len(text) < self.longest:
                return unhexlify(text.replace(".", "").zfill(self.digits) + "c")
        return self.codec_encode(value)  # more decimals, or too large: the codec decides

    def decode(self, raw: bytes) -> Decimal:
        if raw == self.zero_bytes:
            return self.zero
        text = raw.hex()
        sign, digits = text[-1], text[:-1]
        if sign in _PACKED_SIGNS and digits.isdigit() and len(raw) == len(self.zero_bytes):
            value = Decimal(digits + "E-2")
            return -value if sign == "d" and value else value  # -0 reads as 0, as the codec
        decoded = self.codec_decode(raw)  # raises InvalidNumeric, naming the fault
        assert isinstance(decoded, Decimal)
        return decoded


_PACKED_SIGNS = frozenset("cdf")


class ZonedMoney:
    """The encoder of a DISPLAY money field (``9(n)V99`` or ``S9(n)V99``, trailing embedded
    sign), tuned as :class:`PackedMoney`: a value not below zero with two decimals that fits
    is its digits zero-filled (no sign to embed); anything else goes to the record layer's
    codec. ``tests/modern/test_recordio.py`` checks both give the same bytes."""

    __slots__ = ("codec_encode", "size")

    def __init__(self, item: FieldLayout) -> None:
        picture = item.picture
        if picture is None or item.usage is not Usage.DISPLAY or picture.scale != 2:
            raise ValueError(f"{item.name}: ZonedMoney needs 9(n)V99 or S9(n)V99 DISPLAY")
        self.codec_encode = field_codec(item).encode
        self.size = item.size

    def encode(self, value: Decimal) -> bytes:
        text = str(value)
        if text[-3] == "." and text[0] != "-" and len(text) <= self.size + 1:
            return (text[:-3] + text[-2:]).zfill(self.size).encode(TEXT)
        return self.codec_encode(value)  # negative, other decimals, too large: the codec


_MONEY_CODECS = tuple(PackedMoney(TAXACCT.field(name)) for name in _MODULE_MONEY)
_MODULE_HEAD = TextTemplate(
    TAXACCT,
    (
        "TA-TAX-PERIOD",
        "TA-STATUS",
        "TA-STATUS-CYCLE",
        "TA-FREEZE-A",
        "TA-FREEZE-L",
        "TA-FREEZE-R",
        "TA-RETURN-DATE",
    ),
)
_MODULE_TAIL = TextTemplate(
    TAXACCT,
    ("TA-INTEREST-DATE", "TA-LAST-NOTICE", "TA-NOTICE-CYCLE", "TA-LAST-TC", "TA-LAST-ACTIVITY"),
)
_ACCOUNT_HEAD = TextTemplate(
    TAXACCT,
    (
        "TA-TIN",
        "TA-NAME-CONTROL",
        "TA-NAME-LINE",
        "TA-STREET",
        "TA-CITY",
        "TA-STATE",
        "TA-ZIP",
        "TA-FILING-STATUS",
        "TA-BANK-RTN",
        "TA-BANK-ACCT",
        "TA-ESTABLISHED-CYCLE",
        "TA-LAST-UPDATE-CYCLE",
        "TA-MODULE-COUNT",
    ),
    as_text=("TA-TIN", "TA-ZIP", "TA-FILING-STATUS", "TA-BANK-RTN"),
)
(
    _A_TIN,
    _A_NAME_CONTROL,
    _A_NAME_LINE,
    _A_STREET,
    _A_CITY,
    _A_STATE,
    _A_ZIP,
    _A_FILING_STATUS,
    _A_BANK_RTN,
    _A_BANK_ACCT,
    _A_ESTABLISHED_CYCLE,
    _A_LAST_UPDATE_CYCLE,
    _A_MODULE_COUNT,
) = (span(TAXACCT, name) for name in _ACCOUNT_HEAD.names)
assert _A_MODULE_COUNT.stop == TAXACCT.field("TA-MODULE").offset
_TEXT_COUNT = _ACCOUNT_HEAD.names.index("TA-ESTABLISHED-CYCLE")
_ACCOUNT_TEXT = TextTemplate(TAXACCT, _ACCOUNT_HEAD.names[:_TEXT_COUNT], _ACCOUNT_HEAD.as_text)
_ACCOUNT_NUMBERS = TextTemplate(TAXACCT, _ACCOUNT_HEAD.names[_TEXT_COUNT:])
"""The account head in two runs: the text fields (TIN .. BANK-ACCT) and the three numbers the
run changes most (ESTABLISHED-CYCLE, LAST-UPDATE-CYCLE, MODULE-COUNT)."""
_A_FILLER = slice(_SLOTS.end, TAXACCT.size)


_MONEY_RUN = slice(_M_MONEY_SPANS[0].start, _M_MONEY_SPANS[-1].stop)
_PACKED_ZEROS = frozenset(
    bytes(where.stop - where.start - 1) + sign
    for where in _M_MONEY_SPANS
    for sign in (b"\x0c", b"\x0d")
)
"""+0 and -0 of every money field of a slot (a set lookup is cheaper than testing the digits)."""


def _cut(items: Sequence[FieldLayout], base: int, size: int) -> struct.Struct:
    """A ``struct`` format that cuts ``size`` bytes from ``base`` into ``items`` (consecutive
    elementary fields, in byte order), one ``bytes`` value each."""
    position, parts = base, []
    for item in items:
        if item.offset != position:
            raise ValueError(f"{item.name} does not follow the field before it")
        parts.append(f"{item.size}s")
        position += item.size
    if position != base + size:
        raise ValueError("the fields do not fill the area")
    return struct.Struct("".join(parts))


_SLOT_STRUCT = _cut(_SLOTS.children, _SLOT_BASE, _SLOT_SIZE)
"""TA-MODULE's eighteen fields, cut by one call."""
assert len(_SLOT_STRUCT.unpack(bytes(_SLOT_SIZE))) == len(Module(0).values())
_SLOTS_IN_USE = tuple(
    struct.Struct(f"{_SLOT_BASE}x" + f"{_SLOT_SIZE}s" * count).unpack_from
    for count in range(MAX_MODULES + 1)
)
"""By MODULE-COUNT: the record's first COUNT slots, cut by one call."""
_CHARACTER = {bytes([code]): chr(code) for code in range(256)}
"""A one-byte field as text (Latin-1): a dict lookup is cheaper than ``bytes.decode``."""


class _MasterNumbers(dict[bytes, int]):
    """The unsigned DISPLAY numbers of MASTIN (cycles, periods, statuses, dates, TCs) by their
    bytes, remembered as they are met (the edit pass let only digits through). A master holds
    few distinct values of them, and a dict hit (in C) costs a third of ``int`` on the bytes
    (issue 13, session 6). At most ``limit`` are kept, so memory stays flat on any master."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def __missing__(self, raw: bytes) -> int:
        value = int(raw)
        if len(self) < self.limit:
            self[raw] = value
        return value


_NUMBERS = _MasterNumbers(limit=16384)


_SIGN_TEXT = tuple("-" if last & 0x0F == 0x0D else "" for last in range(256))
"""By the last byte of a packed field: the sign its text takes ("-" for a D sign nibble)."""


def _packed_money(raw: bytes) -> Decimal:
    """One COMP-3 money field of a slot that passed :func:`check_master_numbers` (sign C or D,
    decimal digits). Zero (the usual penalty and interest), +0 or -0, is the shared
    ``money.ZERO``: a field keeps its bytes while it holds this very object, and a store puts
    a new one there (:func:`encode_module`). A -0 reads as 0, as the codec reads it.

    :func:`decode_module` writes this same expression out for each of its six fields (six
    calls cost about a fifth of the slot's decode: issue 13, session 7); the tests read the
    fields through this function and compare."""
    return ZERO if raw in _PACKED_ZEROS else Decimal(_SIGN_TEXT[raw[-1]] + raw.hex()[:-1] + "E-2")


def decode_module(raw: bytes) -> Module:
    """One module slot (``raw`` is its bytes); its numbers passed :func:`check_master_numbers`.

    The slot is cut into its eighteen fields by one ``struct`` call (formats taken from the
    layout), so that each field costs only its conversion: each DISPLAY number a dict hit
    (issue 13, session 6), each money field :func:`_packed_money`'s expression written out
    (no call: issue 13, session 7). Not a table like :data:`_NUMBERS`: money has too many
    values to remember. The cost left is ``Decimal`` itself (about 0.5 µs to build one, from
    text or from an int: the constructor looks up the thread's context)."""
    (
        tax_period,
        status,
        status_cycle,
        freeze_a,
        freeze_l,
        freeze_r,
        return_date,
        assessed,
        credits,
        ftf,
        ftp,
        interest,
        balance,
        interest_date,
        last_notice,
        notice_cycle,
        last_tc,
        last_activity,
    ) = _SLOT_STRUCT.unpack(raw)
    numbers, zeros, sign = _NUMBERS, _PACKED_ZEROS, _SIGN_TEXT
    values: ModuleValues = (
        numbers[tax_period],
        numbers[status],
        numbers[status_cycle],
        _CHARACTER[freeze_a],
        _CHARACTER[freeze_l],
        _CHARACTER[freeze_r],
        numbers[return_date],
        ZERO if assessed in zeros else Decimal(sign[assessed[-1]] + assessed.hex()[:-1] + "E-2"),
        ZERO if credits in zeros else Decimal(sign[credits[-1]] + credits.hex()[:-1] + "E-2"),
        ZERO if ftf in zeros else Decimal(sign[ftf[-1]] + ftf.hex()[:-1] + "E-2"),
        ZERO if ftp in zeros else Decimal(sign[ftp[-1]] + ftp.hex()[:-1] + "E-2"),
        ZERO if interest in zeros else Decimal(sign[interest[-1]] + interest.hex()[:-1] + "E-2"),
        ZERO if balance in zeros else Decimal(sign[balance[-1]] + balance.hex()[:-1] + "E-2"),
        numbers[interest_date],
        last_notice.decode(TEXT),
        numbers[notice_cycle],
        numbers[last_tc],
        numbers[last_activity],
    )
    return Module(*values, stored=new_record(StoredModule, (values, raw)))


def decode_account(raw: bytes) -> Account:
    """A master record that passed :func:`check_master` (the edit pass, :func:`scan_master`).
    Its numbers are not tested again: bytes that would fail them raise ``ValueError``."""
    text = raw.decode(TEXT)
    count = _NUMBERS[raw[_A_MODULE_COUNT]]
    head: AccountValues = (
        text[_A_TIN],
        text[_A_NAME_CONTROL],
        text[_A_NAME_LINE],
        text[_A_STREET],
        text[_A_CITY],
        text[_A_STATE],
        text[_A_ZIP],
        text[_A_FILING_STATUS],
        text[_A_BANK_RTN],
        text[_A_BANK_ACCT],
        _NUMBERS[raw[_A_ESTABLISHED_CYCLE]],
        _NUMBERS[raw[_A_LAST_UPDATE_CYCLE]],
        count,
    )
    # The slots in use, cut by one struct call and decoded by map (no comprehension frame).
    modules = list(map(decode_module, _SLOTS_IN_USE[count](raw)))
    # The head's values in Account's field order (MODULE-COUNT is the modules' length).
    return Account(
        *head[:12], modules, raw[_A_FILLER], new_record(StoredAccount, (head, raw[: _SLOTS.offset]))
    )


# Module.values() lists the slot's fields in TA-MODULE order: the DISPLAY head [0:7], the six
# packed money fields [7:13], the DISPLAY tail [13:18] (mypy types literal slices of the tuple).
assert (len(_MODULE_HEAD.names), len(_MODULE_MONEY), len(_MODULE_TAIL.names)) == (7, 6, 5)
assert _M_RETURN_DATE.stop == _M_MONEY_SPANS[0].start
assert _M_INTEREST_DATE.start == _M_MONEY_SPANS[-1].stop
assert all(a.stop == b.start for a, b in pairwise(_M_MONEY_SPANS)), "money fields not contiguous"


_MONEY_KEPT = tuple(zip(_M_MONEY_SPANS, [money.encode for money in _MONEY_CODECS], strict=True))
"""(bytes in the slot, encoder) of each money field, in Module.values() order [7:13]."""
(
    (_AT_ASSESSED, _ENCODE_ASSESSED),
    (_AT_CREDITS, _ENCODE_CREDITS),
    (_AT_FTF, _ENCODE_FTF),
    (_AT_FTP, _ENCODE_FTP),
    (_AT_INTEREST, _ENCODE_INTEREST),
    (_AT_BALANCE, _ENCODE_BALANCE),
) = _MONEY_KEPT
_HEAD_BYTES = slice(0, _MONEY_RUN.start)
_TAIL_BYTES = slice(_MONEY_RUN.stop, _SLOT_SIZE)
assert _MONEY_RUN.stop + _MODULE_TAIL.size == _SLOT_SIZE, "TA-MODULE ends with its DISPLAY tail"
(
    _E_TAX_PERIOD,
    _E_STATUS,
    _E_STATUS_CYCLE,
    _E_FREEZE_A,
    _E_FREEZE_L,
    _E_FREEZE_R,
    _E_RETURN_DATE,
) = field_encodings(_MODULE_HEAD)
_E_INTEREST_DATE, _E_LAST_NOTICE, _E_NOTICE_CYCLE, _E_LAST_TC, _E_LAST_ACTIVITY = field_encodings(
    _MODULE_TAIL
)
_ZERO_ASSESSED, _ZERO_CREDITS, _ZERO_FTF, _ZERO_FTP, _ZERO_INTEREST, _ZERO_BALANCE = (
    money.zero_bytes for money in _MONEY_CODECS
)


def _head_bytes(head: tuple[int, int, int, str, str, str, int]) -> bytes:
    """A slot's DISPLAY head (TAX-PERIOD .. RETURN-DATE), field by field from the tables: a
    third of the cost of one ``%`` format (issue 13, session 7)."""
    tax_period, status, status_cycle, freeze_a, freeze_l, freeze_r, return_date = head
    return b"".join(
        (
            _E_TAX_PERIOD[tax_period],
            _E_STATUS[status],
            _E_STATUS_CYCLE[status_cycle],
            _E_FREEZE_A[freeze_a],
            _E_FREEZE_L[freeze_l],
            _E_FREEZE_R[freeze_r],
            _E_RETURN_DATE[return_date],
        )
    )


def _tail_bytes(tail: tuple[int, str, int, int, int]) -> bytes:
    """A slot's DISPLAY tail (INTEREST-DATE .. LAST-ACTIVITY), as :func:`_head_bytes`."""
    interest_date, last_notice, notice_cycle, last_tc, last_activity = tail
    return b"".join(
        (
            _E_INTEREST_DATE[interest_date],
            _E_LAST_NOTICE[last_notice],
            _E_NOTICE_CYCLE[notice_cycle],
            _E_LAST_TC[last_tc],
            _E_LAST_ACTIVITY[last_activity],
        )
    )


# The DISPLAY parts are formatted without TextTemplate.encode's length check (a call and a
# test per part): encode_account checks the length of the whole record once, and a number too
# large for its PICTURE makes it longer (:func:`_unfit` then names the field). The six money
# fields are written out one by one below rather than looped over: a loop costs more than the
# tests it makes (issue 13, session 6).


def _new_slot(values: ModuleValues) -> bytes:
    """A module the run inserted, encoded whole."""
    assessed, credits, ftf, ftp, interest, balance = values[7:13]
    # A zero (most penalties and interest of a new module) is its constant bytes, no call.
    return b"".join(
        (
            _head_bytes(values[0:7]),
            _ENCODE_ASSESSED(assessed) if assessed else _ZERO_ASSESSED,
            _ENCODE_CREDITS(credits) if credits else _ZERO_CREDITS,
            _ENCODE_FTF(ftf) if ftf else _ZERO_FTF,
            _ENCODE_FTP(ftp) if ftp else _ZERO_FTP,
            _ENCODE_INTEREST(interest) if interest else _ZERO_INTEREST,
            _ENCODE_BALANCE(balance) if balance else _ZERO_BALANCE,
            _tail_bytes(values[13:18]),
        )
    )


def encode_module(module: Module) -> bytes:
    """The slot's bytes: a module read from MASTIN keeps every byte of a field whose value did
    not change; a new module is encoded whole.

    The DISPLAY head and tail of a slot read are re-encoded when one of their values changed:
    a DISPLAY field holding the value read encodes to the bytes read (the edit pass let only
    digits through), so that keeps the bytes of every field but the changed ones. So does a
    packed money field: a value has one encoding (the edit pass let through only signs C and
    D), but for a packed -0, which :func:`_slot_with_negative_zero` looks after."""
    values = module.values()
    stored = module.stored
    if stored is None:
        return _new_slot(values)
    before, raw = stored
    if _NEGATIVE_ZERO in raw:
        return _slot_with_negative_zero(values, before, raw)
    if values == before:  # nothing changed (one C-level comparison)
        return raw
    head, tail = values[0:7], values[13:18]
    assessed, credits, ftf, ftp, interest, balance = values[7:13]
    old_assessed, old_credits, old_ftf, old_ftp, old_interest, old_balance = before[7:13]
    return b"".join(
        (
            raw[_HEAD_BYTES] if head == before[0:7] else _head_bytes(head),
            raw[_AT_ASSESSED] if assessed == old_assessed else _ENCODE_ASSESSED(assessed),
            raw[_AT_CREDITS] if credits == old_credits else _ENCODE_CREDITS(credits),
            raw[_AT_FTF] if ftf == old_ftf else _ENCODE_FTF(ftf),
            raw[_AT_FTP] if ftp == old_ftp else _ENCODE_FTP(ftp),
            raw[_AT_INTEREST] if interest == old_interest else _ENCODE_INTEREST(interest),
            raw[_AT_BALANCE] if balance == old_balance else _ENCODE_BALANCE(balance),
            raw[_TAIL_BYTES] if tail == before[13:18] else _tail_bytes(tail),
        )
    )


def _slot_with_negative_zero(values: ModuleValues, before: ModuleValues, raw: bytes) -> bytes:
    """A slot that may hold a packed -0 (read as the shared ``money.ZERO``). A stored zero is
    +0 whatever was read (a COMPUTE never stores -0, posting-notes P6), so a zero keeps its
    bytes only while it is the very object read; a non-zero value keeps them when equal."""
    head, tail = values[0:7], values[13:18]
    parts = [raw[_HEAD_BYTES] if head == before[0:7] else _head_bytes(head)]
    for (where, encode), value, old in zip(_MONEY_KEPT, values[7:13], before[7:13], strict=True):
        parts.append(raw[where] if value is old or (value and value == old) else encode(value))
    parts.append(raw[_TAIL_BYTES] if tail == before[13:18] else _tail_bytes(tail))
    return b"".join(parts)


_NEGATIVE_ZERO = bytes(min(where.stop - where.start for where in _M_MONEY_SPANS) - 1) + b"\x0d"
"""The bytes every packed -0 of a slot ends with (zero digits, sign D, as long as the shortest
money field): a slot without them holds no -0. Other bytes that happen to match only take the
careful path."""


EMPTY_MODULE = encode_module(Module(tax_period=0))
"""Module slots above MODULE-COUNT are written in empty form (RULEBOOK §2)."""
_EMPTY_SLOTS = tuple(EMPTY_MODULE * (MAX_MODULES - count) for count in range(MAX_MODULES + 1))
"""By MODULE-COUNT: the empty slots above it, as one run of bytes."""
_TEXT_FORMAT = _ACCOUNT_TEXT.format
_E_ESTABLISHED_CYCLE, _E_LAST_UPDATE_CYCLE, _E_MODULE_COUNT = field_encodings(_ACCOUNT_NUMBERS)


def encode_account(account: Account) -> bytes:
    """The master record: the head, the modules, the empty slots above MODULE-COUNT, and the
    trailing FILLER as read (spaces for a new account). The head holds only DISPLAY fields, so
    re-encoding it keeps the bytes of every field whose value did not change."""
    values = account.head_values()
    stored = account.stored
    if stored is None:
        head = (_ACCOUNT_HEAD.format % values).encode(TEXT)
    elif values == stored.values:
        head = stored.raw
    else:
        # Usually only LAST-UPDATE-CYCLE (or MODULE-COUNT) changed: the text fields before
        # them keep their bytes when their values did not change (a DISPLAY text read encodes
        # to its bytes), and only the three numbers are formatted.
        text = values[:_TEXT_COUNT]
        established_cycle, last_update_cycle, module_count = values[_TEXT_COUNT:]
        head = b"".join(
            (
                stored.raw[: _ACCOUNT_TEXT.size]
                if text == stored.values[:_TEXT_COUNT]
                else (_TEXT_FORMAT % text).encode(TEXT),
                _E_ESTABLISHED_CYCLE[established_cycle],
                _E_LAST_UPDATE_CYCLE[last_update_cycle],
                _E_MODULE_COUNT[module_count],
            )
        )
    modules = account.modules
    record = b"".join(
        (head, *map(encode_module, modules), _EMPTY_SLOTS[len(modules)], account.filler)
    )
    if len(record) != ACCOUNT_LENGTH:
        raise _unfit(account)
    return record


def _unfit(account: Account) -> ValueError:
    """Why a master record did not come out at its length: the checking templates name the
    number too large for its PICTURE."""
    try:
        _ACCOUNT_HEAD.encode(account.head_values())
        for module in account.modules:
            values = module.values()
            _MODULE_HEAD.encode(values[0:7])
            _MODULE_TAIL.encode(values[13:18])
    except ValueError as error:
        return error
    return ValueError(f"master {account.tin}: the record is not {ACCOUNT_LENGTH} bytes")


# --- NOTICES, REFUNDS, UNPOST -------------------------------------------------------------------

_NOTICE_HEAD = TextTemplate(
    NOTICE,
    (
        "NT-TIN",
        "NT-NOTICE-CODE",
        "NT-TAX-PERIOD",
        "NT-NAME-LINE",
        "NT-STREET",
        "NT-CITY",
        "NT-STATE",
        "NT-ZIP",
    ),
    as_text=("NT-TIN", "NT-ZIP"),
)
_NT_BALANCE_DUE = ZonedMoney(NOTICE.field("NT-BALANCE-DUE")).encode
_NT_FTP_THIS = ZonedMoney(NOTICE.field("NT-FTP-THIS")).encode
_NT_INTEREST_THIS = ZonedMoney(NOTICE.field("NT-INTEREST-THIS")).encode
_NOTICE_TAIL = TextTemplate(NOTICE, ("NT-CYCLE", "NT-RESPOND-BY"))


def encode_notice(notice: Notice) -> bytes:
    return b"".join(
        (
            _NOTICE_HEAD.encode(
                (
                    notice.tin,
                    notice.code.value,
                    notice.tax_period,
                    notice.name_line,
                    notice.street,
                    notice.city,
                    notice.state,
                    notice.zip,
                )
            ),
            _NT_BALANCE_DUE(notice.balance_due),
            _NT_FTP_THIS(notice.ftp_this),
            _NT_INTEREST_THIS(notice.interest_this),
            _NOTICE_TAIL.encode((notice.cycle, notice.respond_by)),
        )
    )


_REFUND_HEAD = TextTemplate(REFUND, ("RF-TIN", "RF-TAX-PERIOD"), as_text=("RF-TIN",))
_RF_AMOUNT = ZonedMoney(REFUND.field("RF-AMOUNT")).encode
_REFUND_TAIL = TextTemplate(
    REFUND,
    (
        "RF-METHOD",
        "RF-BANK-RTN",
        "RF-BANK-ACCT",
        "RF-NAME-LINE",
        "RF-STREET",
        "RF-CITY",
        "RF-STATE",
        "RF-ZIP",
        "RF-CYCLE",
    ),
    as_text=("RF-BANK-RTN", "RF-ZIP"),
)


def encode_refund(refund: Refund) -> bytes:
    return b"".join(
        (
            _REFUND_HEAD.encode((refund.tin, refund.tax_period)),
            _RF_AMOUNT(refund.amount),
            _REFUND_TAIL.encode(
                (
                    refund.method.value,
                    refund.bank_rtn,
                    refund.bank_acct,
                    refund.name_line,
                    refund.street,
                    refund.city,
                    refund.state,
                    refund.zip,
                    refund.cycle,
                )
            ),
        )
    )


_UNPOST_TAIL = TextTemplate(UNPOST, ("UP-UPC", "UP-CYCLE", "UP-REASON"))


@lru_cache(maxsize=64)
def _unpost_tail(code: UnpostableCode, cycle: int) -> bytes:
    return _UNPOST_TAIL.encode((code.upc, cycle, code.reason))


def encode_unpostable(unpostable: Unpostable) -> bytes:
    """The card image as read, then its UPC, the cycle and the fixed reason text."""
    return unpostable.image + _unpost_tail(unpostable.code, unpostable.cycle)


# --- files ----------------------------------------------------------------------------------


def iter_records(path: Path, length: int) -> Iterator[bytes]:
    """The records of a sequential file, streamed by the record layer (whole records only:
    the run checked the size first)."""
    for _, raw in RecordFile(path, length).records():
        yield raw


def check_master(raw: bytes, previous_tin: bytes, number: int) -> None:
    """A numeric TIN not above the previous one is OUT OF SEQUENCE (checked first); a non-numeric
    TIN, or a MODULE-COUNT not numeric or above 4, is INVALID RECORD (posting-notes A2); so is
    a number of the record that is not numeric (:func:`check_master_numbers`).

    Replaces POSTING.cbl 1310-SCAN-ONE-MASTER.
    """
    tin, count = raw[_A_TIN], raw[_A_MODULE_COUNT]
    if tin.isdigit() and previous_tin and tin <= previous_tin:
        raise Abend(AbendCause.MASTIN_SEQUENCE, f"record {number:,}")
    if not tin.isdigit() or not count.isdigit() or int(count) > MAX_MODULES:
        raise Abend(AbendCause.MASTIN_INVALID, f"record {number:,}")
    check_master_numbers(raw, number)


def is_packed_numeric(raw: bytes) -> bool:
    """COBOL's NUMERIC class test on a signed COMP-3 field: every digit nibble 0-9 and the sign
    nibble C or D. GnuCOBOL 3.1.2 says NOT NUMERIC for a sign F in a signed field (probed), and
    POSTING.cbl writes only C and D."""
    text = raw.hex()
    return text[:-1].isdigit() and text[-1] in "cd"


_A_NUMBERS = tuple(
    (name, span(TAXACCT, name)) for name in ("TA-ESTABLISHED-CYCLE", "TA-LAST-UPDATE-CYCLE")
)
_M_CHECKS = tuple(
    (name, _M[name], name in _MODULE_MONEY)
    for name in sorted((*_MODULE_NUMBERS, *_MODULE_MONEY), key=lambda name: _M[name].start)
)


def _byte_class(values: Iterable[int]) -> bytes:
    return b"[" + b"".join(re.escape(bytes([value])) for value in values) + b"]"


_PACKED_DIGITS = _byte_class(high << 4 | low for high in range(10) for low in range(10))
_PACKED_SIGN = _byte_class(high << 4 | sign for high in range(10) for sign in (0xC, 0xD))


def _numbers_pattern(count: int) -> re.Pattern[bytes]:
    """One regular expression for every test of :func:`check_master_numbers` on a record with
    ``count`` modules in use, built from the layout: a valid record is one C-level match."""
    parts = [b".{%d}" % _A_NUMBERS[0][1].start]
    position = _A_NUMBERS[0][1].start
    for _, where in _A_NUMBERS:
        parts.append(
            b".{%d}" % (where.start - position) + b"[0-9]{%d}" % (where.stop - where.start)
        )
        position = where.stop
    for start in _SLOT_STARTS[:count]:
        for _, where, packed in _M_CHECKS:
            size = where.stop - where.start
            parts.append(b".{%d}" % (start + where.start - position))
            parts.append(
                _PACKED_DIGITS + b"{%d}" % (size - 1) + _PACKED_SIGN
                if packed
                else b"[0-9]{%d}" % size
            )
            position = start + where.stop
    return re.compile(b"".join(parts), re.DOTALL)


_NUMBERS_PATTERNS = tuple(_numbers_pattern(count) for count in range(MAX_MODULES + 1))


def _invalid_number(raw: bytes, number: int, name: str, where: slice) -> Abend:
    """MASTIN INVALID RECORD, naming the record, the byte (counted from 1) and the field."""
    return Abend(
        AbendCause.MASTIN_INVALID,
        f"record {number:,}, byte {where.start + 1}, field {name}: "
        f"bytes {raw[where].hex(' ').upper()} not numeric",
    )


def check_master_numbers(raw: bytes, number: int) -> None:
    """DECISION (posting-decisions A9): a master whose cycles, or any DISPLAY or packed number of
    a module in use, fail the NUMERIC class test is INVALID RECORD. GnuCOBOL would post on with
    such bytes (a bad sign nibble read as positive, arithmetic on undefined digits), so the
    program tests them in its edit pass and the three engines agree by design.

    Replaces POSTING.cbl 1310-SCAN-ONE-MASTER (its last part) and 1320-SCAN-ONE-MODULE.
    """
    if _NUMBERS_PATTERNS[int(raw[_A_MODULE_COUNT])].match(raw):
        return
    for name, where in _A_NUMBERS:
        if not raw[where].isdigit():
            raise _invalid_number(raw, number, name, where)
    for start in _SLOT_STARTS[: int(raw[_A_MODULE_COUNT])]:
        for name, where, packed in _M_CHECKS:
            field = raw[start + where.start : start + where.stop]
            if not (is_packed_numeric(field) if packed else field.isdigit()):
                at = slice(start + where.start, start + where.stop)
                raise _invalid_number(raw, number, name, at)
    raise AssertionError("the numbers pattern and the field tests disagree")  # pragma: no cover


def scan_master(path: Path) -> None:
    """The edit pass over MASTIN before any output is written (RULEBOOK §7): the first bad record
    abends the run.

    Replaces POSTING.cbl 1300-SCAN-MASTIN.
    """
    previous = b""
    for number, raw in enumerate(iter_records(path, ACCOUNT_LENGTH), start=1):
        check_master(raw, previous, number)
        previous = raw[_A_TIN]


_WHOLE_ACCOUNT = struct.Struct(f"{ACCOUNT_LENGTH}s")


def read_accounts(path: Path) -> Iterator[Account]:
    """MASTIN's accounts, streamed (the file passed :func:`scan_master`): read in chunks of
    whole records and cut as :func:`read_cards` cuts the cards, so the only Python frame per
    account is ``decode_account``."""
    chunks = RecordFile(path, ACCOUNT_LENGTH).chunks()
    records = chain.from_iterable(map(_WHOLE_ACCOUNT.iter_unpack, chunks))
    return map(decode_account, map(_RECORD, records))


_WHOLE_CARD = struct.Struct(f"{CARD_LENGTH}s")


def read_cards(path: Path) -> Iterator[Card]:
    """TRANSIN's cards, streamed: the file read in chunks of whole records, each chunk cut into
    cards by ``struct.iter_unpack`` and every step a ``map``, so the only Python frame per card
    is ``decode_card`` itself (looked up when the run starts)."""
    chunks = RecordFile(path, CARD_LENGTH).chunks()
    cards = chain.from_iterable(map(_WHOLE_CARD.iter_unpack, chunks))
    return map(decode_card, map(_RECORD, cards))


_RECORD = itemgetter(0)
"""The bytes of a card or a master: ``iter_unpack`` yields one-field tuples."""
