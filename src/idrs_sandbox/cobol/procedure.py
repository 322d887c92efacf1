"""The PROCEDURE DIVISION as a tree: expressions, conditions, statements, paragraphs, sections.

Every node carries the ``Origin`` (original file, line, column) of its first token, so a check
or a runtime error can point at it. Node names follow the grammar (``move_stmt`` -> :class:`Move`).
Built by :class:`ProcedureTransformer` from the lark tree of ``grammar/program.lark``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from typing import Literal as TypingLiteral

from idrs_sandbox.cobol.diagnostics import CobolSemanticError, Origin

# ---------------------------------------------------------------------------------------------
# operands and expressions

FigurativeName = TypingLiteral["ZERO", "SPACE", "HIGH-VALUE", "LOW-VALUE", "QUOTE"]


@dataclass(frozen=True)
class NumericLiteral:
    """A numeric literal as written (DISPLAY prints the text) and its exact value."""

    text: str
    value: Decimal
    origin: Origin

    @property
    def scale(self) -> int:
        exponent = self.value.as_tuple().exponent
        return -exponent if isinstance(exponent, int) and exponent < 0 else 0

    @property
    def digits(self) -> int:
        return max(len(self.value.as_tuple().digits), self.scale, 1)

    @property
    def unscaled(self) -> int:
        # the digits as written: scaleb would round to the context's 28 digits
        # (1.80750052110824343510150043852321026 compared unequal, run_functions.at ACOS)
        sign, digits, exponent = self.value.as_tuple()
        magnitude = int("".join(map(str, digits)) or "0")
        if isinstance(exponent, int) and exponent > -self.scale:
            magnitude *= 10 ** (exponent + self.scale)
        return -magnitude if sign else magnitude


@dataclass(frozen=True)
class AlphanumericLiteral:
    """A quoted or hexadecimal literal, as bytes (source text is Latin-1)."""

    value: bytes
    origin: Origin


@dataclass(frozen=True)
class Figurative:
    name: FigurativeName
    origin: Origin

    @property
    def byte(self) -> bytes:
        return FIGURATIVE_BYTES[self.name]


FIGURATIVE_BYTES: dict[str, bytes] = {
    "ZERO": b"0",
    "SPACE": b" ",
    "HIGH-VALUE": b"\xff",
    "LOW-VALUE": b"\x00",
    "QUOTE": b'"',
}


@dataclass(frozen=True)
class AllLiteral:
    """``ALL "AB"`` (or ``ALL SPACES``): the pattern repeated over the other operand's length."""

    value: bytes
    origin: Origin


@dataclass(frozen=True)
class RefMod:
    start: Expr
    length: Expr | None


@dataclass(frozen=True)
class Identifier:
    """A data reference: ``NAME [OF|IN group]... [(subscripts)] [(start:length)]``."""

    name: str
    qualifiers: tuple[str, ...]
    subscripts: tuple[Expr, ...]
    refmod: RefMod | None
    origin: Origin

    def display_name(self) -> str:
        return " OF ".join((self.name, *self.qualifiers))


@dataclass(frozen=True)
class LengthOf:
    """``LENGTH OF identifier``: the item's size in bytes."""

    target: Identifier
    origin: Origin


@dataclass(frozen=True)
class AddressOf:
    """``ADDRESS OF identifier``: where the item is (runtime/pointers.py); a number."""

    target: Identifier
    origin: Origin


@dataclass(frozen=True)
class FunctionCall:
    """``FUNCTION NAME (args) [(start:length)]``; keyword arguments (LEADING) are strings."""

    name: str
    args: tuple[Expr | str, ...]
    refmod: RefMod | None
    origin: Origin


@dataclass(frozen=True)
class BinaryOp:
    op: TypingLiteral["+", "-", "*", "/", "**"]
    left: Expr
    right: Expr
    origin: Origin


@dataclass(frozen=True)
class UnaryOp:
    op: TypingLiteral["+", "-"]
    operand: Expr
    origin: Origin


Literal = NumericLiteral | AlphanumericLiteral | Figurative | AllLiteral
Operand = Literal | Identifier | LengthOf | FunctionCall | AddressOf
Expr = Operand | BinaryOp | UnaryOp


def origin_of(node: Expr | Condition) -> Origin:
    return node.origin


