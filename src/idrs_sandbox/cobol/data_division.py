"""Data description entries: the AST, the lark transformer, and nesting by level number.

Grammar: ``grammar/data_division.lark``. Each grammar rule has the AST node of the same name
(``picture_clause`` -> ``PictureClause``, ``data_item`` -> ``DataItem``) and the transformer
method of that name. Every node carries the ``Origin`` of its first token in the ORIGINAL source.

Use :func:`parse_data_entries` on an ``ExpandedSource`` (from ``cobol.source``), optionally on a
region of its text (e.g. the entries of WORKING-STORAGE); it returns the level-01 / 77 items with
their subordinate items and 88-level conditions nested.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedInput, VisitError

from idrs_sandbox.cobol.diagnostics import (
    CobolError,
    CobolSemanticError,
    CobolSyntaxError,
    Origin,
    syntax_error_from_lark,
)
from idrs_sandbox.cobol.source import ExpandedSource
from idrs_sandbox.records.layout import (
    FIXED_BINARY_DIGITS,
    FLOAT_SIZES,
    AllLiteral,
    Figurative,
    LiteralValue,
    OccursKey,
    Usage,
)
from idrs_sandbox.records.picture import Category, Picture, PictureError, parse_picture

# ---------------------------------------------------------------------------------------------
# AST


@dataclass(frozen=True)
class ValueLiteral:
    """A literal of a VALUE clause or an 88-level: the value and the text as written."""

    value: LiteralValue
    text: str
    origin: Origin


@dataclass(frozen=True)
class RedefinesClause:
    target: str
    origin: Origin


@dataclass(frozen=True)
class PictureClause:
    picture: Picture
    origin: Origin  # of the PIC keyword
    string_origin: Origin  # of the picture string itself

    @property
    def text(self) -> str:
        return self.picture.text


@dataclass(frozen=True)
class UsageClause:
    usage: Usage
    origin: Origin
    signed: bool = True  # BINARY-CHAR/SHORT/LONG/DOUBLE [SIGNED | UNSIGNED]


@dataclass(frozen=True)
class SignClause:
    leading: bool
    separate: bool
    origin: Origin


@dataclass(frozen=True)
class OccursClause:
    """``OCCURS maximum`` or ``OCCURS minimum TO maximum DEPENDING ON depending_on``."""

    maximum: int
    minimum: int | None
    depending_on: str | None  # "X" or "X OF Y"
    keys: tuple[OccursKey, ...]
    indexed_by: tuple[str, ...]
    origin: Origin


@dataclass(frozen=True)
class ValueClause:
    literal: ValueLiteral
    origin: Origin


@dataclass(frozen=True)
class JustifiedClause:
    origin: Origin


@dataclass(frozen=True)
class BlankWhenZeroClause:
    origin: Origin


@dataclass(frozen=True)
class SyncClause:
    """SYNCHRONIZED [LEFT | RIGHT]: records/layout.py aligns a binary item (cobc field.c)."""

    origin: Origin


@dataclass(frozen=True)
class GlobalClause:
    origin: Origin


@dataclass(frozen=True)
class ExternalClause:
    """EXTERNAL [AS "name"]: ``name`` is the name the run shares the storage under."""

    name: str
    origin: Origin


@dataclass(frozen=True)
class BasedClause:
    origin: Origin


@dataclass(frozen=True)
class AnyLengthClause:
    """``PIC X ANY LENGTH`` (LINKAGE): the size is the argument's at each CALL."""

    origin: Origin


@dataclass(frozen=True)
class TypedefClause:
    """``IS TYPEDEF``: the item is a type for ``USAGE name``, not storage."""

    origin: Origin


@dataclass(frozen=True)
class TypeClause:
    """``USAGE type-name``: the clauses of that TYPEDEF item."""

    name: str
    origin: Origin


@dataclass(frozen=True)
class ConditionValue:
    """One value of an 88-level, or a ``low THRU high`` range."""

    low: ValueLiteral
    high: ValueLiteral | None = None


@dataclass(frozen=True)
class ConditionItem:
    """An 88-level condition name."""

    name: str
    values: tuple[ConditionValue, ...]
    origin: Origin
    false_value: ValueLiteral | None = None
    """``FALSE IS literal``: what SET name TO FALSE stores."""


