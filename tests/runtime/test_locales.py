"""The locale functions (runtime/locales.py) under the environment's locale variables, against
cobc 3.1.2 (probe ``functions_locale`` holds the values; this machine has the C, POSIX and
C.UTF-8 locales only, and a missing locale leaves everything "C", as glibc's setlocale fails)."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pytest

from idrs_sandbox.runtime import locales
from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. loc.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 NAMED PIC X(12) VALUE "nowhere_XX".
       PROCEDURE DIVISION.
           DISPLAY "[" FUNCTION CURRENCY-SYMBOL "]"
           DISPLAY "[" FUNCTION MONETARY-DECIMAL-POINT "]"
           DISPLAY "[" FUNCTION NUMERIC-DECIMAL-POINT "]"
           DISPLAY "[" FUNCTION LOCALE-DATE ("20240229" NAMED) "]"
           DISPLAY "[" FUNCTION LOCALE-TIME-FROM-SECONDS (45296) "]"
           DISPLAY "[" FUNCTION LOCALE-COMPARE ("abc  " "abc") "]"
           DISPLAY "[" FUNCTION LOCALE-COMPARE ("   " " ") "]"
           DISPLAY "[" FUNCTION LOCALE-COMPARE ("Z" "a" NAMED) "]"
           STOP RUN.
"""
EXPECTED = b"[]\n[]\n[.]\n[02/29/24]\n[12:34:56]\n[=]\n[=]\n[<]\n"

ENVIRONMENTS = [
    {"LANG": "C"},
    {"LANG": "C.UTF-8"},
    {"LC_ALL": "POSIX", "LANG": "C.UTF-8"},
    {"LANG": "de_DE.UTF-8"},  # not on this machine: setlocale fails, "C" stays
    {"LC_MONETARY": "xx_YY", "LANG": "C.UTF-8"},
]


def _clean(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    return {**env, **extra}


@pytest.mark.parametrize("extra", ENVIRONMENTS)
def test_the_run_environment_chooses_the_locale(tmp_path: Path, extra: dict[str, str]) -> None:
    source = tmp_path / "loc.cbl"
    source.write_text(PROGRAM)
    stdout = io.BytesIO()
    LegacyProgram.from_file(source).run(RunStreams(stdout, io.BytesIO(), _clean(extra), tmp_path))
    assert stdout.getvalue() == EXPECTED


@pytest.mark.parametrize("extra", ENVIRONMENTS)
def test_cobc_gives_the_same(cobc: str, tmp_path: Path, extra: dict[str, str]) -> None:
    (tmp_path / "loc.cbl").write_text(PROGRAM)
    subprocess.run([cobc, "-x", "-o", "loc", "loc.cbl"], cwd=tmp_path, check=True)
    done = subprocess.run(["./loc"], cwd=tmp_path, env=_clean(extra), capture_output=True)
    assert done.stdout == EXPECTED


def test_a_missing_locale_anywhere_leaves_every_category_c() -> None:
    assert locales.run_locale({"LANG": "C.UTF-8"}, "LC_TIME") == "C.UTF-8"
    assert locales.run_locale({"LC_ALL": "POSIX", "LANG": "C.UTF-8"}, "LC_TIME") == "POSIX"
    assert locales.run_locale({"LANG": "C.UTF-8", "LC_MONETARY": "xx_YY"}, "LC_TIME") == "C"
    assert locales.run_locale({}, "LC_COLLATE") == "C"
