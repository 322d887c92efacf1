"""The modern engine's own source compiled by mypyc: what is left when no bytecode is
interpreted (issue 13, session 8). An experiment, not part of the engine or the test run.

    .venv/bin/python benchmarks/modern_compiled.py            # 100,000 / 500,000, --repeat 2
    .venv/bin/python benchmarks/modern_compiled.py --accounts 20000 --transactions 100000

Issue 13 asks the modern engine for at least 0.6x the gnucobol engine's throughput on one core.
Five sessions of tuning took it from 0.22x to about 0.5x; this asks how far the same code could
go at all, were the interpreter's own overhead (bytecode dispatch, frames, boxed locals) gone.
It copies ``idrs_sandbox.modern`` into a scratch package, compiles the copy with mypyc (mypy's
compiler: mypy is already a test dependency; a C compiler and the Python headers are needed),
runs the gnucobol engine, the modern engine and the compiled copy on the same generated data,
each in a fresh process through ``run_engine`` as ``engines_bench.py`` does, checks that the
compiled copy's outputs and return code are the modern engine's byte for byte, and prints the
CPU times.

The copy differs from the source in two mechanical ways (an ``ast`` rewrite): its imports name
the scratch package, and a ``bytes`` value indexed by a slice held in a name goes through
``operator.getitem``: mypyc 2.4.1 compiles ``raw[SPAN]`` (``SPAN`` a ``slice``) as an integer
index and raises ``TypeError: 'slice' object cannot be interpreted as an integer``. Only
subscripts by a module-level slice or by a parameter annotated ``slice`` are rewritten; a slice
held in a loop variable (one, on the edit pass's error path) is not, so the copy would raise on
a master the edit pass refuses. The copy is checked on the benchmark's data only: it is a
measurement, not a fifth engine.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from engines_bench import (
    DEFAULT_WORKDIR,
    Contender,
    best,
    data_set,
    ratio_text,
    round_ratios,
    rounds,
    warm_up,
)
from rich.console import Console
from rich.table import Table

import idrs_sandbox.modern as modern_package
from idrs_sandbox.oracle.compare import compare_runs

SCRATCH = "modern_compiled"
"""The scratch package's name (its folder is put first on the runner's ``sys.path``)."""
SOURCE_PREFIX = "idrs_sandbox.modern"

RUNNER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from idrs_sandbox.engines.base import OUTPUT_DDNAMES, RunInputs, run_engine
from modern_compiled.run import run_posting

class CompiledModern:
    name = "modern-compiled"

    def available(self):
        return True

    def execute(self, inputs, staging):
        files = dict(inputs.by_ddname())
        files.update({ddname: staging / ddname for ddname in OUTPUT_DDNAMES})
        return run_posting(files)

result = run_engine(CompiledModern(), RunInputs.from_folder(Path(sys.argv[2])), Path(sys.argv[3]))
sys.exit(0 if result.return_code in (0, 4) else 3)
"""
"""As engines_bench.RUNNER, with the compiled copy behind the engine interface."""


PRELUDE = (
    "from operator import getitem as _getitem_op\n"
    "from typing import Any as _Any, Callable as _Callable\n"
    "_getitem: _Callable[[_Any, _Any], _Any] = _getitem_op\n"
)
"""What a rewritten subscript calls: ``operator.getitem``, typed so that mypyc keeps it a call."""


def _sliced_subscripts(tree: ast.Module, slices: set[str]) -> list[ast.Subscript]:
    """The loads ``x[NAME]`` with ``NAME`` a module-level ``slice`` (``slices``) or a parameter
    annotated ``slice`` of the function they are in."""
    found: list[ast.Subscript] = []

    def visit(node: ast.AST, local: set[str]) -> None:
        if isinstance(node, ast.FunctionDef):
            arguments = (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)
            local = local | {
                argument.arg
                for argument in arguments
                if isinstance(argument.annotation, ast.Name) and argument.annotation.id == "slice"
            }
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            index = node.slice
            if isinstance(index, ast.Name) and (index.id in slices or index.id in local):
                found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child, local)

    visit(tree, set())
    return found


