"""The dialect: cobc's compile-time options that change what a program means.

GnuCOBOL 3.1.2 reads them from a configuration file (``-std=NAME`` picks ``NAME.conf``; the
default is ``default.conf``) and from the command line (``-fOPTION[=VALUE]``, ``-fno-OPTION``):
the configuration options of cobc/config.def and cobc's own flags of cobc/flag.def
(``-fsign``, ``-fdefaultbyte``, ``-fnotrunc``...). :class:`Dialect` holds the ones that change
how a program runs or whether it compiles, typed; :func:`parse_dialect` builds it from cobc's
arguments as cobc does (the ``-std`` file first, then each ``-f`` flag in order).

The values of each dialect are carried here (``CONFIG_VALUES``), copied from the files cobc
3.1.2 installs in /etc/gnucobol (``default.conf``, ``ibm.conf`` = ``ibm-strict.conf`` +
``lax.conf-inc``, ...): the engine never reads cobc's files. Only the options listed in
``DEFAULTS`` are carried; each is either followed by the engine (``FOLLOWED``), accepted because
it only changes listings, diagnostics or how much cobc accepts (``ACCEPTED``), or refused
(:meth:`Dialect.refusals`, in ``dialect_checks.py`` per construct) when it would change what a
program does and the engine does not follow it. An unknown option is refused with one line.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from idrs_sandbox.errors import UsageError


class DialectError(UsageError):
    """A -std / -f option cobc does not know, or one the legacy engine does not follow."""


class Support(enum.IntEnum):
    """A CB_CONFIG_SUPPORT value (cobc/config.h ``enum cb_support``, in its order)."""

    OK = 0
    WARNING = 1
    ARCHAIC = 2
    OBSOLETE = 3
    SKIP = 4
    IGNORE = 5
    ERROR = 6
    UNCONFORMABLE = 7

    @property
    def rejected(self) -> bool:
        """cobc stops with an error on the construct (``error``, ``unconformable``)."""
        return self >= Support.ERROR


DEFAULTS: dict[str, str] = {
    # default.conf of GnuCOBOL 3.1.2 (/etc/gnucobol/default.conf)
    "binary-size": "1-2-4-8",
    "binary-byteorder": "big-endian",
    "binary-truncate": "yes",
    "pretty-display": "yes",
    "arithmetic-osvs": "no",
    "move-ibm": "no",
    "perform-osvs": "no",
    "sticky-linkage": "no",
    "hostsign": "no",
    "accept-display-extensions": "ok",
    "assign-clause": "dynamic",
    "implicit-assign-dynamic-var": "yes",
    "move-non-numeric-lit-to-numeric-is-zero": "no",
    "display-special-fig-consts": "no",
    "binary-comp-1": "no",
    "numeric-pointer": "no",
    "local-implies-recursive": "no",
    "select-working": "no",
    "complex-odo": "no",
    "relax-syntax-checks": "no",
    "filename-mapping": "yes",
    "move-figurative-constant-to-numeric": "archaic",
    "move-figurative-space-to-numeric": "error",
    "move-figurative-quote-to-numeric": "obsolete",
    "perform-varying-without-by": "ok",
    "top-level-occurs-clause": "ok",
    "goto-entry": "warning",
    "constant-folding": "yes",
    "console-is-crt": "no",
}
"""The options of the configuration files the dialect carries, with default.conf's values."""

_IBM_STRICT: dict[str, str] = {
    "binary-size": "2-4-8",
    "binary-truncate": "no",
    "pretty-display": "no",
    "arithmetic-osvs": "yes",
    "move-ibm": "yes",
    "perform-osvs": "yes",
    "sticky-linkage": "yes",
    "hostsign": "yes",
    "accept-display-extensions": "unconformable",
    "assign-clause": "external",
    "implicit-assign-dynamic-var": "no",
    "complex-odo": "yes",
    "move-figurative-constant-to-numeric": "error",
    "move-figurative-quote-to-numeric": "error",
    "perform-varying-without-by": "unconformable",
    "top-level-occurs-clause": "skip",
    "goto-entry": "unconformable",
}
"""ibm-strict.conf's carried options (mvs-strict.conf sets the same ones)."""

