"""ANY LENGTH LINKAGE items: ``01 X PIC X ANY LENGTH.`` in a called program.

In cobc 3.1.2 such an item is as long as the argument passed at each CALL: LENGTH OF X and
FUNCTION LENGTH (X) give that size, and MOVE, DISPLAY, reference modification and comparisons
use it (testsuite 'ANY LENGTH (1)'-(4); probe any_length: a PIC X(6) argument gives 6, a PIC X(2)
one 2, and MOVE "abcd" TO X pads to the argument's size).

The compiler reads every size at compile time, so a program with ANY LENGTH items is compiled
once for each combination of its arguments' sizes it is CALLed with (copybook.ANY_LENGTH_SIZES
gives each item its size while that variant is laid out). The program keeps one storage across
CALLs: a CALL with other sizes binds the variant's code and constants into the same namespace
and gives the ANY LENGTH records a buffer of the new size, so WORKING-STORAGE stays as the
previous CALL left it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol.copybook import ANY_LENGTH_SIZES
from idrs_sandbox.cobol.data_division import DataItem
from idrs_sandbox.cobol.program import Program

if TYPE_CHECKING:
    from idrs_sandbox.runtime.data import DataModel
    from idrs_sandbox.runtime.machine import LegacyProgram

Sizes = tuple[tuple[int, int], ...]
"""(id of an ANY LENGTH item, its size for this CALL), in USING order."""

# storage and file handles are the run's; everything else in a compiled namespace (constants,
# the paragraph functions) belongs to the compiled code
_RUN_STATE = re.compile(r"B\d+|_F_\d+")


def any_length_items(program: Program) -> list[DataItem]:
    """The program's LINKAGE items with ANY LENGTH."""
    return [item for item in program.linkage if item.any_length is not None]


def call_sizes(
    program: Program, using_names: Sequence[str | None], arguments: Sequence[bytes | None]
) -> Sizes:
    """The size each ANY LENGTH item of ``program`` takes from this CALL's arguments (an item
    not passed keeps its PICTURE's size)."""
    by_name = {(item.name or "").upper(): item for item in any_length_items(program)}
    sizes: list[tuple[int, int]] = []
    for name, argument in zip(using_names, arguments, strict=False):
        item = by_name.get((name or "").upper())
        if item is not None and argument is not None:
            sizes.append((id(item), len(argument)))
    return tuple(sizes)


def compile_variant(program: Program, sizes: Sizes, factory: Any) -> LegacyProgram:
    """``program`` compiled with its ANY LENGTH items of the given sizes."""
    token = ANY_LENGTH_SIZES.set(dict(sizes))
    try:
        compiled: LegacyProgram = factory(program)
        return compiled
    finally:
        ANY_LENGTH_SIZES.reset(token)


def rebind(
    namespace: dict[str, Any],
    previous: dict[str, Any],
    variant: LegacyProgram,
    areas: Sequence[int],
) -> None:
    """The variant's code and constants bound into a running program's namespace, compiled
    from ``previous``; what the run set there itself (its streams, files, the CALL hooks:
    a value that is not ``previous``'s) stays. The ANY LENGTH records (``areas``) get buffers
    of the variant's sizes."""
    for key, value in variant.namespace.items():
        if _RUN_STATE.fullmatch(key):
            continue
        if key in namespace and key in previous and namespace[key] is not previous[key]:
            continue
        namespace[key] = value
    for index in areas:
        namespace[f"B{index}"] = bytearray(variant.namespace[f"B{index}"])
    exec(variant.code, namespace)


def variant_model(program: Program, sizes: Sizes) -> DataModel:
    """The program's data model with its ANY LENGTH items of the given sizes."""
    from idrs_sandbox.runtime.data import build_data_model

    token = ANY_LENGTH_SIZES.set(dict(sizes) if sizes else None)
    try:
        return build_data_model(program)
    finally:
        ANY_LENGTH_SIZES.reset(token)