@dataclass(frozen=True)
class RenamesItem:
    """A level-66 entry: ``name RENAMES first [THRU last]`` (names as written, ``A OF B``)."""

    name: str
    first: str
    last: str | None
    origin: Origin


Clause = (
    RedefinesClause
    | PictureClause
    | UsageClause
    | SignClause
    | OccursClause
    | ValueClause
    | JustifiedClause
    | BlankWhenZeroClause
    | SyncClause
    | GlobalClause
    | ExternalClause
    | BasedClause
    | TypedefClause
    | TypeClause
)

_CLAUSE_SLOTS: dict[type, str] = {
    RedefinesClause: "redefines",
    PictureClause: "picture",
    UsageClause: "usage",
    SignClause: "sign",
    OccursClause: "occurs",
    ValueClause: "value",
    JustifiedClause: "justified",
    BlankWhenZeroClause: "blank_when_zero",
    SyncClause: "synchronized",
    GlobalClause: "global_clause",
    ExternalClause: "external",
    BasedClause: "based",
    AnyLengthClause: "any_length",
    TypedefClause: "typedef",
    TypeClause: "type_name",
}
_CLAUSE_WORDS = {
    "redefines": "REDEFINES",
    "picture": "PICTURE",
    "usage": "USAGE",
    "sign": "SIGN",
    "occurs": "OCCURS",
    "value": "VALUE",
    "justified": "JUSTIFIED",
    "blank_when_zero": "BLANK WHEN ZERO",
    "synchronized": "SYNCHRONIZED",
    "global_clause": "GLOBAL",
    "external": "EXTERNAL",
    "based": "BASED",
    "any_length": "ANY LENGTH",
    "typedef": "TYPEDEF",
    "type_name": "USAGE",
}


@dataclass
class DataItem:
    """A data description entry (levels 01-49 and 77); after nesting, with its ``children`` and
    its 88-level ``conditions``. ``name`` is None for FILLER (or an unnamed item)."""

    level: int
    name: str | None
    origin: Origin
    redefines: RedefinesClause | None = None
    picture: PictureClause | None = None
    usage: UsageClause | None = None
    sign: SignClause | None = None
    occurs: OccursClause | None = None
    value: ValueClause | None = None
    justified: JustifiedClause | None = None
    blank_when_zero: BlankWhenZeroClause | None = None
    synchronized: SyncClause | None = None
    global_clause: GlobalClause | None = None
    external: ExternalClause | None = None
    based: BasedClause | None = None
    any_length: AnyLengthClause | None = None
    typedef: TypedefClause | None = None
    type_name: TypeClause | None = None
    conditions: list[ConditionItem] = field(default_factory=list)
    children: list[DataItem] = field(default_factory=list)
    renames: list[DataItem] = field(default_factory=list)
    """On a level-01 record: its level-66 items, each an elementary level-66 ``DataItem``
    built by :mod:`idrs_sandbox.cobol.renames` (with ``renamed`` set)."""
    renamed: tuple[int, int] | None = None
    """On a level-66 item: the (offset, size) of the record's bytes it names."""
    wraps_occurs: bool = False
    """The unnamed level 01 group put around a level 01 / 77 item with OCCURS
    (cobol/dialect_rules.py): a REDEFINES naming that item redefines this group."""

    @property
    def display_name(self) -> str:
        return self.name or "FILLER"

    @property
    def is_group(self) -> bool:
        return bool(self.children)

    def walk(self) -> Any:
        """This item and every item below it, in declaration order."""
        yield self
        for child in self.children:
            yield from child.walk()


DataEntry = DataItem | ConditionItem | RenamesItem


# ---------------------------------------------------------------------------------------------
# parse tree -> AST

_FIGURATIVES = {
    "ZERO": Figurative.ZERO,
    "ZEROS": Figurative.ZERO,
    "ZEROES": Figurative.ZERO,
    "SPACE": Figurative.SPACE,
    "SPACES": Figurative.SPACE,
    "HIGH-VALUE": Figurative.HIGH_VALUE,
    "HIGH-VALUES": Figurative.HIGH_VALUE,
    "LOW-VALUE": Figurative.LOW_VALUE,
    "LOW-VALUES": Figurative.LOW_VALUE,
    "QUOTE": Figurative.QUOTE,
    "QUOTES": Figurative.QUOTE,
}


def unquote(text: str) -> str:
    """The value of an alphanumeric literal: quotes removed, doubled quotes made single."""
    quote = text[0]
    return text[1:-1].replace(quote * 2, quote)


