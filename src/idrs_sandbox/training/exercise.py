"""What every exercise is: its words (title, story pointer, hints), the paths it manages in a work
folder, how it prepares the starting state, and what its check runs."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

from idrs_sandbox.training.checks import CheckContext
from idrs_sandbox.training.edits import apply_edits, load_edits
from idrs_sandbox.training.workspace import (
    MODERN_DIR,
    Workspace,
    copy_legacy,
    copy_modern,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
"""Starting-state edit scripts and acceptance decks, one folder per exercise slug."""


class Exercise(ABC):
    """One kata. Subclasses set the class attributes and implement ``prepare`` and ``check``."""

    number: int
    slug: str
    title: str
    summary: str
    hints: tuple[str, ...]
    managed: tuple[str, ...]
    """Paths of the work folder the exercise creates; ``reset`` rebuilds exactly these."""
    variants: tuple[str, ...] = ()
    needs_cobol: bool = False
    """True when the trainee's own COBOL must run (cobc, or the interpreter when it can)."""

    @property
    def key(self) -> str:
        return f"{self.number:02d}"

    @property
    def doc(self) -> str:
        return f"docs/exercises/{self.slug}.md"

    @property
    def data(self) -> Path:
        return DATA_DIR / self.slug

    def hints_for(self, variant: str | None) -> tuple[str, ...]:
        return self.hints

    def default_variant(self) -> str | None:
        return None

    def prepare(self, workspace: Workspace, variant: str | None) -> None:
        """Create the managed paths in their starting state: by default a copy of the legacy
        program and copybooks and of the modern engine, whichever of them ``managed`` names."""
        if "legacy" in self.managed:
            self.copy_legacy(workspace)
        if "modern" in self.managed:
            self.copy_modern(workspace)

    @abstractmethod
    def check(self, ctx: CheckContext, variant: str | None) -> None:
        """Add the outcomes of every check to ``ctx``."""

    # --- helpers for prepare -------------------------------------------------------------------

    def copy_modern(self, workspace: Workspace) -> None:
        copy_modern(workspace.root / MODERN_DIR)

    def copy_legacy(self, workspace: Workspace) -> None:
        copy_legacy(workspace.root)

    def apply_data_edits(self, workspace: Workspace, name: str) -> None:
        """Apply this exercise's edit script ``data/<slug>/<name>`` to the work folder."""
        apply_edits(workspace.root, load_edits(self.data / name))
