"""The last exception condition of a run: FUNCTION EXCEPTION-STATUS, EXCEPTION-LOCATION,
EXCEPTION-STATEMENT, EXCEPTION-FILE and ``SET LAST EXCEPTION TO OFF``.

libcob keeps one last exception per run (cobglobptr->cob_exception_code and its location),
set by cob_set_exception and kept until the next exception or SET LAST EXCEPTION TO OFF.
Measured with cobc 3.1.2 (probe exception_status): an arithmetic statement records
EC-SIZE-OVERFLOW when a result does not fit its receiver, with or without ON SIZE ERROR
(without the phrase the truncated value is still stored), and EC-SIZE-ZERO-DIVIDE on a zero
divisor (the receiver is left unchanged); a MOVE records nothing. The location and the
statement are known only in a program built with ``cobc -debug`` (or -fsource-location):
otherwise EXCEPTION-LOCATION is one space and EXCEPTION-STATEMENT is spaces.

The recording costs a test per store, so the compiler emits it only in a program that
references an EXCEPTION-* function (:func:`references_exceptions`, decided at compile time);
POSTING.cbl's generated code is unchanged."""

from __future__ import annotations

import dataclasses
from typing import Any

from idrs_sandbox.cobol import procedure as ast

_STATUS_WIDTH = 31  # libcob cob_intr_exception_status: a 31-byte field
_STATEMENT_WIDTH = 31  # cob_intr_exception_statement

Location = tuple[str, str | None, str | None, int, str]
"""program, paragraph, section, line, statement."""

_LAST: list[Any] = [None, None, 0]
"""[exception name or None, Location or None, how many were raised]."""


def raise_condition(name: str, location: Location | None = None) -> None:
    """cob_set_exception: ``name`` becomes the last exception (``location``: where, when the
    program records source locations)."""
    _LAST[0] = name
    _LAST[1] = location
    _LAST[2] += 1


def mark() -> int:
    """The count of exceptions raised so far (before a function call: see :func:`located`)."""
    count: int = _LAST[2]
    return count


def located(before: int, value: Any, location: Location | None) -> Any:
    """``value`` (a function's result) after giving ``location`` to the exception the call
    raised, if it raised one since ``before`` (runtime/iso8601.py and intrinsic_fields.py
    raise without knowing the statement)."""
    if location is not None and _LAST[2] != before:
        _LAST[1] = location
    return value


def clear() -> None:
    """SET LAST EXCEPTION TO OFF, and the start of a run."""
    _LAST[0] = None
    _LAST[1] = None
    _ERROR_FILE[0] = None


def status() -> bytes:
    name = _LAST[0] or ""
    return name.encode("ascii").ljust(_STATUS_WIDTH)


def location() -> bytes:
    """cob_intr_exception_location: ``program; paragraph OF section; line`` (the paragraph or
    the section alone when only one is known, ``program; ; line`` when neither), or one space
    without a recorded location (testsuite 'SET LAST EXCEPTION TO OFF': ``prog; ; 10``)."""
    where = _LAST[1]
    if _LAST[0] is None or where is None:
        return b" "
    program, paragraph, section, line, _ = where
    both = f"{paragraph} OF {section}" if paragraph and section else None
    place = both or paragraph or section or ""
    return f"{program}; {place}; {line}".encode("latin-1")


def statement() -> bytes:
    where = _LAST[1]
    verb = where[4] if _LAST[0] is not None and where is not None else ""
    return verb.encode("ascii").ljust(_STATEMENT_WIDTH)


_ERROR_FILE: list[Any] = [None]
"""cobglobptr->cob_error_file: (status, SELECT name) of the last file operation."""

_IO_EXCEPTIONS = {
    "1": "EC-I-O-AT-END",
    "2": "EC-I-O-INVALID-KEY",
    "3": "EC-I-O-PERMANENT-ERROR",
    "4": "EC-I-O-LOGIC-ERROR",
    "5": "EC-I-O-RECORD-OPERATION",
    "6": "EC-I-O-FILE-SHARING",
    "9": "EC-I-O-IMP",
}
"""libcob fileio.c status_exception: the exception of each status class."""


def file_status(code: bytes, name: str, location: Location | None = None) -> None:
    """libcob's save_status after a file operation: the file becomes the error file; 00
    leaves the last exception as it is, another 0x status clears it (cob_set_exception (0)),
    any other raises its class's EC-I-O exception (testsuite 'FUNCTION EXCEPTION-FILE':
    OPEN INPUT of a missing file gives 35 and EC-I-O-PERMANENT-ERROR)."""
    _ERROR_FILE[0] = (bytes(code), name)
    if code == b"00":
        return
    if code[:1] == b"0":
        clear()
        return
    raise_condition(_IO_EXCEPTIONS.get(chr(code[0]), "EC-I-O"), location)


def file_name() -> bytes:
    """cob_intr_exception_file: the status and SELECT name of the last file operation when
    the last exception is an EC-I-O one, else "00"."""
    error = _ERROR_FILE[0]
    if error is None or not (_LAST[0] or "").startswith("EC-I-O"):
        return b"00"
    code: bytes = error[0]
    name: str = error[1]
    return code + name.encode("latin-1")


FUNCTIONS = {
    "EXCEPTION-STATUS": "status",
    "EXCEPTION-LOCATION": "location",
    "EXCEPTION-STATEMENT": "statement",
    "EXCEPTION-FILE": "file_name",
}


def references_exceptions(procedure: ast.ProcedureDivision | None) -> bool:
    """Whether the procedure division calls an EXCEPTION-* function anywhere."""
    if procedure is None:
        return False
    return _mentions(procedure, set())


def _mentions(node: Any, seen: set[int]) -> bool:
    if isinstance(node, ast.FunctionCall):
        if node.name in FUNCTIONS:
            return True
        return any(_mentions(arg, seen) for arg in node.args)
    if isinstance(node, tuple | list):
        return any(_mentions(item, seen) for item in node)
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        if id(node) in seen:
            return False
        seen.add(id(node))
        return any(_mentions(getattr(node, field.name), seen) for field in dataclasses.fields(node))
    return False