@v_args(inline=False)
class DataDivisionTransformer(Transformer[Token, Any]):
    """Parse tree of ``data_division.lark`` -> AST nodes. ``origin_at`` maps an offset of the
    parsed text back to the original source (``ExpandedSource.origin_at``, shifted when a region
    was parsed). Errors raised here reach the caller wrapped in lark's ``VisitError``: use
    :func:`transform` (or unwrap ``error.orig_exc``)."""

    def __init__(self, origin_at: Callable[[int], Origin], relax_syntax: bool = False) -> None:
        super().__init__()
        self.origin_at = origin_at
        self.relax_syntax = relax_syntax
        """cobc -frelax-syntax-checks: INDEXED BY may come before ASCENDING KEY."""

    def _at(self, token: Token) -> Origin:
        return self.origin_at(token.start_pos or 0)

    def _meta_at(self, meta: Any) -> Origin:
        return self.origin_at(getattr(meta, "start_pos", 0))

    # entries --------------------------------------------------------------------------------

    def start(self, children: list[Any]) -> list[DataEntry]:
        return list(children[0])

    def data_entries(self, children: list[Any]) -> list[DataEntry]:
        return list(children)

    @v_args(meta=True)
    def data_item(self, meta: Any, children: list[Any]) -> DataItem:
        level_token, *rest = children
        level = int(level_token)
        origin = self._at(level_token)
        if not (1 <= level <= 49 or level == 77):
            raise CobolSemanticError(f"level {level_token} is not 01-49, 77 or 88", origin)
        name: str | None = None
        if rest and isinstance(rest[0], _EntryName):
            name = rest.pop(0).name
        item = DataItem(level, name, origin)
        for clause in rest:
            slot = _CLAUSE_SLOTS[type(clause)]
            if getattr(item, slot) is not None:
                word = _CLAUSE_WORDS[slot]
                raise CobolSemanticError(f"{word} clause given twice", clause.origin)
            setattr(item, slot, clause)
        for shared in (item.global_clause, item.external, item.based):
            if shared is not None and level not in (1, 77):
                # cobc 3.1.2: "GLOBAL only allowed at 01/77 level" (EXTERNAL, BASED alike)
                word = type(shared).__name__.removesuffix("Clause").upper()
                raise CobolSemanticError(f"{word} only allowed at 01/77 level", shared.origin)
        usage = item.usage
        if usage is not None and usage.usage in FIXED_BINARY_DIGITS:
            # cobc 3.1.2 gives BINARY-CHAR/SHORT/LONG/DOUBLE no PICTURE; they display as
            # [S]9(3)/9(5)/9(10)/9(20) (probe usage_extra: -005, 60000, +0000123456).
            if item.picture is not None:
                message = f"{item.display_name} is {usage.usage.value} and has a PICTURE"
                raise CobolSemanticError(message, item.picture.origin)
            digits = FIXED_BINARY_DIGITS[usage.usage]
            implied = parse_picture(f"{'S' if usage.signed else ''}9({digits})")
            item.picture = PictureClause(implied, usage.origin, usage.origin)
        if usage is not None and usage.usage in FLOAT_SIZES:
            # COMP-1 / COMP-2 have no PICTURE (cobc 3.1.2 refuses one); the layout gets a
            # numeric one for its shape, the runtime reads the IEEE bytes (runtime/floats.py).
            if item.picture is not None:
                message = f"{item.display_name} is {usage.usage.value} and has a PICTURE"
                raise CobolSemanticError(message, item.picture.origin)
            item.picture = PictureClause(parse_picture("S9(9)"), usage.origin, usage.origin)
        if usage is not None and usage.usage is Usage.COMP_X and item.picture is not None:
            item.picture = _comp_x_picture(item.picture, item.display_name)
        if usage is not None and usage.usage is Usage.COMP_5 and item.picture is not None:
            _comp_5_alphanumeric(item, usage)
        return item

    def entry_name(self, children: list[Token]) -> _EntryName:
        token = children[0]
        return _EntryName(None if token.type.endswith("FILLER") else str(token))

    def renames_item(self, children: list[Any]) -> RenamesItem:
        level, name, first, *last = children
        return RenamesItem(str(name), first, last[0] if last else None, self._at(level))

    @v_args(meta=True)
    def condition_item(self, meta: Any, children: list[Any]) -> ConditionItem:
        level_token, name, values = children[:3]
        false_value = children[3] if len(children) > 3 else None
        return ConditionItem(str(name), tuple(values), self._at(level_token), false_value)

    def condition_false(self, children: list[ValueLiteral]) -> ValueLiteral:
        return children[0]

    def condition_values(self, children: list[ConditionValue]) -> list[ConditionValue]:
        return list(children)

    def condition_value(self, children: list[ValueLiteral]) -> ConditionValue:
        return ConditionValue(children[0], children[1] if len(children) > 1 else None)

    # clauses --------------------------------------------------------------------------------

    @v_args(meta=True)
    def redefines_clause(self, meta: Any, children: list[Token]) -> RedefinesClause:
        return RedefinesClause(str(children[0]), self._meta_at(meta))

    @v_args(meta=True)
    def picture_clause(self, meta: Any, children: list[Token]) -> PictureClause:
        token = children[0]
        _check_picture_size(str(token), self._at(token))
        try:
            picture = parse_picture(str(token))
        except PictureError as error:
            raise CobolSemanticError(str(error), self._at(token)) from None
        return PictureClause(picture, self._meta_at(meta), self._at(token))

    @v_args(meta=True)
    def usage_clause(self, meta: Any, children: list[Any]) -> UsageClause:
        usage = children[0]
        if isinstance(usage, tuple):  # a fixed-size binary with its SIGNED/UNSIGNED
            return UsageClause(usage[0], self._meta_at(meta), usage[1])
        return UsageClause(usage, self._meta_at(meta))

    def usage_binary_char(self, children: list[bool]) -> tuple[Usage, bool]:
        return Usage.BINARY_CHAR, all(children)

    def usage_binary_short(self, children: list[bool]) -> tuple[Usage, bool]:
        return Usage.BINARY_SHORT, all(children)

    def usage_binary_long(self, children: list[bool]) -> tuple[Usage, bool]:
        return Usage.BINARY_LONG, all(children)

    def usage_binary_double(self, children: list[bool]) -> tuple[Usage, bool]:
        return Usage.BINARY_DOUBLE, all(children)

    def usage_pointer(self, _: list[Any]) -> tuple[Usage, bool]:
        return Usage.POINTER, False

    # cobc 3.1.2: [UN]SIGNED-SHORT / -INT / -LONG are the 2 / 4 / 8-byte native binaries
    # (data_display.at "DISPLAY: unsigned": UNSIGNED-INT shows 2147483648 after ADD 1).
    def usage_unsigned_short(self, _: list[Any]) -> tuple[Usage, bool]:
        return Usage.BINARY_SHORT, False

    def usage_unsigned_int(self, _: list[Any]) -> tuple[Usage, bool]:
        return Usage.BINARY_LONG, False

    def usage_unsigned_long(self, _: list[Any]) -> tuple[Usage, bool]:
        return Usage.BINARY_DOUBLE, False

    def binary_signed(self, _: list[Any]) -> bool:
        return True

    def binary_unsigned(self, _: list[Any]) -> bool:
        return False

    def usage_display(self, _: list[Any]) -> Usage:
        return Usage.DISPLAY

    def usage_comp(self, _: list[Any]) -> Usage:
        return Usage.COMP

    def usage_comp_3(self, _: list[Any]) -> Usage:
        return Usage.COMP_3

    def usage_comp_5(self, _: list[Any]) -> Usage:
        return Usage.COMP_5

    def usage_index(self, _: list[Any]) -> Usage:
        return Usage.INDEX

    def usage_comp_6(self, _: list[Any]) -> Usage:
        return Usage.COMP_6

    def usage_float_short(self, _: list[Any]) -> Usage:
        return Usage.FLOAT_SHORT

    def usage_float_long(self, _: list[Any]) -> Usage:
        return Usage.FLOAT_LONG

    def usage_float_decimal_16(self, _: list[Any]) -> Usage:
        return Usage.FLOAT_DECIMAL_16

    def usage_float_decimal_34(self, _: list[Any]) -> Usage:
        return Usage.FLOAT_DECIMAL_34

    def usage_comp_x(self, _: list[Any]) -> Usage:
        return Usage.COMP_X

    @v_args(meta=True)
    def sign_clause(self, meta: Any, children: list[Any]) -> SignClause:
        leading = children[0] == "leading"
        return SignClause(leading, len(children) > 1, self._meta_at(meta))

    def sign_leading(self, _: list[Any]) -> str:
        return "leading"

    def sign_trailing(self, _: list[Any]) -> str:
        return "trailing"

    def sign_separate(self, _: list[Any]) -> bool:
        return True

    @v_args(meta=True)
    def occurs_clause(self, meta: Any, children: list[Any]) -> OccursClause:
        origin = self._meta_at(meta)
        first, *rest = children
        minimum: int | None = None
        maximum = int(first)
        depending: str | None = None
        keys: list[OccursKey] = []
        indexed: tuple[str, ...] = ()
        for part in rest:
            if isinstance(part, _OccursTo):
                minimum, maximum = maximum, part.maximum
            elif isinstance(part, _Depending):
                depending = part.name
            elif isinstance(part, list):
                if indexed and not self.relax_syntax:
                    # cobc 3.1.2 without -frelax-syntax-checks (a warning with it)
                    raise CobolSyntaxError("INDEXED should follow ASCENDING/DESCENDING", origin)
                keys.extend(part)
            else:
                indexed = part
        _check_occurs(minimum, maximum, depending, origin)
        return OccursClause(maximum, minimum, depending, tuple(keys), indexed, origin)

    def occurs_to(self, children: list[Token]) -> _OccursTo:
        return _OccursTo(int(children[0]))

    def occurs_depending(self, children: list[str]) -> _Depending:
        return _Depending(children[0])

    def occurs_key(self, children: list[Any]) -> list[OccursKey]:
        ascending, *names = children
        return [OccursKey(name, ascending) for name in names]

    def ascending(self, _: list[Any]) -> bool:
        return True

    def descending(self, _: list[Any]) -> bool:
        return False

    def occurs_indexed(self, children: list[Token]) -> tuple[str, ...]:
        return tuple(str(name) for name in children)

    def qualified_name(self, children: list[Token]) -> str:
        return " OF ".join(str(name) for name in children)

    @v_args(meta=True)
    def value_clause(self, meta: Any, children: list[ValueLiteral]) -> ValueClause:
        return ValueClause(children[0], self._meta_at(meta))

    @v_args(meta=True)
    def justified_clause(self, meta: Any, _: list[Any]) -> JustifiedClause:
        return JustifiedClause(self._meta_at(meta))

    @v_args(meta=True)
    def blank_when_zero_clause(self, meta: Any, _: list[Any]) -> BlankWhenZeroClause:
        return BlankWhenZeroClause(self._meta_at(meta))

    @v_args(meta=True)
    def global_clause(self, meta: Any, _: list[Any]) -> GlobalClause:
        return GlobalClause(self._meta_at(meta))

    @v_args(meta=True)
    def external_clause(self, meta: Any, children: list[Token]) -> ExternalClause:
        return ExternalClause(unquote(str(children[0])) if children else "", self._meta_at(meta))

    @v_args(meta=True)
    def based_clause(self, meta: Any, _: list[Any]) -> BasedClause:
        return BasedClause(self._meta_at(meta))

    @v_args(meta=True)
    def any_length_clause(self, meta: Any, _: list[Any]) -> AnyLengthClause:
        return AnyLengthClause(self._meta_at(meta))

    @v_args(meta=True)
    def sync_clause(self, meta: Any, _: list[Any]) -> SyncClause:
        return SyncClause(self._meta_at(meta))

    @v_args(meta=True)
    def typedef_clause(self, meta: Any, _: list[Any]) -> TypedefClause:
        return TypedefClause(self._meta_at(meta))

    @v_args(meta=True)
    def type_clause(self, meta: Any, children: list[Token]) -> TypeClause:
        return TypeClause(str(children[0]), self._meta_at(meta))

    # literals -------------------------------------------------------------------------------

    def alphanumeric_literal(self, children: list[Token]) -> ValueLiteral:
        token = children[0]
        return ValueLiteral(unquote(str(token)), str(token), self._at(token))

    def hex_literal(self, children: list[Token]) -> ValueLiteral:
        token = children[0]
        digits = str(token)[2:-1]
        if len(digits) % 2:
            raise CobolSemanticError(
                "a hex literal needs an even number of digits", self._at(token)
            )
        text = bytes.fromhex(digits).decode("latin-1")
        return ValueLiteral(text, str(token), self._at(token))

    def zero_literal(self, children: list[Token]) -> ValueLiteral:
        """Z'abc': the text with a X'00' after it, as in the procedure division."""
        token = children[0]
        return ValueLiteral(unquote(str(token)[1:]) + "\0", str(token), self._at(token))

    def numeric_literal(self, children: list[Token]) -> ValueLiteral:
        token = children[0]
        return ValueLiteral(Decimal(str(token)), str(token), self._at(token))

    def float_literal(self, children: list[Token]) -> ValueLiteral:
        # its exact value (543.12345E10 is 5431234500000), as program.py floating_literal
        token = children[0]
        return ValueLiteral(Decimal(str(token).upper()).normalize(), str(token), self._at(token))

    def figurative(self, children: list[Token]) -> ValueLiteral:
        token = children[0]
        return ValueLiteral(_FIGURATIVES[str(token).upper()], str(token), self._at(token))

    @v_args(meta=True)
    def null_literal(self, meta: Any, _: list[Any]) -> ValueLiteral:
        # VALUE NULL: the address 0 (runtime/pointers.py)
        return ValueLiteral(Decimal(0), "NULL", self._meta_at(meta))

    def all_figurative(self, children: list[ValueLiteral]) -> ValueLiteral:
        # VALUE ALL SPACES is VALUE SPACES: a figurative constant already fills the item.
        return children[0]

    @v_args(meta=True)
    def all_literal(self, meta: Any, children: list[Token]) -> ValueLiteral:
        token = children[0]
        return ValueLiteral(AllLiteral(unquote(str(token))), f"ALL {token}", self._meta_at(meta))


