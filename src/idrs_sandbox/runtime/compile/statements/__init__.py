"""Statement generators, registered by AST node type (see :mod:`.registry`). Importing this
package imports every generator module, so :data:`GENERATORS` is complete."""

from idrs_sandbox.runtime.compile.statements import (
    allocate,
    arithmetic,
    call,
    corresponding,
    data,
    debugging,
    declaratives,
    delete,
    flow,
    goto_entry,
    io,
    keyed,
    screen,
    search,
    sort,
    switches,
    text,
)
from idrs_sandbox.runtime.compile.statements.registry import GENERATORS, generates

__all__ = [
    "GENERATORS",
    "allocate",
    "arithmetic",
    "call",
    "corresponding",
    "data",
    "debugging",
    "declaratives",
    "delete",
    "flow",
    "generates",
    "goto_entry",
    "io",
    "keyed",
    "screen",
    "search",
    "sort",
    "switches",
    "text",
]
