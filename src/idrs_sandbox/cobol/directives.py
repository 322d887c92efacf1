"""Compiler directives: GnuCOBOL 3.1.2's compiler-directing facility (CDF) as cobol/source.py
meets it line by line.

- ``>>SOURCE [FORMAT] [IS] FREE|FIXED``, ``>>SET SOURCEFORMAT "FREE"``, ``$SET SOURCEFORMAT"FREE"``
  switch the reference format.
- ``>>DEFINE name AS literal | PARAMETER | OFF [OVERRIDE]`` sets a CDF variable (for ``>>IF``
  and ``01 x CONSTANT FROM name``); ``AS PARAMETER`` takes the value of ``-D name=value`` or,
  without it, of the environment variable ``name`` at compile time (cobc 3.1.2 testsuite "DEFINE
  OVERRIDE": ``ENVPONY=WHITE cobc ...``).
- ``>>DEFINE CONSTANT name AS literal [OVERRIDE]``, ``>>SET CONSTANT name literal`` and
  ``$SET CONSTANT name literal`` define a constant: from that line on the name stands for the
  literal in the program text. A second ``>>SET CONSTANT`` of a name is ignored (the first wins,
  testsuite "SET CONSTANT directive"); ``>>DEFINE CONSTANT ... OVERRIDE`` replaces it.
- ``>>IF`` / ``>>ELIF`` / ``>>ELSE`` / ``>>END-IF`` keep or drop the lines between them:
  ``name [IS] [NOT] DEFINED``, ``name [IS] [NOT] SET``, a comparison of CDF variables and
  literals. ``P64`` is set (a 64-bit build, as cobc on this machine).

Anything else after ``>>`` or ``$SET`` is refused: a construct the engine does not support is
never run wrongly.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from idrs_sandbox.cobol.diagnostics import CobolSyntaxError, Origin
from idrs_sandbox.cobol.dialect import DEFAULT, Dialect, parse_dialect


@dataclass(frozen=True)
class SourceOptions:
    """What cobc's command line says about the source: ``-free`` / ``-fixed`` (the reference
    format a file starts in), ``-fdebugging-line`` and ``-D name[=value]`` (values for
    ``>>DEFINE ... AS PARAMETER``);
    ``environ`` is the environment of the compile (None: this process's)."""

    free: bool = False
    defines: Mapping[str, str] = field(default_factory=dict)
    environ: Mapping[str, str] | None = None
    debugging_lines: bool = False
    """-fdebugging-line: D lines (fixed) and >>D lines are code."""
    relax_syntax: bool = False
    """-frelax-syntax-checks: what cobc then only warns about is accepted."""
    dialect: Dialect = DEFAULT
    """-std=NAME and the -f options of the dialect (cobol/dialect.py)."""

    @classmethod
    def from_cobc_arguments(
        cls, arguments: Sequence[str], environ: Mapping[str, str] | None = None
    ) -> SourceOptions:
        """The options of a cobc command line (other arguments are left to the caller); an
        unknown -f option or -std name raises DialectError."""
        dialect = parse_dialect(arguments)
        free = debugging = False
        relax = dialect.flag("relax-syntax-checks")
        defines: dict[str, str] = {}
        words = list(arguments)
        for index, word in enumerate(words):
            if word in ("-free", "-F", "-fformat=free", "-fsource-format=free"):
                free = True
            elif word in ("-fixed", "-fformat=fixed", "-fsource-format=fixed"):
                free = False
            elif word in ("-fdebugging-line", "-fdebugging-line=ok"):
                debugging = True
            elif word == "-frelax-syntax-checks":
                relax = True
            elif word.startswith("-D"):
                definition = word[2:] or (words[index + 1] if index + 1 < len(words) else "")
                name, _, value = definition.partition("=")
                if name:
                    defines[name.upper()] = value
        return cls(free, defines, environ, debugging, relax, dialect)


PREDEFINED = {"P64": None}
"""CDF variables cobc 3.1.2 sets itself on this machine (``>>IF P64 SET``: a 64-bit build)."""


@dataclass
class _Branch:
    taking: bool  # the lines of the branch being read are kept
    taken: bool  # some branch of this >>IF was kept already
    outer: bool  # the enclosing text is kept


@dataclass(frozen=True)
class Definition:
    """From ``line`` of the file on, the constant (or CDF variable) ``name`` stands for
    ``literal`` (None: a variable no longer defined, or defined without a value)."""

    line: int
    name: str
    literal: str | None
    constant: bool


_WORD = re.compile(r"""\s*("(?:[^"]|"")*"|'(?:[^']|'')*'|[<>=]+|[^\s"'<>=.]+|\.)""")


def _words(text: str) -> list[str]:
    words: list[str] = []
    position = 0
    while position < len(text):
        match = _WORD.match(text, position)
        if match is None:
            break
        words.append(match.group(1))
        position = match.end()
    return [w for w in words if w != "."]


class Directives:
    """The CDF state while one file is read: variables, constants, the >>IF nesting."""

    def __init__(self, options: SourceOptions | None = None) -> None:
        self.options = options or SourceOptions()
        self.variables: dict[str, str | None] = dict(PREDEFINED)
        self.definitions: list[Definition] = []
        self.turns: list[tuple[int, frozenset[str], bool]] = []
        """>>TURN: (line, exception names, checking on) in the order written."""
        self.assign_modes: list[tuple[int, str]] = []
        """``$SET ASSIGN "EXTERNAL"|"DYNAMIC"``: (line, mode), for the SELECTs after it."""
        self._constant_names: set[str] = set()
        self._branches: list[_Branch] = []

    @property
    def active(self) -> bool:
        """Lines outside every dropped >>IF branch are program text."""
        return not self._branches or self._branches[-1].taking

    def close(self, origin: Origin) -> None:
        if self._branches:
            raise CobolSyntaxError(">>IF without >>END-IF", origin)

    def line(self, text: str, origin: Origin) -> bool | None:
        """Handle a directive line (``text`` from its ``>>`` or ``$SET``): returns True / False
        when it sets the free / fixed format, None otherwise."""
        text = _without_comment(text)
        if text.startswith("$"):
            words = _words(text[1:])
            if not words or words[0].upper() != "SET":
                raise self._unsupported(f"${words[0] if words else ''}", origin)
            return self._set(words[1:], origin) if self.active else None
        words = _words(text[2:])
        if not words:
            return None
        verb = words[0].upper()
        if verb in ("IF", "ELIF", "ELSE", "END-IF"):
            self._conditional(verb, words[1:], origin)
            return None
        if not self.active:
            return None
        if verb == "SOURCE":
            return _format(words[1:], origin)
        if verb == "SET":
            return self._set(words[1:], origin)
        if verb == "DEFINE":
            self._define(words[1:], origin)
            return None
        if verb == "TURN":
            self._turn(words[1:], origin)
            return None
        raise self._unsupported(f">>{verb}", origin)

    # >>IF ----------------------------------------------------------------------------------

    def _conditional(self, verb: str, words: list[str], origin: Origin) -> None:
        if verb == "IF":
            outer = self.active
            taking = outer and self._condition(words, origin)
            self._branches.append(_Branch(taking, taking, outer))
            return
        if not self._branches:
            raise CobolSyntaxError(f">>{verb} without >>IF", origin)
        branch = self._branches[-1]
        if verb == "END-IF":
            self._branches.pop()
        elif verb == "ELSE":
            branch.taking = branch.outer and not branch.taken
            branch.taken = True
        else:  # ELIF
            branch.taking = branch.outer and not branch.taken and self._condition(words, origin)
            branch.taken = branch.taken or branch.taking

    def _condition(self, words: list[str], origin: Origin) -> bool:
        """``a [IS] [NOT] DEFINED | SET`` or ``a [NOT] op b`` (cobc 3.1.2 rejects AND / OR
        in a >>IF: "syntax error, unexpected Variable")."""
        upper = [w.upper() for w in words]
        if not words or "AND" in upper or ("OR" in upper[1:-1] and "EQUAL" not in upper):
            raise CobolSyntaxError(f"cannot read the >>IF condition {' '.join(words)!r}", origin)
        return self._simple_condition(upper, words, origin)

    def _simple_condition(self, upper: list[str], raw: list[str], origin: Origin) -> bool:
        pairs = [(u, r) for u, r in zip(upper, raw, strict=True) if u != "IS"]
        if pairs[:1] and pairs[0][0] == "NOT":
            rest = pairs[1:]
            return not self._simple_condition([u for u, _ in rest], [r for _, r in rest], origin)
        if len(pairs) >= 2 and pairs[-1][0] in ("DEFINED", "SET"):
            negate = pairs[-2][0] == "NOT"
            return (pairs[0][0] in self.variables) != negate
        words = [u for u, _ in pairs[1:-1] if u not in ("THAN", "TO")]
        negate = words[:1] == ["NOT"]
        operator = _OPERATORS.get(" ".join(words[1:] if negate else words))
        if len(pairs) < 3 or operator is None:
            raise CobolSyntaxError(f"cannot read the >>IF condition {' '.join(raw)!r}", origin)
        left = self._operand(pairs[0][1], origin)
        right = self._operand(pairs[-1][1], origin)
        if left is None or right is None:
            # cobc 3.1.2 takes a comparison with an undefined variable as false (testsuite
            # "Hexadecimal literal": >>IF CHARSET = 'EBCDIC' keeps the >>ELSE lines)
            return False
        return _compare(left, right, operator) != negate

    def _operand(self, word: str, origin: Origin) -> str | int | None:
        """A literal's value, or a CDF variable's (None: not defined or without a value)."""
        if word[:1] in "\"'":
            return word[1:-1].replace(word[0] * 2, word[0])
        if re.fullmatch(r"[+-]?[0-9]+", word):
            return int(word)
        value = self.variables.get(word.upper())
        return None if value is None else self._operand(value, origin)

    # >>DEFINE, >>SET -----------------------------------------------------------------------

    def _define(self, words: list[str], origin: Origin) -> None:
        upper = [w.upper() for w in words]
        constant = upper[:1] == ["CONSTANT"]
        if constant:
            words, upper = words[1:], upper[1:]
        if not words:
            raise CobolSyntaxError(">>DEFINE needs a name", origin)
        name = upper[0]
        override = "OVERRIDE" in upper[1:]
        rest = [w for w, u in zip(words[1:], upper[1:], strict=True) if u not in ("AS", "OVERRIDE")]
        if constant:
            if len(rest) != 1 or _literal(rest[0]) is None:
                raise CobolSyntaxError(">>DEFINE CONSTANT needs one literal", origin)
            self._constant(name, rest[0], origin, override)
            return
        if name in self.variables and not override and name not in PREDEFINED:
            return  # cobc keeps the first definition without OVERRIDE
        if not rest:
            self.variables[name] = None
        elif rest[0].upper() == "OFF":
            self.variables.pop(name, None)
        elif rest[0].upper() == "PARAMETER":
            value = self._parameter(name)
            if value is None:
                self.variables.pop(name, None)
            else:
                self.variables[name] = value
        elif len(rest) == 1 and _literal(rest[0]) is not None:
            self.variables[name] = rest[0]
        else:
            raise CobolSyntaxError(
                f">>DEFINE {name}: only a literal, PARAMETER or OFF is supported", origin
            )
        self.definitions.append(Definition(origin.line, name, self.variables.get(name), False))

    def _parameter(self, name: str) -> str | None:
        """``AS PARAMETER``: -D name=value, else the compile's environment variable."""
        environ = self.options.environ if self.options.environ is not None else os.environ
        value = self.options.defines.get(name)
        if value is None:
            value = environ.get(name)
        if value is None:
            return None
        if re.fullmatch(r"[+-]?[0-9]+(?:\.[0-9]+)?", value):
            return value
        if value[:1] in "\"'" and value[-1:] == value[:1] and len(value) > 1:
            return value
        return '"' + value.replace('"', '""') + '"'

    def _set(self, words: list[str], origin: Origin) -> bool | None:
        upper = [w.upper() for w in words]
        if upper[:1] == ["CONSTANT"]:
            if len(words) != 3 or _literal(words[2]) is None:
                raise CobolSyntaxError("SET CONSTANT needs a name and a literal", origin)
            self._constant(upper[1], words[2], origin, override=False)
            return None
        if upper[:1] == ["ASSIGN"] or (upper and upper[0].startswith("ASSIGN")):
            # MF's ASSIGN directive: an ASSIGN word of the SELECTs after it names the file
            # (EXTERNAL) or a data item (DYNAMIC), as -fassign-clause does for the whole
            # program (cobc 3.1.2 ppparse.y; testsuite "ASSIGN directive")
            mode = re.sub(r"[\s\"'()]", "", " ".join(upper).replace("ASSIGN", "", 1))
            if mode in ("EXTERNAL", "DYNAMIC"):
                self.assign_modes.append((origin.line, mode))
                return None
        if upper[:1] == ["SOURCEFORMAT"] or (upper and upper[0].startswith("SOURCEFORMAT")):
            text = " ".join(upper).replace("SOURCEFORMAT", "", 1)
            kind = re.sub(r"[\s\"'()]", "", text)
            if kind in ("FREE", "FIXED"):
                return kind == "FREE"
        raise self._unsupported(f"SET {' '.join(upper[:1])}".strip(), origin)

    def _constant(self, name: str, literal: str, origin: Origin, override: bool) -> None:
        if name in self._constant_names and not override:
            return  # the first definition wins (testsuite "SET CONSTANT directive")
        self._constant_names.add(name)
        self.definitions.append(Definition(origin.line, name, literal, True))

    def _turn(self, words: list[str], origin: Origin) -> None:
        """``>>TURN ec-name ... CHECKING ON [WITH LOCATION] | OFF``: from this line on (cobc
        3.1.2 testsuite "TURN directive"); the engine checks EC-BOUND-SUBSCRIPT, which EC-BOUND
        and EC-ALL include (runtime/compile: the subscript test of cobc -debug)."""
        upper = [w.upper() for w in words]
        if "CHECKING" not in upper:
            raise CobolSyntaxError(">>TURN needs CHECKING ON or OFF", origin)
        at = upper.index("CHECKING")
        names = frozenset(w.strip(",") for w in upper[:at] if w.strip(","))
        setting = [w for w in upper[at + 1 :] if w not in ("WITH", "LOCATION")]
        if not names or setting not in (["ON"], ["OFF"], []):
            raise CobolSyntaxError(">>TURN needs exception names and CHECKING ON or OFF", origin)
        self.turns.append((origin.line, names, setting != ["OFF"]))

    @staticmethod
    def _unsupported(what: str, origin: Origin) -> CobolSyntaxError:
        return CobolSyntaxError(
            f"compiler directive {what.upper()} is not supported by the legacy engine", origin
        )


def _without_comment(text: str) -> str:
    """A directive line up to a floating comment ``*>`` outside literals."""
    quote = ""
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif text.startswith("*>", index):
            return text[:index]
    return text


def _literal(word: str) -> str | None:
    if re.fullmatch(r"\"(?:[^\"]|\"\")*\"|'(?:[^']|'')*'|[+-]?[0-9]*\.?[0-9]+", word):
        return word
    return None


def _format(words: list[str], origin: Origin) -> bool:
    kinds = [w.upper() for w in words if w.upper() not in ("FORMAT", "IS")]
    if kinds[:1] not in (["FREE"], ["FIXED"]):
        raise CobolSyntaxError(
            f"compiler directive >>SOURCE {' '.join(kinds)} is not supported by the legacy engine",
            origin,
        )
    return kinds[0] == "FREE"


_OPERATORS = {
    "=": "=",
    "EQUAL": "=",
    ">": ">",
    "GREATER": ">",
    "<": "<",
    "LESS": "<",
    ">=": ">=",
    "GREATER OR EQUAL": ">=",
    "<=": "<=",
    "LESS OR EQUAL": "<=",
    "<>": "<>",
}


def _compare(left: str | int, right: str | int, operator: str) -> bool:
    """A >>IF relation: numbers compare as numbers, anything else as text."""
    if isinstance(left, int) and isinstance(right, int):
        a: tuple[int, str] = (left, "")
        b: tuple[int, str] = (right, "")
    else:
        a, b = (0, str(left)), (0, str(right))
    return {
        "=": a == b,
        "<>": a != b,
        ">": a > b,
        "<": a < b,
        ">=": a >= b,
        "<=": a <= b,
    }[operator]
