"""CALL and CANCEL at run time: find the called program, keep its storage, pass the arguments.

A called program is compiled once (a :class:`~idrs_sandbox.runtime.machine.LegacyProgram` of its
own) and, in each run, gets its storage at its first CALL; later CALLs find it as the last one
left it, until a CANCEL (measured with cobc 3.1.2, probe ``call_nested``: a counter in a nested
program's WORKING-STORAGE goes 01 02 03, then 01 after CANCEL).

BY REFERENCE items are shared: the called program's LINKAGE record is bound to the caller's
storage (runtime/linkage.py); other operands (BY CONTENT, literals, items held as Python ints)
are bytes copied into its own LINKAGE buffers, the caller storing back a BY REFERENCE copy when
the CALL returns.

RETURN-CODE is one register for the whole run in cobc (probe ``call_nested``: a CALL of a program
that does not touch it leaves the caller's value), so it travels in with the CALL and back.

Which program a name reaches: the caller's nested programs, then the COMMON programs contained
in the programs that contain it, then the outermost programs of the same source file, then
what libcob's resolver finds (runtime/modules.py: linked modules, loaded ones, module files in
COB_LIBRARY_PATH, the current folder, the caller's folder and its -I folders). A C function
found there is called through ctypes (runtime/cmodules.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.cobol.program import Program
from idrs_sandbox.runtime import invocation
from idrs_sandbox.runtime.anylength import (
    Sizes,
    call_sizes,
    compile_variant,
    rebind,
    variant_model,
)
from idrs_sandbox.runtime.callbacks import calling
from idrs_sandbox.runtime.capi import Shape
from idrs_sandbox.runtime.cmodules import call_c
from idrs_sandbox.runtime.invocation import Frames, refuse_recursion
from idrs_sandbox.runtime.linkage import SharedArgument, view, write_back
from idrs_sandbox.runtime.mainentry import as_called, main_instance
from idrs_sandbox.runtime.modules import (
    CFunction,
    CobolModule,
    EntryNotFound,
    EntryPoint,
    Resolver,
    Target,
    compiled_program,
    program_entries,
)
from idrs_sandbox.runtime.pointers import NullArea
from idrs_sandbox.runtime.scope import bind_shared, run_store
from idrs_sandbox.runtime.shell import run_environment, system
from idrs_sandbox.runtime.storage import materializer, reader, writer
from idrs_sandbox.runtime.support import CobolRuntimeError, StopRun
from idrs_sandbox.runtime.sysfiles import system_routine

if TYPE_CHECKING:
    from idrs_sandbox.runtime.data import DataEntry, DataModel
    from idrs_sandbox.runtime.machine import LegacyProgram


class Goback(Exception):
    """GOBACK or EXIT PROGRAM in a called program: back to the caller."""


def raise_goback() -> None:
    raise Goback()


def by_reference(results: Sequence[bytes | None], modes: str) -> list[bytes | None]:
    """The operands' bytes after a CALL, None for those passed BY VALUE (nothing goes back)."""
    return [
        None if index < len(modes) and modes[index] == "V" else raw
        for index, raw in enumerate(results)
    ]


def program_name(raw: bytes) -> str:
    """The name a CALL or CANCEL means: up to a X'00', without leading or trailing spaces (as
    libcob does: testsuite 'PROGRAM-ID / CALL literal/variable with spaces')."""
    return raw.split(b"\0", 1)[0].decode("latin-1").strip()


def overlay(new: bytes, old: bytes) -> bytes:
    """``new`` written over ``old``, keeping ``old``'s length (a shorter argument leaves the
    rest of the receiving item as it was)."""
    return new[: len(old)] + old[len(new) :]


