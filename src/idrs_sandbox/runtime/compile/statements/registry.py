"""The statement generators, one per AST node type (``cobol/procedure.py``).

A generator is a function ``(compiler, node) -> None`` that writes the Python code of one
statement through the compiler's jobs (``c.ref``, ``c.num``, ``c.condition``, ``c.move``,
``c.out.line``...). It is registered with ``@generates(ast.NodeType)``; the compiler looks it up
by ``type(node)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from idrs_sandbox.runtime.compile.compiler import Compiler

Generator = Callable[["Compiler", Any], None]
GENERATORS: dict[type, Generator] = {}
"""AST node type -> its generator (filled when the statement modules are imported)."""

G = TypeVar("G", bound=Callable[..., None])


def generates(node_type: type) -> Callable[[G], G]:
    """Register the decorated function as the generator of ``node_type`` statements."""

    def register(generator: G) -> G:
        if node_type in GENERATORS:
            raise ValueError(f"two generators for {node_type.__name__}")
        GENERATORS[node_type] = generator
        return generator

    return register
