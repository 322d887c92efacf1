"""The byte-stream routines (runtime/bytestreams.py) where a probe cannot show them: the
descriptors a run opens never outlive it, a handle the run did not open is never touched, and
a count past the buffer is refused (probe byte_stream_files checks the results cobc gives)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from idrs_sandbox.errors import IdrsError
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. LEAVEOPEN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 FNAME        PIC X(20) VALUE "left.dat".
       01 FHANDLE      PIC X(4)   COMP-X.
       01 OTHER        PIC X(4)   COMP-5 VALUE {other}.
       01 OFFSET       PIC X(8)   COMP-X VALUE 0.
       01 NBYTES       PIC X(4)   COMP-X VALUE {count}.
       01 BUFFER       PIC X(4)   VALUE "ABCD".
       PROCEDURE DIVISION.
           CALL "CBL_CREATE_FILE" USING FNAME 2 0 0 FHANDLE
           CALL "CBL_WRITE_FILE" USING FHANDLE OFFSET NBYTES 0 BUFFER
           DISPLAY "write " RETURN-CODE
           CALL "CBL_CLOSE_FILE" USING OTHER
           DISPLAY "close other " RETURN-CODE
           STOP RUN.
"""


def _run(tmp_path: Path, other: int, count: int) -> tuple[str, RunStreams]:
    source = tmp_path / "leave.cbl"
    source.write_text(PROGRAM.format(other=other, count=count))
    stdout = io.BytesIO()
    streams = RunStreams(stdout, io.BytesIO(), {}, tmp_path)
    LegacyProgram.from_file(source).run(streams)
    return stdout.getvalue().decode(), streams


def test_a_file_left_open_is_closed_when_the_run_ends(tmp_path: Path) -> None:
    before = set(os.listdir("/proc/self/fd"))
    shown, streams = _run(tmp_path, 1, 4)
    assert shown == "write +000000000\nclose other -000000001\n"
    assert streams.byte_files == {}
    assert set(os.listdir("/proc/self/fd")) <= before
    assert (tmp_path / "left.dat").read_bytes() == b"ABCD"


def test_a_handle_the_run_did_not_open_is_never_closed(tmp_path: Path) -> None:
    # handle 1 is this process's stdout: libcob would close it, the engine answers -1
    shown, _ = _run(tmp_path, 1, 4)
    assert "close other -000000001" in shown
    os.fstat(1)  # still open


def test_a_count_past_the_buffer_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IdrsError, match="CBL_WRITE_FILE of 9 bytes with a buffer of 4 bytes"):
        _run(tmp_path, 1, 9)
