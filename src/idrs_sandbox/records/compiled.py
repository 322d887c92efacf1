"""Compiled layouts: one fast, layout-driven codec for every fixed-length record of the run.

``compile_layout(layout)`` turns a :class:`~idrs_sandbox.records.layout.RecordLayout` once into a
:class:`CompiledLayout`: every field's offset, size, enclosing OCCURS strides and one decoder and
one encoder chosen up front from its PICTURE and USAGE (as Cobrix picks one decoder per copybook
field), so that reading a record costs a slice and a conversion per field *read*, nothing for the
fields no rule reads, and writing a record costs an encoding per field *changed*: every other
byte, FILLERs included, passes through as it was.

- ``layout["TA-TIN"]`` is a :class:`CompiledField` (``offset`` from 0, ``byte`` from 1, ``size``,
  ``read(raw, *subscripts)``, ``encode(value)``);
- ``layout.reader("TA-TIN", "TA-MODULE-COUNT")`` generates one function ``(raw, at=0) -> tuple``
  (``at`` shifts every field, e.g. to module slot *i*: ``at = (i - 1) * 86``);
- ``layout.writer("TA-TAX-ASSESSED", "TA-BALANCE")`` generates one function
  ``(base, *values, at=0) -> bytes``: ``base`` (``None``: the empty form) with those fields
  re-encoded, every other byte kept;
- ``layout.view(raw)`` is a :class:`RecordView` over the original bytes: ``view["TA-TIN"]``,
  ``view.get("TA-BALANCE", 2)``, ``view.set(...)``; ``view.to_bytes()`` is the very object it was
  given while nothing was set.

Values: alphanumeric, alphabetic, edited items and groups are ``str`` (Latin-1 for ``ascii``, one
character per byte, so any byte reads and writes back; code page 037 for ``cp037``); a numeric
item without decimals (scale <= 0) is an ``int``, one with decimals a ``Decimal`` carrying them
(``9V99`` -> ``Decimal('1.50')``).

Reading is *total*: bytes that are not a value of the field's PICTURE and USAGE (spaces or
letters in a numeric field, a bad COMP-3 sign or digit nibble, a COMP value past its digits)
read as an :class:`InvalidField` carrying the raw bytes, the field (with subscripts), its byte
position in the record counted from 1, and the reason, never an exception: the engine or the
oracle decides what an invalid field means. Writing an ``InvalidField`` back stores its bytes.
Writing a value that does not fit raises ``RecordError`` naming the field; text is stored as a
COBOL MOVE stores it (cut on the right, or on the left when JUSTIFIED RIGHT, padded with spaces).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Context, Decimal
from itertools import pairwise
from typing import Any

from idrs_sandbox.records.codec import RecordError, field_codec
from idrs_sandbox.records.layout import FieldLayout, RecordLayout, Usage
from idrs_sandbox.records.numeric import Encoding, InvalidNumeric
from idrs_sandbox.records.picture import Category

_TEXT_CODECS: dict[str, str] = {"ascii": "latin-1", "cp037": "cp037"}

Value = Any  # int | Decimal | str | InvalidField


@dataclass(frozen=True, slots=True)
class InvalidField:
    """A field whose bytes are not a value of its PICTURE and USAGE (what a read gives instead of
    raising). ``byte`` counts from 1 in the record, as ``idrs records layout`` does."""

    field: str
    byte: int
    raw: bytes
    reason: str

    def message(self, record: int | None = None, source: str | None = None) -> str:
        """``MASTIN record 3, byte 203, field TA-BALANCE(1): bytes 00 00 00 00 00 1A bad packed
        sign nibble A``."""
        where = [f"record {record:,}"] if record is not None else []
        where += [f"byte {self.byte}", f"field {self.field}"]
        prefix = f"{source} " if source else ""
        hexed = self.raw.hex(" ").upper() or "(none)"
        return f"{prefix}{', '.join(where)}: bytes {hexed} {self.reason}"

    def __str__(self) -> str:
        return f"<invalid {self.field} {self.raw.hex(' ').upper()}>"


@dataclass(frozen=True, slots=True)
class _Occurs:
    stride: int
    count: int


class CompiledField:
    """One item of a compiled layout: where it is and its precomputed conversions."""

    __slots__ = (
        "_chunk_decode",
        "_chunk_encode",
        "byte",
        "item",
        "kind",
        "name",
        "occurs",
        "offset",
        "size",
    )

    def __init__(
        self,
        item: FieldLayout,
        occurs: tuple[_Occurs, ...],
        decode: Callable[[bytes], Value],
        encode: Callable[[Any], bytes],
        kind: str,
    ) -> None:
        self.item = item
        self.name = item.name
        self.offset = item.offset
        """From 0, for the first occurrence of every enclosing OCCURS."""
        self.byte = item.offset + 1
        self.size = item.size
        self.occurs = occurs
        """(stride, count) of each enclosing OCCURS (the item's own included), outermost first."""
        self.kind = kind
        """``text``, ``int`` or ``decimal``: what a read gives for valid bytes."""
        self._chunk_decode = decode
        self._chunk_encode = encode

    def start(self, subscripts: Sequence[int] = ()) -> int:
        """Where the occurrence ``subscripts`` (from 1) starts, from 0."""
        if len(subscripts) != len(self.occurs):
            wanted = len(self.occurs)
            raise RecordError(f"{self.name} takes {wanted} subscript(s), got {len(subscripts)}")
        at = self.offset
        for index, occurs in zip(subscripts, self.occurs, strict=True):
            if not 1 <= index <= occurs.count:
                raise RecordError(f"{self.name}: subscript {index} is outside 1-{occurs.count}")
            at += (index - 1) * occurs.stride
        return at

    def label(self, shift: int) -> str:
        """The name with the subscripts of the occurrence ``shift`` bytes after the first."""
        if not self.occurs:
            return self.name
        indexes = []
        for occurs in self.occurs:
            index, shift = divmod(shift, occurs.stride)
            indexes.append(str(index + 1))
        return f"{self.name}({', '.join(indexes)})"

    def decode_at(self, chunk: bytes, at: int) -> Value:
        """The value of ``chunk``, the bytes of the occurrence starting at ``at`` (from 0)."""
        try:
            return self._chunk_decode(chunk)
        except (InvalidNumeric, ValueError) as error:
            reason = error.reason if isinstance(error, InvalidNumeric) else str(error)
            return InvalidField(self.label(at - self.offset), at + 1, chunk, reason)

    def read(self, raw: bytes, *subscripts: int) -> Value:
        """The value of this field in the record ``raw`` (an ``InvalidField`` for bad bytes)."""
        at = self.start(subscripts)
        return self.decode_at(raw[at : at + self.size], at)

    def encode(self, value: Value) -> bytes:
        """The bytes of ``value``; ``RecordError`` naming the field when it does not fit."""
        if isinstance(value, InvalidField):
            if len(value.raw) != self.size:
                raise RecordError(f"field {self.name}: invalid bytes of another size")
            return value.raw
        try:
            return self._chunk_encode(value)
        except (ValueError, TypeError, OverflowError) as error:
            raise RecordError(f"field {self.name}: {error}") from None

    def __repr__(self) -> str:
        return f"<{self.kind} field {self.name} byte {self.byte} size {self.size}>"


# ---------------------------------------------------------------------------------------------
# one decoder and one encoder per field, chosen up front


def _text_encoder(size: int, text_codec: str, right: bool) -> Callable[[Any], bytes]:
    space = " ".encode(text_codec)

    def encode(value: Any) -> bytes:
        if not isinstance(value, str):
            raise TypeError(f"{value!r} is not a str")
        raw = value.encode(text_codec)
        if len(raw) >= size:  # a MOVE keeps the leftmost bytes, or the rightmost when JUSTIFIED
            return raw[len(raw) - size :] if right else raw[:size]
        padding = space * (size - len(raw))
        return padding + raw if right else raw + padding

    return encode


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"{value!r} is not a number (give an int or a Decimal)")
    if isinstance(value, Decimal) and value != value.to_integral_value():
        raise ValueError(f"{value} is not a whole number")
    return int(value)


