"""Replay GnuCOBOL's own run tests through real cobc and through the legacy engine.

Every AT_CHECK of a case runs in a fresh folder holding the case's AT_DATA files, with the
variables of the testsuite's atlocal (``COMPILE = cobc -x -debug -Wall
-fno-diagnostics-show-option``, ``COBCRUN_DIRECT`` empty, ``COB_UNIX_LF=1``...).

- **cobc**: every command runs through ``sh`` as autotest runs it; status, stdout and stderr
  must be exactly the expected ones. A case cobc passes is in the denominator.
- **legacy engine**: ``$COMPILE prog.cob`` (or ``$COBC -x``, ``$COMPILE_ONLY``, with ``-o NAME``)
  becomes a parse + check + compile of prog.cob in process, with the modules the CLI's
  ``idrs cobol run --link`` would link (runtime/modules.py ``link``: the other COBOL sources,
  C sources built with the system C compiler, ``-c`` objects mapped back to their sources);
  ``$COMPILE_MODULE x.cob`` / ``x.c`` is ``idrs cobol module`` (``build_module``: the COBOL
  source checked and compiled, the C source built into ``x.so``), which a CALL then finds as
  libcob does; ``[unset VAR ;] [VAR=value ...] [$COBCRUN_DIRECT] ./prog`` a run in process
  (VAR=value in its environment) and ``$COBCRUN MODULE`` a run of the module's program; cobc's
  ``-free`` and ``-D`` reach the source reader. Each executable built is also written where cobc
  writes it, as a launcher (write_launcher, launch.py: the same build, run by the legacy engine
  in a process of its own), so any other command (``cat``, ``diff``, ``test -f``, a shell line
  starting ``./prog 2>err``, a CALL "SYSTEM" of ``./prog2``) runs through ``sh`` as for cobc.
  An I/O error that stops a run is written in libcob's words (runtime/fileerrors.py). A C main
  program (``$COMPILE caller.c callee.cob``) is built as runtime/cmain.py builds it. A check
  that needs what the engine does not have fails the case with that reason.
  The status and stdout of a run must be exactly cobc's; its stderr must be empty when cobc's
  is, and not empty when cobc's is not (libcob's wording is not copied, but for that I/O
  error). A compile must succeed, or fail, as cobc's did; its
  warnings are not compared.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from types import FrameType
from typing import Any

from atfile import Case, Check, parse_at_file

AT_FILES = ("run_fundamental.at", "run_misc.at", "data_display.at", "data_packed.at", "run_file.at")
HARNESS_VERSION = "1"  # part of the cobc cache key: bump when the cobc replay changes
FLAGS = "-debug -Wall -fno-diagnostics-show-option"
TIMEOUT = 120  # seconds per command, for both engines: far above any case (all run in < 2 s), so
# a loaded machine never turns a pass into a failure; only a real endless loop reaches it
HERE = Path(__file__).parent
EXPECTED_FAILURES = HERE / "expected_failures.txt"


def cache_root() -> Path:
    given = os.environ.get("IDRS_GNUCOBOL_TESTSUITE")
    return Path(given) if given else Path.home() / ".cache" / "idrs-gnucobol-testsuite"


def find_testsuite() -> Path | None:
    """The unpacked tests/testsuite.src of the installed GnuCOBOL (fetch_testsuite.sh)."""
    root = cache_root()
    for candidate in sorted(root.glob("*/testsuite.src")):
        if all((candidate / name).exists() for name in AT_FILES):
            return candidate
    return None


def run_cases(suite: Path) -> list[Case]:
    cases: list[Case] = []
    for name in AT_FILES:
        cases.extend(case for case in parse_at_file(suite / name) if case.runs_a_program())
    return cases


@dataclass(frozen=True)
class Outcome:
    status: str  # "pass", "fail" or "skip"
    reason: str = ""


def _info_flag(info: str, label: str) -> str:
    match = re.search(rf"^{label}\s*:\s*(.*)$", info, re.MULTILINE)
    return match.group(1).strip() if match else ""


def base_environment(cobc: str = "cobc") -> dict[str, str]:
    """The environment atlocal gives every check: no COB_ variables but its own."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("COB_")}
    info = subprocess.run([cobc, "--info"], capture_output=True, text=True, check=False).stdout
    isam = _info_flag(info, "indexed file handler")
    env.update(
        COBC=cobc,
        COBCRUN="cobcrun",
        COBCRUN_DIRECT="",
        FLAGS=FLAGS,
        COMPILE=f"{cobc} -x {FLAGS}",
        COMPILE_ONLY=f"{cobc} -fsyntax-only {FLAGS}",
        COMPILE_MODULE=f"{cobc} -m {FLAGS}",
        COB_UNIX_LF="1",
        COB_STACKTRACE="0",
        COB_OBJECT_EXT="o",
        COB_EXE_EXT="",
        COB_MODULE_EXT="so",
        COB_BIGENDIAN="no",
        COB_HAS_64_BIT_POINTER="yes",
        COB_HAS_ISAM="no" if isam in ("", "disabled") else "yes",
        COB_HAS_XML2="yes" if "XML" in _info_flag(info, "XML library") else "no",
        COB_HAS_JSON="yes" if _info_flag(info, "JSON library") else "no",
        COB_HAS_CURSES="yes" if _info_flag(info, "extended screen I/O") else "no",
        SED="sed",
        GREP="grep",
        PATHSEP=":",
        LC_ALL="C",
        LANG="C",
        # ncurses (libcob's screen I/O) stops with "Error opening terminal" without a TERM it
        # knows: pinned, as atlocal pins it where it must, so the screen cases are judged the
        # same in CI (whatever TERM its shell has, or none) as where they were recorded.
        TERM="xterm",
    )
    return env


