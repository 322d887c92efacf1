"""CALL of modules: other COBOL sources found as libcob finds modules, and C functions.

The expected outputs are what cobc 3.1.2 printed for the same sources (``cobc -x PROG.cob
cmod.c``, ``cobc -m``); the tests marked ``cobc`` re-check them against the installed compiler.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from idrs_sandbox.cli.main import cli
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
from idrs_sandbox.runtime.modules import ModuleBuildError, build_c_module, link
from idrs_sandbox.runtime.support import CobolRuntimeError

CPROG = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. CPROG.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WS-TEXT  PIC X(10) VALUE "HELLO".
       01 WS-COUNT PIC S9(9) COMP-5 VALUE 41.
       01 WS-COPY  PIC X(3) VALUE "ABC".
       01 WS-N     PIC S9(9) COMP-5 VALUE 21.
       01 WS-R     PIC S9(9) VALUE 0.
       PROCEDURE DIVISION.
           DISPLAY "BEFORE"
           CALL "cfill" USING WS-TEXT WS-COUNT BY CONTENT WS-COPY
           DISPLAY "AFTER " WS-TEXT " " WS-COUNT " " WS-COPY " "
               RETURN-CODE
           CALL "twice" USING BY VALUE WS-N RETURNING WS-R
           DISPLAY "TWICE " WS-R " " RETURN-CODE
           CALL "hexes" USING BY CONTENT 1 BY CONTENT -2
               BY CONTENT LENGTH OF WS-TEXT
           CALL "nosuch" ON EXCEPTION DISPLAY "NO NOSUCH" END-CALL
           MOVE 0 TO RETURN-CODE
           STOP RUN.
"""

CMOD = """\
#include <stdio.h>
#include <string.h>

int
cfill (char *text, int *count, char *copy)
{
  printf ("C SEES %.5s %d %.3s\\n", text, *count, copy);
  memcpy (text, "FROM C", 6);
  *count += 1;
  copy[0] = 'Z';
  return 7;
}

int
twice (int n)
{
  printf ("C TWICE %d\\n", n);
  return n * 2;
}

int
hexes (unsigned char *a, unsigned char *b, unsigned char *c)
{
  unsigned char *all[3] = {a, b, c};
  for (int i = 0; i < 3; i++)
    printf ("%02x%02x%02x%02x ", all[i][0], all[i][1], all[i][2], all[i][3]);
  printf ("\\n");
  return 0;
}
"""

CPROG_OUT = (
    b"BEFORE\n"
    b"C SEES HELLO 41 ABC\n"
    b"AFTER FROM C     +0000000042 ABC +000000007\n"
    b"C TWICE 21\n"
    b"TWICE +000000042 +000000007\n"
    b"01000000 feffffff 0a000000 \n"
    b"NO NOSUCH\n"
)
"""cobc 3.1.2: BY REFERENCE changed by C, BY CONTENT not; the C result is RETURN-CODE, or goes
to RETURNING (RETURN-CODE kept); literals and LENGTH OF arrive as native ints; printf output
in program order with DISPLAY."""

CALLER = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. caller.
       PROCEDURE DIVISION.
           CALL "{name}" ON EXCEPTION DISPLAY "NOT FOUND" END-CALL
           CALL "{name}" ON EXCEPTION DISPLAY "NOT FOUND" END-CALL
           STOP RUN.
"""

CALLEE = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. {name}.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N PIC 9 VALUE 0.
       PROCEDURE DIVISION.
           ADD 1 TO N
           DISPLAY "{name} " N
           GOBACK.
"""


