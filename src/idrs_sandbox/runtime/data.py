"""The program's data: storage areas (one ``bytearray`` per record) and every named item in them.

GnuCOBOL keeps each level-01 / 77 item of WORKING-STORAGE in its own block of bytes; a level-01
REDEFINES shares the block of the record it redefines; all the records of one FD share the file's
record area. Offsets and sizes come from :mod:`idrs_sandbox.records.layout` (via
``cobol.copybook.layout_of``), so REDEFINES and group moves see exactly the bytes cobc lays out.

Storage starts as GnuCOBOL's does (probe ``init_storage``): alphanumeric items spaces, DISPLAY
numeric zeros, packed zero (sign C, or F unsigned), binary zero bytes, numeric-edited items an
edited zero, then the VALUE clauses; a file's record area starts as LOW-VALUES.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.copybook import layout_of
from idrs_sandbox.cobol.data_division import ConditionItem, DataItem
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin, SourceFile
from idrs_sandbox.cobol.program import FileDeclaration, Program
from idrs_sandbox.cobol.symbols import (
    Symbol,
    SymbolTable,
    has_debug_item,
    is_global_file,
    visible_global_files,
    visible_globals,
)
from idrs_sandbox.records import layout as rl
from idrs_sandbox.records.picture import Category as PicCategory
from idrs_sandbox.runtime import move as mv
from idrs_sandbox.runtime.fields import (
    Category,
    FieldType,
    PicSymbols,
    Usage,
    edited,
    index_type,
)
from idrs_sandbox.runtime.fields import binary as binary_type
from idrs_sandbox.runtime.floats import DECIMAL_FORMATS, FLOAT_DIGITS, FLOAT_SCALE


@dataclass(frozen=True)
class SharedKey:
    """How a run finds shared storage: ``kind`` 'global' (``key``: id of the declaring
    DataItem; ``owner``: the declaring program, which (re)initialises it) or 'external'
    (``key``: the EXTERNAL name)."""

    kind: str
    key: object
    owner: bool
    origin: Origin


@dataclass
class Area:
    """One block of storage. ``index`` names it in generated code (``B3``)."""

    name: str
    index: int
    buffer: bytearray
    shared: SharedKey | None = None
    """Storage other programs of the run reach (GLOBAL, EXTERNAL): bound at run time by
    runtime/scope.py instead of being the program's own."""
    local: bool = False
    """LOCAL-STORAGE: fresh at every CALL (runtime/invocation.py)."""
    based: bool = False
    """BASED: no storage until ALLOCATE or SET ADDRESS OF (runtime/pointers.py)."""


@dataclass(eq=False)
class DataEntry:
    """A data item of the program: where it lives and what it is."""

    name: str | None
    level: int
    origin: Origin
    area: Area
    offset: int
    size: int
    ftype: FieldType
    dims: tuple[tuple[int, int], ...]
    """(stride, maximum) of every enclosing OCCURS, outermost first, this item's own last."""
    parent: DataEntry | None
    file: FileDeclaration | None = None
    item: DataItem | None = None
    layout: rl.FieldLayout | None = None
    children: list[DataEntry] = field(default_factory=list)
    conditions: list[ConditionEntry] = field(default_factory=list)
    redefines: bool = False

    @property
    def display_name(self) -> str:
        return self.name or "FILLER"

    @property
    def is_table(self) -> bool:
        return bool(self.dims)

    def ancestors(self) -> Iterator[DataEntry]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def walk(self) -> Iterator[DataEntry]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(eq=False)
class ConditionEntry:
    """A level-88 condition name on ``parent``."""

    name: str
    parent: DataEntry
    item: ConditionItem
    origin: Origin


@dataclass(eq=False)
class IndexEntry:
    """An index name (OCCURS ... INDEXED BY): a native 4-byte integer holding an occurrence
    number (GnuCOBOL stores the subscript value, not a displacement)."""

    name: str
    table: DataEntry
    entry: DataEntry


Named = DataEntry | ConditionEntry | IndexEntry


