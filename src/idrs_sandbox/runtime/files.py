"""Sequential and line-sequential files with GnuCOBOL 3.1.2's FILE STATUS codes.

Measured with probe programs (GNUCOBOL-NOTES "File status codes seen", probe ``file_status``):
00 success; 04 a short last record (its bytes overwrite the start of the record area, the rest
keeps the previous record); 10 end of file; 30 OPEN OUTPUT in a missing directory; 35 OPEN INPUT
of a missing file; 41 OPEN of an open file; 42 CLOSE of a closed file; 46 READ after end of file;
47 READ of a file not open for input; 48 WRITE to a file not open for output.

Faults of the file system (measured on GnuCOBOL 3.1.2, probe ``io_faults``): OPEN OUTPUT of a
directory gives 37; OPEN INPUT of a directory succeeds (00) and every READ then gives 30 (line
sequential: 10, then 46). Record-sequential WRITEs go straight to the system, one call per
record: a WRITE to a full device (``/dev/full``) gives 34 at once, CLOSE 00. Line-sequential
WRITEs go through a stdio buffer of the file's block size (4,096 bytes on ``/dev/full``): the
WRITE whose line does not fit any more flushes it, and only that WRITE reports the failure (34);
the buffered lines and that line are dropped, and CLOSE says 00 whatever its flush did. CLOSE
gives 00 even when the system close() fails (tests/runtime/test_close_failures.py).

Line sequential (ORGANIZATION LINE SEQUENTIAL): a WRITE drops trailing spaces and adds LF; a READ
takes one line, drops a CR before the LF, pads a short line with spaces and cuts a long one
(status 00, the rest of the line is skipped); a last line without LF is read.

``ASSIGN TO "NAME"`` is resolved like libcob: environment ``DD_NAME``, then ``dd_NAME``, then
``NAME``, else the name itself as a path (relative to the working directory).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from idrs_sandbox.runtime.filelocks import lock_at_open

STATUS_OK = b"00"
STATUS_SHORT = b"04"
STATUS_EOF = b"10"


def resolve_assign(name: str, environ: Mapping[str, str], cwd: Path, mapping: bool = True) -> Path:
    """The file an ``ASSIGN TO name`` refers to: libcob 3.1.2 cob_chk_file_mapping, unless the
    program was built with ``cobc -fno-filename-mapping`` (``mapping`` False: the name as is)."""
    return _under(Path(map_file_name(name, environ) if mapping else name), cwd)


def map_file_name(name: str, environ: Mapping[str, str]) -> str:
    """libcob cob_chk_file_mapping (fileio.c), default runtime settings.

    A name without a slash: a leading ``$`` is dropped and the name is looked up as ``DD_name``,
    ``dd_name``, ``name`` in the environment ('.' read as '_'; no lookup for a name starting
    with '.', '-' or a digit); then COB_FILE_PATH, when set, goes in front. A name with
    slashes: its first element is looked up the same way (kept as written when not found,
    dropped when it started with ``$``), later elements only when written ``$NAME``
    (an unresolved last ``$NAME`` is kept as written); COB_FILE_PATH goes in front of a
    result that is not absolute."""
    file_path = environ.get("COB_FILE_PATH") or None
    if "/" not in name and "\\" not in name:
        src = name[1:] if name.startswith("$") else name
        found = _file_env(src, name, environ)
        mapped = found if found is not None else name
        return f"{file_path}/{mapped}" if file_path else mapped
    dollar = name.startswith("$")
    src = name[1:] if dollar else name
    parts = [part for part in src.replace("\\", "/").split("/") if part]
    if src[:1] in ("/", "\\"):
        result = "/"
        rest = parts
    else:
        first = parts[0] if parts else ""
        rest = parts[1:]
        found = _file_env(first, name, environ)
        if found is not None:
            result, dollar = found, False
        else:
            result = "" if dollar else first
    pending: str | None = None
    for index, part in enumerate(rest):
        if (index > 0 or src[:1] not in ("/", "\\")) and not dollar:
            result += "/"
        dollar = part.startswith("$")
        word = part[1:] if dollar else part
        found = _file_env(word, name, environ) if dollar else None
        if found is not None:
            result += found
            pending = None
        elif not dollar:
            result += word
            pending = None
        else:
            pending = part
    if pending is not None:
        result += pending
    if result.startswith("/") or not file_path:
        return result
    return f"{file_path}/{result}"


def _file_env(src: str, whole: str, environ: Mapping[str, str]) -> str | None:
    """cob_chk_file_env: DD_src, dd_src, src (dots read as underscores)."""
    if src.startswith(".") or (whole and whole[0] in "-0123456789"):
        return None
    key = src.replace(".", "_")
    for prefix in ("DD_", "dd_", ""):
        value = environ.get(prefix + key)
        if value:
            return value
    return None


def write_status(error: OSError) -> bytes:
    """The file status of a WRITE the system refused: 34 for a full device or a file too
    large, 30 for anything else (libcob cob_file_write)."""
    return b"34" if error.errno in (errno.ENOSPC, errno.EFBIG) else b"30"


class _Here:
    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd


def _under(path: Path, cwd: Path) -> Path:
    return path if path.is_absolute() else cwd / path


class _Placed:
    """Where a file's relative names resolve: ``place`` has the run's folder as ``cwd`` (the
    RunStreams, shared by every file of the run: CBL_CHANGE_DIR changes it for all of them)."""

    place: Any

    @property
    def cwd(self) -> Path:
        return Path(self.place.cwd)

    @cwd.setter
    def cwd(self, value: Path) -> None:
        self.place = _Here(value)

    def opened_to_write(self, path: Path) -> None:
        """Tell the run (RunStreams ``written``) a file it now writes; a handle used alone
        (a test, the SORT work files) has no run to tell."""
        note = getattr(self.place, "note_written", None)  # RunStreams.note_written
        if note is not None:
            note(path)


class SequentialFile(_Placed):
    """One SELECT: open mode, the OS file, and the record area it reads into."""

    def __init__(
        self,
        name: str,
        assign: str,
        line_sequential: bool,
        area: bytearray,
        record_size: int,
        optional: bool = False,
    ) -> None:
        self.name = name
        self.assign = assign
        self.line_sequential = line_sequential
        self.area = area
        self.record_size = record_size
        self.optional = optional
        self.mode: str | None = None
        self.handle: BinaryIO | None = None
        self.at_end = False
        self.environ: Mapping[str, str] = os.environ
        self.place: Any = _Here(Path.cwd())
        self.filename_mapping = True
        """False for a program built with ``cobc -fno-filename-mapping``."""
        """Has the run's folder as ``cwd`` (the RunStreams: CBL_CHANGE_DIR changes it)."""
        self.path: Path | None = None
        self.unreadable = False
        """Opened INPUT on a directory: libcob's OPEN succeeds, every READ fails."""
        self.pending = bytearray()
        """Line-sequential output not yet written (stdio's buffer)."""
        self.needs_newline = False
        """The last WRITE was AFTER ADVANCING: CLOSE ends the line."""
        self.block = 4096
        self.last_open_mode: str | None = None
        """The mode of the last OPEN tried, even a failed one (libcob ``last_open_mode``): it
        picks the USE AFTER ERROR ON INPUT / OUTPUT / I-O / EXTEND procedure."""
        self.assign_value: Callable[[], str] | None = None
        """ASSIGN data-name: the name comes from the item at each OPEN (runtime/filebind.py)."""
        self.record_min = record_size
        """The smallest record (cobc finalize_file); below ``record_size`` the records vary."""
        self.depending: tuple[IntGetter, IntSetter] | None = None
        """RECORD VARYING ... DEPENDING ON item: read for a WRITE's size, set by a READ."""
        self.read_done = False
        self.last_size = record_size
        """The size of the last record read (REWRITE writes over it)."""
        self.fixed_reads = False
        """Open INPUT or I-O on fixed records filling the record area: a READ is one
        ``readinto`` of the area (:meth:`read`)."""
        self.fixed_writes = False
        """Open OUTPUT or EXTEND on fixed records: a WRITE of a whole record is one system
        call on the record as given (:meth:`write`)."""

    @property
    def variable(self) -> bool:
        """Record sequential with records of several sizes: each record is preceded by a
        4-byte header, the size as 2 bytes big-endian then 2 zero bytes (libcob
        sequential_write, COB_VARSEQ_FORMAT 0: measured, a 5-byte record is 00 05 00 00 ...)."""
        return not self.line_sequential and self.record_min != self.record_size

    def _write_size(self, record: bytes | bytearray) -> int:
        """libcob cob_write: the DEPENDING ON value, at most the record's own size."""
        if self.depending is None:
            return len(record)
        return min(self.depending[0](), len(record))

    def _file_name(self) -> str:
        return self.assign_value() if self.assign_value is not None else self.assign

    # OPEN / CLOSE ----------------------------------------------------------------------------

    def open(self, mode: str) -> bytes:
        if self.mode is not None:
            return b"41"
        self.last_open_mode = mode
        name = self._file_name()
        if not name:
            return b"31"  # libcob cob_open: an empty name
        path = resolve_assign(name, self.environ, self.cwd, self.filename_mapping)
        self.path = path
        self.unreadable = False
        if mode == "INPUT" and path.is_dir():
            self.mode, self.handle, self.at_end, self.unreadable = mode, None, False, True
            return STATUS_OK
        created = False
        if mode in ("EXTEND", "I-O") and not path.exists() and not path.is_symlink():
            # Measured (probe file_optional): OPEN EXTEND / I-O of a missing file gives 35,
            # unless the SELECT says OPTIONAL: then libcob creates it and says 05.
            if not self.optional:
                return b"35"
            created = True
        if mode == "I-O" and self.line_sequential:
            return b"37"  # libcob cob_file_open: "line sequential I-O, not merged yet"
        try:
            self.handle = self._open_handle(path, mode, created)
        except FileNotFoundError:
            if mode == "INPUT" and self.optional:
                # cobc 3.1.2 (probe declaratives_error): the first READ gives 10, later 46.
                self.mode, self.handle, self.at_end = mode, None, False
                return b"05"
            return b"35" if mode in ("INPUT", "I-O") else b"30"
        except IsADirectoryError:
            return b"37"
        except PermissionError:
            return b"37"
        except OSError:
            return b"30"
        locked = lock_at_open(self.handle.fileno(), mode, path)  # runtime/filelocks.py
        if locked is not None:
            self.handle.close()
            self.handle = None
            return locked
        self.mode = mode
        self.at_end = False
        self.needs_newline = False
        self.fixed_reads = (
            mode in ("INPUT", "I-O")
            and not self.line_sequential
            and not self.variable
            and self.depending is None
            and len(self.area) == self.record_size
        )
        self.fixed_writes = (
            mode in ("OUTPUT", "EXTEND")
            and not self.line_sequential
            and not self.variable
            and self.depending is None
        )
        if mode != "INPUT":
            self.opened_to_write(path)
        return b"05" if created else STATUS_OK

    def _open_handle(self, path: Path, mode: str, create: bool = False) -> BinaryIO:
        # Output is unbuffered here: record-sequential WRITEs are one system call each, as in
        # libcob; line-sequential WRITEs are buffered by :meth:`_write_line` as stdio does.
        if mode == "INPUT":
            return open(path, "rb")
        if mode in ("OUTPUT", "EXTEND"):
            handle = open(path, "wb" if mode == "OUTPUT" else "ab", buffering=0)  # noqa: SIM115 (open until CLOSE)
            self.pending = bytearray()
            self.block = os.fstat(handle.fileno()).st_blksize or 4096
            return handle
        if create:
            path.touch(exist_ok=False)
        return open(path, "r+b")

    def close(self) -> bytes:
        self.fixed_reads = self.fixed_writes = False
        if self.mode is None:
            return b"42"
        if self.handle is not None:
            if self.needs_newline:  # the last WRITE was AFTER ADVANCING (probe write_advancing)
                self.needs_newline = False
                with suppress(OSError):
                    self._put(b"\n")
            # libcob's CLOSE reports neither its last flush nor a failing close() (measured:
            # tests/runtime/test_close_failures.py): 00 whatever happens.
            with suppress(OSError):
                if self.pending:
                    _write_all(self.handle, bytes(self.pending))
            self.pending.clear()
            with suppress(OSError):
                self.handle.close()
        self.mode = None
        self.handle = None
        return STATUS_OK

    # READ / WRITE -----------------------------------------------------------------------------

    def read(self) -> bytes:
        if self.fixed_reads:
            # Straight into the record area: f.read(n) then a slice store built a bytes object
            # and copied it twice (about 4 us a record against 0.5 us on the 2-core machine).
            # A short or empty read is what _read then finds; its bytes are in the area's
            # first part either way, as libcob leaves them (status 04, previous bytes after).
            got = self.handle.readinto(self.area)  # type: ignore[union-attr]
            if got == self.record_size:
                self.read_done = True
                return STATUS_OK
            self.fixed_reads = False
            self.read_done = False
            if got:
                return STATUS_SHORT
            self.at_end = True
            return STATUS_EOF
        self.read_done = False
        if self.mode not in ("INPUT", "I-O"):
            return b"47"
        status = self._read()
        if status == STATUS_OK:
            self.read_done = True
            if self.depending is not None:
                self.depending[1](self.last_size, False)
        return status

    def _read(self) -> bytes:
        if self.at_end:
            return b"46"
        if self.unreadable and not self.line_sequential:
            return b"30"
        if self.handle is None:  # OPTIONAL file that was missing, or a directory (line seq.)
            self.at_end = True
            return STATUS_EOF
        if self.line_sequential:
            return self._read_line(self.handle)
        size = self.record_size
        if self.variable:
            header = self.handle.read(4)
            if len(header) != 4:
                self.at_end = not header
                return STATUS_EOF if not header else b"30"
            size = int.from_bytes(header[:2], "big")
        data = self.handle.read(size)
        self.last_size = size
        if not data and size:
            self.at_end = True
            return STATUS_EOF
        self.area[: len(data)] = data
        return STATUS_OK if len(data) == size else STATUS_SHORT

    def _read_line(self, handle: BinaryIO) -> bytes:
        line = handle.readline()
        if not line:
            self.at_end = True
            return STATUS_EOF
        if line.endswith(b"\n"):
            line = line[:-1]
            if line.endswith(b"\r"):
                line = line[:-1]
        size = self.record_size
        self.area[:size] = line[:size].ljust(size)
        self.last_size = min(len(line), size)
        return STATUS_OK

    def write(self, record: bytes) -> bytes:
        self.read_done = False
        if self.fixed_writes and len(record) == self.record_size:
            # The record as the generated code gives it (its own copy of the bytes), without
            # the slice and bytes() copies below; a short write finishes as _write_all does.
            self.needs_newline = False
            try:
                written = self.handle.write(record)  # type: ignore[union-attr]
                if written != self.record_size:
                    _write_all(self.handle, bytes(record[written or 0 :]))  # type: ignore[arg-type]
            except OSError as error:
                return write_status(error)
            return STATUS_OK
        if self.mode not in ("OUTPUT", "EXTEND") or self.handle is None:
            return b"48"
        size = self._write_size(record)
        low = 0 if self.line_sequential else self.record_min
        if not low <= size <= self.record_size:
            return b"44"
        data = bytes(record[:size])
        self.needs_newline = False
        try:
            if self.line_sequential:
                self._write_line(data.rstrip(b" ") + b"\n")
            elif self.variable:
                _write_all(self.handle, size.to_bytes(2, "big") + bytes(2) + data)
            else:
                _write_all(self.handle, data)
        except OSError as error:
            return write_status(error)
        return STATUS_OK

    def write_advancing(self, record: bytes, before: bool, lines: int | None) -> bytes:
        """WRITE ... BEFORE / AFTER ADVANCING n LINES (``lines``) or PAGE (``lines`` None).

        Measured on GnuCOBOL 3.1.2 (probe write_advancing), line sequential and record
        sequential alike: the advance is n LF (0 lines: one CR; PAGE or a mnemonic name: one
        FF), written after the record for BEFORE and before it for AFTER. The record itself
        gets no LF of its own (line sequential still drops its trailing spaces), so a plain
        WRITE after an AFTER WRITE continues the same line; when the last WRITE was AFTER,
        CLOSE ends the file with one LF.
        """
        if self.mode not in ("OUTPUT", "EXTEND") or self.handle is None:
            return b"48"
        advance = b"\f" if lines is None else b"\n" * lines if lines > 0 else b"\r"
        data = bytes(record).rstrip(b" ") if self.line_sequential else bytes(record)
        try:
            self._put(data + advance if before else advance + data)
        except OSError as error:
            return write_status(error)
        self.needs_newline = not before
        return STATUS_OK

    def _put(self, data: bytes) -> None:
        if self.line_sequential:
            self._write_line(data)
        else:
            assert self.handle is not None
            _write_all(self.handle, data)

    def _write_line(self, line: bytes) -> None:
        """stdio's full buffering: a line that still fits waits; one that does not flushes the
        buffer with it. A failed flush drops both (what libcob shows on a full device)."""
        if len(self.pending) + len(line) <= self.block:
            self.pending += line
            return
        data = bytes(self.pending) + line
        self.pending.clear()
        assert self.handle is not None
        _write_all(self.handle, data)

    def rewrite(self, record: bytes) -> bytes:
        """REWRITE of the record last read (libcob cob_rewrite, sequential_rewrite): 49 unless
        open I-O, 43 without a READ just before, 44 when the size differs from that record's."""
        read_done, self.read_done = self.read_done, False
        if self.mode != "I-O" or self.handle is None:
            return b"49"
        if not read_done:
            return b"43"
        if len(record) != self.last_size:
            return b"44"
        if self.depending is not None and self.depending[0]() != self.last_size:
            return b"44"
        try:
            self.handle.seek(-self.last_size, os.SEEK_CUR)
            _write_all(self.handle, bytes(record))
            self.handle.flush()
        except OSError:
            return b"30"
        return STATUS_OK

    def delete(self) -> bytes:
        """DELETE FILE (measured, probe file_delete): 41 while the file is open, 35 when it
        does not exist, else the file is removed and 00."""
        if self.mode is not None:
            return b"41"
        path = resolve_assign(self._file_name(), self.environ, self.cwd, self.filename_mapping)
        if not path.is_file():
            return b"35"
        try:
            path.unlink()
        except OSError:
            return b"30"
        return STATUS_OK

    def close_at_exit(self) -> bool:
        """Close a file still open when the run ends (libcob does an implicit CLOSE)."""
        if self.mode is None:
            return False
        self.close()
        return True


