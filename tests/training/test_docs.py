"""The exercise pages say what the package does: same titles, same hints in the same order, every
section a trainee needs; the index lists them all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from idrs_sandbox.training import course

DOCS = Path(__file__).parents[2] / "docs"
SECTIONS = (
    "## The story",
    "## Starting state",
    "## Rules of the game",
    "## Check your progress",
    "## Hints",
    "## Debrief",
)
EXERCISES = course.exercises()


def section(text: str, heading: str) -> str:
    start = text.index(heading) + len(heading)
    end = text.find("\n## ", start)
    return text[start : end if end >= 0 else len(text)]


def numbered_items(text: str) -> list[str]:
    """The items of a Markdown numbered list, continuation lines joined, whitespace normalised."""
    items: list[str] = []
    for line in text.splitlines():
        match = re.match(r"^(\d+)\. (.*)$", line)
        if match:
            items.append(match.group(2))
        elif items and line.startswith("   ") and line.strip():
            items[-1] += " " + line.strip()
    return [" ".join(item.split()) for item in items]


@pytest.mark.parametrize("exercise", EXERCISES, ids=[e.slug for e in EXERCISES])
def test_each_exercise_page_matches_the_package(exercise: course.Exercise) -> None:
    page = DOCS / "exercises" / f"{exercise.slug}.md"
    text = page.read_text(encoding="utf-8")
    assert text.startswith(f"# Exercise {exercise.key}: {exercise.title}\n")
    positions = [text.index(heading) for heading in SECTIONS]
    assert positions == sorted(positions), f"{page.name}: sections out of order"
    hints = numbered_items(section(text, "## Hints"))
    assert hints == [" ".join(hint.split()) for hint in exercise.hints]
    assert f"idrs exercise start {exercise.number}" in text


def test_the_index_lists_every_exercise_and_getting_started() -> None:
    index = (DOCS / "exercises" / "README.md").read_text(encoding="utf-8")
    for exercise in EXERCISES:
        assert f"]({exercise.slug}.md)" in index and exercise.title in index
    assert "](../getting-started.md)" in index
    assert (DOCS / "getting-started.md").is_file()
