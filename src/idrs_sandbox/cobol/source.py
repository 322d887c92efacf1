"""The fixed-format source reader: physical lines -> tokens with original positions -> COPY
expansion -> one text for the lark parsers, with a map from every offset of that text back to the
ORIGINAL file, line and column (also inside copybooks).

Fixed format as GnuCOBOL 3.1.2 reads it by default (GNUCOBOL-NOTES "Install and dialect"):
columns 1-6 sequence area (ignored), column 7 indicator (``*`` and ``/`` comment, ``D`` debugging
line = comment unless ``debugging_lines``, ``-`` continuation), columns 8-72 code, text past column
72 ignored, tabs expanded to 8 columns, ``*>`` starts a floating comment.

The text handed to lark is regenerated from the tokens: a token is preceded by a space (or a newline
when its original line changes) exactly when whitespace preceded it in the source, so ``9(5)V99``
stays one picture string although ``(`` and ``)`` are separate tokens for COPY REPLACING.
A comma or semicolon followed by a space is a separator and does not reach the parser.

Use :func:`read_source` (a file) or :func:`read_text` (a string); both expand COPY statements.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from idrs_sandbox.cobol.constants import fold_constant_entry
from idrs_sandbox.cobol.diagnostics import (
    CobolError,
    CobolSyntaxError,
    CopybookNotFound,
    Origin,
    SourceFile,
)
from idrs_sandbox.cobol.dialect import DEFAULT
from idrs_sandbox.cobol.directives import Definition, Directives, SourceOptions
from idrs_sandbox.cobol.functions import mark_user_functions

TokenKind = Literal["word", "literal", "period", "lparen", "rparen", "colon", "pseudo"]

CODE_START = 7  # 0-based index of column 8
CODE_END = 72  # columns past 72 are ignored
COPY_EXTENSIONS: tuple[str, ...] = ("", ".cpy", ".CPY", ".cbl", ".CBL", ".cob", ".COB")
"""GnuCOBOL's default copy extensions, tried in this order after the bare name."""


@dataclass(frozen=True, slots=True)
class Token:
    """One text word: its kind, its text as written, where it came from, and whether whitespace
    preceded it (the regenerated text keeps adjacency, e.g. ``X(5)``)."""

    kind: TokenKind
    text: str
    origin: Origin
    space_before: bool = True

    @property
    def upper(self) -> str:
        return self.text.upper()


# ---------------------------------------------------------------------------------------------
# physical lines -> logical stream


@dataclass(frozen=True, slots=True)
class _Segment:
    offset: int  # where this piece starts in the file's logical stream
    line: int
    column: int  # original column of the piece's first character


