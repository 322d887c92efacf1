"""libcob's file and directory system routines, CALLed by name (fileio.c ``cob_sys_*``):
CBL_CREATE_DIR, CBL_CHANGE_DIR, CBL_DELETE_DIR, CBL_DELETE_FILE, CBL_COPY_FILE,
CBL_RENAME_FILE, CBL_CHECK_FILE_EXIST, and C$MAKEDIR, C$DELETE, C$COPY (the same, 128 for -1
and for missing operands).

A name operand is its bytes up to the last one that is not a space or NUL, with every ``"``
dropped (``cob_str_from_fld``); the file routines map it as an ASSIGN name is mapped
(``cob_chk_file_mapping``: runtime/files.py map_file_name), the directory routines take it as
it is. Relative names are taken from the run's folder, which CBL_CHANGE_DIR changes (the
run's ``RunStreams.cwd``: the files it opens later are found from there too). The return
values are libcob's: 0 done, 128 refused by the system, 35 no such file, -1 a missing operand.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from idrs_sandbox.runtime.bytestreams import BYTE_STREAM_ROUTINES
from idrs_sandbox.runtime.files import map_file_name

Arguments = Sequence[bytes | None]
Routine = Callable[[Arguments, Any], tuple[list[bytes], int]]


def name_of(raw: bytes) -> str:
    """libcob cob_str_from_fld: trailing spaces and NULs dropped, quotes removed."""
    end = len(raw)
    while end > 1 and raw[end - 1] in (0x20, 0x00):
        end -= 1
    if end == 1 and raw[:1] in (b" ", b"\0"):
        end = 0
    return raw[:end].replace(b'"', b"").decode("latin-1")


def _place(name: str, streams: Any) -> Path:
    path = Path(name)
    return path if path.is_absolute() else Path(streams.cwd) / path


def _file(raw: bytes, streams: Any) -> Path:
    return _place(map_file_name(name_of(raw), streams.environ), streams)


def _unchanged(arguments: Arguments) -> list[bytes]:
    return [raw or b"" for raw in arguments]


def _operands(arguments: Arguments, count: int) -> list[bytes] | None:
    present = [raw for raw in arguments[:count] if raw is not None]
    return present if len(present) == count else None


def create_dir(arguments: Arguments, streams: Any) -> tuple[list[bytes], int]:
    given = _operands(arguments, 1)
    if given is None:
        return _unchanged(arguments), -1
    try:
        _place(name_of(given[0]), streams).mkdir(mode=0o770)
    except OSError:
        return _unchanged(arguments), 128
    return _unchanged(arguments), 0


def change_dir(arguments: Arguments, streams: Any) -> tuple[list[bytes], int]:
    given = _operands(arguments, 1)
    if given is None:
        return _unchanged(arguments), -1
    target = _place(name_of(given[0]), streams)
    if not target.is_dir() or not os.access(target, os.X_OK):
        return _unchanged(arguments), 128
    streams.cwd = Path(os.path.normpath(target))
    return _unchanged(arguments), 0


def delete_dir(arguments: Arguments, streams: Any) -> tuple[list[bytes], int]:
    given = _operands(arguments, 1)
    if given is None:
        return _unchanged(arguments), -1
    try:
        _place(name_of(given[0]), streams).rmdir()
    except OSError:
        return _unchanged(arguments), 128
    return _unchanged(arguments), 0


def delete_file(arguments: Arguments, streams: Any) -> tuple[list[bytes], int]:
    given = _operands(arguments, 1)
    if given is None:
        return _unchanged(arguments), -1
    try:
        _file(given[0], streams).unlink()
    except OSError:
        return _unchanged(arguments), 128
    return _unchanged(arguments), 0


def copy_file(arguments: Arguments, streams: Any) -> tuple[list[bytes], int]:
    given = _operands(arguments, 2)
    if given is None:
        return _unchanged(arguments), -1
    source, target = _file(given[0], streams), _file(given[1], streams)
    try:
        with source.open("rb") as reader, target.open("wb") as writer:
            shutil.copyfileobj(reader, writer)
    except OSError:
        return _unchanged(arguments), -1
    streams.note_written(target)  # listed by `idrs cobol run`
    return _unchanged(arguments), 0


def rename_file(arguments: Arguments, streams: Any) -> tuple[list[bytes], int]:
    given = _operands(arguments, 2)
    if given is None:
        return _unchanged(arguments), -1
    try:
        os.rename(_file(given[0], streams), _file(given[1], streams))
    except OSError:
        return _unchanged(arguments), 128
    return _unchanged(arguments), 0


def check_file_exist(arguments: Arguments, streams: Any) -> tuple[list[bytes], int]:
    """The 16-byte file details: size (8 bytes big-endian), day, month, year (2 bytes
    big-endian), hour, minute, second, 0 of the last modification, local time."""
    given = _operands(arguments, 2)
    if given is None:
        return _unchanged(arguments), -1
    try:
        status = os.stat(_file(given[0], streams))
    except OSError:
        return _unchanged(arguments), 35
    moment = time.localtime(status.st_mtime)
    details = (
        status.st_size.to_bytes(8, "big")
        + bytes([moment.tm_mday, moment.tm_mon])
        + moment.tm_year.to_bytes(2, "big")
        + bytes([moment.tm_hour, moment.tm_min, min(moment.tm_sec, 59), 0])
    )
    results = _unchanged(arguments)
    results[1] = details + given[1][len(details) :] if len(given[1]) >= 16 else given[1]
    return results, 0


def _dollar(routine: Routine, count: int) -> Routine:
    """The C$ form (cob_sys_mkdir, cob_sys_file_delete, cob_sys_copyfile): 128 instead of -1,
    and 128 with fewer than ``count`` operands."""

    def run(arguments: Arguments, streams: Any) -> tuple[list[bytes], int]:
        if len(arguments) < count:
            return _unchanged(arguments), 128
        results, value = routine(arguments, streams)
        return results, 128 if value < 0 else value

    return run


SYSTEM_ROUTINES: dict[str, Routine] = {
    "CBL_CREATE_DIR": create_dir,
    "C$MAKEDIR": _dollar(create_dir, 1),
    "CBL_CHANGE_DIR": change_dir,
    "CBL_DELETE_DIR": delete_dir,
    "CBL_DELETE_FILE": delete_file,
    "C$DELETE": _dollar(delete_file, 2),
    "CBL_COPY_FILE": copy_file,
    "C$COPY": _dollar(copy_file, 3),
    "CBL_RENAME_FILE": rename_file,
    "CBL_CHECK_FILE_EXIST": check_file_exist,
    **BYTE_STREAM_ROUTINES,  # CBL_OPEN_FILE, CBL_READ_FILE ... (runtime/bytestreams.py)
}


def system_routine(name: str) -> Routine | None:
    """The routine a CALL of ``name`` reaches before any program (libcob's system table)."""
    return SYSTEM_ROUTINES.get(name.upper())
