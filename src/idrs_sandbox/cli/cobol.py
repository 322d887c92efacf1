"""``idrs cobol``: run or check any program of the COBOL subset with the legacy engine.

``idrs cobol run PROG.cbl`` prints what the cobc-built executable prints and exits with its
RETURN-CODE; ``--trace`` writes the paragraph flow to stderr (``TRACE FILE:LINE: PARAGRAPH``),
``--trace-statements`` every statement too, with its source text (a step-by-step log);
``--coverage`` prints which paragraphs and branches the run reached.
``idrs cobol check PROG.cbl`` reports every syntax and semantic problem with its position.

The program finds its files as the cobc-built executable does (libcob's rules): ``ASSIGN TO
"MASTIN"`` is the file named by ``DD_MASTIN``, else ``dd_MASTIN``, else ``MASTIN``, else a file
called ``MASTIN`` in the current folder. After the run, stderr says which files it wrote and,
when the return code is not 0, why: the ``ABEND`` line the program printed in one of them
(POSTING writes its abend cause to REPORT).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams

from idrs_sandbox.cli.console import console as make_console
from idrs_sandbox.cobol.checks import CheckFailed, check_program
from idrs_sandbox.cobol.directives import SourceOptions
from idrs_sandbox.cobol.program import Program, parse_program
from idrs_sandbox.paths import copybook_dir

COPY_DIR_HELP = "copybook folder (repeatable); the program's own folder is searched first"
copy_dir_option = click.option(
    "-I",
    "copy_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help=COPY_DIR_HELP,
)
"""``-I DIR``, as cobc takes it, on every command that reads COBOL source."""


def dialect_options(command: Callable[..., None]) -> Callable[..., None]:
    """``-std=NAME`` and ``-fOPTION[=VALUE]`` / ``-fno-OPTION``, as cobc takes them
    (cobol/dialect.py); click reads ``-fsign=EBCDIC`` as ``-f`` with ``sign=EBCDIC``."""
    command = click.option(
        "-f",
        "flags",
        multiple=True,
        metavar="OPTION[=VALUE]",
        help="a cobc dialect option: -fsign=EBCDIC, -fno-binary-truncate, "
        "-fdefaultbyte=A, -fnot-reserved=WORD,... (repeatable)",
    )(command)
    return click.option(
        "-std",
        "std",
        default="default",
        metavar="NAME",
        help="cobc's dialect: default, ibm, mvs, mf, acu, bs2000, rm, realia, cobol85, "
        "cobol2002, cobol2014, xopen (and their -strict forms)",
    )(command)


def _options(std: str, flags: tuple[str, ...]) -> SourceOptions:
    """The SourceOptions of cobc's -std and -f arguments (one line for an unknown one)."""
    return SourceOptions.from_cobc_arguments([f"-std={std}", *(f"-f{flag}" for flag in flags)])


def _copy_dirs(given: tuple[Path, ...]) -> tuple[Path, ...]:
    # Without -I the project's copybooks are the fallback, so `idrs cobol run POSTING.cbl` works.
    return given or (copybook_dir(),)


def _checked(
    program_file: Path, copy_dirs: tuple[Path, ...], options: SourceOptions | None = None
) -> Program:
    program = parse_program(program_file, _copy_dirs(copy_dirs), options)
    errors = check_program(program)
    if errors:
        raise CheckFailed(errors)
    return program


@click.group("cobol")
def cobol_group() -> None:
    """Run or check a COBOL program with the legacy engine (our interpreter)."""


def _run_c_main(
    source: Path,
    linked: tuple[Path, ...],
    copy_dirs: tuple[Path, ...],
    options: SourceOptions,
    implicit_init: bool,
) -> None:
    """``cobc -x main.c prog.cob`` then the executable: exit status = main's result."""
    from idrs_sandbox.runtime.cmain import build_c_main
    from idrs_sandbox.runtime.machine import RunStreams

    driver = build_c_main(
        source, linked, source.stem, _copy_dirs(copy_dirs), options, implicit_init
    )
    streams = RunStreams(
        sys.stdout.buffer, sys.stderr.buffer, os.environ, Path.cwd(), sys.stdin.buffer
    )
    raise SystemExit(driver.run(streams))