@dataclass
class FileEntry:
    declaration: FileDeclaration
    area: Area
    record_size: int
    records: list[DataEntry]
    status: DataEntry | None = None
    keys: list[FileKeyEntry] = field(default_factory=list)
    """INDEXED: the RECORD KEY, then each ALTERNATE RECORD KEY (runtime/indexed.py)."""
    relative_key: DataEntry | None = None
    assign_item: DataEntry | None = None
    """ASSIGN data-name naming an item: the file name is its value at OPEN."""
    depending: DataEntry | None = None
    """RECORD VARYING ... DEPENDING ON item."""


@dataclass
class FileKeyEntry:
    """A key of an INDEXED file: its name and the record items it joins."""

    name: str
    parts: list[DataEntry]
    duplicates: bool
    split: bool
    suppress: int | None = None


class DataModel:
    """Every area and named item of a program. Names are resolved by the program's
    :class:`~idrs_sandbox.cobol.symbols.SymbolTable` (the checker's), each symbol then mapped to
    the storage entry built for its declaration."""

    def __init__(self, symbols: SymbolTable | None = None) -> None:
        self.symbols = symbols if symbols is not None else SymbolTable()
        self.areas: list[Area] = []
        self.entries: list[DataEntry] = []
        self.files: dict[str, FileEntry] = {}
        self.special: dict[str, DataEntry] = {}
        self._named: dict[Any, Named] = {}
        self.binary_truncate = True
        """cobc's binary-truncate (cobol/dialect.py): False makes COMP / BINARY items limited
        by their bytes only, as COMP-X (see field_type)."""
        self.sign_ebcdic = False
        """cobc -fsign=EBCDIC: signed DISPLAY items overpunch EBCDIC's way (see field_type)."""
        self.binary_native = False
        """cobc -fbinary-byteorder=native: COMP / BINARY items in native order (field_type)."""

    def new_area(self, name: str, size: int, fill: int) -> Area:
        area = Area(name, len(self.areas), bytearray([fill]) * size)
        self.areas.append(area)
        return area

    def attach(self, key: Any, named: Named) -> None:
        """The entry built for a declaration (``key``: see :meth:`_key`)."""
        self._named[key] = named

    def candidates(self, name: str, qualifiers: tuple[str, ...]) -> list[Named]:
        """Every item called ``name`` whose enclosing items include ``qualifiers`` (inside out,
        levels may be skipped; a qualifier may also name the item's file)."""
        found = (self._entry(symbol) for symbol in self.symbols.candidates(name, qualifiers))
        return [named for named in found if named is not None]

    def _entry(self, symbol: Symbol) -> Named | None:
        if symbol.kind == "special":
            return self.special.get(symbol.name)
        if symbol.kind == "constant":
            return None  # level 78: replaced by its value before compiling
        return self._named.get(_key(symbol.kind, symbol.node, symbol.name))


def _key(kind: str, node: Any, name: str = "") -> tuple[int, str]:
    """One key per declaration: its node, and for an index name the name too (one table
    may declare several)."""
    return (id(node), name.upper() if kind == "index" else "")


# ---------------------------------------------------------------------------------------------
# building the model