CONFIG_VALUES: dict[str, dict[str, str]] = {
    # what NAME.conf of GnuCOBOL 3.1.2 sets differently from default.conf; the seven lax
    # dialects (ibm.conf = ibm-strict.conf then lax.conf-inc) are derived below with _lax;
    # tests/cobol/test_dialect.py re-checks them all against the installed cobc's files
    "default": {},
    "cobol85": {
        "accept-display-extensions": "unconformable",
        "assign-clause": "external",
        "move-figurative-constant-to-numeric": "ok",
        "move-figurative-quote-to-numeric": "ok",
        "perform-varying-without-by": "unconformable",
        "top-level-occurs-clause": "skip",
        "goto-entry": "unconformable",
    },
    "cobol2002": {
        "accept-display-extensions": "unconformable",
        "assign-clause": "external",
        "implicit-assign-dynamic-var": "no",
        "move-figurative-quote-to-numeric": "archaic",
        "top-level-occurs-clause": "skip",
        "goto-entry": "unconformable",
    },
    "cobol2014": {
        "accept-display-extensions": "unconformable",
        "assign-clause": "external",
        "top-level-occurs-clause": "skip",
        "goto-entry": "unconformable",
    },
    "xopen": {
        "accept-display-extensions": "unconformable",
        "implicit-assign-dynamic-var": "no",
        "move-figurative-quote-to-numeric": "archaic",
        "perform-varying-without-by": "unconformable",
        "top-level-occurs-clause": "skip",
        "goto-entry": "unconformable",
    },
    "ibm-strict": _IBM_STRICT,
    "mvs-strict": _IBM_STRICT,  # its .conf differs only in "name" and "standard-define"
    "mf-strict": {
        "binary-size": "1--8",
        "binary-truncate": "no",
        "move-non-numeric-lit-to-numeric-is-zero": "yes",
        "display-special-fig-consts": "yes",
        "local-implies-recursive": "yes",
        "complex-odo": "yes",
        "relax-syntax-checks": "yes",
        "move-figurative-constant-to-numeric": "ok",
        "move-figurative-space-to-numeric": "ok",
        "move-figurative-quote-to-numeric": "ok",
        "perform-varying-without-by": "unconformable",
        "goto-entry": "unconformable",
    },
    "bs2000-strict": {
        "binary-size": "2-4-8",
        "pretty-display": "no",
        "accept-display-extensions": "unconformable",
        "assign-clause": "external",
        "implicit-assign-dynamic-var": "no",
        "move-figurative-constant-to-numeric": "error",
        "move-figurative-quote-to-numeric": "error",
        "perform-varying-without-by": "unconformable",
        "top-level-occurs-clause": "unconformable",
        "goto-entry": "unconformable",
    },
    "acu-strict": {
        "binary-comp-1": "yes",
        "numeric-pointer": "yes",
        "select-working": "yes",
        "relax-syntax-checks": "yes",
        "move-figurative-constant-to-numeric": "ok",
        "move-figurative-space-to-numeric": "ok",
        "move-figurative-quote-to-numeric": "ok",
        "perform-varying-without-by": "unconformable",
        "constant-folding": "no",
        "console-is-crt": "yes",
        "goto-entry": "unconformable",
    },
    "rm-strict": {
        "binary-size": "2-4-8",
        "pretty-display": "no",
        "sticky-linkage": "yes",
        "implicit-assign-dynamic-var": "no",
        "binary-comp-1": "yes",
        "complex-odo": "yes",
        "relax-syntax-checks": "yes",
        "filename-mapping": "no",
        "move-figurative-constant-to-numeric": "ok",
        "move-figurative-space-to-numeric": "ok",
        "move-figurative-quote-to-numeric": "ok",
        "perform-varying-without-by": "unconformable",
        "top-level-occurs-clause": "unconformable",
        "goto-entry": "unconformable",
    },
    "realia-strict": {
        "binary-size": "2-4-8",
        "binary-truncate": "no",
        "implicit-assign-dynamic-var": "no",
        "move-non-numeric-lit-to-numeric-is-zero": "yes",
        "select-working": "yes",
        "move-figurative-constant-to-numeric": "ok",
        "move-figurative-space-to-numeric": "ok",
        "move-figurative-quote-to-numeric": "ok",
        "perform-varying-without-by": "unconformable",
        "top-level-occurs-clause": "unconformable",
        "constant-folding": "no",
        "console-is-crt": "yes",
        "goto-entry": "unconformable",
    },
}

