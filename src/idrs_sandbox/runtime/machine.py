"""Run a compiled COBOL program: fresh storage, files, DISPLAY streams, return code.

:class:`LegacyProgram` compiles once (parse tree -> Python source -> code object); every
:meth:`LegacyProgram.run` starts from fresh storage, like a new process of the cobc-built
executable. The process exit status is RETURN-CODE (or STOP RUN's status), modulo 256.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import sys
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType
from typing import Any, BinaryIO

from idrs_sandbox.cobol.checks import CheckFailed, check_program
from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin
from idrs_sandbox.cobol.directives import SourceOptions
from idrs_sandbox.cobol.procedure import substitute_constants
from idrs_sandbox.cobol.program import Program, parse_program
from idrs_sandbox.runtime import clock, exceptions
from idrs_sandbox.runtime.arguments import Arguments
from idrs_sandbox.runtime.bytestreams import close_all
from idrs_sandbox.runtime.compile import Compiler
from idrs_sandbox.runtime.coverage import Coverage
from idrs_sandbox.runtime.data import DataModel, build_data_model
from idrs_sandbox.runtime.debugging import debugging_switch, is_true
from idrs_sandbox.runtime.filebind import FileHandle, assign_reader, bind_file
from idrs_sandbox.runtime.fileerrors import io_error_reporter
from idrs_sandbox.runtime.invocation import chain_arguments
from idrs_sandbox.runtime.linage import LinageFile
from idrs_sandbox.runtime.mainentry import register_main
from idrs_sandbox.runtime.randoms import Rand
from idrs_sandbox.runtime.scope import bind_shared
from idrs_sandbox.runtime.sortfiles import SortFile
from idrs_sandbox.runtime.storage import reader
from idrs_sandbox.runtime.support import (
    EXCEPTIONS,
    CobolRuntimeError,
    StopRun,
    SubscriptAbend,
)
from idrs_sandbox.runtime.tracing import Tracer


@dataclass
class RunStreams:
    """Where DISPLAY and the trace go, and the environment that resolves ASSIGN names."""

    stdout: BinaryIO
    stderr: BinaryIO
    environ: Mapping[str, str]
    cwd: Path
    stdin: BinaryIO | None = None
    arguments: Sequence[str] = ()
    """The program's arguments (``idrs cobol run PROG -- ARGS``): runtime/arguments.py."""
    byte_files: dict[int, str] = field(default_factory=dict)
    """Descriptors CBL_OPEN_FILE / CBL_CREATE_FILE opened (runtime/bytestreams.py)."""
    random: Rand = field(default_factory=Rand)
    """glibc's rand state for FUNCTION RANDOM (runtime/randoms.py): the run's own."""
    written: dict[str, None] = field(default_factory=dict)
    """The files the run opened to write (OPEN OUTPUT / EXTEND / I-O, CBL_CREATE_FILE and
    CBL_OPEN_FILE for writing, CBL_COPY_FILE's target), in the order first opened: what
    ``idrs cobol run`` lists, dynamic ASSIGN names included."""

    def note_written(self, path: str | Path) -> None:
        """A file the run has opened to write (:attr:`written`)."""
        self.written[str(path)] = None


_NESTING_LIMIT = (
    "is nested too deeply for the legacy engine (its generated Python allows about 90 levels of "
    "IF, EVALUATE and inline PERFORM inside one another; cobc compiles deeper nesting with a "
    "warning above 128): move the inner statements into a paragraph and PERFORM it"
)


def _compile_generated(
    source: str, program: Program, line_origins: Sequence[tuple[int, Origin]]
) -> CodeType:
    """Compile the generated Python. Python refuses more than 100 levels of indentation (and
    overflows its parser on deeper expressions): that is a limit of this engine, reported at the
    COBOL statement whose code went too deep, never as a Python traceback."""
    try:
        return compile(source, f"<cobol {program.file_name}>", "exec")
    except (SyntaxError, RecursionError, MemoryError) as error:
        line = getattr(error, "lineno", None) or 0
        starts = [generated for generated, _ in line_origins]
        at = bisect.bisect_right(starts, line) - 1
        origin = line_origins[at][1] if line_origins and at >= 0 else None
        raise CobolSemanticError(f"this statement {_NESTING_LIMIT}", origin) from None