# ---------------------------------------------------------------------------------------------
# conditions

RelOp = TypingLiteral[">", "<", "=", ">=", "<=", "<>"]
ClassName = TypingLiteral[
    "NUMERIC", "ALPHABETIC", "ALPHABETIC-UPPER", "ALPHABETIC-LOWER", "OMITTED", "USER"
]
SignName = TypingLiteral["POSITIVE", "NEGATIVE", "ZERO"]


@dataclass(frozen=True)
class Relation:
    left: Expr
    op: RelOp
    negated: bool
    right: Expr
    origin: Origin


@dataclass(frozen=True)
class ClassCondition:
    subject: Expr
    class_name: ClassName
    negated: bool
    origin: Origin
    members: bytes = b""
    """A SPECIAL-NAMES CLASS (class_name "USER"): the characters it takes."""


@dataclass(frozen=True)
class SignCondition:
    subject: Expr
    sign: SignName
    negated: bool
    origin: Origin


@dataclass(frozen=True)
class ConditionName:
    """A level-88 name used as a condition."""

    target: Identifier
    origin: Origin


@dataclass(frozen=True)
class Not:
    operand: Condition
    origin: Origin


@dataclass(frozen=True)
class And:
    left: Condition
    right: Condition
    origin: Origin


@dataclass(frozen=True)
class Or:
    left: Condition
    right: Condition
    origin: Origin


@dataclass(frozen=True)
class BareCondition:
    """An operand standing alone where a condition goes: a condition-name, or the object of an
    abbreviated relation (``A = 1 OR 2``). :func:`resolve_condition` decides which."""

    operand: Expr
    origin: Origin


@dataclass(frozen=True)
class AbbreviatedRelation:
    """``> C`` in ``A > B AND > C``: the subject comes from the relation before."""

    op: RelOp
    negated: bool
    right: Expr
    origin: Origin


@dataclass(frozen=True)
class SwitchCondition:
    """A SPECIAL-NAMES ``ON / OFF STATUS IS name`` condition: switch ``number`` is ``on``."""

    number: int
    on: bool
    origin: Origin


Condition = (
    Relation
    | ClassCondition
    | SignCondition
    | ConditionName
    | Not
    | And
    | Or
    | BareCondition
    | AbbreviatedRelation
    | SwitchCondition
)


# ---------------------------------------------------------------------------------------------
# statements


@dataclass(frozen=True)
class ArithTarget:
    target: Identifier
    rounded: bool
    mode: str | None = None
    """ROUNDED MODE IS ...: AWAY-FROM-ZERO, NEAREST-EVEN, PROHIBITED, ... (None: the default)."""


@dataclass(frozen=True)
class SizePhrases:
    on_error: tuple[Statement, ...] | None = None
    not_on_error: tuple[Statement, ...] | None = None


@dataclass(frozen=True)
class Move:
    source: Operand
    targets: tuple[Identifier, ...]
    origin: Origin
    corresponding: bool = False
    """MOVE CORRESPONDING: ``source`` and each target are groups whose matching items move."""


@dataclass(frozen=True)
class Initialize:
    targets: tuple[Identifier, ...]
    replacing: tuple[tuple[str, Operand], ...]
    origin: Origin
    with_filler: bool = False
    to_value: bool = False
    """ALL TO VALUE: an item with a VALUE clause takes its VALUE (REDEFINES ones included)."""


@dataclass(frozen=True)
class SetAddress:
    """``SET ADDRESS OF x ... TO address`` (a pointer, ADDRESS OF y, NULL)."""

    targets: tuple[Identifier, ...]
    value: Operand
    origin: Origin


@dataclass(frozen=True)
class SetEnvironment:
    """``SET ENVIRONMENT name TO value``: an environment variable of the run (runtime/debugging.py
    set_environment)."""

    name: Operand
    value: Operand
    origin: Origin


@dataclass(frozen=True)
class SetLastException:
    """``SET LAST EXCEPTION TO OFF``: the last exception condition cleared
    (runtime/exceptions.py)."""

    origin: Origin