LAX_INCLUDE: dict[str, str] = {
    # lax.conf-inc, which NAME.conf includes after NAME-strict.conf (the carried options):
    # "+archaic" lowers a stricter level to archaic and leaves a laxer one as it is (cobc/config.c
    # CB_SUPPORT "adjust" mode)
    "complex-odo": "yes",
    "relax-syntax-checks": "yes",
    "move-figurative-constant-to-numeric": "+archaic",
    "move-figurative-quote-to-numeric": "+archaic",
    "top-level-occurs-clause": "ok",
    "accept-display-extensions": "ok",
    "perform-varying-without-by": "ok",
    "goto-entry": "warning",
}


def _lax(strict: Mapping[str, str]) -> dict[str, str]:
    """NAME.conf of a lax dialect: NAME-strict.conf then lax.conf-inc (none of the seven sets
    a carried option after its includes), as differences from default.conf."""
    values = {**DEFAULTS, **strict}
    for name, value in LAX_INCLUDE.items():
        if value.startswith("+"):
            level = min(Support[values[name].upper()], Support[value[1:].upper()])
            value = level.name.lower()
        values[name] = value
    return {name: value for name, value in values.items() if value != DEFAULTS[name]}


for _name in ("ibm", "mvs", "mf", "bs2000", "acu", "rm", "realia"):
    CONFIG_VALUES[_name] = _lax(CONFIG_VALUES[f"{_name}-strict"])

TITLES = {
    # the "name:" line of each configuration file
    "default": "GnuCOBOL",
    "cobol85": "COBOL 85",
    "cobol2002": "COBOL 2002",
    "cobol2014": "COBOL 2014",
    "xopen": "X/Open COBOL",
    "ibm-strict": "IBM COBOL",
    "ibm": "IBM COBOL (lax)",
    "mvs-strict": "MVS/VM COBOL",
    "mvs": "MVS/VM COBOL (lax)",
    "mf-strict": "Micro Focus COBOL",
    "mf": "Micro Focus COBOL (lax)",
    "bs2000-strict": "BS2000 COBOL",
    "bs2000": "BS2000 COBOL (lax)",
    "acu-strict": "ACUCOBOL-GT",
    "acu": "ACUCOBOL-GT (lax)",
    "rm-strict": "RM-COBOL",
    "rm": "RM-COBOL (lax)",
    "realia-strict": "CA Realia II",
    "realia": "CA Realia II (lax)",
}

FOLLOWED = frozenset(
    {
        "perform-osvs",
        "binary-truncate",
        "binary-byteorder",
        "goto-entry",
        "pretty-display",
        "arithmetic-osvs",
        "move-ibm",
        "assign-clause",
        "implicit-assign-dynamic-var",
        "move-non-numeric-lit-to-numeric-is-zero",
        "move-figurative-constant-to-numeric",
        "move-figurative-space-to-numeric",
        "move-figurative-quote-to-numeric",
        "perform-varying-without-by",
        "top-level-occurs-clause",
        "relax-syntax-checks",
        "filename-mapping",
        "local-implies-recursive",
        "sticky-linkage",
        "hostsign",
        "accept-display-extensions",
    }
)
"""Configuration options the legacy engine follows (docs/interpreter.md "Dialects")."""

ACCEPTED = frozenset(
    {"complex-odo", "constant-folding", "select-working", "display-special-fig-consts"}
)
"""Carried options that change no result of a program the engine runs: how much cobc accepts
(complex OCCURS DEPENDING ON, ASSIGN of a WORKING-STORAGE item), when a constant expression
is computed, or what a figurative constant does in a DISPLAY on the screen (typeck.c: SPACE
erases to the end of the screen; screen DISPLAY is refused by the engine)."""

