"""Modules: what a CALL finds outside its own source file, found as libcob 3.1.2 finds it.

A program built with ``cobc -x prog.cob`` reaches other programs at run time through libcob's
resolver (``cob_resolve_cobol`` in libcob/call.c), in this order:

1. programs linked into the executable (``cobc -x prog.cob callee.cob`` / ``callee.c``);
2. every module already loaded in the run: the ones named in ``COB_PRE_LOAD`` (a ``:`` list of
   module names), then each one an earlier CALL loaded, so every program and ENTRY of a module
   file can be called once the file is loaded (testsuite 'Entry point visibility (1)': CALL
   'module' then CALL 'modulepart' reaches the ENTRY of module.so);
3. a module file named after the called name in each folder of ``COB_LIBRARY_PATH``, then in the
   current folder. ``COB_LOAD_CASE=UPPER`` / ``LOWER`` folds the name of that file (testsuite
   'COB_LOAD_CASE=UPPER test': CALL "callee" loads CALLEE.so). A module file that does not
   hold the entry stops the run: ``entry point 'module' not found`` ('Entry point visibility
   (2)').

For the legacy engine a COBOL module is its source: ``NAME.cob`` / ``NAME.cbl`` (either case)
is parsed, checked and compiled at its first CALL, once per process (``cobc -m NAME.cob`` has
no output here: ``idrs cobol module NAME.cob`` only checks it). A C module is a shared object,
``NAME.so``, built from ``NAME.c`` with the system C compiler as ``cobc -m NAME.c`` builds it
(:func:`build_c_module`), and called through ctypes (runtime/cmodules.py). The engine also
searches, after the folders above, the calling program's own folder and its ``-I`` folders (a
user's other programs next to the one they run).
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolError, Origin
from idrs_sandbox.cobol.directives import SourceOptions
from idrs_sandbox.cobol.program import Program, parse_program
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.runtime.support import CobolRuntimeError

COBOL_SUFFIXES = (".cob", ".cbl", ".COB", ".CBL")
C_SUFFIX = ".c"
MODULE_SUFFIX = ".so"  # COB_MODULE_EXT of the Debian build


class ModuleBuildError(IdrsError):
    """A module source that does not build (the C compiler's or the checker's message)."""


@dataclass(frozen=True)
class EntryPoint:
    """``ENTRY 'name'`` of a program: a CALL of the name starts the program there."""

    program: Program
    entry: ast.Entry


def program_entries(program: Program) -> dict[str, ast.Entry]:
    """The ENTRY statements of a program, by name (each begins a paragraph of its own:
    cobol/program.py)."""
    found: dict[str, ast.Entry] = {}
    if program.procedure is None:
        return found
    for paragraph in program.procedure.paragraphs():
        if paragraph.sentences and paragraph.sentences[0].statements:
            first = paragraph.sentences[0].statements[0]
            if isinstance(first, ast.Entry):
                found.setdefault(first.name, first)
    return found


@dataclass
class CobolModule:
    """A COBOL source file seen as a module: its outermost programs and their ENTRY names are
    its entries."""

    path: Path | None
    programs: tuple[Program, ...]
    entries: dict[str, EntryPoint] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        for program in reversed(self.programs):
            for name, entry in program_entries(program).items():
                self.entries[name] = EntryPoint(program, entry)

    def entry(self, name: str) -> Program | EntryPoint | None:
        for program in self.programs:
            if program.name.strip() == name:
                return program
        return self.entries.get(name)


@dataclass
class CFunction:
    """A C function of a shared object, called through ctypes (runtime/cmodules.py)."""

    name: str
    function: Any
    module: CModule


@dataclass
class CModule:
    """A shared object loaded into the process (``cobc -m x.c`` / gcc -shared)."""

    path: Path
    library: ctypes.CDLL
    capi: bool = False
    """It calls libcob's API: its CALLs describe their operands to the shim (runtime/capi.py)."""

    def entry(self, name: str) -> CFunction | None:
        try:
            function = getattr(self.library, name)
        except AttributeError:
            return None
        return CFunction(name, function, self)