def _write_files(case: Case, workdir: Path) -> None:
    for name, content in case.files.items():
        target = workdir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("latin-1"))


def _skipped(case: Case, workdir: Path, env: dict[str, str]) -> bool:
    for condition in case.skip_if:
        done = subprocess.run(["sh", "-c", condition], cwd=workdir, env=env, check=False)
        if done.returncode == 0:
            return True
    return False


def _first_difference(label: str, got: str, expected: str) -> str:
    got_lines, expected_lines = got.splitlines(), expected.splitlines()
    for index, (mine, theirs) in enumerate(zip(got_lines, expected_lines, strict=False), 1):
        if mine != theirs:
            return f"{label} line {index}: {mine[:60]!r}, expected {theirs[:60]!r}"
    if len(got_lines) != len(expected_lines):
        return f"{label}: {len(got_lines)} lines, expected {len(expected_lines)}"
    return f"{label} differs in line ends or trailing bytes"


def _expected_stdout(check: Check, workdir: Path) -> str | None:
    if check.stdout == "\0expout":
        path = workdir / "expout"
        return path.read_bytes().decode("latin-1") if path.exists() else ""
    return check.stdout


def _compare(
    check: Check,
    index: int,
    status: int,
    stdout: str,
    stderr: str,
    workdir: Path,
    exact: bool | None,
) -> str | None:
    """Why the result of a check is wrong, or None (exact None: stderr is not compared)."""
    where = f"check {index} `{_short(check.command)}`"
    if check.status is not None and status != check.status:
        detail = stderr.strip().splitlines()[0][:120] if stderr.strip() else ""
        return f"{where}: status {status}, expected {check.status}" + (
            f" ({detail})" if detail else ""
        )
    expected = _expected_stdout(check, workdir)
    if expected is not None and stdout != expected:
        return f"{where}: " + _first_difference("stdout", stdout, expected)
    if check.stderr is not None and exact is not None:
        if exact and stderr != check.stderr:
            return f"{where}: " + _first_difference("stderr", stderr, check.stderr)
        if not exact and bool(stderr) != bool(check.stderr):
            shown = stderr.strip().splitlines()[0][:120] if stderr.strip() else "nothing"
            return f"{where}: stderr {shown!r}, expected {_short(check.stderr)!r}"
    return None


def _short(text: str) -> str:
    one = " ".join(text.split())
    return one if len(one) <= 70 else one[:67] + "..."


# ---------------------------------------------------------------------------------------- cobc


def cobc_version(cobc: str) -> str:
    return subprocess.run([cobc, "--version"], capture_output=True, text=True, check=False).stdout


def _case_key(case: Case, version: str) -> str:
    blob = json.dumps(
        [HARNESS_VERSION, version, case.name, case.files, [asdict(c) for c in case.checks]],
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode()).hexdigest()


def run_with_cobc(case: Case, env: dict[str, str], version: str) -> Outcome:
    """Replay the case with real cobc, cached by the case's content and the cobc version."""
    cache = cache_root() / "cobc-results" / f"{_case_key(case, version)}.json"
    if cache.exists():
        return Outcome(**json.loads(cache.read_text()))
    outcome = _replay_with_cobc(case, env)
    if "timed out" not in outcome.reason:  # a time-out says how loaded the machine was: not kept
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(asdict(outcome)))
    return outcome


