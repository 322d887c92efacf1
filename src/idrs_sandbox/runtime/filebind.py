"""One run's file objects, built from the data model: the right class for each ORGANIZATION,
the key layouts, the RELATIVE KEY item read and set as libcob's cob_get_int / cob_set_int do,
and the file name of an ASSIGN data-name taken from the item at each OPEN."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from idrs_sandbox.runtime.compile.odo import odo_minimum
from idrs_sandbox.runtime.data import DataEntry, FileEntry
from idrs_sandbox.runtime.fields import Usage
from idrs_sandbox.runtime.files import KeyLayout, OrganizedFile, SequentialFile
from idrs_sandbox.runtime.indexed import IndexedFile
from idrs_sandbox.runtime.relative import RelativeFile
from idrs_sandbox.runtime.storage import display_get_int, reader, writer
from idrs_sandbox.runtime.support import CobolRuntimeError

FileHandle = SequentialFile | OrganizedFile


def bind_file(
    entry: FileEntry, assign_external: bool = False, namespace: dict[str, Any] | None = None
) -> FileHandle:
    """``assign_external``: built as with ``cobc -fassign-clause=external`` (an ASSIGN word is
    the file's name, never an item); ``namespace``: the run's, where an ASSIGN item's storage
    is found at each OPEN (a BASED or LINKAGE item gets its storage late)."""
    declaration = entry.declaration
    name = assign_reader(entry, assign_external, namespace)
    organization = declaration.organization
    if organization in ("SEQUENTIAL", "LINE SEQUENTIAL"):
        sequential = SequentialFile(
            declaration.name,
            declaration.assign,
            declaration.line_sequential,
            entry.area.buffer,
            entry.record_size,
            declaration.optional,
        )
        sequential.assign_value = name
        sequential.record_min = record_min(entry)
        sequential.depending = depending(entry)
        return sequential
    common = (
        declaration.name,
        name,
        entry.area.buffer,
        record_min(entry),
        declaration.access,
        declaration.optional,
    )
    handle: OrganizedFile
    if organization == "RELATIVE":
        key = entry.relative_key
        handle = RelativeFile(
            *common,
            key_get=None if key is None else int_getter(key),
            key_set=None if key is None else int_setter(key),
        )
    else:
        keys = tuple(
            KeyLayout(
                tuple((part.offset, part.size) for part in key.parts),
                key.duplicates,
                key.suppress,
            )
            for key in entry.keys
        )
        handle = IndexedFile(*common, keys=keys)
    handle.depending = depending(entry)
    return handle


def record_min(entry: FileEntry) -> int:
    """cobc finalize_file: the RECORD clause's minimum (else the first record's size), lowered
    to the smallest record description, and to a record ending with an OCCURS DEPENDING ON
    table at its minimum count."""
    sizes = [record.size for record in entry.records]
    low = entry.declaration.record_min or (sizes[0] if sizes else entry.record_size)
    return min([low, *sizes, *filter(None, map(odo_minimum, entry.records))])


def depending(entry: FileEntry) -> tuple[Callable[[], int], Callable[[int, bool], bool]] | None:
    item = entry.depending
    return None if item is None else (int_getter(item), int_setter(item))


def assign_reader(
    entry: FileEntry, assign_external: bool = False, namespace: dict[str, Any] | None = None
) -> Callable[[], str]:
    """The name an OPEN uses: the literal; an EXTERNAL word without what comes up to its last
    '-' (cobc typeck remove_labels_from_filename: ``DA-S-FILENAME`` is ``FILENAME``); or the
    ASSIGN item's value without trailing spaces and NULs (libcob cob_field_to_string)."""
    declaration = entry.declaration
    item = entry.assign_item
    external = declaration.assign_kind == "EXTERNAL" or (
        assign_external and declaration.assign_kind == ""
    )
    if not declaration.assign_literal and external:
        label_free = declaration.assign.rsplit("-", 1)[-1]
        return lambda: label_free
    if item is None:
        text = declaration.assign
        return lambda: text
    buffer, start, end = item.area.buffer, item.offset, item.offset + item.size
    key = f"B{item.area.index}"

    def value() -> str:
        storage = namespace.get(key, buffer) if namespace is not None else buffer
        try:
            raw = bytes(storage[start:end])
        except CobolRuntimeError:  # a BASED item without storage: libcob's status 31
            return ""
        return raw.rstrip(b" \0").decode("latin-1")

    return value


def int_getter(item: DataEntry) -> Callable[[], int]:
    """libcob cob_get_int: the item's integer part."""
    ftype, buffer, offset = item.ftype, item.area.buffer, item.offset
    if ftype.usage is Usage.DISPLAY and not ftype.sign_separate:
        return lambda: display_get_int(buffer, offset, ftype)
    get = reader(ftype)
    scale = 10**ftype.scale if ftype.scale > 0 else 1
    return lambda: int(get(buffer, offset) / scale)


def int_setter(item: DataEntry) -> Callable[[int, bool], bool]:
    """libcob cob_set_int (``keep`` False: high-order digits dropped), or cob_set_int to 0 then
    cob_add_int with KEEP_ON_OVERFLOW (``keep`` True: False returned, the item holding 0, when
    the number has more digits than the item)."""
    ftype, buffer, offset = item.ftype, item.area.buffer, item.offset
    put = writer(ftype)
    scale = 10**ftype.scale if ftype.scale > 0 else 1
    digits = ftype.digits - max(ftype.scale, 0)

    def set_value(value: int, keep: bool) -> bool:
        if keep and digits > 0 and value >= 10**digits and ftype.usage is not Usage.NATIVE:
            put(buffer, offset, 0)
            return False
        put(buffer, offset, value * scale)
        return True

    return set_value
