"""libcob's C API for C code called from COBOL (runtime/capi.py, runtime/libcob_shim.c).

The expected output is what the same program and C module printed when built with cobc 3.1.2
(``cobc -x prog.cob capi.c``); the test marked ``cobc`` re-checks it against the installed
compiler, the others run the legacy engine.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.cobol.directives import SourceOptions
from idrs_sandbox.runtime.capi import (
    BINARY_S9_9,
    attributes,
    field_s64,
    field_text,
    pic9_bytes,
    pic9_value,
    put_field_s64,
)
from idrs_sandbox.runtime.fields import Category, FieldType, Usage, binary, packed
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.modules import link

PROG = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. prog.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 ZONED   PIC S9(5)V99 VALUE -123.45.
       01 PACKED  PIC 9(6)V9 COMP-3 VALUE 1234.5.
       01 BIN     PIC S9(4) COMP VALUE -77.
       01 EDITED  PIC $$,$$9.99CR.
       01 ALNUM    PIC X(6) VALUE "ABC".
       01 GRP.
          05 G1   PIC X(3) VALUE "XYZ".
          05 G2   PIC 9(3) VALUE 42.
       01 BYVAL   PIC 9(4) COMP-5 VALUE 10.
       PROCEDURE DIVISION.
           MOVE -42.5 TO EDITED
           CALL "show" USING ZONED PACKED BIN EDITED ALNUM GRP
           DISPLAY ZONED " " PACKED " " BIN " " EDITED " [" ALNUM "] ["
               GRP "]"
           CALL "show" USING BY VALUE BYVAL BY CONTENT ALNUM
               BY REFERENCE OMITTED "LIT" 7
           DISPLAY BYVAL " [" ALNUM "]"
           STOP RUN.
"""

CAPI = """\
#include <stdio.h>
#include <libcob.h>

int
show (void *p1, ...)
{
  int n = cob_get_num_params ();
  int k;
  char buf[40];
  printf ("%d params\\n", n);
  for (k = 1; k <= n; k++) {
    cob_field *f = cob_get_param_field (k, "show");
    if (f == NULL) {
      printf (" %d: none\\n", k);
      continue;
    }
    printf (" %d: type %02x digits %d scale %d size %d sign %d/%d const %d/%d",
            k, cob_get_field_type (f), cob_get_field_digits (f), cob_get_field_scale (f),
            cob_get_field_size (f), cob_get_field_sign (f), cob_get_param_sign (k),
            cob_get_field_constant (f), cob_get_param_constant (k));
    printf (" str [%s] s64 %lld\\n", cob_get_field_str (f, buf, sizeof buf),
            cob_get_s64_param (k));
    if (cob_get_field_type (f) == COB_TYPE_ALPHANUMERIC) {
      cob_put_picx_param (k, "HI");
    } else if (cob_get_field_type (f) == COB_TYPE_GROUP) {
      cob_put_field_str (f, "QQQ7");
    } else {
      cob_put_s64_param (k, cob_get_s64_param (k) * 2 + 1);
    }
  }
  cob_put_s64_param (n + 1, 0);
  return 0;
}
"""

OUT = """\
6 params
 1: type 10 digits 7 scale 2 size 7 sign 1/1 const 0/0 str [-00123.45] s64 -12345
 2: type 12 digits 7 scale 1 size 4 sign 0/0 const 0/0 str [001234.5] s64 12345
 3: type 11 digits 4 scale 0 size 2 sign 1/1 const 0/0 str [-0077] s64 -77
 4: type 24 digits 6 scale 2 size 11 sign 1/1 const 0/0 str [   $42.50CR] s64 4250
 5: type 21 digits 0 scale 0 size 6 sign 0/0 const 0/0 str [ABC   ] s64 0
 6: type 01 digits 0 scale 0 size 6 sign 0/0 const 0/0 str [XYZ042] s64 2314905408199350616
-00246.89 002469.1 -0153    $85.01   [HI    ] [QQQ7  ]
5 params
 1: type 1b digits 4 scale 0 size 2 sign 0/0 const 0/0 str [00010] s64 10
 2: type 21 digits 0 scale 0 size 6 sign 0/0 const 4096/4096 str [HI    ] s64 0
 3: none
 4: type 21 digits 0 scale 0 size 3 sign 0/0 const 4096/4096 str [LIT] s64 0
 5: type 1b digits 9 scale 0 size 4 sign 1/1 const 4096/4096 str [+000000007] s64 7
00021 [HI    ]
"""
"""cobc 3.1.2: types, digits, scale, sign and the CONSTANT flag's own value (4096) of each
operand; DISPLAY text; unscaled values; puts into DISPLAY, COMP-3, COMP, edited, X, a group and
a BY VALUE item (it changes the caller's item); BY CONTENT and literals constant."""