def build_data_model(program: Program) -> DataModel:
    model = DataModel(SymbolTable.of(program))
    model.binary_truncate = program.source.dialect.binary_truncate
    model.sign_ebcdic = program.source.dialect.sign_ebcdic
    model.binary_native = program.source.dialect.binary_native
    global_files = False
    for declaration in program.files:
        _add_file(model, declaration)
        if is_global_file(declaration) and declaration.fd_origin is not None:
            global_files = True
            area = model.files[declaration.name.upper()].area
            area.shared = SharedKey("file", id(declaration), True, declaration.fd_origin)
        elif any(item.external is not None for item in declaration.records):
            # FD name IS EXTERNAL: one record area and handle per file name for the run
            area = model.files[declaration.name.upper()].area
            origin = declaration.fd_origin or declaration.origin
            area.shared = SharedKey("external-file", declaration.name.upper(), True, origin)
    records: dict[str, DataEntry] = {}
    for item in program.working_storage:
        root = _add_working_record(model, item, records, program.source.dialect.default_byte)
        records[(item.name or "").upper()] = root
        if item.wraps_occurs:
            # ``01 X ... OCCURS n`` held as an unnamed group around X (cobol/dialect_rules.py):
            # a later ``01 Y REDEFINES X`` redefines that group (cobc warns "the original
            # definition 'X' should not have OCCURS clause" and compiles it).
            records[(item.children[0].name or "").upper()] = root
        key = shared_key(item, owner=True)
        if key is None and global_files and item.based is None:
            # its FILE STATUS or KEY item may be one a contained program's I/O on a GLOBAL
            # file writes (runtime/scope.py)
            key = SharedKey("global", id(item), True, item.origin)
        if key is not None:
            root.area.shared = key
        root.area.local = root.area.local or any(item is each for each in program.local_storage)
        root.area.based = root.area.based or item.based is not None
    for item in visible_globals(program):
        _add_working_record(model, item, {}).area.shared = shared_key(item, owner=False)
    for owner, declaration in visible_global_files(program):
        _add_inherited_file(model, owner, declaration)
    _add_special_registers(model)
    if any(declaration.linage is not None for declaration in program.files):
        from idrs_sandbox.runtime.linage import add_linage_counter  # it builds DataEntry

        add_linage_counter(model, program)
    if has_debug_item(program):
        from idrs_sandbox.runtime.debugging import add_debug_item  # it builds DataEntry

        add_debug_item(model, program)
    for declaration in program.files:
        if declaration.status is not None:
            model.files[declaration.name.upper()].status = _status_entry(model, declaration)
        _add_file_keys(model, model.files[declaration.name.upper()])
    return model


def _add_inherited_file(model: DataModel, owner: Program, declaration: FileDeclaration) -> None:
    """A GLOBAL file of a containing program: its record area and handle are the owner's
    (runtime/scope.py); its FILE STATUS and KEY items are found among the owner's names, in
    the owner's WORKING-STORAGE records, which the owner shares for that."""
    _add_file(model, declaration)
    entry = model.files[declaration.name.upper()]
    origin = declaration.fd_origin or declaration.origin
    entry.area.shared = SharedKey("file", id(declaration), False, origin)
    view = DataModel(SymbolTable.of(owner))
    view.areas, view.entries, view.files = model.areas, model.entries, model.files
    view._named = model._named
    view.binary_truncate = owner.source.dialect.binary_truncate
    view.sign_ebcdic = owner.source.dialect.sign_ebcdic
    view.binary_native = owner.source.dialect.binary_native
    for item in owner.working_storage:
        if item.based is None and not any(item is each for each in owner.local_storage):
            root = _add_working_record(view, item, {})
            root.area.shared = SharedKey("global", id(item), False, item.origin)
    if declaration.status is not None:
        entry.status = _status_entry(view, declaration)
    _add_file_keys(view, entry)


def shared_key(item: DataItem, owner: bool) -> SharedKey | None:
    """The key of a record other programs share (None: the program's own storage)."""
    if item.external is not None:
        name = (item.external.name or item.name or "").upper()
        return SharedKey("external", name, True, item.external.origin)
    if item.global_clause is not None:
        return SharedKey("global", id(item), owner, item.global_clause.origin)
    return None


def _one_item(model: DataModel, ident: ast.Identifier, what: str) -> DataEntry:
    found = [n for n in model.candidates(ident.name, ident.qualifiers) if isinstance(n, DataEntry)]
    if len(found) != 1:
        problem = "is not defined" if not found else "is ambiguous"
        raise CobolSemanticError(f"{what} {ident.display_name()} {problem}", ident.origin)
    return found[0]


