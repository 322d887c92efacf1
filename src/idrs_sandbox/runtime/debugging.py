"""DEBUG-ITEM and the run-time switch of USE FOR DEBUGGING (GnuCOBOL 3.1.2).

cobc declares DEBUG-ITEM (typeck.c cb_build_debug_item) in a program compiled WITH DEBUGGING
MODE or holding a USE FOR DEBUGGING section, in WORKING-STORAGE, all spaces::

    01 DEBUG-ITEM.
       03 DEBUG-LINE     PIC X(6).        line of the last statement started ("%6d")
       03 FILLER         PIC X.
       03 DEBUG-NAME     PIC X(30).       procedure, file or data name debugged
       03 FILLER         PIC X.
       03 DEBUG-SUB-1    PIC S9(4) SIGN LEADING SEPARATE.   subscripts of the reference
       03 FILLER         PIC X.           (DEBUG-SUB-2, DEBUG-SUB-3 likewise)
       ...
       03 DEBUG-CONTENTS PIC X(n).        n = 30, or the largest data item / record debugged

The debugging sections run only while libcob's debugging mode is on: the environment variable
COB_SET_DEBUG at the start of the run (``Y``, ``y`` or ``1``... as libcob reads a boolean), and
``SET ENVIRONMENT "COB_SET_DEBUG"`` later (libcob cob_set_environment updates it).
"""

from __future__ import annotations

from collections.abc import Mapping

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import Origin, SourceFile
from idrs_sandbox.cobol.program import Program
from idrs_sandbox.runtime.data import DataEntry, DataModel
from idrs_sandbox.runtime.fields import alphanumeric, group, numeric_display

CONTENTS_MINIMUM = 30
"""DFLT_DEBUG_CONTENTS_SIZE of cobc 3.1.2."""

START_PROGRAM = b"START PROGRAM"
"""DEBUG-CONTENTS when the program starts (cobc emits it at the entry point)."""

_FIELDS = (
    ("DEBUG-LINE", 0, 6),
    ("DEBUG-NAME", 7, 30),
    ("DEBUG-SUB-1", 38, 5),
    ("DEBUG-SUB-2", 44, 5),
    ("DEBUG-SUB-3", 50, 5),
)
CONTENTS_OFFSET = 56

_BUILTIN = SourceFile("<DEBUG-ITEM>", None, ())


def contents_size(model: DataModel, program: Program) -> int:
    """DEBUG-CONTENTS grows to the largest data item or file record a USE FOR DEBUGGING names
    (typeck.c cb_resolve_debug_refs)."""
    size = CONTENTS_MINIMUM
    procedure = program.procedure
    if procedure is None:
        return size
    for section in procedure.sections:
        if not isinstance(section.use, ast.UseForDebugging):
            continue
        for target in section.use.targets:
            if target.name is None:
                continue
            file_entry = model.files.get(target.name.upper())
            if file_entry is not None and not target.qualifiers:
                size = max(size, file_entry.record_size)
                continue
            for named in model.candidates(target.name, target.qualifiers):
                if isinstance(named, DataEntry):
                    size = max(size, named.size)
    return size


def add_debug_item(model: DataModel, program: Program) -> None:
    """DEBUG-ITEM and its fields as special registers of ``model``; DEBUG-CONTENTS starts as
    ``START PROGRAM``."""
    contents = contents_size(model, program)
    size = CONTENTS_OFFSET + contents
    area = model.new_area("DEBUG-ITEM", size, 0x20)
    area.buffer[CONTENTS_OFFSET : CONTENTS_OFFSET + len(START_PROGRAM)] = START_PROGRAM
    origin = Origin(_BUILTIN, 1, 1)
    item = DataEntry("DEBUG-ITEM", 1, origin, area, 0, size, group(size), (), None)
    model.special["DEBUG-ITEM"] = item
    for name, offset, width in _FIELDS:
        ftype = (
            numeric_display(4, 0, signed=True, sign_leading=True, sign_separate=True)
            if name.startswith("DEBUG-SUB")
            else alphanumeric(width)
        )
        entry = DataEntry(name, 3, origin, area, offset, width, ftype, (), item)
        item.children.append(entry)
        model.special[name] = entry
    entry = DataEntry(
        "DEBUG-CONTENTS",
        3,
        origin,
        area,
        CONTENTS_OFFSET,
        contents,
        alphanumeric(contents),
        (),
        item,
    )
    item.children.append(entry)
    model.special["DEBUG-CONTENTS"] = entry


def debugging_switch(environ: Mapping[str, str]) -> list[bool]:
    """libcob's debugging mode at the start of a run, in a list the generated code and SET
    ENVIRONMENT share."""
    return [is_true(environ.get("COB_SET_DEBUG", ""))]


def is_true(value: str) -> bool:
    """A boolean of libcob's run-time configuration (common.c: Y, YES, ON, TRUE, T, 1 are
    true)."""
    return value.strip().upper() in ("Y", "YES", "ON", "TRUE", "T", "1")


def subscript_text(value: int) -> bytes:
    """A subscript in DEBUG-SUB-n (S9(4) SIGN LEADING SEPARATE): ``+0004``."""
    return (b"-" if value < 0 else b"+") + b"%04d" % (abs(value) % 10000)


def fit(data: bytes | bytearray, size: int) -> bytes:
    """A value copied into a DEBUG-ITEM field (codegen.c CB_TAG_DEBUG: memcpy, then spaces)."""
    return bytes(data[:size]).ljust(size)


def set_environment(environ: dict[str, str], switch: list[bool], name: bytes, value: bytes) -> None:
    """SET ENVIRONMENT name TO value (libcob cob_set_environment): both trimmed of trailing
    spaces; an empty name does nothing. The run's environment changes (later ASSIGNs see it),
    and COB_SET_DEBUG turns the debugging mode on or off when the value is a boolean libcob
    knows (common.c translate_boolean_to_int; any other value leaves it)."""
    key = name.decode("latin-1").rstrip(" ")
    if not key:
        return
    text = value.decode("latin-1").rstrip(" ")
    environ[key] = text
    if key == "COB_SET_DEBUG":
        if is_true(text):
            switch[0] = True
        elif text.upper() in ("0", "N", "NO", "F", "FALSE", "OFF"):
            switch[0] = False