def _write_all(handle: BinaryIO, data: bytes) -> None:
    """Write every byte on an unbuffered handle (a short write is retried, as stdio does)."""
    view = memoryview(data)
    while view:
        written = handle.write(view)
        if not written:
            raise OSError(errno.ENOSPC, "no space left on device")
        view = view[written:]


# ---------------------------------------------------------------------------------------------
# RELATIVE and INDEXED files: the statement layer of libcob 3.1.2 (fileio.c cob_open, cob_read,
# cob_read_next, cob_start, cob_write, cob_rewrite, cob_delete), shared by runtime/relative.py
# and runtime/indexed.py, which hold what libcob's relative_* and (BDB) indexed_* functions do.

IntGetter = Callable[[], int]
IntSetter = Callable[[int, bool], bool]


@dataclass(frozen=True)
class KeyLayout:
    """One key of an INDEXED file: the (offset, size) parts it joins in the record area."""

    parts: tuple[tuple[int, int], ...]
    duplicates: bool = False
    suppress: int | None = None
    """SUPPRESS WHEN ALL c: a key of nothing but byte c is left out of the key's index."""

    def suppressed(self, record: bytes | bytearray) -> bool:
        """libcob bdb_suppresskey."""
        if self.suppress is None:
            return False
        key = self.of(record)
        return key.count(self.suppress) == len(key)

    @property
    def size(self) -> int:
        return sum(size for _, size in self.parts)

    def of(self, record: bytes | bytearray) -> bytes:
        return b"".join(bytes(record[offset : offset + size]) for offset, size in self.parts)