@dataclass(frozen=True)
class _EntryName:
    name: str | None


@dataclass(frozen=True)
class _OccursTo:
    maximum: int


@dataclass(frozen=True)
class _Depending:
    name: str


MAX_FIELD_SIZE = 268_435_456
"""cobc 3.1.2: "'X' cannot be larger than 268435456 bytes" (PIC X(268435457) is rejected)."""
_REPEAT_COUNT = re.compile(r"\((\d+)\)")


def _check_picture_size(text: str, origin: Origin) -> None:
    """Reject a picture larger than cobc allows before it is expanded symbol by symbol (PIC
    X(999999999) would otherwise build a string of a billion characters)."""
    counts = [int(count) for count in _REPEAT_COUNT.findall(text)]
    size = sum(counts) + len(_REPEAT_COUNT.sub("", text)) - len(counts)
    if size > MAX_FIELD_SIZE:
        raise CobolSemanticError(
            f"PICTURE {text}: {size:,} characters, more than cobc allows "
            f"({MAX_FIELD_SIZE:,} bytes)",
            origin,
        )


def _check_occurs(minimum: int | None, maximum: int, depending: str | None, origin: Origin) -> None:
    if minimum is not None and minimum > maximum:
        raise CobolSemanticError(f"OCCURS {minimum} TO {maximum}: minimum above maximum", origin)
    if minimum is not None and depending is None:
        raise CobolSemanticError("OCCURS m TO n needs DEPENDING ON", origin)


