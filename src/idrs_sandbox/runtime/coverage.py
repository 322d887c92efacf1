"""Which paragraphs and which branches of a COBOL program ran.

A program compiled with ``coverage=True`` (``LegacyProgram(program, coverage=True)``) counts,
in one list of integers shared by all its runs:

- each paragraph, on entry (however it was reached: fall-through, PERFORM or GO TO);
- each branch: the THEN and the ELSE arm of every IF (an IF written without ELSE still has a
  false arm: the condition was tested and was false), and every WHEN of an EVALUATE plus its
  WHEN OTHER (written or not: "no WHEN matched" is an arm too).

A branch counts as reached when its arm was entered at least once. Programs compiled without
coverage carry no counters at all, so the engines' speed is not affected.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from idrs_sandbox.cobol.diagnostics import Origin

ProbeKind = Literal["paragraph", "branch"]


@dataclass(frozen=True)
class Probe:
    """One counted point of the program: a paragraph or one arm of an IF / EVALUATE."""

    kind: ProbeKind
    origin: Origin
    label: str
    """What the arm is, from the source line: ``IF WS-ABENDED (true)``, ``ELSE``,
    ``WHEN TR-TC-RETURN``, ``WHEN OTHER``; the arms not written say
    ``IF WS-ABENDED (false, no ELSE)`` or ``EVALUATE TRUE (no WHEN matched)``."""
    paragraph: str
    """The paragraph that holds it (its own name for a paragraph probe)."""

    @property
    def location(self) -> str:
        return f"{self.origin.file}:{self.origin.line}"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "file": self.origin.file,
            "line": self.origin.line,
            "column": self.origin.column,
            "paragraph": self.paragraph,
            "label": self.label,
        }


def statement_text(origin: Origin) -> str:
    """The source text of the statement that starts at ``origin``, up to column 72."""
    line = origin.source.line_text(origin.line)
    return " ".join(line[origin.column - 1 : 72].split())


@dataclass(frozen=True)
class Share:
    reached: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.reached / self.total if self.total else 100.0

    def __str__(self) -> str:
        return f"{self.reached}/{self.total} ({self.percent:.1f}%)"


class Coverage:
    """Counts per probe, for one program (the runs of one compilation add up)."""

    def __init__(self, probes: Iterable[Probe], hits: Iterable[int] | None = None) -> None:
        self.probes = tuple(probes)
        self.hits = list(hits) if hits is not None else [0] * len(self.probes)
        if len(self.hits) != len(self.probes):
            raise ValueError(f"{len(self.hits)} counts for {len(self.probes)} probes")

    def _of(self, kind: ProbeKind) -> list[tuple[Probe, int]]:
        return [(p, n) for p, n in zip(self.probes, self.hits, strict=True) if p.kind == kind]

    def share(self, kind: ProbeKind) -> Share:
        counted = self._of(kind)
        return Share(sum(1 for _, n in counted if n), len(counted))

    @property
    def paragraphs(self) -> Share:
        return self.share("paragraph")

    @property
    def branches(self) -> Share:
        return self.share("branch")

    def unreached(self, kind: ProbeKind | None = None) -> list[Probe]:
        """Probes never counted, in source order (file, line, column)."""
        found = [
            p
            for p, n in zip(self.probes, self.hits, strict=True)
            if n == 0 and (kind is None or p.kind == kind)
        ]
        return sorted(found, key=lambda p: (p.origin.file, p.origin.line, p.origin.column))

    def counts(self) -> list[tuple[Probe, int]]:
        return list(zip(self.probes, self.hits, strict=True))

    def to_json(self) -> dict[str, Any]:
        def share(value: Share) -> dict[str, Any]:
            return {
                "reached": value.reached,
                "total": value.total,
                "percent": round(value.percent, 2),
            }

        return {
            "paragraphs": share(self.paragraphs),
            "branches": share(self.branches),
            "probes": [{**p.to_json(), "hits": n} for p, n in self.counts()],
        }
