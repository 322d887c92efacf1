"""The legacy engine's compiler, one module per job (see :mod:`.compiler`)."""

from idrs_sandbox.runtime.compile.compiler import Compiler
from idrs_sandbox.runtime.compile.values import display_type, literal_bytes

__all__ = ["Compiler", "display_type", "literal_bytes"]