@dataclass
class Instance:
    """A called program's storage in one run."""

    program: LegacyProgram
    namespace: dict[str, Any]
    parameters: list[DataEntry]
    return_code: DataEntry
    active: bool = False
    frames: Frames = field(default_factory=Frames)
    """LOCAL-STORAGE and LINKAGE blocks of an activation (runtime/invocation.py)."""
    depth: int = 0
    """Activations running (more than one: a RECURSIVE program CALLed itself)."""
    entry_parameters: dict[str, list[DataEntry]] = field(default_factory=dict)
    """The LINKAGE items of each ``ENTRY 'name' USING ...`` (its own operand list)."""
    compiled_namespace: dict[str, Any] = field(default_factory=dict)
    """The namespace of the compiled code it runs (runtime/anylength.py rebind)."""
    sizes: Sizes = ()
    """The sizes of its ANY LENGTH items its code is compiled for (runtime/anylength.py)."""
    own: dict[str, Any] = field(default_factory=dict)
    """Its LINKAGE records' own buffers (``B<n>``): a copied argument goes there."""
    pinned: frozenset[str] = frozenset()
    """LINKAGE records its files read and write directly (a FILE STATUS, RELATIVE KEY or
    DEPENDING ON item in LINKAGE): they get copies, never the caller's storage."""