@dataclass(frozen=True)
class Allocate:
    """``ALLOCATE x [INITIALIZED]`` (``target``) or ``ALLOCATE n CHARACTERS [INITIALIZED [TO
    v]] RETURNING p`` (``size``)."""

    target: Identifier | None
    size: Expr | None
    initialized: bool
    initial_value: Operand | None
    returning: Identifier | None
    origin: Origin


@dataclass(frozen=True)
class Free:
    """``FREE x ...``: a BASED item (or ADDRESS OF it) loses its storage, a pointer is NULL."""

    targets: tuple[Identifier | AddressOf, ...]
    origin: Origin


@dataclass(frozen=True)
class SetTo:
    """``SET x TO value``, ``SET cond TO TRUE`` (value ``True``) or ``TO FALSE``."""

    targets: tuple[Identifier, ...]
    value: Operand | bool
    origin: Origin


@dataclass(frozen=True)
class SetEntry:
    """``SET pointer TO ENTRY name``: the address of a program or C function (a COBOL program's
    address is a C function that calls it: runtime/callbacks.py)."""

    targets: tuple[Identifier, ...]
    program: Operand
    origin: Origin


@dataclass(frozen=True)
class SetUpDown:
    targets: tuple[Identifier, ...]
    up: bool
    amount: Operand
    origin: Origin


@dataclass(frozen=True)
class Add:
    """``ADD a b TO t`` (``giving`` False) or ``ADD a [TO b] GIVING t``."""

    operands: tuple[Operand, ...]
    targets: tuple[ArithTarget, ...]
    giving: bool
    size: SizePhrases
    origin: Origin
    corresponding: bool = False
    """ADD CORRESPONDING: one operand and one target, both groups."""


@dataclass(frozen=True)
class Subtract:
    """``SUBTRACT a b FROM t`` or ``SUBTRACT a b FROM m GIVING t`` (``minuend`` set)."""

    operands: tuple[Operand, ...]
    minuend: Operand | None
    targets: tuple[ArithTarget, ...]
    size: SizePhrases
    origin: Origin
    corresponding: bool = False
    """SUBTRACT CORRESPONDING: one operand and one target, both groups."""


@dataclass(frozen=True)
class Multiply:
    """``MULTIPLY a BY t`` or ``MULTIPLY a BY b GIVING t`` (``by`` set)."""

    operand: Operand
    by: Operand | None
    targets: tuple[ArithTarget, ...]
    size: SizePhrases
    origin: Origin


@dataclass(frozen=True)
class Divide:
    """``DIVIDE a INTO t``; ``DIVIDE a INTO b GIVING t``; ``DIVIDE a BY b GIVING t``.
    ``dividend`` / ``divisor`` are set for the GIVING forms; ``into`` names the first form."""

    dividend: Operand | None
    divisor: Operand
    targets: tuple[ArithTarget, ...]
    remainder: Identifier | None
    size: SizePhrases
    origin: Origin


@dataclass(frozen=True)
class Compute:
    targets: tuple[ArithTarget, ...]
    expression: Expr
    size: SizePhrases
    origin: Origin


@dataclass(frozen=True)
class If:
    condition: Condition
    then: tuple[Statement, ...]
    otherwise: tuple[Statement, ...] | None
    origin: Origin
    else_origin: Origin | None = None
    """Where ``ELSE`` is written (None without one)."""


EvaluateSubject = Condition | bool


@dataclass(frozen=True)
class AnyObject:
    origin: Origin


@dataclass(frozen=True)
class RangeObject:
    low: Expr
    high: Expr
    negated: bool
    origin: Origin


EvaluateObject = AnyObject | RangeObject | Condition | bool


@dataclass(frozen=True)
class WhenGroup:
    """One or more ``WHEN`` heads sharing statements; each head has one object per subject."""

    heads: tuple[tuple[EvaluateObject, ...], ...]
    statements: tuple[Statement, ...]
    origin: Origin


@dataclass(frozen=True)
class Evaluate:
    subjects: tuple[EvaluateSubject, ...]
    whens: tuple[WhenGroup, ...]
    other: tuple[Statement, ...] | None
    origin: Origin
    other_origin: Origin | None = None
    """Where ``WHEN OTHER`` is written (None without one)."""


@dataclass(frozen=True)
class ProcedureName:
    name: str
    section: str | None
    origin: Origin


@dataclass(frozen=True)
class Times:
    count: Operand


