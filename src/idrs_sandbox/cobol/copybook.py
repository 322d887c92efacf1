"""The bridge from COBOL text to the record layer: copybook -> data-description AST ->
``records.layout.FieldSpec`` -> ``RecordLayout``.

``load_copybook("TAXACCT")`` finds ``TAXACCT.cpy`` in the copy directories (default: the
project's ``legacy/copybooks``); a path works too. Offsets and sizes are computed by
``records.layout`` (the one place that knows GnuCOBOL's sizes); a layout error is reported at the
copybook line of the item at fault.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextvars import ContextVar
from pathlib import Path

from idrs_sandbox import paths
from idrs_sandbox.cobol.data_division import ConditionItem, DataItem, parse_data_entries
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, CopybookNotFound, Origin
from idrs_sandbox.cobol.source import ExpandedSource, find_copybook, read_source
from idrs_sandbox.records.layout import (
    Condition,
    FieldSpec,
    LayoutError,
    Occurs,
    RecordLayout,
    layout_record,
)
from idrs_sandbox.records.picture import Picture, parse_picture

ANY_LENGTH_SIZES: ContextVar[dict[int, int] | None] = ContextVar("any_length_sizes", default=None)
"""While a called program is compiled for the sizes of a CALL's arguments: ``id(item) -> size``
of its ANY LENGTH items (runtime/anylength.py); otherwise None (the PICTURE as written)."""


def _picture(item: DataItem) -> Picture | None:
    if item.picture is None:
        return None
    sizes = ANY_LENGTH_SIZES.get()
    if item.any_length is not None and sizes is not None and id(item) in sizes:
        symbol = item.picture.picture.symbols[0]
        return parse_picture(f"{symbol}({max(sizes[id(item)], 1)})")
    return item.picture.picture


def default_copy_dirs() -> tuple[Path, ...]:
    return (paths.copybook_dir(),)


def resolve_copybook(name_or_path: str | Path, copy_dirs: Sequence[Path] | None = None) -> Path:
    """A copybook's file: an existing path as given, else ``name`` searched in ``copy_dirs``."""
    given = Path(name_or_path)
    if given.is_file():
        return given
    dirs = default_copy_dirs() if copy_dirs is None else tuple(copy_dirs)
    found = find_copybook(str(name_or_path), dirs)
    if found is None:
        searched = ", ".join(str(d) for d in dirs) or "no copy directories"
        raise CopybookNotFound(f"copybook {name_or_path} not found (searched {searched})")
    return found


def read_copybook(
    name_or_path: str | Path, copy_dirs: Sequence[Path] | None = None
) -> ExpandedSource:
    dirs = default_copy_dirs() if copy_dirs is None else tuple(copy_dirs)
    return read_source(resolve_copybook(name_or_path, dirs), dirs)


def load_copybook_items(
    name_or_path: str | Path, copy_dirs: Sequence[Path] | None = None
) -> list[DataItem]:
    """The level-01 / 77 items of a copybook, nested, with positions."""
    return parse_data_entries(read_copybook(name_or_path, copy_dirs))


def load_copybook(
    name_or_path: str | Path,
    copy_dirs: Sequence[Path] | None = None,
    *,
    record: str | None = None,
) -> RecordLayout:
    """The layout of the copybook's record (its first level-01 item, or the one named
    ``record`` when the copybook declares several)."""
    items = [i for i in load_copybook_items(name_or_path, copy_dirs) if i.level == 1]
    if not items:
        raise CobolSemanticError(f"copybook {name_or_path} declares no level 01 record")
    if record is None:
        return layout_of(items[0])
    for item in items:
        if item.name is not None and item.name.upper() == record.upper():
            return layout_of(item)
    raise CobolSemanticError(f"copybook {name_or_path} has no record {record}")


def layout_of(item: DataItem) -> RecordLayout:
    """Lay out one level-01 item; a layout error points at the item's source line."""
    origins: dict[int, Origin] = {}
    spec = to_field_spec(item, origins)
    try:
        return layout_record(spec)
    except LayoutError as error:
        origin = origins.get(id(error.spec)) if error.spec is not None else None
        raise CobolSemanticError(str(error), origin or item.origin) from None


def to_field_spec(item: DataItem, origins: dict[int, Origin] | None = None) -> FieldSpec:
    """The declaration of ``item`` (and its subordinates) for ``records.layout``; ``origins``
    collects ``id(spec) -> origin`` for error messages."""
    children = tuple(to_field_spec(child, origins) for child in item.children)
    spec = FieldSpec(
        level=item.level,
        name=item.name,
        picture=_picture(item),
        usage=item.usage.usage if item.usage else None,
        occurs=_occurs(item),
        redefines=item.redefines.target if item.redefines else None,
        children=children,
        sign_leading=item.sign.leading if item.sign else None,
        sign_separate=item.sign.separate if item.sign else None,
        justified=item.justified is not None,
        blank_when_zero=item.blank_when_zero is not None,
        synchronized=item.synchronized is not None,
        value=item.value.literal.value if item.value else None,
        conditions=tuple(_condition(c) for c in item.conditions),
    )
    if origins is not None:
        origins[id(spec)] = item.origin
    return spec


def _occurs(item: DataItem) -> Occurs | None:
    clause = item.occurs
    if clause is None:
        return None
    return Occurs(
        maximum=clause.maximum,
        minimum=clause.minimum,
        depending_on=clause.depending_on,
        keys=clause.keys,
        indexed_by=clause.indexed_by,
    )


def _condition(item: ConditionItem) -> Condition:
    return Condition(
        item.name,
        tuple((v.low.value, v.high.value if v.high else None) for v in item.values),
    )
