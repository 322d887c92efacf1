"""Where COBOL text came from, and errors that point at it.

Every token and AST node carries an ``Origin``: the ORIGINAL file (a program or a copybook), its
1-based line and its 1-based column as a person sees them in an editor (the indicator is column 7,
code starts in column 8). A diagnostic reads::

    TAXACCT.cpy:12:20: unexpected 'PICX'
               05  TA-TIN                  PICX 9(9).
                                           ^
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from idrs_sandbox.errors import IdrsError


@dataclass(frozen=True, eq=False)
class SourceFile:
    """One physical file (or a text given by name): its display name and its lines, for carets.

    Compared by identity: two copies of one copybook are two sources (each COPY re-reads it).
    """

    name: str
    path: Path | None
    lines: tuple[str, ...] = field(repr=False)

    def line_text(self, line: int) -> str:
        if 1 <= line <= len(self.lines):
            return self.lines[line - 1]
        return ""


@dataclass(frozen=True, slots=True)
class Origin:
    """A position in an original source file: 1-based line and column."""

    source: SourceFile
    line: int
    column: int

    @property
    def file(self) -> str:
        return self.source.name

    def __str__(self) -> str:
        return f"{self.source.name}:{self.line}:{self.column}"


def format_diagnostic(origin: Origin | None, message: str) -> str:
    """``file:line:col: message`` then the source line and a caret under the column."""
    if origin is None:
        return message
    text = origin.source.line_text(origin.line).rstrip("\n").expandtabs(8)
    head = f"{origin}: {message}"
    if not text.strip():
        return head
    caret = " " * (origin.column - 1) + "^"
    return f"{head}\n{text}\n{caret}"


class CobolError(IdrsError):
    """A problem in COBOL source text, reported at its original file, line and column."""

    def __init__(self, message: str, origin: Origin | None = None) -> None:
        super().__init__(format_diagnostic(origin, message))
        self.message = message
        self.origin = origin


class CobolSyntaxError(CobolError):
    """The text does not follow the grammar (or the fixed-format rules)."""


class CobolSemanticError(CobolError):
    """The text parses but means nothing GnuCOBOL would accept (a bad PICTURE, a REDEFINES of an
    unknown item, a clause we do not support)."""


class CopybookNotFound(CobolError):
    """A COPY names a copybook that is in none of the copy directories."""


# ---------------------------------------------------------------------------------------------
# lark errors -> CobolSyntaxError

_TERMINAL_WORDS = {
    "$END": "end of text",
    "DOT": "'.'",
    "DATA_NAME": "a data name",
    "LEVEL": "a level number",
    "LEVEL_88": "88",
    "LEVEL_66": "66",
    "PICTURE_STRING": "a picture string",
    "INTEGER": "an integer",
    "NUMBER": "a number",
    "FLOAT_LITERAL": "a floating-point literal",
    "STOP_KIND": "ERROR or NORMAL",
    "STRING": "a literal",
    "HEX_STRING": "a hex literal",
    "HIGH_VALUE": "HIGH-VALUE",
    "LOW_VALUE": "LOW-VALUE",
}


def describe_terminal(name: str, pattern_text: str | None = None) -> str:
    """A person's name for a lark terminal: keywords as themselves, the rest in words."""
    bare = name.rsplit("__", 1)[-1]  # terminals %imported from another grammar are namespaced
    if bare in _TERMINAL_WORDS:
        return _TERMINAL_WORDS[bare]
    if pattern_text is not None and pattern_text.replace("-", "").isalnum():
        return pattern_text.upper()
    return bare


def syntax_error_from_lark(
    error: Exception,
    origin_at: Callable[[int], Origin],
    end_origin: Origin,
    terminal_text: Callable[[str], str | None] = lambda name: None,
    split_word_at: Callable[[int], tuple[str, Origin] | None] = lambda offset: None,
) -> CobolSyntaxError:
    """Turn a lark ``UnexpectedInput`` into a ``CobolSyntaxError`` at the original position.

    ``terminal_text`` gives a keyword terminal's text (from ``parser.get_terminal(name)``) so the
    expected list reads ``PIC, VALUE`` instead of lark's ``__ANON_3``. ``split_word_at`` (from
    ``ExpandedSource.split_word_at``) catches a keyword lexed out of a longer word (``PICX`` read
    as ``PIC`` + ``X``): the error then names the whole word."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedToken

    for token in _recent_tokens(error):
        split = split_word_at(token.start_pos or 0)
        if split is not None:
            return CobolSyntaxError(f"unexpected {split[0]!r}", split[1])
    if isinstance(error, UnexpectedToken):
        token = error.token
        if token.type == "$END":
            return CobolSyntaxError(
                "unexpected end of text (a missing period?)" + _expected(error, terminal_text),
                end_origin,
            )
        return CobolSyntaxError(
            f"unexpected {str(token)!r}" + _expected(error, terminal_text),
            origin_at(token.start_pos),
        )
    if isinstance(error, UnexpectedCharacters):
        offset = error.pos_in_stream or 0
        return CobolSyntaxError(f"unexpected character {error.char!r}", origin_at(offset))
    if isinstance(error, UnexpectedEOF):
        return CobolSyntaxError("unexpected end of text (a missing period?)", end_origin)
    return CobolSyntaxError(str(error), end_origin)


def _recent_tokens(error: Exception) -> list[Any]:
    """The offending token and the one lexed before it (newest first)."""
    tokens = [getattr(error, "token", None), *reversed(getattr(error, "token_history", None) or [])]
    return [t for t in tokens if t is not None and getattr(t, "type", "$END") != "$END"]


def _expected(error: Any, terminal_text: Callable[[str], str | None]) -> str:
    names = sorted({describe_terminal(n, terminal_text(n)) for n in error.expected or ()})
    if not names:
        return ""
    shown = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
    return f"; expected {shown}"