@dataclass(frozen=True)
class Until:
    condition: Condition
    test_after: bool


@dataclass(frozen=True)
class VaryingClause:
    variable: Identifier
    start: Operand
    step: Operand
    until: Condition


@dataclass(frozen=True)
class Varying:
    clauses: tuple[VaryingClause, ...]
    test_after: bool


@dataclass(frozen=True)
class Forever:
    """PERFORM FOREVER / PERFORM UNTIL EXIT (GnuCOBOL extension): left by EXIT PERFORM, GO TO
    or STOP RUN only."""


Loop = Times | Until | Varying | Forever


@dataclass(frozen=True)
class PerformProcedure:
    start: ProcedureName
    end: ProcedureName | None
    loop: Loop | None
    origin: Origin


@dataclass(frozen=True)
class PerformInline:
    loop: Loop | None
    body: tuple[Statement, ...]
    origin: Origin


@dataclass(frozen=True)
class GoTo:
    targets: tuple[ProcedureName, ...]
    depending: Identifier | None
    origin: Origin


@dataclass(frozen=True)
class GoToEntry:
    """GO TO ENTRY 'a' ['b' ... DEPENDING ON x]: a jump to an ENTRY FOR GO TO label."""

    names: tuple[str, ...]
    depending: Identifier | None
    origin: Origin


@dataclass(frozen=True)
class EntryForGoTo:
    """ENTRY FOR GO TO 'a': a label inside a paragraph, the target of GO TO ENTRY 'a'."""

    name: str
    origin: Origin


@dataclass(frozen=True)
class Continue:
    origin: Origin


@dataclass(frozen=True)
class NextSentence:
    origin: Origin


ExitKind = TypingLiteral["", "PROGRAM", "PARAGRAPH", "SECTION", "PERFORM", "PERFORM CYCLE"]


@dataclass(frozen=True)
class Exit:
    kind: ExitKind
    origin: Origin


@dataclass(frozen=True)
class StopRun:
    status: Operand | None
    origin: Origin


@dataclass(frozen=True)
class Goback:
    origin: Origin
    status: Operand | None = None
    """GOBACK RETURNING x: RETURN-CODE gets x first (cobc 3.1.2: the run ends with status x)."""


CallMode = TypingLiteral["REFERENCE", "CONTENT", "VALUE"]


@dataclass(frozen=True)
class CallArgument:
    """One USING operand of a CALL and how it is passed; ``value`` None is OMITTED."""

    mode: CallMode
    value: Operand | None


@dataclass(frozen=True)
class Call:
    """CALL program USING ... [RETURNING x] [ON EXCEPTION ...] (runtime/call.py)."""

    program: Operand
    using: tuple[CallArgument, ...]
    returning: Identifier | None
    on_exception: tuple[Statement, ...] | None
    not_on_exception: tuple[Statement, ...] | None
    origin: Origin
    returning_nothing: bool = False
    """RETURNING OMITTED / NOTHING: the caller's RETURN-CODE is left as it was."""


@dataclass(frozen=True)
class ProcedureReturning:
    """``PROCEDURE DIVISION ... RETURNING item`` (the parser's piece of ProcedureDivision)."""

    item: Identifier


@dataclass(frozen=True)
class Cancel:
    programs: tuple[Operand, ...]
    origin: Origin


@dataclass(frozen=True)
class Display:
    items: tuple[Operand, ...]
    upon: str | None
    no_advancing: bool
    origin: Origin


@dataclass(frozen=True)
class DisplayAt:
    """``DISPLAY x [AT] LINE l COLUMN c [[NOT] ON EXCEPTION ...]``: x at a screen position
    (runtime/screen.py)."""

    item: Operand
    line: Operand | None
    column: Operand | None
    on_exception: tuple[Statement, ...] | None
    not_on_exception: tuple[Statement, ...] | None
    origin: Origin


@dataclass(frozen=True)
class ScreenItem:
    """A SCREEN SECTION entry (runtime/screen.py): a literal placed by LINE / COLUMN."""

    level: int
    name: str | None
    value: bytes | None
    line: int | None
    column: int | None
    origin: Origin
    children: tuple[ScreenItem, ...] = ()