def _add_file_keys(model: DataModel, entry: FileEntry) -> None:
    """Resolve RECORD / ALTERNATE / RELATIVE KEY and an ASSIGN data name to their items."""
    declaration = entry.declaration
    keys = [declaration.record_key] if declaration.record_key is not None else []
    for key in [*keys, *declaration.alternate_keys]:
        names = key.components or (key.name,)
        parts = [_one_item(model, name, "KEY item") for name in names]
        for part in parts:
            if part.area is not entry.area:
                raise CobolSemanticError(
                    f"KEY item {part.display_name} is not in a record of file {declaration.name}",
                    key.name.origin,
                )
        entry.keys.append(
            FileKeyEntry(key.name.name, parts, key.duplicates, bool(key.components), key.suppress)
        )
    if declaration.relative_key is not None:
        entry.relative_key = _one_item(model, declaration.relative_key, "RELATIVE KEY item")
    if declaration.depending is not None:
        entry.depending = _one_item(model, declaration.depending, "DEPENDING ON item")
    if not declaration.assign_literal and declaration.assign_kind != "EXTERNAL":
        found = [n for n in model.candidates(declaration.assign, ()) if isinstance(n, DataEntry)]
        if len(found) == 1:
            entry.assign_item = found[0]


def _status_entry(model: DataModel, declaration: FileDeclaration) -> DataEntry:
    status = declaration.status
    assert status is not None
    found = [
        n for n in model.candidates(status.name, status.qualifiers) if isinstance(n, DataEntry)
    ]
    if len(found) != 1:
        problem = "is not defined" if not found else "is ambiguous"
        raise CobolSemanticError(
            f"FILE STATUS item {status.display_name()} {problem}", status.origin
        )
    return found[0]


def _add_file(model: DataModel, declaration: FileDeclaration) -> None:
    layouts = [(item, layout_of(item)) for item in declaration.records if item.level == 1]
    size = max([layout.size for _, layout in layouts] or [0])
    if declaration.record_contains is not None:
        size = max(size, declaration.record_contains)
    area = model.new_area(declaration.name, size, 0x00)
    records = [
        _add_tree(model, item, layout.root, area, 0, (), None, declaration)
        for item, layout in layouts
    ]
    for entry in records:
        _add_renames(model, entry, declaration)
    model.files[declaration.name.upper()] = FileEntry(declaration, area, size, records)


def _add_working_record(
    model: DataModel,
    item: DataItem,
    records: dict[str, DataEntry],
    default_byte: int | None = None,
) -> DataEntry:
    layout = layout_of(item).root
    if item.redefines is not None and item.level == 1:
        target = records.get(item.redefines.target.upper())
        if target is None:
            raise CobolSemanticError(
                f"REDEFINES target {item.redefines.target} is not a level 01 item before it",
                item.redefines.origin,
            )
        area = target.area
        if len(area.buffer) < layout.total_size:
            area.buffer.extend(bytes(layout.total_size - len(area.buffer)))
        entry = _add_tree(model, item, layout, area, 0, (), None, None, redefines=True)
        _add_renames(model, entry, None)
        return entry
    area = model.new_area(item.display_name, layout.total_size, 0x20)
    entry = _add_tree(model, item, layout, area, 0, (), None, None)
    initialize_storage(entry, default_byte)
    _add_renames(model, entry, None)
    return entry


def _add_renames(model: DataModel, record: DataEntry, declaration: FileDeclaration | None) -> None:
    """The record's level-66 items (cobol/renames.py), over its bytes; not among its children,
    so INITIALIZE, CORRESPONDING and the record's own moves never see them twice."""
    assert record.item is not None
    for alias in record.item.renames:
        assert alias.renamed is not None
        layout = layout_of(alias).root
        offset = alias.renamed[0]
        _add_tree(model, alias, layout, record.area, offset, (), record, declaration, True)


def _add_tree(
    model: DataModel,
    item: DataItem,
    layout: rl.FieldLayout,
    area: Area,
    base: int,
    dims: tuple[tuple[int, int], ...],
    parent: DataEntry | None,
    declaration: FileDeclaration | None,
    redefines: bool = False,
) -> DataEntry:
    if layout.occurs is not None:
        dims = (*dims, (layout.size, layout.occurs.maximum))
    entry = DataEntry(
        name=item.name,
        level=item.level,
        origin=item.origin,
        area=area,
        offset=base + layout.offset,
        size=layout.size,
        ftype=field_type(
            layout, model.binary_truncate, model.sign_ebcdic, native_order=model.binary_native
        ),
        dims=dims,
        parent=parent,
        file=declaration,
        item=item,
        layout=layout,
        redefines=redefines or item.redefines is not None,
    )
    model.entries.append(entry)
    model.attach(_key("data", item), entry)
    for child_item, child_layout in zip(item.children, layout.children, strict=True):
        child = _add_tree(
            model, child_item, child_layout, area, base, dims, entry, declaration, entry.redefines
        )
        entry.children.append(child)
    for condition in item.conditions:
        named = ConditionEntry(condition.name, entry, condition, condition.origin)
        entry.conditions.append(named)
        model.attach(_key("condition", condition), named)
    if layout.occurs is not None:
        for index_name in layout.occurs.indexed_by:
            _add_index(model, index_name, entry, item)
    return entry