@dataclass
class Linker:
    """The programs one program can CALL (one per compiled caller, kept across runs)."""

    caller: Program
    compiled: dict[int, LegacyProgram] = field(default_factory=dict)
    found: dict[str, Program | EntryPoint | None] = field(default_factory=dict)
    variants: dict[tuple[int, Sizes], LegacyProgram] = field(default_factory=dict)
    """Programs with ANY LENGTH items, compiled for the sizes of a CALL's arguments."""
    failure: str = ""
    """Why the last CALL found nothing (libcob's message, without its position)."""

    def call(
        self,
        namespace: dict[str, Any],
        name: bytes,
        arguments: Sequence[bytes | None],
        return_code: int,
        origin: Origin,
        dynamic: bool = False,
        modes: str = "",
        values: Sequence[int | None] = (),
        returning: bool = False,
        handled: bool = False,
        shapes: Sequence[Shape | None] = (),
    ) -> tuple[list[bytes | None], int, int] | None:
        """Run the program called ``name``; None when there is none (ON EXCEPTION).
        ``dynamic``: the name comes from an item, and libcob warns at run time when it starts
        with spaces (testsuite 'PROGRAM-ID / CALL literal/variable with spaces').

        Gives the operands' bytes after the CALL, the called program's result and the caller's
        RETURN-CODE after it. RETURN-CODE is one item for a program and the programs nested in
        it in cobc 3.1.2 (measured: a nested program sees its caller's RETURN-CODE and sets it,
        also with RETURNING), while any other program (a module, or a separate program of the
        same file) has its own and returns it as its result: the caller's RETURN-CODE then
        takes it, unless the CALL has RETURNING (testsuite 'CALL RETURNING': RETURN-CODE stays
        0, the RETURNING item gets 43; probe call_entry).
        ``handled``: the CALL has ON EXCEPTION (runtime/invocation.py); ``shapes``: what the
        compiler knows of each operand, for C code using libcob's API (runtime/capi.py).
        An operand's bytes after the CALL are None when nothing goes back: a BY VALUE item
        goes back only from C code that wrote it through libcob's API."""
        if dynamic and name.startswith(b" "):
            shown = name.split(b"\0", 1)[0].rstrip(b" ").decode("latin-1")
            where = f"{origin.file}:{origin.line}" if origin is not None else "?"
            warning = f"libcob: {where}: warning: '{shown}' literal includes leading spaces"
            namespace["_err"](f"{warning} which are omitted\n".encode())
        wanted = program_name(name)
        if wanted.upper() == "C$PARAMSIZE":
            value = parameter_size(namespace, arguments)
            results = by_reference(arguments_bytes(arguments), modes)
            return results, value, return_code if returning else value
        if wanted.upper() == "SYSTEM":  # the shell (runtime/shell.py)
            streams = namespace["_streams"]
            env = run_environment(streams.environ, namespace["_ENV"], namespace["_args"].environ)
            value = system(arguments[0] if arguments else None, env, streams)
            return list(arguments_bytes(arguments)), value, return_code if returning else value
        if wanted.upper() == "EXTFH":  # libcob's file handler on the program's FCD
            from idrs_sandbox.runtime.extfh_direct import call_extfh  # (runtime/extfh_direct.py)

            results = by_reference(call_extfh(list(arguments_bytes(arguments)), namespace), modes)
            write_back(arguments, results)  # runtime/linkage.py
            return results, 0, return_code if returning else 0
        routine = system_routine(wanted)  # libcob's own routines come first (runtime/sysfiles.py)
        if routine is not None:
            found, value = routine(arguments, namespace["_streams"])
            results = by_reference(found, modes)
            write_back(arguments, results)  # runtime/linkage.py
            return results, value, return_code if returning else value
        try:
            target = self.resolve(wanted, origin, namespace)
        except EntryNotFound:
            # libcob's message (cobc 3.1.2 without -debug; with -debug it names the CALL's
            # source line too)
            self.failure = f"error: entry point '{wanted}' not found"
            return None
        if target is None:
            self.failure = f"error: module '{wanted}' not found"
            return None
        if isinstance(target, CFunction):
            streams = namespace["_streams"]
            located = bool(namespace.get("_XLOC", (False,))[0])  # cobc -debug (machine.py)
            ebcdic = bool(namespace.get("_SIGN_EBCDIC", False))  # the caller's -fsign
            with calling(self, namespace, origin):  # C code may call COBOL (callbacks.py)
                c_results, value = call_c(
                    target, arguments, modes, values, streams, origin, shapes, located, ebcdic
                )
            write_back(arguments, c_results)  # runtime/linkage.py
            return c_results, value, return_code if returning else value
        entry = target.entry if isinstance(target, EntryPoint) else None
        program = target.program if isinstance(target, EntryPoint) else target
        sizes = _any_length_sizes(program, entry, arguments)
        instance = self._instance(namespace, program, sizes)
        # cobc assumes RECURSIVE for a program that CALLs itself by name ("recursive program
        # call - assuming RECURSIVE attribute"); only a CALL back through another program is
        # checked at run time.
        recursive = program.recursive or program is self.caller
        if instance.active and not recursive and instance.program.recursive_check:
            caller = self.caller.name.strip()
            refuse_recursion(namespace["_err"], caller, program.name.strip(), origin, handled)
            return None
        if sizes != instance.sizes:
            if instance.active:
                message = "ANY LENGTH arguments of another size in a recursive CALL: not supported"
                raise CobolRuntimeError(message, origin)
            self._refit(instance, program, sizes)
        instance.active = True
        shared = self.found.get(wanted) is target and _shares_return_code(self.caller, program)
        instance.depth += 1
        saved = invocation.enter(instance.namespace, instance.frames, instance.depth)
        # FUNCTION MODULE-CALLER-ID (compile/intrinsic_calls.py): the caller's PROGRAM-ID
        calling_module = instance.namespace.get("_MODCALLER")
        instance.namespace["_MODCALLER"] = self.caller.name.encode("latin-1")
        try:
            with as_called(instance):  # the main program's own ENTRY (runtime/mainentry.py)
                entered, value = _enter(instance, arguments, return_code if shared else None, entry)
            back = by_reference(entered, modes)
            return back, value, value if shared or not returning else return_code
        finally:
            instance.namespace["_MODCALLER"] = calling_module
            invocation.leave(instance.namespace, saved)
            instance.depth -= 1
            instance.active = instance.depth > 0
            if program.initial and not instance.active:  # as if CANCELed after every CALL
                _instances(namespace).pop(id(program), None)

    def cancel(self, namespace: dict[str, Any], name: bytes, origin: Origin) -> None:
        """Drop a called program's storage; CANCEL of a program still running (the caller
        itself, or one of the CALLs that led to it) stops the run as libcob does (testsuite
        'CANCEL test (1)': "libcob: prog.cob:8: error: attempt to CANCEL active program")."""
        wanted = program_name(name)
        try:
            found = self.resolve(wanted, origin, namespace)
        except EntryNotFound:
            found = None
        if isinstance(found, EntryPoint):
            found = found.program
        program = found if isinstance(found, Program) else None
        instances = _instances(namespace)
        instance = instances.get(id(program)) if program is not None else None
        main = _resolver(namespace, self.caller).main
        running = instance is not None and instance.active
        if (
            running
            or wanted == self.caller.name.strip()
            or (program is not None and program is main)
        ):
            where = f"{origin.file}:{origin.line}" if origin is not None else "?"
            message = f"libcob: {where}: error: attempt to CANCEL active program\n"
            namespace["_err"](message.encode())
            raise StopRun(1)
        if program is not None:
            instances.pop(id(program), None)

    def resolve(self, name: str, origin: Origin, namespace: dict[str, Any]) -> Target | None:
        """A program of the caller's source file (fixed at compile time), else what the
        run's module resolver finds (it depends on the run's environment and folder)."""
        if name not in self.found:
            self.found[name] = _find(self.caller, name)
        program = self.found[name]
        if program is not None:
            return program
        folders: list[Path] = []
        path = self.caller.source.main.path
        if path is not None:
            folders.append(path.parent)
        folders.extend(self.caller.copy_dirs)
        return _resolver(namespace, self.caller).find(name, folders, self.caller.copy_dirs)

    def _instance(self, namespace: dict[str, Any], program: Program, sizes: Sizes) -> Instance:
        instances = _instances(namespace)
        instance = instances.get(id(program))
        if instance is None:
            # the running main program, for a CALL of one of its ENTRYs (runtime/mainentry.py)
            instance = main_instance(namespace, program) or self._start(namespace, program, sizes)
            instances[id(program)] = instance
        return instance

    def _compiled(self, program: Program, sizes: Sizes) -> LegacyProgram:
        """The program compiled once (once per sizes of its ANY LENGTH items)."""
        from idrs_sandbox.runtime.machine import LegacyProgram

        if sizes:
            variant = self.variants.get((id(program), sizes))
            if variant is None:
                variant = compile_variant(program, sizes, LegacyProgram)
                self.variants[(id(program), sizes)] = variant
            return variant
        compiled = self.compiled.get(id(program))
        if compiled is None:
            compiled = compiled_program(program, LegacyProgram)
            self.compiled[id(program)] = compiled
        return compiled

    def _refit(self, instance: Instance, program: Program, sizes: Sizes) -> None:
        """A CALL whose ANY LENGTH arguments have other sizes than the last one's: the same
        storage runs the code compiled for them (runtime/anylength.py)."""
        variant = self._compiled(program, sizes)
        model = variant_model(program, sizes)
        areas = sorted({p.area.index for p in instance.parameters if _is_any_length(p)})
        for params in instance.entry_parameters.values():
            areas.extend(p.area.index for p in params if _is_any_length(p))
        rebind(instance.namespace, instance.compiled_namespace, variant, sorted(set(areas)))
        instance.compiled_namespace = variant.namespace
        using = program.procedure.using if program.procedure is not None else ()
        instance.parameters = _parameters(model, using, "PROCEDURE DIVISION USING")
        for entry in program_entries(program).values():
            if entry.using:
                where = f"ENTRY '{entry.name}' USING"
                instance.entry_parameters[entry.name] = _parameters(model, entry.using, where)
        instance.sizes = sizes
        instance.own.update({f"B{index}": instance.namespace[f"B{index}"] for index in areas})

    def _start(self, namespace: dict[str, Any], program: Program, sizes: Sizes) -> Instance:
        compiled = self._compiled(program, sizes)
        model = variant_model(program, sizes)
        own = dict(compiled.namespace)
        compiled._bind(own, model, namespace["_streams"])
        exec(compiled.code, own)
        own["_Goback"] = Goback
        own["_exit_program"] = raise_goback
        own["_streams"] = namespace["_streams"]
        own["_calls"] = _instances(namespace)
        own["_modules"] = _resolver(namespace)
        own["_shared"] = run_store(namespace)
        bind_shared(own, model)  # GLOBAL and EXTERNAL records (runtime/scope.py)
        using = program.procedure.using if program.procedure is not None else ()
        parameters = _parameters(model, using, "PROCEDURE DIVISION USING")
        frames = Frames.of(model, parameters, compiled.promoted_slots)
        instance = Instance(compiled, own, parameters, model.special["RETURN-CODE"], frames=frames)
        instance.sizes = sizes
        instance.compiled_namespace = compiled.namespace
        for entry in program_entries(program).values():
            if entry.using:
                where = f"ENTRY '{entry.name}' USING"
                instance.entry_parameters[entry.name] = _parameters(model, entry.using, where)
        every = [*parameters, *(p for ps in instance.entry_parameters.values() for p in ps)]
        instance.own = {f"B{entry.area.index}": own[f"B{entry.area.index}"] for entry in every}
        instance.pinned = frozenset(f"B{entry.area.index}" for entry in _file_items(model))
        return instance


