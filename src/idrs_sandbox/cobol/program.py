"""Parse a whole COBOL program: source reader -> ``grammar/program.lark`` -> :class:`Program`.

The data description entries are parsed by the records front end's grammar (imported into
``program.lark``) and come back as ``cobol.data_division.DataItem`` trees; the PROCEDURE DIVISION
becomes the nodes of :mod:`idrs_sandbox.cobol.procedure`. Every error is a ``CobolError`` at the
original ``file:line:col`` with the line and a caret.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import lark
from lark import Lark, Token, Transformer, Tree, v_args
from lark.exceptions import UnexpectedInput, VisitError
from lark.visitors import merge_transformers

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.alphabets import ALPHABETS, NATIVE
from idrs_sandbox.cobol.data_division import (
    DataDivisionTransformer,
    DataItem,
    ExternalClause,
    GlobalClause,
    apply_typedefs,
    check_any_length,
    nest_entries,
    terminal_text,
    transform,
    unquote,
)
from idrs_sandbox.cobol.diagnostics import (
    CobolSemanticError,
    CobolSyntaxError,
    Origin,
    syntax_error_from_lark,
)
from idrs_sandbox.cobol.dialect_rules import check_support, top_level_occurs
from idrs_sandbox.cobol.directives import SourceOptions
from idrs_sandbox.cobol.intrinsic_names import COBC_FUNCTIONS
from idrs_sandbox.cobol.source import ExpandedSource, read_source, read_text
from idrs_sandbox.cobol.source import Token as SourceToken

COMMENT_PARAGRAPHS = frozenset(
    {"AUTHOR", "INSTALLATION", "DATE-WRITTEN", "DATE-COMPILED", "SECURITY", "REMARKS"}
)
"""IDENTIFICATION DIVISION paragraphs whose text is a free comment entry (GnuCOBOL ignores it)."""


@dataclass(frozen=True)
class FileKey:
    """RECORD KEY or ALTERNATE RECORD KEY of an INDEXED file; a split key (``k SOURCE IS a b``)
    has the parts it joins as ``components`` and ``name`` is a name of its own."""

    name: ast.Identifier
    components: tuple[ast.Identifier, ...] = ()
    duplicates: bool = False
    suppress: int | None = None
    """SUPPRESS WHEN ALL c: the byte a suppressed key is made of."""


@dataclass
class FileDeclaration:
    """A file: its SELECT entry and its FD (record descriptions)."""

    name: str
    assign: str
    line_sequential: bool
    status: ast.Identifier | None
    optional: bool
    origin: Origin
    records: list[DataItem] = field(default_factory=list)
    record_contains: int | None = None
    fd_origin: Origin | None = None
    organization: str = "SEQUENTIAL"
    """SEQUENTIAL, LINE SEQUENTIAL, RELATIVE or INDEXED."""
    access: str = "SEQUENTIAL"
    """ACCESS MODE: SEQUENTIAL, RANDOM or DYNAMIC."""
    record_key: FileKey | None = None
    alternate_keys: tuple[FileKey, ...] = ()
    relative_key: ast.Identifier | None = None
    assign_kind: str = ""
    """How the ASSIGN name is taken: "" (a literal, or a data name: its value when it names an
    item, else the name itself), EXTERNAL (always the name) or DYNAMIC / USING (an item)."""
    assign_literal: bool = True
    record_min: int | None = None
    """RECORD [IS VARYING ...] [CONTAINS] a TO b: the smallest record size a WRITE accepts."""
    depending: ast.Identifier | None = None
    """RECORD VARYING ... DEPENDING ON item: the size of each record written and read."""
    sort: bool = False
    """An SD: the work file of SORT / MERGE (runtime/sortfiles.py), never OPENed."""
    linage: Linage | None = None
    """FD ... LINAGE: a page layout (runtime/linage.py); the file is line sequential."""


@dataclass
class Repository:
    """REPOSITORY paragraph entries (upper case names)."""

    functions: set[str] = field(default_factory=set)
    programs: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Linage:
    """``LINAGE IS lines [WITH FOOTING AT footing] [LINES AT TOP top] [LINES AT BOTTOM
    bottom]``, in lines (literals: a data name is refused when the FD is read)."""

    lines: int
    footing: int = 0
    top: int = 0
    bottom: int = 0
    origin: Origin | None = None


@dataclass
class Program:
    name: str
    source: ExpandedSource
    origin: Origin
    files: list[FileDeclaration]
    working_storage: list[DataItem]
    procedure: ast.ProcedureDivision | None
    constants: dict[str, ast.Constant] = field(default_factory=dict)
    linkage: list[DataItem] = field(default_factory=list)
    """LINKAGE SECTION items: also in ``working_storage`` (so names resolve and they have
    storage); runtime/call.py copies a CALL's arguments into them and back."""
    local_storage: list[DataItem] = field(default_factory=list)
    """LOCAL-STORAGE SECTION items: also in ``working_storage``; fresh at every CALL
    (runtime/invocation.py)."""
    contained: list[Program] = field(default_factory=list)
    """Nested programs (before this program's END PROGRAM), callable by name."""
    parent: Program | None = None
    unit: list[Program] = field(default_factory=list)
    """The outermost programs of the source file, in order (a CALL can reach each)."""
    initial: bool = False
    """PROGRAM-ID ... IS INITIAL: fresh storage at every CALL (runtime/call.py)."""
    common: bool = False
    """PROGRAM-ID ... IS COMMON: callable from the other programs its parent contains."""
    recursive: bool = False
    """PROGRAM-ID ... IS RECURSIVE: may be CALLed while it is active."""
    is_function: bool = False
    """FUNCTION-ID: a user-defined function, reached by FUNCTION name (runtime/functions.py)."""
    external_name: str | None = None
    """PROGRAM-ID. name AS "literal": the name a CALL uses."""
    repository: Repository = field(default_factory=lambda: Repository())
    """The REPOSITORY paragraph: user functions and program prototypes named."""
    copy_dirs: tuple[Path, ...] = ()
    """The -I folders it was read with (a CALL looks for other programs' sources there)."""
    decimal_comma: bool = False
    """SPECIAL-NAMES DECIMAL-POINT IS COMMA: DISPLAY and edited items show ',' for the point."""
    screen: dict[str, ast.ScreenItem] = field(default_factory=dict)
    """SCREEN SECTION items by upper-case name (runtime/screen.py)."""
    collating: bytes | None = None
    """PROGRAM COLLATING SEQUENCE: each byte's weight (cobol/alphabets.py): SORT keys and the
    < > comparisons of alphanumeric operands follow it (libcob cob_cmp with the module's
    collating sequence)."""
    currency: str | None = None
    """SPECIAL-NAMES CURRENCY SIGN IS "c": edited items show it where a PICTURE has it
    (cobol/source.py wrote the PICTUREs with '$')."""
    debugging_mode: bool = False
    """SOURCE-COMPUTER ... WITH DEBUGGING MODE: debugging lines and USE FOR DEBUGGING count."""
    default_rounded: str | None = None
    """OPTIONS. DEFAULT ROUNDED MODE: the mode of a ROUNDED written without MODE."""

    @property
    def file_name(self) -> str:
        return self.source.main.name


# ---------------------------------------------------------------------------------------------
# entry points


def parse_program(
    path: Path | str, copy_dirs: Sequence[Path] = (), options: SourceOptions | None = None
) -> Program:
    """Read, expand and parse a COBOL program file (``options``: cobc's -free, -D)."""
    program = parse_source(read_source(path, copy_dirs, options=options))
    for each in program.unit:
        each.copy_dirs = tuple(copy_dirs)
    return program


def parse_program_text(text: str, name: str = "<text>", copy_dirs: Sequence[Path] = ()) -> Program:
    return parse_source(read_text(text, name, copy_dirs))


def parse_source(source: ExpandedSource) -> Program:
    source = drop_comment_entries(source)
    parser = program_parser()
    try:
        tree = parser.parse(source.text)
    except UnexpectedInput as error:
        unsupported = _unsupported_verb(source, getattr(error, "pos_in_stream", None))
        if unsupported is not None:
            raise unsupported from None
        unknown = _unknown_verb(source, getattr(error, "pos_in_stream", None))
        if unknown is not None:
            raise unknown from None
        raise syntax_error_from_lark(
            error,
            source.origin_at,
            source.end_origin(),
            terminal_text(parser),
            source.split_word_at,
        ) from None
    transformer = merge_transformers(  # type: ignore[no-untyped-call]
        ProgramTransformer(source),
        data_division=DataDivisionTransformer(source.origin_at, source.relax_syntax),
    )
    try:
        program: Program = transform(transformer, tree)
    except (RecursionError, VisitError) as error:
        if isinstance(error, VisitError) and not isinstance(error.orig_exc, RecursionError):
            raise
        raise CobolSemanticError(
            "statements are nested too deeply for the legacy engine to read (IF, EVALUATE and "
            "inline PERFORM inside one another; cobc compiles them with a warning above 128 "
            "levels): move the inner statements into a paragraph and PERFORM it",
            _deepest_origin(tree, source),
        ) from None
    return program


