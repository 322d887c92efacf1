"""Errors a user can act on. The CLI shows ``str(error)`` as one line, never a traceback."""

from __future__ import annotations


class IdrsError(Exception):
    """Base of every user-facing error in the sandbox."""

    exit_code = 1


class UsageError(IdrsError):
    """The command was asked for something that cannot be done (bad option combination)."""

    exit_code = 2
