"""Record codec: the bytes of one fixed-length record <-> nested Python values.

``RecordCodec(layout, encoding="ascii" | "cp037")`` picks one decoder and one encoder per field up
front (it runs on millions of records), then:

- ``decode(raw)`` -> ``dict``: the root's subordinate items by name; a group is a ``dict``, an
  OCCURS a ``list``, a numeric item a ``Decimal`` (with the field's decimals), an alphanumeric,
  alphabetic or edited item a ``str`` (Latin-1 for ``ascii``, code page 037 for ``cp037``; trailing
  spaces kept). FILLERs are left out (``encode`` keeps their bytes from ``base``).
- every REDEFINES view is decoded and present under its own name. The view that is redefined is
  the record's *primary* view and is decoded strictly; a *redefining* view (and everything inside
  it) is decoded best-effort: a field there that does not hold a valid value becomes an
  ``Invalid(raw, reason)`` marker and is never an error (TRANSREC's TC 150 view of a TC 014 record
  is not numeric, and that is not a bad record).
- strict (default): the first invalid field of the primary view raises ``RecordError`` naming the
  file, record number, byte (from 1), field and raw bytes in hex. Lenient (``errors=[]`` given):
  every invalid field becomes ``Invalid`` and a ``FieldError`` is appended; decoding goes on.
- ``encode(values, base=None)``: the fields named in ``values`` (nested like ``decode``'s result)
  are written over ``base`` (default: ``empty()``); a field left out or given as ``None`` (also
  inside an OCCURS list) keeps the base bytes; an ``Invalid`` writes its raw bytes back, so
  ``encode(decode(raw)) == raw`` for every record ``decode`` accepts.
- ``empty()``: the empty form (RULEBOOK §2): alphanumeric and edited spaces, numeric zero
  (DISPLAY ``0`` digits, COMP-3 positive zero with sign nibble C, or F when unsigned, binary 0).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from idrs_sandbox.errors import IdrsError
from idrs_sandbox.records.fastpath import FastPathBuilder
from idrs_sandbox.records.layout import (
    FIXED_BINARY_SIZES,
    FieldLayout,
    LayoutError,
    RecordLayout,
    Usage,
)
from idrs_sandbox.records.numeric import (
    Encoding,
    InvalidNumeric,
    NumericCodec,
    binary_codec,
    packed_codec,
    zoned_codec,
)
from idrs_sandbox.records.picture import Category

Value = Any  # Decimal | str | Invalid | list[Value] | dict[str, Value]

_TEXT_CODECS: dict[str, str] = {"ascii": "latin-1", "cp037": "cp037"}


@dataclass(frozen=True, slots=True)
class Invalid:
    """A field whose bytes are not a valid value of its PICTURE and USAGE."""

    raw: bytes
    reason: str

    def __str__(self) -> str:
        return f"<invalid {self.raw.hex(' ').upper()}>"


@dataclass(frozen=True, slots=True)
class FieldError:
    """One invalid field: where it is and why (lenient decoding collects these)."""

    record_number: int | None
    offset: int
    field: str
    raw: bytes
    reason: str
    source: str | None = None

    def message(self) -> str:
        """``TRANSIN record 1,204, byte 23, field TR-AMOUNT: bytes 31 32 33 4A not numeric``
        (``offset`` counts from 0; the message counts bytes from 1, as ``idrs records layout``
        does, and record numbers from 1)."""
        where: list[str] = []
        if self.record_number is not None:
            where.append(f"record {self.record_number:,}")
        where.append(f"byte {self.offset + 1}")
        where.append(f"field {self.field}")
        prefix = f"{self.source} " if self.source else ""
        hexed = self.raw.hex(" ").upper() or "(none)"
        return f"{prefix}{', '.join(where)}: bytes {hexed} {self.reason}"


class RecordError(IdrsError):
    """A record that does not decode (strict mode) or a value that does not encode."""

    def __init__(self, message: str, error: FieldError | None = None) -> None:
        super().__init__(message)
        self.field_error = error


# ---------------------------------------------------------------------------------------------
# one codec per elementary field


@dataclass(frozen=True, slots=True)
class FieldCodec:
    """Decoder and encoder of one elementary field (one occurrence)."""

    size: int
    decode: Callable[[bytes], Decimal | str]
    encode: Callable[[Any], bytes]
    empty: bytes


def field_codec(
    item: FieldLayout, encoding: Encoding = "ascii", *, truncate: bool = False
) -> FieldCodec:
    """The codec for an elementary ``item``; ``truncate`` makes encoding behave like a MOVE."""
    if item.usage is Usage.INDEX:
        return _numeric_field(binary_codec(9, 0, True, native=True, truncate=truncate), item)
    picture = item.picture
    if picture is None:
        raise ValueError(f"{item.name} is a group")
    if picture.category is not Category.NUMERIC:
        return _text_field(item, encoding, truncate)
    digits, scale, signed = picture.digits, picture.scale, picture.signed
    if item.usage is Usage.COMP_3:
        codec = packed_codec(digits, scale, signed, truncate=truncate)
    elif item.usage in (Usage.COMP, Usage.COMP_5):
        native = item.usage is Usage.COMP_5
        codec = binary_codec(digits, scale, signed, native=native, truncate=truncate)
    elif item.usage in FIXED_BINARY_SIZES:
        size = FIXED_BINARY_SIZES[item.usage]
        codec = binary_codec(digits, scale, signed, native=True, truncate=truncate, size=size)
    elif item.usage is not Usage.DISPLAY:
        # COMP-6 / COMP-X items are run by the legacy engine (runtime/storage.py); the record
        # codec has no decoder for them and says so rather than read them as zoned digits.
        raise LayoutError(f"{item.name}: USAGE {item.usage.value} has no record codec")
    else:
        codec = zoned_codec(
            digits,
            scale,
            signed,
            encoding=encoding,
            sign_leading=item.sign_leading,
            sign_separate=item.sign_separate,
            truncate=truncate,
        )
    result = _numeric_field(codec, item)
    if item.blank_when_zero and item.usage is Usage.DISPLAY:
        return _blank_when_zero(result, encoding)
    return result


def _numeric_field(codec: NumericCodec, item: FieldLayout) -> FieldCodec:
    if codec.size != item.size:
        raise ValueError(f"{item.name}: codec size {codec.size} != layout size {item.size}")
    # The numeric encoders take Decimal or int and raise TypeError for anything else.
    return FieldCodec(codec.size, codec.decode, codec.encode, codec.encode(Decimal(0)))


def _blank_when_zero(inner: FieldCodec, encoding: Encoding) -> FieldCodec:
    # BLANK WHEN ZERO: a zero value is stored as spaces (and spaces read as zero).
    spaces = " ".encode(_TEXT_CODECS[encoding]) * inner.size
    zero = inner.decode(inner.empty)

    def decode(raw: bytes) -> Decimal | str:
        return zero if raw == spaces else inner.decode(raw)

    def encode(value: Any) -> bytes:
        raw = inner.encode(value)
        return spaces if raw == inner.empty else raw

    return FieldCodec(inner.size, decode, encode, spaces)


def _text_field(item: FieldLayout, encoding: Encoding, truncate: bool) -> FieldCodec:
    codec_name = _TEXT_CODECS[encoding]
    size = item.size
    right = item.justified
    space = " ".encode(codec_name)

    def decode(raw: bytes) -> str:
        if len(raw) != size:
            raise InvalidNumeric(f"expected {size} byte(s), got {len(raw)}", raw)
        return raw.decode(codec_name)

    def encode(value: Any) -> bytes:
        if not isinstance(value, str):
            raise TypeError(f"{item.name} is alphanumeric: {value!r} is not a str")
        raw = value.encode(codec_name)
        if len(raw) > size:
            if not truncate:
                raise ValueError(f"{len(raw)} characters do not fit in {item.name} ({size})")
            # A MOVE keeps the leftmost characters, or the rightmost when JUSTIFIED RIGHT.
            raw = raw[len(raw) - size :] if right else raw[:size]
        padding = space * (size - len(raw))
        return padding + raw if right else raw + padding

    return FieldCodec(size, decode, encode, space * size)


# ---------------------------------------------------------------------------------------------
# compiled record: decoders


class _Context:
    """Per-call state of a decode: where we are (for messages) and the lenient error list."""

    __slots__ = ("errors", "record_number", "source")

    def __init__(
        self, record_number: int | None, source: str | None, errors: list[FieldError] | None
    ) -> None:
        self.record_number = record_number
        self.source = source
        self.errors = errors

    def fail(self, path: str, offset: int, raw: bytes, reason: str, optional: bool) -> Invalid:
        if optional:
            return Invalid(raw, reason)
        error = FieldError(self.record_number, offset, path, raw, reason, self.source)
        if self.errors is None:
            raise RecordError(error.message(), error)
        self.errors.append(error)
        return Invalid(raw, reason)


_Decoder = Callable[[bytes, int, tuple[int, ...], _Context], Value]


class _Careful(Exception):
    """Asks ``decode`` for the careful path."""


_Writer = Callable[[bytearray, int, Value, bool], None]


def _group_bytes(name: str, size: int, value: Value, text_codec: str) -> bytes:
    """A value given for a whole group: an ``Invalid`` (its bytes) or a str (a group is
    alphanumeric in COBOL: the text fills it, padded with spaces)."""
    if isinstance(value, Invalid) and len(value.raw) == size:
        return value.raw
    if not isinstance(value, str):
        raise RecordError(f"{name} is a group: give a dict (or a str for its bytes)")
    raw = value.encode(text_codec)
    if len(raw) > size:
        raise RecordError(f"{len(raw)} characters do not fit in group {name} ({size})")
    return raw + " ".encode(text_codec) * (size - len(raw))


def _subscripted(name: str, subscripts: tuple[int, ...]) -> str:
    if not subscripts:
        return name
    return f"{name}({', '.join(map(str, subscripts))})"


def _reason(error: Exception) -> str:
    if isinstance(error, InvalidNumeric):
        return error.reason
    return str(error)


class RecordCodec:
    """Decode and encode records of one layout (see the module docstring for the conventions)."""

    def __init__(self, layout: RecordLayout, encoding: Encoding = "ascii") -> None:
        if encoding not in _TEXT_CODECS:
            raise ValueError(f"unknown encoding {encoding!r} (use ascii or cp037)")
        self.layout = layout
        self.encoding = encoding
        self.size = layout.size
        self._codecs: dict[int, FieldCodec] = {}
        self._move_codecs: dict[int, FieldCodec] = {}
        self._empty = self._build_empty()
        self._decode_root = self._compile(layout.root, optional=False)
        builder = FastPathBuilder(
            lambda item: self.codec_for(item).decode, self._view_decoder, _TEXT_CODECS[encoding]
        )
        self._fast = builder.build(layout.root, self._fast_count)
        self._write_root = self._writer(layout.root)

    # empty form ---------------------------------------------------------------------------

    def codec_for(self, item: FieldLayout) -> FieldCodec:
        """The codec of an elementary field of this layout (built once)."""
        codec = self._codecs.get(id(item))
        if codec is None:
            codec = field_codec(item, self.encoding)
            self._codecs[id(item)] = codec
        return codec

    def _build_empty(self) -> bytes:
        buffer = bytearray(b" " * self.size)
        # Only the primary view: a redefining view's empty form would overwrite it.
        for item, offset, _ in _elementary_with_subscripts(self.layout.root, 0, (), views=False):
            codec = self.codec_for(item)
            buffer[offset : offset + item.size] = codec.empty
        return bytes(buffer)

    def empty(self) -> bytes:
        """The empty form of the record."""
        return self._empty

    # decoding ------------------------------------------------------------------------------

    def _compile(self, item: FieldLayout, optional: bool) -> _Decoder:
        optional = optional or item.redefines is not None
        if item.is_group:
            single = self._compile_group(item, optional)
        else:
            single = self._compile_elementary(item, optional)
        if item.occurs is None:
            return single
        return self._compile_occurs(item, single, optional)

    def _compile_group(self, item: FieldLayout, optional: bool) -> _Decoder:
        members = tuple(
            (child.name, self._compile(child, optional))
            for child in item.children
            if not child.filler
        )

        def decode_group(
            raw: bytes, base: int, subscripts: tuple[int, ...], context: _Context
        ) -> dict[str, Value]:
            return {name: member(raw, base, subscripts, context) for name, member in members}

        return decode_group

    def _compile_elementary(self, item: FieldLayout, optional: bool) -> _Decoder:
        codec = self.codec_for(item)
        decode = codec.decode
        start, size, name = item.offset, item.size, item.name

        def decode_field(
            raw: bytes, base: int, subscripts: tuple[int, ...], context: _Context
        ) -> Value:
            at = base + start
            chunk = raw[at : at + size]
            try:
                return decode(chunk)
            except (InvalidNumeric, ValueError) as error:
                path = _subscripted(name, subscripts)
                return context.fail(path, at, chunk, _reason(error), optional)

        return decode_field

    def _compile_occurs(self, item: FieldLayout, single: _Decoder, optional: bool) -> _Decoder:
        assert item.occurs is not None
        stride, maximum = item.size, item.occurs.maximum
        count_of = self._depending_count(item, optional)
        steps = tuple((index * stride, index + 1) for index in range(maximum))

        def decode_table(
            raw: bytes, base: int, subscripts: tuple[int, ...], context: _Context
        ) -> Value:
            limit = maximum if count_of is None else count_of(raw, base, subscripts, context)
            if isinstance(limit, Invalid):
                return limit
            return [
                single(raw, base + delta, (*subscripts, number), context)
                for delta, number in steps[:limit]
            ]

        return decode_table

    def _depending_count(
        self, item: FieldLayout, optional: bool
    ) -> Callable[[bytes, int, tuple[int, ...], _Context], int | Invalid] | None:
        """For OCCURS DEPENDING ON: a function giving the current count (checked to be within
        the table's bounds, as GnuCOBOL's -debug checks would)."""
        occurs = item.occurs
        assert occurs is not None
        if occurs.depending_on is None:
            return None
        counter = self.layout.field(occurs.depending_on)
        decode_counter = self._compile_elementary(counter, optional)
        low, high = occurs.minimum or 0, occurs.maximum

        def count(raw: bytes, base: int, subscripts: tuple[int, ...], context: _Context) -> Any:
            value = decode_counter(raw, 0, (), context)
            if isinstance(value, Invalid):
                return value
            if not (isinstance(value, Decimal) and low <= value <= high and value % 1 == 0):
                reason = f"{counter.name} = {value} is outside OCCURS {low} TO {high}"
                at = counter.offset
                chunk = raw[at : at + counter.size]
                return context.fail(counter.name, at, chunk, reason, optional)
            return int(value)

        return count

    def _view_decoder(self, item: FieldLayout) -> Callable[[bytes, int], Value]:
        careful = self._compile(item, optional=True)
        quiet = _Context(None, None, None)  # optional fields never report
        return lambda raw, base: careful(raw, base, (), quiet)

    def _fast_count(self, item: FieldLayout) -> Callable[[bytes], int | Invalid]:
        count = self._depending_count(item, optional=False)
        assert count is not None
        strict = _Context(None, None, None)  # raises on a bad count: the careful path takes over
        return lambda raw: count(raw, 0, (), strict)

    def decode(
        self,
        raw: bytes,
        *,
        record_number: int | None = None,
        source: str | None = None,
        errors: list[FieldError] | None = None,
        fast: bool = True,
    ) -> dict[str, Value]:
        """The values of one record. Pass ``errors=[]`` for lenient decoding; ``fast=False``
        skips the generated fast path (tests check both paths agree)."""
        if len(raw) != self.size:
            context = _Context(record_number, source, None)
            reason = f"is {len(raw)} bytes, the record length is {self.size}"
            context.fail(self.layout.name, 0, b"", reason, optional=False)
        try:
            if not fast:
                raise _Careful
            result = self._fast(raw, 0)
        except Exception:
            # Some field is not valid: decode again carefully to name it (or collect it).
            context = _Context(record_number, source, errors)
            result = self._decode_root(raw, 0, (), context)
        return result if isinstance(result, dict) else {self.layout.name: result}

    # encoding ------------------------------------------------------------------------------

    def _move_codec(self, item: FieldLayout) -> FieldCodec:
        codec = self._move_codecs.get(id(item))
        if codec is None:
            codec = field_codec(item, self.encoding, truncate=True)
            self._move_codecs[id(item)] = codec
        return codec

    def encode(
        self, values: Mapping[str, Value], base: bytes | None = None, *, truncate: bool = False
    ) -> bytes:
        """Write ``values`` (nested like ``decode``'s result) over ``base`` (default ``empty()``).
        ``truncate=True`` stores a value that does not fit as a COBOL MOVE would."""
        buffer = bytearray(self._empty if base is None else base)
        if len(buffer) != self.size:
            raise RecordError(f"base record is {len(buffer)} bytes, not {self.size}")
        root = self.layout.root
        if root.is_group:
            self._write_root(buffer, 0, values, truncate)
        else:
            self._write_root(buffer, 0, values[root.name], truncate)
        return bytes(buffer)

    def _writer(self, item: FieldLayout) -> _Writer:
        """Writes one occurrence of ``item`` (built once per field)."""
        if item.is_group:
            return self._group_writer(item)
        return self._field_writer(item)

    def _member_writer(self, item: FieldLayout) -> _Writer:
        """Writes ``item`` as its parent's member: a list when it OCCURS."""
        single = self._writer(item)
        if item.occurs is None:
            return single
        stride, count, name = item.size, item.count, item.name

        def write_table(buffer: bytearray, base: int, value: Value, truncate: bool) -> None:
            if not isinstance(value, Sequence) or isinstance(value, str):
                raise RecordError(f"{name} OCCURS {count} TIMES: give a list")
            if len(value) > count:
                raise RecordError(f"{name} has {count} occurrences, got {len(value)}")
            for index, element in enumerate(value):
                if element is not None:
                    single(buffer, base + index * stride, element, truncate)

        return write_table

    def _group_writer(self, item: FieldLayout) -> _Writer:
        members = {
            child.name.upper(): self._member_writer(child)
            for child in item.children
            if not child.filler
        }
        start, size, name = item.offset, item.size, item.name
        text_codec = _TEXT_CODECS[self.encoding]

        def write_group(buffer: bytearray, base: int, value: Value, truncate: bool) -> None:
            if isinstance(value, Mapping):
                for key, member_value in value.items():
                    writer = members.get(key) or members.get(key.upper())
                    if writer is None:
                        raise RecordError(f"no field {key} in {name}")
                    if member_value is not None:  # None: not given, the base bytes stay
                        writer(buffer, base, member_value, truncate)
                return
            at = base + start
            buffer[at : at + size] = _group_bytes(name, size, value, text_codec)

        return write_group

    def _field_writer(self, item: FieldLayout) -> _Writer:
        start, size, name = item.offset, item.size, item.name
        encode = self.codec_for(item).encode
        move = self._move_codec(item).encode

        def write_field(buffer: bytearray, base: int, value: Value, truncate: bool) -> None:
            try:
                raw = move(value) if truncate else encode(value)
            except (ValueError, TypeError) as error:
                if not isinstance(value, Invalid) or len(value.raw) != size:
                    raise RecordError(f"field {name}: {error}") from None
                raw = value.raw  # an invalid field read by decode goes back as it was
            at = base + start
            buffer[at : at + size] = raw

        return write_field

    # flat views (for `idrs records show`) --------------------------------------------------

    def elements(self, raw: bytes, *, include_fillers: bool = True) -> Iterator[Element]:
        """Every elementary occurrence, in declaration order, in every REDEFINES view. Never
        raises on bad bytes: a value that does not decode is an ``Invalid``."""
        walk = _elementary_with_subscripts(self.layout.root, 0, (), with_views=True)
        for item, offset, subscripts, view in walk:
            if item.filler and not include_fillers:
                continue
            chunk = raw[offset : offset + item.size]
            try:
                value: Value = self.codec_for(item).decode(chunk)
            except (InvalidNumeric, ValueError) as error:
                value = Invalid(chunk, _reason(error))
            yield Element(_subscripted(item.name, subscripts), item, offset, chunk, value, view)


@dataclass(frozen=True, slots=True)
class Element:
    """One elementary occurrence of a record: ``name`` carries subscripts (``TA-BALANCE(3)``);
    ``view`` is True inside a redefining view (where an ``Invalid`` is not an error)."""

    name: str
    field: FieldLayout
    offset: int
    raw: bytes
    value: Value
    view: bool


def _elementary_with_subscripts(
    item: FieldLayout,
    base: int,
    subscripts: tuple[int, ...],
    *,
    views: bool = True,
    with_views: bool = False,
    in_view: bool = False,
) -> Iterator[Any]:
    """Every elementary occurrence below ``item`` as (field, offset, subscripts[, in a view]);
    ``views=False`` skips REDEFINES views."""
    if item.redefines is not None:
        if not views:
            return
        in_view = True
    for index in range(item.count):
        here = base + index * item.size
        inner = (*subscripts, index + 1) if item.occurs else subscripts
        if item.is_group:
            for child in item.children:
                yield from _elementary_with_subscripts(
                    child, here, inner, views=views, with_views=with_views, in_view=in_view
                )
        elif with_views:
            yield item, here + item.offset, inner, in_view
        else:
            yield item, here + item.offset, inner
