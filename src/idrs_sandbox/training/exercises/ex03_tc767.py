"""Placeholder."""

from __future__ import annotations

from idrs_sandbox.training.checks import CheckContext
from idrs_sandbox.training.exercise import Exercise
from idrs_sandbox.training.workspace import Workspace


class CreditReversal(Exercise):
    number = 3
    slug = "03-tc767"
    title = "TODO"
    summary = "TODO"
    managed = ("modern",)
    hints = ("TODO",)

    def prepare(self, workspace: Workspace, variant: str | None) -> None:
        self.copy_modern(workspace)

    def check(self, ctx: CheckContext, variant: str | None) -> None:
        pass