def run(
    program: LegacyProgram, cwd: Path, environ: dict[str, str] | None = None
) -> tuple[bytes, bytes, int]:
    stdout, stderr = io.BytesIO(), io.BytesIO()
    rc = program.run(RunStreams(stdout, stderr, environ or {}, cwd))
    return stdout.getvalue(), stderr.getvalue(), rc


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """C sources linked into a run are built under XDG_CACHE_HOME: kept inside the test."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


def test_a_linked_c_source_is_called_as_cobc_calls_it(tmp_path: Path, cache: Path) -> None:
    (tmp_path / "cprog.cob").write_text(CPROG)
    (tmp_path / "cmod.c").write_text(CMOD)
    program = LegacyProgram.from_file(tmp_path / "cprog.cob")
    program.linked = link([tmp_path / "cmod.c"])
    assert run(program, tmp_path) == (CPROG_OUT, b"", 0)
    # built in the cache folder, nothing written next to the user's source
    assert not (tmp_path / "cmod.so").exists()
    assert len(list(cache.rglob("cmod-*.so"))) == 1


def test_a_c_module_in_the_library_path_is_found_and_a_missing_entry_stops_the_run(
    tmp_path: Path,
) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "cfill.c").write_text(CMOD)
    build_c_module(lib / "cfill.c")
    source = tmp_path / "prog.cob"
    source.write_text(
        CALLER.replace('"{name}" ON', '"cfill" USING "HELLO " 1 "ABC"\n           ON')
    )
    program = LegacyProgram.from_file(source)
    stdout, _, rc = run(program, tmp_path, {"COB_LIBRARY_PATH": str(lib)})
    assert (stdout.splitlines()[0], rc) == (b"C SEES HELLO 1 ABC", 7)  # its result
    # a module file named after the CALL that lacks the entry: libcob's error, status 1
    (lib / "module.c").write_text("int some (void) { return 0; }\n")
    build_c_module(lib / "module.c")
    source.write_text(CALLER.format(name="module").replace(' ON EXCEPTION DISPLAY "NOT FOUND"', ""))
    program = LegacyProgram.from_file(source)
    assert run(program, tmp_path, {"COB_LIBRARY_PATH": str(lib)}) == (
        b"",
        b"libcob: error: entry point 'module' not found\n",
        1,
    )


def test_c_code_using_libcob_is_refused_when_built(tmp_path: Path) -> None:
    source = tmp_path / "uses.c"
    source.write_text("int cob_get_int (void *);\nint uses (void *f) { return cob_get_int (f); }\n")
    with pytest.raises(ModuleBuildError, match="cob_get_int"):
        build_c_module(source)


@pytest.mark.parametrize("where", ["library path", "current folder"])
def test_a_cobol_module_is_found_by_its_file_name_and_keeps_its_storage(
    tmp_path: Path, where: str
) -> None:
    main, run_dir, lib = tmp_path / "src", tmp_path / "run", tmp_path / "lib"
    for folder in (main, run_dir, lib):
        folder.mkdir()
    (main / "caller.cob").write_text(CALLER.format(name="sub1"))
    module_dir = lib if where == "library path" else run_dir
    (module_dir / "sub1.cob").write_text(CALLEE.format(name="sub1"))
    program = LegacyProgram.from_file(main / "caller.cob")
    environ = {"COB_LIBRARY_PATH": str(lib)}
    assert run(program, run_dir, environ) == (b"sub1 1\nsub1 2\n", b"", 0)
    # without the library path the module in lib/ is not found
    if where == "library path":
        assert run(program, run_dir) == (b"NOT FOUND\nNOT FOUND\n", b"", 0)


def test_cob_load_case_folds_the_module_file_name(tmp_path: Path) -> None:
    (tmp_path / "caller.cob").write_text(CALLER.format(name="sub1"))
    (tmp_path / "SUB1.cob").write_text(CALLEE.format(name="sub1"))
    program = LegacyProgram.from_file(tmp_path / "caller.cob")
    assert run(program, tmp_path)[0] == b"NOT FOUND\nNOT FOUND\n"
    assert run(program, tmp_path, {"COB_LOAD_CASE": "UPPER"})[0] == b"sub1 1\nsub1 2\n"


def test_cob_pre_load_makes_every_program_of_a_module_file_callable(tmp_path: Path) -> None:
    (tmp_path / "caller.cob").write_text(CALLER.format(name="inner"))
    (tmp_path / "holder.cob").write_text(CALLEE.format(name="inner"))
    program = LegacyProgram.from_file(tmp_path / "caller.cob")
    assert run(program, tmp_path)[0] == b"NOT FOUND\nNOT FOUND\n"
    assert run(program, tmp_path, {"COB_PRE_LOAD": "holder"})[0] == b"inner 1\ninner 2\n"


def test_the_cli_builds_a_c_module_and_runs_with_a_module_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: Path
) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "sub1.cob").write_text(CALLEE.format(name="sub1"))
    (tmp_path / "caller.cob").write_text(CALLER.format(name="sub1"))
    (tmp_path / "cmod.c").write_text(CMOD)
    (tmp_path / "cprog.cob").write_text(CPROG)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COB_LIBRARY_PATH", raising=False)
    runner = CliRunner()
    built = runner.invoke(cli, ["cobol", "module", "cmod.c"])
    assert built.exit_code == 0 and (tmp_path / "cmod.so").is_file()
    ran = runner.invoke(cli, ["cobol", "run", "caller.cob", "-L", "lib"])
    assert (ran.exit_code, ran.stdout) == (0, "sub1 1\nsub1 2\n")
    ran = runner.invoke(cli, ["cobol", "run", "cprog.cob", "--link", "cmod.c"])
    assert (ran.exit_code, ran.stdout.encode()) == (0, CPROG_OUT)


@pytest.mark.cobc
def test_cobc_prints_the_same(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "cprog.cob").write_text(CPROG)
    (tmp_path / "cmod.c").write_text(CMOD)
    subprocess.run([cobc, "-x", "cprog.cob", "cmod.c"], cwd=tmp_path, check=True)
    done = subprocess.run(["./cprog"], cwd=tmp_path, capture_output=True, check=False)
    assert (done.stdout, done.stderr, done.returncode) == (CPROG_OUT, b"", 0)
    (tmp_path / "prog.cob").write_text(
        CALLER.format(name="module").replace(' ON EXCEPTION DISPLAY "NOT FOUND"', "")
    )
    (tmp_path / "module.c").write_text("int some (void) { return 0; }\n")
    subprocess.run([cobc, "-m", "module.c"], cwd=tmp_path, check=True)
    subprocess.run([cobc, "-x", "prog.cob"], cwd=tmp_path, check=True)
    done = subprocess.run(["./prog"], cwd=tmp_path, capture_output=True, check=False)
    assert (done.stdout, done.stderr, done.returncode) == (
        b"",
        b"libcob: error: entry point 'module' not found\n",
        1,
    )


SETS_RC = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. setrc.
       PROCEDURE DIVISION RETURNING OMITTED.
           MOVE 43 TO RETURN-CODE
           GOBACK.
"""

