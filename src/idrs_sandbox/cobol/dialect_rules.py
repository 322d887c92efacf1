"""What the dialect (cobol/dialect.py) changes in a parsed program, and the programs it refuses.

- ``top-level-occurs-clause``: an OCCURS on a level 01 / 77 item of WORKING-STORAGE (default.conf
  ``ok``) is kept as cobc keeps it: the item repeated in one storage area. The engine's layout
  takes OCCURS below level 01 only, so the item is given an unnamed level 01 group of its own
  (the same bytes, subscripts and lengths); ``skip`` drops the clause, ``error`` /
  ``unconformable`` refuse it.
- the checks of :func:`dialect_problems`: a construct the dialect rejects (cobc's "does not
  conform to COBOL 85" errors) or whose meaning an option changes that the engine does not follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast
from idrs_sandbox.cobol.data_division import DataItem
from idrs_sandbox.cobol.diagnostics import CobolError, CobolSemanticError, Origin
from idrs_sandbox.cobol.dialect import DEFAULTS, Dialect, Support
from idrs_sandbox.records.layout import Usage

if TYPE_CHECKING:
    from idrs_sandbox.cobol.program import Program


WHAT = {
    "perform-varying-without-by": "PERFORM VARYING without BY phrase",
    "top-level-occurs-clause": "OCCURS at level 01/77",
    "goto-entry": "ENTRY FOR GO TO",
}
"""The construct of a support option, as cobc's messages name it (cobc/typeck.c, parser.y)."""


def check_support(dialect: Dialect, option: str, origin: Origin) -> None:
    """cobc's error for a construct the dialect rejects (``error`` / ``unconformable``):
    "PERFORM VARYING without BY phrase does not conform to COBOL 85"."""
    support = dialect.support(option)
    if support.rejected:
        verb = "is not allowed in" if support is Support.ERROR else "does not conform to"
        raise CobolSemanticError(f"{WHAT[option]} {verb} {dialect.title}", origin)


def top_level_occurs(items: list[DataItem], dialect: Dialect) -> list[DataItem]:
    """WORKING-STORAGE's level 01 / 77 items, an OCCURS on one of them kept as cobc does."""
    support = dialect.support("top-level-occurs-clause")
    result: list[DataItem] = []
    for item in items:
        if item.occurs is None or item.level not in (1, 77):
            result.append(item)
        elif support.rejected:
            check_support(dialect, "top-level-occurs-clause", item.occurs.origin)
        elif support in (Support.SKIP, Support.IGNORE):
            result.append(replace(item, occurs=None))
        else:
            result.append(_wrapped(item))
    return result


def _wrapped(item: DataItem) -> DataItem:
    """``01 X PIC X OCCURS 2`` as ``01 FILLER. 02 X PIC X OCCURS 2``: the same bytes
    (measured with cobc 3.1.2: LENGTH OF X is 1, X(2) the second byte; probe
    dialect_top_level_occurs)."""
    for clause, what in (
        (item.external, "EXTERNAL"),
        (item.global_clause, "GLOBAL"),
        (item.based, "BASED"),
        (item.any_length, "ANY LENGTH"),
    ):
        if clause is not None:
            raise CobolSemanticError(
                f"OCCURS with {what} on level {item.level:02d} item {item.display_name} is not "
                "supported by the legacy engine",
                item.origin,
            )
    # ``01 B REDEFINES A PIC X OCCURS 4``: the group takes the REDEFINES (cobc compiles it
    # silently; probe dialect_top_level_occurs).
    child = replace(item, level=2, redefines=None)
    return DataItem(
        level=1,
        name=None,
        origin=item.origin,
        children=[child],
        redefines=item.redefines,
        wraps_occurs=True,
    )


# ---------------------------------------------------------------------------------------------
# options the engine does not follow: the programs whose meaning they change are refused


