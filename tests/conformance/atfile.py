"""Read GnuCOBOL's autotest files (tests/testsuite.src/*.at) into test cases.

An .at file is m4: ``AT_SETUP([name])``, ``AT_DATA([file], [contents])``, ``AT_CHECK([command],
[status], [stdout], [stderr])``, ``AT_SKIP_IF([shell test])``, ``AT_XFAIL_IF(...)``, ``AT_CLEANUP``.
Square brackets are m4 quotes: an argument loses its outer pair when collected and one more level
when autotest expands it (so ``data[[i]]`` in a C file is ``data[i]``); the quadrigraphs
``@<:@ @:>@ @S|@ @%:@ @&t@`` stand for ``[ ] $ #`` and nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

QUADRIGRAPHS = {
    "@<:@": "[",
    "@:>@": "]",
    "@S|@": "$",
    "@%:@": "#",
    "@&t@": "",
    "@{:@": "(",
    "@:}@": ")",
}
MACRO = re.compile(r"\b(AT_SETUP|AT_DATA|AT_CHECK|AT_CLEANUP|AT_SKIP_IF|AT_XFAIL_IF)\b")


@dataclass(frozen=True)
class Check:
    """One AT_CHECK: a shell command and what it must give (None = not compared)."""

    command: str
    status: int | None
    stdout: str | None
    stderr: str | None


@dataclass
class Case:
    """One AT_SETUP ... AT_CLEANUP block."""

    at_file: str
    line: int
    name: str
    files: dict[str, str] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    skip_if: list[str] = field(default_factory=list)
    xfail: bool = False

    @property
    def ident(self) -> str:
        return f"{self.at_file}:{self.line}:{self.name}"

    def runs_a_program(self) -> bool:
        """A run test: one of its checks executes a built program (``./prog``)."""
        return any(re.search(r"(^|\s)\./\w", check.command) for check in self.checks)


def unquote(text: str) -> str:
    """Remove one level of m4 quotes (brackets at nesting level 1)."""
    out: list[str] = []
    depth = 0
    for char in text:
        if char == "[":
            depth += 1
            if depth == 1:
                continue
        elif char == "]":
            depth -= 1
            if depth == 0:
                continue
        out.append(char)
    return "".join(out)


def expand(argument: str) -> str:
    """The text autotest uses for an argument as collected by m4."""
    text = unquote(unquote(argument))  # collected by m4, then expanded once by autotest
    for graph, char in QUADRIGRAPHS.items():
        text = text.replace(graph, char)
    return text


def _arguments(text: str, start: int) -> tuple[list[str], int]:
    """The raw arguments of a macro call whose '(' is at ``start``, and the index after ')'."""
    args: list[str] = []
    current: list[str] = []
    depth = 0  # quote depth
    parens = 0
    at = start + 1
    leading = True
    while at < len(text):
        char = text[at]
        at += 1
        if leading and depth == 0 and char in " \t\n":
            continue  # m4 drops the whitespace before an argument
        leading = False
        if char == "[":
            depth += 1
            current.append(char)
        elif char == "]":
            depth -= 1
            current.append(char)
        elif depth == 0 and char == "(":
            parens += 1
            current.append(char)
        elif depth == 0 and char == ")":
            if parens == 0:
                args.append("".join(current))
                return args, at
            parens -= 1
            current.append(char)
        elif depth == 0 and parens == 0 and char == ",":
            args.append("".join(current))
            current = []
            leading = True
        else:
            current.append(char)
    raise ValueError(f"unterminated macro call at offset {start}")


def _expected(args: list[str], index: int) -> str | None:
    if index >= len(args):
        return ""
    value = expand(args[index])
    if value.strip() in ("ignore", "ignore-no-log", "stdout", "stderr", "expout", "experr"):
        return None if value.strip() != "expout" else "\0expout"
    return value


def _status(args: list[str]) -> int | None:
    if len(args) < 2:
        return 0
    value = expand(args[1]).strip()
    if value == "":
        return 0
    if value == "ignore":
        return None
    return int(value)


def parse_at_file(path: Path) -> list[Case]:
    text = path.read_text(encoding="latin-1")
    cases: list[Case] = []
    case: Case | None = None
    at = 0
    while True:
        found = _next_macro(text, at)
        if found is None:
            break
        match = found
        name = match.group(1)
        line = text.count("\n", 0, match.start()) + 1
        at = match.end()
        args: list[str] = []
        if at < len(text) and text[at] == "(":
            args, at = _arguments(text, at)
        if name == "AT_SETUP":
            case = Case(path.name, line, expand(args[0]).strip())
        elif case is None:
            continue
        elif name == "AT_CLEANUP":
            cases.append(case)
            case = None
        elif name == "AT_DATA":
            content = expand(args[1]) if len(args) > 1 else ""
            if content and not content.endswith("\n"):
                content += "\n"  # a here-document always ends its text with a newline
            case.files[expand(args[0]).strip()] = content
        elif name == "AT_SKIP_IF":
            case.skip_if.append(expand(args[0]))
        elif name == "AT_XFAIL_IF":
            case.xfail = case.xfail or expand(args[0]).strip() == "true"
        elif name == "AT_CHECK":
            stdout = _expected(args, 2)
            stderr = _expected(args, 3)
            case.checks.append(Check(expand(args[0]), _status(args), stdout, stderr))
    return cases


def _next_macro(text: str, at: int) -> re.Match[str] | None:
    """The next macro call at top level (not inside quotes, not in a # or dnl comment)."""
    depth = 0
    while at < len(text):
        char = text[at]
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif (depth == 0 and char == "#") or (depth == 0 and text.startswith("dnl", at)):
            end = text.find("\n", at)
            at = len(text) if end < 0 else end
            continue
        elif depth == 0 and char == "A":
            match = MACRO.match(text, at)
            if match:
                return match
        at += 1
    return None
