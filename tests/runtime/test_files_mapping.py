"""ASSIGN names map to files as libcob 3.1.2's cob_chk_file_mapping maps them (runtime/files.py
map_file_name): DD_NAME / dd_NAME / NAME, ``$NAME`` elements of a path, dots read as
underscores, no mapping for a name starting with a digit, COB_FILE_PATH in front. Each case
runs the same program through cobc and through the legacy engine, in folders laid out alike,
and both must create the same file."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.cobol.program import parse_program_text
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MAPPED.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT OUT-FILE ASSIGN TO "{name}" FILE STATUS IS FS.
       DATA DIVISION.
       FILE SECTION.
       FD OUT-FILE.
       01 OUT-REC PIC X(2).
       WORKING-STORAGE SECTION.
       01 FS PIC XX.
       PROCEDURE DIVISION.
           OPEN OUTPUT OUT-FILE.
           DISPLAY FS.
           CLOSE OUT-FILE.
           STOP RUN.
"""

CASES = [
    ("FILENAME", {}),
    ("FILENAME", {"DD_FILENAME": "x", "dd_FILENAME": "y", "FILENAME": "z"}),
    ("FILENAME", {"dd_FILENAME": "y", "FILENAME": "z"}),
    ("FILENAME", {"FILENAME": "z"}),
    ("$FILENAME", {"FILENAME": "z"}),
    ("a.b", {"a_b": "dotted"}),
    ("1ABC", {"1ABC": "never"}),
    ("$DIR/F", {"DIR": "sub"}),
    ("$DIR/F", {}),
    ("sub/F", {"sub": "other"}),
    ("sub/$X", {"X": "mapped"}),
    ("sub/$X", {}),
    ("sub/$X/F", {"X": "mapped"}),
    ("F", {"COB_FILE_PATH": "sub"}),
    ("sub/F", {"COB_FILE_PATH": "other"}),
]


def _layout(folder: Path) -> None:
    for name in ("sub", "other", "other/sub"):
        (folder / name).mkdir(parents=True, exist_ok=True)


def _created(folder: Path) -> list[str]:
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and path.name not in ("mapped.cbl", "mapped")
    )


@pytest.mark.parametrize(("name", "environ"), CASES, ids=[f"{n} {e}" for n, e in CASES])
def test_file_names_map_as_cobc_maps_them(
    cobc: str, tmp_path: Path, name: str, environ: dict[str, str]
) -> None:
    source = PROGRAM.format(name=name)
    by_cobc, by_legacy = tmp_path / "cobc", tmp_path / "legacy"
    for folder in (by_cobc, by_legacy):
        _layout(folder)
    (by_cobc / "mapped.cbl").write_text(source)
    subprocess.run([cobc, "-x", "mapped.cbl"], cwd=by_cobc, check=True)
    env = {"PATH": os.environ.get("PATH", ""), **environ}
    run = subprocess.run(["./mapped"], cwd=by_cobc, env=env, capture_output=True, check=True)
    program = LegacyProgram(parse_program_text(source, "mapped.cbl"))
    stdout = io.BytesIO()
    program.run(RunStreams(stdout, io.BytesIO(), env, by_legacy))
    assert stdout.getvalue() == run.stdout
    assert _created(by_legacy) == _created(by_cobc)


def test_no_filename_mapping_takes_the_name_as_written(cobc: str, tmp_path: Path) -> None:
    """``cobc -fno-filename-mapping``: no DD_ / dd_ / environment lookup at all."""
    source = PROGRAM.format(name="FILENAME")
    by_cobc, by_legacy = tmp_path / "cobc", tmp_path / "legacy"
    for folder in (by_cobc, by_legacy):
        _layout(folder)
    (by_cobc / "mapped.cbl").write_text(source)
    subprocess.run([cobc, "-x", "-fno-filename-mapping", "mapped.cbl"], cwd=by_cobc, check=True)
    env = {"PATH": os.environ.get("PATH", ""), "DD_FILENAME": "x", "FILENAME": "z"}
    subprocess.run(["./mapped"], cwd=by_cobc, env=env, capture_output=True, check=True)
    program = LegacyProgram(parse_program_text(source, "mapped.cbl"))
    program.filename_mapping = False
    program.run(RunStreams(io.BytesIO(), io.BytesIO(), env, by_legacy))
    assert _created(by_legacy) == _created(by_cobc) == ["FILENAME"]


EXTERNAL_WORDS = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MAPPED.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT ONE-FILE ASSIGN EXTERNAL DA-S-LABELED.
           SELECT TWO-FILE ASSIGN TWO-NAME.
       DATA DIVISION.
       FILE SECTION.
       FD ONE-FILE.
       01 ONE-REC PIC X(2).
       FD TWO-FILE.
       01 TWO-REC PIC X(2).
       WORKING-STORAGE SECTION.
       01 TWO-NAME PIC X(8) VALUE "from-val".
       PROCEDURE DIVISION.
           OPEN OUTPUT ONE-FILE TWO-FILE.
           CLOSE ONE-FILE TWO-FILE.
           STOP RUN.
"""


@pytest.mark.parametrize("external", [False, True], ids=["default", "assign-clause=external"])
def test_assign_words_name_files_as_cobc_does(cobc: str, tmp_path: Path, external: bool) -> None:
    """ASSIGN EXTERNAL word: the word after its last '-' (cobc drops 'labels'); a word naming
    an item: the item's value, unless built with -fassign-clause=external."""
    by_cobc, by_legacy = tmp_path / "cobc", tmp_path / "legacy"
    for folder in (by_cobc, by_legacy):
        _layout(folder)
    (by_cobc / "mapped.cbl").write_text(EXTERNAL_WORDS)
    option = ["-fassign-clause=external"] if external else []
    subprocess.run([cobc, "-x", *option, "mapped.cbl"], cwd=by_cobc, check=True)
    env = {"PATH": os.environ.get("PATH", "")}
    subprocess.run(["./mapped"], cwd=by_cobc, env=env, capture_output=True, check=True)
    program = LegacyProgram(parse_program_text(EXTERNAL_WORDS, "mapped.cbl"))
    program.assign_external = external
    program.run(RunStreams(io.BytesIO(), io.BytesIO(), env, by_legacy))
    assert _created(by_legacy) == _created(by_cobc)
