"""online/ reads the master through records/ only, with layouts equal to the modern engine's (which
a test checks against the copybooks). The packages online/ must never import are checked with every
other package's in tests/test_architecture.py."""

from __future__ import annotations

import pytest

from idrs_sandbox.modern import layouts as modern_layouts
from idrs_sandbox.online import layouts


@pytest.mark.parametrize("name", ["TAXACCT", "TRANSREC"])
def test_layouts_equal_the_modern_engines(name: str) -> None:
    assert getattr(layouts, name) == modern_layouts.LAYOUTS[name]
