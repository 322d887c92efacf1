"""Exercise 06: strangler routing. Some accounts run on the modern engine, the rest on the legacy
one; the combined run must be byte-identical to a whole legacy run."""

from __future__ import annotations

import shutil
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from idrs_sandbox.engines.base import (
    OUTPUT_DDNAMES,
    RC_ABEND,
    RETURN_CODE_FILE,
    Engine,
    RunInputs,
    RunResult,
    run_engine,
)
from idrs_sandbox.oracle.compare import compare_runs
from idrs_sandbox.oracle.scenarios import Week, write_inputs
from idrs_sandbox.training.checks import (
    CheckContext,
    Deck,
    Outcome,
    Status,
    characterization_root,
    characterization_weeks,
    exact_match,
)
from idrs_sandbox.training.decks import (
    CARD_LENGTH,
    MASTER_LENGTH,
    STANDARD_DECKS,
    generate_deck,
    inject_sequence_errors,
    records,
)
from idrs_sandbox.training.engines import Reference, truth_engine
from idrs_sandbox.training.exercise import Exercise
from idrs_sandbox.training.exercises.common import property_between
from idrs_sandbox.training.workspace import (
    TraineeCodeError,
    Workspace,
    describe_exception,
    loaded_module,
)

STRANGLER_FILE = "strangler.py"
Route = Callable[[bytes], str]
MAX_SHOWN = 3


def everything_legacy(tin: bytes) -> str:
    return "legacy"


def everything_modern(tin: bytes) -> str:
    return "modern"


def even_tins_modern(tin: bytes) -> str:
    """Even last digit to modern; odd ones and anything that is not a digit to legacy."""
    return "modern" if tin[-1:] in (b"0", b"2", b"4", b"6", b"8") else "legacy"


def one_in_three_modern(tin: bytes) -> str:
    """A third of the TINs to modern, spread by a hash (as a real migration wave would be)."""
    return "modern" if zlib.crc32(tin) % 3 == 0 else "legacy"


ROUTES: dict[str, Route] = {
    "everything legacy": everything_legacy,
    "everything modern": everything_modern,
    "even TINs modern": even_tins_modern,
    "one TIN in three modern": one_in_three_modern,
}
SCENARIO_ROUTE = "even TINs modern"
"""The route run on every characterization week (neighbouring TINs of a scenario part ways);
every route runs on the generated decks."""


class Strangler(Exercise):
    number = 6
    slug = "06-strangler"
    title = "Strangler fig: route accounts between the engines"
    summary = (
        "strangler.py runs the accounts a route sends to 'modern' on the modern engine and the "
        "rest on the legacy one. Make the combined run byte-identical to a whole legacy run, "
        "whatever the route."
    )
    managed = (STRANGLER_FILE,)
    hints = (
        "Run the check and read the first failure with the route 'even TINs modern': which file "
        "differs first, and in which order are its records in the whole run?",
        "MASTOUT, NOTICES and REFUNDS are written group by group, in TIN order: merge the two "
        "parts by TIN, do not concatenate them. UNPOST is in card order (the order of TRANSIN). "
        "The REPORT is one report: add up the two parts' rows (CONTROL READ is still 1), then "
        "recompute the balancing verdict; idrs_sandbox.training.reports prints the rows.",
        "Some rules look at the whole input, not at one account: U09 (the high-water TIN||SEQ "
        "key runs across TINs: a card can be out of sequence only because of another TIN's "
        "card) and the MASTIN edit pass (a master out of sequence across the two parts). Your "
        "facade must decide those on the whole input.",
        "Decide U09 on the whole deck before splitting and write those UNPOST records yourself "
        "(card image, 'U09', the cycle, 'OUT OF SEQUENCE'), counting them in the report. When "
        "the inputs would abend (missing or short files, a master out of sequence, or a part "
        "abends), run the whole input on the legacy engine: it names the right cause.",
    )

    def prepare(self, workspace: Workspace, variant: str | None) -> None:
        source = self.data / STRANGLER_FILE
        shutil.copyfile(source, workspace.root / STRANGLER_FILE)

    def check(self, ctx: CheckContext, variant: str | None) -> None:
        reference = truth_engine(modern_may_stand_in=True)
        ctx.note(reference.note)
        try:
            with loaded_module(ctx.workspace.root / STRANGLER_FILE) as strangler:
                combined = _entry_point(strangler)
                _check_scenarios(ctx, reference, combined)
                _check_decks(ctx, reference, combined)
                facade = Facade(combined, ROUTES[PROPERTY_ROUTE], reference.engine)
                property_between(ctx, reference.engine, facade)
        except TraineeCodeError as error:
            lines = str(error).splitlines()
            ctx.add(Outcome("strangler.py loads", Status.FAIL, lines[0], lines[1:]))


