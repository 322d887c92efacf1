"""Edit scripts: the starting states of the exercises (seeded bugs, code to be ported) and, in the
test suite, the reference solutions are written as small, readable edit blocks.

An edit script names a file of the work folder, then lists blocks applied in order::

    # a comment (only outside blocks)
    === FILE modern/settlement.py
    <<<<<<< SEARCH
    ABA_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7, 1)
    =======
    ABA_WEIGHTS = (7, 3, 1, 7, 3, 1, 7, 3, 1)
    >>>>>>> REPLACE
    <<<<<<< FUNCTION scan_master
    def scan_master(path: Path) -> None:
        ...
    >>>>>>> FUNCTION

A SEARCH block must match exactly once. A FUNCTION block replaces a top-level Python function of
that name (decorators included) whatever its body is now, so it survives unrelated edits of the
file. A ``<<<<<<< CONTENT`` ... ``>>>>>>> CONTENT`` block writes the whole file (new or not).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from idrs_sandbox.errors import IdrsError

FILE_HEADER = "=== FILE "
SEARCH_START = "<<<<<<< SEARCH"
DIVIDER = "======="
REPLACE_END = ">>>>>>> REPLACE"
FUNCTION_START = "<<<<<<< FUNCTION "
FUNCTION_END = ">>>>>>> FUNCTION"
CONTENT_START = "<<<<<<< CONTENT"
CONTENT_END = ">>>>>>> CONTENT"


class EditError(IdrsError):
    """An edit script is malformed or does not apply; names the script line and the file."""


@dataclass(frozen=True)
class Edit:
    """One block of an edit script."""

    path: str
    kind: str  # "replace", "function" or "content"
    search: str
    replacement: str
    origin: str

    def describe(self) -> str:
        if self.kind == "function":
            return f"{self.origin}: function {self.search} in {self.path}"
        if self.kind == "content":
            return f"{self.origin}: whole file {self.path}"
        first = self.search.strip().splitlines()[0] if self.search.strip() else "(empty)"
        return f"{self.origin}: SEARCH block in {self.path} starting {first!r}"


def load_edits(path: Path) -> list[Edit]:
    return parse_edits(path.read_text(encoding="utf-8"), path.name)


def parse_edits(text: str, source: str = "<edits>") -> list[Edit]:
    """Every block of an edit script, in order."""
    lines = text.splitlines(keepends=True)
    edits: list[Edit] = []
    target: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index].rstrip("\n")
        where = f"{source}:{index + 1}"
        if line.startswith(FILE_HEADER):
            target = line[len(FILE_HEADER) :].strip()
            index += 1
            continue
        if not line.strip() or line.startswith("#"):
            index += 1
            continue
        if target is None:
            raise EditError(f"{where}: a block before any '=== FILE path' line")
        edit, index = _parse_block(lines, index, target, where)
        edits.append(edit)
    return edits


def _parse_block(lines: list[str], index: int, target: str, where: str) -> tuple[Edit, int]:
    line = lines[index].rstrip("\n")
    if line == SEARCH_START:
        search, index = _read_until(lines, index + 1, DIVIDER, where)
        replacement, index = _read_until(lines, index, REPLACE_END, where)
        return Edit(target, "replace", search, replacement, where), index
    if line.startswith(FUNCTION_START):
        name = line[len(FUNCTION_START) :].strip()
        body, index = _read_until(lines, index + 1, FUNCTION_END, where)
        return Edit(target, "function", name, body, where), index
    if line == CONTENT_START:
        body, index = _read_until(lines, index + 1, CONTENT_END, where)
        return Edit(target, "content", "", body, where), index
    raise EditError(
        f"{where}: expected {SEARCH_START!r}, {FUNCTION_START}NAME or {CONTENT_START!r}"
    )


def _read_until(lines: list[str], index: int, marker: str, where: str) -> tuple[str, int]:
    """The text up to the line ``marker`` and the index after it."""
    body: list[str] = []
    while index < len(lines):
        if lines[index].rstrip("\n") == marker:
            return "".join(body), index + 1
        body.append(lines[index])
        index += 1
    raise EditError(f"{where}: block not closed by {marker!r}")


def apply_edits(root: Path, edits: Sequence[Edit]) -> list[Path]:
    """Apply ``edits`` to the files under ``root``; return the files changed, in order.
    Nothing is written unless every block applies."""
    contents: dict[Path, str] = {}
    for edit in edits:
        path = root / edit.path
        if edit.kind == "content":
            contents[path] = edit.replacement
            continue
        if path not in contents:
            if not path.is_file():
                raise EditError(f"{edit.describe()}: no such file {path}")
            contents[path] = path.read_text(encoding="utf-8")
        contents[path] = _applied(contents[path], edit)
    for path, text in contents.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(contents)


def _applied(text: str, edit: Edit) -> str:
    if edit.kind == "function":
        return replace_function(text, edit.search, edit.replacement, edit.describe())
    count = text.count(edit.search)
    if count != 1:
        found = "not found" if count == 0 else f"found {count} times"
        raise EditError(f"{edit.describe()}: the SEARCH text is {found}")
    return text.replace(edit.search, edit.replacement, 1)


def replace_function(text: str, name: str, replacement: str, where: str = "") -> str:
    """``text`` with its top-level function ``name`` (decorators included) replaced."""
    try:
        tree = ast.parse(text)
    except SyntaxError as error:
        message = f"{where}: the file does not parse ({error.msg}, line {error.lineno})"
        raise EditError(message) from None
    for node in _top_level_functions(tree):
        if node.name == name:
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            last = node.end_lineno or node.lineno
            lines = text.splitlines(keepends=True)
            body = replacement if replacement.endswith("\n") else replacement + "\n"
            return "".join([*lines[: first - 1], body, *lines[last:]])
    raise EditError(f"{where}: no top-level function {name!r}")


def _top_level_functions(tree: ast.Module) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node