class LegacyProgram:
    """A COBOL program compiled for the legacy engine."""

    def __init__(
        self,
        program: Program,
        trace: bool = False,
        trace_statements: bool = False,
        coverage: bool = False,
        debug: bool = False,
    ) -> None:
        errors = check_program(program)
        if errors:
            raise CheckFailed(errors)
        self.trace_from_start = True
        """Whether a traced program (``trace``) traces before any READY TRACE: so for
        ``idrs cobol run --trace``; a program built as with ``cobc -ftrace`` starts with the
        trace off unless COB_SET_TRACE is true (libcob), and READY TRACE turns it on."""
        self.libcob_trace = False
        """The trace in libcob's format, to COB_TRACE_FILE when set (runtime/tracing.py): for a
        program built as with ``cobc -ftrace`` (the conformance harness)."""
        if program.procedure is not None:
            literals = {name: c.value for name, c in program.constants.items()}
            substitute_constants(program.procedure, literals)
        self.program = program
        self.trace = trace
        model = build_data_model(program)
        compiler = Compiler(program, model, trace, trace_statements, coverage, debug)
        self.source = compiler.compile()
        unlisted: frozenset[int] = frozenset()
        while compiler.unlistable:  # tables a list cannot serve (runtime/compile/tables.py)
            unlisted |= compiler.unlistable
            compiler = Compiler(program, model, trace, trace_statements, coverage, debug, unlisted)
            self.source = compiler.compile()
        self.probes = tuple(compiler.probes)
        self.hits = [0] * len(self.probes)
        """Coverage counts, added up over every run (empty unless compiled with coverage)."""
        compiler.namespace["_COV"] = self.hits
        self.code: CodeType = _compile_generated(self.source, program, compiler.line_origins)
        self.line_starts = [line for line, _ in compiler.line_origins]
        self.namespace = compiler.namespace
        self.origins = compiler.origins
        self.line_origins = compiler.line_origins
        self.filename = f"<cobol {program.file_name}>"
        self.promoted_slots = compiler.promoted_slots
        self.linked: tuple[Any, ...] = ()
        """Modules linked with it (``cobc -x prog.cob sub.cob sub.c``): runtime/modules.py."""
        self.recursive_check = True
        """A CALL of this program while it is active and not RECURSIVE stops the run
        (``cobc -fno-recursive-check``: False; runtime/invocation.py)."""
        dialect = program.source.dialect  # cobol/dialect.py
        self.sticky_linkage = dialect.flag("sticky-linkage")
        """``cobc -fsticky-linkage``: a LINKAGE record keeps its storage from one CALL to the
        next when a CALL does not pass it (runtime/linkage.py)."""
        self.assign_external = dialect.values["assign-clause"] in ("external", "ibm")
        """``cobc -fassign-clause=external``: an ASSIGN word names the file, never an item."""
        self.filename_mapping = dialect.flag("filename-mapping")
        """ASSIGN names mapped through the environment (``cobc -fno-filename-mapping``: False;
        runtime/files.py resolve_assign)."""
        self.callfh: str | None = None
        """``cobc -fcallfh=NAME``: the C function every file operation goes through."""

    @property
    def source_location(self) -> bool:
        """EXCEPTION-LOCATION / EXCEPTION-STATEMENT recorded, as in a program built with
        ``cobc -debug`` or ``-fsource-location`` (runtime/exceptions.py); ``debug`` sets it."""
        return bool(self.namespace["_XLOC"][0])

    @source_location.setter
    def source_location(self, value: bool) -> None:
        self.namespace["_XLOC"][0] = value

    @classmethod
    def from_file(
        cls,
        path: Path | str,
        copy_dirs: Sequence[Path] = (),
        trace: bool = False,
        coverage: bool = False,
        debug: bool = False,
        options: SourceOptions | None = None,
    ) -> LegacyProgram:
        """``debug``: run as a program built with ``cobc -debug`` (subscripts checked);
        ``options``: cobc's -free and -D (cobol/directives.py)."""
        program = parse_program(path, copy_dirs, options)
        return cls(program, trace, coverage=coverage, debug=debug)

    def coverage(self) -> Coverage:
        """What the runs so far reached (a copy: later runs do not change it)."""
        return Coverage(self.probes, self.hits)

    def reset_coverage(self) -> None:
        self.hits[:] = [0] * len(self.hits)

    def run(self, streams: RunStreams | None = None) -> int:
        """Run once from fresh storage; returns the return code (0-255)."""
        streams = streams or RunStreams(
            sys.stdout.buffer, sys.stderr.buffer, os.environ, Path.cwd(), sys.stdin.buffer
        )
        model = build_data_model(self.program)
        namespace = dict(self.namespace)
        files = self._bind(namespace, model, streams)
        bind_shared(namespace, model)  # GLOBAL and EXTERNAL records (runtime/scope.py)
        register_main(namespace, self, model)  # a CALL of its own ENTRY (runtime/mainentry.py)
        if self.callfh:  # cobc -fcallfh=NAME: file operations through a C handler (extfh.py)
            from idrs_sandbox.runtime.extfh import handled_files

            handled_files(namespace, self.callfh, self.program)
        if self.program.procedure is not None and self.program.procedure.chaining:
            chain = self.program.procedure.chaining  # runtime/invocation.py
            chain_arguments(namespace, model, chain, streams.arguments)
        exec(self.code, namespace)
        EXCEPTIONS.clear()
        exceptions.clear()  # FUNCTION EXCEPTION-STATUS starts as spaces
        status: int | None = None
        try:
            if self.program.procedure is not None:
                if self.trace:
                    origin = self.program.procedure.origin
                    namespace["_trace"].entry(origin.file, origin.line)
                namespace["_run"](namespace["_START"], -1)
        except StopRun as stop:
            status = stop.status
        except SubscriptAbend as abend:
            streams.stderr.write(abend.libcob_message(self.program.name).encode())
            return 1
        except CobolRuntimeError:
            raise
        except RecursionError:
            raise CobolRuntimeError(
                "PERFORM nesting too deep (a paragraph performs itself?)"
            ) from None
        except Exception as error:  # a fault of the engine itself: one line, with the statement
            raise self._internal_error(error) from None
        finally:
            streams.stdout.flush()
            close_all(streams.byte_files)
            if self.trace:
                namespace["_trace"].close()
        for handle in files:
            if handle.close_at_exit():
                warning = f"libcob: warning: implicit CLOSE of {handle.name} ('{handle.assign}')\n"
                streams.stderr.write(warning.encode())
        if status is None:
            register = model.special["RETURN-CODE"]
            status = reader(register.ftype)(register.area.buffer, 0)
        return status & 0xFF

    def _internal_error(self, error: Exception) -> CobolRuntimeError:
        """Name the COBOL statement that was running when the generated code failed."""
        origin: Origin | None = None
        trace = error.__traceback__
        while trace is not None:
            if trace.tb_frame.f_code.co_filename == self.filename:
                at = bisect.bisect_right(self.line_starts, trace.tb_lineno) - 1
                if at >= 0:
                    origin = self.line_origins[at][1]
            trace = trace.tb_next
        detail = f"{type(error).__name__}: {error}"
        return CobolRuntimeError(f"the legacy engine failed here ({detail})", origin)

    def _bind(
        self, namespace: dict[str, Any], model: DataModel, streams: RunStreams
    ) -> list[FileHandle]:
        for area in model.areas:
            namespace[f"B{area.index}"] = area.buffer
        for var, area_index, offset, ftype in self.promoted_slots:
            namespace[var] = reader(ftype)(model.areas[area_index].buffer, offset)
        files: list[FileHandle] = []
        environ = dict(streams.environ)  # the run's own: SET ENVIRONMENT changes it
        for entry in model.files.values():
            declaration = entry.declaration
            if declaration.sort:  # an SD: SORT / MERGE work file, never opened
                work = SortFile(declaration.name, entry.area.buffer, entry.record_size)
                work.sort_return = model.special["SORT-RETURN"].area.buffer
                namespace[f"_F_{entry.area.index}"] = work
                continue
            handle: FileHandle
            if declaration.linage is not None:  # a page layout (runtime/linage.py)
                counter = model.special["LINAGE-COUNTER"].area.buffer
                handle = LinageFile(
                    declaration.name,
                    declaration.assign,
                    entry.area.buffer,
                    entry.record_size,
                    declaration.optional,
                    declaration.linage,
                    counter,
                )
                handle.assign_value = assign_reader(entry, self.assign_external, namespace)
            else:
                # the class of its ORGANIZATION (runtime/filebind.py)
                handle = bind_file(entry, self.assign_external, namespace)
            handle.environ = environ
            handle.place = streams  # its cwd: the run's folder (CBL_CHANGE_DIR moves it)
            handle.filename_mapping = self.filename_mapping
            namespace[f"_F_{entry.area.index}"] = handle
            files.append(handle)
        out = streams.stdout.write
        err = streams.stderr.write
        namespace["_args"] = Arguments(
            streams.arguments, self.program.file_name, _mutable(streams.environ)
        )
        namespace["_streams"] = streams  # for the programs a CALL starts (runtime/call.py)
        namespace["_linked"] = self.linked
        namespace["_out"] = out
        namespace["_err"] = err
        namespace["_TRC"] = [self.trace_from_start or is_true(environ.get("COB_SET_TRACE", ""))]
        # READY TRACE / RESET TRACE turn _TRC on and off (statements/debugging.py trace_stmt);
        # libcob's trace format and COB_TRACE_FILE for a program built as with -ftrace
        libcob = {**environ, "_CWD": str(streams.cwd)} if self.libcob_trace else None
        namespace["_trace"] = Tracer(err, namespace["_TRC"], self.program.name.strip(), libcob)
        # an I/O error that stops the run, with libcob's text too (runtime/fileerrors.py)
        namespace["_io_error"] = io_error_reporter(files, environ, self.program.name)
        namespace["_DBG"] = debugging_switch(streams.environ)  # COB_SET_DEBUG
        namespace["_ENV"] = environ  # SET ENVIRONMENT changes it (runtime/debugging.py)
        namespace["_accept_from"] = _date_reader(environ)
        namespace["_accept_line"] = _line_reader(streams.stdin)
        return files


