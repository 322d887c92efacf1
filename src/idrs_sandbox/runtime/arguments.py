"""A run's program arguments (``idrs cobol run PROG -- ARGS``), as libcob hands them out.

Measured with cobc 3.1.2 (probe ``accept_arguments`` and tests/runtime/test_arguments.py):
``ACCEPT x FROM COMMAND-LINE`` gives the arguments joined by one space; ``ACCEPT n FROM
ARGUMENT-NUMBER`` their count; each ``ACCEPT x FROM ARGUMENT-VALUE`` the next argument, and past
the last one leaves ``x`` as it was; ``DISPLAY n UPON ARGUMENT-NUMBER`` makes argument ``n + 1``
the next one.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence

from idrs_sandbox.runtime.shell import run_environment


class Arguments:
    """The arguments of one run and the position of the next ARGUMENT-VALUE."""

    def __init__(
        self,
        arguments: Sequence[str],
        program: str = "",
        environ: MutableMapping[str, str] | None = None,
    ) -> None:
        self.values = [a.encode("latin-1", errors="replace") for a in arguments]
        self.program = program.encode("latin-1", errors="replace")
        self.current = 0
        self.environ: MutableMapping[str, str] = {} if environ is None else environ
        self.started = dict(self.environ)
        """The environment the run started with (runtime/shell.py run_environment)."""
        """The run's environment: DISPLAY ... UPON ENVIRONMENT-NAME / -VALUE and ACCEPT ...
        FROM ENVIRONMENT-VALUE read and set it (as libcob's getenv / setenv)."""
        self.env_name = ""
        self.switches = [False] + [_switch(self.environ, n) for n in range(1, 37)]
        """SPECIAL-NAMES SWITCH-1 .. SWITCH-36 of the run, by number."""

    def name_environment(self, raw: bytes) -> None:
        """DISPLAY x UPON ENVIRONMENT-NAME: the variable the next -VALUE reads or sets."""
        self.env_name = bytes(raw).decode("latin-1").strip(" ")

    def environment_value(self) -> bytes:
        """ACCEPT x FROM ENVIRONMENT-VALUE: the variable's value; a missing one gives a space
        (libcob cob_accept_environment, testsuite "DEFINE Defaults")."""
        value = self.environ.get(self.env_name)
        return b" " if value is None else value.encode("latin-1", errors="replace")

    def environment_of(self, raw: bytes, settings: MutableMapping[str, str]) -> bytes:
        """ACCEPT x FROM ENVIRONMENT name: libcob cob_get_environment, the name without
        trailing spaces (cob_field_to_string); a missing variable gives a space. ``settings``
        is the copy SET ENVIRONMENT changes: libcob's getenv sees both kinds of change."""
        name = bytes(raw).split(b"\0", 1)[0].rstrip(b" ").decode("latin-1")
        value = run_environment(self.started, settings, self.environ).get(name)
        return b" " if value is None else value.encode("latin-1", errors="replace")

    def set_environment(self, raw: bytes) -> None:
        """DISPLAY x UPON ENVIRONMENT-VALUE: set the named variable for the rest of the run."""
        if self.env_name:
            self.environ[self.env_name] = bytes(raw).decode("latin-1").rstrip(" ")

    def command_line(self) -> bytes:
        return b" ".join(self.values)

    def count(self) -> int:
        return len(self.values)

    def next_value(self) -> bytes | None:
        """The next argument, or None past the last (the receiving item is left alone)."""
        if self.current == -1:
            self.current = 0
            return self.program
        if not 0 <= self.current < len(self.values):
            return None
        self.current += 1
        return self.values[self.current - 1]

    def select(self, number: int) -> None:
        """DISPLAY number UPON ARGUMENT-NUMBER: the next ARGUMENT-VALUE is argument ``number``
        (cobc: DISPLAY 1 UPON ARGUMENT-NUMBER, then ACCEPT ... FROM ARGUMENT-VALUE gives the
        first argument; 0 gives the program's own name, here its file name)."""
        self.current = number - 1


def _switch(environ: MutableMapping[str, str], number: int) -> bool:
    """libcob reads COB_SWITCH_n once at the start of a run: "ON" (any case) or "1" sets the
    switch (cobc 3.1.2 testsuite "SWITCHES": COB_SWITCH_1=1 is on, COB_SWITCH_2=0 and
    COB_SWITCH_3=OFF are off)."""
    value = environ.get(f"COB_SWITCH_{number}", "").strip()
    return value.upper() == "ON" or value.startswith("1")


NUMBER = re.compile(rb"\s*([+-]?)(\d*)(?:\.(\d*))?\s*")


def numeric_value(raw: bytes, scale: int) -> int:
    """An argument moved into a numeric item with ``scale`` decimals, as an unscaled integer:
    a number written with an optional sign and decimal point, anything else 0 (measured:
    '-12' -> -12, '4.5' into S9(5) -> 4, '123456' -> 23456 after the item's truncation,
    'x7y' -> 0)."""
    match = NUMBER.fullmatch(raw)
    if match is None:
        return 0
    sign, whole, fraction = match.groups()
    fraction = (fraction or b"")[:scale].ljust(scale, b"0") if scale > 0 else b""
    value = int((whole or b"0") + fraction)
    return -value if sign == b"-" else value
