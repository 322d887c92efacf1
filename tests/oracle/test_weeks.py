"""Week after week: one run's MASTOUT is the next run's MASTIN and the cycle advances.

A Hypothesis state machine starts from a generated control card and master file, then posts a
generated deck each week on every available engine (gnucobol first: the truth). At every step
the engines must agree byte for byte, and the run must keep the invariants a weekly posting
run keeps (RULEBOOK §2, §5, §6, §8):

- BALANCE = TAX-ASSESSED + FTF-PENALTY + FTP-PENALTY + INTEREST − CREDITS for every module;
- no refund comes from a module with a freeze (any byte but a space counts as set);
- an unpostable never changes an account: the same week without its unpostable cards writes
  the same MASTOUT, NOTICES and REFUNDS;
- transactions read = posted + unpostable, UNPOST holds the unpostables, and the report ends
  RUN BALANCED;
- a bad night (an output that cannot be opened or written) stops every engine the same way,
  leaves the master the week read untouched and publishes no MASTOUT, so the week is simply
  posted again.

A second machine (:class:`DirtyPostingWeeks`) also posts weeks whose deck and master bytes are
damaged (strategies/dirty.py: any field of any record, flipped, dropped and repeated bytes):
the engines must still agree byte for byte, and a week that abends leaves the master as it was.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from idrs_sandbox.datagen.dates import cycle_index, cycle_of_index
from idrs_sandbox.engines.base import FAULTS_FILE, RC_ABEND, OutputFault, RunInputs, write_faults
from idrs_sandbox.oracle.compare import record_codec
from idrs_sandbox.oracle.replay import (
    EngineUnderTest,
    engines_under_test,
    first_disagreement,
    replay_command,
    save_counterexample_inputs,
)
from idrs_sandbox.oracle.strategies import (
    Card,
    ControlCard,
    control_cards,
    damages,
    known_accounts,
    master_files,
    output_faults,
    transaction_decks,
    yyyymmdd,
)

ACCOUNT = 514
CARD = 100
UNPOST = 140
REFUND = 156
WEEKS_PER_EXAMPLE = 6
BALANCING = re.compile(r"^\s+TRANSACTIONS (READ|POSTED|UNPOSTABLE)\s+([\d,]+)\s")


def _records(data: bytes, length: int) -> list[bytes]:
    return [data[start : start + length] for start in range(0, len(data), length)]


def _next_control(control: ControlCard, weeks: int) -> ControlCard:
    """The control card ``weeks`` cycles later: cycle index + weeks, run date + 7 × weeks."""
    cycle = cycle_of_index(cycle_index(control.cycle) + weeks)
    run_date = yyyymmdd(control.run_day + dt.timedelta(days=7 * weeks))
    return ControlCard(cycle, run_date, control.rate)


class PostingWeeks(RuleBasedStateMachine):
    """The master file carried from week to week through every engine."""

    def __init__(self) -> None:
        super().__init__()
        self.workdir = Path(tempfile.mkdtemp(prefix="idrs-weeks-"))
        self.engines: list[EngineUnderTest] = engines_under_test()
        self.control = ControlCard()
        self.master = b""
        self.week = 0

    def teardown(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)

    @initialize(data=st.data())
    def open_the_books(self, data: st.DataObject) -> None:
        self.control = data.draw(control_cards(), label="control")
        accounts = data.draw(master_files(self.control), label="master")
        self.master = b"".join(account.encode() for account in accounts)

    @rule(data=st.data(), weeks=st.sampled_from([1, 1, 2, 5]))
    def post_a_week(self, data: st.DataObject, weeks: int) -> None:
        known = known_accounts(self.master)
        deck = data.draw(transaction_decks(self.control, known), label=f"deck {self.week + 1}")
        self.week += 1
        folder = self.workdir / f"week{self.week}"
        inputs = self._write_inputs(folder / "in", deck)
        comparison = first_disagreement(inputs, self.engines, folder)
        if comparison is not None:
            kept = save_counterexample_inputs(folder / "in", comparison)
            labels = [engine.label for engine in self.engines]
            raise AssertionError(
                f"week {self.week}: {comparison.explain()}\n\ncounterexample: {kept}\n"
                f"replay: {replay_command(kept, labels)}"
            )
        truth = folder / f"0-{self.engines[0].label}"
        self._check_week(truth, deck, inputs)
        self.master = (truth / "MASTOUT").read_bytes()
        self.control = _next_control(self.control, weeks)

    @rule(data=st.data())
    def a_bad_night(self, data: st.DataObject) -> None:
        """The week meets an I/O fault (a full disk, a missing folder): every engine stops the
        same way, the master the week read is untouched and no new one is published, so the
        week can simply be posted again (the next step does, from the same master)."""
        known = known_accounts(self.master)
        deck = data.draw(transaction_decks(self.control, known), label="deck of a bad night")
        faults = [data.draw(output_faults(), label="fault")]
        self.week += 1
        folder = self.workdir / f"week{self.week}-bad-night"
        for index, engine in enumerate(self.engines):  # an older MASTOUT in every output
            (folder / f"{index}-{engine.label}").mkdir(parents=True)
            (folder / f"{index}-{engine.label}" / "MASTOUT").write_bytes(b"an older master")
        inputs = self._write_inputs(folder / "in", deck, tuple(faults))
        comparison = first_disagreement(inputs, self.engines, folder)
        if comparison is not None:
            kept = save_counterexample_inputs(folder / "in", comparison)
            raise AssertionError(f"bad night {self.week}: {comparison.explain()}\n{kept}")
        assert inputs.mastin.read_bytes() == self.master, "the run changed the old master"
        for index, engine in enumerate(self.engines):
            out = folder / f"{index}-{engine.label}"
            if int((out / "RETURN-CODE").read_text()) != RC_ABEND:
                continue  # nothing was written to the broken output: a good night after all
            assert not (out / "MASTOUT").exists(), f"{engine.label} left a MASTOUT after an abend"
            report = out / "REPORT"
            if report.exists():
                cause = report.read_text()
                assert any(f"ON {dd} STATUS" in cause for dd, _ in faults), cause

    def _write_inputs(
        self, folder: Path, deck: tuple[Card, ...], faults: tuple[tuple[str, OutputFault], ...] = ()
    ) -> RunInputs:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "CONTROL").write_bytes(self.control.encode())
        (folder / "MASTIN").write_bytes(self.master)
        (folder / "TRANSIN").write_bytes(b"".join(card.encode() for card in deck))
        write_faults(folder / FAULTS_FILE, faults)
        return RunInputs.from_folder(folder)

    # --- the week's invariants, checked on the reference engine's outputs -------------------

    def _check_week(self, out: Path, deck: tuple[Card, ...], inputs: RunInputs) -> None:
        return_code = int((out / "RETURN-CODE").read_text())
        assert return_code != RC_ABEND, (out / "REPORT").read_text()
        unposted = _records((out / "UNPOST").read_bytes(), UNPOST)
        assert return_code == (4 if unposted else 0)
        self._check_report(out, len(deck), len(unposted))
        mastout = (out / "MASTOUT").read_bytes()
        self._check_balances(mastout)
        self._check_refunds(mastout, (out / "REFUNDS").read_bytes())
        self._check_unpostables_change_nothing(out, inputs, unposted)

    def _check_report(self, out: Path, cards: int, unposted: int) -> None:
        lines = (out / "REPORT").read_text("latin-1").splitlines()
        assert lines[-1] == "RUN BALANCED", lines[-1]
        counts = {}
        for line in lines:
            match = BALANCING.match(line)
            if match:
                counts[match.group(1)] = int(match.group(2).replace(",", ""))
        assert counts == {
            "READ": cards,
            "POSTED": cards - unposted,
            "UNPOSTABLE": unposted,
        }, counts

    def _check_balances(self, mastout: bytes) -> None:
        codec = record_codec("TAXACCT")
        for raw in _records(mastout, ACCOUNT):
            # Leniently: a BANK-RTN that is not numeric goes from MASTIN to MASTOUT as it is.
            values = codec.decode(raw, errors=[])
            for slot in values["TA-MODULE"][: int(values["TA-MODULE-COUNT"])]:
                expected = (
                    slot["TA-TAX-ASSESSED"]
                    + slot["TA-FTF-PENALTY"]
                    + slot["TA-FTP-PENALTY"]
                    + slot["TA-INTEREST"]
                    - slot["TA-CREDITS"]
                )
                assert slot["TA-BALANCE"] == expected, (raw[:9], slot)

    def _check_refunds(self, mastout: bytes, refunds: bytes) -> None:
        codec = record_codec("TAXACCT")
        freezes: dict[tuple[bytes, int], str] = {}
        for raw in _records(mastout, ACCOUNT):
            values = codec.decode(raw, errors=[])
            for slot in values["TA-MODULE"][: int(values["TA-MODULE-COUNT"])]:
                flags = slot["TA-FREEZE-A"] + slot["TA-FREEZE-L"] + slot["TA-FREEZE-R"]
                freezes[raw[:9], int(slot["TA-TAX-PERIOD"])] = flags
        for refund in _records(refunds, REFUND):
            key = (refund[:9], int(refund[9:15]))
            assert freezes.get(key) == "   ", f"refund from a frozen module: {key} {freezes}"

    def _check_unpostables_change_nothing(
        self, out: Path, inputs: RunInputs, unposted: list[bytes]
    ) -> None:
        """The week again without its unpostable cards: the same accounts, notices, refunds."""
        if not unposted:
            return
        images = [record[:CARD] for record in unposted]
        kept = []
        for card in _records(inputs.transin.read_bytes(), CARD):
            if card in images:
                images.remove(card)
            else:
                kept.append(card)
        again = out.parent / "without-unpostables"
        (again / "in").mkdir(parents=True)
        for name in ("CONTROL", "MASTIN"):
            shutil.copy(out.parent / "in" / name, again / "in" / name)
        (again / "in" / "TRANSIN").write_bytes(b"".join(kept))
        self.engines[0].run(RunInputs.from_folder(again / "in"), again / "out")
        for name in ("MASTOUT", "NOTICES", "REFUNDS"):
            assert (again / "out" / name).read_bytes() == (out / name).read_bytes(), (
                f"{name} changed when the unpostable cards were left out"
            )
        assert (again / "out" / "UNPOST").read_bytes() == b""

    @invariant()
    def master_is_whole_records(self) -> None:
        assert len(self.master) % ACCOUNT == 0


PostingWeeks.TestCase.settings = settings(
    settings.default,
    # Each step is a whole week on every engine, plus the same week without its unpostables:
    # half the profile's examples, six weeks each (50 sequences under ci, about 25 s).
    max_examples=max(5, settings.default.max_examples // 2),
    stateful_step_count=WEEKS_PER_EXAMPLE,
    deadline=None,
    suppress_health_check=[*settings.default.suppress_health_check, HealthCheck.too_slow],
)


class DirtyPostingWeeks(PostingWeeks):
    """The same weeks, and now and then a week posted from damaged bytes."""

    @rule(data=st.data())
    def post_a_dirty_week(self, data: st.DataObject) -> None:
        known = known_accounts(self.master)
        deck = data.draw(transaction_decks(self.control, known), label="deck of a dirty week")
        files: dict[str, bytes | None] = {
            "TRANSIN": b"".join(card.encode() for card in deck),
            "MASTIN": self.master,
        }
        for damage in data.draw(damages(files), label="damage"):
            files[damage.ddname] = damage.apply(files[damage.ddname] or b"")
        self.week += 1
        folder = self.workdir / f"week{self.week}-dirty"
        (folder / "in").mkdir(parents=True)
        (folder / "in" / "CONTROL").write_bytes(self.control.encode())
        for ddname in ("MASTIN", "TRANSIN"):
            (folder / "in" / ddname).write_bytes(files[ddname] or b"")
        inputs = RunInputs.from_folder(folder / "in")
        comparison = first_disagreement(inputs, self.engines, folder)
        if comparison is not None:
            kept = save_counterexample_inputs(folder / "in", comparison)
            labels = [engine.label for engine in self.engines]
            raise AssertionError(
                f"dirty week {self.week}: {comparison.explain()}\n\ncounterexample: {kept}\n"
                f"replay: {replay_command(kept, labels)}"
            )
        assert inputs.mastin.read_bytes() == files["MASTIN"], "the run changed its MASTIN"
        truth = folder / f"0-{self.engines[0].label}"
        if int((truth / "RETURN-CODE").read_text()) != RC_ABEND:
            self.master = (truth / "MASTOUT").read_bytes()
            self.control = _next_control(self.control, 1)


DirtyPostingWeeks.TestCase.settings = settings(
    PostingWeeks.TestCase.settings,
    # A tenth of the profile's examples (10 sequences of six weeks under ci: each week runs
    # every engine, and the clean machine above already walks the clean weeks).
    max_examples=max(5, settings.default.max_examples // 10),
)


def test_weeks_carry_the_master_forward(cobc: str) -> None:
    """gnucobol takes part (fails in CI without cobc) and the machine runs."""
    assert engines_under_test()[0].label == "gnucobol"
    PostingWeeks.TestCase().runTest()


def test_a_week_moves_the_cycle_and_the_date_together() -> None:
    later = _next_control(ControlCard(202452, 20241223, Decimal("0.0800")), 1)
    assert (later.cycle, later.run_date) == (202501, 20241230)


def test_dirty_weeks_post_alike_on_every_engine(cobc: str) -> None:
    """Weeks posted from damaged decks and masters, between clean ones (issue 11)."""
    assert engines_under_test()[0].label == "gnucobol"
    DirtyPostingWeeks.TestCase().runTest()