def _file_items(model: DataModel) -> list[DataEntry]:
    """The items a program's file handles hold on to (runtime/filebind.py)."""
    found: list[DataEntry] = []
    for entry in model.files.values():
        found.extend(e for e in (entry.status, entry.relative_key, entry.depending) if e)
        found.extend(part for key in entry.keys for part in key.parts)
    return found


def _any_length_sizes(
    program: Program, start: ast.Entry | None, arguments: Sequence[bytes | None]
) -> Sizes:
    using: Sequence[ast.Identifier] = ()
    if start is not None and start.using:
        using = start.using
    elif program.procedure is not None:
        using = program.procedure.using
    return call_sizes(program, [ident.name for ident in using], arguments)


def _is_any_length(entry: DataEntry) -> bool:
    return entry.item is not None and entry.item.any_length is not None


def _parameters(model: DataModel, using: Sequence[ast.Identifier], where: str) -> list[DataEntry]:
    """The LINKAGE items a CALL's operands become, in order."""
    from idrs_sandbox.runtime.data import DataEntry

    parameters: list[DataEntry] = []
    for ident in using:
        found = model.candidates(ident.name, ident.qualifiers)
        if len(found) != 1 or not isinstance(found[0], DataEntry):
            raise CobolRuntimeError(
                f"{where} {ident.display_name()}: not one data item", ident.origin
            )
        parameters.append(found[0])
    return parameters