WARNINGS = [
    "libcob: warning: cob_put_s64_param: parameter 7 is not within range of 6",
    "libcob: warning: cob_put_picx_param: attempt to over-write constant parameter 2 with 'HI'",
    "libcob: warning: show: parameter 3 is NULL",
    "libcob: warning: cob_put_picx_param: attempt to over-write constant parameter 4 with 'HI'",
    "libcob: warning: cob_put_s64_param: attempt to over-write constant parameter 5 with 15",
    "libcob: warning: cob_put_s64_param: parameter 6 is not within range of 5",
]


def run_legacy(folder: Path, located: bool = False) -> tuple[str, str, int]:
    (folder / "prog.cob").write_text(PROG)
    (folder / "capi.c").write_text(CAPI)
    program = LegacyProgram.from_file(folder / "prog.cob")
    program.linked = link([folder / "capi.c"])
    program.source_location = located
    stdout, stderr = io.BytesIO(), io.BytesIO()
    rc = program.run(RunStreams(stdout, stderr, {}, folder))
    return stdout.getvalue().decode(), stderr.getvalue().decode(), rc


def test_c_code_reads_and_writes_operands_through_libcobs_api(tmp_path: Path, shim: Path) -> None:
    assert run_legacy(tmp_path) == (OUT, "".join(f"{line}\n" for line in WARNINGS), 0)


def test_a_program_built_with_debug_names_the_call_in_warnings(tmp_path: Path, shim: Path) -> None:
    _, stderr, _ = run_legacy(tmp_path, located=True)
    lines = stderr.splitlines()
    assert lines[0] == WARNINGS[0].replace("libcob: ", "libcob: prog.cob:16: ")
    assert lines[1] == WARNINGS[1].replace("libcob: ", "libcob: prog.cob:19: ")


def test_cobc_prints_the_same(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "prog.cob").write_text(PROG)
    (tmp_path / "capi.c").write_text(CAPI)
    subprocess.run([cobc, "-x", "prog.cob", "capi.c"], cwd=tmp_path, check=True)
    done = subprocess.run(["./prog"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert (done.stdout, done.stderr.splitlines(), done.returncode) == (OUT, WARNINGS, 0)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (b"00123", 123),
        (b"0012s", -123),  # ASCII overpunch of the last digit
        (b"  512.77-", -51277),  # an edited item: its digits and a '-' anywhere
        (b"-1,234.5", -12345),
        (b"  12.50 ", 1250),
    ],
)
def test_pic9_values_read_as_libcob_reads_them(raw: bytes, value: int) -> None:
    assert pic9_value(raw) == value


@pytest.mark.parametrize(
    ("value", "size", "raw"),
    [(123, 5, b"00123"), (-123, 5, b"0012s"), (123456, 4, b"3456"), (0, 3, b"000")],
)
def test_pic9_bytes_are_written_as_libcob_writes_them(value: int, size: int, raw: bytes) -> None:
    assert pic9_bytes(value, size) == raw


def test_binary_and_packed_values_round_trip_unscaled() -> None:
    comp = binary(4, 0, signed=True)
    raw = put_field_s64(comp, bytes(2), -77)
    assert (raw, field_s64(comp, raw)) == (b"\xff\xb3", -77)
    comp3 = packed(7, 1)
    raw = put_field_s64(comp3, bytes(4), 24691)
    assert (raw.hex(), field_s64(comp3, raw), field_text(comp3, raw)) == (
        "0024691f",
        24691,
        b"002469.1",
    )