def _deepest_origin(tree: Tree[Token], source: ExpandedSource) -> Origin | None:
    """Where the most deeply nested node of ``tree`` starts (walked without recursion)."""
    deepest: tuple[int, Tree[Token] | None] = (-1, None)
    stack: list[tuple[Tree[Token], int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > deepest[0] and not node.meta.empty:
            deepest = (depth, node)
        stack.extend((child, depth + 1) for child in node.children if isinstance(child, Tree))
    found = deepest[1]
    return source.origin_at(found.meta.start_pos) if found is not None else None


UNSUPPORTED_VERBS = frozenset(
    {
        "ALTER",
        "DELETE",
        "ENTRY",
        "GENERATE",
        "INITIATE",
        "REWRITE",
        "START",
        "TERMINATE",
        "UNLOCK",
        "INVOKE",
        "RAISE",
        "RESUME",
        "VALIDATE",
        "EXEC",
        "COMMIT",
        "ROLLBACK",
        "SUPPRESS",
    }
)
"""COBOL verbs outside the legacy engine's subset (docs/interpreter.md)."""


SCOPE_TERMINATORS = frozenset(
    f"END-{verb}"
    for verb in (
        *("ACCEPT", "ADD", "CALL", "COMPUTE", "DELETE", "DISPLAY", "DIVIDE", "EVALUATE"),
        *("IF", "MULTIPLY", "PERFORM", "READ", "RETURN", "REWRITE", "SEARCH", "START"),
        *("STRING", "SUBTRACT", "UNSTRING", "WRITE"),
    )
)
RESERVED_NOT_NAMES = SCOPE_TERMINATORS | {"ELSE", "WHEN", "THEN"}
"""Reserved words the grammar's DATA_NAME pattern would otherwise take as a paragraph name."""


MNEMONIC_DEVICES = {
    "C01": "PAGE",
    "TOP": "PAGE",
    "SYSOUT": "SYSOUT",
    "SYSLIST": "SYSOUT",
    "SYSLST": "SYSOUT",
    "PRINTER": "SYSOUT",
    "CONSOLE": "SYSOUT",
    "SYSERR": "SYSERR",
}
"""Devices a SPECIAL-NAMES mnemonic may name here, and what they mean to WRITE ADVANCING
(PAGE: cobc writes a form feed for C01, measured in probe write_advancing) and DISPLAY UPON."""

KNOWN_VERBS = frozenset(
    {
        *("ACCEPT", "ADD", "CLOSE", "COMPUTE", "CONTINUE", "DISPLAY", "DIVIDE", "EVALUATE"),
        *("EXIT", "GO", "GOBACK", "IF", "INITIALIZE", "INSPECT", "MOVE", "MULTIPLY", "NEXT"),
        *("OPEN", "PERFORM", "READ", "SET", "STOP", "STRING", "SUBTRACT", "UNSTRING", "WRITE"),
        "SEARCH",
        "SORT",
        *("MERGE", "RELEASE", "RETURN", "USE", "READY", "RESET"),
        *("ALLOCATE", "FREE"),
    }
)
"""The statements of the grammar (program.lark ``statement``)."""


def _unknown_verb(source: ExpandedSource, offset: int | None) -> CobolSyntaxError | None:
    """``FROBNICATE WS-X.`` parses FROBNICATE as a paragraph name and fails at WS-X: a word
    that starts a sentence of the PROCEDURE DIVISION and is followed by neither a period nor
    SECTION is a statement we do not know. cobc 3.1.2: "unknown statement 'FROBNICATE'"."""
    if offset is None:
        return None
    index = source.token_index_at(offset)
    tokens = source.tokens
    if index < 2 or index >= len(tokens):
        return None
    word, before, failing = tokens[index - 1], tokens[index - 2], tokens[index]
    if word.kind != "word" or before.kind != "period" or failing.kind == "period":
        return None
    if word.upper in KNOWN_VERBS:  # a statement we know, written wrongly: lark's message fits
        return None
    if failing.kind == "word" and failing.upper in ("SECTION", "DIVISION"):
        return None
    words = [t.upper for t in tokens[:index] if t.kind == "word"]
    if "PROCEDURE" not in words or "DIVISION" not in words[words.index("PROCEDURE") :]:
        return None
    return CobolSyntaxError(f"unknown statement {word.upper!r}", word.origin)


def _unsupported_verb(source: ExpandedSource, offset: int | None) -> CobolSyntaxError | None:
    """A syntax error caused by a verb we do not implement gets a message that says so."""
    if offset is None:
        return None
    index = source.token_index_at(offset)
    for token in source.tokens[max(index - 8, 0) : index + 1]:
        if token.kind == "word" and token.upper in UNSUPPORTED_VERBS:
            return CobolSyntaxError(
                f"{token.upper} is not supported by the legacy engine", token.origin
            )
    return None


@cache
def program_parser() -> Lark:
    """The LALR parser of ``grammar/program.lark`` (built once per process; lark keeps the
    tables in a cache file, so later processes load them)."""
    return Lark.open(
        "grammar/program.lark",
        rel_to=__file__,
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=False,
        cache=_parser_cache_file(),
    )


def _parser_cache_file() -> str:
    """The cache file named by a hash of *every* grammar file: lark's own ``cache=True`` keys on
    program.lark's text only, so a change to the imported data_division.lark could load the
    tables of another checkout's grammar (the work trees share one temporary folder)."""
    grammar = Path(__file__).parent / "grammar"
    digest = hashlib.sha256()
    for path in sorted(grammar.glob("*.lark")):
        digest.update(path.read_bytes())
    name = f"idrs-program-{digest.hexdigest()[:20]}-{lark.__version__}.lark-cache"
    return str(Path(tempfile.gettempdir()) / name)


def drop_comment_entries(source: ExpandedSource) -> ExpandedSource:
    """Remove ``AUTHOR. any text.`` and the other comment-entry paragraphs: their text is free
    and would not lex. A comment entry runs to the next paragraph or division header."""
    tokens = list(source.tokens)
    kept: list[SourceToken] = []
    skipping = False
    for index, token in enumerate(tokens):
        word = token.upper if token.kind == "word" else ""
        next_is_period = index + 1 < len(tokens) and tokens[index + 1].kind == "period"
        if word in COMMENT_PARAGRAPHS and next_is_period:
            skipping = True
            continue
        if skipping and (_starts_header(tokens, index) or word == "PROGRAM-ID"):
            skipping = False
        if not skipping:
            kept.append(token)
    if len(kept) == len(tokens):
        return source
    dropped = ExpandedSource(source.main, kept, source.decimal_comma)
    dropped.currency = source.currency
    dropped.relax_syntax = source.relax_syntax
    dropped.dialect = source.dialect
    dropped.turns = source.turns
    dropped.assign_modes = source.assign_modes
    return dropped


def _starts_header(tokens: list[SourceToken], index: int) -> bool:
    token = tokens[index]
    if token.kind != "word":
        return False
    if token.upper in COMMENT_PARAGRAPHS:
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.kind == "word" and following.upper == "DIVISION"


# ---------------------------------------------------------------------------------------------
# parse tree -> AST


def _figurative_name(text: str) -> ast.FigurativeName:
    word = text.upper()
    if word.startswith("ZERO"):
        return "ZERO"
    if word.startswith("SPACE"):
        return "SPACE"
    if word.startswith("HIGH"):
        return "HIGH-VALUE"
    if word.startswith("LOW"):
        return "LOW-VALUE"
    return "QUOTE"


def _literal_bytes(token: Token) -> bytes:
    text = str(token)
    if token.type.endswith(("HEX_STRING", "HEX_LITERAL")):
        digits = text[2:-1]
        if len(digits) % 2:
            raise ValueError("odd hex literal")
        return bytes.fromhex(digits)
    return unquote(text).encode("latin-1")


@v_args(inline=False)
class ProgramTransformer(Transformer[Token, Any]):
    """Parse tree of ``program.lark`` -> :class:`Program` (PROCEDURE DIVISION as AST nodes)."""

    def __init__(self, source: ExpandedSource) -> None:
        super().__init__()
        self.source = source
        self.linages: list[tuple[int, str, Linage]] = []
        """LINAGE clauses seen: (position, file name, clause); each program takes those in
        its text, as for ``debugging_modes``."""
        self.debugging_modes: list[int] = []
        """Where ``WITH DEBUGGING MODE`` was written; each program takes those in its text
        (contained programs are transformed first and take theirs)."""
        self.collating_name: tuple[str, Origin] | None = None
        """OBJECT-COMPUTER PROGRAM COLLATING SEQUENCE IS alphabet (name, where)."""
        self.switches: dict[str, int] = {}
        """SPECIAL-NAMES switch name -> switch number (SET name TO ON / OFF)."""
        self.switch_conditions: dict[str, tuple[int, bool]] = {}
        """ON / OFF STATUS condition name -> (switch number, on)."""
        self.alphabets: dict[str, tuple[bytes, bytes]] = {}
        """ALPHABET name -> (code of each native byte, native byte at each position)."""
        self.symbolics: dict[str, bytes] = {}
        self.classes: dict[str, bytes] = {}
        """SPECIAL-NAMES CLASS name IS ...: the characters of each class."""
        """SYMBOLIC CHARACTERS name -> its byte (a figurative constant)."""
        self.mnemonics: dict[str, str] = {}
        """SPECIAL-NAMES mnemonic name -> device (C01, SYSERR...), both upper case; the
        ENVIRONMENT DIVISION is transformed before the PROCEDURE DIVISION that uses them."""
        self.prototypes: dict[str, str] = {}
        """REPOSITORY program prototypes of the program being transformed (upper case name ->
        the name a CALL uses); its PROCEDURE DIVISION comes before any nested program's."""
        self.fd_records: dict[tuple[str, int, int], _RecordContains] = {}
        """RECORD CONTAINS / VARYING of each FD (by its name and place)."""

    def _at(self, item: Any) -> Origin:
        if isinstance(item, Token):
            return self.source.origin_at(item.start_pos or 0)
        return self.source.origin_at(getattr(item, "start_pos", 0) or 0)

    # program and divisions -------------------------------------------------------------------

    def start(self, children: list[Any]) -> Program:
        from idrs_sandbox.cobol.assign_names import resolve_assign_names

        programs: list[Program] = list(children)
        for each in programs:
            each.unit = programs
            resolve_assign_names(each)
        # the executable's program is the first PROGRAM-ID: FUNCTION-IDs may come before it
        return next((each for each in programs if not each.is_function), programs[0])

    @v_args(meta=True)
    def program(self, meta: Any, children: list[Any]) -> Program:
        program_id: _ProgramId = children[0]
        name = program_id.name
        files: list[FileDeclaration] = []
        working: list[DataItem] = []
        procedure: ast.ProcedureDivision | None = None
        fds: list[tuple[str, int | None, list[DataItem], Origin]] = []
        sorts: set[str] = set()
        constants: dict[str, ast.Constant] = {}
        linkage: list[DataItem] = []
        local: list[DataItem] = []
        screen: dict[str, ast.ScreenItem] = {}
        contained: list[Program] = []
        repository = Repository()
        for part in children[1:]:
            if isinstance(part, Program):
                contained.append(part)
            elif isinstance(part, _Environment):
                files = part.files
                repository = part.repository
            elif isinstance(part, _DataDivision):
                fds = part.fds
                sorts = part.sorts
                working = part.working_storage
                constants = {c.name.upper(): c for c in part.constants}
                linkage = part.linkage
                local = part.local_storage
                screen = part.screen
            elif isinstance(part, ast.ProcedureDivision):
                procedure = part
        records = [item for fd in fds for item in fd[2]]
        check_any_length(working + local + records, linkage)
        _attach_fds(files, fds)
        for declaration in files:
            if declaration.fd_origin is not None:
                record = self.fd_records.get(_fd_key(declaration.name, declaration.fd_origin))
                if record is not None:
                    declaration.record_min = record.low
                    declaration.depending = record.depending
        for declaration in files:
            declaration.sort = declaration.name.upper() in sorts
        origin = self._at(meta)
        program = Program(
            name,
            self.source,
            origin,
            files,
            working + local + linkage,
            procedure,
            constants,
            linkage,
        )
        program.local_storage = local
        program.screen = screen
        program.contained = contained
        start, end = getattr(meta, "start_pos", 0), getattr(meta, "end_pos", 0)
        mine = [pos for pos in self.debugging_modes if start <= pos <= end]
        program.debugging_mode = bool(mine)
        self.debugging_modes = [pos for pos in self.debugging_modes if pos not in mine]
        linages = [each for each in self.linages if start <= each[0] <= end]
        self.linages = [each for each in self.linages if not start <= each[0] <= end]
        by_name = {name: linage for _, name, linage in linages}
        for declaration in files:
            declaration.linage = by_name.get(declaration.name.upper())
            if declaration.linage is not None:
                # cobc 3.1.2 parser.y linage_clause: the file becomes LINE SEQUENTIAL
                declaration.line_sequential = True
                declaration.organization = "LINE SEQUENTIAL"
        program.initial = program_id.initial
        program.common = program_id.common
        program.recursive = program_id.recursive
        program.is_function = program_id.function
        program.external_name = program_id.external
        program.repository = repository
        if self.collating_name is not None:
            name, where = self.collating_name
            if name not in self.alphabets:
                raise CobolSemanticError(f"'{name}' is not an ALPHABET of SPECIAL-NAMES", where)
            program.collating = self.alphabets[name][0]
            self.collating_name = None
        program.decimal_comma = self.source.decimal_comma
        program.currency = self.source.currency
        program.default_rounded = program_id.default_rounded
        inherit_global_constants(program, {})
        for nested in contained:
            nested.parent = program
            if nested.local_storage:  # cobc 3.1.2 refuses it, so no nested program has one
                message = "LOCAL-STORAGE not allowed in nested programs"
                raise CobolSemanticError(message, nested.local_storage[0].origin)
        return program

    def identification_division(self, children: list[Any]) -> _ProgramId:
        program_id: _ProgramId = children[0]
        for option in children[1:]:
            if isinstance(option, _DefaultRounded):
                program_id.default_rounded = option.mode
        return program_id

    def options_paragraph(self, children: list[Any]) -> _DefaultRounded | None:
        modes = [c for c in children if isinstance(c, _DefaultRounded)]
        return modes[-1] if modes else None

    def default_rounded(self, children: list[Any]) -> _DefaultRounded:
        return _DefaultRounded(str(children[-1]))

    def entry_convention(self, children: list[Any]) -> None:
        return None  # how C code calls the program: the same for this engine (callbacks.py)

    def arithmetic_option(self, children: list[Any]) -> None:
        return None  # cobc 3.1.2: "ARITHMETIC is not implemented", no effect (measured)

    def intermediate_rounding(self, children: list[Any]) -> None:
        return None  # cobc 3.1.2: "INTERMEDIATE ROUNDING is not implemented", no effect

    def rounding_mode(self, children: list[Token]) -> str:
        return str(children[0]).upper()

    def program_id(self, children: list[Any]) -> _ProgramId:
        external = next((c.name for c in children[1:] if isinstance(c, _ProgramAs)), None)
        rest = [c for c in children[1:] if not isinstance(c, _ProgramAs)]
        attributes = set(rest[0]) if rest else set()
        # a new program: its own REPOSITORY comes next; its own name is one of its prototypes
        # (testsuite 'CALL/CANCEL with program-prototype-name': CALL recursion-test inside it)
        own = str(children[0])
        self.prototypes = {own.upper(): external or own}
        return _ProgramId(
            str(children[0]),
            "INITIAL" in attributes,
            "COMMON" in attributes,
            "RECURSIVE" in attributes,
            external,
        )

    def function_id(self, children: list[Any]) -> _ProgramId:
        program_id = self.program_id(children)
        program_id.function = True
        return program_id

    def program_as(self, children: list[Token]) -> _ProgramAs:
        return _ProgramAs(unquote(str(children[0])))

    def initial_clause(self, children: list[str]) -> tuple[str, ...]:
        return tuple(children)

    def attribute_initial(self, _: list[Any]) -> str:
        return "INITIAL"

    def attribute_common(self, _: list[Any]) -> str:
        return "COMMON"

    def attribute_recursive(self, _: list[Any]) -> str:
        return "RECURSIVE"

    def program_name(self, children: list[Token]) -> str:
        token = children[0]
        return unquote(str(token)) if token.type.endswith("STRING") else str(token)

    def end_program(self, children: list[Any]) -> None:
        return None

    def environment_division(self, children: list[Any]) -> _Environment:
        files: list[FileDeclaration] = []
        repository = Repository()
        for part in children:
            if isinstance(part, list):
                files = part
            elif isinstance(part, Repository):
                repository = part
        return _Environment(files, repository)

    def configuration_section(self, children: list[Any]) -> Repository | None:
        return next((c for c in children if isinstance(c, Repository)), None)

    def special_names(self, children: list[Any]) -> None:
        return None

    def call_convention(self, children: list[Any]) -> None:
        return None  # CALL-CONVENTION n IS name: a calling convention, nothing for this engine

    def mnemonic_name(self, children: list[Token]) -> None:
        device, name = str(children[0]).upper(), str(children[1]).upper()
        if device not in MNEMONIC_DEVICES:
            raise CobolSemanticError(
                f"SPECIAL-NAMES {device} IS {name}: the legacy engine knows only the devices "
                f"{', '.join(sorted(MNEMONIC_DEVICES))}",
                self._at(children[0]),
            )
        self.mnemonics[name] = MNEMONIC_DEVICES[device]

    @v_args(meta=True)
    def switch_clause(self, meta: Any, children: list[Any]) -> None:
        # SWITCH-1 .. SWITCH-36 (cobc 3.1.2; testsuite "SWITCHES"): read from COB_SWITCH_n.
        device = str(children[0]).upper()
        match = re.fullmatch(r"SWITCH-?([0-9]+)|SW([0-9]+)", device)
        number = int(match.group(1) or match.group(2)) if match else 0
        if not 1 <= number <= 36:
            raise CobolSemanticError(
                f"SPECIAL-NAMES {device}: a switch is SWITCH-1 to SWITCH-36", self._at(meta)
            )
        for part in children[1:]:
            if isinstance(part, tuple):
                self.switch_conditions[part[0]] = (number, part[1])
            else:
                self.switches[str(part).upper()] = number

    def switch_on_status(self, children: list[Token]) -> tuple[str, bool]:
        return str(children[0]).upper(), True

    def switch_off_status(self, children: list[Token]) -> tuple[str, bool]:
        return str(children[0]).upper(), False

    def alphabet_clause(self, children: list[Token]) -> None:
        self.alphabets[str(children[0]).upper()] = ALPHABETS[str(children[-1]).upper()]

    @v_args(meta=True)
    def symbolic_clause(self, meta: Any, children: list[Any]) -> None:
        pairs = [c for c in children if isinstance(c, tuple)]
        alphabet = NATIVE
        if not isinstance(children[-1], tuple):
            name = str(children[-1]).upper()
            if name not in self.alphabets:
                raise CobolSemanticError(f"'{name}' is not an ALPHABET", self._at(meta))
            alphabet = self.alphabets[name][1]
        for name, ordinal in pairs:
            if not 1 <= ordinal <= 256:
                raise CobolSemanticError(
                    f"SYMBOLIC {name}: the ordinal {ordinal} is outside 1..256", self._at(meta)
                )
            # the ordinal counts positions of the alphabet from 1 (testsuite "SYMBOLIC
            # clause": 49 IN ASCII is "0", 241 IN EBCDIC is "0")
            self.symbolics[name] = alphabet[ordinal - 1 : ordinal]

    @v_args(meta=True)
    def class_clause(self, meta: Any, children: list[Any]) -> None:
        name = str(children[0]).upper()
        members = b"".join(c for c in children[1:] if isinstance(c, bytes))
        self.classes[name] = bytes(sorted(set(members)))

    @v_args(meta=True)
    def class_range(self, meta: Any, children: list[Token]) -> bytes:
        """The characters of one CLASS entry: a literal's characters, an ordinal's character
        (1 is X'00', cobc 3.1.2 counts the native character set from 1), or a THRU range."""
        ends = [self._class_characters(token, meta) for token in children]
        if len(ends) == 1:
            return ends[0]
        if len(ends[0]) != 1 or len(ends[1]) != 1:
            raise CobolSemanticError("CLASS: THRU takes one character on each side", self._at(meta))
        low, high = sorted((ends[0][0], ends[1][0]))
        return bytes(range(low, high + 1))

    def _class_characters(self, token: Token, meta: Any) -> bytes:
        if token.type == "INTEGER":
            ordinal = int(str(token))
            if not 1 <= ordinal <= 256:
                raise CobolSemanticError(
                    f"CLASS: the ordinal {ordinal} is outside 1..256", self._at(meta)
                )
            return bytes((ordinal - 1,))
        return unquote(str(token)).encode("latin-1")

    def class_user(self, children: list[Token]) -> _UserClass:
        return _UserClass(str(children[0]).upper(), children[0])

    def symbolic_pair(self, children: list[Token]) -> tuple[str, int]:
        return str(children[0]).upper(), int(str(children[-1]))

    @v_args(meta=True)
    def currency_clause(self, meta: Any, children: list[Any]) -> None:
        sign = unquote(str(children[0]))
        if len(children) > 1 or len(sign) != 1:
            raise CobolSemanticError(
                "CURRENCY SIGN: only one character without PICTURE SYMBOL is supported by the "
                "legacy engine",
                self._at(meta),
            )
        # cobol/source.py wrote the PICTUREs with '$' (ExpandedSource.currency)

    def picture_symbol(self, children: list[Any]) -> str:
        return str(children[0])

    def decimal_point_comma(self, children: list[Any]) -> None:
        # cobol/source.py saw it first: its numbers and PICTUREs reach the parser with '.'
        # (ExpandedSource.decimal_comma); the compiler shows ',' again (Program.decimal_comma).
        return None

    def source_computer(self, children: list[Any]) -> None:
        return None

    def repository(self, children: list[Any]) -> Repository:
        result = Repository()
        for kind, name in (c for c in children if c is not None):
            (result.functions if kind == "FUNCTION" else result.programs).add(name)
        return result

    def repository_all_intrinsic(self, children: list[Any]) -> None:
        return None

    def repository_intrinsic(self, children: list[Any]) -> None:
        return None

    def repository_function(self, children: list[Token]) -> tuple[str, str]:
        return "FUNCTION", str(children[0]).upper()

    def repository_program(self, children: list[Token]) -> tuple[str, str]:
        # a program prototype: CALL / CANCEL name means CALL "literal" (or "name")
        name = str(children[0])
        self.prototypes[name.upper()] = unquote(str(children[1])) if len(children) > 1 else name
        return "PROGRAM", name.upper()

    def object_computer(self, children: list[Any]) -> None:
        return None

    @v_args(meta=True)
    def program_collating(self, meta: Any, children: list[Token]) -> None:
        # resolved in program(): SPECIAL-NAMES, which defines the alphabet, comes after
        self.collating_name = (str(children[0]).upper(), self._at(meta))

    @v_args(meta=True)
    def debugging_mode(self, meta: Any, children: list[Any]) -> None:
        self.debugging_modes.append(meta.start_pos)

    def input_output_section(self, children: list[Any]) -> list[FileDeclaration]:
        files = [c for c in children if isinstance(c, list)]
        return files[0] if files else []

    def i_o_control(self, _: list[Any]) -> None:
        return None

    def file_control(self, children: list[FileDeclaration]) -> list[FileDeclaration]:
        return list(children)

    @v_args(meta=True)
    def select_entry(self, meta: Any, children: list[Any]) -> FileDeclaration:
        optional = False
        if isinstance(children[0], Token) and children[0].type == "OPTIONAL":
            optional = True
            children = children[1:]
        name_token, *clauses = children
        origin = self._at(name_token)
        declaration = FileDeclaration(str(name_token), "", False, None, optional, origin)
        assigned = False
        for clause in clauses:
            if isinstance(clause, _Assign):
                assigned = True
                declaration.assign = clause.name or str(name_token)
                declaration.assign_kind = clause.kind or self.source.assign_mode(origin)
                declaration.assign_literal = clause.literal
                if clause.device == "PRINTER":
                    declaration.organization = "LINE SEQUENTIAL"
            elif isinstance(clause, _Organization):
                declaration.organization = clause.name
            elif isinstance(clause, _Access):
                declaration.access = clause.mode
            elif isinstance(clause, _RecordKey):
                declaration.record_key = clause.key
            elif isinstance(clause, _AlternateKey):
                declaration.alternate_keys += (clause.key,)
            elif isinstance(clause, _RelativeKey):
                declaration.relative_key = clause.name
            elif isinstance(clause, ast.Identifier):
                declaration.status = clause
        if not assigned:
            raise CobolSemanticError(f"SELECT {name_token} has no ASSIGN clause", origin)
        declaration.line_sequential = declaration.organization == "LINE SEQUENTIAL"
        return declaration

    def assign_clause(self, children: list[Any]) -> _Assign:
        kind = next((c.word for c in children if isinstance(c, _AssignKind)), "")
        device = next((c.word for c in children if isinstance(c, _AssignDevice)), "")
        names = [c for c in children if isinstance(c, Token)]
        if not names:
            # ASSIGN DISK: the file is named after the SELECT (cobc flag_fileid)
            return _Assign("", "", True, device)
        token = names[0]
        text = str(token)
        if token.type.endswith("STRING"):
            return _Assign(unquote(text), kind, True, device)
        return _Assign(text, kind, False, device)

    def assign_external(self, _: list[Any]) -> _AssignKind:
        return _AssignKind("EXTERNAL")

    def assign_dynamic(self, _: list[Any]) -> _AssignKind:
        return _AssignKind("DYNAMIC")

    def assign_disk(self, _: list[Any]) -> _AssignDevice:
        return _AssignDevice("DISK")

    def assign_printer(self, _: list[Any]) -> _AssignDevice:
        return _AssignDevice("PRINTER")

    def assign_using(self, children: list[Token]) -> _Assign:
        return _Assign(str(children[0]), "DYNAMIC", False, "")

    def organization_clause(self, children: list[Any]) -> _Organization:
        result: _Organization = children[0]
        return result

    def line_sequential(self, children: list[Any]) -> _Organization:
        return _Organization("LINE SEQUENTIAL")

    def record_sequential(self, children: list[Any]) -> _Organization:
        return _Organization("SEQUENTIAL")

    def indexed(self, children: list[Any]) -> _Organization:
        return _Organization("INDEXED")

    def relative(self, children: list[Any]) -> _Organization:
        return _Organization("RELATIVE")

    def access_clause(self, children: list[Token]) -> _Access:
        return _Access(str(children[0]).upper())

    @v_args(meta=True)
    def record_key_clause(self, meta: Any, children: list[Any]) -> _RecordKey:
        return _RecordKey(self._file_key(meta, children))

    @v_args(meta=True)
    def alternate_key_clause(self, meta: Any, children: list[Any]) -> _AlternateKey:
        return _AlternateKey(self._file_key(meta, children))

    def _file_key(self, meta: Any, children: list[Any]) -> FileKey:
        origin = self._at(meta)
        names: list[str] = children[0]
        name = ast.Identifier(names[0], tuple(names[1:]), (), None, origin)
        parts = next((c for c in children[1:] if isinstance(c, _KeySource)), None)
        components = parts.parts if parts is not None else ()
        duplicates = any(isinstance(c, _Duplicates) and c.allowed for c in children)
        suppress = next((c.byte for c in children if isinstance(c, _Suppress)), None)
        return FileKey(name, components, duplicates, suppress)

    def key_suppress(self, children: list[Token]) -> _Suppress:
        token = children[-1]
        if token.type.endswith("STRING"):
            value = _literal_bytes(token)
        else:
            value = ast.FIGURATIVE_BYTES[_figurative_name(str(token))]
        return _Suppress(value[0] if value else 0x20)

    @v_args(meta=True)
    def key_source(self, meta: Any, children: list[list[str]]) -> _KeySource:
        origin = self._at(meta)
        return _KeySource(
            tuple(ast.Identifier(n[0], tuple(n[1:]), (), None, origin) for n in children)
        )

    def key_duplicates(self, children: list[Token]) -> _Duplicates:
        return _Duplicates(not children)

    @v_args(meta=True)
    def relative_key_clause(self, meta: Any, children: list[Any]) -> _RelativeKey:
        names: list[str] = children[0]
        return _RelativeKey(ast.Identifier(names[0], tuple(names[1:]), (), None, self._at(meta)))

    def sharing_clause(self, children: list[Any]) -> None:
        return None

    def lock_mode_clause(self, children: list[Any]) -> None:
        return None

    def lock_with(self, children: list[Any]) -> None:
        return None

    def reserve_clause(self, children: list[Any]) -> None:
        return None

    @v_args(meta=True)
    def file_status_clause(self, meta: Any, children: list[Any]) -> ast.Identifier:
        names: list[str] = children[0]
        return ast.Identifier(names[0], tuple(names[1:]), (), None, self._at(meta))

    def data_division(self, children: list[Any]) -> _DataDivision:
        result = _DataDivision()
        for part in children:
            if isinstance(part, _FileSection):
                result.fds = part.fds
                result.sorts = part.sorts
            elif isinstance(part, _WorkingStorage):
                result.working_storage = part.items
                result.constants = part.constants
            elif isinstance(part, _Linkage):
                result.linkage = part.items
                result.constants = [*result.constants, *part.constants]
            elif isinstance(part, _LocalStorage):
                result.local_storage = part.items
            elif isinstance(part, _ScreenSection):
                result.screen = part.items
        if not any(isinstance(part, _ScreenSection) for part in children):
            self.screen_names: set[str] = set()
        return result

    def screen_section(self, children: list[Any]) -> _ScreenSection:
        """SCREEN SECTION entries nested by level; the names DISPLAY may show (display_stmt
        is transformed after the DATA DIVISION of its program)."""
        roots: list[ast.ScreenItem] = []
        stack: list[tuple[ast.ScreenItem, list[ast.ScreenItem]]] = []
        flat = [child for child in children if isinstance(child, ast.ScreenItem)]

        def close_to(level: int) -> None:
            while stack and stack[-1][0].level >= level:
                item, kids = stack.pop()
                done = replace(item, children=tuple(kids))
                (stack[-1][1] if stack else roots).append(done)

        for item in flat:
            close_to(item.level)
            stack.append((item, []))
        close_to(0)
        items: dict[str, ast.ScreenItem] = {}

        def index(item: ast.ScreenItem) -> None:
            if item.name:
                items[item.name.upper()] = item
            for child in item.children:
                index(child)

        for root in roots:
            index(root)
        self.screen_names = set(items)
        return _ScreenSection(items)

    @v_args(meta=True)
    def screen_entry(self, meta: Any, children: list[Any]) -> ast.ScreenItem:
        level = int(children[0])
        name: str | None = None
        value: bytes | None = None
        line: int | None = None
        column: int | None = None
        for child in children[1:]:
            if isinstance(child, Token) and child.type == "DATA_NAME":
                name = None if str(child).upper() == "FILLER" else str(child)
            elif isinstance(child, _ScreenClause):
                if child.kind == "VALUE":
                    value = child.value
                elif child.kind == "LINE":
                    line = child.number
                else:
                    column = child.number
        return ast.ScreenItem(level, name, value, line, column, self._at(meta))

    def screen_value(self, children: list[Any]) -> _ScreenClause:
        literal = children[-1]
        raw = literal.value if isinstance(literal, ast.AlphanumericLiteral) else None
        if raw is None:
            raise CobolSemanticError("SCREEN SECTION VALUE must be an alphanumeric literal")
        return _ScreenClause("VALUE", raw, 0)

    def screen_line_clause(self, children: list[Any]) -> _ScreenClause:
        return _ScreenClause("LINE", None, int(children[-1]))

    def screen_column_clause(self, children: list[Any]) -> _ScreenClause:
        return _ScreenClause("COLUMN", None, int(children[-1]))

    def file_section(self, children: list[Any]) -> _FileSection:
        sorts = {c.fd[0].upper() for c in children if isinstance(c, _SortDescription)}
        fds = [c.fd if isinstance(c, _SortDescription) else c for c in children]
        return _FileSection(fds, sorts)

    def sort_description(self, children: list[Any]) -> _SortDescription:
        return _SortDescription(self.file_description(children))

    def file_description(
        self, children: list[Any]
    ) -> tuple[str, int | None, list[DataItem], Origin]:
        name_token = children[0]
        record_contains: int | None = None
        items: list[DataItem] = []
        scope: GlobalClause | None = None
        for part in children[1:]:
            if isinstance(part, _RecordContains):
                if part.size:
                    record_contains = part.size
                self.fd_records[_fd_key(str(name_token), self._at(name_token))] = part
            elif isinstance(part, GlobalClause):
                scope = part
            elif isinstance(part, ExternalClause):
                for item in items_of(children):
                    item.external = part
            elif isinstance(part, list):
                items = part
            elif isinstance(part, Linage):
                self.linages.append((name_token.start_pos or 0, str(name_token).upper(), part))
        if scope is not None:  # the records of a GLOBAL file are GLOBAL (cobol/symbols.py)
            for item in items:
                item.global_clause = scope
        return str(name_token), record_contains, items, self._at(name_token)

    @v_args(meta=True)
    def fd_scope_clause(self, meta: Any, children: list[Any]) -> GlobalClause:
        return GlobalClause(self._at(meta))

    @v_args(meta=True)
    def fd_external_clause(self, meta: Any, children: list[Any]) -> ExternalClause:
        return ExternalClause("", self._at(meta))

    @v_args(meta=True)
    def linage_clause(self, meta: Any, children: list[Any]) -> Linage:
        parts = {kind: value for kind, value in children[1:] if kind}
        linage = Linage(children[0], origin=self._at(meta), **parts)
        if linage.lines < 1 or not 0 <= linage.footing <= linage.lines:
            raise CobolSemanticError("LINAGE: FOOTING must lie inside the page", linage.origin)
        return linage

    def linage_lines(self, children: list[int]) -> tuple[str, int]:
        return "", 0  # the noise word LINES

    def linage_footing(self, children: list[int]) -> tuple[str, int]:
        return "footing", children[0]

    def linage_top(self, children: list[int]) -> tuple[str, int]:
        return "top", children[0]

    def linage_bottom(self, children: list[int]) -> tuple[str, int]:
        return "bottom", children[0]

    @v_args(meta=True)
    def linage_value(self, meta: Any, children: list[Any]) -> int:
        value = children[0]
        if isinstance(value, Token) and value.type.endswith("INTEGER"):
            return int(value)
        raise CobolSemanticError(
            "LINAGE with a data name is not supported by the legacy engine (write the number)",
            self._at(meta),
        )

    def record_clause(self, children: list[Token]) -> _RecordContains:
        sizes = [int(c) for c in children]
        return _RecordContains(sizes[-1], sizes[0] if len(sizes) > 1 else None)

    def record_varying_clause(self, children: list[Any]) -> _RecordContains:
        sizes = [int(c) for c in children if isinstance(c, Token)]
        depending = next((c for c in children if isinstance(c, ast.Identifier)), None)
        low = sizes[0] if len(sizes) > 1 else None
        return _RecordContains(sizes[-1] if sizes else 0, low, depending, True)

    @v_args(meta=True)
    def record_depending(self, meta: Any, children: list[Any]) -> ast.Identifier:
        names: list[str] = children[0]
        return ast.Identifier(names[0], tuple(names[1:]), (), None, self._at(meta))

    def block_clause(self, children: list[Any]) -> None:
        return None

    def label_clause(self, children: list[Any]) -> None:
        return None

    def recording_clause(self, children: list[Any]) -> None:
        return None

    def data_records_clause(self, children: list[Any]) -> None:
        return None

    def working_storage_section(self, children: list[Any]) -> _WorkingStorage:
        constants = [c for c in children if isinstance(c, ast.Constant)]
        entries = [c for c in children if not isinstance(c, ast.Constant)]
        items = top_level_occurs(nest_entries(entries), self.source.dialect)
        return _WorkingStorage(apply_typedefs(items), constants)

    def constant_entry(self, children: list[Any]) -> ast.Constant:
        shared = any(isinstance(child, _ConstantGlobal) for child in children)
        _, name, value = [child for child in children if not isinstance(child, _ConstantGlobal)]
        return ast.Constant(str(name), value, self._at(name), shared)

    def constant_global(self, children: list[Any]) -> _ConstantGlobal:
        return _ConstantGlobal()

    def data_entries(self, children: list[Any]) -> list[DataItem]:
        return nest_entries(children)

    def linkage_section(self, children: list[Any]) -> _Linkage:
        constants = [c for c in children if isinstance(c, ast.Constant)]
        entries = [c for c in children if not isinstance(c, ast.Constant)]
        return _Linkage(nest_entries(entries), constants)

    def local_storage_section(self, children: list[Any]) -> _LocalStorage:
        return _LocalStorage(children[0])

    # procedure division ---------------------------------------------------------------------

    @v_args(meta=True)
    def procedure_division(self, meta: Any, children: list[Any]) -> ast.ProcedureDivision:
        origin = self._at(meta)
        using: tuple[ast.Identifier, ...] = ()
        chaining: tuple[ast.Identifier, ...] = ()
        children_modes: _ProcedureUsing | None = None
        if children and isinstance(children[0], _ProcedureUsing):
            using = children[0].items
            children_modes = children[0]
            children = children[1:]
        elif children and isinstance(children[0], _ProcedureChaining):
            chaining = children[0].items
            children = children[1:]
        returning = None
        if children and isinstance(children[0], ast.ProcedureReturning):
            returning = children[0].item
            children = children[1:]
        sections: list[ast.Section] = []
        section: ast.Section | None = None
        paragraph: ast.Paragraph | None = None
        declaratives: bool | None = None  # None before DECLARATIVES, False after its END
        for item in children:
            if isinstance(item, _Declaratives):
                declaratives = _declaratives_mark(item, declaratives, sections)
                section = paragraph = None
            elif isinstance(item, ast.UseAfterError | ast.UseForDebugging):
                _attach_use(item, section, paragraph, bool(declaratives))
            elif isinstance(item, _SectionHeader):
                section = ast.Section(item.name, item.origin, declarative=bool(declaratives))
                sections.append(section)
                paragraph = None
            elif isinstance(item, _ParagraphHeader):
                if section is None:
                    section = ast.Section(None, item.origin)
                    sections.append(section)
                paragraph = ast.Paragraph(item.name, section.name, item.origin)
                section.paragraphs.append(paragraph)
            else:
                if section is None:
                    section = ast.Section(None, item.origin)
                    sections.append(section)
                if paragraph is None or (paragraph.sentences and _starts_with_entry(item)):
                    # a sentence that begins with ENTRY begins a paragraph of its own, so a
                    # CALL of the entry can start there (runtime/compile/statements/call.py)
                    paragraph = ast.Paragraph(None, section.name, item.origin)
                    section.paragraphs.append(paragraph)
                paragraph.sentences.append(item)
        modes = children_modes.modes if children_modes is not None else ""
        return ast.ProcedureDivision(sections, origin, using, chaining, modes, returning)

    @v_args(meta=True)
    def procedure_returning(self, meta: Any, children: list[Any]) -> ast.ProcedureReturning:
        names: list[str] = children[0]
        item = ast.Identifier(names[0], tuple(names[1:]), (), None, self._at(meta))
        return ast.ProcedureReturning(item)

    @v_args(meta=True)
    def declaratives_start(self, meta: Any, children: list[Any]) -> _Declaratives:
        return _Declaratives(True, self._at(meta))

    @v_args(meta=True)
    def declaratives_end(self, meta: Any, children: list[Any]) -> _Declaratives:
        return _Declaratives(False, self._at(meta))

    def use_sentence(self, children: list[Any]) -> ast.Use:
        use: ast.Use = children[0]
        return use

    @v_args(meta=True)
    def use_after_error(self, meta: Any, children: list[Any]) -> ast.UseAfterError:
        files = tuple(c.value for c in children if isinstance(c, _UseTarget) and c.file)
        modes = tuple(c.value for c in children if isinstance(c, _UseTarget) and not c.file)
        start = getattr(meta, "start_pos", 0)
        is_global = self.source.text[start : start + 6].upper() == "GLOBAL"
        return ast.UseAfterError(files, modes, self._at(meta), is_global)

    def use_file(self, children: list[Token]) -> _UseTarget:
        return _UseTarget(str(children[0]), True)

    def use_input(self, _: list[Any]) -> _UseTarget:
        return _UseTarget("INPUT", False)

    def use_output(self, _: list[Any]) -> _UseTarget:
        return _UseTarget("OUTPUT", False)

    def use_i_o(self, _: list[Any]) -> _UseTarget:
        return _UseTarget("I-O", False)

    def use_extend(self, _: list[Any]) -> _UseTarget:
        return _UseTarget("EXTEND", False)

    @v_args(meta=True)
    def use_debugging(self, meta: Any, children: list[Any]) -> ast.UseForDebugging:
        return ast.UseForDebugging(tuple(children), self._at(meta))

    @v_args(meta=True)
    def debug_all_procedures(self, meta: Any, children: list[Any]) -> ast.DebugTarget:
        return ast.DebugTarget(None, (), False, self._at(meta))

    @v_args(meta=True)
    def debug_all_references(self, meta: Any, children: list[Any]) -> ast.DebugTarget:
        names: list[str] = children[-1]
        return ast.DebugTarget(names[0], tuple(names[1:]), True, self._at(meta))

    @v_args(meta=True)
    def debug_name(self, meta: Any, children: list[Any]) -> ast.DebugTarget:
        names: list[str] = children[0]
        return ast.DebugTarget(names[0], tuple(names[1:]), False, self._at(meta))

    @v_args(meta=True)
    def procedure_chaining(self, meta: Any, children: list[Any]) -> _ProcedureChaining:
        origin = self._at(meta)
        return _ProcedureChaining(
            tuple(ast.Identifier(n[0], tuple(n[1:]), (), None, origin) for n in children)
        )

    @v_args(meta=True)
    def procedure_using(self, meta: Any, children: list[Any]) -> _ProcedureUsing:
        origin = self._at(meta)
        names = [c for c in children if isinstance(c, list)]
        modes, mode = [], "R"
        for child in children:  # BY ... applies to the items after it (runtime/callbacks.py)
            if isinstance(child, _CallMode):
                mode = child.mode[0]
            elif isinstance(child, list):
                modes.append(mode)
        return _ProcedureUsing(
            tuple(ast.Identifier(n[0], tuple(n[1:]), (), None, origin) for n in names),
            "".join(modes),
        )

    def section_header(self, children: list[Token]) -> _SectionHeader:
        return _SectionHeader(str(children[0]), self._at(children[0]))

    def paragraph_header(self, children: list[Token]) -> _ParagraphHeader:
        name = str(children[0])
        if name.upper() in RESERVED_NOT_NAMES:
            # e.g. a stray END-IF after the period that ended its IF: cobc 3.1.2 says
            # "syntax error, unexpected END-IF" (it is a reserved word, not a paragraph name).
            raise CobolSyntaxError(f"unexpected {name.upper()}", self._at(children[0]))
        return _ParagraphHeader(name, self._at(children[0]))

    @v_args(meta=True)
    def sentence(self, meta: Any, children: list[Any]) -> ast.Sentence:
        return ast.Sentence(tuple(children), self._at(meta))

    def statements(self, children: list[Any]) -> tuple[ast.Statement, ...]:
        return tuple(children)

    # data movement -----------------------------------------------------------------------------

    @v_args(meta=True)
    def move_stmt(self, meta: Any, children: list[Any]) -> ast.Move:
        return ast.Move(children[0], tuple(children[1:]), self._at(meta))

    @v_args(meta=True)
    def move_corresponding(self, meta: Any, children: list[Any]) -> ast.Move:
        return ast.Move(children[0], tuple(children[1:]), self._at(meta), corresponding=True)

    @v_args(meta=True)
    def initialize_stmt(self, meta: Any, children: list[Any]) -> ast.Initialize:
        targets = tuple(c for c in children if isinstance(c, ast.Identifier))
        replacing: tuple[tuple[str, ast.Operand], ...] = ()
        if children and isinstance(children[-1], list):
            replacing = tuple(children[-1])
        with_filler = "FILLER" in children
        to_value = "VALUE" in children
        return ast.Initialize(targets, replacing, self._at(meta), with_filler, to_value)

    def initialize_filler(self, children: list[Any]) -> str:
        return "FILLER"

    def initialize_value(self, children: list[Any]) -> str:
        return "VALUE"

    def initialize_replacing(self, children: list[Any]) -> list[tuple[str, ast.Operand]]:
        return list(children)

    def initialize_rule(self, children: list[Any]) -> tuple[str, ast.Operand]:
        return children[0], children[1]

    def init_alphabetic(self, _: list[Any]) -> str:
        return "ALPHABETIC"

    def init_alphanumeric(self, _: list[Any]) -> str:
        return "ALPHANUMERIC"

    def init_numeric(self, _: list[Any]) -> str:
        return "NUMERIC"

    def init_alphanumeric_edited(self, _: list[Any]) -> str:
        return "ALPHANUMERIC-EDITED"

    def init_numeric_edited(self, _: list[Any]) -> str:
        return "NUMERIC-EDITED"

    @v_args(meta=True)
    def set_environment(self, meta: Any, children: list[Any]) -> ast.SetEnvironment:
        return ast.SetEnvironment(children[0], children[1], self._at(meta))

    @v_args(meta=True)
    def set_last_exception(self, meta: Any, children: list[Any]) -> ast.SetLastException:
        return ast.SetLastException(self._at(meta))

    @v_args(meta=True)
    def set_to(self, meta: Any, children: list[Any]) -> ast.SetTo | ast.SetAddress | ast.SetSwitch:
        *targets, value = children
        if value in ("ON", "OFF"):
            return self._set_switch(targets, value == "ON", self._at(meta))
        if any(isinstance(t, ast.AddressOf) for t in targets):
            if not all(isinstance(t, ast.AddressOf) for t in targets) or isinstance(value, bool):
                raise CobolSyntaxError(
                    "SET ADDRESS OF needs only ADDRESS OF targets", self._at(meta)
                )
            return ast.SetAddress(tuple(t.target for t in targets), value, self._at(meta))
        return ast.SetTo(tuple(targets), value, self._at(meta))

    @v_args(meta=True)
    def set_entry(self, meta: Any, children: list[Any]) -> ast.SetEntry:
        *targets, program = children
        return ast.SetEntry(tuple(targets), program, self._at(meta))

    def switch_on(self, children: list[Any]) -> str:
        return "ON"

    def switch_off(self, children: list[Any]) -> str:
        return "OFF"

    def _set_switch(self, targets: list[Any], on: bool, origin: Origin) -> ast.SetSwitch:
        numbers = []
        for target in targets:
            name = target.name.upper() if isinstance(target, ast.Identifier) else ""
            if name not in self.switches:
                raise CobolSemanticError(
                    f"SET ... TO {'ON' if on else 'OFF'}: '{name}' is not a SPECIAL-NAMES switch",
                    origin,
                )
            numbers.append(self.switches[name])
        return ast.SetSwitch(tuple(numbers), on, origin)

    def set_value(self, children: list[Any]) -> ast.Operand | bool:
        value = children[0]
        if isinstance(value, Token):
            return value.type == "TRUE"
        result: ast.Operand = value
        return result

    @v_args(meta=True)
    def set_up_down(self, meta: Any, children: list[Any]) -> ast.SetUpDown:
        split = next(i for i, c in enumerate(children) if isinstance(c, Token))
        up = children[split].type == "UP"
        return ast.SetUpDown(tuple(children[:split]), up, children[-1], self._at(meta))

    # arithmetic --------------------------------------------------------------------------------

    @v_args(meta=True)
    def add_to(self, meta: Any, children: list[Any]) -> ast.Add:
        operands = tuple(c for c in children if _is_operand(c))
        targets = tuple(c for c in children if isinstance(c, ast.ArithTarget))
        return ast.Add(operands, targets, False, _size(children), self._at(meta))

    @v_args(meta=True)
    def add_corresponding(self, meta: Any, children: list[Any]) -> ast.Add:
        targets = tuple(c for c in children if isinstance(c, ast.ArithTarget))
        source = (children[0],)
        return ast.Add(source, targets, False, _size(children), self._at(meta), corresponding=True)

    @v_args(meta=True)
    def subtract_corresponding(self, meta: Any, children: list[Any]) -> ast.Subtract:
        targets = tuple(c for c in children if isinstance(c, ast.ArithTarget))
        source = (children[0],)
        size = _size(children)
        return ast.Subtract(source, None, targets, size, self._at(meta), corresponding=True)

    @v_args(meta=True)
    def add_giving(self, meta: Any, children: list[Any]) -> ast.Add:
        operands = tuple(c for c in children if _is_operand(c))
        targets = next(c for c in children if isinstance(c, _Giving)).targets
        return ast.Add(operands, targets, True, _size(children), self._at(meta))

    @v_args(meta=True)
    def subtract_from(self, meta: Any, children: list[Any]) -> ast.Subtract:
        operands = tuple(c for c in children if _is_operand(c))
        targets = tuple(c for c in children if isinstance(c, ast.ArithTarget))
        return ast.Subtract(operands, None, targets, _size(children), self._at(meta))

    @v_args(meta=True)
    def subtract_giving(self, meta: Any, children: list[Any]) -> ast.Subtract:
        operands = tuple(c for c in children if _is_operand(c))
        targets = next(c for c in children if isinstance(c, _Giving)).targets
        return ast.Subtract(operands[:-1], operands[-1], targets, _size(children), self._at(meta))

    @v_args(meta=True)
    def multiply_by(self, meta: Any, children: list[Any]) -> ast.Multiply:
        targets = tuple(c for c in children if isinstance(c, ast.ArithTarget))
        return ast.Multiply(children[0], None, targets, _size(children), self._at(meta))

    @v_args(meta=True)
    def multiply_giving(self, meta: Any, children: list[Any]) -> ast.Multiply:
        targets = next(c for c in children if isinstance(c, _Giving)).targets
        return ast.Multiply(children[0], children[1], targets, _size(children), self._at(meta))

    @v_args(meta=True)
    def divide_into(self, meta: Any, children: list[Any]) -> ast.Divide:
        targets = tuple(c for c in children if isinstance(c, ast.ArithTarget))
        return ast.Divide(None, children[0], targets, None, _size(children), self._at(meta))

    @v_args(meta=True)
    def divide_giving(self, meta: Any, children: list[Any]) -> ast.Divide:
        first, keyword, second = children[0], children[1], children[2]
        targets = next(c for c in children if isinstance(c, _Giving)).targets
        remainder = next((c.target for c in children if isinstance(c, _Remainder)), None)
        if keyword.type == "INTO":
            dividend, divisor = second, first
        else:
            dividend, divisor = first, second
        return ast.Divide(dividend, divisor, targets, remainder, _size(children), self._at(meta))

    @v_args(meta=True)
    def compute_stmt(self, meta: Any, children: list[Any]) -> ast.Compute:
        targets = tuple(c for c in children if isinstance(c, ast.ArithTarget))
        expression = children[len(targets)]
        return ast.Compute(targets, expression, _size(children), self._at(meta))

    def giving(self, children: list[ast.ArithTarget]) -> _Giving:
        return _Giving(tuple(children))

    def remainder(self, children: list[ast.Identifier]) -> _Remainder:
        return _Remainder(children[0])

    def arith_target(self, children: list[Any]) -> ast.ArithTarget:
        mode = children[2] if len(children) > 2 else None
        return ast.ArithTarget(children[0], len(children) > 1, mode)

    def size_phrases(self, children: list[Any]) -> ast.SizePhrases:
        on_error = next((c.statements for c in children if isinstance(c, _OnError)), None)
        not_on = next((c.statements for c in children if isinstance(c, _NotOnError)), None)
        return ast.SizePhrases(on_error, not_on)

    def on_size_error(self, children: list[Any]) -> _OnError:
        return _OnError(children[0])

    def not_on_size_error(self, children: list[Any]) -> _NotOnError:
        return _NotOnError(children[0])

    # control flow ------------------------------------------------------------------------------

    @v_args(meta=True)
    def if_stmt(self, meta: Any, children: list[Any]) -> ast.If:
        condition, then = children[0], children[1]
        if len(children) > 2:
            branch: _Else = children[2]
            return ast.If(condition, then, branch.statements, self._at(meta), branch.origin)
        return ast.If(condition, then, None, self._at(meta))

    @v_args(meta=True)
    def else_branch(self, meta: Any, children: list[Any]) -> _Else:
        return _Else(children[0], self._at(meta))

    @v_args(meta=True)
    def next_sentence_stmt(self, meta: Any, children: list[Any]) -> ast.NextSentence:
        return ast.NextSentence(self._at(meta))

    @v_args(meta=True)
    def evaluate_stmt(self, meta: Any, children: list[Any]) -> ast.Evaluate:
        subjects = tuple(c.value for c in children if isinstance(c, _Subject))
        whens = tuple(c for c in children if isinstance(c, ast.WhenGroup))
        other = next((c for c in children if isinstance(c, _Other)), None)
        if other is None:
            return ast.Evaluate(subjects, whens, None, self._at(meta))
        return ast.Evaluate(subjects, whens, other.statements, self._at(meta), other.origin)

    def evaluate_subject(self, children: list[Any]) -> _Subject:
        value = children[0]
        if isinstance(value, Token):
            return _Subject(value.type == "TRUE")
        return _Subject(value)

    @v_args(meta=True)
    def when_group(self, meta: Any, children: list[Any]) -> ast.WhenGroup:
        heads = tuple(c for c in children if isinstance(c, _WhenHead))
        return ast.WhenGroup(tuple(h.objects for h in heads), children[-1], self._at(meta))

    def when_head(self, children: list[Any]) -> _WhenHead:
        return _WhenHead(tuple(children))

    @v_args(meta=True)
    def any_object(self, meta: Any, children: list[Any]) -> ast.AnyObject:
        return ast.AnyObject(self._at(meta))

    def true_object(self, children: list[Any]) -> bool:
        return True

    def false_object(self, children: list[Any]) -> bool:
        return False

    def condition_object(self, children: list[Any]) -> ast.Condition:
        condition: ast.Condition = children[0]
        return condition

    @v_args(meta=True)
    def range_object(self, meta: Any, children: list[Any]) -> ast.RangeObject:
        negated = isinstance(children[0], Token) and children[0].type == "NOT"
        low, high = children[-2], children[-1]
        return ast.RangeObject(low, high, negated, self._at(meta))

    @v_args(meta=True)
    def when_other(self, meta: Any, children: list[Any]) -> _Other:
        return _Other(children[0], self._at(meta))

    @v_args(meta=True)
    def perform_procedure(self, meta: Any, children: list[Any]) -> ast.PerformProcedure:
        start, end = children[0]
        loop = children[1] if len(children) > 1 else None
        return ast.PerformProcedure(start, end, loop, self._at(meta))

    @v_args(meta=True)
    def perform_inline(self, meta: Any, children: list[Any]) -> ast.PerformInline:
        loop: ast.Loop | None = None
        body: tuple[ast.Statement, ...] = ()
        for part in children:
            if isinstance(part, tuple):
                body = part
            else:
                loop = part
        return ast.PerformInline(loop, body, self._at(meta))

    @v_args(meta=True)
    def perform_unterminated(self, meta: Any, children: list[Any]) -> ast.PerformInline:
        # PERFORM VARYING ... UNTIL c. with neither statements nor END-PERFORM: cobc 3.1.2
        # accepts it with -frelax-syntax-checks (a loop with an empty body; testsuite
        # "PERFORM inline (2)") and refuses it otherwise.
        if not self.source.relax_syntax:
            raise CobolSyntaxError(
                "PERFORM statement not terminated by END-PERFORM", self._at(meta)
            )
        return ast.PerformInline(children[0], (), self._at(meta))

    def procedure_range(
        self, children: list[ast.ProcedureName]
    ) -> tuple[ast.ProcedureName, ast.ProcedureName | None]:
        return children[0], (children[1] if len(children) > 1 else None)

    def procedure_name(self, children: list[Token]) -> ast.ProcedureName:
        section = str(children[1]) if len(children) > 1 else None
        return ast.ProcedureName(str(children[0]), section, self._at(children[0]))

    def perform_times(self, children: list[Any]) -> ast.Times:
        return ast.Times(children[0])

    def perform_forever(self, children: list[Any]) -> ast.Forever:
        return ast.Forever()

    def perform_until(self, children: list[Any]) -> ast.Until:
        test_after = len(children) > 1 and children[0] is True
        return ast.Until(children[-1], test_after)

    def perform_varying(self, children: list[Any]) -> ast.Varying:
        test_after = isinstance(children[0], bool) and children[0]
        clauses = tuple(c for c in children if isinstance(c, ast.VaryingClause))
        return ast.Varying(clauses, test_after)

    def varying_clause(self, children: list[Any]) -> ast.VaryingClause:
        if len(children) == 3:
            # No BY phrase: cobc 3.1.2's default dialect steps by 1 (testsuite "PERFORM
            # VARYING BY phrase omitted").
            origin = ast.origin_of(children[1])
            check_support(self.source.dialect, "perform-varying-without-by", origin)
            children.insert(2, ast.NumericLiteral("1", Decimal(1), origin))
        return ast.VaryingClause(children[0], children[1], children[2], children[3])

    def test_phrase(self, children: list[Token]) -> bool:
        return children[0].type == "AFTER"

    @v_args(meta=True)
    def go_stmt(self, meta: Any, children: list[Any]) -> ast.GoTo:
        targets = tuple(c for c in children if isinstance(c, ast.ProcedureName))
        depending = next((c for c in children if isinstance(c, ast.Identifier)), None)
        return ast.GoTo(targets, depending, self._at(meta))

    @v_args(meta=True)
    def go_entry_stmt(self, meta: Any, children: list[Any]) -> ast.GoToEntry:
        names = tuple(_entry_label(c) for c in children if isinstance(c, Token))
        depending = next((c for c in children if isinstance(c, ast.Identifier)), None)
        return ast.GoToEntry(names, depending, self._at(meta))

    @v_args(meta=True)
    def entry_for_goto_stmt(self, meta: Any, children: list[Any]) -> ast.EntryForGoTo:
        return ast.EntryForGoTo(_entry_label(children[0]), self._at(meta))

    @v_args(meta=True)
    def continue_stmt(self, meta: Any, children: list[Any]) -> ast.Continue:
        return ast.Continue(self._at(meta))

    @v_args(meta=True)
    def exit_stmt(self, meta: Any, children: list[Any]) -> ast.Exit:
        kind: ast.ExitKind = children[0] if children else ""
        return ast.Exit(kind, self._at(meta))

    def exit_program(self, _: list[Any]) -> str:
        return "PROGRAM"

    def exit_paragraph(self, _: list[Any]) -> str:
        return "PARAGRAPH"

    def exit_section(self, _: list[Any]) -> str:
        return "SECTION"

    def exit_perform(self, children: list[Any]) -> str:
        return "PERFORM CYCLE" if children else "PERFORM"

    @v_args(meta=True)
    def stop_stmt(self, meta: Any, children: list[Any]) -> ast.StopRun:
        return ast.StopRun(children[0] if children else None, self._at(meta))

    def stop_with_status(self, children: list[Any]) -> ast.Operand:
        # cobc 3.1.2: STOP RUN WITH ERROR [STATUS] exits 1, WITH NORMAL [STATUS] 0, and
        # WITH ERROR / NORMAL STATUS x exits x (probe stop_with_status).
        kind: Token = children[0]
        if len(children) > 1:
            status: ast.Operand = children[1]
            return status
        text = "1" if str(kind).upper() == "ERROR" else "0"
        return ast.NumericLiteral(text, Decimal(text), self._at(kind))

    def stop_status(self, children: list[Any]) -> ast.Operand:
        status: ast.Operand = children[0]
        return status

    @v_args(meta=True)
    def goback_stmt(self, meta: Any, children: list[Any]) -> ast.Goback:
        return ast.Goback(self._at(meta), children[0] if children else None)

    @v_args(meta=True)
    def call_stmt(self, meta: Any, children: list[Any]) -> ast.Call:
        using: tuple[ast.CallArgument, ...] = ()
        returning: ast.Identifier | None = None
        on_exception: tuple[ast.Statement, ...] | None = None
        not_on_exception: tuple[ast.Statement, ...] | None = None
        nothing = False
        for part in children[1:]:
            if isinstance(part, _CallUsing):
                using = part.arguments
            elif isinstance(part, ast.Identifier):
                returning = part
            elif isinstance(part, _ReturningNothing):
                nothing = True
            elif isinstance(part, _OnException):
                on_exception = part.statements
            elif isinstance(part, _NotOnException):
                not_on_exception = part.statements
        return ast.Call(
            self._prototype(children[0]),
            using,
            returning,
            on_exception,
            not_on_exception,
            self._at(meta),
            nothing,
        )

    def _prototype(self, operand: Any) -> Any:
        """A program-prototype name of the REPOSITORY stands for the program's name."""
        if isinstance(operand, ast.Identifier) and not operand.qualifiers:
            name = self.prototypes.get(operand.name.upper())
            if name is not None and not operand.subscripts and operand.refmod is None:
                return ast.AlphanumericLiteral(name.encode("latin-1"), operand.origin)
        return operand

    def call_using(self, children: list[Any]) -> _CallUsing:
        mode: ast.CallMode = "REFERENCE"
        arguments: list[ast.CallArgument] = []
        for part in children:
            if isinstance(part, _CallMode):
                mode = part.mode
            elif isinstance(part, Token) and part.type == "OMITTED":
                arguments.append(ast.CallArgument(mode, None))
            else:
                arguments.append(ast.CallArgument(mode, part))
        return _CallUsing(tuple(arguments))

    def call_mode(self, children: list[Token]) -> _CallMode:
        mode: ast.CallMode = "VALUE"
        if children[-1].type == "REFERENCE":
            mode = "REFERENCE"
        elif children[-1].type == "CONTENT":
            mode = "CONTENT"
        return _CallMode(mode)

    def call_returning(self, children: list[Any]) -> ast.Identifier:
        returning: ast.Identifier = children[-1]
        return returning

    def call_returning_nothing(self, children: list[Any]) -> _ReturningNothing:
        return _ReturningNothing()

    def call_on_exception(self, children: list[Any]) -> _OnException:
        return _OnException(children[-1])

    def call_not_on_exception(self, children: list[Any]) -> _NotOnException:
        return _NotOnException(children[-1])

    @v_args(meta=True)
    def entry_stmt(self, meta: Any, children: list[Any]) -> ast.Entry:
        name = children[0]
        if not isinstance(name, ast.AlphanumericLiteral):
            raise CobolSyntaxError("ENTRY needs its name as a literal", self._at(meta))
        using = children[1].items if len(children) > 1 else ()
        return ast.Entry(name.value.decode("latin-1").strip(), using, self._at(meta))

    @v_args(meta=True)
    def cancel_stmt(self, meta: Any, children: list[Any]) -> ast.Cancel:
        return ast.Cancel(tuple(self._prototype(c) for c in children), self._at(meta))

    # input and output --------------------------------------------------------------------------

    @v_args(meta=True)
    def display_stmt(self, meta: Any, children: list[Any]) -> ast.Display | ast.DisplayScreen:
        items = tuple(c for c in children if _is_operand(c))
        if len(items) == 1 and self._screen_name(items[0]) and len(children) == 1:
            return ast.DisplayScreen(items[0].name, None, None, None, None, self._at(meta))
        upon = next((c.name for c in children if isinstance(c, _Upon)), None)
        no_advancing = any(isinstance(c, _NoAdvancing) for c in children)
        return ast.Display(items, upon, no_advancing, self._at(meta))

    @v_args(meta=True)
    def display_at(self, meta: Any, children: list[Any]) -> ast.DisplayAt | ast.DisplayScreen:
        item = children[0]
        lines = [c.value for c in children if isinstance(c, _ScreenPosition) and c.line]
        columns = [c.value for c in children if isinstance(c, _ScreenPosition) and not c.line]
        on = next((c.statements for c in children if isinstance(c, _OnException)), None)
        off = next((c.statements for c in children if isinstance(c, _NotOnException)), None)
        line = lines[-1] if lines else None
        column = columns[-1] if columns else None
        if self._screen_name(item):
            return ast.DisplayScreen(item.name, line, column, on, off, self._at(meta))
        return ast.DisplayAt(item, line, column, on, off, self._at(meta))

    def _screen_name(self, item: Any) -> bool:
        """An unqualified name of the program's SCREEN SECTION (DISPLAY shows it on the screen)."""
        names: set[str] = getattr(self, "screen_names", set())
        return (
            isinstance(item, ast.Identifier)
            and not item.qualifiers
            and not item.subscripts
            and item.refmod is None
            and item.name.upper() in names
        )

    def screen_line(self, children: list[Any]) -> _ScreenPosition:
        return _ScreenPosition(True, children[-1])

    def screen_column(self, children: list[Any]) -> _ScreenPosition:
        return _ScreenPosition(False, children[-1])

    def display_on_exception(self, children: list[Any]) -> _OnException:
        return _OnException(children[-1])

    def display_not_on_exception(self, children: list[Any]) -> _NotOnException:
        return _NotOnException(children[-1])

    def display_upon(self, children: list[Token]) -> _Upon:
        name = str(children[0]).upper()
        return _Upon(self.mnemonics.get(name, name))

    def no_advancing(self, children: list[Any]) -> _NoAdvancing:
        return _NoAdvancing()

    @v_args(meta=True)
    def accept_stmt(self, meta: Any, children: list[Any]) -> ast.Accept:
        # ACCEPT x FROM DATE YYYYMMDD / DAY YYYYDDD: the two words name the source.
        words = [str(child).upper() for child in children[1:]]
        source = " ".join(words) if words else None
        return ast.Accept(children[0], source, self._at(meta))

    @v_args(meta=True)
    def accept_environment(self, meta: Any, children: list[Any]) -> ast.AcceptEnvironment:
        return ast.AcceptEnvironment(children[0], children[1], self._at(meta))

    @v_args(meta=True)
    def open_stmt(self, meta: Any, children: list[Any]) -> ast.Open:
        return ast.Open(tuple(children), self._at(meta))

    def open_group(self, children: list[Any]) -> tuple[str, tuple[str, ...]]:
        return children[0], tuple(str(c) for c in children[1:])

    def open_input(self, _: list[Any]) -> str:
        return "INPUT"

    def open_output(self, _: list[Any]) -> str:
        return "OUTPUT"

    def open_extend(self, _: list[Any]) -> str:
        return "EXTEND"

    def open_i_o(self, _: list[Any]) -> str:
        return "I-O"

    @v_args(meta=True)
    def close_stmt(self, meta: Any, children: list[Token]) -> ast.Close:
        return ast.Close(tuple(str(c) for c in children), self._at(meta))

    @v_args(meta=True)
    def read_stmt(self, meta: Any, children: list[Any]) -> ast.Read:
        file_token = children[0]
        into = next((c for c in children if isinstance(c, ast.Identifier)), None)
        at_end = next((c.statements for c in children if isinstance(c, _AtEnd)), None)
        not_at_end = next((c.statements for c in children if isinstance(c, _NotAtEnd)), None)
        direction = next((c.word for c in children if isinstance(c, _Direction)), None)
        key = next((c for c in children if isinstance(c, ast.KeyName)), None)
        handlers = next((c for c in children if isinstance(c, _KeyHandlers)), _KeyHandlers())
        return ast.Read(
            str(file_token),
            into,
            at_end,
            not_at_end,
            self._at(meta),
            direction,
            key,
            handlers.invalid,
            handlers.not_invalid,
        )

    def read_next(self, _: list[Any]) -> _Direction:
        return _Direction("NEXT")

    def read_previous(self, _: list[Any]) -> _Direction:
        return _Direction("PREVIOUS")

    def read_lock(self, _: list[Any]) -> None:
        return None  # one process: record locks have nothing to do

    @v_args(meta=True)
    def read_key(self, meta: Any, children: list[Any]) -> ast.KeyName:
        names: list[str] = children[0]
        return ast.KeyName(names[0], tuple(names[1:]), self._at(meta))

    def key_handlers(self, children: list[Any]) -> _KeyHandlers:
        invalid = next((c.statements for c in children if isinstance(c, _InvalidKey)), None)
        not_invalid = next((c.statements for c in children if isinstance(c, _NotInvalidKey)), None)
        return _KeyHandlers(invalid, not_invalid)

    def invalid_key(self, children: list[Any]) -> _InvalidKey:
        return _InvalidKey(children[0])

    def not_invalid_key(self, children: list[Any]) -> _NotInvalidKey:
        return _NotInvalidKey(children[0])

    @v_args(meta=True)
    def rewrite_stmt(self, meta: Any, children: list[Any]) -> ast.Rewrite:
        file_form = isinstance(children[0], _FileRecord)
        names: list[str] = [children[0].name] if file_form else children[0]
        origin = self._at(meta)
        record = ast.Identifier(names[0], tuple(names[1:]), (), None, origin)
        source = next((c for c in children[1:] if _is_operand(c)), None)
        if file_form and source is None:
            raise CobolSemanticError("REWRITE FILE requires a FROM clause", origin)
        handlers = next((c for c in children if isinstance(c, _KeyHandlers)), _KeyHandlers())
        return ast.Rewrite(
            record, source, handlers.invalid, handlers.not_invalid, origin, file_form
        )

    @v_args(meta=True)
    def start_stmt(self, meta: Any, children: list[Any]) -> ast.Start:
        op, key = next((c for c in children if isinstance(c, tuple)), ("=", None))
        handlers = next((c for c in children if isinstance(c, _KeyHandlers)), _KeyHandlers())
        return ast.Start(
            str(children[0]), op, key, handlers.invalid, handlers.not_invalid, self._at(meta)
        )

    @v_args(meta=True)
    def start_key_relation(self, meta: Any, children: list[Any]) -> tuple[str, ast.KeyName]:
        (negated, op), names = children
        if negated:
            # cobc parser.y start_op: NOT > is <=, NOT < is >=, NOT >= is <, NOT <= is >
            flipped = {">": "<=", "<": ">=", ">=": "<", "<=": ">"}.get(op)
            if flipped is None:
                raise CobolSemanticError(
                    "NOT EQUAL condition not allowed on START statement", self._at(meta)
                )
            op = flipped
        elif op == "<>":
            raise CobolSemanticError(
                "NOT EQUAL condition not allowed on START statement", self._at(meta)
            )
        return op, ast.KeyName(names[0], tuple(names[1:]), self._at(meta))

    def start_first(self, _: list[Any]) -> tuple[str, None]:
        return "FIRST", None

    def start_last(self, _: list[Any]) -> tuple[str, None]:
        return "LAST", None

    @v_args(meta=True)
    def delete_stmt(self, meta: Any, children: list[Any]) -> ast.DeleteRecord:
        handlers = next((c for c in children if isinstance(c, _KeyHandlers)), _KeyHandlers())
        return ast.DeleteRecord(
            str(children[0]), handlers.invalid, handlers.not_invalid, self._at(meta)
        )

    @v_args(meta=True)
    def unlock_stmt(self, meta: Any, children: list[Any]) -> ast.Unlock:
        return ast.Unlock(str(children[0]), self._at(meta))

    @v_args(meta=True)
    def search_stmt(self, meta: Any, children: list[Any]) -> ast.Search:
        every = isinstance(children[0], Token) and children[0].type == "ALL"
        names = [c for c in children if isinstance(c, ast.Identifier)]
        at_end = next((c.statements for c in children if isinstance(c, _AtEnd)), None)
        whens = tuple(c for c in children if isinstance(c, ast.SearchWhen))
        varying = names[1] if len(names) > 1 else None
        first = names[0]
        table = ast.TableName(first.name, first.qualifiers, first.origin)
        return ast.Search(table, every, varying, at_end, whens, self._at(meta))

    @v_args(meta=True)
    def delete_file_stmt(self, meta: Any, children: list[Token]) -> ast.DeleteFile:
        return ast.DeleteFile(tuple(str(child) for child in children), self._at(meta))

    @v_args(meta=True)
    def sort_stmt(self, meta: Any, children: list[Any]) -> ast.SortTable | ast.SortFile:
        first: ast.Identifier = children[0]
        keys = tuple(c for c in children if isinstance(c, ast.SortKey))
        if any(isinstance(c, _SortPhrase) and c.kind != "COLLATING" for c in children):
            return _sort_file(first, keys, children, False, self._at(meta))
        table = ast.TableName(first.name, first.qualifiers, first.origin)
        collating = next(
            (c.value for c in children if isinstance(c, _SortPhrase) and c.kind == "COLLATING"),
            None,
        )
        return ast.SortTable(table, keys, self._at(meta), collating)

    @v_args(meta=True)
    def merge_stmt(self, meta: Any, children: list[Any]) -> ast.SortFile:
        keys = tuple(c for c in children if isinstance(c, ast.SortKey))
        return _sort_file(children[0], keys, children, True, self._at(meta))

    def sort_collating(self, children: list[Token]) -> _SortPhrase:
        """The alphabet's weights: libcob compares key bytes as ``col[b1] - col[b2]``
        (fileio.c sort_cmps, common.c common_cmps), col being the alphabet's code of each
        native byte (testsuite "SORT: EBCDIC table sort")."""
        name = str(children[0]).upper()
        if name not in self.alphabets:
            raise CobolSemanticError(
                f"SEQUENCE {children[0]}: not an ALPHABET of SPECIAL-NAMES",
                self.source.origin_at(children[0].start_pos or 0),
            )
        return _SortPhrase("COLLATING", self.alphabets[name][0])

    def sort_using(self, children: list[Token]) -> _SortPhrase:
        return _SortPhrase("USING", tuple(str(c) for c in children))

    def sort_giving(self, children: list[Token]) -> _SortPhrase:
        return _SortPhrase("GIVING", tuple(str(c) for c in children))

    def sort_input_procedure(self, children: list[Any]) -> _SortPhrase:
        return _SortPhrase("INPUT", children[0])

    def sort_output_procedure(self, children: list[Any]) -> _SortPhrase:
        return _SortPhrase("OUTPUT", children[0])

    @v_args(meta=True)
    def ready_trace(self, meta: Any, children: list[Any]) -> ast.Trace:
        return ast.Trace(True, self._at(meta))

    @v_args(meta=True)
    def reset_trace(self, meta: Any, children: list[Any]) -> ast.Trace:
        return ast.Trace(False, self._at(meta))

    @v_args(meta=True)
    def release_stmt(self, meta: Any, children: list[Any]) -> ast.Release:
        names: list[str] = children[0]
        origin = self._at(meta)
        record = ast.Identifier(names[0], tuple(names[1:]), (), None, origin)
        source = children[1] if len(children) > 1 else None
        return ast.Release(record, source, origin)

    @v_args(meta=True)
    def return_stmt(self, meta: Any, children: list[Any]) -> ast.Return:
        into = next((c for c in children if isinstance(c, ast.Identifier)), None)
        at_end = next((c.statements for c in children if isinstance(c, _AtEnd)), None)
        not_at_end = next((c.statements for c in children if isinstance(c, _NotAtEnd)), None)
        return ast.Return(str(children[0]), into, at_end, not_at_end, self._at(meta))

    def sort_key(self, children: list[Any]) -> ast.SortKey:
        ascending: bool = children[0]
        names = tuple(ast.TableName(n.name, n.qualifiers, n.origin) for n in children[1:])
        return ast.SortKey(ascending, names)

    def sort_ascending(self, _: list[Any]) -> bool:
        return True

    def sort_descending(self, _: list[Any]) -> bool:
        return False

    def sort_duplicates(self, children: list[Any]) -> None:
        return None  # Python's sort is stable, as glibc's qsort (a merge sort) is for cobc

    @v_args(meta=True)
    def search_when(self, meta: Any, children: list[Any]) -> ast.SearchWhen:
        return ast.SearchWhen(children[0], children[1], self._at(meta))

    def at_end(self, children: list[Any]) -> _AtEnd:
        return _AtEnd(children[0])

    def not_at_end(self, children: list[Any]) -> _NotAtEnd:
        return _NotAtEnd(children[0])

    @v_args(meta=True)
    def write_stmt(self, meta: Any, children: list[Any]) -> ast.Write:
        file_form = isinstance(children[0], _FileRecord)
        names: list[str] = [children[0].name] if file_form else children[0]
        origin = self._at(meta)
        record = ast.Identifier(names[0], tuple(names[1:]), (), None, origin)
        source = next((c for c in children[1:] if _is_operand(c)), None)
        advancing = next((c for c in children if isinstance(c, ast.Advancing)), None)
        handlers = next((c for c in children if isinstance(c, _KeyHandlers)), _KeyHandlers())
        eop = next((c for c in children if isinstance(c, _EopHandlers)), _EopHandlers())
        return ast.Write(
            record,
            source,
            advancing,
            origin,
            handlers.invalid,
            handlers.not_invalid,
            eop.at_eop,
            eop.not_at_eop,
            file_form,
        )

    def file_record(self, children: list[Token]) -> _FileRecord:
        return _FileRecord(str(children[0]))

    def eop_handlers(self, children: list[Any]) -> _EopHandlers:
        at_eop = next((c[1] for c in children if c[0]), None)
        not_at_eop = next((c[1] for c in children if not c[0]), None)
        return _EopHandlers(at_eop, not_at_eop)

    def at_eop(self, children: list[Any]) -> tuple[bool, tuple[ast.Statement, ...]]:
        return True, children[0]

    def not_at_eop(self, children: list[Any]) -> tuple[bool, tuple[ast.Statement, ...]]:
        return False, children[0]

    def advancing(self, children: list[Any]) -> ast.Advancing:
        before = children[0].type == "BEFORE"
        last = children[-1]
        if isinstance(last, Token) and last.type == "PAGE":
            return ast.Advancing(before, None)
        if isinstance(last, ast.Identifier) and last.name.upper() in self.mnemonics:
            if self.mnemonics[last.name.upper()] != "PAGE":
                raise CobolSemanticError(
                    f"ADVANCING {last.name} names a device that is not a channel", last.origin
                )
            return ast.Advancing(before, None)  # C01 (channel 1) is the top of the next page
        return ast.Advancing(before, last)

    # strings -----------------------------------------------------------------------------------

    @v_args(meta=True)
    def string_stmt(self, meta: Any, children: list[Any]) -> ast.String:
        groups = tuple(c for c in children if isinstance(c, ast.StringGroup))
        into = next(c for c in children if isinstance(c, ast.Identifier))
        pointer = next((c.target for c in children if isinstance(c, _Pointer)), None)
        overflow = next(c for c in children if isinstance(c, ast.OverflowPhrases))
        return ast.String(groups, into, pointer, overflow, self._at(meta))

    def string_group(self, children: list[Any]) -> ast.StringGroup:
        sources, delimiter = children
        return ast.StringGroup(tuple(sources), delimiter)

    def string_undelimited(self, children: list[Any]) -> ast.StringGroup:
        # STRING "abc" INTO X (no DELIMITED phrase) sends the whole of each source, as
        # DELIMITED BY SIZE does (cobc 3.1.2 accepts it; testsuite "STRING with subscript").
        return ast.StringGroup(tuple(children[0]), None)

    def string_sources(self, children: list[Any]) -> list[Any]:
        return list(children)

    def string_delimiter(self, children: list[Any]) -> ast.Operand | None:
        value = children[0]
        if isinstance(value, Token):
            return None
        operand: ast.Operand = value
        return operand

    def pointer_phrase(self, children: list[ast.Identifier]) -> _Pointer:
        return _Pointer(children[0])

    def overflow_phrases(self, children: list[Any]) -> ast.OverflowPhrases:
        on = next((c.statements for c in children if isinstance(c, _OnError)), None)
        not_on = next((c.statements for c in children if isinstance(c, _NotOnError)), None)
        return ast.OverflowPhrases(on, not_on)

    def on_overflow(self, children: list[Any]) -> _OnError:
        return _OnError(children[0])

    def not_on_overflow(self, children: list[Any]) -> _NotOnError:
        return _NotOnError(children[0])

    @v_args(meta=True)
    def unstring_stmt(self, meta: Any, children: list[Any]) -> ast.Unstring:
        source = children[0]
        delimiters: tuple[tuple[ast.Operand, bool], ...] = ()
        for part in children[1:]:
            if isinstance(part, _Delimiters):
                delimiters = part.items
        targets = tuple(c for c in children if isinstance(c, ast.UnstringTarget))
        pointer = next((c.target for c in children if isinstance(c, _Pointer)), None)
        tallying = next((c.target for c in children if isinstance(c, _Tallying)), None)
        overflow = next(c for c in children if isinstance(c, ast.OverflowPhrases))
        return ast.Unstring(
            source, delimiters, targets, pointer, tallying, overflow, self._at(meta)
        )

    def unstring_delimiters(self, children: list[Any]) -> _Delimiters:
        return _Delimiters(tuple(children))

    def unstring_delimiter(self, children: list[Any]) -> tuple[ast.Operand, bool]:
        operand = children[0]
        if isinstance(operand, ast.AllLiteral):
            return ast.AlphanumericLiteral(operand.value, operand.origin), True
        return operand, False

    def unstring_all_identifier(self, children: list[Any]) -> tuple[ast.Operand, bool]:
        # DELIMITED BY ALL item: a run of the item's value is one delimiter (testsuite
        # "UNSTRING DELIMITED ALL SPACE-2")
        return children[-1], True

    def unstring_target(self, children: list[Any]) -> ast.UnstringTarget:
        delimiter_in = next((c.target for c in children if isinstance(c, _DelimiterIn)), None)
        count_in = next((c.target for c in children if isinstance(c, _CountIn)), None)
        return ast.UnstringTarget(children[0], delimiter_in, count_in)

    def delimiter_in(self, children: list[ast.Identifier]) -> _DelimiterIn:
        return _DelimiterIn(children[0])

    def count_in(self, children: list[ast.Identifier]) -> _CountIn:
        return _CountIn(children[0])

    def tallying_phrase(self, children: list[ast.Identifier]) -> _Tallying:
        return _Tallying(children[0])

    @v_args(meta=True)
    def inspect_stmt(self, meta: Any, children: list[Any]) -> ast.Inspect:
        target = children[0]
        tallying: tuple[ast.TallyGroup, ...] = ()
        replacing: tuple[ast.ReplaceItem, ...] = ()
        converting: ast.Converting | None = None
        for part in children[1:]:
            if isinstance(part, _Tallies):
                tallying = part.groups
            elif isinstance(part, _Replaces):
                replacing = part.items
            else:
                converting = part
        return ast.Inspect(target, tallying, replacing, converting, self._at(meta))

    def inspect_tallying(self, children: list[ast.TallyGroup]) -> _Tallies:
        return _Tallies(tuple(children))

    def tally_group(self, children: list[Any]) -> ast.TallyGroup:
        return ast.TallyGroup(children[0], tuple(children[1:]))

    def tally_characters(self, children: list[Any]) -> ast.TallyItem:
        return ast.TallyItem("CHARACTERS", None, tuple(children[1:]))

    def tally_pattern(self, children: list[Any]) -> ast.TallyItem:
        kind: Any = str(children[0].type)
        return ast.TallyItem(kind, children[1], tuple(children[2:]))

    def inspect_replacing(self, children: list[Any]) -> _Replaces:
        items: list[ast.ReplaceItem] = []
        for child in children:
            items.extend(child if isinstance(child, list) else [child])
        return _Replaces(tuple(items))

    def replace_characters(self, children: list[Any]) -> ast.ReplaceItem:
        return ast.ReplaceItem("CHARACTERS", None, children[1], tuple(children[2:]))

    def replace_pattern(self, children: list[Any]) -> list[ast.ReplaceItem]:
        kind: Any = str(children[0].type)
        return [ast.ReplaceItem(kind, *pair) for pair in children[1:]]

    def replace_pair(self, children: list[Any]) -> tuple[Any, Any, tuple[Any, ...]]:
        return children[0], children[1], tuple(children[2:])

    def inspect_converting(self, children: list[Any]) -> ast.Converting:
        source, target = (self._alphabet_operand(c) for c in children[:2])
        return ast.Converting(source, target, tuple(children[2:]))

    def _alphabet_operand(self, operand: Any) -> Any:
        """An alphabet-name in INSPECT CONVERTING stands for its 256 codes (cobol/alphabets.py)."""
        if isinstance(operand, ast.Identifier) and not operand.qualifiers:
            alphabet = self.alphabets.get(operand.name.upper())
            if alphabet is not None:
                return ast.AlphanumericLiteral(alphabet[0], operand.origin)
        if isinstance(operand, ast.NumericLiteral) and self._written_null(operand.origin):
            # NULL here is the figurative X'00' (testsuite "INSPECT CONVERTING NULL")
            return ast.Figurative("LOW-VALUE", operand.origin)
        return operand

    def _written_null(self, origin: Origin) -> bool:
        return any(
            token.origin == origin and token.upper in ("NULL", "NULLS")
            for token in self.source.tokens
        )

    def inspect_region(self, children: list[Any]) -> ast.InspectRegion:
        return ast.InspectRegion(children[0].type == "BEFORE", children[-1])

    # conditions --------------------------------------------------------------------------------

    @v_args(meta=True)
    def or_cond(self, meta: Any, children: list[Any]) -> ast.Or:
        return ast.Or(children[0], children[1], self._at(meta))

    @v_args(meta=True)
    def and_cond(self, meta: Any, children: list[Any]) -> ast.And:
        return ast.And(children[0], children[1], self._at(meta))

    @v_args(meta=True)
    def not_cond(self, meta: Any, children: list[Any]) -> ast.Not:
        return ast.Not(children[1], self._at(meta))

    @v_args(meta=True)
    def relation(self, meta: Any, children: list[Any]) -> ast.Relation:
        left, (negated, op), right = children
        return ast.Relation(left, op, negated, right, self._at(meta))

    def relation_operator(self, children: list[Any]) -> tuple[bool, ast.RelOp]:
        negated = isinstance(children[0], Token) and children[0].type == "NOT"
        return negated, children[-1]

    @v_args(meta=True)
    def class_condition(self, meta: Any, children: list[Any]) -> ast.ClassCondition:
        negated = any(isinstance(c, Token) and c.type == "NOT" for c in children)
        user = children[-1]
        if isinstance(user, _UserClass):
            members = self.classes.get(user.name)
            if members is None:
                raise CobolSemanticError(
                    f"'{user.name}' is not a CLASS of SPECIAL-NAMES", self._at(user.token)
                )
            return ast.ClassCondition(children[0], "USER", negated, self._at(meta), members)
        return ast.ClassCondition(children[0], children[-1], negated, self._at(meta))

    @v_args(meta=True)
    def sign_condition(self, meta: Any, children: list[Any]) -> ast.SignCondition:
        negated = any(isinstance(c, Token) and c.type == "NOT" for c in children)
        return ast.SignCondition(children[0], children[-1], negated, self._at(meta))

    @v_args(meta=True)
    def abbreviated_relation(self, meta: Any, children: list[Any]) -> ast.AbbreviatedRelation:
        return ast.AbbreviatedRelation(children[0], False, children[1], self._at(meta))

    @v_args(meta=True)
    def bare_condition(
        self, meta: Any, children: list[Any]
    ) -> ast.BareCondition | ast.SwitchCondition:
        operand = children[0]
        if isinstance(operand, ast.Identifier) and not operand.qualifiers:
            switch = self.switch_conditions.get(operand.name.upper())
            if switch is not None:
                return ast.SwitchCondition(switch[0], switch[1], self._at(meta))
        return ast.BareCondition(operand, self._at(meta))

    def rel_gt(self, _: list[Any]) -> str:
        return ">"

    def rel_lt(self, _: list[Any]) -> str:
        return "<"

    def rel_eq(self, _: list[Any]) -> str:
        return "="

    def rel_ge(self, _: list[Any]) -> str:
        return ">="

    def rel_le(self, _: list[Any]) -> str:
        return "<="

    def rel_ne(self, _: list[Any]) -> str:
        return "<>"

    def class_numeric(self, _: list[Any]) -> str:
        return "NUMERIC"

    def class_alphabetic(self, _: list[Any]) -> str:
        return "ALPHABETIC"

    def class_alphabetic_upper(self, _: list[Any]) -> str:
        return "ALPHABETIC-UPPER"

    def class_alphabetic_lower(self, _: list[Any]) -> str:
        return "ALPHABETIC-LOWER"

    def class_omitted(self, _: list[Any]) -> str:
        return "OMITTED"

    def sign_positive(self, _: list[Any]) -> str:
        return "POSITIVE"

    def sign_negative(self, _: list[Any]) -> str:
        return "NEGATIVE"

    def sign_zero(self, _: list[Any]) -> str:
        return "ZERO"

    # expressions and operands ----------------------------------------------------------------

    @v_args(meta=True)
    def add_op(self, meta: Any, children: list[Any]) -> ast.BinaryOp:
        return ast.BinaryOp("+", children[0], children[1], self._at(meta))

    @v_args(meta=True)
    def sub_op(self, meta: Any, children: list[Any]) -> ast.BinaryOp:
        return ast.BinaryOp("-", children[0], children[1], self._at(meta))

    @v_args(meta=True)
    def mul_op(self, meta: Any, children: list[Any]) -> ast.BinaryOp:
        return ast.BinaryOp("*", children[0], children[1], self._at(meta))

    @v_args(meta=True)
    def div_op(self, meta: Any, children: list[Any]) -> ast.BinaryOp:
        return ast.BinaryOp("/", children[0], children[1], self._at(meta))

    @v_args(meta=True)
    def pow_op(self, meta: Any, children: list[Any]) -> ast.BinaryOp:
        return ast.BinaryOp("**", children[0], children[1], self._at(meta))

    @v_args(meta=True)
    def plus_op(self, meta: Any, children: list[Any]) -> ast.UnaryOp:
        return ast.UnaryOp("+", children[0], self._at(meta))

    @v_args(meta=True)
    def minus_op(self, meta: Any, children: list[Any]) -> ast.UnaryOp:
        return ast.UnaryOp("-", children[0], self._at(meta))

    @v_args(meta=True)
    def identifier(self, meta: Any, children: list[Any]) -> ast.Identifier:
        names: list[str] = children[0]
        subscripts: tuple[ast.Expr, ...] = ()
        refmod: ast.RefMod | None = None
        for part in children[1:]:
            if isinstance(part, ast.RefMod):
                refmod = part
            else:
                subscripts = part
        symbolic = self.symbolics.get(names[0].upper())
        if symbolic is not None and len(names) == 1 and not subscripts and refmod is None:
            # a SYMBOLIC CHARACTERS name is a figurative constant of its one character
            return ast.AllLiteral(symbolic, self._at(meta))  # type: ignore[return-value]
        if len(names) == 1 and self._intrinsic_word(names[0]):
            # cobc -fintrinsics=ALL / NAME,...: the word is the function (PI, SQRT (2))
            return ast.FunctionCall(  # type: ignore[return-value]
                names[0].upper(), subscripts, refmod, self._at(meta)
            )
        return ast.Identifier(names[0], tuple(names[1:]), subscripts, refmod, self._at(meta))

    def _intrinsic_word(self, word: str) -> bool:
        named = self.source.dialect.intrinsics
        upper = word.upper()
        return bool(named) and upper in COBC_FUNCTIONS and ("ALL" in named or upper in named)

    @v_args(meta=True)
    def length_of(self, meta: Any, children: list[Any]) -> ast.LengthOf:
        return ast.LengthOf(children[0], self._at(meta))

    @v_args(meta=True)
    def address_of(self, meta: Any, children: list[Any]) -> ast.AddressOf:
        return ast.AddressOf(children[0], self._at(meta))

    @v_args(meta=True)
    def null_literal(self, meta: Any, children: list[Any]) -> ast.NumericLiteral:
        # NULL is the address 0 (runtime/pointers.py)
        return ast.NumericLiteral("0", Decimal(0), self._at(meta))

    @v_args(meta=True)
    def allocate_stmt(self, meta: Any, children: list[Any]) -> ast.Allocate:
        origin = self._at(meta)
        what = children[0]
        characters = any(isinstance(c, Token) and c.type == "CHARACTERS" for c in children)
        initialized = next((c for c in children if isinstance(c, _Initialized)), None)
        rest = [c for c in children[1:] if isinstance(c, ast.Identifier)]
        returning = rest[-1] if rest else None
        if not characters and not isinstance(what, ast.Identifier):
            raise CobolSyntaxError("ALLOCATE needs a BASED item or n CHARACTERS", origin)
        return ast.Allocate(
            None if characters else what,
            what if characters else None,
            initialized is not None,
            initialized.value if initialized is not None else None,
            returning,
            origin,
        )

    def allocate_initialized(self, children: list[Any]) -> _Initialized:
        return _Initialized(children[0] if children else None)

    @v_args(meta=True)
    def free_stmt(self, meta: Any, children: list[Any]) -> ast.Free:
        return ast.Free(tuple(children), self._at(meta))

    def qualified_name(self, children: list[Token]) -> list[str]:
        return [str(c) for c in children]

    def subscripts(self, children: list[Any]) -> tuple[ast.Expr, ...]:
        return tuple(children)

    @v_args(meta=True)
    def subscript_all(self, meta: Any, children: list[Any]) -> ast.Expr:
        raise CobolSemanticError("subscript ALL is not supported", self._at(meta))

    def reference_modification(self, children: list[Any]) -> ast.RefMod:
        return ast.RefMod(children[0], children[1] if len(children) > 1 else None)

    @v_args(meta=True)
    def function_call(self, meta: Any, children: list[Any]) -> ast.FunctionCall:
        name = children[0]
        refmod = children[-1] if isinstance(children[-1], ast.RefMod) else None
        args = [c for c in children[1:] if not isinstance(c, ast.RefMod)]
        converted: list[ast.Expr | str] = [
            str(a).upper() if isinstance(a, Token) else a for a in args
        ]
        return ast.FunctionCall(name, tuple(converted), refmod, self._at(meta))

    def function_name(self, children: list[Token]) -> str:
        return str(children[0]).upper()

    def function_length(self, _: list[Any]) -> str:
        return "LENGTH"

    def function_random(self, _: list[Any]) -> str:
        return "RANDOM"

    def string_literal(self, children: list[Token]) -> ast.AlphanumericLiteral:
        # cobc 3.1.2: "alphanumeric literal has zero length; a SPACE will be assumed".
        value = _literal_bytes(children[0]) or b" "
        return ast.AlphanumericLiteral(value, self._at(children[0]))

    def hex_literal(self, children: list[Token]) -> ast.AlphanumericLiteral:
        token = children[0]
        try:
            value = _literal_bytes(token)
        except ValueError:
            raise CobolSemanticError(
                "a hex literal needs an even number of digits", self._at(token)
            ) from None
        return ast.AlphanumericLiteral(value, self._at(token))

    def number_literal(self, children: list[Token]) -> ast.NumericLiteral:
        token = children[0]
        return ast.NumericLiteral(str(token), Decimal(str(token)), self._at(token))

    def float_literal(self, children: list[Token]) -> ast.NumericLiteral:
        token = children[0]
        return ast.NumericLiteral(*floating_literal(str(token)), self._at(token))

    def boolean_literal(self, children: list[Token]) -> ast.NumericLiteral:
        # cobc 3.1.2 makes B'0101' and BX'EC' numeric literals: DISPLAY shows 5 and 236
        # (testsuite "DISPLAY literals").
        token = str(children[0])
        digits = token[token.index(token[-1]) + 1 : -1]
        base = 16 if token[1] in "xX" else 2
        value = int(digits, base) if digits else 0
        return ast.NumericLiteral(str(value), Decimal(value), self._at(children[0]))

    def zero_literal(self, children: list[Token]) -> ast.AlphanumericLiteral:
        # Z'abc': the text with a X'00' after it (cobc 3.1.2, testsuite "MOVE Z'literal'").
        token = children[0]
        return ast.AlphanumericLiteral(
            unquote(str(token)[1:]).encode("latin-1") + b"\0", self._at(token)
        )

    def figurative(self, children: list[Token]) -> Token:
        return children[0]

    def figurative_literal(self, children: list[Token]) -> ast.Figurative:
        token = children[0]
        return ast.Figurative(_figurative_name(str(token)), self._at(token))

    def all_literal(self, children: list[Token]) -> ast.AllLiteral:
        token = children[1]
        origin = self._at(children[0])
        if token.type.endswith(("STRING", "HEX_LITERAL")):
            return ast.AllLiteral(_literal_bytes(token), origin)
        return ast.AllLiteral(ast.FIGURATIVE_BYTES[_figurative_name(str(token))], origin)


@dataclass(frozen=True)
class _UserClass:
    """A class condition's name that is no standard class: a SPECIAL-NAMES CLASS."""

    name: str
    token: Token


def _entry_label(token: Token) -> str:
    """An ENTRY FOR GO TO label as written (cobc compares them as written)."""
    return unquote(str(token))


def floating_literal(text: str) -> tuple[str, Decimal]:
    """A floating-point literal (``1.23E0``): what DISPLAY shows and its value. cobc 3.1.2
    keeps the mantissa's digits and moves the decimal point by the exponent (probe
    ``literals_floating``): 12.3E-2 shows .123, 12.34E1 123.4, no zero is added before the
    point; when the point moves left past the written digits it shows as many decimals as
    digits were written (1.230E-2 shows .0123, 1.230E-5 .0000). When it moves right past
    them cobc 3.1.2 shows bytes of memory (DISPLAY 1.5E3 showed "00" alone and "001"
    followed by another item) while the value is exact (MOVE 1.5E2 stores 150): the engine
    shows the exact value there (1500)."""
    mantissa, _, exponent = text.upper().partition("E")
    sign = mantissa[0] if mantissa[0] in "+-" else ""
    whole, _, fraction = mantissa.lstrip("+-").partition(".")
    digits = whole + fraction
    scale = len(fraction) - int(exponent)
    # built from text, so exact whatever the exponent (quantize at the default 28-digit
    # precision failed on 9.899999999999E+304, run_fundamental.at "Compare FLOAT-LONG ...")
    value = Decimal(f"{sign}{digits}E{-scale}")
    if scale <= 0:
        value = Decimal(f"{sign}{digits}" + "0" * -scale)
        shown = digits + "0" * -scale
    elif scale <= len(digits):
        shown = digits[: len(digits) - scale] + "." + digits[len(digits) - scale :]
    else:
        shown = "." + ("0" * (scale - len(digits)) + digits)[: len(digits)]
    return sign + shown, value


def _is_operand(value: Any) -> bool:
    return isinstance(
        value,
        ast.NumericLiteral
        | ast.AlphanumericLiteral
        | ast.Figurative
        | ast.AllLiteral
        | ast.Identifier
        | ast.LengthOf
        | ast.AddressOf
        | ast.FunctionCall,
    )


def _size(children: list[Any]) -> ast.SizePhrases:
    return next((c for c in children if isinstance(c, ast.SizePhrases)), ast.SizePhrases())


def _sort_file(
    first: ast.Identifier,
    keys: tuple[ast.SortKey, ...],
    children: list[Any],
    merge: bool,
    origin: Origin,
) -> ast.SortFile:
    phrases = {c.kind: c.value for c in children if isinstance(c, _SortPhrase)}
    return ast.SortFile(
        first.name,
        keys,
        phrases.get("COLLATING"),
        phrases.get("USING", ()),
        phrases.get("INPUT"),
        phrases.get("GIVING", ()),
        phrases.get("OUTPUT"),
        merge,
        origin,
    )


def _declaratives_mark(
    mark: _Declaratives, state: bool | None, sections: list[ast.Section]
) -> bool:
    """DECLARATIVES must open the PROCEDURE DIVISION and END DECLARATIVES close it (cobc)."""
    if mark.start and (state is not None or sections):
        raise CobolSyntaxError(
            "DECLARATIVES must come first in the PROCEDURE DIVISION", mark.origin
        )
    if not mark.start and state is not True:
        raise CobolSyntaxError("END DECLARATIVES without DECLARATIVES", mark.origin)
    if not mark.start:
        for section in sections:
            if not section.paragraphs:  # a section of a USE sentence only: nothing to run
                section.paragraphs.append(ast.Paragraph(None, section.name, section.origin))
    return mark.start


def _attach_use(
    use: ast.Use, section: ast.Section | None, paragraph: ast.Paragraph | None, inside: bool
) -> None:
    """A USE sentence must directly follow the header of a section in the DECLARATIVES."""
    if not inside or section is None or section.name is None:
        raise CobolSyntaxError("USE must start a section inside DECLARATIVES", use.origin)
    if paragraph is not None or section.use is not None:
        raise CobolSyntaxError("USE must directly follow its section header", use.origin)
    section.use = use


def items_of(children: list[Any]) -> list[DataItem]:
    """The record descriptions among an FD's parts."""
    return next((part for part in children if isinstance(part, list)), [])


def _attach_fds(
    files: list[FileDeclaration], fds: list[tuple[str, int | None, list[DataItem], Origin]]
) -> None:
    by_name = {f.name.upper(): f for f in files}
    for name, record_contains, items, origin in fds:
        declaration = by_name.get(name.upper())
        if declaration is None:
            raise CobolSemanticError(f"FD {name} has no SELECT entry", origin)
        declaration.records = items
        declaration.record_contains = record_contains
        declaration.fd_origin = origin
    for declaration in files:
        if declaration.fd_origin is None:
            raise CobolSemanticError(f"file {declaration.name} has no FD", declaration.origin)


# small carriers between transformer methods --------------------------------------------------


@dataclass
class _Environment:
    files: list[FileDeclaration]
    repository: Repository = field(default_factory=lambda: Repository())


@dataclass
class _DataDivision:
    fds: list[tuple[str, int | None, list[DataItem], Origin]] = field(default_factory=list)
    sorts: set[str] = field(default_factory=set)
    working_storage: list[DataItem] = field(default_factory=list)
    constants: list[ast.Constant] = field(default_factory=list)
    linkage: list[DataItem] = field(default_factory=list)
    local_storage: list[DataItem] = field(default_factory=list)
    screen: dict[str, ast.ScreenItem] = field(default_factory=dict)


@dataclass
class _ProgramId:
    name: str
    initial: bool
    common: bool = False
    recursive: bool = False
    external: str | None = None
    default_rounded: str | None = None
    function: bool = False


@dataclass
class _DefaultRounded:
    mode: str


@dataclass
class _Linkage:
    items: list[DataItem]
    constants: list[ast.Constant] = field(default_factory=list)


@dataclass
class _LocalStorage:
    items: list[DataItem]


def _starts_with_entry(item: Any) -> bool:
    return (
        isinstance(item, ast.Sentence)
        and bool(item.statements)
        and (isinstance(item.statements[0], ast.Entry))
    )


@dataclass
class _ProcedureChaining:
    items: tuple[ast.Identifier, ...]


@dataclass
class _ProcedureUsing:
    items: tuple[ast.Identifier, ...]
    modes: str = ""


@dataclass
class _CallUsing:
    arguments: tuple[ast.CallArgument, ...]


@dataclass
class _CallMode:
    mode: ast.CallMode


@dataclass
class _OnException:
    statements: tuple[ast.Statement, ...]


@dataclass(frozen=True)
class _ScreenSection:
    items: dict[str, ast.ScreenItem]


@dataclass(frozen=True)
class _ScreenClause:
    kind: str  # VALUE, LINE or COLUMN
    value: bytes | None
    number: int


@dataclass(frozen=True)
class _ScreenPosition:
    line: bool  # LINE, else COLUMN
    value: Any


@dataclass
class _ReturningNothing:
    """CALL ... RETURNING OMITTED / NOTHING."""


@dataclass
class _NotOnException:
    statements: tuple[ast.Statement, ...]


@dataclass
class _WorkingStorage:
    items: list[DataItem]
    constants: list[ast.Constant]


@dataclass
class _FileSection:
    fds: list[tuple[str, int | None, list[DataItem], Origin]]
    sorts: set[str] = field(default_factory=set)
    """Names of the SD (sort / merge work) files."""


@dataclass
class _SortDescription:
    fd: tuple[str, int | None, list[DataItem], Origin]


@dataclass(frozen=True)
class _Declaratives:
    start: bool
    origin: Origin


@dataclass(frozen=True)
class _UseTarget:
    value: str
    file: bool


@dataclass(frozen=True)
class _SortPhrase:
    """COLLATING SEQUENCE, USING, GIVING, INPUT / OUTPUT PROCEDURE of a file SORT or MERGE."""

    kind: str
    value: Any


@dataclass(frozen=True)
class _FileRecord:
    name: str


@dataclass(frozen=True)
class _Direction:
    word: str


@dataclass(frozen=True)
class _InvalidKey:
    statements: tuple[ast.Statement, ...]


@dataclass(frozen=True)
class _NotInvalidKey:
    statements: tuple[ast.Statement, ...]


@dataclass(frozen=True)
class _KeyHandlers:
    invalid: tuple[ast.Statement, ...] | None = None
    not_invalid: tuple[ast.Statement, ...] | None = None


@dataclass(frozen=True)
class _AssignKind:
    word: str


@dataclass(frozen=True)
class _AssignDevice:
    word: str


@dataclass(frozen=True)
class _EopHandlers:
    at_eop: tuple[ast.Statement, ...] | None = None
    not_at_eop: tuple[ast.Statement, ...] | None = None


@dataclass(frozen=True)
class _Assign:
    name: str
    kind: str
    literal: bool
    device: str


@dataclass(frozen=True)
class _ProgramAs:
    name: str


@dataclass(frozen=True)
class _Organization:
    name: str


@dataclass(frozen=True)
class _Access:
    mode: str


@dataclass(frozen=True)
class _RecordKey:
    key: FileKey


@dataclass(frozen=True)
class _AlternateKey:
    key: FileKey


@dataclass(frozen=True)
class _KeySource:
    parts: tuple[ast.Identifier, ...]


@dataclass(frozen=True)
class _Suppress:
    byte: int


@dataclass(frozen=True)
class _Duplicates:
    allowed: bool


@dataclass(frozen=True)
class _RelativeKey:
    name: ast.Identifier


@dataclass(frozen=True)
class _RecordContains:
    size: int
    low: int | None = None
    depending: ast.Identifier | None = None
    varying: bool = False


def _fd_key(name: str, origin: Origin) -> tuple[str, int, int]:
    return name.upper(), origin.line, origin.column


@dataclass(frozen=True)
class _SectionHeader:
    name: str
    origin: Origin


@dataclass(frozen=True)
class _ParagraphHeader:
    name: str
    origin: Origin


@dataclass(frozen=True)
class _Giving:
    targets: tuple[ast.ArithTarget, ...]


@dataclass(frozen=True)
class _Remainder:
    target: ast.Identifier


@dataclass(frozen=True)
class _OnError:
    statements: tuple[ast.Statement, ...]


@dataclass(frozen=True)
class _NotOnError:
    statements: tuple[ast.Statement, ...]


@dataclass(frozen=True)
class _Else:
    statements: tuple[ast.Statement, ...]
    origin: Origin


@dataclass(frozen=True)
class _Subject:
    value: ast.EvaluateSubject


@dataclass(frozen=True)
class _WhenHead:
    objects: tuple[ast.EvaluateObject, ...]


@dataclass(frozen=True)
class _Other:
    statements: tuple[ast.Statement, ...]
    origin: Origin


@dataclass(frozen=True)
class _Upon:
    name: str


@dataclass(frozen=True)
class _NoAdvancing:
    pass


@dataclass(frozen=True)
class _AtEnd:
    statements: tuple[ast.Statement, ...]


@dataclass(frozen=True)
class _NotAtEnd:
    statements: tuple[ast.Statement, ...]


@dataclass(frozen=True)
class _Initialized:
    value: ast.Operand | None


@dataclass(frozen=True)
class _Pointer:
    target: ast.Identifier


@dataclass(frozen=True)
class _Tallying:
    target: ast.Identifier


@dataclass(frozen=True)
class _DelimiterIn:
    target: ast.Identifier


@dataclass(frozen=True)
class _CountIn:
    target: ast.Identifier


@dataclass(frozen=True)
class _Delimiters:
    items: tuple[tuple[ast.Operand, bool], ...]


@dataclass(frozen=True)
class _Tallies:
    groups: tuple[ast.TallyGroup, ...]


@dataclass(frozen=True)
class _Replaces:
    items: tuple[ast.ReplaceItem, ...]


@dataclass(frozen=True)
class _ConstantGlobal:
    pass


def inherit_global_constants(program: Program, outer: dict[str, ast.Constant]) -> None:
    """The GLOBAL constants of the programs around a contained program are its own constants
    too, unless it declares the name itself (cobc 3.1.2, testsuite 'GLOBAL CONSTANT': a nested
    program DISPLAYs and ASSIGNs its parent's ``01 X CONSTANT GLOBAL``; a separate program of
    the same file does not see it)."""
    for name, constant in outer.items():
        program.constants.setdefault(name, constant)
    shared = {name: c for name, c in program.constants.items() if c.global_}
    for nested in program.contained:
        inherit_global_constants(nested, {**outer, **shared})