# ---------------------------------------------------------------------------------------------
# nesting by level number


def nest_entries(entries: Sequence[DataEntry]) -> list[DataItem]:
    """Build the hierarchy from level numbers: the 01 / 77 items, each with its subordinates.

    As cobc does: a level must close back to the level of an earlier sibling ("no previous data
    item of level 07"); an 88 belongs to the item just before it; an item with a PICTURE or a
    level 77 has no subordinates."""
    roots: list[DataItem] = []
    stack: list[DataItem] = []
    last: DataItem | None = None
    renames: list[tuple[DataItem, RenamesItem]] = []
    for entry in entries:
        if isinstance(entry, RenamesItem):
            # cobc 3.1.2: a 66 follows the entries of the 01 record it renames
            if not roots or roots[-1].level != 1:
                raise CobolSemanticError(
                    "RENAMES entry requires a preceding 01 record", entry.origin
                )
            renames.append((roots[-1], entry))
            stack, last = [], None
            continue
        if isinstance(entry, ConditionItem):
            if last is None:
                raise CobolSemanticError("88-level with no data item before it", entry.origin)
            last.conditions.append(entry)
            continue
        if entry.level in (1, 77):
            stack = [entry] if entry.level == 1 else []
            roots.append(entry)
        else:
            _attach(entry, stack)
        last = entry
    if renames:
        from idrs_sandbox.cobol.renames import resolve_renames  # it lays records out

        for record, entry in renames:
            record.renames.append(resolve_renames(record, entry))
    return roots


