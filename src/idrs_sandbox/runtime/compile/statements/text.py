"""Statement generators: STRING, UNSTRING, INSPECT.

Each is registered for its AST node type with :func:`generates`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.diagnostics import CobolSemanticError
from idrs_sandbox.runtime.compile.statements.registry import generates
from idrs_sandbox.runtime.compile.values import (
    Num,
    Ref,
    _scaled,
)
from idrs_sandbox.runtime.fields import Usage
from idrs_sandbox.runtime.strings import conversion_table

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler


@generates(ast.String)
def string_stmt(c: Compiler, node: ast.String) -> None:
    pieces: list[str] = []
    for group in node.groups:
        delimiter = None if group.delimiter is None else c.alphanumeric(group.delimiter).code
        for source in group.sources:
            text = _string_source(c, source)
            pieces.append(text if delimiter is None else f"_S.delimited({text}, {delimiter})")
    into = c.ref(node.into)
    target = c.temp()
    c.out.line(f"{target} = bytearray({c.slice(into)})")
    pointer = c.integer(node.pointer) if node.pointer is not None else "1"
    result, overflow = c.temp(), c.temp()
    c.out.line(
        f"{result}, {overflow} = _S.string_into(({', '.join(pieces)},), {target}, {pointer})"
    )
    c.store_bytes(into, f"bytes({target})")
    if node.pointer is not None:
        c.store_numeric(node.pointer, Num(result, 0), False, None)
    _overflow(c, overflow, node.overflow)


def _string_source(c: Compiler, source: ast.Operand) -> str:
    if isinstance(source, ast.Figurative):
        return c.const(source.byte, "_b")
    if isinstance(source, ast.Identifier) and c.is_numeric_operand(source):
        ref = c.ref(source)
        if ref.ftype.usage is Usage.DISPLAY and not ref.ftype.signed:
            return c.slice(ref)
    return c.alphanumeric(source).code


def _overflow(c: Compiler, flag: str, phrases: ast.OverflowPhrases) -> None:
    if phrases.on_overflow is not None:
        with c.out.block(f"if {flag}:"):
            c.statements(phrases.on_overflow)
        if phrases.not_on_overflow is not None:
            with c.out.block("else:"):
                c.statements(phrases.not_on_overflow)
    elif phrases.not_on_overflow is not None:
        with c.out.block(f"if not {flag}:"):
            c.statements(phrases.not_on_overflow)


@generates(ast.Unstring)
def unstring_stmt(c: Compiler, node: ast.Unstring) -> None:
    source = c.alphanumeric(node.source)
    delimiters = ", ".join(f"({c.alphanumeric(d).code}, {all_})" for d, all_ in node.delimiters)
    targets = [c.ref(t.target) for t in node.targets]
    sizes = ", ".join(str(t.static_size or 0) for t in targets)
    pointer = c.integer(node.pointer) if node.pointer is not None else "1"
    result = c.temp()
    c.out.line(
        f"{result} = _S.unstring({source.code}, ({delimiters}{',' if delimiters else ''}), "
        f"({sizes},), {pointer})"
    )
    for index, (target, ref) in enumerate(zip(node.targets, targets, strict=True)):
        with c.out.block(f"if len({result}.parts) > {index}:"):
            part = f"{result}.parts[{index}]"
            c.store_bytes(ref, f"_mvdyn(None, {part}.data, {c.const(ref.ftype, '_f')}, {ref.size})")
            if target.delimiter_in is not None:
                delimiter_ref = c.ref(target.delimiter_in)
                c.store_bytes(delimiter_ref, f"_fit({part}.delimiter, {delimiter_ref.size})")
            if target.count_in is not None:
                c.store_numeric(target.count_in, Num(f"{part}.count", 0), False, None)
    if node.pointer is not None:
        c.store_numeric(node.pointer, Num(f"{result}.pointer", 0), False, None)
    if node.tallying is not None:
        current = c.num(node.tallying)
        count = f"({_scaled(current, 0)} + len({result}.parts))" if current.scale == 0 else None
        if count is None:
            raise CobolSemanticError("TALLYING IN needs an integer item", node.origin)
        c.store_numeric(node.tallying, Num(count, 0), False, None)
    _overflow(c, f"{result}.overflow", node.overflow)


@generates(ast.Inspect)
def inspect_stmt(c: Compiler, node: ast.Inspect) -> None:
    target = c.ref(node.target)
    if node.tallying:
        _inspect_tallying(c, target, node.tallying)
    if node.replacing:
        phrases = ", ".join(_replace_phrase(c, item) for item in node.replacing)
        code = f"_S.inspect_replacing({c.slice(target)}, ({phrases},))"
        c.store_bytes(target, code)
    if node.converting is not None:
        conv = node.converting
        source = c.alphanumeric(conv.source).code
        to = c.alphanumeric(conv.to).code
        known = _constant(c, source), _constant(c, to)
        if not conv.regions and known[0] is not None and known[1] is not None:
            # Both sets written as literals, no BEFORE / AFTER: the translation table is built
            # once here (strings.conversion_table, the rule inspect_converting applies).
            table = c.const(conversion_table(known[0], known[1]), "_tr")
            code = f"{c.slice(target)}.translate({table})"
            c.store_bytes(target, code if target.var is None else f"bytes({code})")
            return
        regions = _regions(c, conv.regions)
        code = f"_S.inspect_converting({c.slice(target)}, {source}, {to}, {regions})"
        c.store_bytes(target, code)


def _constant(c: Compiler, code: str) -> bytes | None:
    """The bytes of an operand known at compile time (a literal or figurative constant, which
    ``alphanumeric`` binds to a name of the generated module), else None."""
    value = c.namespace.get(code) if code.isidentifier() else None
    return bytes(value) if isinstance(value, bytes) else None


def _counted_patterns(c: Compiler, groups: tuple[ast.TallyGroup, ...]) -> list[str] | None:
    """For each counter, the Python expression of its increment as ``bytes.count`` calls on
    ``{data}``, when the scan of strings.inspect_tallying gives those counts: every phrase
    ``FOR ALL`` a non-empty constant with no BEFORE / AFTER, and either one phrase (count
    takes non-overlapping matches left to right, as the scan does) or only one-byte patterns
    that differ (each position then matches at most one phrase). Else None."""
    items = [(index, item) for index, group in enumerate(groups) for item in group.items]
    patterns: list[tuple[int, str, bytes]] = []
    for index, item in items:
        if item.kind != "ALL" or item.regions or item.pattern is None:
            return None
        code = c.alphanumeric(item.pattern).code
        value = _constant(c, code)
        if not value:
            return None
        patterns.append((index, code, value))
    values = [value for _, _, value in patterns]
    if len(patterns) > 1 and (any(len(v) != 1 for v in values) or len(set(values)) < len(values)):
        return None
    return [
        " + ".join(f"{{data}}.count({code})" for index, code, _ in patterns if index == counter)
        or "0"
        for counter in range(len(groups))
    ]


def _inspect_tallying(c: Compiler, target: Ref, groups: tuple[ast.TallyGroup, ...]) -> None:
    counts = c.temp()
    counted = _counted_patterns(c, groups)
    if counted is not None:
        data = c.temp()
        c.out.line(f"{data} = {c.slice(target)}")
        increments = ", ".join(code.format(data=data) for code in counted)
        c.out.line(f"{counts} = ({increments},)")
    else:
        phrases = [
            _tally_phrase(c, index, item)
            for index, group in enumerate(groups)
            for item in group.items
        ]
        joined = ", ".join(phrases)
        c.out.line(f"{counts} = _S.inspect_tallying({c.slice(target)}, ({joined},), {len(groups)})")
    for index, group in enumerate(groups):
        current = c.num(group.counter)
        scale = max(current.scale, 0)
        code = f"({_scaled(current, scale)} + {counts}[{index}] * {10**scale})"
        c.store_numeric(group.counter, Num(code, scale), False, None)


def _tally_phrase(c: Compiler, counter: int, item: ast.TallyItem) -> str:
    pattern = c.alphanumeric(item.pattern).code if item.pattern is not None else "b''"
    regions = _regions(c, item.regions)
    return f"_S.TallyPhrase({counter}, {item.kind!r}, {pattern}, {regions})"


def _replace_phrase(c: Compiler, item: ast.ReplaceItem) -> str:
    pattern = c.alphanumeric(item.pattern).code if item.pattern is not None else "b''"
    by = c.alphanumeric(item.by).code
    regions = _regions(c, item.regions)
    return f"_S.ReplacePhrase({item.kind!r}, {pattern}, {by}, {regions})"


def _regions(c: Compiler, regions: tuple[ast.InspectRegion, ...]) -> str:
    items = [f"_S.Region({r.before}, {c.alphanumeric(r.delimiter).code})" for r in regions]
    return "(" + "".join(f"{i}, " for i in items) + ")"