def _replay_with_cobc(case: Case, env: dict[str, str]) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="idrs-conf-") as name:
        workdir = Path(name)
        _write_files(case, workdir)
        if _skipped(case, workdir, env):
            return Outcome("skip", "AT_SKIP_IF")
        for index, check in enumerate(case.checks, 1):
            try:
                done = subprocess.run(
                    ["sh", "-c", check.command],
                    cwd=workdir,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    timeout=TIMEOUT,
                    check=False,
                )
            except subprocess.TimeoutExpired:
                return Outcome("fail", f"check {index}: timed out after {TIMEOUT} s")
            if done.returncode == 77:
                return Outcome("skip", f"check {index} asked to skip (77)")
            stdout = done.stdout.decode("latin-1")
            stderr = done.stderr.decode("latin-1")
            wrong = _compare(check, index, done.returncode, stdout, stderr, workdir, exact=True)
            if wrong:
                return Outcome("fail", wrong)
    return Outcome("pass")


# ------------------------------------------------------------------------------- legacy engine

COMPILERS = {
    "$COMPILE": "-x",
    "$COBC": "",
    "$COMPILE_ONLY": "-fsyntax-only",
    "$COMPILE_MODULE": "-m",
}
ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
UNSET = re.compile(r"\s*unset\s+([A-Za-z_][A-Za-z0-9_]*)\s*;\s*")
VARIABLE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?")
COBOL_SOURCE = (".cob", ".cbl", ".COB", ".CBL")


class _Timeout(Exception):
    pass


@contextmanager
def _alarm(seconds: int) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


COMMANDS = {"COMPILE", "COBC", "COMPILE_ONLY", "COMPILE_MODULE", "COBCRUN", "COBCRUN_DIRECT"}
UNREPLAYED = r"\$COMPILE|\$COBC\b|\$COBCRUN\b|\bcobc\b|\bcobcrun\b"
"""A compile or cobcrun inside a shell line: the shell would run the real cobc on it."""
SINGLE_QUOTED = re.compile(r"('[^']*')")


def _expand_unquoted(text: str, env: dict[str, str]) -> str:
    """Variables expanded as the shell does, except inside single quotes (testsuite 'System
    routines for files' passes '$dot/prog' to the program as it is)."""
    parts = SINGLE_QUOTED.split(text)
    for index in range(0, len(parts), 2):
        parts[index] = VARIABLE.sub(
            lambda m: m.group(0) if m.group(1) in COMMANDS else env.get(m.group(1), ""),
            parts[index],
        )
    return "".join(parts)


def _tokens(
    command: str, env: dict[str, str] | None = None
) -> tuple[dict[str, str], list[str]] | None:
    """Leading VAR=value assignments and the words of a simple command (None: not simple);
    with ``env``, other variables than the commands the replay maps are expanded first, as the
    shell would (``COB_PRE_LOAD="prog"$PATHSEP"prog1"``)."""
    text = command.replace("\\\n", " ").strip()
    if any(char in text for char in ";|&<>`\n") or "$(" in text:
        return None
    if env is not None:
        text = _expand_unquoted(text, env)
    try:
        words = shlex.split(text)
    except ValueError:
        return None
    assignments: dict[str, str] = {}
    while words and ASSIGNMENT.match(words[0]):
        key, _, value = words.pop(0).partition("=")
        assignments[key] = value
    return assignments, words


VALUED_OPTIONS = {"-o", "-D", "-I", "-L", "-l", "-A", "-Q", "-K", "-k"}
"""cobc options whose value is the next word (``-o prog``, ``-D NAME=VALUE``)."""


def _operands(words: list[str]) -> list[str]:
    """The files of a cobc command line (neither an option nor an option's value)."""
    files: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word in VALUED_OPTIONS:
            skip = True
        elif not word.startswith("-"):
            files.append(word)
    return files


