"""Edit scripts: the starting states and the reference solutions are written with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from idrs_sandbox.training.course import exercises
from idrs_sandbox.training.edits import EditError, apply_edits, load_edits, parse_edits

SOLUTIONS = Path(__file__).parent / "solutions"

SCRIPT = """# a comment
=== FILE a.py
<<<<<<< SEARCH
RATE = 1
=======
RATE = 2
>>>>>>> REPLACE
<<<<<<< FUNCTION twice
def twice(x: int) -> int:
    return 2 * x
>>>>>>> FUNCTION
=== FILE notes/new.txt
<<<<<<< CONTENT
hello
>>>>>>> CONTENT
"""

SOURCE = '''RATE = 1


@decorated
def twice(x: int) -> int:
    """Old."""
    return x + x


def other() -> None:
    pass
'''


def test_a_script_replaces_text_functions_and_whole_files(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(SOURCE)
    changed = apply_edits(tmp_path, parse_edits(SCRIPT, "script"))
    assert changed == [tmp_path / "a.py", tmp_path / "notes" / "new.txt"]
    assert (tmp_path / "a.py").read_text() == (
        "RATE = 2\n\n\ndef twice(x: int) -> int:\n    return 2 * x\n\n\n"
        "def other() -> None:\n    pass\n"
    )
    assert (tmp_path / "notes" / "new.txt").read_text() == "hello\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("RATE = 1\nRATE = 1\n", "found 2 times"),
        ("RATE = 3\n", "not found"),
    ],
)
def test_a_search_block_must_match_exactly_once(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "a.py").write_text(text + "def twice(x: int) -> int:\n    return x\n")
    with pytest.raises(EditError, match=message) as raised:
        apply_edits(tmp_path, parse_edits(SCRIPT, "script"))
    assert "script:3" in str(raised.value)


def test_nothing_is_written_unless_every_block_applies(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("RATE = 1\n")  # no function 'twice'
    with pytest.raises(EditError, match="no top-level function 'twice'"):
        apply_edits(tmp_path, parse_edits(SCRIPT, "script"))
    assert (tmp_path / "a.py").read_text() == "RATE = 1\n"
    assert not (tmp_path / "notes").exists()


def test_malformed_scripts_name_their_line() -> None:
    with pytest.raises(EditError, match="x:1: a block before any"):
        parse_edits("<<<<<<< SEARCH\n", "x")
    with pytest.raises(EditError, match="x:2: block not closed"):
        parse_edits("=== FILE a\n<<<<<<< SEARCH\nA\n", "x")


def test_every_starting_state_and_reference_solution_applies(tmp_path: Path) -> None:
    """Fast, and without cobc: a seed or a solution that no longer fits the code it edits (the
    modern engine or POSTING.cbl changed under it) fails here first, naming the block."""
    from idrs_sandbox.training import course

    for exercise in exercises():
        for variant in exercise.variants or (None,):
            folder = tmp_path / f"{exercise.slug}-{variant}"
            course.start(exercise.slug, folder, variant)
            for script in sorted((SOLUTIONS / exercise.slug).glob("*.edits")):
                if variant is None or script.stem == variant:
                    apply_edits(folder, load_edits(script))