RC_CALLER = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. rccaller.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 R PIC 99.
       PROCEDURE DIVISION.
           MOVE 42 TO RETURN-CODE
           CALL STATIC "setrc" RETURNING NOTHING
           DISPLAY RETURN-CODE
           CALL "setrc" RETURNING R
           DISPLAY RETURN-CODE " " R
           CALL "setrc"
           DISPLAY RETURN-CODE
           STOP RUN.
"""


def test_a_module_result_goes_to_return_code_unless_the_call_says_returning(
    tmp_path: Path,
) -> None:
    # testsuite 'CALL RETURNING', 'void PROCEDURE, NOTHING return' (cobc 3.1.2): a program of
    # another file has its own RETURN-CODE and returns it as its result
    (tmp_path / "setrc.cob").write_text(SETS_RC)
    (tmp_path / "rccaller.cob").write_text(RC_CALLER)
    program = LegacyProgram.from_file(tmp_path / "rccaller.cob")
    assert run(program, tmp_path) == (
        b"+000000042\n+000000042 43\n+000000043\n",
        b"",
        43,
    )


@pytest.mark.cobc
def test_cobc_returns_the_same_return_codes(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "setrc.cob").write_text(SETS_RC)
    (tmp_path / "rccaller.cob").write_text(RC_CALLER)
    subprocess.run([cobc, "-x", "rccaller.cob", "setrc.cob"], cwd=tmp_path, check=True)
    done = subprocess.run(["./rccaller"], cwd=tmp_path, capture_output=True, check=False)
    assert (done.stdout, done.stderr, done.returncode) == (
        b"+000000042\n+000000042 43\n+000000043\n",
        b"",
        43,
    )


MODENT = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. modent.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N PIC 9 VALUE 0.
       LINKAGE SECTION.
       01 L PIC X(3).
       PROCEDURE DIVISION.
           ADD 1 TO N
           DISPLAY "MAIN " N
           GOBACK.
       ENTRY "second" USING L.
           ADD 1 TO N
           DISPLAY "SECOND " N " " L
           MOVE "XYZ" TO L
           GOBACK.
"""

ENTCALL = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. entcall.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 T PIC X(3) VALUE "ABC".
       PROCEDURE DIVISION.
           CALL "modent"
           CALL "second" USING T
           DISPLAY T
           CALL "second" USING T
           STOP RUN.
"""

ENTRY_OUT = b"MAIN 1\nSECOND 2 ABC\nXYZ\nSECOND 3 XYZ\n"
"""cobc 3.1.2 (cobc -m modent.cob): the ENTRY of a loaded module is callable, shares the
program's storage and has its own USING items."""


@pytest.mark.parametrize("where", ["module", "same file"])
def test_an_entry_starts_the_program_at_its_sentence(tmp_path: Path, where: str) -> None:
    if where == "module":
        (tmp_path / "modent.cob").write_text(MODENT)
        (tmp_path / "entcall.cob").write_text(ENTCALL)
    else:
        (tmp_path / "entcall.cob").write_text(
            ENTCALL + "       END PROGRAM entcall.\n" + MODENT + "       END PROGRAM modent.\n"
        )
    program = LegacyProgram.from_file(tmp_path / "entcall.cob")
    assert run(program, tmp_path) == (ENTRY_OUT, b"", 0)


