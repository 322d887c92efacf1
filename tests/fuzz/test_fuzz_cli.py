"""The fuzz corpus: every ``idrs`` entry point driven with malformed inputs and arguments.

Each test draws, with Hypothesis, malformed bytes (flipped, cut, doubled, random) for the files a
command reads, or malformed argument lists, runs the command through click's CliRunner in a fresh
folder, and holds it to the CLI's promise (docs/fuzz.md):

- no Python traceback, whatever the input;
- an error is ONE line ``Error: ...`` on stderr (a COBOL source error adds its source line and a
  caret), naming the file and, for a record, the record number, the byte (counted from 1) and
  the field, or for COBOL source the ``FILE:LINE:COL``;
- the exit status is one the command documents.

Budget: every test draws ``BUDGET[profile]`` cases (dev 6, ci 24, nightly 1,000; 15 tests), so
the ci profile runs a few hundred cases and the nightly profile more than 10,000. Under dev and
ci the draws are derandomized (the same cases every run: a failure is a bug, never the luck of the
draw); the nightly profile draws at random to find new ones. Cases that crash in another owner's
code are pinned below as ``xfail(strict=True)`` with the owner's name (docs/fuzz.md).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rulebook
from idrs_sandbox.cli.main import cli
from idrs_sandbox.datagen import generate_run
from idrs_sandbox.engines.base import OUTPUT_DDNAMES
from idrs_sandbox.paths import copybook_dir

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "dev")
BUDGET = {"dev": 6, "ci": 24, "nightly": 1_000}.get(PROFILE, 6)
"""Cases per fuzz test; 15 tests (run counts once per engine): ci 360 cases, nightly 15,000."""

fuzz = settings(
    max_examples=BUDGET,
    derandomize=PROFILE != "nightly",
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)

COPYBOOKS = rulebook.RECORD_LENGTHS
RECORD_LENGTHS = {dd: COPYBOOKS[copybook] for dd, copybook in rulebook.INPUT_COPYBOOKS.items()}
ERROR_LINE = re.compile(r"^Error: ", re.MULTILINE)
WHERE_IN_SOURCE = re.compile(r"\S+:\d+:\d+: ")
WHERE_IN_RECORD = re.compile(r"record [\d,]+, byte [\d,]+, field [A-Z0-9-]+(\(\d+\))*: ")


# --- the promise ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str

    @property
    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if ERROR_LINE.match(line)]


def invoke(args: Sequence[str], cwd: Path) -> Outcome:
    """Run ``idrs ARGS`` in ``cwd`` through CliRunner; a traceback fails the test at once."""
    with _cwd(cwd):
        result: Result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"idrs {' '.join(map(repr, args))} raised") from result.exception
    outcome = Outcome(result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in outcome.stdout + outcome.stderr, outcome
    return outcome


@contextmanager
def _cwd(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def check(
    outcome: Outcome,
    *,
    ok: Sequence[int],
    error_codes: Sequence[int] = (1, 2),
    names: Sequence[str] = (),
    where: re.Pattern[str] | None = None,
) -> None:
    """No error and an ``ok`` status; or exactly one ``Error:`` line, an ``error_codes`` status,
    the line naming one of ``names`` (when given) and matching ``where`` (when given)."""
    errors = outcome.errors
    if not errors:
        # A group called without its command shows its usage and exits 2 (click's rule).
        shown_usage = outcome.code == 2 and "Usage:" in outcome.stdout + outcome.stderr
        assert outcome.code in ok or shown_usage, outcome
        return
    assert len(errors) == 1, outcome
    assert outcome.code in error_codes, outcome
    line = errors[0]
    assert len(line) > len("Error: ") + 5, outcome
    if names:
        assert any(name in line for name in names), (names, outcome)
    if where is not None:
        assert where.search(line), (where.pattern, outcome)


# --- malformed bytes ------------------------------------------------------------------------


@st.composite
def corrupted(draw: st.DrawFn, clean: bytes, record_length: int) -> bytes:
    """``clean`` with one malformation: bytes overwritten in a field-sized run (spaces, X'00',
    X'FF', letters, any byte), a cut (a half-written record), a doubled record, or random bytes."""
    kind = draw(st.sampled_from(["overwrite", "cut", "double", "random", "empty", "extend"]))
    data = bytearray(clean)
    if kind == "random" or not data:
        return draw(st.binary(max_size=3 * record_length))
    if kind == "empty":
        return b""
    if kind == "cut":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    if kind == "double":
        at = draw(st.integers(0, max(len(data) // record_length - 1, 0))) * record_length
        return bytes(data[: at + record_length] + data[at:])
    if kind == "extend":
        return bytes(data) + draw(st.binary(min_size=1, max_size=record_length))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data) - 1))
        fill = draw(
            st.sampled_from([b" ", b"\x00", b"\xff", b"A", b"Z", b"-", b"+", b"\x0a", b"\x9c"])
            | st.binary(min_size=1, max_size=1)
        )
        width = draw(st.integers(1, 12))
        data[at : at + width] = (fill * width)[: len(data[at : at + width])]
    return bytes(data)


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small valid run folder: 6 accounts, 24 cards (seed 3)."""
    folder = tmp_path_factory.mktemp("clean") / "week"
    generate_run(folder, 6, 24, 3)
    return folder


