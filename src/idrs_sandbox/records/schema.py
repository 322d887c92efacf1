"""Declare a record layout in Python, without COBOL text. The modern engine (which may not import
``cobol/``) declares its layouts here; a test checks they equal the copybooks' layouts::

    ACCOUNT = record(
        "TA-ACCOUNT",
        field("TA-TIN", "9(9)"),
        group("TA-MODULE",
              field("TA-TAX-PERIOD", "9(6)"),
              field("TA-BALANCE", "S9(9)V99", usage="COMP-3"),
              occurs=4, indexed_by=("TA-MX",)),
        filler("X(20)"),
    )

Level numbers default to the copybooks' convention (01, then 05, 10, 15 by depth). Sizes and
offsets come from ``records.layout`` exactly as for a copybook.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Literal

from idrs_sandbox.records.layout import (
    AllLiteral,
    Condition,
    FieldSpec,
    Figurative,
    LiteralValue,
    Occurs,
    OccursKey,
    RecordLayout,
    Usage,
    layout_record,
)
from idrs_sandbox.records.picture import parse_picture

_USAGES: dict[str, Usage] = {
    "DISPLAY": Usage.DISPLAY,
    "COMP": Usage.COMP,
    "COMPUTATIONAL": Usage.COMP,
    "BINARY": Usage.COMP,
    "COMP-4": Usage.COMP,
    "COMPUTATIONAL-4": Usage.COMP,
    "COMP-3": Usage.COMP_3,
    "COMPUTATIONAL-3": Usage.COMP_3,
    "PACKED-DECIMAL": Usage.COMP_3,
    "COMP-5": Usage.COMP_5,
    "COMPUTATIONAL-5": Usage.COMP_5,
    "INDEX": Usage.INDEX,
}

AUTO_LEVEL = 0
"""A level to be assigned by depth when the record is built."""

ValueLike = LiteralValue | int


def usage_of(usage: Usage | str | None) -> Usage | None:
    if usage is None or isinstance(usage, Usage):
        return usage
    try:
        return _USAGES[usage.upper()]
    except KeyError:
        raise ValueError(f"unknown USAGE {usage!r}") from None


def literal(value: ValueLike) -> LiteralValue:
    """A VALUE / 88 value: int becomes Decimal; str, Decimal, Figurative and ALL stay."""
    if isinstance(value, bool):
        raise TypeError("a COBOL value is a number, a text or a figurative constant")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal | str | Figurative | AllLiteral):
        return value
    raise TypeError(f"not a COBOL value: {value!r}")


def condition(name: str, *values: ValueLike | tuple[ValueLike, ValueLike]) -> Condition:
    """An 88-level: ``condition("TA-ST-SETTLED", 12)``; a range is ``(low, high)``."""
    ranges: list[tuple[LiteralValue, LiteralValue | None]] = []
    for value in values:
        if isinstance(value, tuple):
            ranges.append((literal(value[0]), literal(value[1])))
        else:
            ranges.append((literal(value), None))
    return Condition(name, tuple(ranges))


def _occurs(
    occurs: int | None,
    occurs_min: int | None,
    depending_on: str | None,
    indexed_by: Sequence[str],
    keys: Sequence[OccursKey],
) -> Occurs | None:
    if occurs is None:
        if occurs_min is not None or depending_on is not None or indexed_by or keys:
            raise ValueError("OCCURS details given without occurs=")
        return None
    return Occurs(occurs, occurs_min, depending_on, tuple(keys), tuple(indexed_by))


def field(
    name: str | None,
    picture: str | None = None,
    *,
    usage: Usage | str | None = None,
    occurs: int | None = None,
    occurs_min: int | None = None,
    depending_on: str | None = None,
    indexed_by: Sequence[str] = (),
    keys: Sequence[OccursKey] = (),
    redefines: str | None = None,
    value: ValueLike | None = None,
    sign: Literal["leading", "trailing"] | None = None,
    sign_separate: bool = False,
    justified: bool = False,
    blank_when_zero: bool = False,
    conditions: Sequence[Condition] = (),
    level: int = AUTO_LEVEL,
) -> FieldSpec:
    """An elementary item (``name`` None or "FILLER" for a filler)."""
    return FieldSpec(
        level=level,
        name=None if name is None or name.upper() == "FILLER" else name,
        picture=parse_picture(picture) if picture is not None else None,
        usage=usage_of(usage),
        occurs=_occurs(occurs, occurs_min, depending_on, indexed_by, keys),
        redefines=redefines,
        sign_leading=None if sign is None else sign == "leading",
        sign_separate=True if sign_separate else (None if sign is None else False),
        justified=justified,
        blank_when_zero=blank_when_zero,
        value=literal(value) if value is not None else None,
        conditions=tuple(conditions),
    )


def filler(picture: str, **options: object) -> FieldSpec:
    return field(None, picture, **options)  # type: ignore[arg-type]


def group(
    name: str | None,
    *children: FieldSpec,
    usage: Usage | str | None = None,
    occurs: int | None = None,
    occurs_min: int | None = None,
    depending_on: str | None = None,
    indexed_by: Sequence[str] = (),
    keys: Sequence[OccursKey] = (),
    redefines: str | None = None,
    sign: Literal["leading", "trailing"] | None = None,
    sign_separate: bool = False,
    level: int = AUTO_LEVEL,
) -> FieldSpec:
    """A group item: its children, in order."""
    if not children:
        raise ValueError(f"group {name} has no children")
    return FieldSpec(
        level=level,
        name=name,
        usage=usage_of(usage),
        occurs=_occurs(occurs, occurs_min, depending_on, indexed_by, keys),
        redefines=redefines,
        children=children,
        sign_leading=None if sign is None else sign == "leading",
        sign_separate=True if sign_separate else (None if sign is None else False),
    )


def _with_levels(spec: FieldSpec, depth: int) -> FieldSpec:
    level = spec.level or (1 if depth == 0 else 5 * depth)
    children = tuple(_with_levels(child, depth + 1) for child in spec.children)
    return replace(spec, level=level, children=children)


def record_spec(name: str, *children: FieldSpec) -> FieldSpec:
    return _with_levels(group(name, *children, level=1), 0)


def record(name: str, *children: FieldSpec) -> RecordLayout:
    """A level-01 record of ``children``, laid out."""
    return layout_record(record_spec(name, *children))