Module = CobolModule | CModule
Target = Program | EntryPoint | CFunction


class EntryNotFound(Exception):
    """A module file was found and loaded but holds no entry of the called name."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


# ------------------------------------------------------------------------ process-wide caches

_SOURCES: dict[tuple[Any, ...], CobolModule] = {}
_LATEST: dict[tuple[Any, ...], CobolModule] = {}
_LIBRARIES: dict[tuple[Path, int, int, int], CModule] = {}


def _stat_key(path: Path) -> tuple[Path, int, int, int]:
    info = path.stat()
    return (path.resolve(), info.st_ino, info.st_size, info.st_mtime_ns)


def load_cobol_module(
    path: Path, copy_dirs: Sequence[Path], origin: Origin | None = None
) -> CobolModule:
    """The programs of a COBOL source, parsed once per process (a source edited since is read
    again); each is checked and compiled at its first CALL (runtime/call.py)."""
    try:
        built = _LATEST.get((*_stat_key(path), tuple(copy_dirs)))
        return built if built is not None else parse_module(path, copy_dirs)
    except CobolError as error:
        raise CobolRuntimeError(f"module {path.name}: {error}", origin) from None


def parse_module(
    path: Path, copy_dirs: Sequence[Path], options: SourceOptions | None = None
) -> CobolModule:
    """A COBOL source's programs (``options``: cobc's -free, -D for a module built with them;
    parsed once per file and options)."""
    given = (
        (options.free, tuple(sorted(options.defines.items())), options.dialect) if options else None
    )
    key = (*_stat_key(path), tuple(copy_dirs), given)
    module = _SOURCES.get(key)
    if module is None:
        program = parse_program(path, copy_dirs, options)
        module = CobolModule(path, tuple(program.unit))
        _SOURCES[key] = module
    _LATEST[key[:-1]] = module  # what a CALL loads: the module as last built (cobc -m)
    return module


def load_c_module(path: Path) -> CModule:
    """A shared object loaded once per process (ctypes cannot unload one)."""
    key = _stat_key(path)
    module = _LIBRARIES.get(key)
    if module is None:
        capi = refuse_libcob(path)
        try:
            if capi:
                from idrs_sandbox.runtime.capi import shim

                shim()  # first, so the module's cob_* references resolve to it
            library = ctypes.CDLL(str(path.resolve()))
        except OSError as error:
            raise CobolRuntimeError(f"module {path.name} cannot be loaded: {error}") from None
        module = CModule(path, library, capi)
        _LIBRARIES[key] = module
    return module


def refuse_libcob(path: Path) -> bool:
    """Whether a shared object calls libcob's API. One that needs a libcob function the
    engine's shim does not provide (runtime/capi.py; a module cobc built from COBOL needs
    libcob's whole run-time state) is refused with the functions it needs rather than crashing
    the interpreter."""
    from idrs_sandbox.runtime.capi import provided

    nm = shutil.which("nm")
    if nm is None:
        return False
    done = subprocess.run(
        [nm, "-D", "--undefined-only", str(path)], capture_output=True, text=True, check=False
    )
    needed = sorted(
        {line.split()[-1].split("@")[0] for line in done.stdout.splitlines() if line.strip()}
    )
    libcob = [name for name in needed if name.startswith("cob_") or name in provided()]
    missing = [name for name in libcob if name not in provided()]
    if missing:
        shown = ", ".join(missing[:4]) + (", ..." if len(missing) > 4 else "")
        raise CobolRuntimeError(
            f"module {path.name} calls libcob ({shown}): a module built by cobc from COBOL, or "
            "C code using more of libcob's API than docs/interpreter.md lists, is not "
            "supported by the legacy engine"
        )
    return bool(libcob)  # also EXTFH and the shim's own idrs_* (runtime/cmain.py)


# ---------------------------------------------------------------------------- building modules


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "idrs-sandbox" / "c-modules"


def libcob_include() -> list[str]:
    """``-I`` for libcob.h where GnuCOBOL is installed (C modules written for cobc include it
    for COB_EXT_EXPORT and its types)."""
    for folder in (Path("/usr/include"), Path("/usr/local/include")):
        if (folder / "libcob.h").exists():
            return [f"-I{folder}"]
    return []


def c_compiler() -> str | None:
    """The C compiler C code is built with, as cobc finds one: ``$CC``, else ``cc``, else gcc."""
    return shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc")


def build_c_module(source: Path, output: Path | None = None) -> Path:
    """Compile a C source into a shared object as ``cobc -m x.c`` does (``x.so`` next to it, or
    ``output``). It is linked with ``-z defs``: a reference to libcob's API (cob_*) is refused
    here, at build time, with the function's name."""
    target = output if output is not None else source.with_suffix(MODULE_SUFFIX)
    _compile_c(source, target)
    return target


