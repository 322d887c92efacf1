"""Table scans written as byte searches (a speed-up, same results).

The usual table lookup of a COBOL program without SEARCH::

    PERFORM VARYING I FROM 1 BY 1 UNTIL I > 22
        IF T-CODE (I) = WANTED
            ADD 1 TO T-COUNT (I)
        END-IF
    END-PERFORM

is a counted loop (statements/flow.py) whose body is one IF, without ELSE, comparing the I-th
element of a table with a value that does not depend on I, byte for byte. Tested element by
element in Python it costs a slice and a comparison per element; ``bytearray.find`` of the
wanted bytes from the element where the scan stands finds the next element that compares equal
in one call. The result is the same: nothing runs between two element tests except the IF's
own statements, so the elements between two matches are tested against an unchanged table and
value; after the statements ran, the value is read again and the search resumes at the next
element, seeing whatever the statements changed. A match that is not at an element boundary is
skipped; I holds each matching element's number while the statements run, and the loop leaves
it at the last value + 1 as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from idrs_sandbox.cobol import procedure as ast

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler

_BYTE_EQUALITY = re.compile(r"\((B\d+)\[\((_t\d+) := (.+)\):\2 \+ (\d+)\] == (.+)\)")
"""What conditions.py writes for an equality of two byte strings of one length:
``(Bn[(_t := offset):_t + size] == other)``."""


def emit_scan(
    c: Compiler,
    var: str,
    start: int,
    limit: int,
    body: tuple[ast.Statement, ...],
    guarded: Callable[[Callable[[], None]], None],
) -> bool:
    """Write the counted loop ``var`` = start .. limit over ``body`` as a byte search when it
    is a table scan (see the module's text); False (nothing written) when it is not.
    ``guarded`` writes statements as the inside of one more loop (statements/flow.py)."""
    if len(body) != 1 or not isinstance(body[0], ast.If) or body[0].otherwise is not None:
        return False
    node = body[0]
    cond = node.condition
    if c.coverage or c.trace or not isinstance(cond, ast.Relation):
        return False
    if cond.op != "=" or cond.negated or not isinstance(cond.left, ast.Identifier):
        return False
    if len(cond.left.subscripts) != 1 or cond.left.refmod is not None:
        return False
    found = _BYTE_EQUALITY.fullmatch(c.condition(cond))
    if found is None:
        return False
    buf, _, offset, size, wanted = found.groups()
    element = re.fullmatch(rf"(?:(\d+) \+ )?\({var} - 1\)(?: \* (\d+))?", offset)
    if element is None or re.search(rf"\b{var}\b", wanted):
        return False
    base, stride = int(element.group(1) or 0), int(element.group(2) or 1)
    first, last = base + (start - 1) * stride, base + (limit - 1) * stride
    key, at = c.temp(), c.temp()
    c.line_origins.append((len(c.out.lines) + 1, node.origin))
    c.out.line(f"{key} = bytes({wanted})")
    c.out.line(f"{at} = {buf}.find({key}, {first}) if len({key}) == {size} else -1")
    with c.out.block(f"while 0 <= {at} <= {last}:"):
        if stride != 1:
            with c.out.block(f"if ({at} - {base}) % {stride}:"):
                c.out.line(f"{at} = {buf}.find({key}, {at} + 1)")
                c.out.line("continue")
        c.out.line(f"{var} = ({at} - {base}) // {stride} + 1")
        guarded(lambda: c.statements(node.then))
        c.out.line(f"{key} = bytes({wanted})")
        c.out.line(f"{at} = {buf}.find({key}, {at} + {stride}) if len({key}) == {size} else -1")
    return True
