"""libcob's byte-stream file routines, CALLed by name (fileio.c ``cob_sys_open_file`` ...):
CBL_OPEN_FILE, CBL_CREATE_FILE, CBL_READ_FILE, CBL_WRITE_FILE, CBL_CLOSE_FILE, CBL_FLUSH_FILE.

As GnuCOBOL 3.1.2 does them (fileio.c; probe ``byte_stream_files``, testsuite "System routines
for files"):

- OPEN / CREATE ``USING name access lock device handle``: the name is mapped as an ASSIGN name
  (runtime/sysfiles.py); the first byte of ``access`` (a numeric literal arrives as a native
  int, runtime/compile/statements/call.py) masked with X'3F' is 1 read, 2 write (created,
  truncated), 3 read and write; CREATE also creates and truncates. The handle is the file
  descriptor as 4 native (little-endian) bytes; on failure it is X'FFFFFFFF' and the result 35
  (no such file) or -1 (a wrong access mode, with libcob's warning; no name operand). CREATE
  warns about a lock or device byte other than 0 and goes on.
- READ / WRITE ``USING handle offset count flags buffer``: offset is 8 bytes and count 4 bytes,
  both big-endian (a PIC X(8) / X(4) COMP-X item); READ gives 0, 10 when nothing is left at the
  offset, -1 on a bad handle; flag X'80' stores the file's size into ``offset``. WRITE gives 30
  when fewer bytes were written.
- CLOSE gives 0, or -1 for a handle that is not open; FLUSH does nothing and gives 0.

The descriptors are real ones, kept per run (``RunStreams.byte_files``): CLOSE and READ /
WRITE only ever touch a descriptor one of these routines opened in this run (any other handle
is a bad one, -1, as the system calls libcob makes would answer for a closed descriptor), and
the run closes those left open when it ends, as the process's end does for a cobc-built program.
A count larger than the buffer passed (libcob would read or write past the item) stops the run
with a message: that storage is not this engine's to reproduce.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from idrs_sandbox.runtime.files import map_file_name
from idrs_sandbox.runtime.support import CobolRuntimeError

Arguments = Sequence[bytes | None]
Result = tuple[list[bytes], int]
BAD_HANDLE = b"\xff\xff\xff\xff"


def _unchanged(arguments: Arguments) -> list[bytes]:
    return [raw or b"" for raw in arguments]


def _warn(streams: Any, text: str) -> None:
    streams.stderr.write(f"libcob: warning: {text}\n".encode("latin-1"))


def _name(raw: bytes) -> str:
    from idrs_sandbox.runtime.sysfiles import name_of  # sysfiles registers these routines

    return name_of(raw)


def _open(arguments: Arguments, streams: Any, routine: str, create: int) -> Result:
    """libcob open_cbl_file: the flags of the access byte, then open(2) with mode 0666 less
    the umask (COB_FILE_MODE)."""
    results = _unchanged(arguments)
    while len(results) < 5:
        results.append(b"")
    if not arguments or arguments[0] is None:
        results[4] = BAD_HANDLE + results[4][4:]
        return results, -1
    access = (results[1][:1] or b"\0")[0] & 0x3F
    modes = {1: os.O_RDONLY, 2: os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 3: os.O_RDWR}
    if access not in modes:
        _warn(streams, f"call to {routine} with wrong access mode: {access}")
        results[4] = BAD_HANDLE + results[4][4:]
        return results, -1
    name = map_file_name(_name(results[0]), streams.environ)
    path = name if os.path.isabs(name) else os.path.join(streams.cwd, name)
    try:
        fd = os.open(path, modes[access] | create, 0o666)
    except OSError:
        results[4] = BAD_HANDLE + results[4][4:]
        return results, 35
    streams.byte_files[fd] = path
    if access != 1 or create:
        streams.note_written(path)  # listed by `idrs cobol run`
    results[4] = fd.to_bytes(4, "little", signed=True) + results[4][4:]
    return results, 0


def open_file(arguments: Arguments, streams: Any) -> Result:
    return _open(arguments, streams, "CBL_OPEN_FILE", 0)


def create_file(arguments: Arguments, streams: Any) -> Result:
    for index, label in ((2, "file_lock"), (3, "file_dev")):
        raw = arguments[index] if len(arguments) > index else None
        if raw and raw[0] != 0:
            _warn(streams, f"call to CBL_CREATE_FILE with wrong {label}: {raw[0]}")
    # libcob hands the access byte to the same open_cbl_file, whose warning names CBL_OPEN_FILE
    return _open(arguments, streams, "CBL_OPEN_FILE", os.O_CREAT | os.O_TRUNC)


def _descriptor(raw: bytes | None, streams: Any) -> int | None:
    """The handle's descriptor, when one of these routines opened it in this run."""
    if raw is None or len(raw) < 4:
        return None
    fd = int.from_bytes(raw[:4], "little", signed=True)
    return fd if fd in streams.byte_files else None