def cached_c_module(source: Path) -> Path:
    """A C source linked into a run (``cobc -x prog.cob x.c``): built once into the cache
    folder, named by the hash of its text, so no file is written next to the user's."""
    # the shim's name is part of the hash: a module is linked against one build of it
    shim = _shim()
    digest = hashlib.sha256(source.read_bytes() + str(shim).encode()).hexdigest()[:24]
    target = cache_dir() / f"{source.stem}-{digest}{MODULE_SUFFIX}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        _compile_c(source, partial)
        partial.replace(target)
    return target


def _compile_c(source: Path, target: Path) -> None:
    compiler = c_compiler()
    if compiler is None:
        raise ModuleBuildError(f"{source}: no C compiler (cc or gcc) to build the module")
    command = [
        compiler,
        "-shared",
        "-fPIC",
        "-O0",
        "-Wl,-z,defs",
        *libcob_include(),
        "-o",
        str(target),
        str(source),
    ]
    shim = _shim()
    if shim is not None:  # libcob's C API, as far as runtime/capi.py provides it
        command += ["-Wl,--as-needed", str(shim), f"-Wl,-rpath,{shim.parent}"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        libcob = [line for line in lines if "undefined reference to `cob_" in line]
        if libcob:
            name = libcob[0].split("`", 1)[1].split("'", 1)[0]
            raise ModuleBuildError(
                f"{source}: calls libcob's {name}: the legacy engine provides only part of "
                "libcob's C API (docs/interpreter.md, 'libcob's C API')"
            )
        detail = next((line for line in lines if "error" in line), lines[0] if lines else "")
        raise ModuleBuildError(f"{source}: the C compiler failed: {detail}")


@cache
def _shim() -> Path | None:
    """The engine's libcob C API (runtime/capi.py), or None where it cannot be built (no
    libcob.h: GnuCOBOL is not installed; C code then gets plain C only)."""
    from idrs_sandbox.runtime.capi import shim_path

    try:
        return shim_path()
    except CobolRuntimeError:
        return None


def build_module(
    source: Path,
    copy_dirs: Sequence[Path] = (),
    output: Path | None = None,
    options: SourceOptions | None = None,
) -> Path:
    """``cobc -m SOURCE``: a C source becomes ``NAME.so``; a COBOL source is checked and
    compiled (it is its own module: the resolver loads it from the source)."""
    if source.suffix == C_SUFFIX:
        return build_c_module(source, output)
    if source.suffix in COBOL_SUFFIXES:
        from idrs_sandbox.runtime.machine import LegacyProgram

        module = parse_module(source, copy_dirs, options)
        for program in module.programs:
            compiled_program(program, LegacyProgram)
        return source
    raise ModuleBuildError(f"{source}: not a COBOL (.cob, .cbl) or C (.c) source")


_COMPILED: dict[int, tuple[Program, Any]] = {}


def compiled_program(program: Program, factory: Any) -> Any:
    """The LegacyProgram of a module's program, compiled once per process."""
    found = _COMPILED.get(id(program))
    if found is None or found[0] is not program:
        found = (program, factory(program))
        _COMPILED[id(program)] = found
    return found[1]


def link(
    sources: Sequence[Path], copy_dirs: Sequence[Path] = (), options: SourceOptions | None = None
) -> tuple[Module, ...]:
    """The modules linked into an executable with the main program (``cobc -x prog.cob a.cob
    b.c``): COBOL sources checked and compiled, C sources built into the cache folder."""
    linked: list[Module] = []
    for source in sources:
        if source.suffix == C_SUFFIX:
            linked.append(load_c_module(cached_c_module(source)))
        elif source.suffix == MODULE_SUFFIX:
            linked.append(load_c_module(source))
        else:
            build_module(source, copy_dirs, options=options)
            linked.append(load_cobol_module(source, copy_dirs))
    return tuple(linked)


# ------------------------------------------------------------------------------- the resolver


@dataclass
class Resolver:
    """What CALL finds in one run: the linked modules, then the loaded ones, then the files."""

    environ: Mapping[str, str]
    cwd: Path
    linked: Sequence[Module] = ()
    loaded: list[Module] = field(default_factory=list)
    preloaded: bool = False
    main: Program | None = None
    """The run's main program (it is running for the whole run: CANCEL of it stops the run)."""

    def find(self, name: str, folders: Sequence[Path], copy_dirs: Sequence[Path]) -> Target | None:
        """The program or C function ``name`` reaches; None if no module file has that name;
        EntryNotFound if one has but does not hold it."""
        if not self.preloaded:
            self.preloaded = True
            self._preload(folders, copy_dirs)
        for module in (*self.linked, *self.loaded):
            target = module.entry(name)
            if target is not None:
                return target
        found = self._load(self._file_name(name), folders, copy_dirs)
        if found is None:
            return None
        self.loaded.append(found)
        target = found.entry(name)
        if target is None:
            raise EntryNotFound(name)
        return target

    def _file_name(self, name: str) -> str:
        case = self.environ.get("COB_LOAD_CASE", "").strip().upper()
        if case == "UPPER":
            return name.upper()
        if case == "LOWER":
            return name.lower()
        return name

    def _preload(self, folders: Sequence[Path], copy_dirs: Sequence[Path]) -> None:
        for item in self.environ.get("COB_PRE_LOAD", "").split(os.pathsep):
            item = item.strip()
            if not item:
                continue
            module = self._load(item, folders, copy_dirs)
            if module is not None:
                self.loaded.append(module)

    def search_folders(self, folders: Sequence[Path]) -> list[Path]:
        given = self.environ.get("COB_LIBRARY_PATH", "")
        path = [Path(part) for part in given.split(os.pathsep) if part]
        path = [p if p.is_absolute() else self.cwd / p for p in path]
        return [*path, self.cwd, *folders]

    def _load(self, stem: str, folders: Sequence[Path], copy_dirs: Sequence[Path]) -> Module | None:
        """The module file ``stem`` (a path, or a name searched for in the folders)."""
        if "/" in stem:
            candidates = [self.cwd / stem]
        else:
            candidates = [folder / stem for folder in self.search_folders(folders)]
        for base in candidates:
            for suffix in COBOL_SUFFIXES:
                source = base.with_name(base.name + suffix)
                if source.is_file():
                    return load_cobol_module(source, copy_dirs)
            library = base.with_name(base.name + MODULE_SUFFIX)
            if library.is_file():
                return load_c_module(library)
        return None


def module_program(name: str, environ: Mapping[str, str], cwd: Path) -> Program | None:
    """What ``cobcrun NAME`` runs: the program NAME of the module file NAME, found as a CALL
    finds it (COB_LIBRARY_PATH, then the current folder)."""
    target = Resolver(environ, cwd).find(name, (), (cwd,))
    return target if isinstance(target, Program) else None


def library_path(environ: Mapping[str, str], folders: Sequence[Path]) -> dict[str, str]:
    """The environment with ``folders`` put first in COB_LIBRARY_PATH (``idrs cobol run -L``)."""
    updated = dict(environ)
    given = [str(folder.resolve()) for folder in folders]
    if given:
        rest = environ.get("COB_LIBRARY_PATH", "")
        updated["COB_LIBRARY_PATH"] = os.pathsep.join([*given, *([rest] if rest else [])])
    return updated