def dialect_problems(program: Program) -> list[CobolError]:
    """One error per dialect option that is not default.conf's, that the engine does not
    follow, and that would change what this program does (cobol/dialect.py ``unfollowed``
    and the options not followed yet); a program they cannot change runs."""
    dialect = program.source.dialect
    if dialect.is_default:
        return []
    items = [i for root in _roots(program) for i in root.walk()]
    statements = list(_statements(program))
    problems: list[CobolError] = []

    def refuse(option: str, what: str, origin: Origin) -> None:
        problems.append(
            CobolSemanticError(
                f"{what} under {option} (-std={dialect.std} or -f{option}) is not supported "
                "by the legacy engine",
                origin,
            )
        )

    binary = [i for i in items if i.usage is not None and i.usage.usage is Usage.COMP]
    if dialect.values["binary-size"] != DEFAULTS["binary-size"] and binary:
        refuse("binary-size", f"the binary item {binary[0].display_name}", binary[0].origin)
    comp_x = [i for i in items if i.usage is not None and i.usage.usage is Usage.COMP_X]
    if dialect.binary_native and comp_x:
        # cobc keeps COMP-N big-endian and makes COMP-X native (field.c setup_parameters);
        # the engine reads both words as one usage, so it cannot tell which order applies
        refuse(
            "binary-byteorder",
            f"the COMP-X / COMP-N item {comp_x[0].display_name}",
            comp_x[0].origin,
        )
    _refuse_unfollowed(program, dialect, items, statements, refuse)
    support = dialect.support("goto-entry")
    if support.rejected:
        # cobc: "ENTRY FOR GO TO does not conform to Micro Focus COBOL" at each of both
        # statements (testsuite "ENTRY FOR GO TO / GO TO ENTRY", -std=mf-strict)
        verb = "is not allowed in" if support is Support.ERROR else "does not conform to"
        problems.extend(
            CobolSemanticError(f"{WHAT['goto-entry']} {verb} {dialect.title}", s.origin)
            for s in statements
            if isinstance(s, ast.GoToEntry | ast.EntryForGoTo)
        )
    return problems


def _refuse_unfollowed(
    program: Program,
    dialect: Dialect,
    items: list[DataItem],
    statements: list[ast.Statement],
    refuse: Callable[[str, str, Origin], None],
) -> None:
    unfollowed = set(dialect.unfollowed())
    if "sticky-linkage" in unfollowed and program.linkage:
        refuse("sticky-linkage", "LINKAGE SECTION", program.linkage[0].origin)
    for option, usage in (("binary-comp-1", Usage.FLOAT_SHORT), ("numeric-pointer", Usage.POINTER)):
        used = [i for i in items if i.usage is not None and i.usage.usage is usage]
        if option in unfollowed and used:
            refuse(option, f"the item {used[0].display_name}", used[0].origin)
    if "console-is-crt" in unfollowed:
        # acu: DISPLAY / ACCEPT without UPON / FROM use the screen (cobc 3.1.2 with curses)
        plain = [
            s
            for s in statements
            if (isinstance(s, ast.Display) and s.upon is None)
            or (isinstance(s, ast.Accept) and s.source is None)
        ]
        if plain:
            refuse("console-is-crt", "DISPLAY or ACCEPT without UPON / FROM", plain[0].origin)
    if "local-implies-recursive" in unfollowed and program.local_storage:
        refuse("local-implies-recursive", "LOCAL-STORAGE", program.local_storage[0].origin)


def _roots(program: Program) -> list[DataItem]:
    return [*program.working_storage, *(r for f in program.files for r in f.records)]


def _statements(program: Program) -> Iterator[ast.Statement]:
    procedure = program.procedure
    if procedure is None:
        return
    for section in procedure.sections:
        for paragraph in section.paragraphs:
            for sentence in paragraph.sentences:
                yield from _walk(sentence.statements)


def _walk(statements: tuple[ast.Statement, ...]) -> Iterator[ast.Statement]:
    for statement in statements:
        yield statement
        for group in ast.statement_children(statement):
            yield from _walk(group)


def _numeric(item: DataItem) -> bool:
    return item.picture is not None and item.picture.picture.is_numeric