def _conversions(
    item: FieldLayout, encoding: Encoding
) -> tuple[Callable[[bytes], Value], Callable[[Any], bytes], str]:
    """(decode, encode, kind) for one occurrence of ``item``."""
    text_codec = _TEXT_CODECS[encoding]
    picture = item.picture
    if item.is_group or (picture is not None and picture.category is not Category.NUMERIC):
        decode_text: Callable[[bytes], Value] = lambda chunk: chunk.decode(text_codec)  # noqa: E731
        return decode_text, _text_encoder(item.size, text_codec, item.justified), "text"
    codec = field_codec(item, encoding)
    decode, encode = codec.decode, codec.encode
    scale = picture.scale if picture is not None else 0  # INDEX: a whole number
    if item.usage is Usage.COMP_3 and picture is not None and picture.signed and picture.digits % 2:
        encode = _packed_encoder(encode, picture.digits, scale)
    if scale > 0:
        return decode, encode, "decimal"
    size = item.size
    plain = (
        encoding == "ascii"
        and item.usage is Usage.DISPLAY
        and picture is not None
        and not picture.signed
        and not item.blank_when_zero
        and scale == 0
    )
    if plain:
        # The commonest field (TINs, dates, codes): bytes.isdigit() is ASCII-only and false for
        # b"", which is COBOL's NUMERIC test on an unsigned DISPLAY field.
        limit = 10**size
        form = b"%0" + str(size).encode() + b"d"

        def decode_digits(chunk: bytes) -> Value:
            if chunk.isdigit() and len(chunk) == size:
                return int(chunk)
            return decode(chunk)  # raises InvalidNumeric with the reason

        def encode_digits(value: Any) -> bytes:
            if type(value) is int and 0 <= value < limit:
                return form % value
            return encode(Decimal(_integer(value)))

        return decode_digits, encode_digits, "int"

    def decode_int(chunk: bytes) -> Value:
        return int(decode(chunk))

    def encode_int(value: Any) -> bytes:
        return encode(Decimal(_integer(value)))

    return decode_int, encode_int, "int"


