"""Record layouts: where every field of a record sits, and how big it is, as GnuCOBOL 3.1.2
computes it (default dialect, no SYNCHRONIZED, so no slack bytes).

Declarations come in as ``FieldSpec`` trees (from ``records.schema`` or from the COBOL front end's
``cobol.copybook``); :func:`layout_record` places them once, in this one module:

- elementary DISPLAY: one byte per character position of the PICTURE (+1 for SIGN SEPARATE);
  COMP-3: digits/2 + 1; COMP / COMP-5: 1, 2, 4 or 8 bytes by digits; INDEX: 4 bytes
  (GNUCOBOL-NOTES "Storage"; probe: FUNCTION LENGTH of an INDEX item is 4).
- a group is its children back to back; OCCURS multiplies by the maximum count; a REDEFINES
  starts where the item it redefines starts and may not be larger (cobc: "size of 'G3' larger than
  size of 'G2'"), except at level 01.
- USAGE and SIGN on a group apply to every elementary item below it that has none of its own.

``offset`` is from the start of the record, for the first occurrence of every enclosing OCCURS;
occurrence ``i`` of a table element starts ``i * size`` later.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum

from idrs_sandbox.errors import IdrsError
from idrs_sandbox.records.numeric import binary_size, packed_size
from idrs_sandbox.records.picture import Category, Picture

INDEX_SIZE = 4


class LayoutError(IdrsError):
    """A declaration that cannot be laid out (no PICTURE, COMP on an alphanumeric, ...).
    ``spec`` is the declaration at fault, so the COBOL front end can point at its source line."""

    def __init__(self, message: str, spec: FieldSpec | None = None) -> None:
        super().__init__(message)
        self.spec = spec


class Usage(Enum):
    DISPLAY = "DISPLAY"
    COMP = "COMP"  # also BINARY, COMP-4, COMPUTATIONAL(-4): big-endian binary
    COMP_3 = "COMP-3"  # also PACKED-DECIMAL
    COMP_5 = "COMP-5"  # native (little-endian) binary
    INDEX = "INDEX"
    # Fixed-size native binary, SIGNED unless UNSIGNED; the front end gives them the implied
    # PICTURE cobc 3.1.2 displays (probe usage_extra: S9(3), S9(5), S9(10), S9(20)).
    BINARY_CHAR = "BINARY-CHAR"
    BINARY_SHORT = "BINARY-SHORT"
    BINARY_LONG = "BINARY-LONG"
    BINARY_DOUBLE = "BINARY-DOUBLE"
    # An address (also PROGRAM-POINTER, PROCEDURE-POINTER): 8 native bytes on x86-64
    # (runtime/pointers.py keeps what each value points at).
    POINTER = "POINTER"
    # COMP-6: unsigned packed decimal without a sign nibble, (digits + 1) // 2 bytes (probe
    # usage_comp: PIC 999 VALUE 123 is X'0123', PIC 9(4) 1234 is X'1234').
    COMP_6 = "COMP-6"
    # COMP-X (and COMP-N, alike in cobc 3.1.2): big-endian unsigned binary in the fewest bytes
    # that hold the PICTURE's largest value (9(2) 1 byte, 9(3) 2, 9(5) 3), not cut to the
    # PICTURE's digits (probe usage_comp).
    COMP_X = "COMP-X"
    # COMP-1 / FLOAT-SHORT and COMP-2 / FLOAT-LONG: IEEE binary floating point, 4 and 8 bytes.
    FLOAT_SHORT = "FLOAT-SHORT"
    FLOAT_LONG = "FLOAT-LONG"
    # IEEE 754 decimal64 / decimal128, BID encoding, 8 and 16 bytes
    FLOAT_DECIMAL_16 = "FLOAT-DECIMAL-16"
    FLOAT_DECIMAL_34 = "FLOAT-DECIMAL-34"


# Bytes of the fixed-size binary usages (probe usage_extra: LENGTH OF gives 1 2 4 8, bytes
# stored little-endian on x86-64 like COMP-5) and the digits of their implied PICTURE.
FIXED_BINARY_SIZES = {
    Usage.BINARY_CHAR: 1,
    Usage.BINARY_SHORT: 2,
    Usage.BINARY_LONG: 4,
    Usage.BINARY_DOUBLE: 8,
    Usage.POINTER: 8,
}
FLOAT_SIZES = {
    Usage.FLOAT_SHORT: 4,
    Usage.FLOAT_LONG: 8,
    Usage.FLOAT_DECIMAL_16: 8,
    Usage.FLOAT_DECIMAL_34: 16,
}
FIXED_BINARY_DIGITS = {
    Usage.BINARY_CHAR: 3,
    Usage.BINARY_SHORT: 5,
    Usage.BINARY_LONG: 10,
    Usage.BINARY_DOUBLE: 20,
    Usage.POINTER: 20,
}


def comp_x_size(digits: int) -> int:
    """Bytes of a PIC 9(digits) COMP-X item: the fewest that hold 10**digits - 1."""
    largest: int = 10**digits - 1
    return max(1, (largest.bit_length() + 7) // 8)


class Figurative(Enum):
    ZERO = "ZERO"
    SPACE = "SPACE"
    HIGH_VALUE = "HIGH-VALUE"
    LOW_VALUE = "LOW-VALUE"
    QUOTE = "QUOTE"


@dataclass(frozen=True, slots=True)
class AllLiteral:
    """``ALL "x"``: the literal repeated to fill the field."""

    text: str


LiteralValue = Decimal | str | Figurative | AllLiteral
"""A VALUE or an 88-level value: a number, an alphanumeric text, a figurative constant, ALL."""


@dataclass(frozen=True, slots=True)
class Condition:
    """An 88-level condition name: true when the field holds one of ``ranges``
    (each ``(value, None)`` or ``(low, high)`` for ``low THRU high``)."""

    name: str
    ranges: tuple[tuple[LiteralValue, LiteralValue | None], ...]


@dataclass(frozen=True, slots=True)
class OccursKey:
    name: str
    ascending: bool = True


@dataclass(frozen=True, slots=True)
class Occurs:
    """``OCCURS maximum TIMES`` or ``OCCURS minimum TO maximum TIMES DEPENDING ON depending_on``."""

    maximum: int
    minimum: int | None = None
    depending_on: str | None = None
    keys: tuple[OccursKey, ...] = ()
    indexed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldSpec:
    """A declared field (no offsets yet). ``usage`` / sign ``None`` = inherit from the group."""

    level: int
    name: str | None  # None for FILLER
    picture: Picture | None = None
    usage: Usage | None = None
    occurs: Occurs | None = None
    redefines: str | None = None
    children: tuple[FieldSpec, ...] = ()
    sign_leading: bool | None = None
    sign_separate: bool | None = None
    justified: bool = False
    blank_when_zero: bool = False
    value: LiteralValue | None = None
    conditions: tuple[Condition, ...] = ()
    synchronized: bool = False


@dataclass(frozen=True)
class FieldLayout:
    """A placed field. ``size`` is one occurrence; ``total_size`` covers every occurrence."""

    level: int
    name: str  # "FILLER" for an unnamed item
    offset: int
    size: int
    usage: Usage
    picture: Picture | None = None
    occurs: Occurs | None = None
    redefines: str | None = None
    children: tuple[FieldLayout, ...] = ()
    sign_leading: bool = False
    sign_separate: bool = False
    justified: bool = False
    blank_when_zero: bool = False
    value: LiteralValue | None = None
    conditions: tuple[Condition, ...] = ()
    filler: bool = False

    @property
    def is_group(self) -> bool:
        return self.picture is None and self.usage is not Usage.INDEX

    @property
    def count(self) -> int:
        return self.occurs.maximum if self.occurs else 1

    @property
    def total_size(self) -> int:
        return self.size * self.count

    @property
    def end(self) -> int:
        """One past the last byte of all occurrences (``offset + total_size``)."""
        return self.offset + self.total_size

    @property
    def span(self) -> slice:
        """Where one occurrence sits in the record: ``record[item.span]`` is its bytes."""
        return slice(self.offset, self.offset + self.size)

    @property
    def signed(self) -> bool:
        return self.picture is not None and self.picture.signed

    def walk(self) -> Iterator[FieldLayout]:
        """This field and every field below it, in declaration order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class RecordLayout:
    """One record: its root item (level 01), its size, and lookup by name."""

    root: FieldLayout
    _by_name: dict[str, list[tuple[FieldLayout, tuple[str, ...]]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for item, parents in _with_parents(self.root, ()):
            if not item.filler:
                self._by_name.setdefault(item.name.upper(), []).append((item, parents))

    @property
    def name(self) -> str:
        return self.root.name

    @property
    def size(self) -> int:
        return self.root.total_size

    def fields(self) -> Iterator[FieldLayout]:
        return self.root.walk()

    def field(self, name: str) -> FieldLayout:
        """The field called ``name``; qualify a duplicate name as ``"X OF Y"`` (or ``IN``)."""
        parts = name.upper().replace(" IN ", " OF ").split(" OF ")
        wanted, qualifiers = parts[0].strip(), [q.strip() for q in parts[1:]]
        found = [
            item
            for item, parents in self._by_name.get(wanted, [])
            if qualified(parents, qualifiers)
        ]
        if not found:
            raise LayoutError(f"no field {name} in record {self.name}")
        if len(found) > 1:
            raise LayoutError(f"field {name} is ambiguous in record {self.name}: qualify it")
        return found[0]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.upper() in self._by_name


def _with_parents(
    item: FieldLayout, parents: tuple[str, ...]
) -> Iterator[tuple[FieldLayout, tuple[str, ...]]]:
    yield item, parents
    for child in item.children:
        yield from _with_parents(child, (item.name.upper(), *parents))


def qualified(parents: Sequence[str], qualifiers: Sequence[str]) -> bool:
    """True when ``qualifiers`` (``X OF A OF B`` gives ``["A", "B"]``) name enclosing groups of an
    item whose enclosing groups are ``parents``, both from the inside out: each qualifier must
    be found after the one before, and levels may be skipped (ISO COBOL qualification, as cobc
    resolves it). The one rule shared by the layouts and the COBOL front end."""
    order, position = list(parents), 0
    for qualifier in qualifiers:
        try:
            position = order.index(qualifier, position) + 1
        except ValueError:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# placing a FieldSpec tree


@dataclass(frozen=True)
class _Inherited:
    usage: Usage | None = None
    sign_leading: bool | None = None
    sign_separate: bool | None = None


def layout_record(spec: FieldSpec) -> RecordLayout:
    """Place ``spec`` (normally a level-01 group) at offset 0 and return the record layout."""
    return RecordLayout(_place(spec, 0, _Inherited()))


def _place(spec: FieldSpec, offset: int, inherited: _Inherited) -> FieldLayout:
    """Place one declaration at ``offset`` (children follow one another)."""
    here = _Inherited(
        spec.usage or inherited.usage,
        spec.sign_leading if spec.sign_leading is not None else inherited.sign_leading,
        spec.sign_separate if spec.sign_separate is not None else inherited.sign_separate,
    )
    if spec.children:
        return _place_group(spec, offset, here)
    return _place_elementary(spec, offset, here)


def _place_group(spec: FieldSpec, offset: int, inherited: _Inherited) -> FieldLayout:
    if spec.picture is not None:
        raise LayoutError(f"group {_label(spec)} has a PICTURE", spec)
    placed: list[FieldLayout] = []
    cursor = offset
    end = offset
    occurs_align = 1
    for child in spec.children:
        if child.redefines is None:
            item = _place(child, cursor, inherited)
            align = _sync_alignment(child, item)
            if cursor % align:
                item = _place(child, cursor + align - cursor % align, inherited)
            occurs_align = max(occurs_align, align)
            cursor = item.end
        else:
            target = _redefined(child, placed)
            item = _place(child, target.offset, inherited)
            if item.total_size > target.total_size:
                raise LayoutError(
                    f"size of {_label(child)} larger than size of {target.name}", child
                )
        end = max(end, item.end)
        placed.append(item)
    if spec.occurs is not None and spec.occurs.maximum > 1 and (end - offset) % occurs_align:
        # cobc compute_size: an OCCURS group is padded to its largest SYNC alignment, the pad
        # going before its last elementary item
        pad = occurs_align - (end - offset) % occurs_align
        end += pad
        placed[-1] = _shift_last_leaf(placed[-1], pad)
    usage = inherited.usage if inherited.usage is not None else Usage.DISPLAY
    return _field(spec, offset, end - offset, usage, inherited, tuple(placed))


def _sync_alignment(spec: FieldSpec, item: FieldLayout) -> int:
    """cobc 3.1.2 field.c compute_size: a SYNCHRONIZED elementary binary item (COMP, COMP-5,
    COMP-X) of 2, 4, 8 or 16 bytes starts at a multiple of its size, an INDEX item at a
    multiple of 4, a POINTER at a multiple of 8 (from the start of the record)."""
    if not spec.synchronized or item.children:
        return 1
    if item.usage in (Usage.COMP, Usage.COMP_5, Usage.COMP_X):
        return item.size if item.size in (2, 4, 8, 16) else 1
    if item.usage is Usage.INDEX:
        return INDEX_SIZE
    if item.usage is Usage.POINTER:
        return 8
    return 1


def _shift_last_leaf(item: FieldLayout, pad: int) -> FieldLayout:
    if not item.children:
        return replace(item, offset=item.offset + pad)
    children = (*item.children[:-1], _shift_last_leaf(item.children[-1], pad))
    return replace(item, children=children)


def _redefined(spec: FieldSpec, placed: Sequence[FieldLayout]) -> FieldLayout:
    """The sibling a REDEFINES names: the nearest earlier item of that name that is not itself a
    REDEFINES (several items may redefine the same one, as TRANSREC's data area shows)."""
    assert spec.redefines is not None
    for item in reversed(placed):
        if item.redefines is None:
            if item.name.upper() == spec.redefines.upper():
                return item
            break
    raise LayoutError(
        f"{_label(spec)} REDEFINES {spec.redefines}, which is not the item just before it", spec
    )


def _place_elementary(spec: FieldSpec, offset: int, inherited: _Inherited) -> FieldLayout:
    usage = inherited.usage or Usage.DISPLAY
    if usage is Usage.INDEX:
        if spec.picture is not None:
            raise LayoutError(f"USAGE INDEX item {_label(spec)} has a PICTURE", spec)
        return _field(spec, offset, INDEX_SIZE, usage, _Inherited())
    picture = spec.picture
    if picture is None:
        raise LayoutError(f"elementary item {_label(spec)} has no PICTURE", spec)
    return _field(spec, offset, _storage_size(spec, picture, usage, inherited), usage, inherited)


def _storage_size(spec: FieldSpec, picture: Picture, usage: Usage, inherited: _Inherited) -> int:
    if usage is Usage.DISPLAY:
        separate = picture.is_numeric and bool(inherited.sign_separate) and picture.signed
        return picture.size + (1 if separate else 0)
    if picture.category is not Category.NUMERIC:
        message = f"USAGE {usage.value} item {_label(spec)} needs a numeric PICTURE"
        raise LayoutError(message, spec)
    if usage is Usage.COMP_3:
        return packed_size(picture.digits)
    if usage is Usage.COMP_6:
        return (picture.digits + 1) // 2
    if usage is Usage.COMP_X:
        return comp_x_size(picture.digits)
    if usage in FIXED_BINARY_SIZES:
        return FIXED_BINARY_SIZES[usage]
    if usage in FLOAT_SIZES:
        return FLOAT_SIZES[usage]
    if picture.digits > 18:
        raise LayoutError(f"binary item {_label(spec)} has more than 18 digits", spec)
    return binary_size(picture.digits)


def _field(
    spec: FieldSpec,
    offset: int,
    size: int,
    usage: Usage,
    inherited: _Inherited,
    children: tuple[FieldLayout, ...] = (),
) -> FieldLayout:
    picture = spec.picture
    numeric_signed = picture is not None and picture.is_numeric and picture.signed
    if (spec.sign_leading or spec.sign_separate) and picture is not None and not numeric_signed:
        message = f"SIGN clause on {_label(spec)}, which is not a signed numeric item"
        raise LayoutError(message, spec)
    if spec.occurs is not None and spec.level in (1, 77):
        raise LayoutError(f"OCCURS on level {spec.level:02d} item {_label(spec)}", spec)
    return FieldLayout(
        level=spec.level,
        name=spec.name or "FILLER",
        offset=offset,
        size=size,
        usage=usage,
        picture=picture,
        occurs=spec.occurs,
        redefines=spec.redefines,
        children=children,
        sign_leading=bool(inherited.sign_leading) and numeric_signed,
        sign_separate=bool(inherited.sign_separate) and numeric_signed,
        justified=spec.justified,
        blank_when_zero=spec.blank_when_zero,
        value=spec.value,
        conditions=spec.conditions,
        filler=spec.name is None or spec.name.upper() == "FILLER",
    )


def _label(spec: FieldSpec) -> str:
    return f"{spec.level:02d} {spec.name or 'FILLER'}"