Combined = Callable[..., int]


def _entry_point(module: ModuleType) -> Combined:
    run_combined = getattr(module, "run_combined", None)
    if not callable(run_combined):
        raise TraineeCodeError(
            "strangler.py must define run_combined(inputs, output_dir, route, engines)"
        )
    return run_combined  # type: ignore[no-any-return]


PROPERTY_ROUTE = "one TIN in three modern"


class RouteBroken(Exception):
    """An engine was given a TIN its route does not send to it."""


class Facade:
    """Your facade as an engine (for the oracle's property): the whole run the check compares."""

    def __init__(self, combined: Combined, route: Route, legacy: Engine) -> None:
        self.name = "yours-strangler"
        self.combined, self.route, self.legacy = combined, route, legacy

    def available(self) -> bool:
        return True

    def execute(self, inputs: RunInputs, staging: Path) -> int:
        return_code, strays = _run_yours(self.combined, inputs, staging, self.route, self.legacy)
        if strays and return_code != RC_ABEND:
            raise RouteBroken("; ".join(strays[:3]))
        return return_code


class Spy:
    """An engine that notes every TIN it is given, to hold a facade to its route."""

    def __init__(self, engine: Engine, side: str, route: Route) -> None:
        self.inner, self.side, self.route = engine, side, route
        self.name = engine.name
        self.strays: list[str] = []

    def available(self) -> bool:
        return self.inner.available()

    def execute(self, inputs: RunInputs, staging: Path) -> int:
        for path, length, what in ((inputs.mastin, MASTER_LENGTH, "master record"),
                                   (inputs.transin, CARD_LENGTH, "card")):  # fmt: skip
            data = path.read_bytes() if path.is_file() else b""
            for record in records(data, length):
                if self.route(record[0:9]) != self.side:
                    tin = record[0:9].decode("latin-1")
                    self.strays.append(f"the {self.side} engine was given the {what} of TIN {tin}")
        return self.inner.execute(inputs, staging)


def _run_yours(
    combined: Combined, inputs: RunInputs, folder: Path, route: Route, legacy: Engine
) -> tuple[int, list[str]]:
    """Your facade on ``inputs``: its return code and the TINs an engine got against the route."""
    from idrs_sandbox.engines.modern import ModernEngine

    spies = {"legacy": Spy(legacy, "legacy", route), "modern": Spy(ModernEngine(), "modern", route)}
    for ddname in OUTPUT_DDNAMES:
        (folder / ddname).unlink(missing_ok=True)
    return_code = int(combined(inputs, folder, route, spies))
    (folder / RETURN_CODE_FILE).write_text(f"{return_code}\n")
    return return_code, spies["legacy"].strays + spies["modern"].strays


def _result(folder: Path, return_code: int) -> RunResult:
    outputs = {dd: folder / dd for dd in OUTPUT_DDNAMES if (folder / dd).exists()}
    return RunResult("strangler", return_code, outputs)


def _check_scenarios(ctx: CheckContext, reference: Reference, combined: Combined) -> None:
    weeks = characterization_weeks()
    title = f"characterization scenarios, route '{SCENARIO_ROUTE}'"
    if weeks is None:
        where = characterization_root()
        ctx.add(Outcome(title, Status.SKIP, f"needs a source checkout ({where} not found)"))
        return
    route = ROUTES[SCENARIO_ROUTE]
    ctx.add(_scenario_outcome(ctx, title, weeks, route, reference.engine, combined))


