"""Name control: four characters derived from the surname (RULEBOOK §4)."""

from __future__ import annotations

NAME_CONTROL_LENGTH = 4
_DROPPED = str.maketrans("", "", "'. <")


def surname(name_line: str) -> str:
    """Text between the first two ``<`` when there are two or more, else the last word.

    Replaces POSTING.cbl 7500-NAME-CONTROL (UNSTRING) and 7510-LAST-WORD.
    """
    if name_line.count("<") >= 2:
        return name_line.split("<", 2)[1]
    # Only a blank delimits a word (POSTING.cbl scans for SPACE, not for any whitespace).
    words = [word for word in name_line.split(" ") if word]
    return words[-1] if words else ""


def name_control(name_line: str) -> str:
    """The name control of a name line: ``JOHN<O'BRIEN<`` → ``OBRI`` (RULEBOOK §4).

    Apostrophes, periods, blanks and ``<`` are removed, a-z are upper-cased, a hyphen is kept;
    the first four characters are padded with blanks.

    Replaces POSTING.cbl 7500-NAME-CONTROL and 7520-KEEP-CHARACTER.
    """
    letters = surname(name_line).translate(_DROPPED)
    upper = "".join(char.upper() if "a" <= char <= "z" else char for char in letters)
    return upper[:NAME_CONTROL_LENGTH].ljust(NAME_CONTROL_LENGTH)