def _attach(item: DataItem, stack: list[DataItem]) -> None:
    while stack and stack[-1].level >= item.level:
        stack.pop()
    if not stack:
        raise CobolSemanticError(
            f"level {item.level:02d} item {item.display_name} is not inside a level 01 record",
            item.origin,
        )
    parent = stack[-1]
    if parent.children and parent.children[-1].level != item.level:
        raise CobolSemanticError(f"no previous data item of level {item.level:02d}", item.origin)
    if parent.picture is not None:
        raise CobolSemanticError(
            f"{item.display_name} is subordinate to {parent.display_name}, which has a PICTURE",
            item.origin,
        )
    parent.children.append(item)
    stack.append(item)


def apply_typedefs(items: list[DataItem]) -> list[DataItem]:
    """Drop the TYPEDEF items and give each ``USAGE type-name`` item that type's clauses
    (testsuite 'TYPEDEF application': ``77 INT IS TYPEDEF BINARY-LONG``, ``77 N USAGE INT
    VALUE 10``; a clause both give is cobc's "duplicate VALUE clause"; the TYPEDEF's EXTERNAL
    makes the item EXTERNAL under the item's own name: probe usage_typedef)."""
    types = {(item.name or "").upper(): item for item in items if item.typedef is not None}
    if not types and not any(item.type_name for root in items for item in root.walk()):
        return items
    for root in items:
        for item in root.walk():
            if item.type_name is not None:
                _apply_type(item, types)
    return [item for item in items if item.typedef is None]


