"""The interactive green screen (Textual): a 24x80 screen above a command line.

Every line typed goes through ``Terminal.request`` exactly as in script mode (audited first), and
its screen replaces the one shown. ``tests/online/test_app.py`` drives it with Textual's Pilot.
"""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import Input, Static

from idrs_sandbox.online.screens import COLUMNS, ROWS, screen
from idrs_sandbox.online.session import Terminal

_SIGN_ON = re.compile(r"^\s*SINON\s+\S+\s", re.IGNORECASE)

WELCOME = [
    "IDRS-LITE: A SYNTHETIC TRAINING SYSTEM (TIN AREAS 000 AND 666 ONLY)",
    "",
    "SIGN ON:  SINON EMPLOYEE-NUMBER PASSWORD",
    "",
    "COMMAND CODES: ENMOD SUMRY TXMOD NAMES ACTON REQ54 ADJ54 APR54 UNLCK SINOF",
    "EVERY REQUEST IS RECORDED IN THE AUDIT TRAIL BEFORE ANYTHING IS SHOWN.",
    "",
    "CTRL+Q LEAVES THE TERMINAL (SIGN OFF FIRST).",
]


class TerminalApp(App[None]):
    """A green-on-black 3270-like terminal."""

    TITLE = "IDRS-lite terminal"
    CSS = f"""
    Screen {{ background: black; align: center top; }}
    #screen {{
        width: {COLUMNS + 2}; height: {ROWS + 2};
        color: #33ff66; background: black; border: round #1f7a3a; padding: 0 0;
    }}
    #command {{ width: {COLUMNS + 2}; color: #33ff66; background: #001a00; border: tall #1f7a3a; }}
    """
    BINDINGS: ClassVar[list[BindingType]] = [("ctrl+q", "quit", "Quit")]

    def __init__(self, terminal: Terminal) -> None:
        super().__init__()
        self.terminal = terminal
        self.last_text = screen("", "IDRS-LITE", WELCOME, "READY", terminal.view()).text()

    def compose(self) -> ComposeResult:
        yield Static(Text(self.last_text), id="screen")
        yield Input(placeholder="command code and arguments, then Enter", id="command")

    def on_mount(self) -> None:
        self.query_one("#command", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        # SINON's password is not echoed (a 3270 non-display field): once the employee number
        # is typed, the command line is masked until it is sent.
        event.input.password = bool(_SIGN_ON.match(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        line = event.value.strip()
        event.input.value = ""
        event.input.password = False
        if not line:
            return
        self.last_text = self.terminal.request(line).text()
        self.query_one("#screen", Static).update(Text(self.last_text))
