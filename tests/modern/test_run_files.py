"""DD-name resolution as GnuCOBOL does it (RULEBOOK §1) and the balanced-line merge."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from idrs_sandbox.modern.codes import TC
from idrs_sandbox.modern.merge import balanced_line
from idrs_sandbox.modern.model import Account, ModuleCard
from idrs_sandbox.modern.run import resolve_ddname


def test_dd_names_resolve_like_gnucobol() -> None:
    env = {"DD_MASTIN": "/a/m1", "dd_MASTIN": "/a/m2", "MASTIN": "/a/m3", "dd_TRANSIN": "/a/t2"}
    assert resolve_ddname("MASTIN", env) == Path("/a/m1")
    assert resolve_ddname("TRANSIN", env) == Path("/a/t2")
    assert resolve_ddname("CONTROL", {"CONTROL": "/a/c"}) == Path("/a/c")
    assert resolve_ddname("REPORT", {}) == Path("REPORT")


def card(tin: str, seq: str) -> ModuleCard:
    image = f"{tin}DOE 670202312000000100002406{seq}".encode().ljust(100)
    key = f"{tin}{seq}".encode()
    return ModuleCard(
        image, key, tin, "DOE ", TC.LATER_PAYMENT, 202312, Decimal("1.00"), 240601, ""
    )


def test_the_merge_groups_each_tin_once_in_byte_order() -> None:
    masters = iter([Account(tin="000000002"), Account(tin="000000005")])
    cards = iter(
        [card("000000001", "000001"), card("000000005", "000001"), card("000000005", "000002")]
    )
    groups = [
        (g.tin, g.master is not None, len(list(g.cards))) for g in balanced_line(masters, cards)
    ]
    assert groups == [("000000001", False, 1), ("000000002", True, 0), ("000000005", True, 2)]
