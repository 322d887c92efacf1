"""The Textual green screen, driven with Pilot: typing a request shows its screen (audited first),
a masked TIN for a clerk; ``IDRS_SCREENSHOT=PATH`` also saves an SVG screenshot (docs/idrs.md)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input

from idrs_sandbox.online.app import TerminalApp
from idrs_sandbox.online.audit import read_records
from idrs_sandbox.online.master import MasterFile
from idrs_sandbox.online.profiles import Profiles
from idrs_sandbox.online.sample import SAMPLE_PASSWORDS

from .conftest import Bench


def test_the_app_signs_on_looks_up_and_audits(
    bench: Callable[..., Bench], master: MasterFile, profiles: Profiles
) -> None:
    this = bench()
    clerk = profiles.employees["1000001"]
    tin = next(t for t in master.tins() if t in clerk.inventory)
    app = TerminalApp(this.terminal)

    masked: list[bool] = []

    async def drive() -> list[str]:
        shown: list[str] = []
        async with app.run_test(size=(90, 32)) as pilot:
            assert "SINON EMPLOYEE-NUMBER PASSWORD" in app.last_text
            command = app.query_one("#command", Input)
            for line in (f"SINON 1000001 {SAMPLE_PASSWORDS['1000001']}", f"SUMRY {tin}"):
                await pilot.click("#command")
                await pilot.press(*line)
                await pilot.pause()
                masked.append(command.password)
                await pilot.press("enter")
                await pilot.pause()
                shown.append(app.last_text)
            screenshot = os.environ.get("IDRS_SCREENSHOT")
            if screenshot:
                Path(screenshot).write_text(app.export_screenshot(), encoding="utf-8")
        return shown

    sign_on, summary = asyncio.run(drive())
    assert masked == [True, False]  # the password was not echoed; SUMRY was
    assert "ROLE           CLERK" in sign_on
    assert f"SUMRY XXX-XX-{tin[-4:]}" in summary and tin not in summary
    requests = [r for _n, r in read_records(this.log) if r["type"] == "request"]
    assert [(r["cc"], r["outcome"]) for r in requests] == [
        ("SINON", "GRANTED"),
        ("SUMRY", "GRANTED"),
    ]