def _apply_type(item: DataItem, types: dict[str, DataItem]) -> None:
    clause = item.type_name
    assert clause is not None
    found = types.get(clause.name.upper())
    if found is None:
        raise CobolSemanticError(f"'{clause.name}' is not a TYPEDEF", clause.origin)
    if found.children:
        raise CobolSemanticError(
            f"TYPEDEF {clause.name}: a group type is not supported by the legacy engine",
            clause.origin,
        )
    for slot in ("picture", "usage", "sign", "justified", "blank_when_zero", "value"):
        given = getattr(found, slot)
        if given is None:
            continue
        if getattr(item, slot) is not None:  # cobc 3.1.2: "duplicate VALUE clause"
            raise CobolSemanticError(f"duplicate {_CLAUSE_WORDS[slot]} clause", clause.origin)
        setattr(item, slot, given)
    if found.external is not None and item.external is None:
        item.external = ExternalClause("", found.external.origin)


# ---------------------------------------------------------------------------------------------
# parsing


@cache
def data_division_parser() -> Lark:
    """The LALR parser of ``grammar/data_division.lark`` (built once)."""
    return Lark.open(
        "grammar/data_division.lark",
        rel_to=__file__,
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=False,
    )


def terminal_text(parser: Lark) -> Callable[[str], str | None]:
    """For diagnostics: the literal text of a keyword terminal, None for a pattern."""

    def text(name: str) -> str | None:
        try:
            pattern = parser.get_terminal(name).pattern
        except KeyError:
            return None
        return str(pattern.value) if pattern.type == "str" else None

    return text


def transform(transformer: Transformer[Token, Any], tree: Any) -> Any:
    """Run a transformer, re-raising our own errors instead of lark's ``VisitError`` wrapper."""
    try:
        return transformer.transform(tree)
    except VisitError as error:
        if isinstance(error.orig_exc, CobolError):
            raise error.orig_exc from None
        raise


def parse_data_entries(
    source: ExpandedSource, start: int = 0, end: int | None = None
) -> list[DataItem]:
    """Parse the data description entries in ``source.text[start:end]`` and nest them.

    Raises ``CobolSyntaxError`` / ``CobolSemanticError`` at the original file:line:col."""
    text = source.text[start:end]

    def origin_at(offset: int) -> Origin:
        return source.origin_at(start + offset)

    parser = data_division_parser()
    try:
        tree = parser.parse(text)
    except UnexpectedInput as error:
        end_origin = source.origin_at(start + len(text))
        raise syntax_error_from_lark(
            error,
            origin_at,
            end_origin,
            terminal_text(parser),
            lambda offset: source.split_word_at(start + offset),
        ) from None
    entries: list[DataEntry] = transform(DataDivisionTransformer(origin_at), tree)
    return nest_entries(entries)


