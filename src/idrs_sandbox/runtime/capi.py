"""libcob's C API for C code called from the legacy engine: a small libcob built from our own
source, and the interpreter side of it.

C code written for cobc reads its CALL's operands through libcob (``cob_get_num_params``,
``cob_get_param_type``, ``cob_get_s64_param``, ``cob_put_field_str`` ...: testsuite 'C-API Test
(param based)' and '(field based)'). ``libcob_shim.c`` (next to this module) provides that part
of the API with libcob 3.1.2's own structures (it includes the installed libcob.h); it is built
once with the system C compiler into the C-module cache folder (:func:`shim_path`), loaded into
the process with RTLD_GLOBAL, and a C module that calls libcob is linked against it
(runtime/modules.py). For each CALL of such a module, :func:`operands` describes every operand
as libcob's ``cob_procedure_params`` would: a ``cob_field`` whose data are the bytes the
interpreter passes and whose attributes come from the item's :class:`FieldType`. What needs
the interpreter (a value, the DISPLAY text, a MOVE into the field, a warning on the run's
stderr) comes back through ctypes callbacks.

Operands as cobc 3.1.2 describes them (expected output of the two testsuite cases):

- an item BY REFERENCE, or a numeric item BY VALUE: the item itself, writable (a put into a
  BY VALUE item changes the caller's item: 'COMP4 is now 0000001292');
- BY CONTENT, a non-numeric item BY VALUE (cobc: "BY CONTENT assumed"), an alphanumeric
  literal: a constant (a put gives "attempt to over-write constant parameter N" and changes
  nothing);
- a numeric literal or LENGTH OF passed BY REFERENCE / CONTENT: a constant BINARY S9(9)
  (the native int cobc passes); BY VALUE: a constant DISPLAY 9(n) of its n digits.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import re
import subprocess
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from idrs_sandbox.cobol.diagnostics import Origin
from idrs_sandbox.runtime import move as mv
from idrs_sandbox.runtime import storage
from idrs_sandbox.runtime.fields import Category, FieldType, Usage, alphanumeric, numeric_display
from idrs_sandbox.runtime.modules import c_compiler, cache_dir, libcob_include
from idrs_sandbox.runtime.support import CobolRuntimeError

SHIM_SOURCE = Path(__file__).with_name("libcob_shim.c")

# libcob/common.h 3.1.2: COB_TYPE_* and COB_FLAG_*
TYPE_GROUP = 0x01
TYPE_DISPLAY = 0x10
TYPE_BINARY = 0x11
TYPE_PACKED = 0x12
TYPE_FLOAT = 0x13
TYPE_DOUBLE = 0x14
TYPE_FP_DEC64 = 0x16
TYPE_FP_DEC128 = 0x17
TYPE_ALPHANUMERIC = 0x21
TYPE_ALPHANUMERIC_EDITED = 0x23
TYPE_NUMERIC_EDITED = 0x24
FLAG_HAVE_SIGN = 1 << 0
FLAG_SIGN_SEPARATE = 1 << 1
FLAG_SIGN_LEADING = 1 << 2
FLAG_BLANK_ZERO = 1 << 3
FLAG_JUSTIFIED = 1 << 4
FLAG_BINARY_SWAP = 1 << 5
FLAG_REAL_BINARY = 1 << 6
FLAG_NO_SIGN_NIBBLE = 1 << 8
FLAG_CONSTANT = 1 << 12


class CobFieldAttr(ctypes.Structure):
    """libcob's ``cob_field_attr`` (common.h 3.1.2)."""

    _fields_ = [
        ("type", ctypes.c_ushort),
        ("digits", ctypes.c_ushort),
        ("scale", ctypes.c_short),
        ("flags", ctypes.c_ushort),
        ("pic", ctypes.c_void_p),
    ]


class CobField(ctypes.Structure):
    """libcob's ``cob_field``: size, data, attributes."""

    _fields_ = [
        ("size", ctypes.c_size_t),
        ("data", ctypes.c_void_p),
        ("attr", ctypes.POINTER(CobFieldAttr)),
    ]


FieldPointer = ctypes.POINTER(CobField)
GET_S64 = ctypes.CFUNCTYPE(ctypes.c_longlong, ctypes.c_void_p)
PUT_S64 = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_longlong)
GET_STR = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
PUT_STR = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p)
WARN = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p)
COBOL = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_int)
)
EXTFH_FN = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
MAX_ARGUMENTS = 16
"""Arguments :func:`invoke` passes (libcob_shim.c idrs_invoke)."""