def _add_index(model: DataModel, name: str, table: DataEntry, item: DataItem) -> None:
    area = model.new_area(name, 4, 0x00)
    # cobc 3.1.2 starts an index at 1 (SET n TO idx before any SET of it gives 1; testsuite
    # "OCCURS INDEXED ASCENDING": a SEARCH of a table whose index was never SET)
    area.buffer[:] = (1).to_bytes(4, sys.byteorder, signed=True)
    entry = DataEntry(name, 0, table.origin, area, 0, 4, index_type(), (), None)
    model.entries.append(entry)
    model.attach(_key("index", item, name), IndexEntry(name, table, entry))


def _add_special_registers(model: DataModel) -> None:
    # GnuCOBOL's RETURN-CODE is BINARY-LONG SIGNED (a native 4-byte integer), initially 0.
    area = model.new_area("RETURN-CODE", 4, 0x00)
    ftype = binary_type(9, 0, signed=True, native=True)
    origin = Origin(_BUILTIN, 1, 1)
    entry = DataEntry("RETURN-CODE", 0, origin, area, 0, 4, ftype, (), None)
    model.special["RETURN-CODE"] = entry
    # SORT-RETURN: BINARY-LONG, 0 (cobc reserved.c); runtime/sortfiles.py sets 0 / 16.
    area = model.new_area("SORT-RETURN", 4, 0x00)
    model.special["SORT-RETURN"] = DataEntry("SORT-RETURN", 0, origin, area, 0, 4, ftype, (), None)


_BUILTIN = SourceFile("<special register>", None, ())


# ---------------------------------------------------------------------------------------------
# field types from layouts

_CATEGORIES = {
    PicCategory.ALPHABETIC: Category.ALPHABETIC,
    PicCategory.ALPHANUMERIC: Category.ALPHANUMERIC,
    PicCategory.ALPHANUMERIC_EDITED: Category.ALPHANUMERIC_EDITED,
    PicCategory.NUMERIC: Category.NUMERIC,
    PicCategory.NUMERIC_EDITED: Category.NUMERIC_EDITED,
}
_USAGES = {
    rl.Usage.DISPLAY: Usage.DISPLAY,
    rl.Usage.COMP: Usage.BINARY,
    rl.Usage.COMP_3: Usage.PACKED,
    rl.Usage.COMP_5: Usage.NATIVE,
    rl.Usage.INDEX: Usage.INDEX,
    # Fixed-size native binary: COMP-5 with the layout's 1/2/4/8 bytes (probe usage_extra).
    rl.Usage.BINARY_CHAR: Usage.NATIVE,
    rl.Usage.BINARY_SHORT: Usage.NATIVE,
    rl.Usage.BINARY_LONG: Usage.NATIVE,
    rl.Usage.BINARY_DOUBLE: Usage.NATIVE,
    rl.Usage.POINTER: Usage.NATIVE,
    rl.Usage.COMP_6: Usage.PACKED_UNSIGNED,
    rl.Usage.COMP_X: Usage.BINARY_X,
}