CONFIG_OPTIONS = frozenset(
    # every option of cobc/config.def (3.1.2); the ones not in DEFAULTS only change which
    # constructs cobc accepts or warns about, or listing details
    [
        "name",
        "reserved-words",
        "tab-width",
        "text-column",
        "pic-length",
        "word-length",
        "literal-length",
        "numeric-literal-length",
        "standard-define",
        "binary-size",
        "binary-byteorder",
        "assign-clause",
        "screen-section-rules",
        "dpc-in-data",
        "filename-mapping",
        "pretty-display",
        "binary-truncate",
        "complex-odo",
        "indirect-redefines",
        "larger-redefines-ok",
        "relax-syntax-checks",
        "ref-mod-zero-length",
        "relax-level-hierarchy",
        "select-working",
        "local-implies-recursive",
        "sticky-linkage",
        "move-ibm",
        "perform-osvs",
        "arithmetic-osvs",
        "constant-folding",
        "hostsign",
        "program-name-redefinition",
        "accept-update",
        "accept-auto",
        "console-is-crt",
        "no-echo-means-secure",
        "line-col-zero-default",
        "display-special-fig-consts",
        "binary-comp-1",
        "numeric-pointer",
        "move-non-numeric-lit-to-numeric-is-zero",
        "implicit-assign-dynamic-var",
        "comment-paragraphs",
        "memory-size-clause",
        "multiple-file-tape-clause",
        "label-records-clause",
        "value-of-clause",
        "data-records-clause",
        "top-level-occurs-clause",
        "same-as-clause",
        "type-to-clause",
        "usage-type",
        "synchronized-clause",
        "special-names-clause",
        "goto-statement-without-name",
        "stop-literal-statement",
        "stop-identifier-statement",
        "debugging-mode",
        "use-for-debugging",
        "padding-character-clause",
        "next-sentence-phrase",
        "listing-statements",
        "title-statement",
        "entry-statement",
        "move-noninteger-to-alphanumeric",
        "move-figurative-constant-to-numeric",
        "move-figurative-space-to-numeric",
        "move-figurative-quote-to-numeric",
        "odo-without-to",
        "section-segments",
        "alter-statement",
        "call-overflow",
        "numeric-boolean",
        "hexadecimal-boolean",
        "national-literals",
        "hexadecimal-national-literals",
        "national-character-literals",
        "hp-octal-literals",
        "acu-literals",
        "word-continuation",
        "not-exception-before-exception",
        "accept-display-extensions",
        "renames-uncommon-levels",
        "symbolic-constant",
        "constant-78",
        "constant-01",
        "perform-varying-without-by",
        "reference-out-of-declaratives",
        "program-prototypes",
        "call-convention-mnemonic",
        "call-convention-linkage",
        "numeric-value-for-edited-item",
        "incorrect-conf-sec-order",
        "define-constant-directive",
        "free-redefines-position",
        "records-mismatch-record-clause",
        "record-delimiter",
        "sequential-delimiters",
        "record-delim-with-fixed-recs",
        "missing-statement",
        "zero-length-literals",
        "xml-generate-extra-phrases",
        "continue-after",
        "assign-variable",
        "assign-using-variable",
        "assign-ext-dyn",
        "assign-disk-from",
        "vsam-status",
    ]
)

CONFIG_WORD_LISTS = frozenset(
    {
        "reserved",
        "not-reserved",
        "intrinsic-function",
        "not-intrinsic-function",
        "register",
        "not-register",
        "system-name",
        "not-system-name",
    }
)
"""-fnot-reserved=WORD,... and the like (cobc.c: word lists added to the configuration)."""

BOOLEAN_FLAGS = frozenset(
    # cobc/flag.def CB_FLAG / CB_FLAG_ON: -fNAME, -fno-NAME
    [
        "winmain",
        "computed-goto",
        "alternate-ebcdic",
        "extra-brace",
        "correct-numeric",
        "stack-on-heap",
        "remove-unreachable",
        "trace",
        "traceall",
        "syntax-only",
        "debugging-line",
        "source-location",
        "implicit-init",
        "recursive-check",
        "stack-check",
        "write-after",
        "mfcomment",
        "acucomment",
        "notrunc",
        "odoslide",
        "single-quote",
        "relax-syntax",
        "optional-file",
        "static-call",
        "gen-c-decl-static-call",
        "gen-c-line-directives",
        "gen-c-labels",
        "theaders",
        "tsource",
        "tmessages",
        "tsymbols",
        "diagnostics-show-option",
    ]
)

VALUED_FLAGS = frozenset(
    # cobc/flag.def CB_FLAG_RQ / CB_FLAG_NQ / CB_FLAG_OP: -fNAME=VALUE
    [
        "stack-size",
        "if-cutoff",
        "sign",
        "fold-copy",
        "fold-call",
        "defaultbyte",
        "max-errors",
        "intrinsics",
        "ec",
        "no-ec",
        "dump",
        "no-dump",
        "callfh",
    ]
)