_EXACT = Context(prec=200, Emax=999_999, Emin=-999_999)
"""scaleb() rounds to its context's precision: this one holds any value exactly."""


def _packed_encoder(
    careful: Callable[[Any], bytes], digits: int, scale: int
) -> Callable[[Any], bytes]:
    """Signed COMP-3 with an odd digit count (money: S9(9)V99), the commonest field a posting
    writes: zero is a constant and a value that fits is the hex text of its digits and its sign
    nibble (C or D); anything else (too many digits or decimals, not a Decimal) goes to the
    field codec, which gives the same bytes or the error."""
    limit = 10**digits
    positive, negative = f"%0{digits}dc", f"%0{digits}dd"
    zero = careful(Decimal(0))

    def encode(value: Any) -> bytes:
        if type(value) is Decimal and value.is_finite():
            if not value:
                return zero  # -0 too: GnuCOBOL never stores a negative zero
            shifted = value.scaleb(scale, _EXACT)
            unscaled = int(shifted)
            if unscaled == shifted and -limit < unscaled < limit:
                text = positive % unscaled if unscaled > 0 else negative % -unscaled
                return bytes.fromhex(text)
        return careful(value)

    return encode


# ---------------------------------------------------------------------------------------------
# the compiled layout

_SUBSCRIPTED = re.compile(r"^\s*(.+?)\s*\(\s*(\d+(?:\s*,\s*\d+)*)\s*\)\s*$")


