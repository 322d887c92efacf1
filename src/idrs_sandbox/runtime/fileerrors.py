"""An I/O error that stops the run (a file without FILE STATUS and without a USE procedure for
it), with the text libcob 3.1.2 writes for it (common.c cob_fatal_error COB_FERROR_FILE).

The engine reports it as any run-time fault, at its source position; ``libcob_message`` gives
libcob's own lines, which the conformance harness compares (testsuite 'ASSIGN with
COB_FILE_PATH'). Measured with cobc 3.1.2: a program built with ``-debug`` writes

    libcob: prog.cob:13: error: permanent file error (status = 30) for file TEST-FILE
    ('FILENAMEX' => ./nosubhere/FILENAMEX) on OPEN

(one line), then a blank line and `` Last statement of prog was at line 13 of prog.cob`` unless
COB_STACKTRACE is false; without ``-debug`` the position and the ``on OPEN`` are left out. The
name in quotes is the ASSIGN text, the one after ``=>`` the file it maps to (cob_chk_file_mapping:
DD_ / dd_ variables, COB_FILE_PATH), shown only when they differ (fileio.c
cob_get_filename_print).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.runtime.debugging import is_true
from idrs_sandbox.runtime.files import map_file_name
from idrs_sandbox.runtime.support import CobolRuntimeError

ENGINE_TEXT = {
    b"30": "permanent error",
    b"35": "file does not exist",
    b"37": "permission denied",
    b"41": "file already open",
    b"42": "file not open",
    b"46": "read after end of file",
    b"47": "file not open for input",
    b"48": "file not open for output",
    b"10": "end of file",
}
"""The engine's own wording (its one-line run-time error)."""

LIBCOB_TEXT = {
    10: "end of file",
    14: "key out of range",
    21: "key order not ascending",
    22: "record key already exists",
    23: "record key does not exist",
    30: "permanent file error",
    31: "inconsistent file name",
    35: "file does not exist",
    37: "permission denied",
    41: "file already open",
    42: "file not open",
    43: "READ must be executed first",
    44: "record overflow",
    46: "READ after unsuccessful READ/START",
    47: "READ/START not allowed, file not open for input",
    48: "WRITE not allowed, file not open for output",
    49: "DELETE/REWRITE not allowed, file not open for I-O",
    51: "record locked by another file connector",
    57: "LINAGE values invalid",
    61: "file sharing conflict",
    91: "runtime library is not configured for this operation",
}
"""libcob's wording, by status (common.c cob_fatal_error)."""


class FileStatusAbend(CobolRuntimeError):
    """An I/O status that stops the run; the engine's message, and libcob's."""

    def __init__(
        self,
        select: str,
        status: bytes,
        origin: Origin | None,
        shown_name: str,
        stacktrace: bool,
        program_id: str,
    ) -> None:
        meaning = ENGINE_TEXT.get(bytes(status), "I/O error")
        super().__init__(f"{meaning} (status = {status.decode()}) for file {select}", origin)
        self.select = select
        self.status = bytes(status)
        self.shown_name = shown_name
        self.stacktrace = stacktrace
        self.program_id = program_id

    def libcob_message(self, source_location: bool) -> str:
        """libcob's lines on stderr; ``source_location``: the program was built with -debug."""
        code = int(self.status.decode("latin-1")) if self.status.isdigit() else 0
        text = f"{LIBCOB_TEXT.get(code, 'unknown file error')} (status = {code:02d}) "
        text += f"for file {self.shown_name}"
        origin = self.origin
        if not source_location or origin is None:
            return f"libcob: error: {text}\n"
        verb = origin.source.line_text(origin.line)[origin.column - 1 :].split()
        statement = verb[0].upper() if verb else "?"
        message = f"libcob: {origin.file}:{origin.line}: error: {text} on {statement}\n"
        if self.stacktrace:
            message += (
                f"\n Last statement of {self.program_id} was at line {origin.line} "
                f"of {origin.file}\n"
            )
        return message


def shown_file_name(handle: Any) -> str:
    """fileio.c cob_get_filename_print: ``SELECT ('assign')`` or ``SELECT ('assign' =>
    mapped)`` when the mapping changed the name."""
    getter = getattr(handle, "_file_name", None)
    assign = getter() if getter is not None else handle.assign
    mapped = map_file_name(assign, handle.environ) if handle.filename_mapping else assign
    if mapped != assign:
        return f"{handle.name} ('{assign}' => {mapped})"
    return f"{handle.name} ('{assign}')"


def io_error_reporter(
    handles: Iterable[Any], environ: Mapping[str, str], program_id: str
) -> Callable[[str, bytes, Origin], None]:
    """The run's ``_io_error`` (called by the generated code with the SELECT name, the status
    and the statement's position): raises FileStatusAbend with what libcob would print."""
    by_name = {handle.name: handle for handle in handles}
    # COB_STACKTRACE: libcob's default is on; the testsuite's atlocal sets it to 0
    stacktrace = is_true(environ.get("COB_STACKTRACE", "1"))

    def report(select: str, status: bytes, origin: Origin) -> None:
        handle = by_name.get(select)
        shown = shown_file_name(handle) if handle is not None else select
        raise FileStatusAbend(select, status, origin, shown, stacktrace, program_id)

    return report