@dataclass(frozen=True)
class DisplayScreen:
    """``DISPLAY screen-item [AT LINE l COLUMN c] [[NOT] ON EXCEPTION ...]``."""

    name: str
    line: Operand | None
    column: Operand | None
    on_exception: tuple[Statement, ...] | None
    not_on_exception: tuple[Statement, ...] | None
    origin: Origin


@dataclass(frozen=True)
class Accept:
    target: Identifier
    source: str | None
    origin: Origin


@dataclass(frozen=True)
class AcceptEnvironment:
    """``ACCEPT x FROM ENVIRONMENT name``: the environment variable ``name`` (a literal or an
    item), as libcob's cob_get_environment reads it."""

    target: Identifier
    name: Operand
    origin: Origin


OpenMode = TypingLiteral["INPUT", "OUTPUT", "EXTEND", "I-O"]


@dataclass(frozen=True)
class Open:
    groups: tuple[tuple[OpenMode, tuple[str, ...]], ...]
    origin: Origin


@dataclass(frozen=True)
class Close:
    files: tuple[str, ...]
    origin: Origin


@dataclass(frozen=True)
class Read:
    file: str
    into: Identifier | None
    at_end: tuple[Statement, ...] | None
    not_at_end: tuple[Statement, ...] | None
    origin: Origin
    direction: str | None = None
    """NEXT, PREVIOUS or None (as written)."""
    key: KeyName | None = None
    invalid_key: tuple[Statement, ...] | None = None
    not_invalid_key: tuple[Statement, ...] | None = None


@dataclass(frozen=True)
class KeyName:
    """The key of READ ... KEY IS / START ... KEY: a record key, an alternate key, a leading
    part of one, or the name of a split key (which is no data item, so the checker leaves it to
    the compiler: runtime/compile/statements/keyed.py)."""

    name: str
    qualifiers: tuple[str, ...]
    origin: Origin


@dataclass(frozen=True)
class Rewrite:
    record: Identifier
    source: Operand | None
    invalid_key: tuple[Statement, ...] | None
    not_invalid_key: tuple[Statement, ...] | None
    origin: Origin
    file_form: bool = False
    """REWRITE FILE f FROM x: ``record`` names the file (its first record is rewritten)."""


@dataclass(frozen=True)
class Start:
    """START file [KEY op key | FIRST | LAST]: ``op`` is =, >, <, >=, <=, FIRST or LAST."""

    file: str
    op: str
    key: KeyName | None
    invalid_key: tuple[Statement, ...] | None
    not_invalid_key: tuple[Statement, ...] | None
    origin: Origin


@dataclass(frozen=True)
class DeleteRecord:
    file: str
    invalid_key: tuple[Statement, ...] | None
    not_invalid_key: tuple[Statement, ...] | None
    origin: Origin


@dataclass(frozen=True)
class Unlock:
    file: str
    origin: Origin


@dataclass(frozen=True)
class DeleteFile:
    """DELETE FILE f...: remove each (closed) file from the file system."""

    files: tuple[str, ...]
    origin: Origin


@dataclass(frozen=True)
class TableName:
    """A table named without subscripts (SEARCH's operand), so the checker's rule that a
    table item is used with its subscripts does not apply to it."""

    name: str
    qualifiers: tuple[str, ...]
    origin: Origin

    def identifier(self) -> Identifier:
        return Identifier(self.name, self.qualifiers, (), None, self.origin)


@dataclass(frozen=True)
class SortKey:
    ascending: bool
    names: tuple[TableName, ...]


@dataclass(frozen=True)
class SortTable:
    """SORT table [ON ASCENDING / DESCENDING KEY k...] [WITH DUPLICATES IN ORDER]: the
    occurrences of a table put in key order in place (no keys: the table's own KEY clause)."""

    table: TableName
    keys: tuple[SortKey, ...]
    origin: Origin
    collating: bytes | None = None
    """[COLLATING] SEQUENCE alphabet: the weight of each byte (cobol/alphabets.py)."""