class CompiledLayout:
    """A record layout compiled once: fields by name, generated readers and writers, views."""

    def __init__(self, layout: RecordLayout, encoding: Encoding = "ascii") -> None:
        if encoding not in _TEXT_CODECS:
            raise ValueError(f"unknown encoding {encoding!r} (use ascii or cp037)")
        self.layout = layout
        self.encoding = encoding
        self.name = layout.name
        self.size = layout.size
        self._text_codec = _TEXT_CODECS[encoding]
        self._fields: dict[int, CompiledField] = {}
        self._by_name: dict[str, CompiledField] = {}
        for item, occurs in _items_with_occurs(layout.root, ()):
            compiled = CompiledField(item, occurs, *_conversions(item, encoding))
            self._fields[id(item)] = compiled
            if not item.filler:
                self._by_name.setdefault(item.name.upper(), compiled)
        self._empty = self._build_empty()
        self._readers: dict[tuple[str, ...], Callable[..., tuple[Value, ...]]] = {}
        self._writers: dict[tuple[str, ...], Callable[..., bytes]] = {}
        self._parts: dict[str, CompiledLayout] = {}

    # fields ------------------------------------------------------------------------------------

    def __getitem__(self, name: str) -> CompiledField:
        """The field ``name`` (qualify a duplicate as ``"X OF Y"``)."""
        found = self._by_name.get(name.upper())
        if found is not None and len(self.layout._by_name.get(name.upper(), ())) == 1:
            return found
        try:
            return self._fields[id(self.layout.field(name))]
        except Exception as error:  # LayoutError: unknown or ambiguous
            raise RecordError(str(error)) from None

    def __contains__(self, name: object) -> bool:
        return name in self.layout

    def fields(self) -> Iterator[CompiledField]:
        """Every item, in declaration order (groups, views and FILLERs included)."""
        return iter(self._fields.values())

    def elementary(self, *, views: bool = False) -> Iterator[tuple[CompiledField, tuple[int, ...]]]:
        """Every elementary occurrence of the primary view (with ``views``: of every REDEFINES
        view too), as (field, subscripts), in byte order."""
        for item, subscripts in _occurrences(self.layout.root, (), views):
            yield self._fields[id(item)], subscripts

    def scalar_names(self) -> tuple[str, ...]:
        """The names of the elementary fields outside any table, FILLERs left out, in byte order:
        ``ACCOUNT.scalar_names()`` is the account's head (TA-TIN ... TA-MODULE-COUNT) and
        ``ACCOUNT.part("TA-MODULE").scalar_names()`` one module's fields, so that no list of
        field names is written again beside the copybook."""
        return tuple(
            compiled.item.name.upper()
            for compiled, subscripts in self.elementary()
            if not subscripts and not compiled.item.filler
        )

    def part(self, name: str) -> CompiledLayout:
        """One occurrence of the group ``name`` as a record of its own (offsets from its first
        byte): ``ACCOUNT.part("TA-MODULE")`` reads and writes an 86-byte module slot."""
        item = self[name].item
        if not item.is_group:
            raise RecordError(f"{name} is not a group")
        root = replace(_shifted(item, -item.offset), level=1, occurs=None, redefines=None)
        return _compile_once(self._parts, name.upper(), RecordLayout(root), self.encoding)

    def parse_name(self, name: str) -> tuple[CompiledField, tuple[int, ...]]:
        """``"TA-BALANCE(2)"`` -> (the field, (2,))."""
        match = _SUBSCRIPTED.match(name)
        if match is None:
            return self[name], ()
        subscripts = tuple(int(part) for part in match.group(2).split(","))
        return self[match.group(1)], subscripts

    # whole records -----------------------------------------------------------------------------

    def _build_empty(self) -> bytes:
        buffer = bytearray(" ".encode(self._text_codec) * self.size)
        for compiled, subscripts in self.elementary():
            at = compiled.start(subscripts)
            buffer[at : at + compiled.size] = field_codec(compiled.item, self.encoding).empty
        return bytes(buffer)

    def empty(self) -> bytes:
        """The empty form (RULEBOOK §2): spaces, ``0`` digits, packed +0, binary 0."""
        return self._empty

    def view(
        self, raw: bytes | None = None, *, record: int | None = None, source: str | None = None
    ) -> RecordView:
        """A view over ``raw`` (``None``: a new record in empty form)."""
        return RecordView(self, self._empty if raw is None else raw, record, source)

    def invalid_fields(self, raw: bytes, *, views: bool = False) -> list[InvalidField]:
        """Every elementary occurrence of ``raw`` that does not hold a valid value."""
        found = []
        for compiled, subscripts in self.elementary(views=views):
            value = compiled.read(raw, *subscripts)
            if isinstance(value, InvalidField):
                found.append(value)
        return found

    # generated readers and writers -------------------------------------------------------------

    def reader(self, *names: str) -> Callable[..., tuple[Value, ...]]:
        """One generated function ``(raw, at=0) -> tuple`` of the named fields' values (first
        occurrences, shifted by ``at`` bytes). Built once per list of names."""
        key = tuple(names)
        function = self._readers.get(key)
        if function is None:
            function = _generate_reader(self, [self[name] for name in names])
            self._readers[key] = function
        return function

    def writer(self, *names: str) -> Callable[..., bytes]:
        """One generated function ``(base, *values, at=0) -> bytes``: the record ``base``
        (``None``: the empty form) with the named fields (first occurrences shifted by ``at``)
        re-encoded and every other byte kept. Built once per list of names."""
        key = tuple(names)
        function = self._writers.get(key)
        if function is None:
            function = _generate_writer(self, [self[name] for name in names])
            self._writers[key] = function
        return function

    def encode(self, base: bytes | None = None, /, **values: Value) -> bytes:
        """Convenience: ``encode(raw, TA_STATUS=12)`` (``_`` for ``-`` in names)."""
        names = [name.replace("_", "-") for name in values]
        return self.writer(*names)(base, *values.values())


