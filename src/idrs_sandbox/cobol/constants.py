"""Constant expressions of ``78 name VALUE expr`` and ``01 name CONSTANT [AS] expr`` entries.

cobc 3.1.2 evaluates them at compile time (probe const_expressions.cbl, testsuite "01
CONSTANT", "78 VALUE"): ``&`` joins alphanumeric literals and constant names; arithmetic
(``+ - * /``, parentheses, ``LENGTH OF`` / ``BYTE-LENGTH OF`` an item) keeps decimals, except
that a quotient is truncated to an integer (``7 / 2 * 2`` is 6) and so is the result
(``2.5 + 0.25`` is 2, ``-7 / 2`` is -3). A level-78 VALUE has no operator precedence (strictly
left to right: ``1 + 2 * 3`` is 9); an 01 CONSTANT has the usual one (7). The entry's
expression tokens are replaced by the value's literal (cobol/source.py _defined_words), so the
rest of the engine sees a ``78 name VALUE literal`` entry. An expression this module does not
understand (the length of a non-DISPLAY item, NEXT after a REDEFINES) is left as written,
and the grammar refuses it. ``78 name VALUE NEXT`` is the offset in its record of the byte after
the item declared before it (one occurrence of a table: testsuite "78 VALUE", 9 + 2 = 11), and
``VALUE START OF item`` the offset of ``item`` in its record."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idrs_sandbox.cobol.source import Token

_PIECE = re.compile(r"[0-9]*\.?[0-9]+|[-+*/]")
_DISPLAY_PICTURE = re.compile(r"(?:[XA9SVP](?:\([0-9]+\))?)+", re.IGNORECASE)
_NOT_DISPLAY = {
    "USAGE", "COMP", "COMPUTATIONAL", "BINARY", "PACKED-DECIMAL", "OCCURS", "SIGN",
    "REDEFINES", "COMP-1", "COMP-2", "COMP-3", "COMP-4", "COMP-5", "COMP-X", "INDEX",
    "POINTER", "NATIONAL", "BINARY-CHAR", "BINARY-SHORT", "BINARY-LONG", "BINARY-DOUBLE",
    "FLOAT-SHORT", "FLOAT-LONG", "COMPUTATIONAL-3", "COMPUTATIONAL-5", "SEPARATE",
}  # fmt: skip


def fold_constant_entry(out: list[Token]) -> None:
    """At the period of a data entry: when ``out`` ends with ``78 name VALUE [IS] expr`` or
    ``01 name CONSTANT [AS] expr`` and expr is an expression, replace expr by its value."""
    start = len(out)
    while start > 0 and out[start - 1].kind != "period":
        start -= 1
    entry = out[start:]
    if len(entry) < 4 or entry[1].kind != "word":
        return
    level, keyword = entry[0].upper, entry[2].upper
    if (level, keyword) == ("78", "VALUE"):
        ordered = False
    elif level in ("01", "1") and keyword == "CONSTANT":
        ordered = True
    else:
        return
    first = start + 3
    if out[first].upper in ("IS", "AS"):
        first += 1
    expression = out[first:]
    if keyword == "CONSTANT" and expression and expression[0].upper == "FROM":
        return
    if _offsets_refused(out[:start], expression):
        return
    if [t.upper for t in expression] == ["NEXT"]:
        text = _next_offset(out[:start])
    elif len(expression) == 3 and [t.upper for t in expression[:2]] == ["START", "OF"]:
        text = _start_offset(out[:start], expression[2].upper)
    elif len(expression) < 2:
        return
    else:
        text = _value(expression, out[:start], ordered)
    if text is not None:
        literal = text[0] == '"'
        token = replace(expression[0], kind="literal", text=text)
        out[first:] = [token if literal else replace(token, kind="word")]


def _value(tokens: list[Token], before: list[Token], ordered: bool) -> str | None:
    if any(t.kind == "literal" for t in tokens):
        return _joined(tokens)
    items: list[str | Decimal] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind == "lparen":
            items.append("(")
        elif token.kind == "rparen":
            items.append(")")
        elif token.upper in ("LENGTH", "BYTE-LENGTH") and index + 2 < len(tokens):
            if tokens[index + 1].upper != "OF":
                return None
            size = _display_size(before, tokens[index + 2].upper)
            if size is None:
                return None
            items.append(Decimal(size))
            index += 2
        elif token.kind == "word" and "".join(_PIECE.findall(token.text)) == token.text:
            for piece in _PIECE.findall(token.text):
                items.append(piece if piece in "+-*/" else Decimal(piece))
        else:
            return None
        index += 1
    try:
        value, rest = _expression(items, ordered)
    except (IndexError, InvalidOperation, ZeroDivisionError, TypeError):
        return None
    if rest:
        return None
    return str(int(value.to_integral_value(ROUND_DOWN)))


def _joined(tokens: list[Token]) -> str | None:
    """``"a" & "b" & ...``: one alphanumeric literal."""
    parts = []
    for position, token in enumerate(tokens):
        if position % 2:
            if token.text != "&":
                return None
            continue
        if token.kind != "literal" or token.text[0] not in "\"'":
            return None
        quote = token.text[0]
        parts.append(token.text[1:-1].replace(quote * 2, quote))
    if len(tokens) % 2 == 0:
        return None
    return '"' + "".join(parts).replace('"', '""') + '"'


def _expression(items: list[str | Decimal], ordered: bool) -> tuple[Decimal, list[str | Decimal]]:
    """(value, the items after it); ``ordered``: * and / bind tighter than + and -."""
    value, items = (_term if ordered else _primary)(items, ordered)
    while items and items[0] in ("+", "-", "*", "/"):
        operator = items[0]
        if ordered and operator in ("*", "/"):
            break
        right, items = (_term if ordered else _primary)(items[1:], ordered)
        value = _apply(value, operator, right)
    return value, items


def _term(items: list[str | Decimal], ordered: bool) -> tuple[Decimal, list[str | Decimal]]:
    value, items = _primary(items, ordered)
    while items and items[0] in ("*", "/"):
        operator = items[0]
        right, items = _primary(items[1:], ordered)
        value = _apply(value, str(operator), right)
    return value, items


def _primary(items: list[str | Decimal], ordered: bool) -> tuple[Decimal, list[str | Decimal]]:
    head = items[0]
    if head in ("-", "+"):
        value, rest = _primary(items[1:], ordered)
        return (-value if head == "-" else value), rest
    if head == "(":
        value, rest = _expression(items[1:], ordered)
        if not rest or rest[0] != ")":
            raise IndexError
        return value, rest[1:]
    if not isinstance(head, Decimal):
        raise TypeError
    return head, items[1:]


def _apply(left: Decimal, operator: str | Decimal, right: Decimal) -> Decimal:
    if operator == "+":
        return left + right
    if operator == "-":
        return left - right
    if operator == "*":
        return left * right
    return (left / right).to_integral_value(ROUND_DOWN)


def _display_size(before: list[Token], name: str) -> int | None:
    """The size of the DISPLAY item ``name`` declared in ``before`` (``level name PIC p``
    with no USAGE, OCCURS or SIGN clause), or None."""
    for index in range(len(before) - 1, 0, -1):
        if before[index].upper != name or before[index - 1].kind != "word":
            continue
        if not before[index - 1].text.isdigit() or (
            index > 1 and before[index - 2].kind != "period"
        ):
            continue
        end = index
        while end < len(before) and before[end].kind != "period":
            end += 1
        clause = before[index + 1 : end]
        words = [t.upper for t in clause]
        if any(w in _NOT_DISPLAY for w in words):
            return None
        for position, word in enumerate(words):
            if word in ("PIC", "PICTURE"):
                rest = clause[position + 1 :]
                if rest and rest[0].upper == "IS":
                    rest = rest[1:]
                return _picture_size(rest)
        return None
    return None


def _picture_size(tokens: list[Token]) -> int | None:
    if not tokens:
        return None
    text = tokens[0].text
    for token in tokens[1:]:
        if token.space_before or token.kind not in ("lparen", "rparen", "word"):
            break
        text += token.text
    if not _DISPLAY_PICTURE.fullmatch(text):
        return None
    size = 0
    for symbol, count in re.findall(r"([XA9SVP])(?:\(([0-9]+)\))?", text.upper()):
        if symbol in "XA9":
            size += int(count or 1)
    return size


def _offsets_refused(before: list[Token], expression: list[Token]) -> bool:
    """NEXT and START OF only in the FILE or LINKAGE SECTION: cobc 3.1.2 refuses them in
    WORKING-STORAGE ("NEXT target is invalid ... target must be in FILE SECTION or LINKAGE
    SECTION or have the EXTERNAL clause", measured); left to the grammar, which refuses them."""
    if expression[0].upper not in ("NEXT", "START"):
        return False
    for index in range(len(before) - 1, 0, -1):
        if before[index].upper == "SECTION":
            return before[index - 1].upper not in ("LINKAGE", "FILE")
    return True


_Layout = list[tuple[int, str, int | None, int]]
"""(level, name, PICTURE size or None for a group, OCCURS count) of a record's entries."""


def _record_entries(before: list[Token]) -> list[_Layout]:
    """The records (01 / 77 entries with their subordinates) declared in ``before``; an entry
    that is not a DISPLAY item or a group (REDEFINES, USAGE, ...) ends the list (None sizes
    would be wrong offsets)."""
    records: list[_Layout] = []
    entry: list[Token] = []
    for token in [*before, None]:
        if token is not None and token.kind != "period":
            entry.append(token)
            continue
        if len(entry) >= 2 and entry[0].text.isdigit():
            level = int(entry[0].text)
            words = [t.upper for t in entry[2:]]
            if level in (66, 78, 88):
                entry = []
                continue
            occurs = 1
            if "OCCURS" in words:
                position = words.index("OCCURS")
                if position + 1 >= len(words) or not words[position + 1].isdigit():
                    records.append([])
                    entry = []
                    continue
                occurs = int(words[position + 1])
                entry = entry[: position + 2] + entry[position + 4 :]
            size = _clause_size(entry[2:])
            if level in (1, 77) or not records:
                records.append([])
            if size == -1:
                records[-1] = []
            else:
                records[-1].append((level, entry[1].upper, size, occurs))
        entry = []
    return records


def _clause_size(clause: list[Token]) -> int | None:
    """The PICTURE size of an entry's clauses, None for a group, -1 when not understood."""
    words = [t.upper for t in clause]
    if any(w in _NOT_DISPLAY - {"OCCURS"} for w in words):
        return -1
    for position, word in enumerate(words):
        if word in ("PIC", "PICTURE"):
            rest = clause[position + 1 :]
            if rest and rest[0].upper == "IS":
                rest = rest[1:]
            size = _picture_size(rest)
            return -1 if size is None else size
    return None


def _sizes(record: _Layout) -> list[int]:
    """The size of one occurrence of every entry of ``record``."""
    sizes = [0] * len(record)
    for index in range(len(record) - 1, -1, -1):
        level, _, size, _ = record[index]
        if size is not None:
            sizes[index] = size
            continue
        total, child = 0, index + 1
        while child < len(record) and record[child][0] > level:
            total += sizes[child] * record[child][3]
            child = _after(record, child)
        sizes[index] = total
    return sizes


def _after(record: _Layout, index: int) -> int:
    level, following = record[index][0], index + 1
    while following < len(record) and record[following][0] > level:
        following += 1
    return following


def _offsets(record: _Layout) -> list[int]:
    sizes = _sizes(record)
    offsets = [0] * len(record)
    for index in range(1, len(record)):
        parent = index - 1
        while parent >= 0 and record[parent][0] >= record[index][0]:
            parent -= 1
        sibling = index - 1
        while sibling > parent and record[sibling][0] != record[index][0]:
            sibling -= 1
        if sibling > parent:
            offsets[index] = offsets[sibling] + sizes[sibling] * record[sibling][3]
        else:
            offsets[index] = offsets[parent] if parent >= 0 else 0
    return offsets


def _next_offset(before: list[Token]) -> str | None:
    records = _record_entries(before)
    if not records or not records[-1]:
        return None
    record = records[-1]
    last = len(record) - 1
    level = record[last][0]
    for index in range(last - 1, -1, -1):
        if record[index][0] < level:
            level = record[index][0]
            if record[index][3] > 1:
                # after an item of an OCCURS group cobc 3.1.2 gives the end of the whole
                # table (probe const_offsets: 29, not 11), a rule not understood: refused
                return None
    return str(_offsets(record)[last] + _sizes(record)[last])


def _start_offset(before: list[Token], name: str) -> str | None:
    for record in reversed(_record_entries(before)):
        offsets = _offsets(record)
        for index in range(len(record) - 1, -1, -1):
            if record[index][1] == name:
                return str(offsets[index])
    return None