@dataclass(frozen=True)
class SortFile:
    """SORT / MERGE of an SD work file (runtime/sortfiles.py): records come from the USING
    files or the INPUT PROCEDURE's RELEASEs, leave in key order to the GIVING files or the
    OUTPUT PROCEDURE's RETURNs."""

    file: str
    keys: tuple[SortKey, ...]
    collating: bytes | None
    """[COLLATING] SEQUENCE alphabet: the weight of each byte (cobol/alphabets.py)."""
    using: tuple[str, ...]
    input_procedure: tuple[ProcedureName, ProcedureName | None] | None
    giving: tuple[str, ...]
    output_procedure: tuple[ProcedureName, ProcedureName | None] | None
    merge: bool
    origin: Origin


@dataclass(frozen=True)
class Trace:
    """READY TRACE (``on``) / RESET TRACE: turns the trace of a program compiled with it on
    or off (runtime/machine.py ``_trace``)."""

    on: bool
    origin: Origin


@dataclass(frozen=True)
class Release:
    """RELEASE sort-record [FROM x]: one record to the SORT being fed."""

    record: Identifier
    source: Operand | None
    origin: Origin


@dataclass(frozen=True)
class Return:
    """RETURN sort-file [RECORD] [INTO x] AT END ... [NOT AT END ...]: the next sorted record."""

    file: str
    into: Identifier | None
    at_end: tuple[Statement, ...] | None
    not_at_end: tuple[Statement, ...] | None
    origin: Origin


@dataclass(frozen=True)
class SearchWhen:
    condition: Condition
    statements: tuple[Statement, ...]
    origin: Origin


@dataclass(frozen=True)
class Search:
    """SEARCH table [VARYING item] [AT END ...] WHEN ... (serial), or SEARCH ALL (binary,
    on the table's ASCENDING / DESCENDING KEY)."""

    table: TableName
    all: bool
    varying: Identifier | None
    at_end: tuple[Statement, ...] | None
    whens: tuple[SearchWhen, ...]
    origin: Origin


@dataclass(frozen=True)
class Advancing:
    before: bool
    lines: Operand | None  # None = PAGE


@dataclass(frozen=True)
class Write:
    record: Identifier
    source: Operand | None
    advancing: Advancing | None
    origin: Origin
    invalid_key: tuple[Statement, ...] | None = None
    not_invalid_key: tuple[Statement, ...] | None = None
    end_of_page: tuple[Statement, ...] | None = None
    """AT END-OF-PAGE of a file with LINAGE (runtime/linage.py)."""
    not_end_of_page: tuple[Statement, ...] | None = None
    file_form: bool = False
    """WRITE FILE f FROM x: ``record`` names the file (its first record is written)."""


@dataclass(frozen=True)
class StringGroup:
    sources: tuple[Operand, ...]
    delimiter: Operand | None  # None = DELIMITED BY SIZE


@dataclass(frozen=True)
class OverflowPhrases:
    on_overflow: tuple[Statement, ...] | None = None
    not_on_overflow: tuple[Statement, ...] | None = None


@dataclass(frozen=True)
class String:
    groups: tuple[StringGroup, ...]
    into: Identifier
    pointer: Identifier | None
    overflow: OverflowPhrases
    origin: Origin


@dataclass(frozen=True)
class UnstringTarget:
    target: Identifier
    delimiter_in: Identifier | None
    count_in: Identifier | None


@dataclass(frozen=True)
class Unstring:
    source: Operand
    delimiters: tuple[tuple[Operand, bool], ...]  # (delimiter, ALL)
    targets: tuple[UnstringTarget, ...]
    pointer: Identifier | None
    tallying: Identifier | None
    overflow: OverflowPhrases
    origin: Origin


@dataclass(frozen=True)
class InspectRegion:
    before: bool
    delimiter: Operand


@dataclass(frozen=True)
class TallyItem:
    """``CHARACTERS`` (pattern None), ``ALL x``, ``LEADING x`` or ``TRAILING x``."""

    kind: TypingLiteral["CHARACTERS", "ALL", "LEADING", "TRAILING"]
    pattern: Operand | None
    regions: tuple[InspectRegion, ...]


@dataclass(frozen=True)
class TallyGroup:
    counter: Identifier
    items: tuple[TallyItem, ...]


@dataclass(frozen=True)
class ReplaceItem:
    kind: TypingLiteral["CHARACTERS", "ALL", "LEADING", "FIRST", "TRAILING"]
    pattern: Operand | None
    by: Operand
    regions: tuple[InspectRegion, ...]


