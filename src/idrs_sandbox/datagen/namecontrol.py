"""The name control of a name line (RULEBOOK §4), shared by the generator and its tests.

The surname is the text between the first two ``<`` of the name line when the line has two or
more; otherwise the last blank-delimited word. From it ``'``, ``.``, blanks and ``<`` are removed,
the letters a-z (only those) are upper-cased, a hyphen is kept, and the first four characters are
taken, padded with blanks: ``JOHN<O'BRIEN<`` -> ``OBRI``, ``MAI<NG<`` -> ``NG  ``.
"""

from __future__ import annotations

NAME_CONTROL_LENGTH = 4

# RULEBOOK §4: "Remove ', ., blanks and <; upper-case a-z only; keep a hyphen". Every other
# character (digits, '&', non-letters) passes through unchanged.
_DROPPED = "'. <"
_CLEAN = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", _DROPPED)


def surname_of(name_line: str) -> str:
    """The surname part of a name line, before any cleaning (RULEBOOK §4)."""
    if name_line.count("<") >= 2:
        return name_line.split("<", 2)[1]
    # "Blank-delimited" means the space character only: the field is space padded.
    words = name_line.split(" ")
    non_empty = [word for word in words if word]
    return non_empty[-1] if non_empty else ""


def name_control(name_line: str) -> str:
    """The four-character name control of ``name_line`` (RULEBOOK §4)."""
    cleaned = surname_of(name_line).translate(_CLEAN)
    return cleaned[:NAME_CONTROL_LENGTH].ljust(NAME_CONTROL_LENGTH)
