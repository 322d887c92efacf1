"""What a screen may show of a TIN or a bank number (least privilege: IRC 6103 need to know).

A role without full-TIN rights sees ``XXX-XX-1234``; a role without bank rights sees the last four
digits of a routing or account number at most (none when the number is shorter than eight
characters, so the mask never is the whole number).
"""

from __future__ import annotations

import re

_TIN = re.compile(r"^(\d{3})-?(\d{2})-?(\d{4})$")


def parse_tin(text: str) -> str | None:
    """``666001234`` or ``666-00-1234`` -> ``666001234``; anything else -> None."""
    match = _TIN.match(text.strip())
    return "".join(match.groups()) if match else None


_DIGIT_RUN = re.compile(r"(?<![0-9])(?:\d{3}-\d{2}-\d{4}|\d{9,})(?![0-9])")


def mask_free_text(text: str) -> str:
    """Free text (a case note) with every TIN-like or longer digit run masked but its last four
    digits: what an employee typed may hold a TIN or an account number."""
    return _DIGIT_RUN.sub(lambda m: _mask_run(m.group()), text)


def _mask_run(run: str) -> str:
    return mask_tin(run) if "-" in run else "X" * (len(run) - 4) + run[-4:]


def format_tin(tin: str) -> str:
    return f"{tin[:3]}-{tin[3:5]}-{tin[5:]}"


def mask_tin(tin: str) -> str:
    return f"XXX-XX-{tin[-4:]}"


def show_tin(tin: str, full: bool) -> str:
    return format_tin(tin) if full else mask_tin(tin)


def mask_number(number: str) -> str:
    """A bank routing or account number with all but its last four characters masked."""
    text = number.strip()
    if not text:
        return ""
    if len(text) < 8:
        return "X" * len(text)
    return "X" * (len(text) - 4) + text[-4:]


def show_number(number: str, full: bool) -> str:
    return number.strip() if full else mask_number(number)