def _shifted(item: FieldLayout, delta: int) -> FieldLayout:
    children = tuple(_shifted(child, delta) for child in item.children)
    return replace(item, offset=item.offset + delta, children=children)


def _compile_once(
    cache: dict[str, CompiledLayout], key: str, layout: RecordLayout, encoding: Encoding
) -> CompiledLayout:
    found = cache.get(key)
    if found is None:
        found = cache[key] = CompiledLayout(layout, encoding)
    return found


def _items_with_occurs(
    item: FieldLayout, outer: tuple[_Occurs, ...]
) -> Iterator[tuple[FieldLayout, tuple[_Occurs, ...]]]:
    here = (*outer, _Occurs(item.size, item.count)) if item.occurs else outer
    yield item, here
    for child in item.children:
        yield from _items_with_occurs(child, here)


def _occurrences(
    item: FieldLayout, subscripts: tuple[int, ...], views: bool
) -> Iterator[tuple[FieldLayout, tuple[int, ...]]]:
    if item.redefines is not None and not views:
        return
    for index in range(item.count):
        inner = (*subscripts, index + 1) if item.occurs else subscripts
        if not item.is_group:
            yield item, inner
            continue
        for child in item.children:
            yield from _occurrences(child, inner, views)


# ---------------------------------------------------------------------------------------------
# code generation: one function per reader or writer, with the commonest conversions inlined


def _compile_function(source: str, namespace: dict[str, Any], name: str) -> Callable[..., Any]:
    exec(compile(source, f"<records.compiled {name}>", "exec"), namespace)
    function: Callable[..., Any] = namespace[name]
    return function


def _generate_reader(layout: CompiledLayout, fields: list[CompiledField]) -> Callable[..., Any]:
    namespace: dict[str, Any] = {"D": Decimal}
    text_fields = sum(
        1 for compiled in fields if compiled.kind == "text" and not compiled.item.justified
    )
    # Several text fields: one decode of the record, then str slices (one byte per character).
    whole_text = text_fields > 1
    parts = [
        _read_expression(layout, compiled, number, namespace, whole_text)
        for number, compiled in enumerate(fields)
    ]
    body = ", ".join(parts) + ("," if len(parts) == 1 else "")
    prelude = f"    t = raw.decode({layout._text_codec!r})\n" if whole_text else ""
    source = f"def read(raw, at=0):\n{prelude}    return ({body})\n"
    return _compile_function(source, namespace, "read")