@dataclass(frozen=True)
class Shape:
    """What the compiler knows of a CALL operand: ``kind`` is ``item`` (a data item of type
    ``ftype``), ``number`` (a numeric literal or LENGTH OF) or ``text`` (any other operand)."""

    kind: str
    ftype: FieldType | None = None


@dataclass
class Operand:
    """One ``cob_field`` handed to C code: its type, its bytes (shared with the C side), and
    whether libcob marks it constant."""

    ftype: FieldType
    buffer: bytearray
    constant: bool


@dataclass
class Frame:
    """The operands of one CALL into C code, while it runs."""

    operands: dict[int, Operand]
    origin: Origin | None
    stderr: Any
    count: int = 0
    pointers: int | None = None
    errors: list[BaseException] = field(default_factory=list)
    sign_ebcdic: bool = False
    """The calling program was compiled with -fsign=EBCDIC (libcob's module flag)."""


_FRAMES: list[Frame] = []


# ------------------------------------------------------------------------- building the shim


@cache
def shim_path() -> Path:
    """The shim built from libcob_shim.c into the cache folder, named by its source's hash (a
    changed source builds a new one; one built is never rebuilt)."""
    text = SHIM_SOURCE.read_bytes()
    digest = hashlib.sha256(text).hexdigest()[:16]
    name = f"libidrscob-{digest}.so"
    target = cache_dir() / name
    if target.exists():
        return target
    compiler = c_compiler()
    if compiler is None:
        raise CobolRuntimeError("no C compiler (cc or gcc) to build libcob's C API for C code")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    command = [compiler, "-shared", "-fPIC", "-O1", f"-Wl,-soname,{name}", *libcob_include()]
    command += ["-o", str(partial), str(SHIM_SOURCE)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = next((line for line in done.stderr.splitlines() if "error" in line), "")
        raise CobolRuntimeError(f"libcob's C API for C code does not build: {detail}")
    partial.replace(target)
    return target


@cache
def provided() -> frozenset[str]:
    """The functions the shim defines (read from its source): libcob's cob_* and EXTFH, and
    its own idrs_* entries."""
    text = SHIM_SOURCE.read_text()
    return frozenset(re.findall(r"^(\w+) \(", text, flags=re.MULTILINE))


_CALLBACKS: list[Any] = []


@cache
def shim() -> ctypes.CDLL:
    """The shim, loaded once with RTLD_GLOBAL (a C module's cob_* references resolve to it),
    its callbacks into the interpreter registered."""
    library = ctypes.CDLL(str(shim_path()), mode=ctypes.RTLD_GLOBAL)
    callbacks = [
        GET_S64(_get_s64),
        PUT_S64(_put_s64),
        GET_STR(_get_str),
        PUT_STR(_put_str),
        WARN(_warn),
    ]
    from idrs_sandbox.runtime.callbacks import cobol_from_c

    cobol = COBOL(cobol_from_c)
    _CALLBACKS.extend([*callbacks, cobol])  # kept alive as long as the process
    library.idrs_set_callbacks(*callbacks)
    library.idrs_set_cobol(cobol)
    library.idrs_set_params.restype = ctypes.c_int
    library.idrs_set_params.argtypes = [ctypes.c_int, ctypes.c_void_p]
    library.idrs_invoke.restype = ctypes.c_int
    library.idrs_invoke.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
    library.idrs_begin_main.argtypes = [ctypes.c_int]
    from idrs_sandbox.runtime.extfh import extfh_from_c

    extfh = EXTFH_FN(extfh_from_c)
    _CALLBACKS.append(extfh)
    library.idrs_set_extfh(extfh)
    library.idrs_fcd_new.restype = ctypes.c_void_p
    library.idrs_fcd_set.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_char_p]
    library.idrs_fcd_status.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    return library


def invoke(function: Any, arguments: Sequence[Any]) -> tuple[int, bool]:
    """Call a C function with integer / pointer arguments through the shim, which catches a
    ``cob_stop_run`` in it (libcob ends the process there): the result, and whether it
    stopped (the result is then the status)."""
    values = (ctypes.c_longlong * MAX_ARGUMENTS)()
    for index, argument in enumerate(arguments):
        if isinstance(argument, ctypes.c_longlong):
            values[index] = argument.value
        elif argument is not None:
            values[index] = ctypes.cast(argument, ctypes.c_void_p).value or 0
    stopped = ctypes.c_int(0)
    address = ctypes.cast(function, ctypes.c_void_p).value
    result = int(shim().idrs_invoke(address, values, ctypes.byref(stopped)))
    return result, bool(stopped.value)


# ------------------------------------------------------------------------ operands of a CALL