def _instances(namespace: dict[str, Any]) -> dict[int, Instance]:
    """The called programs' storage of this run, shared by every program of the run."""
    instances: dict[int, Instance] | None = namespace.get("_calls")
    if instances is None:
        instances = {}
        namespace["_calls"] = instances
    return instances


def parameter_size(namespace: dict[str, Any], arguments: Sequence[bytes | None]) -> int:
    """``CALL 'C$PARAMSIZE' USING n``: the size of the n-th argument the calling program
    received, 0 when there is none (libcob cob_sys_getparamsize; testsuite 'Multiple calls of
    INITIAL program': 8 for a PIC X(08) argument). ``n`` is read as libcob's cob_get_int reads
    an integer literal (a native binary int) or DISPLAY digits."""
    raw = arguments[0] if arguments else None
    if not raw:
        return 0
    text = raw.strip()
    number = int(text) if text.isdigit() else int.from_bytes(raw[:4], "little", signed=True)
    sizes: list[int] = namespace.get("_param_sizes", [])
    return sizes[number - 1] if 1 <= number <= len(sizes) else 0


def arguments_bytes(arguments: Sequence[bytes | None]) -> list[bytes]:
    return [argument or b"" for argument in arguments]


def _resolver(namespace: dict[str, Any], caller: Program | None = None) -> Resolver:
    """The run's module resolver, shared by every program of the run (the main program's
    file and linked modules, COB_PRE_LOAD, the modules loaded so far). It is made at the first
    CALL, which the main program makes: ``caller`` is then a program of the main file."""
    resolver: Resolver | None = namespace.get("_modules")
    if resolver is None:
        streams = namespace["_streams"]
        linked = list(namespace.get("_linked", ()))
        main = None
        if caller is not None:
            root = caller
            while root.parent is not None:
                root = root.parent
            main = root.unit[0] if root.unit else root
            # the executable's own programs: a module's CALL or CANCEL of the main program
            # reaches the running one (testsuite 'CANCEL test (2)')
            linked.insert(0, CobolModule(None, tuple(root.unit)))
        resolver = Resolver(streams.environ, streams.cwd, linked, main=main)
        namespace["_modules"] = resolver
    return resolver