@dataclass(frozen=True)
class Converting:
    source: Operand
    to: Operand
    regions: tuple[InspectRegion, ...]


@dataclass(frozen=True)
class Inspect:
    target: Identifier
    tallying: tuple[TallyGroup, ...]
    replacing: tuple[ReplaceItem, ...]
    converting: Converting | None
    origin: Origin


@dataclass(frozen=True)
class Entry:
    """ENTRY 'name' [USING a b]: CALL 'name' starts the program at the sentence it begins."""

    name: str
    using: tuple[Identifier, ...]
    origin: Origin


@dataclass(frozen=True)
class SetSwitch:
    """``SET switch-name ... TO ON / OFF`` (switches of SPECIAL-NAMES, by number)."""

    numbers: tuple[int, ...]
    on: bool
    origin: Origin


Statement = (
    SetSwitch
    | Move
    | SetAddress
    | Allocate
    | Free
    | Entry
    | Search
    | SortTable
    | SortFile
    | Release
    | Return
    | Trace
    | DeleteFile
    | Initialize
    | SetTo
    | SetEnvironment
    | SetLastException
    | SetUpDown
    | SetEntry
    | Add
    | Subtract
    | Multiply
    | Divide
    | Compute
    | If
    | Evaluate
    | PerformProcedure
    | PerformInline
    | GoTo
    | Continue
    | NextSentence
    | Exit
    | StopRun
    | Goback
    | Call
    | Cancel
    | Display
    | DisplayAt
    | DisplayScreen
    | Accept
    | AcceptEnvironment
    | Open
    | Close
    | Read
    | Write
    | Rewrite
    | Start
    | DeleteRecord
    | Unlock
    | String
    | Unstring
    | Inspect
)


# ---------------------------------------------------------------------------------------------
# paragraphs and sections


@dataclass(frozen=True)
class Sentence:
    statements: tuple[Statement, ...]
    origin: Origin


@dataclass
class Paragraph:
    """A paragraph; ``name`` is None for the statements between a section header and its first
    paragraph (or at the very start of the PROCEDURE DIVISION)."""

    name: str | None
    section: str | None
    origin: Origin
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True)
class UseAfterError:
    """USE AFTER STANDARD ERROR PROCEDURE ON files, or ON INPUT / OUTPUT / I-O / EXTEND."""

    files: tuple[str, ...]
    modes: tuple[str, ...]
    origin: Origin
    is_global: bool = False
    """USE GLOBAL: also for the files of the programs it contains (refused there)."""


@dataclass(frozen=True)
class DebugTarget:
    """One operand of USE FOR DEBUGGING: ``ALL PROCEDURES`` (name None), a procedure, a file or
    a data item (``all_references``: written ``ALL [REFERENCES OF]``)."""

    name: str | None
    qualifiers: tuple[str, ...]
    all_references: bool
    origin: Origin


@dataclass(frozen=True)
class UseForDebugging:
    targets: tuple[DebugTarget, ...]
    origin: Origin


Use = UseAfterError | UseForDebugging


@dataclass
class Section:
    name: str | None  # None: paragraphs written without any section
    origin: Origin
    paragraphs: list[Paragraph] = field(default_factory=list)
    declarative: bool = False
    """Between DECLARATIVES and END DECLARATIVES: never reached by falling through."""
    use: Use | None = None
    """The USE sentence that opens a declarative section."""


@dataclass
class ProcedureDivision:
    sections: list[Section]
    origin: Origin
    using: tuple[Identifier, ...] = ()
    """PROCEDURE DIVISION USING: the LINKAGE items a CALL's arguments become, in order."""
    chaining: tuple[Identifier, ...] = ()
    """PROCEDURE DIVISION CHAINING: the items the run's arguments go into, in order."""
    using_modes: str = ""
    """How each USING item is passed: ``R`` (BY REFERENCE), ``V`` (VALUE), ``C`` (CONTENT)."""
    returning: Identifier | None = None
    """PROCEDURE DIVISION RETURNING item: a FUNCTION-ID's result (runtime/functions.py)."""

    def paragraphs(self) -> list[Paragraph]:
        return [paragraph for section in self.sections for paragraph in section.paragraphs]


