"""DISPLAY x [AT] LINE l COLUMN c [[NOT] ON EXCEPTION ...]: where libcob 3.1.2 would put x on
its curses screen, and the exceptions it raises for a position off the screen (screenio.c
cob_field_display, extract_line_and_col_vals, cob_move_cursor, raise_ec_on_invalid_line_or_col).

The legacy engine has no screen: it draws nothing (a cobc-built program writes the terminal's
control sequences to its standard output there; the conformance cases that use this compare
only the run's status and stderr). What it does as libcob does:

- the first screen statement of a run opens the terminal: without TERM, or with a TERM that
  has no terminfo entry, ncurses stops the run with ``Error opening terminal: NAME.`` and exit
  status 1 (measured with cobc 3.1.2: NAME is ``unknown`` without TERM);
- the screen has the terminal's size: LINES and COLUMNS from the environment when set, else
  the size of the terminal on standard output, else the terminfo entry's (xterm: 24 x 80);
- LINE and COLUMN count from 1; LINE 0 (or no LINE) is the line after the one where the last
  screen DISPLAY ended, COLUMN 0 (or no COLUMN) the column where it ended (the field format
  always allows 0);
- a line outside the screen raises EC-SCREEN-LINE-NUMBER, a column outside it
  EC-SCREEN-STARTING-COLUMN (FUNCTION EXCEPTION-STATUS shows the last); either runs the ON
  EXCEPTION statements, else NOT ON EXCEPTION's.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from idrs_sandbox.cobol.procedure import ScreenItem
from idrs_sandbox.runtime import exceptions
from idrs_sandbox.runtime.support import StopRun

TERMINFO_DIRS = ("/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo")


@dataclass
class Screen:
    """One run's screen: its size, curses' cursor (0-based) and libcob's display cursor: where
    the last DISPLAY asked its text to end (``display_cursor_y`` / ``_x``: the requested
    place plus the text's size, even when the move failed), which LINE / COLUMN 0 follow."""

    lines: int
    columns: int
    line: int = 0
    column: int = 0
    display_line: int = 0
    display_column: int = 0


def terminfo_size(term: str, environ: Mapping[str, str]) -> tuple[int, int] | None:
    """(lines, columns) of the compiled terminfo entry ``term``, or None when there is none
    (ncurses: "Error opening terminal")."""
    dirs = [environ.get("TERMINFO", ""), str(Path(environ.get("HOME", "/")) / ".terminfo")]
    dirs += environ.get("TERMINFO_DIRS", "").split(":") + list(TERMINFO_DIRS)
    for folder in filter(None, dirs):
        for sub in (term[:1], f"{ord(term[:1]):x}" if term else ""):
            path = Path(folder) / sub / term
            if term and "/" not in term and path.is_file():
                return _numbers(path.read_bytes())
    return None


def _numbers(data: bytes) -> tuple[int, int]:
    """The ``lines`` and ``cols`` numbers of a compiled terminfo file (term(5): a header of six
    shorts, the names, the booleans padded to an even offset, then the numbers: cols first,
    lines third; 16-bit numbers with magic 0432, 32-bit with 01036)."""
    magic, names, booleans, count = struct.unpack_from("<4h", data, 0)
    width = 4 if magic == 0o1036 else 2
    offset = 12 + names + booleans
    offset += offset % 2
    fmt = "<i" if width == 4 else "<h"
    values = [struct.unpack_from(fmt, data, offset + i * width)[0] for i in range(min(count, 3))]
    cols = values[0] if values and values[0] > 0 else 80
    lines = values[2] if len(values) > 2 and values[2] > 0 else 24
    return lines, cols


def open_screen(streams: Any) -> Screen:
    """The run's screen, opened at its first use as ncurses' initscr opens it."""
    screen: Screen | None = getattr(streams, "screen", None)
    if screen is not None:
        return screen
    environ = streams.environ
    term = environ.get("TERM", "")
    size = terminfo_size(term, environ) if term else None
    if size is None:
        streams.stderr.write(f"Error opening terminal: {term or 'unknown'}.\n".encode())
        raise StopRun(1)
    lines, columns = size
    try:
        real = os.get_terminal_size(streams.stdout.fileno())
        lines, columns = real.lines, real.columns
    except (AttributeError, OSError, ValueError):
        pass
    lines = _env_number(environ, "LINES", lines)
    columns = _env_number(environ, "COLUMNS", columns)
    screen = Screen(lines, columns)
    streams.screen = screen
    return screen


def _env_number(environ: Mapping[str, str], name: str, default: int) -> int:
    value = environ.get(name, "")
    return int(value) if value.isdigit() and int(value) > 0 else default


def _position(
    screen: Screen, line: int | None, column: int | None, zero_allowed: bool
) -> tuple[int, int, bool]:
    """libcob extract_line_and_col_vals: the 0-based place of LINE / COLUMN (None: not
    given, which counts as 1 when the other is given) and whether it raised an exception:
    LINE 0 is the line after the display cursor's and COLUMN 0 its column (both 0: the
    display cursor itself), or an exception each when the dialect does not allow them
    (accept-display-extensions: error)."""
    if line is None and column is None:
        return 0, 0, False
    wanted_line = 1 if line is None else line
    wanted_column = 1 if column is None else column
    row, col, raised = wanted_line - 1, wanted_column - 1, False
    if wanted_line == 0:
        if zero_allowed:
            row = screen.display_line + (1 if wanted_column else 0)
        else:
            exceptions.raise_condition("EC-SCREEN-LINE-NUMBER")
            row, raised = 0, True
    if wanted_column == 0:
        if zero_allowed:
            col = screen.display_column
        else:
            exceptions.raise_condition("EC-SCREEN-STARTING-COLUMN")
            col, raised = 0, True
    return row, col, raised


def _move(screen: Screen, row: int, col: int) -> bool:
    """curses' move: False, with libcob's exceptions, when the place is off the screen."""
    off = False
    if not 0 <= row < screen.lines:
        exceptions.raise_condition("EC-SCREEN-LINE-NUMBER")
        off = True
    if not 0 <= col < screen.columns:
        exceptions.raise_condition("EC-SCREEN-STARTING-COLUMN")
        off = True
    if not off:
        screen.line, screen.column = row, col
    return not off


def _write(screen: Screen, row: int, col: int, size: int) -> None:
    """``size`` characters written at curses' cursor (it moves on, wrapping, as addnstr
    moves it); the display cursor is the requested place plus the size."""
    end = screen.column + size
    screen.line = min(screen.line + end // screen.columns, screen.lines - 1)
    screen.column = end % screen.columns
    screen.display_line, screen.display_column = row, col + size


def display_at(streams: Any, data: bytes, line: int | None, column: int | None) -> bool:
    """DISPLAY data [AT] LINE line COLUMN column (cob_field_display: LINE / COLUMN 0 always
    allowed); True when it raised a screen exception (ON EXCEPTION)."""
    screen = open_screen(streams)
    row, col, raised = _position(screen, line, column, True)
    moved = _move(screen, row, col)
    _write(screen, row, col, len(data))
    return raised or not moved


def display_screen(
    streams: Any, item: ScreenItem, line: int | None, column: int | None, zero_allowed: bool
) -> bool:
    """DISPLAY screen-item [AT LINE l COLUMN c] (cob_screen_display, cob_screen_iterate,
    cob_screen_moveyx): each elementary item with a LINE or COLUMN is moved to, from the place
    of the DISPLAY (LINE n is n - 1 lines below it); one without either follows curses'
    cursor, one with only one of them takes the other from the cursor (its column less one,
    as libcob's "column adjust" does). True when it raised a screen exception."""
    screen = open_screen(streams)
    row, col, raised = _position(screen, line, column, zero_allowed)
    raised = not _move(screen, row, col) or raised
    for field in _fields(item):
        to_row, to_col = screen.line, screen.column
        if field.line is not None or field.column is not None:
            cursor_col = screen.column - 1 if screen.column else 0
            to_row = row + field.line - 1 if field.line is not None else screen.line
            to_col = col + field.column - 1 if field.column is not None else cursor_col
            raised = not _move(screen, to_row, to_col) or raised
        _write(screen, to_row, to_col, len(field.value or b""))
    return raised


def _fields(item: ScreenItem) -> list[ScreenItem]:
    """The elementary items of a screen item, in order (a group's children, depth first)."""
    if not item.children:
        return [item]
    return [leaf for child in item.children for leaf in _fields(child)]