@pytest.fixture(scope="module")
def clean_outputs(clean_run: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The modern engine's outputs on ``clean_run``."""
    out = tmp_path_factory.mktemp("clean-out") / "out"
    outcome = invoke(["run", "--input", str(clean_run), "--output", str(out)], out.parent)
    assert outcome.code in (0, 4), outcome
    return out


@contextmanager
def scratch() -> Iterator[Path]:
    """A fresh folder per drawn case (tmp_path is per test, not per example)."""
    with tempfile.TemporaryDirectory(prefix="idrs-fuzz-") as name:
        yield Path(name)


# --- records show / layout --------------------------------------------------------------------


@fuzz
@given(
    data=st.data(),
    copybook=st.sampled_from(sorted(COPYBOOKS)),
    options=st.lists(
        st.sampled_from(
            ["--lenient", "--hex", "--format=json", "--format=csv", "--encoding=cp037"]
        ),
        max_size=3,
        unique=True,
    ),
)
def test_records_show_on_malformed_records(
    clean_run: Path, data: st.DataObject, copybook: str, options: list[str]
) -> None:
    inputs = {name: dd for dd, name in rulebook.INPUT_COPYBOOKS.items()}
    source = inputs.get(copybook, "MASTIN")
    clean = (clean_run / source).read_bytes()
    raw = data.draw(corrupted(clean, COPYBOOKS[copybook]), label="file")
    with scratch() as here:
        (here / "RECORDS").write_bytes(raw)
        outcome = invoke(["records", "show", "RECORDS", "-c", copybook, *options], here)
    # Exit 1: a field that does not decode (record, byte, field) or a size that is not a
    # multiple of the record length (the file, its size).
    check(outcome, ok=(0,), error_codes=(1,), names=("RECORDS",))
    line = outcome.errors[0] if outcome.errors else ""
    if "not a multiple" not in line and "leftover" not in line and line:
        assert WHERE_IN_RECORD.search(line), outcome
    if outcome.code == 0:
        assert "record(s) shown" in outcome.stderr or "is empty" in outcome.stderr


def _special(here: Path, kind: str) -> str:
    if kind == "fifo":
        os.mkfifo(here / "FIFO")
        return "FIFO"
    if kind == "folder":
        (here / "FOLDER").mkdir()
        return "FOLDER"
    if kind == "missing":
        return "MISSING"
    if kind == "empty-file":
        (here / "EMPTY").write_bytes(b"")
        return "EMPTY"
    return {"empty-name": "", "dev-null": "/dev/null", "dev-zero": "/dev/zero", "dot": "."}[kind]


NUMBERS = st.sampled_from(["-1", "0", "1", "999999999999", "99999999999999999999", "x", "", "1e3"])


@fuzz
@given(
    kind=st.sampled_from(
        ["fifo", "folder", "missing", "empty-file", "empty-name", "dev-null", "dev-zero", "dot"]
    ),
    skip=st.none() | NUMBERS,
    limit=st.none() | NUMBERS,
    copybook=st.sampled_from([*COPYBOOKS, "NOPE", "", "../etc/passwd", "TAXACCT.cpy"]),
    encoding=st.none() | st.sampled_from(["ebcdic", "", "cp037"]),
)
def test_records_show_on_files_that_are_not_record_files(
    kind: str,
    skip: str | None,
    limit: str | None,
    copybook: str,
    encoding: str | None,
) -> None:
    with scratch() as here:
        name = _special(here, kind)
        args = ["records", "show", name, "-c", copybook]
        args += ["--skip", skip] if skip is not None else []
        args += ["--limit", limit] if limit is not None else []
        args += ["--encoding", encoding] if encoding is not None else []
        outcome = invoke(args, here)
    check(outcome, ok=(0,), error_codes=(1, 2))
    if kind == "empty-file" and outcome.code == 0:
        assert "is empty" in outcome.stderr


@st.composite
def mutated_source(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few characters deleted, replaced or inserted (the typo of a hand edit)."""
    chars = list(text)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(chars) - 1))
        what = draw(st.sampled_from(["delete", "replace", "insert"]))
        char = draw(st.sampled_from(list(" .()9XSV-'\"Z0A\n\t\x00é")) | st.characters())
        if what == "delete":
            del chars[at]
        elif what == "replace":
            chars[at] = char
        else:
            chars.insert(at, char)
    return "".join(chars)


@fuzz
@given(data=st.data(), name=st.sampled_from(sorted(COPYBOOKS)))
def test_records_layout_on_mangled_copybooks(data: st.DataObject, name: str) -> None:
    text = (copybook_dir() / f"{name}.cpy").read_text(encoding="latin-1")
    mangled = data.draw(mutated_source(text), label="copybook")
    with scratch() as here:
        (here / "BAD.cpy").write_bytes(mangled.encode("utf-8", "surrogatepass"))
        outcome = invoke(["records", "layout", "BAD.cpy"], here)
    check(outcome, ok=(0,), error_codes=(1,), names=("BAD.cpy",))


# --- run, on each engine ----------------------------------------------------------------------


FAULT_LINES = st.lists(
    st.sampled_from(
        ["MASTOUT", "NOTICES", "REFUNDS", "UNPOST", "REPORT", "MASTIN", "X", ""]
    ).flatmap(
        lambda dd: st.sampled_from(["full", "folder", "no-folder", "bogus", ""]).map(
            lambda fault: f"{dd} {fault}".strip()
        )
    )
    | st.text(max_size=20),
    max_size=3,
)


@st.composite
def malformed_runs(draw: st.DrawFn, clean_run: Path) -> dict[str, bytes | None]:
    """One or two inputs corrupted, a missing one now and then, and sometimes a FAULTS file of
    any text (a non-UTF-8 byte: the pinned case below)."""
    files: dict[str, bytes | None] = {
        name: (clean_run / name).read_bytes() for name in RECORD_LENGTHS
    }
    for name in draw(st.lists(st.sampled_from(sorted(RECORD_LENGTHS)), min_size=1, max_size=2)):
        if draw(st.integers(0, 9)) == 0:
            files[name] = None
        else:
            files[name] = draw(corrupted(files[name] or b"", RECORD_LENGTHS[name]), label=name)
    if draw(st.booleans()):
        files["FAULTS"] = "\n".join(draw(FAULT_LINES)).encode("utf-8")
    return files


def _write(folder: Path, files: dict[str, bytes | None]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, raw in files.items():
        if raw is not None:
            (folder / name).write_bytes(raw)


def _fuzz_run(engine: str, clean_run: Path, files: dict[str, bytes | None]) -> None:
    with scratch() as here:
        _write(here / "in", files)
        outcome = invoke(["run", "--engine", engine, "--input", "in", "--output", "out"], here)
    # A run's status is its return code (0, 4, 16); 1 and 2 are errors naming the file.
    check(
        outcome,
        ok=(0, 4, 16),
        error_codes=(1, 2),
        names=("CONTROL", "MASTIN", "TRANSIN", "FAULTS", "in", "out"),
    )


@pytest.mark.parametrize("engine", ["modern", "legacy", "gnucobol"])
def test_run_on_malformed_inputs(
    engine: str, clean_run: Path, request: pytest.FixtureRequest
) -> None:
    if engine == "gnucobol":
        request.getfixturevalue("cobc")

    @fuzz
    @given(files=malformed_runs(clean_run))
    def fuzz_engine(files: dict[str, bytes | None]) -> None:
        _fuzz_run(engine, clean_run, files)

    fuzz_engine()


def test_run_with_a_faults_file_holding_a_non_utf8_byte(clean_run: Path) -> None:
    files: dict[str, bytes | None] = {n: (clean_run / n).read_bytes() for n in RECORD_LENGTHS}
    files["FAULTS"] = b"MASTOUT full\n\xff\n"
    _fuzz_run("modern", clean_run, files)


# --- compare ------------------------------------------------------------------------------------


@st.composite
def malformed_output_folders(draw: st.DrawFn, clean: Path) -> dict[str, bytes | str | None]:
    """A run's outputs with some cut, corrupted, missing or replaced by a folder, and a
    RETURN-CODE that may be garbage."""
    files: dict[str, bytes | str | None] = {}
    for name in OUTPUT_DDNAMES:
        path = clean / name
        raw = path.read_bytes() if path.is_file() else b""
        choice = draw(st.integers(0, 9))
        if choice == 0:
            files[name] = None
        elif choice == 1:
            files[name] = "folder"
        elif choice <= 4:
            length = {"MASTOUT": 514, "NOTICES": 160, "REFUNDS": 156, "UNPOST": 140}.get(name, 80)
            files[name] = draw(corrupted(raw, length), label=name)
        else:
            files[name] = raw
    files["RETURN-CODE"] = draw(
        st.none()
        | st.sampled_from([b"0\n", b"4\n", b"16\n", b"", b"None", b"-1", b"\xff\xfe", b"4 4"])
        | st.binary(max_size=8)
    )
    return files


def _write_outputs(folder: Path, files: dict[str, bytes | str | None]) -> None:
    folder.mkdir(parents=True)
    for name, raw in files.items():
        if raw == "folder":
            (folder / name).mkdir()
        elif isinstance(raw, bytes):
            (folder / name).write_bytes(raw)


@fuzz
@given(data=st.data())
def test_compare_on_malformed_output_folders(clean_outputs: Path, data: st.DataObject) -> None:
    side_a = data.draw(malformed_output_folders(clean_outputs), label="A")
    side_b = data.draw(malformed_output_folders(clean_outputs), label="B")
    with scratch() as here:
        _write_outputs(here / "A", side_a)
        _write_outputs(here / "B", side_b)
        outcome = invoke(["compare", "A", "B"], here)
    # 0 identical, 1 different, 2 a folder without outputs or an output that is not a file.
    check(outcome, ok=(0, 1), error_codes=(2,), names=("A", "B"))
    if "not a number" in outcome.stdout:
        assert outcome.code in (0, 1)


# --- cobol check / run --------------------------------------------------------------------------

SMALL_PROGRAM = """\
       IDENTIFICATION DIVISION.
       PROGRAM-ID. FUZZ.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT OUT-FILE ASSIGN TO "FUZZOUT"
               ORGANIZATION LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD  OUT-FILE.
       01  OUT-LINE                PIC X(40).
       WORKING-STORAGE SECTION.
       01  WS-COUNT                PIC S9(5)V99 COMP-3 VALUE 12.5.
       01  WS-TEXT                 PIC X(10) VALUE "HELLO".
       01  WS-EDITED               PIC ZZ,ZZ9.99-.
       PROCEDURE DIVISION.
       0000-MAIN.
           ADD 7 TO WS-COUNT
           COMPUTE WS-COUNT ROUNDED = WS-COUNT * 1.5
           MOVE WS-COUNT TO WS-EDITED
           IF WS-COUNT > 20
               DISPLAY "BIG " WS-EDITED
           ELSE
               DISPLAY "SMALL " WS-TEXT
           END-IF
           OPEN OUTPUT OUT-FILE
           MOVE WS-TEXT TO OUT-LINE
           WRITE OUT-LINE
           CLOSE OUT-FILE
           MOVE 3 TO RETURN-CODE
           STOP RUN.
"""


@fuzz
@given(data=st.data(), command=st.sampled_from(["check", "run"]))
def test_cobol_check_and_run_on_mangled_source(data: st.DataObject, command: str) -> None:
    mangled = data.draw(mutated_source(SMALL_PROGRAM), label="program")
    with scratch() as here:
        (here / "FUZZ.cbl").write_bytes(mangled.encode("utf-8", "surrogatepass"))
        outcome = invoke(["cobol", command, "FUZZ.cbl"], here)
    if command == "check":
        check(outcome, ok=(0,), error_codes=(1,), names=("FUZZ.cbl",), where=WHERE_IN_SOURCE)
    else:
        # The exit status of a run is the program's RETURN-CODE (3 here, or what a mangled
        # MOVE left); a program that does not compile is exit 1 with FILE:LINE:COL.
        check(outcome, ok=range(256), error_codes=(1,), names=("FUZZ.cbl",), where=WHERE_IN_SOURCE)


# --- generate -----------------------------------------------------------------------------------


@fuzz
@given(
    accounts=st.none() | st.sampled_from(["-1", "0", "3", "x", "", "1.5"]),
    transactions=st.none() | st.sampled_from(["-1", "0", "5", "abc", ""]),
    cycle=st.none() | st.sampled_from(["202415", "202453", "202400", "2024", "20241x", "", "-1"]),
    run_date=st.none() | st.sampled_from(["20240412", "20240230", "2024041", "x", ""]),
    rate=st.none() | st.sampled_from(["0.08", "10", "-1", "nan", "inf", "1e9", "x", ""]),
    share=st.none() | st.sampled_from(["0", "1", "1.5", "-0.1", "x"]),
    out=st.sampled_from(["week", "", "/dev/null", "FILE/sub", "FILE", "deep/er/week", "."]),
)
def test_generate_with_malformed_arguments(
    accounts: str | None,
    transactions: str | None,
    cycle: str | None,
    run_date: str | None,
    rate: str | None,
    share: str | None,
    out: str,
) -> None:
    args = ["generate", "--out", out, "--quiet"]
    for option, value in (
        ("--accounts", accounts),
        ("--transactions", transactions),
        ("--cycle", cycle),
        ("--run-date", run_date),
        ("--interest-rate", rate),
        ("--invalid-share", share),
    ):
        if value is not None:
            args += [option, value]
    if accounts is None:
        args += ["--accounts", "2"]
    if transactions is None:
        args += ["--transactions", "4"]
    with scratch() as here:
        (here / "FILE").write_bytes(b"not a folder")
        outcome = invoke(args, here)
        assert (here / "FILE").read_bytes() == b"not a folder"
    check(outcome, ok=(0,), error_codes=(2,))


@fuzz
@given(data=st.data())
def test_generate_next_week_from_a_malformed_master(clean_run: Path, data: st.DataObject) -> None:
    master = data.draw(corrupted((clean_run / "MASTIN").read_bytes(), 514), label="master")
    with scratch() as here:
        (here / "MASTOUT").write_bytes(master)
        outcome = invoke(
            ["generate", "--master", "MASTOUT", "--out", "next", "--transactions", "5"], here
        )
    # 1: a master that cannot be read (file, record, byte); 2: a usage error.
    check(outcome, ok=(0,), error_codes=(1, 2), names=("MASTOUT",))


def test_generate_next_week_from_a_master_with_a_non_ascii_name_control(clean_run: Path) -> None:
    master = bytearray((clean_run / "MASTIN").read_bytes())
    master[9] = 0x9C  # record 1, byte 10: TA-NAME-CONTROL
    with scratch() as here:
        (here / "MASTOUT").write_bytes(bytes(master))
        outcome = invoke(
            ["generate", "--master", "MASTOUT", "--out", "next", "--transactions", "5"], here
        )
    check(outcome, ok=(0,), error_codes=(1, 2), names=("MASTOUT",))


def test_generate_next_week_with_a_cycle_before_the_master(clean_run: Path) -> None:
    with scratch() as here:
        shutil.copy(clean_run / "MASTIN", here / "MASTOUT")
        outcome = invoke(
            ["generate", "--master", "MASTOUT", "--cycle", "200001", "--out", "w", "--quiet"],
            here,
        )
    check(outcome, ok=(0,), error_codes=(1, 2), names=("--cycle", "200001", "MASTOUT"))


# --- demo, oracle, exercise: arguments -----------------------------------------------------------

TOKENS = st.sampled_from(
    ["-1", "0", "x", "", "--", "-", "--nope", "99999999999999999999", "/dev/null", "é", "-h"]
)


@fuzz
@given(
    option=st.sampled_from(["--size", "--accounts", "--transactions", "--seed", "--weeks"]),
    value=st.sampled_from(["-1", "0", "x", "", "huge", "53", "99999999999999999999"]),
    out=st.sampled_from(["demo", "/dev/null", "FILE/sub", ""]),
)
def test_demo_with_malformed_arguments(option: str, value: str, out: str) -> None:
    # Tiny sizes so that the cases that are valid run in well under a second.
    args = ["demo", "--engine", "modern", "--weeks", "1", "--out", out]
    sizes = {"--accounts": "3", "--transactions": "5"}
    sizes.pop(option, None)
    for name, size in sizes.items():
        args += [name, size]
    args += [option, value]
    with scratch() as here:
        (here / "FILE").write_bytes(b"x")
        outcome = invoke(args, here)
    check(outcome, ok=(0,), error_codes=(1, 2))


@fuzz
@given(
    args=st.sampled_from(
        [
            ["oracle", "list", "--bogus"],
            ["oracle", "mutants", "--mutant", "NOPE", "--no-scenarios"],
            ["oracle", "mutants", "--reference", "cobol"],
            ["oracle", "mutants", "--seed", "x"],
            ["oracle", "mutants", "--shrink-seconds", "x"],
            ["oracle", "replay", "MISSING"],
            ["oracle", "replay", "FILE"],
            ["oracle", "replay", "in", "--engine", "modern"],
            ["oracle", "coverage", "--bogus"],
            ["oracle", "coverage", "--fail-under", "x"],
            ["oracle"],
        ]
    ),
    extra=st.lists(TOKENS, max_size=2),
)
def test_oracle_with_malformed_arguments(args: list[str], extra: list[str]) -> None:
    with scratch() as here:
        (here / "FILE").write_bytes(b"x")
        (here / "in").mkdir()
        outcome = invoke([*args, *extra], here)
    check(outcome, ok=(0,), error_codes=(1, 2))


@pytest.mark.parametrize("examples", ["0", "-1"])
def test_oracle_mutants_with_no_examples(examples: str) -> None:
    with scratch() as here:
        outcome = invoke(
            ["oracle", "mutants", "--examples", examples, "--mutant", "no-ftf-cap",
             "--no-scenarios", "--no-shrink"],
            here,
        )  # fmt: skip
    check(outcome, ok=(0,), error_codes=(1, 2))


@fuzz
@given(state=st.binary(max_size=80) | st.sampled_from([b"{}", b'{"exercise": 1}', b"[]"]))
def test_exercise_commands_on_a_damaged_state_file(state: bytes) -> None:
    with scratch() as here:
        (here / ".idrs-exercise.json").write_bytes(state)
        for command in (["hint"], ["reset", "--yes"], ["check", "--examples", "0"]):
            outcome = invoke(["exercise", *command], here)
            check(outcome, ok=(0, 1), error_codes=(1, 2), names=(".idrs-exercise.json", "exercise"))


@fuzz
@given(
    args=st.lists(TOKENS | st.sampled_from(["1", "01", "06-strangler", "--variant", "--dir"]),
                  max_size=4),
    command=st.sampled_from(["start", "hint", "reset", "list", "check"]),
)  # fmt: skip
def test_exercise_with_malformed_arguments(args: list[str], command: str) -> None:
    extra = ["--examples", "0"] if command == "check" else []
    with scratch() as here:
        outcome = invoke(["exercise", command, *args, *extra], here)
    check(outcome, ok=(0, 1), error_codes=(1, 2))


@fuzz
@given(
    log=st.binary(max_size=400)
    | st.lists(st.text(max_size=60), max_size=6).map(lambda lines: "\n".join(lines).encode()),
    command=st.sampled_from(["verify", "review"]),
)
def test_audit_on_a_malformed_log(log: bytes, command: str) -> None:
    with scratch() as here:
        (here / "AUDIT.LOG").write_bytes(log)
        (here / "KEY.pem").write_bytes(log[:64])
        args = ["audit", command, "AUDIT.LOG"] + (
            ["--key", "KEY.pem"] if command == "verify" else []
        )
        outcome = invoke(args, here)
    # verify: exit 1 naming the first bad record (or the key); review: a verdict or an error.
    check(outcome, ok=(0, 1), error_codes=(1, 2), names=("AUDIT.LOG", "KEY.pem", "record", "line"))