class _LogicalStream:
    """The code areas of one file joined into one string, with a segment map back to lines."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.parts: list[str] = []
        self.segments: list[_Segment] = []
        self.starts: list[int] = []
        self.length = 0

    def add(self, text: str, line: int, column: int) -> None:
        self.segments.append(_Segment(self.length, line, column))
        self.starts.append(self.length)
        self.parts.append(text)
        self.length += len(text)

    def trim_last(self) -> None:
        """Drop trailing spaces of the last piece (a continued word joins its continuation)."""
        if self.parts:
            stripped = self.parts[-1].rstrip(" ")
            self.length -= len(self.parts[-1]) - len(stripped)
            self.parts[-1] = stripped

    def text(self) -> str:
        return "".join(self.parts)

    def origin(self, offset: int) -> Origin:
        segment = self.segments[max(bisect_right(self.starts, offset) - 1, 0)]
        return Origin(self.source, segment.line, segment.column + offset - segment.offset)


def _open_quote_after(code: str, quote: str | None) -> tuple[str | None, int, int | None]:
    """Scan ``code`` (a literal opened by ``quote`` may be running at its start): the quote still
    open at the end, the index where that literal opened (-1 if before ``code``), and the index
    of a floating comment ``*>`` outside literals, if any."""
    opened_at = -1
    index = 0
    while index < len(code):
        char = code[index]
        if quote is not None:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote, opened_at = char, index
        elif code.startswith("*>", index):
            return quote, opened_at, index
        index += 1
    return quote, opened_at, None


def _logical_stream(
    source: SourceFile, debugging_lines: bool, directives: Directives
) -> _LogicalStream:
    stream = _LogicalStream(source)
    quote: str | None = None  # the literal left open at the end of the previous code line
    opened = Origin(source, 1, 1)  # where that literal opened
    free = directives.options.free  # -free; >>SOURCE FORMAT FREE / FIXED switch
    in_comment_entry = False  # inside AUTHOR. ... (free text, quotes included)
    for number, raw_line in enumerate(source.lines, start=1):
        line = raw_line.rstrip("\r\n").expandtabs(8)
        text = line.lstrip(" ")
        if _debugging_line(line, text, free):
            # >>D: a debugging line in any format (cobc 3.1.2 testsuite "debugging lines, free
            # format"): code with -fdebugging-line or WITH DEBUGGING MODE, else a comment
            if not debugging_lines or not directives.active:
                continue
            line = line.replace(">>D", "   ", 1) if free else line.replace(">>D", " " * 3, 1)
            text = line.lstrip(" ")
        if _is_directive(line, text, free):
            at = Origin(source, number, len(line) - len(text) + 1)
            switched = directives.line(text, at)
            free = free if switched is None else switched
            continue
        if not directives.active:
            continue
        if free:
            if quote is not None:
                raise CobolSyntaxError("literal not closed", opened)
            # a comment entry's quotes open no literal in free format either (testsuite
            # 'Quote marks in comment paragraphs', compiled with -free); it ends with its line
            entry, _ = _comment_entry(text, False)
            line = line[: len(line) - len(text)] + entry
            quote, opened_at, comment_at = _open_quote_after(line, None)
            code = line if comment_at is None else line[:comment_at]
            opened = Origin(source, number, 1 + opened_at)
            stream.add("\n", number, 1)
            stream.add(code, number, 1)
            continue
        indicator = line[6] if len(line) > 6 else " "
        if indicator in "*/" or (indicator in "dD" and not debugging_lines):
            continue
        code = line[CODE_START:CODE_END]
        if indicator == "-":
            quote = _continue_line(stream, code, number, quote)
            continue
        if indicator not in " dD":
            origin = Origin(source, number, 7)
            raise CobolSyntaxError(f"invalid indicator {indicator!r} in column 7", origin)
        if quote is not None:
            raise CobolSyntaxError("literal not closed (continue it with '-' in column 7)", opened)
        code, in_comment_entry = _comment_entry(code, in_comment_entry)
        quote, opened_at, comment_at = _open_quote_after(code, None)
        code = code if comment_at is None else code[:comment_at]
        opened = Origin(source, number, CODE_START + 1 + opened_at)
        stream.add("\n", number, CODE_START + 1)
        stream.add(_padded(code) if quote else code, number, CODE_START + 1)
    if quote is not None:
        raise CobolSyntaxError("literal not closed", opened)
    directives.close(Origin(source, len(source.lines), 1))
    return stream


def _debugging_line(line: str, text: str, free: bool) -> bool:
    if text[:3].upper() != ">>D" or text[3:4] not in ("", " "):
        return False
    return free or len(line) - len(text) >= CODE_START - 1


def _is_directive(line: str, text: str, free: bool) -> bool:
    """A compiler-directive line: ``>>`` (in fixed format from column 8 on) or MF's ``$SET``
    (from column 7 on); cobol/directives.py reads it."""
    indent = len(line) - len(text)
    if text.startswith(">>"):
        return free or indent >= CODE_START
    return text[:4].upper() == "$SET" and (free or indent >= CODE_START - 1)


_COMMENT_ENTRY = re.compile(
    r"\s{0,3}(?:AUTHOR|INSTALLATION|DATE-WRITTEN|DATE-COMPILED|SECURITY|REMARKS)\s*\.",
    re.IGNORECASE,
)


def _comment_entry(code: str, inside: bool) -> tuple[str, bool]:
    """The text of a comment entry (``AUTHOR. J. O'BRIEN.``) is free: its quotes open no
    literal (cobc 3.1.2 testsuite "Quote marks in comment paragraphs"). It runs from the
    paragraph name to the next line with something in area A; its quotes become spaces here
    (the entry itself is dropped before parsing, cobol/program.py drop_comment_entries)."""
    match = _COMMENT_ENTRY.match(code)
    if match is not None:
        head, rest = code[: match.end()], code[match.end() :]
        return head + rest.replace('"', " ").replace("'", " "), True
    if inside and not code[:4].strip():
        return code.replace('"', " ").replace("'", " "), True
    return code, False


def _padded(code: str, first_column: int = CODE_START + 1) -> str:
    """``code`` (starting in ``first_column``) padded with spaces through column 72: a continued
    literal runs through column 72 even when the line is shorter."""
    return code.ljust(CODE_END - first_column + 1)


def _continue_line(stream: _LogicalStream, code: str, number: int, quote: str | None) -> str | None:
    """Append a continuation line (indicator ``-``); returns the quote left open after it."""
    stripped = code.lstrip(" ")
    column = CODE_START + 1 + len(code) - len(stripped)
    if not stripped:
        return quote
    if quote is not None:
        # A continued literal resumes after the quote that starts the continuation line.
        if stripped[0] != quote:
            origin = Origin(stream.source, number, column)
            raise CobolSyntaxError(f"a continued literal must resume with {quote}", origin)
        rest = stripped[1:]
        still_open, _, comment_at = _open_quote_after(rest, quote)
        rest = rest if comment_at is None else rest[:comment_at]
        stream.add(_padded(rest, column + 1) if still_open else rest, number, column + 1)
        return still_open
    # A continued word: its first non-blank character follows the previous line's last one.
    stream.trim_last()
    still_open, _, comment_at = _open_quote_after(stripped, None)
    stripped = stripped if comment_at is None else stripped[:comment_at]
    stream.add(_padded(stripped, column) if still_open else stripped, number, column)
    return still_open


# ---------------------------------------------------------------------------------------------
# logical stream -> tokens

_TOKEN_RE = re.compile(
    r"""
    (?P<space>(?:\s|[,;](?=\s|\Z))+)
  | (?P<literal>(?:[xXnNzZhH]|[bB][xX]?)?(?:"(?:[^"]|"")*"|'(?:[^']|'')*'))
  | (?P<unclosed>["'])
  | (?P<pseudo>==)
  | (?P<period>\.(?=\s|\Z))
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<colon>:)
  | (?P<word>(?:[^\s"'():.,;=]|[.,;](?=\S)|=(?!=))+)
    """,
    re.VERBOSE,
)


def _tokens_of(stream: _LogicalStream, decimal_comma: bool = False) -> list[Token]:
    text = stream.text()
    tokens: list[Token] = []
    space_before = True
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup
        if kind == "space":
            space_before = True
            continue
        origin = stream.origin(match.start())
        if kind == "unclosed":
            raise CobolSyntaxError("literal not closed", origin)
        assert kind is not None  # every alternative is a named group
        if kind == "literal" and "\x00" in match.group():
            # cobc 3.1.2 stops at a NUL byte: "invalid literal", "missing terminating quote".
            at = stream.origin(match.start() + match.group().index("\x00"))
            raise CobolSyntaxError("invalid literal: it holds a NUL byte (X'00')", at)
        if kind == "literal" and match.group()[0] in "hH":
            # H"80": a hexadecimal numeric literal (a Micro Focus extension cobc 3.1.2 takes),
            # the number 128 wherever it is written (probe hex_numeric_literal)
            digits = match.group()[2:-1]
            if not digits or any(c not in "0123456789abcdefABCDEF" for c in digits):
                raise CobolSyntaxError(f"invalid hexadecimal literal {match.group()}", origin)
            tokens.append(Token("word", str(int(digits, 16)), origin, space_before))
            space_before = False
            continue
        if kind == "word" and decimal_comma:
            space_before = _add_comma_word(
                tokens, match.group(), stream, match.start(), space_before
            )
            continue
        if kind == "word" and _COMMA_LIST.fullmatch(match.group()) and not _after_picture(tokens):
            # "DISPLAY 1,1,1": a comma is a separator even without a space after it (cobc
            # 3.1.2 shows 111), also between words ("SOURCE IS CM-DISK,CM-TAPE", testsuite
            # "INDEXED file sparse/split keys"). A PICTURE string keeps its commas.
            offset = match.start()
            for part in match.group().split(","):
                if part:
                    tokens.append(Token("word", part, stream.origin(offset), space_before))
                offset += len(part) + 1
                space_before = True
            space_before = False
            continue
        tokens.append(Token(kind, match.group(), origin, space_before))  # type: ignore[arg-type]
        space_before = False
    return tokens


_COMMA_LIST = re.compile(
    r"(?:[+-]?[0-9]+|[A-Za-z0-9][A-Za-z0-9-]*)(?:,(?:[+-]?[0-9]+|[A-Za-z0-9][A-Za-z0-9-]*))+"
)
_SWAP_POINT = str.maketrans(".,", ",.")


def _add_comma_word(
    tokens: list[Token], text: str, stream: _LogicalStream, start: int, space_before: bool
) -> bool:
    """A word of a program with DECIMAL-POINT IS COMMA. A PICTURE string has its '.' and ','
    exchanged, so the rest of the engine reads it as in a program without the clause (the
    edited output is exchanged back, runtime/compile). Elsewhere a comma followed by a digit
    that can start or continue a number is the decimal point (written '.' for the parser);
    any other comma is a separator. Measured with cobc 3.1.2 (testsuite "DECIMAL-POINT is
    COMMA (1)-(5)"): ``MIN (3,,,,,,5)`` is 0,50 (``,5`` a number), ``MIN (3,,,,,,1,5)`` is
    0,10 (``,1`` then ``5``: a number has one decimal point), ``1*,1`` is 0,10. Returns
    whether whitespace precedes the next token."""
    if _after_picture(tokens):
        tokens.append(
            Token("word", text.translate(_SWAP_POINT), stream.origin(start), space_before)
        )
        return False
    parts: list[tuple[int, str]] = []
    current, begun = "", start
    for index, char in enumerate(text):
        if char != ",":
            current += char
            continue
        run = re.search(r"[0-9.]*$", current)
        number = run.group() if run is not None else ""
        before = current[: len(current) - len(number)][-1:]
        if text[index + 1 : index + 2].isdigit() and "." not in number and not before.isalpha():
            current += "."
            continue
        if current:
            parts.append((begun, current))
        current, begun = "", start + index + 1
    if current:
        parts.append((begun, current))
    for position, (offset, part) in enumerate(parts):
        adjacent = position == 0 and not space_before
        tokens.append(Token("word", part, stream.origin(offset), not adjacent))
    return not parts or text.endswith(",")


def _after_picture(tokens: list[Token]) -> bool:
    words = [token.text.upper() for token in tokens[-2:]]
    return bool(words) and (words[-1] in ("PIC", "PICTURE") or words == ["PIC", "IS"])


def tokenize(
    source: SourceFile,
    *,
    debugging_lines: bool = False,
    decimal_comma: bool = False,
    options: SourceOptions | None = None,
    currency: str | None = None,
    _directives: Directives | None = None,
) -> list[Token]:
    """The tokens of one file, without COPY expansion: compiler directives applied (lines of
    a dropped >>IF branch left out, constants replaced by their literals)."""
    directives = Directives(options) if _directives is None else _directives
    stream = _logical_stream(source, debugging_lines, directives)
    tokens = _join_literals(_tokens_of(stream, decimal_comma))
    if currency is not None:
        tokens = _currency_pictures(tokens, currency)
    return _defined_words(tokens, directives.definitions, decimal_comma)


def _currency_pictures(tokens: list[Token], currency: str) -> list[Token]:
    """CURRENCY SIGN IS "c": the symbol c of a PICTURE is the currency symbol, written '$'
    for the rest of the engine (the edited output shows c again: runtime/compile EditTables).
    cobc 3.1.2 testsuite "CURRENCY SIGN": PIC Y(6)9.99 holding 1512.34 shows "  Y1512.34"."""
    table = str.maketrans({currency.upper(): "$", currency.lower(): "$"})
    return [
        replace(token, text=token.text.translate(table))
        if token.kind == "word" and _after_picture(tokens[max(index - 2, 0) : index])
        else token
        for index, token in enumerate(tokens)
    ]


_LITERAL_WORD = re.compile(r"[+-]?[0-9]*\.?[0-9]+")


def _constant_entry(tokens: list[Token]) -> tuple[str, str] | None:
    """(name, literal) when ``tokens`` end with ``78 name VALUE [IS] literal`` or ``01 name
    CONSTANT [AS] literal`` after a period (the entry's own period comes next)."""
    if not tokens:
        return None
    literal = tokens[-1]
    if literal.kind == "literal" and literal.text[0] not in "\"'":
        return None  # X'..', Z'..': left to the grammar
    if literal.kind != "literal" and not _LITERAL_WORD.fullmatch(literal.text):
        return None
    rest = tokens[:-1]
    if rest and rest[-1].upper in ("IS", "AS"):
        rest = rest[:-1]
    if len(rest) < 3 or rest[-2].kind != "word":
        return None
    level, keyword = rest[-3].upper, rest[-1].upper
    if (level, keyword) not in (("78", "VALUE"), ("01", "CONSTANT"), ("1", "CONSTANT")):
        return None
    if len(rest) > 3 and rest[-4].kind != "period":
        return None
    return rest[-2].upper, literal.text


def _defined_words(
    tokens: list[Token], definitions: Sequence[Definition], decimal_comma: bool
) -> list[Token]:
    """From the line of its definition on, a constant's name is replaced by its literal (as
    cobc 3.1.2 does: a later ``>>DEFINE CONSTANT x ... OVERRIDE`` changes what the words after
    it mean, testsuite "DEFINE OVERRIDE"); ``CONSTANT FROM name`` takes a CDF variable's. So
    is the name of a ``78 name VALUE literal`` or ``01 name CONSTANT [AS] literal`` entry after
    its period, in the DATA DIVISION (a VALUE, PICTURE or OCCURS may then use it, as in cobc);
    in the PROCEDURE DIVISION the compiler substitutes it (cobol/procedure.py
    substitute_constants), so that a store into it is reported as such."""
    constants: dict[str, str] = {}
    entries: dict[str, str] = {}  # 78 / 01 CONSTANT entries, used in the DATA DIVISION
    variables: dict[str, str | None] = {}
    pending = list(definitions)
    in_data = True
    out: list[Token] = []
    for token in tokens:
        while pending and pending[0].line < token.origin.line:
            definition = pending.pop(0)
            table = constants if definition.constant else variables
            if definition.literal is None:
                table.pop(definition.name, None)
            else:
                table[definition.name] = definition.literal
        if token.kind == "period":
            fold_constant_entry(out)  # an expression value becomes its literal (constants.py)
            entry = _constant_entry(out)
            if entry is not None:
                entries[entry[0]] = entry[1]
        word = token.upper if token.kind == "word" else ""
        if word == "DIVISION" and out and out[-1].upper in ("PROCEDURE", "DATA"):
            in_data = out[-1].upper == "DATA"
        literal = constants.get(word) or (entries.get(word) if in_data else None)
        if word and len(out) >= 2 and out[-1].upper == "FROM" and out[-2].upper == "CONSTANT":
            literal = variables.get(word) or literal
            if literal is not None:
                out.pop()
        if literal is None:
            out.append(token)
            continue
        kind: TokenKind = "literal" if literal[0] in "\"'" else "word"
        text = literal.replace(",", ".") if decimal_comma and kind == "word" else literal
        out.append(replace(token, kind=kind, text=text))
    return out


def _join_literals(tokens: list[Token]) -> list[Token]:
    """Literals written in pieces become one: ``"OK" & " "`` (the concatenation operator) and
    ``"OK"-`` at the end of a line followed by ``"OK"`` on the next (the floating continuation
    indicator; cobc 3.1.2 testsuite "Concatenation operator", "Floating continuation
    indicator"). Only alphanumeric and hexadecimal pieces are joined."""
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        joined = _joined_pair(out[-1], tokens, index) if out else None
        if joined is None:
            out.append(token)
            index += 1
            continue
        out[-1], index = joined
    return out


def _joined_pair(left: Token, tokens: list[Token], index: int) -> tuple[Token, int] | None:
    """``left`` joined with the literal after the operator at ``index``, and the index after."""
    operator = tokens[index]
    if index + 1 >= len(tokens) or operator.kind != "word":
        return None
    right = tokens[index + 1]
    ampersand = operator.text == "&"
    floating = (
        operator.text == "-"
        and not operator.space_before
        and right.origin.line > operator.origin.line
    )
    if not (ampersand or floating):
        return None
    left_bytes, right_bytes = _literal_value(left), _literal_value(right)
    if left_bytes is None or right_bytes is None:
        return None
    value = left_bytes + right_bytes
    plain = left.text[0] in "\"'" and right.text[0] in "\"'"
    text = '"' + value.decode("latin-1").replace('"', '""') + '"' if plain else f'X"{value.hex()}"'
    return replace(left, text=text), index + 2


def _literal_value(token: Token) -> bytes | None:
    """The bytes of a plain or hexadecimal literal token, else None."""
    if token.kind != "literal":
        return None
    text = token.text
    if text[0] in "xX":
        try:
            return bytes.fromhex(text[2:-1])
        except ValueError:
            return None
    if text[0] not in "\"'":
        return None
    quote = text[0]
    return text[1:-1].replace(quote * 2, quote).encode("latin-1")


def load_source_file(path: Path, name: str | None = None) -> SourceFile:
    """Read a file as Latin-1 (every byte is a character, so no decode error ever)."""
    try:
        text = path.read_text(encoding="latin-1")
    except OSError as error:
        raise CobolError(f"{path}: cannot read ({error.strerror})") from None
    return SourceFile(name or path.name, path, tuple(text.splitlines()))


# ---------------------------------------------------------------------------------------------
# COPY expansion


@dataclass(frozen=True, slots=True)
class Replacement:
    """One ``REPLACING`` pair: whole pseudo-text, or a LEADING / TRAILING part of a word."""

    pattern: tuple[Token, ...]
    by: tuple[Token, ...]
    part: Literal["whole", "leading", "trailing"] = "whole"


@dataclass(frozen=True, slots=True)
class CopyStatement:
    name: str
    library: str | None
    replacing: tuple[Replacement, ...]
    origin: Origin


class _TokenCursor:
    def __init__(self, tokens: Sequence[Token], start: int, copy_origin: Origin) -> None:
        self.tokens = tokens
        self.index = start
        self.copy_origin = copy_origin

    def peek(self) -> Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self, what: str) -> Token:
        token = self.peek()
        if token is None:
            raise CobolSyntaxError(f"COPY statement ends before its {what}", self.copy_origin)
        self.index += 1
        return token

    def take_word(self, *words: str) -> Token | None:
        token = self.peek()
        if token is not None and token.kind == "word" and token.upper in words:
            self.index += 1
            return token
        return None


def _parse_copy(tokens: Sequence[Token], start: int) -> tuple[CopyStatement, int]:
    """Parse ``COPY name [OF|IN lib] [SUPPRESS [PRINTING]] [REPLACING ...] .`` at ``start``."""
    origin = tokens[start].origin
    cursor = _TokenCursor(tokens, start + 1, origin)
    name = _copy_name(cursor.take("copybook name"))
    library = None
    if cursor.take_word("OF", "IN"):
        library = _copy_name(cursor.take("library name"))
    if cursor.take_word("SUPPRESS"):
        cursor.take_word("PRINTING")
    replacing: list[Replacement] = []
    if cursor.take_word("REPLACING"):
        while (token := cursor.peek()) is not None and token.kind != "period":
            replacing.append(_replacement(cursor))
        if not replacing:
            raise CobolSyntaxError("REPLACING needs at least one 'x BY y'", origin)
    end = cursor.take("terminating period")
    if end.kind != "period":
        raise CobolSyntaxError(f"unexpected {end.text!r} in COPY statement", end.origin)
    return CopyStatement(name, library, tuple(replacing), origin), cursor.index


def _copy_name(token: Token) -> str:
    if token.kind == "literal":
        return token.text[1:-1]
    if token.kind != "word":
        raise CobolSyntaxError(f"expected a copybook name, found {token.text!r}", token.origin)
    return token.text


def _replacement(cursor: _TokenCursor) -> Replacement:
    part: Literal["whole", "leading", "trailing"] = "whole"
    if cursor.take_word("LEADING"):
        part = "leading"
    elif cursor.take_word("TRAILING"):
        part = "trailing"
    pattern = _operand(cursor)
    by = cursor.take("BY")
    if by.kind != "word" or by.upper != "BY":
        raise CobolSyntaxError(f"expected BY, found {by.text!r}", by.origin)
    replacement = _operand(cursor)
    if part != "whole" and (len(pattern) != 1 or len(replacement) > 1):
        raise CobolSyntaxError(
            f"{part.upper()} replaces part of one word: ==word== BY ==word==", by.origin
        )
    if not pattern:
        raise CobolSyntaxError("the text to replace is empty", by.origin)
    return Replacement(pattern, replacement, part)


def _operand(cursor: _TokenCursor) -> tuple[Token, ...]:
    first = cursor.take("REPLACING operand")
    if first.kind != "pseudo":
        return (first,)
    words: list[Token] = []
    while (token := cursor.take("closing ==")).kind != "pseudo":
        words.append(token)
    return tuple(words)


def _same_text(a: Token, b: Token) -> bool:
    # Words compare without case (COBOL words are case-insensitive); literals compare exactly.
    if a.kind != b.kind:
        return False
    return a.text == b.text if a.kind == "literal" else a.upper == b.upper


def apply_replacing(tokens: Sequence[Token], pairs: Sequence[Replacement]) -> list[Token]:
    """COPY ... REPLACING: scan left to right; at each token the first pair that matches wins,
    and replaced text is not scanned again. Replacement tokens take the position of the text they
    replace, so errors point into the copybook."""
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        for pair in pairs:
            consumed = _replace_at(tokens, index, pair, out)
            if consumed:
                index += consumed
                break
        else:
            out.append(tokens[index])
            index += 1
    return out


def _replace_at(tokens: Sequence[Token], index: int, pair: Replacement, out: list[Token]) -> int:
    token = tokens[index]
    if pair.part != "whole":
        return _replace_part(token, pair, out)
    size = len(pair.pattern)
    window = tokens[index : index + size]
    if len(window) < size or not all(map(_same_text, window, pair.pattern)):
        return 0
    for position, new in enumerate(pair.by):
        space = token.space_before if position == 0 else new.space_before
        out.append(replace(new, origin=token.origin, space_before=space))
    return size


def _replace_part(token: Token, pair: Replacement, out: list[Token]) -> int:
    if token.kind != "word":
        return 0
    part = pair.pattern[0].upper
    new = pair.by[0].text if pair.by else ""
    if pair.part == "leading" and token.upper.startswith(part):
        text = new + token.text[len(part) :]
    elif pair.part == "trailing" and token.upper.endswith(part):
        text = token.text[: len(token.text) - len(part)] + new
    else:
        return 0
    if text:
        out.append(replace(token, text=text))
    return 1


def find_copybook(name: str, copy_dirs: Sequence[Path], near: Path | None = None) -> Path | None:
    """The copybook file for ``name``: the including file's folder first, then each copy dir;
    the bare name, then GnuCOBOL's extensions. The name is taken as written: cobc 3.1.2 does
    not fold its case (measured: ``COPY upc`` does not find UPC.cpy, ``COPY lowc`` finds
    lowc.CPY), so neither do we. Last comes GnuCOBOL's own copybook folder, as cobc searches
    it after its -I folders (COB_COPY_DIR, /usr/share/gnucobol/copy in Debian's gnucobol3:
    xfhfcd3.cpy, the FCD of a direct EXTFH call), when it is installed."""
    given = Path(name)
    if given.is_absolute() or len(given.parts) > 1:
        return given if given.is_file() else None
    installed = Path(os.environ.get("COB_COPY_DIR", "/usr/share/gnucobol/copy"))
    folders = ([near.parent] if near is not None else []) + [*copy_dirs, installed]
    for folder in folders:
        for extension in COPY_EXTENSIONS:
            candidate = folder / f"{name}{extension}"
            if candidate.is_file():
                return candidate
    return None


def expand_copies(
    tokens: Sequence[Token],
    copy_dirs: Sequence[Path],
    *,
    debugging_lines: bool = False,
    decimal_comma: bool = False,
    options: SourceOptions | None = None,
    currency: str | None = None,
    _active: tuple[Path, ...] = (),
) -> list[Token]:
    """Replace every ``COPY`` statement by the copybook's tokens (nested COPYs first, then
    REPLACING)."""
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind != "word" or token.upper != "COPY":
            out.append(token)
            index += 1
            continue
        statement, index = _parse_copy(tokens, index)
        modes = _Modes(debugging_lines, decimal_comma, options, currency)
        out.extend(_copied_tokens(statement, token, copy_dirs, modes, _active))
    return out


@dataclass(frozen=True, slots=True)
class _Modes:
    debugging_lines: bool
    decimal_comma: bool
    options: SourceOptions | None
    currency: str | None = None


def _copied_tokens(
    statement: CopyStatement,
    copy_token: Token,
    copy_dirs: Sequence[Path],
    modes: _Modes,
    active: tuple[Path, ...],
) -> list[Token]:
    path = find_copybook(statement.name, copy_dirs, copy_token.origin.source.path)
    if path is None:
        searched = ", ".join(str(d) for d in copy_dirs) or "no copy directories"
        raise CopybookNotFound(
            f"copybook {statement.name} not found in {searched}", copy_token.origin
        )
    resolved = path.resolve()
    if resolved in active:
        raise CobolSyntaxError(f"COPY {statement.name} includes itself", copy_token.origin)
    inner = tokenize(
        load_source_file(path),
        debugging_lines=modes.debugging_lines,
        decimal_comma=modes.decimal_comma,
        options=modes.options,
        currency=modes.currency,
    )
    inner = expand_copies(
        inner,
        copy_dirs,
        debugging_lines=modes.debugging_lines,
        decimal_comma=modes.decimal_comma,
        options=modes.options,
        currency=modes.currency,
        _active=(*active, resolved),
    )
    if statement.replacing:
        inner = apply_replacing(inner, statement.replacing)
    if inner:
        inner[0] = replace(inner[0], space_before=True)
    return inner


# ---------------------------------------------------------------------------------------------
# tokens -> text for lark, with the way back


class ExpandedSource:
    """A program or copybook after COPY expansion: ``text`` for lark and ``origin_at`` for the
    way back from any offset of ``text`` to the original file, line and column."""

    def __init__(
        self, main: SourceFile, tokens: Sequence[Token], decimal_comma: bool = False
    ) -> None:
        self.main = main
        self.decimal_comma = decimal_comma
        """DECIMAL-POINT IS COMMA: the tokens hold '.' for it (see _add_comma_word)."""
        self.turns: tuple[tuple[int, frozenset[str], bool], ...] = ()
        self.assign_modes: tuple[tuple[int, str], ...] = ()
        """``$SET ASSIGN`` directives of the main file: (line, EXTERNAL or DYNAMIC)."""
        """>>TURN directives of the main file: (line, exception names, checking on)."""
        self.relax_syntax = False
        """cobc -frelax-syntax-checks (SourceOptions.relax_syntax)."""
        self.dialect = DEFAULT
        """cobc's -std / -f options (SourceOptions.dialect, cobol/dialect.py)."""
        self.currency: str | None = None
        """CURRENCY SIGN IS "c": PICTUREs hold '$' for it (see _currency_pictures)."""
        self.tokens: tuple[Token, ...] = tuple(tokens)
        self.offsets: list[int] = []
        parts: list[str] = []
        length = 0
        previous: Token | None = None
        for token in self.tokens:
            if previous is not None and token.space_before:
                newline = (
                    token.origin.line != previous.origin.line
                    or token.origin.source is not previous.origin.source
                )
                parts.append("\n" if newline else " ")
                length += 1
            self.offsets.append(length)
            parts.append(token.text)
            length += len(token.text)
            previous = token
        self.text = "".join(parts)

    def token_index_at(self, offset: int) -> int:
        return max(bisect_right(self.offsets, offset) - 1, 0)

    def origin_at(self, offset: int) -> Origin:
        """The original position of ``offset`` in ``text`` (the end of the text maps to the last
        token; an offset in whitespace maps just past the token before it)."""
        if not self.tokens:
            return Origin(self.main, 1, 1)
        index = self.token_index_at(offset)
        token = self.tokens[index]
        within = min(max(offset - self.offsets[index], 0), len(token.text))
        return Origin(token.origin.source, token.origin.line, token.origin.column + within)

    def split_word_at(self, offset: int) -> tuple[str, Origin] | None:
        """When ``offset`` falls strictly inside a word of the text, that word and its origin (a
        lexer took a keyword off the front of a longer word)."""
        if not self.tokens:
            return None
        index = self.token_index_at(offset)
        token = self.tokens[index]
        start = self.offsets[index]
        if token.kind == "word" and start < offset < start + len(token.text):
            return token.text, token.origin
        return None

    def bound_checking(self, origin: Origin, initial: bool = False) -> bool:
        """Whether >>TURN has EC-BOUND-SUBSCRIPT checking on at ``origin`` (main file only);
        ``initial``: before any >>TURN (True in a program built with -debug)."""
        on = initial
        if origin.source is not self.main:
            return initial
        for line, names, checking in self.turns:
            if line >= origin.line:
                break
            if names & {"EC-BOUND-SUBSCRIPT", "EC-BOUND", "EC-ALL"}:
                on = checking
        return on

    def assign_mode(self, origin: Origin) -> str:
        """The mode the last ``$SET ASSIGN`` before ``origin`` gives an ASSIGN word ("" when
        none: the dialect's assign-clause; main file only)."""
        mode = ""
        if origin.source is not self.main:
            return mode
        for line, each in self.assign_modes:
            if line >= origin.line:
                break
            mode = each
        return mode

    def end_origin(self) -> Origin:
        return self.origin_at(len(self.text))

    def iter_tokens(self) -> Iterator[tuple[int, Token]]:
        """(offset in ``text``, token) pairs, e.g. to find where a division starts."""
        return zip(self.offsets, self.tokens, strict=True)


def read_text(
    text: str,
    name: str = "<text>",
    copy_dirs: Sequence[Path] = (),
    *,
    path: Path | None = None,
    debugging_lines: bool = False,
    options: SourceOptions | None = None,
) -> ExpandedSource:
    """Read fixed-format COBOL ``text`` (named ``name`` in messages) and expand its COPYs."""
    source = SourceFile(name, path, tuple(text.splitlines()))
    return _read(source, copy_dirs, _Modes(debugging_lines, False, options), ())


def read_source(
    path: Path | str,
    copy_dirs: Sequence[Path] = (),
    *,
    debugging_lines: bool = False,
    options: SourceOptions | None = None,
) -> ExpandedSource:
    """Read a COBOL file (fixed format unless ``options`` say -free) and expand its COPYs."""
    source = load_source_file(Path(path))
    modes = _Modes(debugging_lines, False, options)
    return _read(source, copy_dirs, modes, (Path(path).resolve(),))


def _read(
    source: SourceFile, copy_dirs: Sequence[Path], modes: _Modes, active: tuple[Path, ...]
) -> ExpandedSource:
    """Tokenize (again when the first tokens turn on debugging lines or a decimal comma),
    then expand the COPYs."""
    options = modes.options
    asked = modes.debugging_lines or (options is not None and options.debugging_lines)
    directives = Directives(options)
    tokens = tokenize(source, debugging_lines=asked, options=options, _directives=directives)
    debugging_lines = asked or _debugging_mode(tokens)
    decimal_comma = _decimal_point_comma(tokens)
    currency = _currency_sign(tokens)
    if (debugging_lines and not asked) or decimal_comma or currency is not None:
        directives = Directives(options)
        tokens = tokenize(
            source,
            debugging_lines=debugging_lines,
            decimal_comma=decimal_comma,
            options=options,
            currency=currency,
            _directives=directives,
        )
    expanded = expand_copies(
        tokens,
        copy_dirs,
        debugging_lines=debugging_lines,
        decimal_comma=decimal_comma,
        options=options,
        currency=currency,
        _active=active,
    )
    expanded = mark_user_functions(expanded)  # f1() of a REPOSITORY FUNCTION (functions.py)
    expanded_source = ExpandedSource(source, expanded, decimal_comma)
    expanded_source.currency = currency
    expanded_source.relax_syntax = options is not None and options.relax_syntax
    expanded_source.dialect = options.dialect if options is not None else DEFAULT
    expanded_source.turns = tuple(directives.turns)
    expanded_source.assign_modes = tuple(directives.assign_modes)
    return expanded_source


def _currency_sign(tokens: Sequence[Token]) -> str | None:
    """``CURRENCY SIGN IS "c"`` of SPECIAL-NAMES: its one character (None without the
    clause, or when a PICTURE SYMBOL is given: the grammar refuses that form)."""
    for index, token in enumerate(tokens[:2000]):
        if token.kind == "word" and token.upper == "CURRENCY":
            for following in tokens[index + 1 : index + 4]:
                if following.kind == "literal":
                    text = following.text
                    return text[1] if len(text) == 3 and text[0] in "\"'" else None
    return None


def _decimal_point_comma(tokens: Sequence[Token]) -> bool:
    """``SPECIAL-NAMES. DECIMAL-POINT IS COMMA.``: the scanner then reads ``1,5`` as a number
    (cobc 3.1.2 scanner, testsuite "DECIMAL-POINT is COMMA")."""
    words = [token.upper for token in tokens[:2000] if token.kind == "word"]
    for index, word in enumerate(words):
        if word == "DECIMAL-POINT":
            following = words[index + 1 : index + 3]
            return following[:1] == ["COMMA"] or following == ["IS", "COMMA"]
    return False


def _debugging_mode(tokens: Sequence[Token]) -> bool:
    """``SOURCE-COMPUTER. name WITH DEBUGGING MODE.`` turns the D lines into code (cobc 3.1.2,
    testsuite "debugging lines (WITH DEBUGGING MODE)")."""
    words = [token.upper for token in tokens[:400] if token.kind == "word"]
    if "SOURCE-COMPUTER" not in words:
        return False
    after = words[words.index("SOURCE-COMPUTER") + 1 : words.index("SOURCE-COMPUTER") + 5]
    return "DEBUGGING" in after and "MODE" in after
