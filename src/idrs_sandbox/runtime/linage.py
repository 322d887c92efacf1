"""LINAGE: a line-sequential file written as pages, and LINAGE-COUNTER (GnuCOBOL 3.1.2).

Read from libcob's fileio.c (``lineseq_write``, ``cob_linage_write_opt``, ``cob_file_open``)
and measured with cobc 3.1.2 (probe ``linage_pages``, testsuite "LINAGE and LINAGE-COUNTER
sample"). ``FD f LINAGE IS n LINES [WITH FOOTING AT f] [LINES AT TOP t] [LINES AT BOTTOM b]``
makes the file LINE SEQUENTIAL (cobc's parser does so) and:

- OPEN OUTPUT / EXTEND sets LINAGE-COUNTER to 1; the first WRITE starts with t empty lines;
- every record is its text without trailing spaces and one LF; a plain WRITE is BEFORE
  ADVANCING 1 LINE;
- ADVANCING k LINES adds k to LINAGE-COUNTER; when it passes n, the rest of the page (n minus
  the old counter), the b bottom lines and the next page's t top lines are written as LFs and
  the counter is 1; otherwise k - 1 LFs (the record's own LF is the first);
- ADVANCING PAGE writes the rest of the page, the bottom and the next top, counter 1;
- END-OF-PAGE (only asked for by a WRITE with an AT END-OF-PAGE phrase): the counter reached
  the footing line f, or passed n; the WRITE's status stays 00 and its AT END-OF-PAGE runs;
- no form feed is ever written, and CLOSE adds nothing.

LINAGE-COUNTER is a 4-byte native unsigned integer, 0 until the OPEN.
"""

from __future__ import annotations

from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin, SourceFile
from idrs_sandbox.cobol.program import Linage, Program
from idrs_sandbox.runtime.data import DataEntry, DataModel
from idrs_sandbox.runtime.fields import binary
from idrs_sandbox.runtime.files import STATUS_OK, SequentialFile, write_status

_BUILTIN = SourceFile("<LINAGE-COUNTER>", None, ())


def add_linage_counter(model: DataModel, program: Program) -> None:
    """LINAGE-COUNTER of the program's LINAGE file, as a special register."""
    files = [f for f in program.files if f.linage is not None]
    if len(files) > 1:
        raise CobolSemanticError(
            "more than one file with LINAGE is not supported by the legacy engine",
            files[1].fd_origin,
        )
    area = model.new_area("LINAGE-COUNTER", 4, 0x00)
    ftype = binary(9, 0, signed=False, native=True)
    origin = Origin(_BUILTIN, 1, 1)
    model.special["LINAGE-COUNTER"] = DataEntry(
        "LINAGE-COUNTER", 1, origin, area, 0, 4, ftype, (), None
    )


class LinageFile(SequentialFile):
    """A line-sequential output file with a LINAGE page layout."""

    def __init__(
        self,
        name: str,
        assign: str,
        area: bytearray,
        record_size: int,
        optional: bool,
        linage: Linage,
        counter: bytearray,
    ) -> None:
        super().__init__(name, assign, True, area, record_size, optional)
        self.linage = linage
        self.counter_area = counter
        self.needs_top = False
        self.check_eop = False
        """Set by a WRITE with AT END-OF-PAGE before it writes (cobc's check_eop)."""
        self.eop = False
        """The last WRITE reached the footing or passed the page."""

    @property
    def counter(self) -> int:
        return int.from_bytes(self.counter_area[:4], "little")

    @counter.setter
    def counter(self, value: int) -> None:
        self.counter_area[:4] = (value & 0xFFFFFFFF).to_bytes(4, "little")

    def open(self, mode: str) -> bytes:
        status = super().open(mode)
        if status[:1] == b"0" and mode in ("OUTPUT", "EXTEND"):
            self.needs_top = True
            self.counter = 1
        return status

    def write(self, record: bytes) -> bytes:
        return self.write_advancing(record, True, 1)

    def write_advancing(self, record: bytes, before: bool, lines: int | None) -> bytes:
        self.eop = False
        if self.mode not in ("OUTPUT", "EXTEND") or self.handle is None:
            return b"48"
        out = bytearray()
        if self.needs_top:
            self.needs_top = False
            out += b"\n" * self.linage.top
        if not before:
            advance = self._advance(lines)
            if advance is None:
                return b"57"
            out += advance
        out += bytes(record).rstrip(b" ") + b"\n"
        if before:
            advance = self._advance(lines)
            if advance is None:
                return b"57"
            out += advance
        try:
            self._write_line(bytes(out))
        except OSError as error:
            return write_status(error)
        return STATUS_OK

    def _advance(self, lines: int | None) -> bytes | None:
        """cob_linage_write_opt: the LFs of an advance, LINAGE-COUNTER updated; None for
        status 57 (a counter of 0)."""
        linage = self.linage
        old = self.counter
        if old == 0:
            return None
        if lines is None:  # PAGE
            self.counter = 1
            return b"\n" * (max(linage.lines - old, 0) + linage.bottom + linage.top)
        new = old + lines
        self.counter = new
        if self.check_eop and linage.footing and new >= linage.footing:
            self.eop = True
        if new > linage.lines:
            self.eop = self.eop or self.check_eop
            self.counter = 1
            return b"\n" * (max(linage.lines - old, 0) + linage.bottom + linage.top)
        return b"\n" * max(lines - 1, 0)
