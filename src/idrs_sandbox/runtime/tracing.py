"""The trace of a program compiled with it: ``idrs cobol run --trace`` / ``--trace-statements``
(the engine's own lines, ``TRACE file:line: ...`` on stderr), or a program built as with
``cobc -ftrace`` / ``-ftraceall`` (the conformance harness), whose trace is libcob 3.1.2's
(common.c cob_trace_*), measured with cobc:

- it goes to the file COB_TRACE_FILE names (created, or appended to when the name starts with
  ``+``), else to stderr;
- each line is COB_TRACE_FORMAT (default ``%P %S Line: %L``) with ``%P`` ``Program-Id:  prog``
  (padded to 16 unless last), ``%I`` the program's name, ``%S`` what happened (padded to 42
  unless last), ``%L`` the source line (``%6u``), ``%F`` ``Source: file``;
- what happened: ``    Entry: prog`` at the PROCEDURE DIVISION line when the run starts,
  ``  Section: NAME``, ``Paragraph: NAME``, and with -ftraceall each statement as cobc names it
  (``           MOVE``, ``STOP RUN``, ``GO TO``, ``CONTINUE``) and ``WHEN`` at the line of an
  EVALUATE's WHEN taken;
- a line ``Source: 'prog.cob'`` comes first, and again whenever the file changes (a COPY book),
  and ``Program-Id:  prog`` whenever the program changes.

READY TRACE / RESET TRACE and COB_SET_TRACE turn it on and off (the ``switch``). Known
differences: no ``Exit:`` line (libcob writes one when a program returns with GOBACK or EXIT
PROGRAM), programs reached by CALL are not traced, and a section's line is written only when the
section has statements before its first paragraph (tests/runtime/test_tracing.py compares a
program's whole trace file with cobc's).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

DEFAULT_FORMAT = "%P %S Line: %L"

# cobc parser.y begin_statement: the statement names that are two words
TWO_WORDS = {"STOP": "RUN", "GO": "TO", "NEXT": "SENTENCE", "READY": "TRACE", "RESET": "TRACE"}


def statement_name(text: str) -> str:
    """The name cobc's trace gives a statement, from its source text (``STOP RUN``)."""
    words = text.replace(".", " ").split()
    if not words:
        return ""
    first = words[0].upper()
    second = TWO_WORDS.get(first)
    if second is not None and len(words) > 1 and words[1].upper() == second:
        return f"{first} {second}"
    return first


class Tracer:
    """``_trace`` of a traced program's namespace: the generated code calls it with what
    happened (``"P"`` a paragraph, ``"S"`` a section, ``"T"`` a statement)."""

    def __init__(
        self,
        stderr_write: Callable[[bytes], Any],
        switch: list[bool],
        program_id: str,
        libcob_environ: Mapping[str, str] | None = None,
    ) -> None:
        self.stderr_write = stderr_write
        self.switch = switch
        self.program_id = program_id
        self.libcob = libcob_environ is not None
        environ = libcob_environ or {}
        self.file_name = environ.get("COB_TRACE_FILE") or None
        self.format = environ.get("COB_TRACE_FORMAT") or DEFAULT_FORMAT
        self.cwd = Path(environ.get("_CWD", "."))
        """The run's folder: a relative COB_TRACE_FILE is found from there."""
        self.handle: IO[bytes] | None = None
        self.last_source: str | None = None
        self.last_program: str | None = None

    def __call__(self, kind: str, file: str, line: int, name: str, text: str = "") -> None:
        if not self.switch[0]:
            return
        if not self.libcob:
            shown = f"  {text}" if kind == "T" else name
            self.stderr_write(f"TRACE {file}:{line}: {shown}\n".encode())
            return
        if kind == "T":
            verb = statement_name(text)
            if not verb:
                return
            self._libcob(file, line, f"           {verb}")
        elif kind == "S":
            self._libcob(file, line, f"  Section: {name}")
        elif kind == "E":
            self._libcob(file, line, f"    Entry: {name}")
        else:
            self._libcob(file, line, f"Paragraph: {name}")

    def entry(self, file: str, line: int) -> None:
        """The run starts in the program's PROCEDURE DIVISION (libcob cob_trace_entry)."""
        if self.libcob:
            self("E", file, line, self.program_id)

    def _libcob(self, file: str, line: int, what: str) -> None:
        out = bytearray()
        if file != self.last_source:
            self.last_source = file
            out += f"Source: '{file}'\n".encode("latin-1")
        if self.program_id != self.last_program:
            self.last_program = self.program_id
            out += f"Program-Id:  {self.program_id}\n".encode("latin-1")
        out += self._formatted(file, line, what).encode("latin-1") + b"\n"
        self._write(bytes(out))

    def _formatted(self, file: str, line: int, what: str) -> str:
        """libcob cob_trace_print: the format's % letters replaced (case-insensitive)."""
        fmt = self.format
        last = len(fmt) - 1
        parts: list[str] = []
        index = 0
        while index < len(fmt):
            char = fmt[index]
            if char != "%":
                parts.append(char)
                index += 1
                continue
            index += 1
            letter = fmt[index].upper() if index < len(fmt) else ""
            at_end = index == last
            if letter == "P":
                shown = self.program_id if at_end else f"{self.program_id:<16}"
                parts.append(f"Program-Id:  {shown}")
            elif letter == "I":
                parts.append(self.program_id)
            elif letter == "L":
                parts.append(f"{line:6d}")
            elif letter == "S":
                parts.append(what if at_end else f"{what[:42]:<42}")
            elif letter == "F":
                parts.append(f"Source: {file}" if at_end else f"Source: {file:<31.31}")
            index += 1
        return "".join(parts)

    def _write(self, data: bytes) -> None:
        if self.file_name is None:
            self.stderr_write(data)
            return
        if self.handle is None:
            name = self.file_name
            mode = "ab" if name.startswith("+") else "wb"
            try:
                path = self.cwd / name.removeprefix("+")
                self.handle = open(path, mode)  # noqa: SIM115 (open until close)
            except OSError:  # libcob falls back to stderr
                self.file_name = None
                self.stderr_write(data)
                return
        self.handle.write(data)
        self.handle.flush()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None