class OrganizedFile(_Placed):
    """The checks libcob makes before it calls the RELATIVE or INDEXED handler, and the flags
    it keeps (flag_first_read, flag_end_of_file, flag_begin_of_file, flag_read_done,
    flag_nonexistent). Subclasses implement the ``_open`` ... ``_delete`` handlers."""

    def __init__(
        self,
        name: str,
        assign: Callable[[], str],
        area: bytearray,
        record_min: int,
        access: str,
        optional: bool,
    ) -> None:
        self.name = name
        self.assign_name = assign
        self.area = area
        self.record_max = len(area)
        self.record_min = record_min
        self.access = access
        self.optional = optional
        self.mode: str | None = None
        self.environ: Mapping[str, str] = os.environ
        self.place: Any = _Here(Path.cwd())
        self.filename_mapping = True
        """False for a program built with ``cobc -fno-filename-mapping``."""
        """Has the run's folder as ``cwd`` (the RunStreams: CBL_CHANGE_DIR changes it)."""
        self.nonexistent = False
        self.first_read = 0
        self.end_of_file = False
        self.begin_of_file = False
        self.read_done = False
        self.record_size = self.record_max
        self.depending: tuple[IntGetter, IntSetter] | None = None
        """RECORD VARYING ... DEPENDING ON item (libcob ``variable_record``)."""
        self.last_open_mode: str | None = None
        """libcob ``last_open_mode``: picks the USE AFTER ERROR ON mode procedure."""

    @property
    def assign(self) -> str:
        return self.assign_name()

    @property
    def last_size(self) -> int:
        """The size of the record last read or written (libcob ``record->size``)."""
        return self.record_size

    # OPEN / CLOSE ----------------------------------------------------------------------------

    def open(self, mode: str) -> bytes:
        if self.mode is not None:
            return b"41"
        self.last_open_mode = mode
        self.read_done = False
        self.nonexistent = False
        self.end_of_file = False
        self.begin_of_file = False
        self.first_read = 2
        name = self.assign
        if not name:
            return b"31"
        path = resolve_assign(name, self.environ, self.cwd, self.filename_mapping)
        code = _code(self._open(path, mode))
        if mode != "INPUT" and code[:1] == b"0":
            self.opened_to_write(path)
        return code

    def close(self) -> bytes:
        self.read_done = False
        if self.mode is None:
            return b"42"
        if not self.nonexistent:
            self._close()
        self.mode = None
        return STATUS_OK

    def close_at_exit(self) -> bool:
        if self.mode is None:
            return False
        self.close()
        return True

    def delete(self) -> bytes:
        """DELETE FILE: 41 while open, else the file's parts are unlinked (35 when missing)."""
        if self.mode is not None:
            return b"41"
        path = resolve_assign(self.assign, self.environ, self.cwd, self.filename_mapping)
        return _code(self._delete_file(path))

    # READ / START ----------------------------------------------------------------------------

    def start(self, cond: str, key: int, length: int) -> bytes:
        self.read_done = False
        self.first_read = 0
        if self.mode not in ("I-O", "INPUT") or self.access == "RANDOM":
            return b"47"
        if self.nonexistent:
            return b"23"
        status = self._start(cond, key, length)
        self.end_of_file = status != 0
        self.begin_of_file = False
        self.first_read = 1
        return _code(status)

    def _read_refused(self, missing_again: bytes) -> bytes | None:
        """The status of a READ that never reaches the file (libcob cob_read / cob_read_next):
        47 when not open for input; on a missing OPTIONAL file 10, then ``missing_again``.
        None when the READ goes on."""
        self.read_done = False
        if self.mode not in ("INPUT", "I-O"):
            return b"47"
        if self.nonexistent:
            if self.first_read == 0:
                return missing_again
            self.first_read = 0
            return b"10"
        return None

    def read_key(self, key: int, length: int) -> bytes:
        """READ with a key (random): libcob cob_read with a key field."""
        refused = self._read_refused(b"23")
        if refused is not None:
            return refused
        return self._after_read(self._read(key, length), False)

    def read_next(self, previous: bool = False) -> bytes:
        """READ NEXT / PREVIOUS (libcob cob_read_next)."""
        refused = self._read_refused(b"46")
        if refused is not None:
            return refused
        if self.end_of_file and not previous:
            return b"46"
        if self.begin_of_file and previous:
            return b"46"
        return self._after_read(self._read_next(previous), previous)

    def _after_read(self, status: int, previous: bool) -> bytes:
        if status in (0, 2):
            self.first_read = 0
            self.read_done = True
            self.end_of_file = False
            self.begin_of_file = False
            if self.depending is not None:
                self.depending[1](self.record_size, False)
        elif status == 10:
            if previous:
                self.begin_of_file = True
            else:
                self.end_of_file = True
        return _code(status)

    # WRITE / REWRITE / DELETE ----------------------------------------------------------------

    def write(self, record: bytes | bytearray) -> bytes:
        self.read_done = False
        allowed = ("OUTPUT", "EXTEND") if self.access == "SEQUENTIAL" else ("OUTPUT", "I-O")
        if self.mode not in allowed:
            return b"48"
        self.record_size = self._size(record)
        if not self.record_min <= self.record_size <= self.record_max:
            return b"44"
        return _code(self._write())

    def _size(self, record: bytes | bytearray) -> int:
        """libcob cob_write / cob_rewrite: the DEPENDING ON value, at most the record's size."""
        if self.depending is None:
            return len(record)
        return min(self.depending[0](), len(record))

    def rewrite(self, record: bytes | bytearray) -> bytes:
        read_done, self.read_done = self.read_done, False
        if self.mode != "I-O":
            return b"49"
        if self.access == "SEQUENTIAL" and not read_done:
            return b"43"
        if self.depending is not None:
            self.record_size = self._size(record)
            if not self.record_min <= self.record_size <= self.record_max:
                return b"44"
        else:
            self.record_size = len(record)
        return _code(self._rewrite())

    def delete_record(self) -> bytes:
        read_done, self.read_done = self.read_done, False
        if self.mode != "I-O":
            return b"49"
        if self.access == "SEQUENTIAL" and not read_done:
            return b"43"
        return _code(self._delete())

    def unlock(self) -> bytes:
        return STATUS_OK  # one process: no record is ever locked

    # handlers --------------------------------------------------------------------------------

    def _open(self, path: Path, mode: str) -> int:
        raise NotImplementedError

    def _close(self) -> None:
        raise NotImplementedError

    def _delete_file(self, path: Path) -> int:
        raise NotImplementedError

    def _start(self, cond: str, key: int, length: int) -> int:
        raise NotImplementedError

    def _read(self, key: int, length: int) -> int:
        raise NotImplementedError

    def _read_next(self, previous: bool) -> int:
        raise NotImplementedError

    def _write(self) -> int:
        raise NotImplementedError

    def _rewrite(self) -> int:
        raise NotImplementedError

    def _delete(self) -> int:
        raise NotImplementedError


def _code(status: int) -> bytes:
    return b"%02d" % status


def unlink_status(path: Path) -> int:
    """libcob cob_delete_file: unlink, then errno_cob_sts (ENOENT 35, EACCES/EISDIR 37)."""
    try:
        path.unlink()
    except FileNotFoundError:
        return 35
    except (PermissionError, IsADirectoryError):
        return 37
    except OSError:
        return 0
    return 0
