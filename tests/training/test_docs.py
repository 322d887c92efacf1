"""The exercise pages say what the package does: same titles, same hints in the same order, every
section a trainee needs; the index lists them all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from idrs_sandbox.training import course
from idrs_sandbox.training.workspace import GUIDE_FILE

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


NEWCOMER_PAGES = [
    DOCS.parent / "README.md",
    DOCS / "getting-started.md",
    *sorted((DOCS / "exercises").glob("*.md")),
]


@pytest.mark.parametrize("page", NEWCOMER_PAGES, ids=lambda page: page.name)
def test_the_newcomer_pages_cite_files_that_exist(page: Path) -> None:
    """Every link and every `NAME.md` a newcomer is told to open is there (exercise 01 once cited
    RULEBOOK.md, which is docs/rulebook.md)."""
    text = page.read_text(encoding="utf-8")
    root = DOCS.parent
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" in target:
            continue
        assert (page.parent / target).exists(), f"{page.name}: link to {target}"
    for name in re.findall(r"`([\w./-]+\.md)`", text):
        if name == GUIDE_FILE:
            continue  # written into each work folder by `idrs exercise start`
        candidates = (page.parent / name, root / name, DOCS / name)
        assert any(path.exists() for path in candidates), f"{page.name}: `{name}`"


@pytest.mark.parametrize("page", NEWCOMER_PAGES, ids=lambda page: page.name)
def test_the_newcomer_pages_count_bytes_from_1(page: Path) -> None:
    """One convention: "byte N" from 1, as `idrs records layout` shows START."""
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"\bat offset \d+", text), page.name