def _span(arguments: Arguments) -> tuple[int, int] | None:
    offset, count = arguments[1], arguments[2]
    if offset is None or count is None or len(offset) < 8 or len(count) < 4:
        return None
    # libcob reads the offset as a signed 64-bit number: past 2**63 it is negative and its
    # lseek fails (-1, like a bad handle); the count is taken unsigned here, since past 2**31
    # it is larger than any buffer (refused)
    position = int.from_bytes(offset[:8], "big")
    if position >= 2**63:
        return None
    return position, int.from_bytes(count[:4], "big")


def _buffer_fits(routine: str, count: int, buffer: bytes) -> None:
    if count > len(buffer):
        message = (
            f"{routine} of {count} bytes with a buffer of {len(buffer)} bytes "
            "(libcob would use the storage after the item): not supported"
        )
        raise CobolRuntimeError(message)


def read_file(arguments: Arguments, streams: Any) -> Result:
    results = _unchanged(arguments)
    fd = _descriptor(arguments[0] if arguments else None, streams)
    span = _span(arguments) if len(arguments) >= 5 else None
    if fd is None or span is None:
        return results, -1
    offset, count = span
    rc = 0
    if count > 0:
        _buffer_fits("CBL_READ_FILE", count, results[4])
        try:
            data = os.pread(fd, count, offset)
        except OSError:
            return results, -1
        results[4] = data + results[4][len(data) :]
        rc = 0 if data else 10
    if results[3][:1] and results[3][0] & 0x80:
        size = os.fstat(fd).st_size
        results[1] = size.to_bytes(8, "big") + results[1][8:]
    return results, rc


def write_file(arguments: Arguments, streams: Any) -> Result:
    results = _unchanged(arguments)
    fd = _descriptor(arguments[0] if arguments else None, streams)
    span = _span(arguments) if len(arguments) >= 5 else None
    if fd is None or span is None:
        return results, -1
    offset, count = span
    _buffer_fits("CBL_WRITE_FILE", count, results[4])
    try:
        written = os.pwrite(fd, results[4][:count], offset)
    except OSError:
        return results, 30
    return results, 0 if written == count else 30


def close_file(arguments: Arguments, streams: Any) -> Result:
    fd = _descriptor(arguments[0] if arguments else None, streams)
    if fd is None:
        return _unchanged(arguments), -1
    del streams.byte_files[fd]
    os.close(fd)
    return _unchanged(arguments), 0


def flush_file(arguments: Arguments, streams: Any) -> Result:
    """libcob 3.1.2's CBL_FLUSH_FILE does nothing (a write is already a system call)."""
    return _unchanged(arguments), 0


def close_all(byte_files: dict[int, str]) -> None:
    """The end of a run: what the program left open is closed, as the process's end would."""
    for fd in list(byte_files):
        os.close(fd)
    byte_files.clear()


BYTE_STREAM_ROUTINES = {
    "CBL_OPEN_FILE": open_file,
    "CBL_CREATE_FILE": create_file,
    "CBL_READ_FILE": read_file,
    "CBL_WRITE_FILE": write_file,
    "CBL_CLOSE_FILE": close_file,
    "CBL_FLUSH_FILE": flush_file,
}