def field_type(
    layout: rl.FieldLayout,
    binary_truncate: bool = True,
    sign_ebcdic: bool = False,
    native_order: bool = False,
) -> FieldType:
    """The runtime shape of a laid-out item; without ``binary_truncate`` (cobc
    -fno-binary-truncate, -std=mf / ibm) a COMP / BINARY item is cut to its bytes, not to its
    PICTURE's digits: libcob numeric.c cob_decimal_get_binary and move.c test
    COB_FIELD_BINARY_TRUNC, which cobc leaves off, as for COMP-X (probe dialect_binary_truncate).
    ``sign_ebcdic`` (cobc -fsign=EBCDIC) marks a signed DISPLAY item with an overpunched sign;
    ``native_order`` (cobc -fbinary-byteorder=native) a COMP / BINARY item stored in
    the machine's byte order (fields.FieldType.byteorder)."""
    if layout.usage is rl.Usage.INDEX:
        return index_type()
    picture = layout.picture
    if picture is None:
        return FieldType(Category.GROUP, layout.size)
    category = _CATEGORIES[picture.category]
    pic = pic_symbols(picture.symbols) if picture.is_edited else ()
    if layout.usage in (rl.Usage.FLOAT_DECIMAL_16, rl.Usage.FLOAT_DECIMAL_34):
        form = DECIMAL_FORMATS[layout.size]
        digits = form.scale + 6145
        return FieldType(
            Category.NUMERIC, layout.size, Usage.FLOAT_DECIMAL, digits, form.scale, True
        )
    if layout.usage in rl.FLOAT_SIZES:
        # the exact value with FLOAT_SCALE decimals in the compiled arithmetic (floats.py)
        size = layout.size
        return FieldType(Category.NUMERIC, size, Usage.FLOAT, FLOAT_DIGITS, FLOAT_SCALE, True)
    if category is Category.NUMERIC and layout.blank_when_zero:
        # cobc 3.1.2 makes a PIC 9 item with BLANK WHEN ZERO numeric-edited: a zero is stored
        # as spaces (also before any VALUE), it is no arithmetic operand, compares as text and
        # is not NUMERIC when blank (probe blank_when_zero). The record layer keeps it numeric.
        return edited(Category.NUMERIC_EDITED, pic_symbols(picture.symbols), blank_zero=True)
    return FieldType(
        category=category,
        size=layout.size,
        usage=_usage(layout.usage, binary_truncate)
        if category is Category.NUMERIC
        else Usage.DISPLAY,
        digits=picture.digits,
        scale=picture.scale,
        signed=picture.signed,
        sign_leading=layout.sign_leading,
        sign_separate=layout.sign_separate,
        justified=layout.justified,
        blank_zero=layout.blank_when_zero,
        pic=pic,
        sign_ebcdic=sign_ebcdic
        and category is Category.NUMERIC
        and layout.usage is rl.Usage.DISPLAY
        and picture.signed
        and not layout.sign_separate,
        native_order=native_order and layout.usage is rl.Usage.COMP,
    )


def _usage(usage: rl.Usage, binary_truncate: bool) -> Usage:
    if usage is rl.Usage.COMP and not binary_truncate:
        return Usage.BINARY_X
    return _USAGES[usage]


def pic_symbols(symbols: str) -> PicSymbols:
    """Run-length symbols of an expanded picture; ``CR`` and ``DB`` become ``C`` and ``D``."""
    text = symbols.upper().replace("CR", "C").replace("DB", "D")
    runs: list[tuple[str, int]] = []
    for char in text:
        if runs and runs[-1][0] == char and char not in "CD":
            runs[-1] = (char, runs[-1][1] + 1)
        else:
            runs.append((char, 1))
    return tuple(runs)


# ---------------------------------------------------------------------------------------------
# initial values


def default_bytes(ftype: FieldType) -> bytes:
    """What an item holds before any VALUE: GnuCOBOL's initialisation by category and usage."""
    if ftype.category is Category.NUMERIC:
        if ftype.usage is Usage.DISPLAY:
            # zero digits, no sign punched in, even under -fsign=EBCDIC (probe sign_ebcdic:
            # cobc 3.1.2 leaves "000" in an S999 without VALUE and after INITIALIZE)
            plain = replace(ftype, sign_ebcdic=False)
            return mv.store_display(mv.Digits(0, b"", 0), plain)
        if ftype.usage is Usage.PACKED:
            return mv.store_packed(mv.Digits(0, b"", 0), ftype)
        return bytes(ftype.size)
    if ftype.category is Category.NUMERIC_EDITED:
        return mv.move_all(b"0", ftype)
    return b" " * ftype.size