def statement_children(statement: Statement) -> list[tuple[Statement, ...]]:
    """The nested statement lists of a statement (IF branches, WHEN groups, handlers...)."""
    lists: list[tuple[Statement, ...] | None] = []
    if isinstance(statement, If):
        lists = [statement.then, statement.otherwise]
    elif isinstance(statement, Evaluate):
        lists = [*(group.statements for group in statement.whens), statement.other]
    elif isinstance(statement, PerformInline):
        lists = [statement.body]
    elif isinstance(statement, Add | Subtract | Multiply | Divide | Compute):
        lists = [statement.size.on_error, statement.size.not_on_error]
    elif isinstance(statement, Read | Return):
        lists = [statement.at_end, statement.not_at_end]
        if isinstance(statement, Read):
            lists += [statement.invalid_key, statement.not_invalid_key]
    elif isinstance(statement, Write | Rewrite | Start | DeleteRecord):
        lists = [statement.invalid_key, statement.not_invalid_key]
        if isinstance(statement, Write):
            lists += [statement.end_of_page, statement.not_end_of_page]
    elif isinstance(statement, Search):
        lists = [statement.at_end, *(when.statements for when in statement.whens)]
    elif isinstance(statement, String | Unstring):
        lists = [statement.overflow.on_overflow, statement.overflow.not_on_overflow]
    return [group for group in lists if group is not None]


# ---------------------------------------------------------------------------------------------
# level-78 constants


@dataclass(frozen=True)
class Constant:
    """``78 NAME VALUE literal.``: the name stands for the literal wherever a value is used."""

    name: str
    value: Literal
    origin: Origin
    global_: bool = False
    """``78 name GLOBAL VALUE ...`` / ``01 name CONSTANT GLOBAL ...``: contained programs see it."""


def substitute_constants(procedure: ProcedureDivision, constants: dict[str, Literal]) -> None:
    """Replace every plain reference to a level-78 name by its literal (at the reference's
    position). Receiving a value into a constant is rejected before, by cobol/checks.py."""
    if not constants:
        return
    for paragraph in procedure.paragraphs():
        paragraph.sentences = [_substitute(s, constants) for s in paragraph.sentences]


def _substitute(node: Any, constants: dict[str, Literal]) -> Any:
    if isinstance(node, Identifier):
        value = constants.get(node.name.upper())
        if value is not None and not node.qualifiers and not node.subscripts and not node.refmod:
            return dataclasses.replace(value, origin=node.origin)
    if isinstance(node, tuple):
        return tuple(_substitute(item, constants) for item in node)
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return node
    changes = {}
    for field_ in dataclasses.fields(node):
        old = getattr(node, field_.name)
        new = _substitute(old, constants)
        if new is not old:
            changes[field_.name] = new
    return dataclasses.replace(node, **changes) if changes else node


# ---------------------------------------------------------------------------------------------
# abbreviated combined conditions


def resolve_condition(cond: Condition, is_condition_name: Callable[[Expr], bool]) -> Condition:
    """Complete abbreviated relations (``A = 1 OR 2``, ``A > B AND < C``) left to right and tell
    condition names from bare operands."""
    state: dict[str, Any] = {"subject": None, "op": None, "negated": False}

    def walk(node: Condition) -> Condition:
        if isinstance(node, And):
            return And(walk(node.left), walk(node.right), node.origin)
        if isinstance(node, Or):
            return Or(walk(node.left), walk(node.right), node.origin)
        if isinstance(node, Not):
            return Not(walk(node.operand), node.origin)
        if isinstance(node, Relation):
            state.update(subject=node.left, op=node.op, negated=node.negated)
            return node
        if isinstance(node, AbbreviatedRelation):
            if state["subject"] is None:
                raise CobolSemanticError("relation has no subject", node.origin)
            state.update(op=node.op, negated=node.negated)
            return Relation(state["subject"], node.op, node.negated, node.right, node.origin)
        if isinstance(node, BareCondition):
            if isinstance(node.operand, Identifier) and is_condition_name(node.operand):
                return ConditionName(node.operand, node.origin)
            if state["subject"] is None:
                raise CobolSemanticError("this operand is not a condition", node.origin)
            return Relation(
                state["subject"], state["op"], state["negated"], node.operand, node.origin
            )
        return node

    return walk(cond)