# Digits cobc 3.1.2 gives a PIC X(n) COMP-X item, n = 1..8 (measured: DISPLAY of each shows
# 2, 4, 7, 9, 12, 14, 16, 18 digits; the value is the n bytes' unsigned binary, and X(9) builds
# but its DISPLAY crashes the run with SIGSEGV, so it is refused).
COMP_X_DIGITS = (2, 4, 7, 9, 12, 14, 16, 18)


def _comp_x_picture(clause: PictureClause, name: str) -> PictureClause:
    """PIC X(n) COMP-X / COMP-N is an n-byte unsigned big-endian binary that cobc 3.1.2
    displays with COMP_X_DIGITS[n - 1] digits (probe usage_comp_x: PIC XX COMP-X VALUE 300
    shows 0300 and holds X'012C'); it is given the picture 9(digits), whose binary size
    (records/layout.py comp_x_size) is n bytes for each of them."""
    picture = clause.picture
    if picture.category is Category.NUMERIC:
        return clause
    if picture.symbols.strip("X") or picture.size > len(COMP_X_DIGITS):
        message = f"{name}: COMP-X with PICTURE {picture.text} is not supported (X(1) to X(8))"
        raise CobolSemanticError(message, clause.string_origin)
    implied = parse_picture(f"9({COMP_X_DIGITS[picture.size - 1]})")
    return PictureClause(implied, clause.origin, clause.string_origin)


# PIC X(n) COMP-5 in cobc 3.1.2 (measured): a native unsigned binary of 1, 2, 4 or 8 bytes
# (X, XX, X(3)-X(4), X(5)-X(8)), displayed with 3, 5, 10 or 20 digits, wrapping on its
# bytes and SIZE ERROR only past them: BINARY-CHAR / SHORT / LONG / DOUBLE UNSIGNED.
COMP_5_ALPHANUMERIC = {1: Usage.BINARY_CHAR, 2: Usage.BINARY_SHORT, 4: Usage.BINARY_LONG}


def _comp_5_alphanumeric(item: DataItem, usage: UsageClause) -> None:
    """Give a PIC X(n) COMP-5 item the fixed-size unsigned binary usage cobc gives it (probe
    usage_comp_x); X(9) and longer cobc refuses ("binary field cannot be larger than 18
    digits"), a picture mixing X with other symbols is not supported."""
    clause = item.picture
    assert clause is not None
    picture = clause.picture
    if picture.category is Category.NUMERIC:
        return
    if picture.symbols.strip("X") or picture.size > 8:
        message = f"{item.display_name}: COMP-5 with PICTURE {picture.text} is not supported"
        raise CobolSemanticError(message + " (X(1) to X(8))", clause.string_origin)
    size = next(bytes_ for bytes_ in (1, 2, 4, 8) if bytes_ >= picture.size)
    fixed = COMP_5_ALPHANUMERIC.get(size, Usage.BINARY_DOUBLE)
    item.usage = UsageClause(fixed, usage.origin, signed=False)
    implied = parse_picture(f"9({FIXED_BINARY_DIGITS[fixed]})")
    item.picture = PictureClause(implied, clause.origin, clause.string_origin)


def check_any_length(storage: list[DataItem], linkage: list[DataItem]) -> None:
    """ANY LENGTH where cobc 3.1.2 takes it: a level-01 LINKAGE item of PICTURE X (its
    messages, measured; PIC N and PIC 1, which cobc also takes, are refused as not supported)."""
    for record in storage:
        for item in record.walk():
            if item.any_length is not None:
                message = f"'{item.display_name}' ANY LENGTH only allowed in LINKAGE"
                raise CobolSemanticError(message, item.any_length.origin)
    for record in linkage:
        for item in record.walk():
            clause = item.any_length
            if clause is None:
                continue
            if item.level != 1 or item.children:
                message = f"'{item.display_name}' ANY LENGTH must be 01 level"
                raise CobolSemanticError(message, clause.origin)
            if item.picture is None or item.picture.picture.symbols != "X":
                message = (
                    f"'{item.display_name}' ANY LENGTH must be PIC X (PIC N, PIC 1: not supported)"
                )
                raise CobolSemanticError(message, clause.origin)