def scratch_source(name: str, text: str) -> str:
    """One module of the copy, from its source text. Rewritten in place by the positions
    ``ast`` gives, so that comments (``# type: ignore`` among them) stay."""
    module = importlib.import_module(f"{SOURCE_PREFIX}.{name}")
    slices = {key for key, value in vars(module).items() if isinstance(value, slice)}
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line.encode()))
    data = text.encode()

    def offset(line: int, column: int) -> int:  # ast columns count UTF-8 bytes
        return starts[line - 1] + column

    edits: list[tuple[int, int, bytes]] = []
    for node in _sliced_subscripts(tree, slices):
        value = data[
            offset(node.value.lineno, node.value.col_offset) : offset(
                node.value.end_lineno or 0, node.value.end_col_offset or 0
            )
        ]
        index = node.slice
        assert isinstance(index, ast.Name)
        replacement = b"_getitem(" + value + b", " + index.id.encode() + b")"
        at = offset(node.lineno, node.col_offset)
        edits.append((at, offset(node.end_lineno or 0, node.end_col_offset or 0), replacement))
    future = next(
        (s for s in tree.body if isinstance(s, ast.ImportFrom) and s.module == "__future__"),
        None,
    )
    prelude_at = offset((future.end_lineno or 0) + 1, 0) if future else 0
    edits.append((prelude_at, prelude_at, PRELUDE.encode()))
    kept_until = len(data)
    for start, stop, replacement in sorted(edits, reverse=True):
        if stop > kept_until:  # nested in an edit already made (none in the engine today)
            continue
        data = data[:start] + replacement + data[stop:]
        kept_until = start
    return data.decode().replace(f"from {SOURCE_PREFIX}", f"from {SCRATCH}")


def build(workdir: Path, console: Console) -> Path:
    """The compiled copy, built once per content of the modern package (and mypy version)."""
    import mypy.version

    sources = sorted(Path(modern_package.__file__).parent.glob("*.py"))
    digest = hashlib.sha256(mypy.version.__version__.encode())
    for path in sources:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    root = workdir / f"modern-compiled-{digest.hexdigest()[:16]}"
    if (root / ".complete").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    package = root / SCRATCH
    package.mkdir(parents=True)
    for path in sources:
        (package / path.name).write_text(scratch_source(path.stem, path.read_text()))
    console.print(f"compiling {len(sources)} modules with mypyc in {root} (about a minute) ...")
    src = Path(modern_package.__file__).parents[2]
    environment = {**os.environ, "MYPYPATH": str(src)}
    environment.pop("PYTHONPATH", None)
    completed = subprocess.run(
        [sys.executable, "-m", "mypyc", SCRATCH],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
    )
    if completed.returncode != 0:
        raise SystemExit(f"mypyc failed:\n{completed.stdout[-4000:]}{completed.stderr[-4000:]}")
    (root / ".complete").touch()
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--transactions", type=int, default=500_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--repeat", type=int, default=2, help="runs per engine; the best counts")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = parser.parse_args()

    console = Console(width=None if sys.stdout.isatty() else 120)  # whole tables in a log
    root = build(args.workdir, console)
    folder = data_set(args.workdir, args.accounts, args.transactions, args.seed)
    out = args.workdir / "out-compiled"
    shutil.rmtree(out, ignore_errors=True)
    engines = ["gnucobol", "modern"] if shutil.which("cobc") else ["modern"]
    warm_up(engines)
    contenders = [Contender(e) for e in engines]
    contenders.append(Contender("modern-compiled", RUNNER, (str(root),)))
    runs = rounds(contenders, folder, out, args.repeat)
    comparison = compare_runs(out / "modern", out / "modern-compiled")
    if not comparison.identical:
        raise SystemExit(f"the compiled copy's outputs differ:\n{comparison.explain()}")
    console.print("the compiled copy's outputs and return code: identical to the modern engine's")

    table = Table(title=f"{args.accounts:,} accounts / {args.transactions:,} cards, best run")
    for column in ("engine", "CPU s", "vs gnucobol (per round)", "vs modern (per round)"):
        table.add_column(column, justify="left" if column == "engine" else "right")
    modern = runs["modern"]
    for engine, measured in runs.items():
        versus_modern = [m.cpu / c.cpu for m, c in zip(modern, measured, strict=False)]
        table.add_row(
            engine,
            f"{best(measured).cpu:.2f}",
            ratio_text(round_ratios(runs, engine)),
            ratio_text(versus_modern),
        )
    console.print(table)


if __name__ == "__main__":
    main()