class LegacyReplay:
    """One case replayed with the legacy engine: compiled programs by executable name."""

    def __init__(self, case: Case, env: dict[str, str]) -> None:
        self.case = case
        self.env = env
        self.programs: dict[str, object] = {}
        self.objects: dict[str, str] = {}  # cobc -c: object file name -> its source

    def run(self) -> Outcome:
        with tempfile.TemporaryDirectory(prefix="idrs-conf-") as name:
            workdir = Path(name)
            _write_files(self.case, workdir)
            if _skipped(self.case, workdir, self.env):
                return Outcome("skip", "AT_SKIP_IF")
            for index, check in enumerate(self.case.checks, 1):
                result = self._check(check, workdir)
                if isinstance(result, str):
                    reason = f"check {index} `{_short(check.command)}`: {result}"
                    return Outcome("fail", reason.replace(str(workdir), "."))
                status, stdout, stderr, exact = result
                if status == 77:
                    return Outcome("skip", f"check {index} asked to skip (77)")
                wrong = _compare(check, index, status, stdout, stderr, workdir, exact)
                if wrong:
                    return Outcome("fail", wrong.replace(str(workdir), "."))
        return Outcome("pass")

    def _check(self, check: Check, workdir: Path) -> tuple[int, str, str, bool | None] | str:
        unset = UNSET.match(check.command)
        if unset is not None:  # ``unset VAR ; command``: the command without VAR
            saved = self.env
            self.env = {k: v for k, v in saved.items() if k != unset.group(1)}
            try:
                return self._check(replace(check, command=check.command[unset.end() :]), workdir)
            finally:
                self.env = saved
        parsed = _tokens(check.command, self.env)
        if parsed is not None and parsed[1]:
            assignments, words = parsed
            if words[0] in COMPILERS:
                return self._compile(words, workdir, assignments)
            if words[0] == "$COBCRUN_DIRECT":
                words = words[1:]
            if words and words[0].startswith("./"):
                return self._execute(words, assignments, workdir)
            if words and words[0] == "$COBCRUN" and len(words) > 1:
                return self._cobcrun(words[1:], assignments, workdir)
        if re.search(UNREPLAYED, check.command) or self._runs_unbuilt(check.command):
            return "needs a command the legacy engine does not replace"
        done = subprocess.run(
            ["sh", "-c", check.command],
            cwd=workdir,
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
        return done.returncode, done.stdout.decode("latin-1"), done.stderr.decode("latin-1"), True

    def _compile(
        self,
        words: list[str],
        workdir: Path,
        assignments: dict[str, str] | None = None,
        launcher: bool = True,
    ) -> tuple[int, str, str, bool | None] | str:
        """A cobc command line as ``idrs cobol`` builds it: ``-m`` a module (runtime/modules.py
        build_module), ``-c`` an object (its source, linked later), else an executable of the
        first source's program linked with the others (modules.link)."""
        from idrs_sandbox.cobol.directives import SourceOptions
        from idrs_sandbox.errors import IdrsError
        from idrs_sandbox.runtime.modules import build_module, link, parse_module

        words = [words[0], *(self._expand(word) for word in words[1:])]
        # -free / -fixed and -D NAME=VALUE; the compile's environment serves >>DEFINE ... AS
        # PARAMETER (testsuite 'DEFINE OVERRIDE': ENVPONY=WHITE $COMPILE ...)
        try:  # -std=NAME and the -f options of the dialect too (cobol/dialect.py)
            options = SourceOptions.from_cobc_arguments(
                words[1:], {**self.env, **(assignments or {})}
            )
        except IdrsError as error:
            return 1, "", f"{error}\n", None
        module = words[0] == "$COMPILE_MODULE" or "-m" in words
        output = None
        if "-o" in words:
            output = words[words.index("-o") + 1]
        files = _operands(words[1:])
        sources = [self.objects.get(f, f) for f in files]
        unknown = [f for f in sources if not f.endswith((*COBOL_SOURCE, ".c"))]
        if unknown or not sources:
            return f"compiles {' '.join(words[1:])} (not COBOL or C sources)"
        paths = [workdir / f for f in sources]
        try:
            if "-c" in words or "-fsyntax-only" in words or words[0] == "$COMPILE_ONLY":
                for path in paths:
                    build_module(path, [workdir], options=options)
                    self.objects[path.with_suffix(".o").name] = path.name
                return 0, "", "", None
            if module:
                for path in paths:
                    build_module(path, [workdir], options=options)
                    if path.name.endswith(COBOL_SOURCE):
                        module_programs = parse_module(path, [workdir], options).programs
                        _compile_options(words, module_programs)
                return 0, "", "", None
            if not sources[0].endswith(COBOL_SOURCE):  # a C main program (runtime/cmain.py)
                from idrs_sandbox.runtime.cmain import build_c_main

                name = output or Path(sources[0]).stem
                implicit = "-fimplicit-init" in words
                program = build_c_main(paths[0], paths[1:], name, [workdir], options, implicit)
                self.programs[name] = program
                return 0, "", "", None
            program = _main_program(paths[0], workdir, words, options)
            program.linked = link(paths[1:], [workdir], options)
            _compile_options(words, program.program.unit)
            if "-debug" in [*words, *FLAGS.split()] or "-fsource-location" in words:
                # runtime/exceptions.py; only the main program: compiling every program of the
                # file alone (compiled_program) would check a nested ANY LENGTH item alone
                program.source_location = True
            if "-fno-filename-mapping" in words:
                program.filename_mapping = False
            callfh = [word for word in words if word.startswith("-fcallfh=")]
            if callfh:  # file operations through a C handler (runtime/extfh.py)
                program.callfh = callfh[-1].split("=", 1)[1]
            if "-fassign-clause=external" in words:
                program.assign_external = True
        except IdrsError as error:
            return 1, "", f"{error}\n", None
        except RecursionError:
            return 1, "", "nesting too deep for the parser\n", None
        except Exception as error:  # an engine bug: the case fails with it, the harness goes on
            return 1, "", f"engine crash: {type(error).__name__}: {error}\n", None
        name = output or Path(sources[0]).stem
        self.programs[name] = program
        if launcher:
            write_launcher(workdir, name, words, self.objects, assignments or {})
        return 0, "", "", None  # compile warnings are not compared

    def _expand(self, word: str) -> str:
        return VARIABLE.sub(lambda m: self.env.get(m.group(1), ""), word)

    def _cobcrun(
        self, words: list[str], assignments: dict[str, str], workdir: Path
    ) -> tuple[int, str, str, bool | None] | str:
        """``cobcrun MODULE``: the program MODULE of the module file MODULE (modules.py)."""
        from idrs_sandbox.runtime.machine import LegacyProgram
        from idrs_sandbox.runtime.modules import compiled_program, module_program

        env = {**self.env, **assignments}
        try:
            program = module_program(words[0], env, workdir)
        except Exception as error:
            return f"cobcrun {words[0]}: {error}"
        if program is None:
            return 1, "", f"libcob: error: module '{words[0]}' not found\n", False
        return self._run(compiled_program(program, LegacyProgram), env, workdir)

    def _runs_unbuilt(self, command: str) -> bool:
        """Whether a shell command starts an executable (``./prog`` as a command word, not an
        operand such as ``test -f ./FILENAME``) that the replay did not build: the others are
        launchers (launch.py) that the shell runs like any command."""
        started = re.findall(r"(?:^|[;&|(]\s*|\$COBCRUN_DIRECT\s+|=\S*\s+)\./([\w.-]+)", command)
        return any(name not in self.programs for name in started)

    def _execute(
        self, words: list[str], assignments: dict[str, str], workdir: Path
    ) -> tuple[int, str, str, bool | None] | str:
        from idrs_sandbox.runtime.machine import LegacyProgram

        program = self.programs.get(words[0][2:])
        if not isinstance(program, LegacyProgram):
            return f"runs {words[0]}, which the legacy engine did not build"
        # the words after ./prog are the program's arguments (ACCEPT FROM ARGUMENT-VALUE,
        # PROCEDURE DIVISION CHAINING)
        return self._run(program, {**self.env, **assignments}, workdir, words[1:])

    def _run(
        self, program: object, env: dict[str, str], workdir: Path, arguments: Sequence[str] = ()
    ) -> tuple[int, str, str, bool | None] | str:
        from idrs_sandbox.errors import IdrsError
        from idrs_sandbox.runtime.fileerrors import FileStatusAbend
        from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

        assert isinstance(program, LegacyProgram)
        stdout, stderr = io.BytesIO(), io.BytesIO()
        streams = RunStreams(stdout, stderr, env, workdir, io.BytesIO(), tuple(arguments))
        try:
            with _alarm(TIMEOUT):
                status = program.run(streams)
        except _Timeout:
            return f"timed out after {TIMEOUT} s"
        except FileStatusAbend as error:  # libcob's text (runtime/fileerrors.py)
            stderr.write(error.libcob_message(program.source_location).encode("latin-1"))
            status = 1
        except IdrsError as error:
            stderr.write(f"libcob: error: {error}\n".encode())
            status = 1
        except RecursionError:
            return "Python recursion limit"
        except Exception as error:
            return f"engine crash: {type(error).__name__}: {error}"
        return (
            status,
            stdout.getvalue().decode("latin-1"),
            stderr.getvalue().decode("latin-1"),
            False,
        )


def write_launcher(
    workdir: Path, name: str, words: list[str], objects: dict[str, str], assignments: dict[str, str]
) -> None:
    """Put an executable where cobc writes the program it builds: a shell script that runs
    launch.py, which builds the same words with the legacy engine and runs the program. So a
    shell line (``./prog 2>prog.err``), a CALL "SYSTEM" of ``./prog`` in another program and a
    test of the file (CBL_OPEN_FILE of ``prog``) find it as they find cobc's executable; the
    simple ``./prog`` checks still run in process. ``words`` keep the compile's own variables
    (``$COMPILE``), ``assignments`` the VAR=value of its command line."""
    import idrs_sandbox

    spec = {
        "workdir": str(workdir),
        "name": name,
        "words": words,
        "objects": objects,
        "assignments": assignments,
        "src": str(Path(idrs_sandbox.__file__).resolve().parents[1]),
    }
    script = (
        "#!/bin/sh\n"
        f"exec {shlex.quote(sys.executable)} {shlex.quote(str(HERE / 'launch.py'))} "
        f'{shlex.quote(json.dumps(spec))} "$@"\n'
    )
    target = workdir / name
    target.write_text(script)
    target.chmod(0o755)


def _main_program(path: Path, workdir: Path, words: list[str], options: Any) -> Any:
    """The executable's program; ``-ftrace`` / ``-ftraceall`` build it with its trace of
    paragraphs / statements in libcob's format, off until READY TRACE or COB_SET_TRACE
    (runtime/machine.py, runtime/tracing.py)."""
    from idrs_sandbox.cobol.program import parse_program
    from idrs_sandbox.runtime.machine import LegacyProgram

    every = "-ftraceall" in words
    # atlocal's $COMPILE holds -debug: subscripts checked (EC-BOUND-SUBSCRIPT), as `idrs cobol
    # run --debug`; `$COBC -x` alone leaves them unchecked
    flags = [*words, *(FLAGS.split() if words[0].startswith("$COMPILE") else [])]
    debug = "-debug" in flags or "--debug" in flags
    if not every and "-ftrace" not in words:
        return LegacyProgram.from_file(path, [workdir], options=options, debug=debug)
    program = LegacyProgram(
        parse_program(path, [workdir], options), trace=True, trace_statements=every, debug=debug
    )
    program.trace_from_start = False
    program.libcob_trace = True  # libcob's lines, to COB_TRACE_FILE when set (runtime/tracing.py)
    return program


def _compile_options(words: list[str], programs: Iterable[Any]) -> None:
    """cobc options the legacy engine follows: ``-fno-recursive-check`` (runtime/invocation.py),
    ``-fno-filename-mapping`` (runtime/files.py resolve_assign)."""
    from idrs_sandbox.runtime.machine import LegacyProgram
    from idrs_sandbox.runtime.modules import compiled_program

    programs = list(programs)
    if "-fno-recursive-check" in words:
        for program in programs:
            compiled_program(program, LegacyProgram).recursive_check = False
    if "-fno-filename-mapping" in words:
        for program in programs:
            compiled_program(program, LegacyProgram).filename_mapping = False


def run_with_legacy(case: Case, env: dict[str, str]) -> Outcome:
    return LegacyReplay(case, env).run()


# ------------------------------------------------------------------------ expected failures


def read_expected_failures(path: Path = EXPECTED_FAILURES) -> dict[str, str]:
    """``at_file:line:name<TAB>reason`` lines; # starts a comment."""
    known: dict[str, str] = {}
    if not path.exists():
        return known
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ident, _, reason = line.partition("\t")
        known[ident] = reason
    return known


def write_expected_failures(failures: dict[str, str], path: Path = EXPECTED_FAILURES) -> None:
    header = (
        "# GnuCOBOL testsuite cases that cobc passes and the legacy engine does not yet.\n"
        "# Written by `python tests/conformance/report.py --update`; test_conformance.py marks\n"
        "# each xfail(strict=True): a case that starts passing, or a new failure, shows.\n"
        "# at_file:line:name<TAB>reason\n"
    )
    body = "".join(f"{ident}\t{reason}\n" for ident, reason in sorted(failures.items()))
    path.write_text(header + body)


def which_cobc() -> str | None:
    return shutil.which("cobc")