def attributes(ftype: FieldType, constant: bool) -> CobFieldAttr:
    """The ``cob_field_attr`` cobc gives an item of this type."""
    flags = FLAG_CONSTANT if constant else 0
    if ftype.signed:
        flags |= FLAG_HAVE_SIGN
    if ftype.sign_separate:
        flags |= FLAG_SIGN_SEPARATE
    if ftype.sign_leading:
        flags |= FLAG_SIGN_LEADING
    if ftype.blank_zero:
        flags |= FLAG_BLANK_ZERO
    if ftype.justified:
        flags |= FLAG_JUSTIFIED
    kind, extra = _type_code(ftype)
    digits, scale = ftype.digits, ftype.scale
    if ftype.category is Category.NUMERIC_EDITED:
        if any(symbol in "+-CD" for symbol, _ in ftype.pic):
            flags |= FLAG_HAVE_SIGN
    elif ftype.category is not Category.NUMERIC:
        digits, scale = 0, 0
    return CobFieldAttr(kind, digits, scale, flags | extra, None)


def _type_code(ftype: FieldType) -> tuple[int, int]:
    category = ftype.category
    if category is Category.GROUP:
        return TYPE_GROUP, 0
    if category is Category.NUMERIC_EDITED:
        return TYPE_NUMERIC_EDITED, 0
    if category is Category.ALPHANUMERIC_EDITED:
        return TYPE_ALPHANUMERIC_EDITED, 0
    if category is not Category.NUMERIC:
        return TYPE_ALPHANUMERIC, 0
    usage = ftype.usage
    if usage is Usage.DISPLAY:
        return TYPE_DISPLAY, 0
    if usage is Usage.PACKED:
        return TYPE_PACKED, 0
    if usage is Usage.PACKED_UNSIGNED:
        return TYPE_PACKED, FLAG_NO_SIGN_NIBBLE
    if usage in (Usage.BINARY, Usage.BINARY_X):
        # big-endian on x86-64, unless -fbinary-byteorder=native (fields.FieldType.byteorder)
        return TYPE_BINARY, (FLAG_BINARY_SWAP if ftype.byteorder == "big" else 0)
    if usage is Usage.FLOAT:
        return (TYPE_FLOAT if ftype.size == 4 else TYPE_DOUBLE), 0
    if usage is Usage.FLOAT_DECIMAL:
        return (TYPE_FP_DEC64 if ftype.size == 8 else TYPE_FP_DEC128), 0
    return TYPE_BINARY, FLAG_REAL_BINARY  # COMP-5, INDEX: native order


BINARY_S9_9 = FieldType(Category.NUMERIC, 4, Usage.NATIVE, 9, 0, True)
BINARY_S9_18 = FieldType(Category.NUMERIC, 8, Usage.NATIVE, 18, 0, True)
LITERAL_TYPES = (BINARY_S9_9, BINARY_S9_18)


def describe(
    shape: Shape | None, mode: str, raw: bytes, value: int | None
) -> tuple[FieldType, bytes, bool]:
    """The type, bytes and constancy libcob gives one CALL operand (module docstring)."""
    if shape is not None and shape.kind == "number":
        if mode == "V" and value is not None:
            digits = str(abs(value)).encode()
            return numeric_display(len(digits)), digits, True
        return (BINARY_S9_9 if len(raw) == 4 else BINARY_S9_18), raw, True
    if shape is None or shape.kind != "item" or shape.ftype is None:
        return alphanumeric(len(raw)), raw, True
    ftype = shape.ftype
    writable = mode == "R" or (mode == "V" and ftype.category is Category.NUMERIC)
    return ftype, raw, not writable


@contextmanager
def operands(
    described: Sequence[tuple[FieldType, bytearray, bool] | None],
    origin: Origin | None,
    stderr: Any,
    sign_ebcdic: bool = False,
) -> Iterator[Frame]:
    """``cob_procedure_params`` for the C code the block calls: one cob_field per operand
    (None: OMITTED, a NULL field) over the given buffers, which the C code may change.
    ``origin``: the CALL's position, for the warnings of a program built as with ``cobc
    -debug`` (without it libcob's warnings name no position: measured with cobc 3.1.2)."""
    library = shim()
    count = len(described)
    fields = (CobField * max(count, 1))()
    attrs = (CobFieldAttr * max(count, 1))()
    pointers = (FieldPointer * max(count, 1))()
    frame = Frame({}, origin, stderr, sign_ebcdic=sign_ebcdic)
    keep: list[Any] = []
    for index, item in enumerate(described):
        if item is None:
            continue
        ftype, buffer, constant = item
        attrs[index] = attributes(ftype, constant)
        data = (ctypes.c_char * max(len(buffer), 1)).from_buffer(buffer) if buffer else None
        keep.append(data)
        fields[index] = CobField(ftype.size, ctypes.addressof(data) if data else None, None)
        fields[index].attr = ctypes.pointer(attrs[index])
        pointers[index] = ctypes.pointer(fields[index])
        frame.operands[ctypes.addressof(fields[index])] = Operand(ftype, buffer, constant)
    frame.count, frame.pointers = count, ctypes.addressof(pointers)
    _FRAMES.append(frame)
    library.idrs_set_params(count, frame.pointers)
    try:
        yield frame
    finally:
        _FRAMES.pop()
        # a CALL made from C code (C -> COBOL -> C) gives the outer C function its own
        # operands back when it returns
        outer = _FRAMES[-1] if _FRAMES else None
        library.idrs_set_params(outer.count if outer else -1, outer.pointers if outer else None)
        del keep
    if frame.errors:
        raise frame.errors[0]