@cobol_group.command("run")
@click.argument("program_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@copy_dir_option
@click.option("--trace", is_flag=True, help="print every paragraph entered, to stderr")
@click.option(
    "--trace-statements", is_flag=True, help="print every statement executed too, to stderr"
)
@click.option(
    "--coverage",
    is_flag=True,
    help="after the run, print to stderr the paragraphs and branches (IF arms, WHENs) reached "
    "and every one never entered",
)
@click.option(
    "--debug", is_flag=True, help="check subscripts as cobc -debug does (EC-BOUND-SUBSCRIPT)"
)
@click.option(
    "-L",
    "--module-path",
    "module_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="folder of modules a CALL may load (repeatable; searched before COB_LIBRARY_PATH and "
    "the current folder): COBOL sources NAME.cob / NAME.cbl, C shared objects NAME.so",
)
@click.option(
    "--link",
    "linked",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="a COBOL or C source linked with the program, as `cobc -x PROG.cob FILE` (repeatable)",
)
@dialect_options
@click.argument("arguments", nargs=-1)
def run_command(
    program_file: Path,
    copy_dirs: tuple[Path, ...],
    trace: bool,
    trace_statements: bool,
    coverage: bool,
    debug: bool,
    module_dirs: tuple[Path, ...],
    linked: tuple[Path, ...],
    std: str,
    flags: tuple[str, ...],
    arguments: tuple[str, ...],
) -> None:
    """Run PROGRAM_FILE as `cobc -x` then the executable would; exit status = RETURN-CODE.

    ARGUMENTS (after --) are the program's: ACCEPT ... FROM COMMAND-LINE / ARGUMENT-VALUE.

    Files are found as the executable finds them: DD_NAME, dd_NAME or NAME in the environment,
    else a file NAME in the current folder (so run it in a folder set up for it). Then stderr
    lists the files the program wrote and, for a return code other than 0, the ABEND line it
    printed.
    """
    from idrs_sandbox.runtime.machine import LegacyProgram, RunStreams
    from idrs_sandbox.runtime.modules import library_path, link

    options = _options(std, flags)
    if program_file.suffix == ".c":  # a C main program calling COBOL (runtime/cmain.py)
        _run_c_main(program_file, linked, copy_dirs, options, "implicit-init" in flags)
        return
    program = _checked(program_file, copy_dirs, options)
    compiled = LegacyProgram(
        program, trace=trace, trace_statements=trace_statements, coverage=coverage, debug=debug
    )
    compiled.linked = link(linked, _copy_dirs(copy_dirs), options)
    handlers = [flag.split("=", 1)[1] for flag in flags if flag.startswith("callfh=")]
    if handlers:  # -f callfh=NAME: file operations through a C handler (runtime/extfh.py)
        compiled.callfh = handlers[-1]
    environ = library_path(os.environ, module_dirs)
    files = _program_files(program)
    before = {name: _stamp(path) for name, (path, _) in files.items()}
    try:
        streams = RunStreams(
            sys.stdout.buffer,
            sys.stderr.buffer,
            environ,
            Path.cwd(),
            sys.stdin.buffer,
            arguments=arguments,  # ACCEPT ... FROM ARGUMENT-VALUE / COMMAND-LINE
        )
        return_code = compiled.run(streams)
    finally:
        if coverage:
            _print_coverage(compiled, program_file)
    written = {n: f for n, f in files.items() if _stamp(f[0]) not in (None, before[n])}
    written.update(_opened_to_write(streams, written))
    _report_run(program_file, written, return_code)
    sys.exit(return_code)


_Stamp = tuple[int, int, int] | None


def _program_files(program: Program) -> dict[str, tuple[Path, bool]]:
    """Each SELECT's ASSIGN name: the file it resolves to now (libcob's rules, as the
    interpreter applies them) and whether it is LINE SEQUENTIAL (a printed report)."""
    from idrs_sandbox.runtime.files import resolve_assign

    cwd = Path.cwd()
    return {
        declaration.assign: (
            resolve_assign(declaration.assign, os.environ, cwd),
            declaration.line_sequential,
        )
        for declaration in program.files
    }


def _opened_to_write(
    streams: RunStreams, listed: dict[str, tuple[Path, bool]]
) -> dict[str, tuple[Path, bool]]:
    """The files the run opened to write that the SELECTs' ASSIGN names do not give (an
    ASSIGN data item's value at each OPEN, CBL_CREATE_FILE ...), by their own names."""
    known = {os.path.abspath(path) for path, _ in listed.values()}
    found: dict[str, tuple[Path, bool]] = {}
    for name in streams.written:
        path = Path(name)
        if os.path.abspath(path) not in known and _stamp(path) is not None:
            known.add(os.path.abspath(path))
            found[path.name if path.name not in listed else name] = (path, False)
    return found


def _stamp(path: Path) -> _Stamp:
    """What tells a file the program wrote from one it left alone (None: not a file)."""
    try:
        info = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _report_run(
    program_file: Path, written: dict[str, tuple[Path, bool]], return_code: int
) -> None:
    err = make_console(stderr=True, highlight=False)
    if written:
        err.print(f"{program_file.name} wrote:", markup=False)
        for name, (path, _) in written.items():
            size = path.stat().st_size
            err.print(f"  {name:<10} {_shown(path)} ({size:,} bytes)", markup=False)
    else:
        err.print(f"{program_file.name} wrote no file", markup=False)
    if return_code != 0:
        err.print(f"return code {return_code}: {_reason(written)}", markup=False)


def _shown(path: Path) -> str:
    try:
        return f"./{path.resolve().relative_to(Path.cwd().resolve())}"
    except ValueError:
        return str(path)


def _reason(written: dict[str, tuple[Path, bool]]) -> str:
    """The ABEND line the program printed (POSTING: ``ABEND: CONTROL CARD INVALID`` in
    REPORT), and where."""
    for name, (path, line_sequential) in written.items():
        if not line_sequential:
            continue
        with path.open("rb") as report:
            for line in report:
                text = line.decode("latin-1").strip()
                if text.startswith("ABEND"):
                    return f"{text} (in {name})"
    return "the program printed no ABEND line in the files it wrote"


def _print_coverage(compiled: LegacyProgram, program_file: Path) -> None:
    from rich.console import Console

    from idrs_sandbox.cli.coverage_view import summary_table, unreached_table, wide

    console = wide(Console(stderr=True))
    measured = compiled.coverage()
    console.print(summary_table([("this run", measured)], f"{program_file.name} reached"))
    if measured.unreached():
        console.print(unreached_table(measured, "never entered"))


@cobol_group.command("module")
@click.argument(
    "sources", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@copy_dir_option
@dialect_options
def module_command(
    sources: tuple[Path, ...], copy_dirs: tuple[Path, ...], std: str, flags: tuple[str, ...]
) -> None:
    """Build modules a CALL can load, as `cobc -m` does: a C source X.c becomes the shared
    object X.so next to it (built with the system C compiler; plain C functions, not libcob's
    API); a COBOL source is checked and compiled, and is its own module (CALL loads it from the
    source)."""
    from idrs_sandbox.runtime.modules import build_module

    options = _options(std, flags)
    for source in sources:
        built = build_module(source, _copy_dirs(copy_dirs), options=options)
        click.echo(f"{source.name}: module {built.name}")


@cobol_group.command("check")
@click.argument("program_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@copy_dir_option
@dialect_options
def check_command(
    program_file: Path, copy_dirs: tuple[Path, ...], std: str, flags: tuple[str, ...]
) -> None:
    """Report every syntax and semantic error of PROGRAM_FILE (FILE:LINE:COL, line, caret)."""
    from idrs_sandbox.runtime.machine import LegacyProgram

    program = _checked(program_file, copy_dirs, _options(std, flags))
    LegacyProgram(program)  # the compiler's own checks (types of operands, ranges)
    click.echo(f"{program_file.name}: no errors")