def _read_expression(
    layout: CompiledLayout,
    compiled: CompiledField,
    number: int,
    namespace: dict[str, Any],
    whole_text: bool,
) -> str:
    """The expression reading one field; the careful ``decode_at`` for anything unusual."""
    start, end = compiled.offset, compiled.offset + compiled.size
    piece = f"raw[at+{start}:at+{end}]"
    careful = f"f{number}"
    namespace[careful] = compiled.decode_at
    item, picture = compiled.item, compiled.item.picture
    chunk = f"c{number}"
    if compiled.kind == "text" and not item.justified:
        if whole_text:
            return f"t[at+{start}:at+{end}]"
        return f"{piece}.decode({layout._text_codec!r})"
    if picture is None or layout.encoding != "ascii" or item.blank_when_zero:
        return f"{careful}({piece}, at+{start})"
    scale = picture.scale
    if item.usage is Usage.DISPLAY and not picture.signed and scale == 0:
        return (
            f"(int({chunk}) if ({chunk} := {piece}).isdigit() else {careful}({chunk}, at+{start}))"
        )
    if item.usage is Usage.DISPLAY and scale > 0 and not item.sign_separate:
        # Plain digits are a positive value whatever the sign clause; an overpunch goes careful.
        value = f"D({chunk}.decode() + 'E-{scale}')"
        return f"({value} if ({chunk} := {piece}).isdigit() else {careful}({chunk}, at+{start}))"
    if item.usage is Usage.COMP_3 and picture.signed and picture.digits % 2 and scale >= 0:
        # Packed, odd digit count (no pad nibble): zero is a constant; a positive value is the
        # hex text of its bytes; a negative or bad one goes careful.
        zero_bytes, zero = f"zb{number}", f"z{number}"
        namespace[zero_bytes] = compiled.encode(0)
        namespace[zero] = compiled.decode_at(namespace[zero_bytes], 0)
        hexed = f"h{number}"
        value = f"D({hexed}[:-1] + 'E-{scale}')" if scale else f"int({hexed}[:-1])"
        return (
            f"({zero} if ({chunk} := {piece}) == {zero_bytes} else {value} "
            f"if ({hexed} := {chunk}.hex())[-1] == 'c' and {hexed}[:-1].isdigit() "
            f"else {careful}({chunk}, at+{start}))"
        )
    return f"{careful}({piece}, at+{start})"


def _plain_digits(layout: CompiledLayout, compiled: CompiledField) -> bool:
    picture = compiled.item.picture
    return (
        layout.encoding == "ascii"
        and compiled.item.usage is Usage.DISPLAY
        and picture is not None
        and not picture.signed
        and not compiled.item.blank_when_zero
        and picture.scale == 0
    )


def _generate_writer(layout: CompiledLayout, fields: list[CompiledField]) -> Callable[..., bytes]:
    ordered = sorted(range(len(fields)), key=lambda number: fields[number].offset)
    for before, after in pairwise(ordered):
        first, second = fields[before], fields[after]
        if first.offset + first.size > second.offset:
            raise RecordError(f"{first.name} and {second.name} overlap: write them separately")
    namespace: dict[str, Any] = {"EMPTY": layout.empty(), "SIZE": layout.size}
    namespace["bad"] = lambda base: _bad_base(layout, base)
    fast, careful = [], []
    cursor = "0"
    for number in ordered:
        compiled = fields[number]
        start, end = compiled.offset, compiled.offset + compiled.size
        namespace[f"e{number}"] = compiled.encode
        gap = f"base[{cursor}:at+{start}]"
        fast += [gap, _write_expression(layout, compiled, number)]
        careful += [gap, f"e{number}(v{number})"]
        cursor = f"at+{end}"
    fast.append(f"base[{cursor}:]")
    careful.append(f"base[{cursor}:]")
    arguments = "".join(f"v{number}, " for number in range(len(fields)))
    # The inlined conversions raise a bare error on a bad value; the careful join then names
    # the field (CompiledField.encode raises RecordError).
    source = (
        f"def write(base, {arguments}at=0):\n"
        "    if base is None:\n"
        "        base = EMPTY\n"
        "    elif len(base) != SIZE:\n"
        "        bad(base)\n"
        "    try:\n"
        f"        return b''.join(({', '.join(fast)},))\n"
        "    except Exception:\n"
        f"        return b''.join(({', '.join(careful)},))\n"
    )
    return _compile_function(source, namespace, "write")


def _write_expression(layout: CompiledLayout, compiled: CompiledField, number: int) -> str:
    """The expression encoding one field: text and unsigned digits inlined, else its encoder."""
    value, size = f"v{number}", compiled.size
    if compiled.kind == "text" and not compiled.item.justified:
        text = f"('%-{size}.{size}s' % {value}).encode({layout._text_codec!r})"
        return f"({text} if type({value}) is str else e{number}({value}))"
    if compiled.kind == "int" and _plain_digits(layout, compiled):
        limit = 10**size
        return (
            f"(b'%0{size}d' % {value} if type({value}) is int and 0 <= {value} < {limit} "
            f"else e{number}({value}))"
        )
    return f"e{number}({value})"