def _scenario_outcome(
    ctx: CheckContext,
    title: str,
    weeks: Sequence[Week],
    route: Route,
    legacy: Engine,
    combined: Combined,
) -> Outcome:
    failed: list[str] = []
    count = 0
    slug = "scenarios-" + route.__name__
    for week in weeks:
        folder = ctx.folder(slug, f"{week.scenario}.week{week.number}")
        inputs = write_inputs(week, folder / "in")
        out = folder / "out"
        out.mkdir(exist_ok=True)

        def step(week: Week = week, inputs: RunInputs = inputs, out: Path = out) -> list[str]:
            return _week_problems(week, combined, inputs, out, route, legacy)

        problems = _attempt(ctx, step)
        if problems:
            count += 1
            if count <= MAX_SHOWN:
                failed.append(f"{week.name}:")
                failed.extend(f"  {line}" for line in problems[:16])
    if not failed:
        return Outcome(title, Status.PASS, f"{len(weeks)} of {len(weeks)} weekly runs identical")
    failed.append(f"runs kept under {ctx.shown(ctx.runs / slug)}")
    summary = f"{len(weeks) - count} of {len(weeks)} weekly runs as expected"
    return Outcome(title, Status.FAIL, summary, failed)


def _week_problems(
    week: Week, combined: Combined, inputs: RunInputs, out: Path, route: Route, legacy: Engine
) -> list[str]:
    return_code, strays = _run_yours(combined, inputs, out, route, legacy)
    problems = exact_match(week, _result(out, return_code))
    prefix = f"{week.name}: "
    problems = [p.removeprefix(prefix) for p in problems]
    lines = "\n".join(problems).splitlines()
    if week.expected.return_code != RC_ABEND:
        lines += strays[:3]
    return lines


def _attempt(ctx: CheckContext, step: Callable[[], list[str]]) -> list[str]:
    """Problems found, or the trainee's traceback when their facade crashed."""
    try:
        return step()
    except TraineeCodeError:
        raise
    except Exception as error:
        return ["your facade crashed:", *describe_exception(error, ctx.workspace.root).splitlines()]


def _check_decks(ctx: CheckContext, reference: Reference, combined: Combined) -> None:
    decks = _strangler_decks(ctx)
    for name, route in ROUTES.items():
        title = f"generated decks, route '{name}'"
        ctx.add(_deck_outcome(ctx, title, decks, route, reference.engine, combined))


def _strangler_decks(ctx: CheckContext) -> list[Deck]:
    """The standard decks, each with cards repeated out of sequence across TINs."""
    decks = []
    for spec in STANDARD_DECKS:
        folder = ctx.folder("decks", spec.name)
        inputs = generate_deck(folder, spec)
        inject_sequence_errors(folder, spec.seed)
        decks.append(Deck(spec.name, inputs))
    return decks


def _deck_outcome(
    ctx: CheckContext,
    title: str,
    decks: Sequence[Deck],
    route: Route,
    legacy: Engine,
    combined: Combined,
) -> Outcome:
    for deck in decks:
        whole = ctx.folder("decks-whole", deck.name)
        if not (whole / RETURN_CODE_FILE).exists():
            run_engine(legacy, deck.inputs, whole)
        yours = ctx.folder("decks-" + route.__name__, deck.name)

        def compare(deck: Deck = deck, whole: Path = whole, yours: Path = yours) -> list[str]:
            _, strays = _run_yours(combined, deck.inputs, yours, route, legacy)
            comparison = compare_runs(
                whole, yours, max_differences=4, label_a="whole legacy run", label_b="yours"
            )
            lines = [] if comparison.identical else comparison.explain().splitlines()[:24]
            if lines:
                lines.append(f"field by field: idrs compare {ctx.shown(whole)} {ctx.shown(yours)}")
            return lines + strays[:3]

        problems = _attempt(ctx, compare)
        if problems:
            return Outcome(title, Status.FAIL, f"differs on {deck.name}", problems)
    names = ", ".join(deck.name for deck in decks)
    return Outcome(title, Status.PASS, f"identical to the whole run on {names}")