def _date_reader(environ: Mapping[str, str]) -> Callable[[str, int], bytes]:
    """ACCEPT ... FROM DATE / TIME / DAY / DAY-OF-WEEK on the run's clock (runtime/clock.py:
    COB_CURRENT_DATE fixes it)."""

    def accept(source: str, size: int) -> bytes:
        return _accept_from(source, size, clock.now(environ))

    return accept


def _accept_from(source: str, size: int, now: dt.datetime) -> bytes:
    if source == "DATE":
        text = now.strftime("%y%m%d")
    elif source == "DATE YYYYMMDD":
        text = now.strftime("%Y%m%d")
    elif source == "DAY":
        text = now.strftime("%y") + f"{now.timetuple().tm_yday:03d}"
    elif source == "DAY-OF-WEEK":
        text = str(now.isoweekday())
    else:
        text = now.strftime("%H%M%S") + f"{now.microsecond // 10000:02d}"
    return text.encode().ljust(size)[:size]


def _line_reader(stdin: BinaryIO | None) -> Callable[[int], bytes]:
    def accept(size: int) -> bytes:
        line = stdin.readline() if stdin is not None else b""
        return line.rstrip(b"\r\n").ljust(size)[:size]

    return accept


def _mutable(environ: Mapping[str, str] | None) -> MutableMapping[str, str]:
    """The run's own copy of its environment, which DISPLAY ... UPON ENVIRONMENT-VALUE
    changes (libcob's setenv changes its process; a run here never changes its caller's, and
    ASSIGN names keep resolving through the environment the run started with)."""
    return dict(os.environ if environ is None else environ)
