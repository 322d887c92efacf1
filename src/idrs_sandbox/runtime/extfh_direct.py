"""``CALL "EXTFH" USING opcode fcd`` from COBOL: libcob's callable file handler on an FCD3 the
program built itself (testsuite run_file.at "EXTFH: LINE SEQUENTIAL files, direct EXTFH").

The program lays out GnuCOBOL's ``xfhfcd3.cpy`` (216 bytes) in storage it ALLOCATEd, fills in
the organization, record lengths, the file name's address and length, the record area's
address, and calls EXTFH with Micro Focus's two-byte opcode (``FA 01`` OPEN OUTPUT, ``FA F3``
WRITE, ``FA 80`` CLOSE ...). libcob (fileio.c ``EXTFH`` / ``cob_extfh``) then does the
operation on a file of its own, kept with the FCD through FCD-HANDLE, and writes the status,
the open mode and the record length back into the FCD.

Here the file is the engine's own :class:`~idrs_sandbox.runtime.files.SequentialFile` (record
or line sequential, the organizations a program can describe this way and the engine keeps as
plain files); the name read through FCD-FILENAME-ADDRESS is mapped as an ASSIGN name is
(``TESTOUT`` with ``TESTOUT=TEST-OUT`` in the environment is the file TEST-OUT), the record is
read and written through FCD-RECORD-ADDRESS (runtime/pointers.py ``Memory``), and FCD-HANDLE
holds the number of the run's open file. An INDEXED or RELATIVE FCD and the other opcodes
(START, DELETE, READ with a key...) stop the run with a message naming them.
"""

from __future__ import annotations

from typing import Any

from idrs_sandbox.runtime.files import SequentialFile
from idrs_sandbox.runtime.pointers import memory
from idrs_sandbox.runtime.support import CobolRuntimeError
from idrs_sandbox.runtime.sysfiles import name_of

# FCD3 offsets (xfhfcd3.cpy of GnuCOBOL 3.1.2; COMP-X fields big-endian, pointers native)
_STATUS = 0
_ORGANIZATION = 5
_OPEN_MODE = 7
_NAME_LENGTH = 54
_CURRENT_REC_LEN = 88
_MIN_REC_LENGTH = 92
_MAX_REC_LENGTH = 96
_HANDLE = 152
_RECORD_ADDRESS = 160
_FILENAME_ADDRESS = 168
FCD_SIZE = 216

_LINE_SEQUENTIAL, _SEQUENTIAL = 0, 1
_CLOSED = 128
_OPENS = {0xFA00: "INPUT", 0xFA01: "OUTPUT", 0xFA02: "I-O", 0xFA03: "EXTEND"}
_MODES = {"INPUT": 0, "OUTPUT": 1, "I-O": 2, "EXTEND": 3}
_CLOSE, _WRITE, _REWRITE, _READ_NEXT = 0xFA80, 0xFAF3, 0xFAF4, 0xFAF5


def call_extfh(arguments: list[bytes | None], namespace: dict[str, Any]) -> list[bytes]:
    """The operands' bytes after the CALL (the FCD with its status, open mode, handle and
    record length written in)."""
    if len(arguments) < 2 or arguments[0] is None or arguments[1] is None:
        raise CobolRuntimeError("CALL 'EXTFH' needs an opcode and an FCD")
    opcode = int.from_bytes(arguments[0][:2], "big")
    fcd = bytearray(arguments[1])
    if len(fcd) < FCD_SIZE:
        raise CobolRuntimeError(f"CALL 'EXTFH': the FCD has {len(fcd)} bytes, FCD3 has 216")
    files = _open_files(namespace)
    handle = int.from_bytes(fcd[_HANDLE : _HANDLE + 8], "little")
    if opcode in _OPENS:
        file = _new_file(fcd, namespace)
        status = file.open(_OPENS[opcode])
        if status[:1] == b"0":
            handle = max(files, default=0) + 1
            files[handle] = file
            fcd[_HANDLE : _HANDLE + 8] = handle.to_bytes(8, "little")
            fcd[_OPEN_MODE] = _MODES[_OPENS[opcode]]
    elif handle not in files:
        status = b"42" if opcode == _CLOSE else b"47" if opcode == _READ_NEXT else b"48"
    elif opcode == _CLOSE:
        status = files.pop(handle).close()
        fcd[_OPEN_MODE] = _CLOSED
        fcd[_HANDLE : _HANDLE + 8] = bytes(8)
    elif opcode in (_WRITE, _REWRITE):
        size = int.from_bytes(fcd[_CURRENT_REC_LEN : _CURRENT_REC_LEN + 4], "big")
        record = bytes(_record_area(fcd, namespace)[0:size])
        file = files[handle]
        status = file.write(record) if opcode == _WRITE else file.rewrite(record)
    elif opcode == _READ_NEXT:
        file = files[handle]
        status = file.read()
        if status[:1] == b"0":
            area = _record_area(fcd, namespace)
            area[0 : file.record_size] = bytes(file.area[: file.record_size])
            length = file.last_size  # a line's own length (cobc: 8 for "record 1")
            fcd[_CURRENT_REC_LEN : _CURRENT_REC_LEN + 4] = length.to_bytes(4, "big")
    else:
        raise CobolRuntimeError(
            f"CALL 'EXTFH' operation X'{opcode:04X}' is not supported by the legacy engine"
        )
    fcd[_STATUS : _STATUS + 2] = status
    return [arguments[0], bytes(fcd), *(raw or b"" for raw in arguments[2:])]


def _open_files(namespace: dict[str, Any]) -> dict[int, SequentialFile]:
    from idrs_sandbox.runtime.scope import run_store  # it imports the compiled modules' helpers

    store: dict[Any, Any] = run_store(namespace)
    found = store.setdefault(("extfh-files", None), {})
    assert isinstance(found, dict)
    return found


def _new_file(fcd: bytearray, namespace: dict[str, Any]) -> SequentialFile:
    organization = fcd[_ORGANIZATION]
    if organization not in (_LINE_SEQUENTIAL, _SEQUENTIAL):
        raise CobolRuntimeError(
            f"CALL 'EXTFH' on an FCD of organization {organization} (only sequential and line "
            "sequential) is not supported by the legacy engine"
        )
    length = int.from_bytes(fcd[_NAME_LENGTH : _NAME_LENGTH + 2], "big")
    where = int.from_bytes(fcd[_FILENAME_ADDRESS : _FILENAME_ADDRESS + 8], "little")
    name = name_of(bytes(_block(where, "FCD-FILENAME-ADDRESS", namespace)[0:length]))
    largest = int.from_bytes(fcd[_MAX_REC_LENGTH : _MAX_REC_LENGTH + 4], "big")
    streams = namespace["_streams"]
    file = SequentialFile(name, name, organization == _LINE_SEQUENTIAL, bytearray(largest), largest)
    file.assign_value = None
    file.record_min = int.from_bytes(fcd[_MIN_REC_LENGTH : _MIN_REC_LENGTH + 4], "big")
    file.depending = None
    file.environ = streams.environ
    file.place = streams
    return file


def _record_area(fcd: bytearray, namespace: dict[str, Any]) -> Any:
    where = int.from_bytes(fcd[_RECORD_ADDRESS : _RECORD_ADDRESS + 8], "little")
    return _block(where, "FCD-RECORD-ADDRESS", namespace)


def _block(address: int, what: str, namespace: dict[str, Any]) -> Any:
    if address == 0:
        raise CobolRuntimeError(f"CALL 'EXTFH': {what} is NULL")
    return memory(namespace).storage(address, what, None)
