"""DD-name resolution as GnuCOBOL does it (RULEBOOK §1) and the balanced-line merge."""

from __future__ import annotations

from pathlib import Path

from idrs_sandbox.modern.merge import BalancedLine
from idrs_sandbox.modern.model import Account
from idrs_sandbox.modern.run import resolve_ddname


def test_dd_names_resolve_like_gnucobol() -> None:
    env = {"DD_MASTIN": "/a/m1", "dd_MASTIN": "/a/m2", "MASTIN": "/a/m3", "dd_TRANSIN": "/a/t2"}
    assert resolve_ddname("MASTIN", env) == Path("/a/m1")
    assert resolve_ddname("TRANSIN", env) == Path("/a/t2")
    assert resolve_ddname("CONTROL", {"CONTROL": "/a/c"}) == Path("/a/c")
    assert resolve_ddname("REPORT", {}) == Path("REPORT")


def test_the_merge_finds_each_tin_once_and_closes_masters_without_cards() -> None:
    closed: list[str] = []
    masters = iter([Account(tin=tin) for tin in ("000000002", "000000005", "000000007")])
    merge = BalancedLine(masters, lambda account: closed.append(account.tin))
    assert merge.master_for("000000001") is None
    assert closed == []
    found = merge.master_for("000000005")
    assert found is not None and found.tin == "000000005"
    assert closed == ["000000002"]  # below the TIN asked for: no cards, closed on the way
    assert merge.master_for("000000006") is None
    merge.finish()
    assert closed == ["000000002", "000000007"]
    assert merge.masters_read == 3
