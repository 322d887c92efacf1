"""The run's layouts declared in Python (records/posting.py, for the modern engine, the online
layer and the engine interface) equal the copybooks' (docs/architecture.md)."""

from __future__ import annotations

import pytest

from idrs_sandbox.cobol.copybook import load_copybook
from idrs_sandbox.paths import copybook_dir
from idrs_sandbox.records.posting import LAYOUTS
from rulebook import RECORD_LENGTHS


def test_every_copybook_has_a_declaration() -> None:
    names = {path.stem for path in copybook_dir().glob("*.cpy")}
    assert names == set(LAYOUTS)


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_declared_layout_equals_the_copybook(name: str) -> None:
    declared = LAYOUTS[name]
    assert declared.size == RECORD_LENGTHS[name]
    from_copybook = load_copybook(name)
    # Field by field first, so that a difference names the field.
    for ours, theirs in zip(declared.fields(), from_copybook.fields(), strict=True):
        assert (ours.name, ours.offset, ours.size) == (theirs.name, theirs.offset, theirs.size)
        assert ours == theirs, ours.name
    assert declared == from_copybook