def initialize_storage(root: DataEntry, default_byte: int | None = None) -> None:
    """Fill a new record with default bytes, then its VALUE clauses (REDEFINES skipped);
    ``default_byte`` (cobc -fdefaultbyte, cobol/dialect.py): every byte starts as that one
    instead (cobc 3.1.2 codegen.c: INITIALIZE_DEFAULT for storage, not the INITIALIZE
    statement; probe dialect_defaultbyte)."""
    items = list(_initialized(root, root))
    if default_byte is not None:
        root.area.buffer[:] = bytes([default_byte]) * len(root.area.buffer)
    for entry in items:
        if not entry.children and default_byte is None:
            _fill_occurrences(entry, default_bytes(entry.ftype))
    for entry in items:
        if entry.item is not None and entry.item.value is not None:
            _fill_occurrences(entry, value_bytes(entry.item.value.literal.value, entry.ftype))


def _initialized(entry: DataEntry, root: DataEntry) -> Iterator[DataEntry]:
    """The items a record's initialisation touches: a REDEFINES below the root is skipped with
    everything under it (the item it redefines is initialised instead)."""
    if entry is not root and entry.redefines:
        return
    yield entry
    for child in entry.children:
        yield from _initialized(child, root)


def _fill_occurrences(entry: DataEntry, data: bytes) -> None:
    for offset in occurrence_offsets(entry):
        entry.area.buffer[offset : offset + len(data)] = data


def occurrence_offsets(entry: DataEntry) -> list[int]:
    offsets = [entry.offset]
    for stride, maximum in entry.dims:
        offsets = [o + i * stride for o in offsets for i in range(maximum)]
    return offsets


def value_bytes(value: rl.LiteralValue, ftype: FieldType) -> bytes:
    """The bytes a VALUE (or a MOVE of that literal) puts into an item of type ``ftype``."""
    if isinstance(value, Decimal):
        return numeric_literal_bytes(value, ftype)
    if isinstance(value, rl.Figurative):
        return figurative_bytes(_FIGURATIVE_BYTE[value], ftype)
    if isinstance(value, rl.AllLiteral):
        return mv.move_all(value.text.encode("latin-1"), ftype)
    raw = value.encode("latin-1")
    return mv.compile_move(FieldType(Category.ALPHANUMERIC, len(raw)), ftype)(raw)


_FIGURATIVE_BYTE = {
    rl.Figurative.ZERO: b"0",
    rl.Figurative.SPACE: b" ",
    rl.Figurative.HIGH_VALUE: b"\xff",
    rl.Figurative.LOW_VALUE: b"\x00",
    rl.Figurative.QUOTE: b'"',
}


def figurative_bytes(byte: bytes, ftype: FieldType) -> bytes:
    """cobc moves ZERO into a numeric item by value, any other figurative constant byte by byte
    (probe ``move_figurative``: HIGH-VALUES into ``9(3)`` gives FF FF FF)."""
    if byte == b"0" or ftype.category is not Category.NUMERIC:
        return mv.move_all(byte, ftype)
    return byte * ftype.size


def numeric_literal_bytes(value: Decimal, ftype: FieldType) -> bytes:
    """A numeric literal moved to ``ftype``.

    Probe ``move_literal``: an integer literal that does not fit keeps its sign only when the
    digits left are not all zero (``MOVE -1000 TO S9(3)`` gives ``000``), while a literal with
    decimals goes through the runtime move (``-1000.5`` gives ``00p``)."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    scale = max(-exponent, 0)
    text = "".join(map(str, digits)) + "0" * max(exponent, 0)
    source = mv.Digits(-1 if sign else 1, text.encode(), scale)
    if ftype.category is not Category.NUMERIC:
        if ftype.category is Category.NUMERIC_EDITED:
            return mv.digits_to(ftype)(source)
        return mv.display_to_alphanumeric(mv.Digits(0, text.encode(), 0), ftype)
    if scale == 0 and ftype.usage is Usage.DISPLAY and sign:
        body = mv.common_region(source, ftype.digits, ftype.scale)
        if body.strip(b"0") == b"":
            source = mv.Digits(1, text.encode(), scale)
    return mv.store_numeric(source, ftype)