SOURCE_FLAGS = frozenset({"free", "fixed", "format", "source-format"})
"""-free, -fixed (cobol/directives.py SourceOptions reads them)."""


@dataclass(frozen=True)
class Dialect:
    """What cobc's -std and -f options make of a program (``values``: the carried
    configuration options of DEFAULTS, as their configuration file writes them)."""

    std: str = "default"
    values: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULTS))
    sign_ebcdic: bool = False
    """-fsign=EBCDIC: a signed DISPLAY item's overpunched sign byte is EBCDIC's
    (``{ A-I`` positive, ``} J-R`` negative) instead of ASCII's ``p-y`` for negative."""
    default_byte: int | None = None
    """-fdefaultbyte=N: WORKING-STORAGE without VALUE starts as this byte (None: cobc's
    default ``init``, each item by its PICTURE)."""
    not_reserved: frozenset[str] = frozenset()
    """-fnot-reserved=WORD,...: words usable as names."""
    intrinsics: frozenset[str] = frozenset()
    """-fintrinsics=ALL or NAME,...: intrinsic functions named without FUNCTION."""

    def __hash__(self) -> int:  # a key of runtime/modules.py's cache of parsed sources
        return hash(
            (
                self.std,
                tuple(sorted(self.values.items())),
                self.sign_ebcdic,
                self.default_byte,
                self.not_reserved,
                self.intrinsics,
            )
        )

    @property
    def title(self) -> str:
        """The ``name:`` of the configuration file ("COBOL 85", "IBM COBOL (lax)")."""
        return TITLES.get(self.std, self.std)

    def flag(self, name: str) -> bool:
        return self.values[name] == "yes"

    def support(self, name: str) -> Support:
        return Support[self.values[name].upper()]

    @property
    def is_default(self) -> bool:
        return self == DEFAULT

    binary_truncate = property(lambda self: self.flag("binary-truncate"))
    binary_native = property(lambda self: self.values["binary-byteorder"] == "native")
    """-fbinary-byteorder=native: COMP / BINARY / COMP-X in the machine's byte order
    (runtime/fields.py FieldType.byteorder)."""
    pretty_display = property(lambda self: self.flag("pretty-display"))
    """DISPLAY of a number with sign and point (runtime/dialect_display.py when off)."""
    arithmetic_osvs = property(lambda self: self.flag("arithmetic-osvs"))
    """IBM OS/VS intermediate scales (runtime/compile/osvs.py)."""
    move_ibm = property(lambda self: self.flag("move-ibm"))
    """MOVEs within one area copy byte by byte from the left (runtime/dialect_moves.py)."""

    def unfollowed(self) -> list[str]:
        """The carried options whose value here is not default.conf's and which the engine
        neither follows nor may ignore: dialect_checks.py refuses the constructs they change."""
        return [
            name
            for name, value in self.values.items()
            if value != DEFAULTS[name] and name not in FOLLOWED | ACCEPTED
        ]


DEFAULT = Dialect()


def dialect_named(std: str) -> Dialect:
    """``-std=NAME``: the values of NAME.conf."""
    try:
        changes = CONFIG_VALUES[std.lower()]
    except KeyError:
        known = ", ".join(TITLES)
        raise DialectError(f"-std={std}: unknown dialect (cobc 3.1.2 knows {known})") from None
    return Dialect(std.lower(), {**DEFAULTS, **changes})


def parse_dialect(arguments: Iterable[str]) -> Dialect:
    """The dialect of a cobc command line: ``-std=NAME`` then each ``-f`` option in order
    (as cobc.c applies them); other arguments are the caller's. Raises DialectError for an
    option cobc does not know or a value it would refuse."""
    words = list(arguments)
    dialect = DEFAULT
    for word in words:
        if word.startswith("-std="):
            dialect = dialect_named(word[5:])
        elif word == "-std":
            raise DialectError("-std needs a dialect name: -std=NAME")
    flags = _Flags(dict(dialect.values))
    for word in words:
        if word.startswith("-f"):
            _apply_flag(word, flags)
    return replace(
        dialect,
        values=flags.values,
        sign_ebcdic=flags.sign_ebcdic,
        default_byte=flags.default_byte,
        not_reserved=frozenset(flags.not_reserved),
        intrinsics=frozenset(flags.intrinsics),
    )