def _bad_base(layout: CompiledLayout, base: bytes) -> None:
    raise RecordError(f"{layout.name}: base record is {len(base)} bytes, not {layout.size}")


# ---------------------------------------------------------------------------------------------
# a view over one record's bytes


class RecordView:
    """One record's bytes, read field by field on demand; a ``set`` re-encodes that field only.

    ``to_bytes()`` returns the very bytes object the view was made from while nothing was set,
    and otherwise those bytes with the set fields' new encodings (every other byte as it was).
    """

    __slots__ = ("_buffer", "_raw", "layout", "record", "source")

    def __init__(
        self, layout: CompiledLayout, raw: bytes, record: int | None, source: str | None
    ) -> None:
        if len(raw) != layout.size:
            where = f"{source} " if source else ""
            number = f"record {record:,} " if record is not None else ""
            raise RecordError(
                f"{where}{number}is {len(raw)} bytes, the {layout.name} record length is "
                f"{layout.size}"
            )
        self.layout = layout
        self._raw = raw
        self._buffer: bytearray | None = None
        self.record = record
        self.source = source

    def _bytes(self) -> bytes | bytearray:
        return self._raw if self._buffer is None else self._buffer

    def get(self, name: str, *subscripts: int) -> Value:
        """The value of ``name`` (``InvalidField`` for bytes that are not a valid value)."""
        return self._read(self.layout[name], subscripts)

    def __getitem__(self, name: str) -> Value:
        """``view["TA-TIN"]``, ``view["TA-BALANCE(2)"]``."""
        return self._read(*self.layout.parse_name(name))

    def _read(self, compiled: CompiledField, subscripts: Sequence[int]) -> Value:
        at = compiled.start(subscripts)
        return compiled.decode_at(bytes(self._bytes()[at : at + compiled.size]), at)

    def set(self, name: str, value: Value, *subscripts: int) -> None:
        """Store ``value`` into ``name``: only that field's bytes change."""
        self._write(self.layout[name], value, subscripts)

    def __setitem__(self, name: str, value: Value) -> None:
        compiled, subscripts = self.layout.parse_name(name)
        self._write(compiled, value, subscripts)

    def _write(self, compiled: CompiledField, value: Value, subscripts: Sequence[int]) -> None:
        at = compiled.start(subscripts)
        encoded = compiled.encode(value)
        if self._buffer is None:
            if self._raw[at : at + compiled.size] == encoded:
                return  # the same bytes: the record stays the object it was
            self._buffer = bytearray(self._raw)
        self._buffer[at : at + compiled.size] = encoded

    @property
    def changed(self) -> bool:
        return self._buffer is not None and self._buffer != self._raw

    def to_bytes(self) -> bytes:
        """The record's bytes (the original object when nothing was set)."""
        if self._buffer is None or self._buffer == self._raw:
            return self._raw
        return bytes(self._buffer)

    def invalid_fields(self, *, views: bool = False) -> list[InvalidField]:
        """Every field of the primary view (with ``views``: of every view) that is invalid."""
        return self.layout.invalid_fields(bytes(self._bytes()), views=views)

    def message(self, invalid: InvalidField) -> str:
        """``invalid`` described with this view's file and record number."""
        return invalid.message(self.record, self.source)


# ---------------------------------------------------------------------------------------------
# one compiled layout per layout object

_COMPILED: dict[tuple[int, str], tuple[RecordLayout, CompiledLayout]] = {}


def compile_layout(layout: RecordLayout, encoding: Encoding = "ascii") -> CompiledLayout:
    """The compiled form of ``layout`` (built once per layout object and encoding)."""
    key = (id(layout), encoding)
    cached = _COMPILED.get(key)
    if cached is not None and cached[0] is layout:
        return cached[1]
    compiled = CompiledLayout(layout, encoding)
    _COMPILED[key] = (layout, compiled)
    return compiled
