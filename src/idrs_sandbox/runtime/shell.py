"""CALL "SYSTEM" USING command: the command run by the shell, as libcob 3.1.2's cob_sys_system
runs it with system(3) (common.c), measured with cobc 3.1.2:

- the command is the operand's bytes without trailing spaces and NULs (up to a NUL inside);
  a command of one character, spaces only, or no operand is not run and gives 1;
- RETURN-CODE gets system()'s raw status: the exit code times 256 (``exit 3`` gives 768), or
  the number of the signal that ended the shell, with libcob's warning on stderr
  (``libcob: warning: external process "kill -9 $$" ended with signal unknown (9)``);
- the shell runs in the run's folder with the run's environment, as SET ENVIRONMENT and
  DISPLAY ... UPON ENVIRONMENT-VALUE left it (libcob's setenv changes the process the shell
  inherits from);
- its output goes straight to the run's standard output when that is a file descriptor, without
  flushing what the program wrote before: a cobc-built program writing to a pipe shows the
  child's lines before its own buffered ones, and so does the engine. When the run's output is
  not a descriptor (the conformance harness, tests), the child's output is captured and
  written after the program's.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping, MutableMapping
from typing import IO, Any

# libcob get_signal_name: the signals it names; any other is "unknown"
SIGNAL_NAMES = {
    1: "SIGHUP",
    2: "SIGINT",
    3: "SIGQUIT",
    6: "SIGABRT",
    7: "SIGBUS",
    8: "SIGFPE",
    11: "SIGSEGV",
    13: "SIGPIPE",
    15: "SIGTERM",
}


def command_of(raw: bytes | None) -> str | None:
    """cob_sys_system: the last byte that is not a space or NUL ends the command; None when
    that is the first byte (or there is no operand): libcob runs nothing then."""
    if raw is None:
        return None
    end = len(raw) - 1
    while end > 0 and raw[end] in (0x20, 0x00):
        end -= 1
    if end <= 0:
        return None
    return raw[: end + 1].split(b"\0", 1)[0].decode("latin-1")


def run_environment(
    started: Mapping[str, str], *changed: MutableMapping[str, str]
) -> dict[str, str]:
    """The run's environment now: what it started with, with every change a copy of it took
    (SET ENVIRONMENT, DISPLAY ... UPON ENVIRONMENT-VALUE)."""
    result = dict(started)
    for copy in changed:
        for key, value in copy.items():
            if started.get(key) != value:
                result[key] = value
        for key in started:
            if key not in copy:
                result.pop(key, None)
    return result


def _descriptor(stream: IO[bytes] | None) -> int | None:
    try:
        return stream.fileno() if stream is not None else None
    except (AttributeError, OSError, ValueError):  # io.BytesIO has none
        return None


def system(raw: bytes | None, environ: Mapping[str, str], streams: Any) -> int:
    """Run the command; system()'s status."""
    command = command_of(raw)
    if command is None:
        return 1
    out, err = _descriptor(streams.stdout), _descriptor(streams.stderr)
    stdin = _descriptor(streams.stdin)
    done = subprocess.run(
        ["/bin/sh", "-c", command],
        cwd=streams.cwd,
        env=dict(environ),
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        stdout=out if out is not None else subprocess.PIPE,
        stderr=err if err is not None else subprocess.PIPE,
        check=False,
    )
    if out is None and done.stdout:
        streams.stdout.write(done.stdout)
    if err is None and done.stderr:
        streams.stderr.write(done.stderr)
    if done.returncode < 0:
        number = -done.returncode
        name = SIGNAL_NAMES.get(number, "unknown")
        warning = f'libcob: warning: external process "{command}" ended with signal '
        streams.stderr.write(f"{warning}{name} ({number})\n".encode("latin-1"))
        return number
    return done.returncode << 8