def _enter(
    instance: Instance,
    arguments: Sequence[bytes | None],
    return_code: int | None,
    start: ast.Entry | None = None,
) -> tuple[list[bytes], int]:
    """Run a called program on its arguments; ``return_code``: the caller's RETURN-CODE when
    the two share it (None: the called program keeps its own); ``start``: the ENTRY called
    (the program starts at its paragraph, with its USING items)."""
    ns = instance.namespace
    parameters = instance.parameters
    first = ns.get("_START", 0)
    if start is not None:
        parameters = instance.entry_parameters.get(start.name, parameters)
        first = ns["_ENTRIES"][start.name]
    passed = list(arguments) + [None] * (len(parameters) - len(arguments))
    # -fsticky-linkage: a record not passed keeps the storage an earlier CALL bound it to
    # (runtime/linkage.py); it is then not OMITTED either
    kept = set()
    if instance.program.sticky_linkage:
        for entry, argument in zip(parameters, passed, strict=False):
            key = f"B{entry.area.index}"
            if argument is None and ns[key] is not instance.own.get(key, ns[key]):
                kept.add(id(entry))
    ns["_param_sizes"] = [len(argument or b"") for argument in arguments]  # C$PARAMSIZE
    # IF item OMITTED: the parameters the CALL passed as OMITTED, or did not pass at all
    ns["_omitted"] = frozenset(
        (entry.name or "").upper()
        for entry, argument in zip(parameters, passed, strict=False)
        if argument is None and id(entry) not in kept
    )
    # a LINKAGE record not passed has no storage: using it stops the run, as libcob's "LINKAGE
    # item 'X' (accessed by 'Y') not passed by caller" does (testsuite 'access to OPTIONAL
    # LINKAGE item not passed'); its own buffer is put back when the CALL returns
    unbound: list[tuple[str, Any]] = []
    for entry, argument in zip(parameters, passed, strict=False):
        if id(entry) in kept:
            continue
        if argument is None and entry.offset == 0 and entry.size == len(entry.area.buffer):
            key = f"B{entry.area.index}"
            unbound.append((key, ns[key]))
            ns[key] = NullArea(entry.name or "")
    try:
        return _run_called(instance, ns, parameters, arguments, return_code, first)
    finally:
        for key, buffer in unbound:
            ns[key] = buffer


def _run_called(
    instance: Instance,
    ns: dict[str, Any],
    parameters: list[DataEntry],
    arguments: Sequence[bytes | None],
    return_code: int | None,
    first: int,
) -> tuple[list[bytes], int]:
    slots = instance.program.promoted_slots
    copied: list[tuple[int, SharedArgument]] = []
    for position, (entry, argument) in enumerate(zip(parameters, arguments, strict=False)):
        if argument is None:
            continue
        if _bind(instance, entry, argument):
            _reload(ns, slots, entry)
            continue
        if isinstance(argument, SharedArgument):
            copied.append((position, argument))
        buffer = ns[f"B{entry.area.index}"]
        end = entry.offset + entry.size
        buffer[entry.offset : end] = overlay(argument, bytes(buffer[entry.offset : end]))
        _reload(ns, slots, entry)
    register = instance.return_code
    if return_code is not None:
        _put(ns, slots, register, return_code)
    try:
        if "_run" in ns:
            ns["_run"](first, ns["_NPARAS"] - 1)
    except Goback:
        pass
    results = []
    passed = list(arguments) + [None] * (len(parameters) - len(arguments))
    for entry, argument in zip(parameters, passed, strict=False):
        if argument is None:  # OMITTED or not passed: nothing goes back
            results.append(b"")
            continue
        _flush(ns, slots, entry)
        results.append(bytes(ns[f"B{entry.area.index}"][entry.offset : entry.offset + entry.size]))
    _flush(ns, slots, register)
    value: int = reader(register.ftype)(ns[f"B{register.area.index}"], register.offset)
    write_back([argument for _, argument in copied], [results[at] for at, _ in copied])
    return results, value