@pytest.mark.cobc
def test_cobc_enters_the_same_way(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "modent.cob").write_text(MODENT)
    (tmp_path / "entcall.cob").write_text(ENTCALL)
    subprocess.run([cobc, "-m", "modent.cob"], cwd=tmp_path, check=True)
    subprocess.run([cobc, "-x", "entcall.cob"], cwd=tmp_path, check=True)
    done = subprocess.run(["./entcall"], cwd=tmp_path, capture_output=True, check=False)
    assert (done.stdout, done.stderr, done.returncode) == (ENTRY_OUT, b"", 0)


OMCALLEE = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. omcallee.
       DATA DIVISION.
       LINKAGE SECTION.
       01 P1 PIC X.
       01 P2 PIC X(6).
       PROCEDURE DIVISION USING P1 OPTIONAL P2.
           IF P2 IS OMITTED
              DISPLAY "NO P2"
           ELSE
              DISPLAY "P2 " P2
           END-IF
           IF P1 NOT OMITTED
              DISPLAY "P1 " P1
           END-IF
           GOBACK.
"""

OMCALLER = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. omcaller.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A PIC X VALUE "A".
       01 B PIC X(6) VALUE "BBBBBB".
       PROCEDURE DIVISION.
           CALL "omcallee" USING A
           CALL "omcallee" USING A OMITTED
           CALL "omcallee" USING A B
           STOP RUN.
"""

OMITTED_OUT = b"NO P2\nP1 A\nNO P2\nP1 A\nP2 BBBBBB\nP1 A\n"
"""cobc 3.1.2: a parameter not passed, or passed as OMITTED, is OMITTED in the callee."""


def test_an_omitted_or_missing_parameter_is_omitted(tmp_path: Path) -> None:
    (tmp_path / "omcallee.cob").write_text(OMCALLEE)
    (tmp_path / "omcaller.cob").write_text(OMCALLER)
    program = LegacyProgram.from_file(tmp_path / "omcaller.cob")
    assert run(program, tmp_path) == (OMITTED_OUT, b"", 0)


@pytest.mark.cobc
def test_cobc_omits_the_same(tmp_path: Path, cobc: str) -> None:
    (tmp_path / "omcallee.cob").write_text(OMCALLEE)
    (tmp_path / "omcaller.cob").write_text(OMCALLER)
    subprocess.run([cobc, "-m", "omcallee.cob"], cwd=tmp_path, check=True)
    subprocess.run([cobc, "-x", "omcaller.cob"], cwd=tmp_path, check=True)
    done = subprocess.run(["./omcaller"], cwd=tmp_path, capture_output=True, check=False)
    assert (done.stdout, done.stderr, done.returncode) == (OMITTED_OUT, b"", 0)


def test_using_a_parameter_that_was_not_passed_stops_the_run(tmp_path: Path) -> None:
    # cobc 3.1.2 -debug: "libcob: acc.cob:9: error: LINKAGE item 'P2' not passed by caller",
    # status 1 (without -debug the program dies of SIGSEGV); the engine always stops cleanly
    (tmp_path / "omcallee.cob").write_text(
        OMCALLEE.replace('DISPLAY "NO P2"', 'DISPLAY "NO P2" P2')
    )
    (tmp_path / "omcaller.cob").write_text(OMCALLER)
    program = LegacyProgram.from_file(tmp_path / "omcaller.cob")
    with pytest.raises(CobolRuntimeError, match="'P2'"):
        run(program, tmp_path)


EXISTS_C = """\
#include <stdio.h>

int
exists (char *name)
{
  FILE *f = fopen (name, "r");
  if (f == NULL)
    return 1;
  fclose (f);
  return 0;
}
"""

EXISTS_PROG = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. existsp.
       PROCEDURE DIVISION.
           CALL "exists" USING "./here.txt"
           DISPLAY RETURN-CODE
           CALL "exists" USING "./nothere.txt"
           DISPLAY RETURN-CODE
           MOVE 0 TO RETURN-CODE
           STOP RUN.
"""


def test_c_code_sees_a_literal_as_a_c_string_in_the_runs_folder(
    tmp_path: Path, cache: Path
) -> None:
    # testsuite 'Default file external name': fopen ("./file1") of a literal passed BY
    # REFERENCE, relative to the folder the program runs in
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "here.txt").write_text("x")
    (tmp_path / "exists.c").write_text(EXISTS_C)
    (tmp_path / "existsp.cob").write_text(EXISTS_PROG)
    program = LegacyProgram.from_file(tmp_path / "existsp.cob")
    program.linked = link([tmp_path / "exists.c"])
    assert run(program, run_dir) == (b"+000000000\n+000000001\n", b"", 0)
