"""Constant expressions of ``78 name VALUE expr`` and ``01 name CONSTANT [AS] expr`` entries.

cobc 3.1.2 evaluates them at compile time (probe const_expressions.cbl, testsuite "01
CONSTANT", "78 VALUE"): ``&`` joins alphanumeric literals and constant names; arithmetic
(``+ - * /``, parentheses, ``LENGTH OF`` / ``BYTE-LENGTH OF`` an item) keeps decimals, except
that a quotient is truncated to an integer (``7 / 2 * 2`` is 6) and so is the result
(``2.5 + 0.25`` is 2, ``-7 / 2`` is -3). A level-78 VALUE has no operator precedence (strictly
left to right: ``1 + 2 * 3`` is 9); an 01 CONSTANT has the usual one (7). The entry's
expression tokens are replaced by the value's literal (cobol/source.py _defined_words), so the
rest of the engine sees a ``78 name VALUE literal`` entry. An expression this module does not
understand (``VALUE NEXT``, ``START OF``, the length of a non-DISPLAY item) is left as written,
and the grammar refuses it."""

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
    if len(entry) < 5 or entry[1].kind != "word":
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
    if len(expression) < 2 or (keyword == "CONSTANT" and expression[0].upper == "FROM"):
        return
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