@dataclass
class _Flags:
    """The -f options read so far."""

    values: dict[str, str]
    sign_ebcdic: bool = False
    default_byte: int | None = None
    not_reserved: set[str] = field(default_factory=set)
    intrinsics: set[str] = field(default_factory=set)


def _apply_flag(word: str, flags: _Flags) -> None:
    values = flags.values
    name, equals, value = word[2:].partition("=")
    if name in SOURCE_FLAGS or (name == "ree" and not equals) or (name == "ixed" and not equals):
        return  # -free / -fixed / -fformat=: the source reader's
    name = _unabbreviated(name)
    negated = name.startswith("no-") and name[3:] in (CONFIG_OPTIONS | BOOLEAN_FLAGS)
    base = name[3:] if negated else name
    if base in CONFIG_OPTIONS:
        _config_flag(word, base, negated, value if equals else None, values)
    elif name in CONFIG_WORD_LISTS:
        if name == "not-reserved" and value:
            flags.not_reserved |= {w.strip().upper() for w in value.split(",") if w.strip()}
    elif base in BOOLEAN_FLAGS and not equals:
        if base == "notrunc" and not negated:
            # cobc.c: -fnotrunc implies binary-truncate: no and pretty-display: no
            values["binary-truncate"] = "no"
            values["pretty-display"] = "no"
    elif name in VALUED_FLAGS:
        _valued_flag(word, name, value, flags)
    else:
        raise DialectError(f"{word}: unknown cobc option")


def _unabbreviated(name: str) -> str:
    """cobc reads its options with getopt_long_only, which takes a unique prefix of an option
    name for the option (``-fnotrun`` is ``-fnotrunc``, testsuite "EXTFH: LINE SEQUENTIAL
    files, direct EXTFH")."""
    known = CONFIG_OPTIONS | BOOLEAN_FLAGS | VALUED_FLAGS | CONFIG_WORD_LISTS
    if name in known or f"no-{name}" in known:
        return name
    negatable = CONFIG_OPTIONS | BOOLEAN_FLAGS
    candidates = {k for k in known if k.startswith(name)}
    candidates |= {f"no-{k}" for k in negatable if f"no-{k}".startswith(name)}
    return candidates.pop() if name and len(candidates) == 1 else name


def _config_flag(
    word: str, name: str, negated: bool, value: str | None, values: dict[str, str]
) -> None:
    if name not in DEFAULTS:
        return  # only what cobc accepts or warns about, or listings: no effect on a run
    default = DEFAULTS[name]
    if default in ("yes", "no"):
        if value is None:
            value = "no" if negated else "yes"
        elif value not in ("yes", "no") or negated:
            raise DialectError(f"{word}: invalid value (yes or no)")
    elif default.upper() in Support.__members__:
        if value is None or negated or value.lstrip("+").upper() not in Support.__members__:
            raise DialectError(
                f"{word}: invalid value ({', '.join(s.name.lower() for s in Support)})"
            )
        value = value.lstrip("+").lower()
    elif value is None or negated:
        raise DialectError(f"{word}: needs a value (-f{name}=VALUE)")
    values[name] = value


def _valued_flag(word: str, name: str, value: str, flags: _Flags) -> None:
    if name == "sign":
        if value.upper() not in ("ASCII", "EBCDIC"):
            raise DialectError(f"{word}: invalid value (ASCII or EBCDIC)")
        flags.sign_ebcdic = value.upper() == "EBCDIC"
    elif name == "defaultbyte":
        flags.default_byte = _default_byte(word, value)
    elif name == "intrinsics":  # cobol/program.py identifier: the names are functions
        flags.intrinsics |= {w.strip().upper() for w in value.split(",") if w.strip()}


def _default_byte(word: str, value: str) -> int | None:
    """cobc.c cobc_deciph_optarg (..., 1): ``init``, one character, or a decimal 0-255."""
    if value.lower() == "init":
        return None
    if len(value) == 1 and not value.isdigit():
        return ord(value)
    if value.isdigit() and int(value) <= 255:
        return int(value)
    raise DialectError(f"{word}: invalid value (init, a character or 0 to 255)")