# ------------------------------------------------------------------ callbacks from the shim


def _operand(address: int | None) -> tuple[Frame, Operand]:
    frame = _FRAMES[-1]
    return frame, frame.operands[address or 0]


def _guard(default: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A callback that never lets a Python exception into C: it is kept on the frame and
    raised when the C function has returned."""

    def wrap(function: Callable[..., Any]) -> Callable[..., Any]:
        def guarded(*args: Any) -> Any:
            try:
                return function(*args)
            except Exception as error:  # re-raised after the C call (Frame.errors)
                if _FRAMES:
                    _FRAMES[-1].errors.append(error)
                return default

        return guarded

    return wrap


@_guard(-1)
def _get_s64(address: int | None) -> int:
    frame, operand = _operand(address)
    raw = bytes(operand.buffer[: operand.ftype.size])
    return field_s64(operand.ftype, raw, frame.sign_ebcdic)


@_guard(None)
def _put_s64(address: int | None, value: int) -> None:
    frame, operand = _operand(address)
    size, raw = operand.ftype.size, bytes(operand.buffer[: operand.ftype.size])
    operand.buffer[:size] = put_field_s64(operand.ftype, raw, value, frame.sign_ebcdic)


@_guard(0)
def _get_str(address: int | None, buff: int | None, size: int) -> int:
    _, operand = _operand(address)
    text = field_text(operand.ftype, bytes(operand.buffer[: operand.ftype.size]))
    if buff and size:
        shown = text[: size - 1] + b"\0"
        ctypes.memmove(buff, shown, len(shown))
    return len(text)


@_guard(22)
def _put_str(address: int | None, text: bytes | None) -> int:
    _, operand = _operand(address)
    data = text or b""
    moved = mv.compile_move(alphanumeric(max(len(data), 1)), operand.ftype)(data or b" ")
    operand.buffer[: len(moved)] = moved
    return 0


@_guard(None)
def _warn(located: int, text: bytes | None) -> None:
    frame = _FRAMES[-1] if _FRAMES else None
    message = (text or b"").decode("latin-1")
    where = ""
    if located and frame is not None and frame.origin is not None:
        where = f"{frame.origin.file}:{frame.origin.line}: "
    line = f"libcob: {where}warning: {message}\n".encode("latin-1")
    if frame is not None:
        frame.stderr.write(line)


# ------------------------------------------------------------------- values, as libcob does


_EBCDIC_LAST = {
    **{byte: (digit, 1) for digit, byte in enumerate(b"{ABCDEFGHI")},
    **{byte: (digit, -1) for digit, byte in enumerate(b"}JKLMNOPQR")},
}
"""cob_get_s64_pic9's last byte under the module's EBCDIC sign: { A-I positive, } J-R negative."""


def pic9_value(raw: bytes, sign_ebcdic: bool = False) -> int:
    """libcob 3.1.2 cob_get_s64_pic9 (move.c): the digits in order, negative when a '-' comes
    anywhere; the last byte is a digit, '-', '+' (positive again), under -fsign=EBCDIC one of
    { A-I } J-R (an edited item's trailing 'CR' then reads R as -9), else any byte whose low
    six bits are a digit: its low nibble, negative when bit 0x40 is set ('s' is -3, X'B3' 3)."""
    if not raw:
        return 0
    value, sign = 0, 1
    for byte in raw[:-1]:
        if 0x30 <= byte <= 0x39:
            value = value * 10 + byte - 0x30
        elif byte == 0x2D:
            sign = -1
    last = raw[-1]
    if 0x30 <= last <= 0x39:
        value = value * 10 + last - 0x30
    elif last == 0x2D:
        sign = -1
    elif last == 0x2B:
        sign = 1
    elif sign_ebcdic:
        if last in _EBCDIC_LAST:
            digit, sign = _EBCDIC_LAST[last]
            value = value * 10 + digit
    elif 0x30 <= last & 0x3F <= 0x39:
        value = value * 10 + (last & 0x0F)
        if last & 0x40:
            sign = -1
    return sign * value


def pic9_bytes(value: int, size: int, sign_ebcdic: bool = False) -> bytes:
    """libcob cob_put_s64_pic9: the digits right-aligned, zero-filled, a negative value's last
    digit overpunched (0x40 added); under -fsign=EBCDIC the last digit always punched, { A-I
    for a value not negative, } J-R for a negative one; high-order digits that do not fit are
    lost."""
    digits = str(abs(value)).rjust(size, "0")[-size:] if size else ""
    data = bytearray(digits.encode())
    if data and sign_ebcdic:
        data[-1] = (b"}JKLMNOPQR" if value < 0 else b"{ABCDEFGHI")[data[-1] - 0x30]
    elif value < 0 and data:
        data[-1] |= 0x40
    return bytes(data)


def field_s64(ftype: FieldType, raw: bytes, sign_ebcdic: bool = False) -> int:
    """cob_get_s64_param: the unscaled value (``sign_ebcdic``: the calling program's
    -fsign=EBCDIC, which decides how a DISPLAY or edited item's last byte reads)."""
    if ftype.category is Category.NUMERIC_EDITED:
        return pic9_value(raw, sign_ebcdic)
    if ftype.category is Category.NUMERIC and ftype.usage is Usage.DISPLAY:
        return pic9_value(raw, sign_ebcdic)
    if ftype.category is Category.NUMERIC and ftype.usage not in (
        Usage.FLOAT,
        Usage.FLOAT_DECIMAL,
    ):
        return storage.reader(ftype)(bytearray(raw), 0)
    temp = FieldType(Category.NUMERIC, 8, Usage.NATIVE, 18, ftype.scale, True)
    moved = mv.compile_move(ftype, temp)(raw)
    return int.from_bytes(moved, "little", signed=True)


def put_field_s64(ftype: FieldType, raw: bytes, value: int, sign_ebcdic: bool = False) -> bytes:
    """cob_put_s64_param: DISPLAY digits as cob_put_s64_pic9 writes them (``sign_ebcdic``: the
    calling program's -fsign=EBCDIC), binary and packed as stored, anything else a MOVE of the
    value at the field's scale (an edited item)."""
    if ftype.category is Category.NUMERIC and ftype.usage is Usage.DISPLAY:
        return pic9_bytes(value, ftype.size, sign_ebcdic)
    if ftype.category is Category.NUMERIC and ftype.usage in (Usage.NATIVE, Usage.INDEX):
        return _wrap(value, ftype.size, ftype.signed).to_bytes(ftype.size, "little", signed=False)
    if ftype.category is Category.NUMERIC and ftype.usage in (Usage.BINARY, Usage.BINARY_X):
        order = ftype.byteorder
        return _wrap(value, ftype.size, ftype.signed).to_bytes(ftype.size, order, signed=False)
    if ftype.category is Category.NUMERIC and ftype.usage in (
        Usage.PACKED,
        Usage.PACKED_UNSIGNED,
    ):
        buffer = bytearray(raw)
        storage.writer(ftype)(buffer, 0, value)
        return bytes(buffer)
    temp = FieldType(Category.NUMERIC, 8, Usage.NATIVE, 18, ftype.scale, True)
    data = _wrap(value, 8, True).to_bytes(8, "little", signed=False)
    return mv.compile_move(temp, ftype)(data)


def _wrap(value: int, size: int, signed: bool) -> int:
    """The low ``size`` bytes of a C integer, as a store into the item writes them."""
    del signed
    return value & ((1 << (8 * size)) - 1)


def field_text(ftype: FieldType, raw: bytes) -> bytes:
    """cob_get_field_str: the item as DISPLAY shows it (a number through DISPLAY's own
    picture: BINARY S9(5) 1024 is '+01024', COMP-5 9(5) 1280 is '0000001280')."""
    if ftype.category is Category.NUMERIC:
        from idrs_sandbox.runtime.compile.values import display_type

        # a literal's native int shows its PIC digits, as a BINARY item does (literal 2560
        # BY REFERENCE is '+000002560', where a COMP-5 S9(9) would show 10 digits)
        shown = replace(ftype, usage=Usage.BINARY) if ftype in LITERAL_TYPES else ftype
        return mv.compile_move(ftype, display_type(shown))(raw)
    return raw