def test_attributes_follow_libcobs_types_and_flags() -> None:
    comp5 = FieldType(Category.NUMERIC, 2, Usage.NATIVE, 4, 0, False)
    found = attributes(comp5, constant=False)
    assert (found.type, found.digits, found.flags) == (0x11, 4, 0x40)  # REAL_BINARY
    found = attributes(binary(4, 0, signed=True), constant=True)
    assert (found.type, found.flags) == (0x11, 0x1000 | 0x20 | 0x01)  # CONSTANT, SWAP, SIGN
    assert field_text(BINARY_S9_9, (2560).to_bytes(4, "little")) == b"+000002560"


EBCDIC_PROG = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. prog.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WS-POS  PIC S9(4) VALUE 1234.
       01 WS-NEG  PIC S9(4) VALUE -1234.
       01 EDITED  PIC ZZ9.99CR.
       01 UNS     PIC 9(3) VALUE 12.
       01 UNSX REDEFINES UNS PIC X(3).
       PROCEDURE DIVISION.
           MOVE -42.5 TO EDITED
           MOVE "12J" TO UNSX
           CALL "s64" USING WS-POS WS-NEG EDITED UNS
           DISPLAY WS-POS " " WS-NEG " " UNSX
           STOP RUN.
"""

EBCDIC_C = """\
#include <stdio.h>
#include <libcob.h>

int
s64 (void *p1, ...)
{
  int k;
  for (k = 1; k <= cob_get_num_params (); k++) {
    printf ("%d: %lld\\n", k, cob_get_s64_param (k));
  }
  cob_put_s64_param (1, -567);
  cob_put_s64_param (2, 89);
  cob_put_s64_param (4, -3);
  return 0;
}
"""

EBCDIC_OUT = "1: 1234\n2: -1234\n3: -42509\n4: -121\n-0567 +0089 00L\n"
"""cobc 3.1.2, -fsign=EBCDIC: cob_get_s64_pic9 reads the last byte as { A-I / } J-R (the edited
item's 'CR' ends in R: -9), cob_put_s64_pic9 punches the last digit for either sign."""


def test_c_code_reads_and_writes_ebcdic_signs_as_libcob(tmp_path: Path, shim: Path) -> None:
    (tmp_path / "prog.cob").write_text(EBCDIC_PROG)
    (tmp_path / "s64.c").write_text(EBCDIC_C)
    options = SourceOptions.from_cobc_arguments(["-fsign=EBCDIC"])
    program = LegacyProgram.from_file(tmp_path / "prog.cob", options=options)
    program.linked = link([tmp_path / "s64.c"])
    stdout, stderr = io.BytesIO(), io.BytesIO()
    rc = program.run(RunStreams(stdout, stderr, {}, tmp_path))
    assert (stdout.getvalue().decode(), stderr.getvalue(), rc) == (EBCDIC_OUT, b"", 0)


def test_cobc_reads_and_writes_the_same_ebcdic_signs(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "prog.cob").write_text(EBCDIC_PROG)
    (tmp_path / "s64.c").write_text(EBCDIC_C)
    build = [cobc, "-x", "-fsign=EBCDIC", "prog.cob", "s64.c"]
    subprocess.run(build, cwd=tmp_path, check=True)
    done = subprocess.run(["./prog"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert (done.stdout, done.stderr, done.returncode) == (EBCDIC_OUT, "", 0)


@pytest.mark.parametrize(
    ("raw", "ebcdic", "value"),
    [
        (b"12-3+", False, 123),  # a last '+' makes it positive again
        (b"12\xb3", False, 123),  # low six bits a digit, bit 0x40 clear: positive
        (b"12\xf3", False, -123),  # bit 0x40 set: negative
        (b"12}", True, -120),
        (b"12s", True, 12),  # under EBCDIC signs an ASCII overpunch is not read
        (b"", False, 0),
    ],
)
def test_pic9_last_bytes_read_as_libcob_reads_them(raw: bytes, ebcdic: bool, value: int) -> None:
    assert pic9_value(raw, ebcdic) == value