def _bind(instance: Instance, entry: DataEntry, argument: bytes) -> bool:
    """Bind the LINKAGE record of ``entry`` to a BY REFERENCE argument's storage (True), or
    give it a buffer of its own to copy the argument into (False): the instance's own one, or a
    fresh copy in a recursive activation, so that no earlier caller's storage is written
    (runtime/linkage.py)."""
    ns = instance.namespace
    key = f"B{entry.area.index}"
    own = instance.own.get(key)
    if own is None:  # not a whole record: the bytes go where the record is
        return False
    if isinstance(argument, SharedArgument) and entry.offset == 0 and key not in instance.pinned:
        storage = view(argument, len(own))
        if storage is not None:
            ns[key] = storage
            return True
    ns[key] = own if instance.depth <= 1 else bytearray(own)
    return False


Slots = Sequence[tuple[str, int, int, Any]]


def _covered(slots: Slots, entry: DataEntry) -> list[tuple[str, int, int, Any]]:
    end = entry.offset + entry.size
    return [slot for slot in slots if slot[1] == entry.area.index and entry.offset <= slot[2] < end]


def _reload(ns: dict[str, Any], slots: Slots, entry: DataEntry) -> None:
    """Promoted items (Python ints) inside ``entry`` take the value of its new bytes."""
    for var, area, offset, ftype in _covered(slots, entry):
        ns[var] = reader(ftype)(ns[f"B{area}"], offset)


def _flush(ns: dict[str, Any], slots: Slots, entry: DataEntry) -> None:
    """Promoted items inside ``entry`` written back to its bytes."""
    for var, area, offset, ftype in _covered(slots, entry):
        raw = materializer(ftype)(ns[var])
        ns[f"B{area}"][offset : offset + len(raw)] = raw


def _put(ns: dict[str, Any], slots: Slots, entry: DataEntry, value: int) -> None:
    writer(entry.ftype)(ns[f"B{entry.area.index}"], entry.offset, value)
    _reload(ns, slots, entry)


def called(program: Program, name: str) -> bool:
    """Whether CALL name reaches ``program``: its PROGRAM-ID, or the AS literal it has
    (testsuite 'CALL with program prototypes': PROGRAM-ID. a AS "blah?Sdk")."""
    return (program.external_name or program.name).strip() == name


def _shares_return_code(caller: Program, called: Program) -> bool:
    """RETURN-CODE is one item for an outermost program and the programs nested in it (cobc
    3.1.2, probe call_entry: a nested program sets its caller's; a separate program of the same
    file, after END PROGRAM, has its own, like a module)."""
    return _root(caller) is _root(called) and (
        caller.parent is not None or called.parent is not None
    )


def _root(program: Program) -> Program:
    while program.parent is not None:
        program = program.parent
    return program


def _visible_nested(caller: Program, name: str) -> Program | None:
    """A contained program the caller may CALL: one it contains itself, or a COMMON one
    contained in a program that contains the caller (testsuite 'Contained program visibility
    (1)-(3)': a program nested in a sibling, or a sibling that is not COMMON, is not found)."""
    for nested in caller.contained:
        if called(nested, name):
            return nested
    scope = caller.parent
    while scope is not None:
        for nested in scope.contained:
            if called(nested, name) and (nested.common or nested is caller):
                return nested
        scope = scope.parent
    return None


def _find(caller: Program, name: str) -> Program | EntryPoint | None:
    nested = _visible_nested(caller, name)
    if nested is not None:
        return nested
    root = caller
    while root.parent is not None:
        root = root.parent
    for program in root.unit:
        # A program reaches itself only when RECURSIVE (FACT calling FACT); the main
        # program is not a called program of its own run.
        if program.is_function:  # reached by FUNCTION name only (runtime/functions.py)
            continue
        if called(program, name) and (program is not root or program.recursive):
            return program
    for program in root.unit:  # an ENTRY of a program of the same file, also the main
        entry = program_entries(program).get(name)  # program's own (runtime/mainentry.py)
        if entry is not None:
            return EntryPoint(program, entry)
    return None


CallFunction = Callable[
    [dict[str, Any], bytes, Sequence[bytes | None], int, Origin],
    tuple[list[bytes], int, int] | None,
]
