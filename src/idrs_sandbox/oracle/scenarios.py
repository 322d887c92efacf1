"""Characterization scenarios: small hand-checked card decks with their expected outputs.

The fixtures live in ``tests/scenarios/<NN-name>/scenario.toml``; their format is documented in
``tests/scenarios/README.md``. Every expected value was worked out by hand from RULEBOOK.md (the
story of each scenario shows the arithmetic), never copied from an engine's output.

Any engine can be run on the suite through the shared ``Engine`` interface::

    from idrs_sandbox.oracle.scenarios import load_scenarios, run_week

    for scenario in load_scenarios(Path("tests/scenarios")):
        for week in scenario.weeks:
            mismatches = run_week(engine, week, workdir / scenario.name / f"week{week.number}")
            print("\\n".join(str(m) for m in mismatches))

Building blocks, for callers that run engines their own way:

- ``week.inputs``: the bytes of CONTROL, MASTIN and TRANSIN (``None`` = the file is missing);
  ``write_inputs(week, folder)`` writes them and returns the ``RunInputs``.
- ``week.expected``: the return code and the exact bytes of every output file (``None`` for a
  MASTOUT that must not be published, RULEBOOK §7).
- ``check_outputs(week, result)``: compares a ``RunResult``'s files byte for byte and explains
  each difference by record, field, values and bytes.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from idrs_sandbox.engines.base import (
    COPYBOOKS,
    OUTPUT_DDNAMES,
    RC_ABEND,
    Engine,
    RunInputs,
    RunResult,
    run_engine,
)
from idrs_sandbox.errors import IdrsError
from idrs_sandbox.oracle.compare import record_codec
from idrs_sandbox.records.codec import Invalid, RecordCodec
from idrs_sandbox.records.layout import FieldLayout
from idrs_sandbox.records.picture import Category

SCENARIO_FILE = "scenario.toml"

TEXT_FILES: dict[str, str] = {
    "transin": "TRANSIN",
    "notices": "NOTICES",
    "refunds": "REFUNDS",
    "unpost": "UNPOST",
}
"""Scenario keys holding records as text lines, and the DD name whose layout they follow."""

SEPARATOR = "|"
COMMENT = "#"
RAW_NOTE = "raw bytes from the fixture"
MAX_RECORD_DIFFS = 5
"""Records explained in detail per file; further differing records are only counted."""


class ScenarioError(IdrsError):
    """A scenario fixture is malformed: names the file and the key or line."""


# ---------------------------------------------------------------------------------------------
# layouts


def codec_for_dd(ddname: str) -> RecordCodec:
    return record_codec(COPYBOOKS[ddname])


@cache
def _boundaries(ddname: str) -> frozenset[int]:
    """Offsets where a field (of any REDEFINES view) starts or ends: a '|' may only sit there."""
    codec = codec_for_dd(ddname)
    edges = {0, codec.size}
    for element in codec.elements(codec.empty()):
        edges.update((element.offset, element.offset + element.field.size))
    if ddname == "UNPOST":
        # The card image is one X(100) field; let it carry the card's own separators.
        edges |= _boundaries("TRANSIN")
    return frozenset(edges)


# ---------------------------------------------------------------------------------------------
# the data model


@dataclass(frozen=True)
class Counts:
    """The hand counts of a week, for reviewing the control report (RULEBOOK §8)."""

    tc: dict[str, tuple[int, Decimal]]
    assessment_overflows: int
    money_read: Decimal
    money_posted: Decimal
    money_unposted: Decimal

    def tc_row(self, tc: str) -> tuple[int, Decimal]:
        """Count and amount of one TC row; a TC not listed is (0, 0.00)."""
        return self.tc.get(tc, (0, Decimal("0.00")))


@dataclass(frozen=True)
class Expected:
    """What a run must produce. ``files[dd] is None`` means: must not be published."""

    return_code: int
    files: dict[str, bytes | None]
    abend: str | None = None


@dataclass(frozen=True)
class Week:
    """One run of a scenario: its inputs and its expected outputs."""

    scenario: str
    number: int
    label: str
    inputs: dict[str, bytes | None]
    expected: Expected
    counts: Counts | None

    @property
    def name(self) -> str:
        return f"{self.scenario} week {self.number} ({self.label})"


@dataclass(frozen=True)
class Scenario:
    name: str
    path: Path
    title: str
    rules: tuple[str, ...]
    story: str
    weeks: tuple[Week, ...]


@dataclass(frozen=True)
class Mismatch:
    """One difference between an engine's run and the expectation."""

    week: str
    file: str
    message: str
    record: int | None = None
    field: str | None = None
    expected: str = ""
    actual: str = ""
    expected_bytes: bytes = b""
    actual_bytes: bytes = b""

    def __str__(self) -> str:
        where = self.file
        if self.record is not None:
            where += f" record {self.record:,}"
        if self.field is not None:
            where += f" {self.field}"
        text = f"{self.week}: {where}: {self.message}"
        if self.expected or self.actual:
            text += (
                f"\n    expected {self.expected} [{_hex(self.expected_bytes)}]"
                f"\n    actual   {self.actual} [{_hex(self.actual_bytes)}]"
            )
        return text


def _hex(raw: bytes) -> str:
    return raw.hex(" ").upper()


# ---------------------------------------------------------------------------------------------
# loading


def load_scenarios(root: Path, *, missing_reports: bool = False) -> list[Scenario]:
    """Every ``<root>/<name>/scenario.toml``, in name order. ``missing_reports=True`` lets a
    week name a report file that does not exist yet (for :func:`write_reports`)."""
    folders = sorted(p.parent for p in root.glob(f"*/{SCENARIO_FILE}"))
    return [load_scenario(folder, missing_reports=missing_reports) for folder in folders]


def load_scenario(folder: Path, *, missing_reports: bool = False) -> Scenario:
    path = folder / SCENARIO_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"{path}: {error}") from None
    loader = _Loader(folder.name, path, data, missing_reports)
    return Scenario(
        name=folder.name,
        path=folder,
        title=_require(data, "title", str, str(path)),
        rules=tuple(data.get("rules", ())),
        story=_require(data, "story", str, str(path)),
        weeks=tuple(loader.weeks()),
    )


def _require(table: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = table.get(key)
    if not isinstance(value, kind):
        raise ScenarioError(f"{where}: '{key}' must be a {kind.__name__}")
    return value


class _Loader:
    """Turns one scenario.toml into weeks of input and expected bytes."""

    def __init__(
        self, name: str, path: Path, data: Mapping[str, Any], missing_reports: bool
    ) -> None:
        self.name = name
        self.path = path
        self.missing_reports = missing_reports
        self.control = data.get("control", {})
        weeks = data.get("weeks")
        if not isinstance(weeks, list) or not weeks:
            raise ScenarioError(f"{path}: a scenario needs at least one [[weeks]]")
        self.raw_weeks: list[Mapping[str, Any]] = weeks

    def weeks(self) -> Iterator[Week]:
        master: bytes = b""  # the master that stands before week 1: none
        for index, raw in enumerate(self.raw_weeks, start=1):
            where = f"{self.path}: weeks[{index}]"
            week = self._week(index, raw, master, where)
            yield week
            mastout = week.expected.files.get("MASTOUT")
            # After an abend the old master stands (RULEBOOK §7): the week's MASTIN as encoded,
            # before any missing / truncate / append edit of that week.
            master = mastout if mastout is not None else self._mastin(index, raw, master, where)

    def _week(self, number: int, raw: Mapping[str, Any], previous: bytes, where: str) -> Week:
        mastin = self._mastin(number, raw, previous, where)
        inputs: dict[str, bytes | None] = {
            "CONTROL": encode_control({**self.control, **raw.get("control", {})}, where),
            "MASTIN": mastin,
            "TRANSIN": text_records(raw.get("transin", ""), "TRANSIN", f"{where}.transin"),
        }
        _edit_inputs(inputs, raw, where)
        expected = self._expected(raw, mastin, where)
        return Week(
            scenario=self.name,
            number=number,
            label=str(raw.get("label", "")),
            inputs=inputs,
            expected=expected,
            counts=_counts(raw.get("counts"), where),
        )

    def _mastin(self, number: int, raw: Mapping[str, Any], previous: bytes, where: str) -> bytes:
        accounts = raw.get("mastin")
        if accounts is None:
            # Week 1 starts from an empty master; later weeks from the previous week's result.
            return previous if number > 1 else b""
        return encode_master(accounts, base=b"", expected=False, where=f"{where}.mastin")

    def _expected(self, raw: Mapping[str, Any], mastin: bytes, where: str) -> Expected:
        abend = raw.get("abend")
        if abend is not None:
            return _abend_expectation(str(abend))
        if "rc" not in raw or "mastout" not in raw:
            raise ScenarioError(f"{where}: give 'rc' and 'mastout' (mastout = [] for none)")
        files: dict[str, bytes | None] = {
            "MASTOUT": encode_master(
                raw["mastout"], base=mastin, expected=True, where=f"{where}.mastout"
            )
        }
        for key, ddname in TEXT_FILES.items():
            if key != "transin":
                files[ddname] = text_records(raw.get(key, ""), ddname, f"{where}.{key}")
        files["REPORT"] = self._report(raw.get("report"), where)
        return Expected(int(raw["rc"]), files)

    def _report(self, spec: Any, where: str) -> bytes | None:
        if spec is None:
            return None  # not pinned yet: only the other files are compared
        if isinstance(spec, str):
            return spec.encode("ascii")
        if isinstance(spec, Mapping) and isinstance(spec.get("file"), str):
            report_path: Path = self.path.parent / str(spec["file"])
            if not report_path.exists():
                if self.missing_reports:
                    return None
                raise ScenarioError(f"{where}.report: no file {report_path}")
            return report_path.read_bytes()
        raise ScenarioError(f'{where}.report: give the text or {{ file = "..." }}')


def _abend_expectation(cause: str) -> Expected:
    """RULEBOOK §7: every output empty except REPORT's single line; MASTOUT never published."""
    files: dict[str, bytes | None] = {dd: b"" for dd in OUTPUT_DDNAMES}
    files["MASTOUT"] = None
    files["REPORT"] = f"ABEND: {cause}\n".encode("ascii")
    return Expected(RC_ABEND, files, abend=cause)


def _edit_inputs(inputs: dict[str, bytes | None], raw: Mapping[str, Any], where: str) -> None:
    """The ``missing``, ``truncate`` and ``append`` keys: inputs made wrong on purpose (§7)."""
    for ddname, length in raw.get("truncate", {}).items():
        current = _input(inputs, ddname, where)
        inputs[ddname] = current[: int(length)]
    for ddname, text in raw.get("append", {}).items():
        inputs[ddname] = _input(inputs, ddname, where) + str(text).encode("latin-1")
    for ddname in raw.get("missing", []):
        _input(inputs, ddname, where)
        inputs[ddname] = None


def _input(inputs: Mapping[str, bytes | None], ddname: str, where: str) -> bytes:
    if ddname not in inputs:
        raise ScenarioError(f"{where}: unknown input DD name {ddname!r}")
    return inputs[ddname] or b""


def _counts(raw: Any, where: str) -> Counts | None:
    if raw is None:
        return None
    try:
        tc = {str(k): (int(v[0]), Decimal(str(v[1]))) for k, v in raw.get("tc", {}).items()}
        money = raw.get("money", {})
        return Counts(
            tc=tc,
            assessment_overflows=int(raw.get("assessment_overflows", 0)),
            money_read=Decimal(money.get("read", "0")),
            money_posted=Decimal(money.get("posted", "0")),
            money_unposted=Decimal(money.get("unposted", "0")),
        )
    except (InvalidOperation, TypeError, IndexError, ValueError) as error:
        raise ScenarioError(f"{where}.counts: {error}") from None


# ---------------------------------------------------------------------------------------------
# records written as text lines


def text_records(text: str, ddname: str, where: str) -> bytes:
    """Records written one per line: '#' lines and blank lines are skipped; '|' separators are
    dropped but must sit on field boundaries; a line is padded with spaces to the record length
    (a line holding only '|' is an all-blank record)."""
    length = codec_for_dd(ddname).size
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith(COMMENT):
            continue
        records.append(_text_record(line, ddname, length, f"{where} line {number}"))
    return b"".join(records)


def _text_record(line: str, ddname: str, length: int, where: str) -> bytes:
    edges = _boundaries(ddname)
    parts = line.split(SEPARATOR)
    position = 0
    for part in parts[:-1]:
        position += len(part)
        if position not in edges:
            raise ScenarioError(f"{where}: '|' at byte {position} is not a field boundary")
    body = "".join(parts)
    if len(body) > length:
        raise ScenarioError(f"{where}: {len(body)} characters, the record is {length}")
    try:
        return (body + " " * (length - len(body))).encode("ascii")
    except UnicodeEncodeError:
        raise ScenarioError(f"{where}: cards are ASCII text") from None


# ---------------------------------------------------------------------------------------------
# the control card


CONTROL_FIELDS: dict[str, tuple[str, int]] = {
    "cycle": ("CTL-RUN-CYCLE", 6),
    "date": ("CTL-RUN-DATE", 8),
    "rate": ("CTL-INTEREST-RATE", 5),
}


def encode_control(spec: Mapping[str, Any], where: str) -> bytes:
    """The CONTROL card (CTLCARD) from ``cycle``, ``date`` (integers) and ``rate`` (a decimal
    string such as "0.0800"); any field may be ``{ raw = "..." }`` instead."""
    codec = record_codec("CTLCARD")
    values: dict[str, Any] = {}
    for key, value in spec.items():
        if key not in CONTROL_FIELDS:
            raise ScenarioError(f"{where}.control: unknown key {key!r}")
        name, width = CONTROL_FIELDS[key]
        values[name] = _control_value(key, value, width, f"{where}.control.{key}")
    return codec.encode(values)


def _control_value(key: str, value: Any, width: int, where: str) -> Any:
    if isinstance(value, Mapping):
        raw = str(value.get("raw", ""))
        if len(raw) != width:
            raise ScenarioError(f"{where}: raw text must be {width} characters")
        return raw if key != "rate" else Invalid(raw.encode("latin-1"), RAW_NOTE)
    if key == "rate":
        return _decimal(value, where)
    text = f"{int(value):0{width}d}"
    if len(text) != width:
        raise ScenarioError(f"{where}: {value} has more than {width} digits")
    return text


# ---------------------------------------------------------------------------------------------
# masters written as decoded values


def encode_master(
    accounts: Sequence[Mapping[str, Any]], *, base: bytes, expected: bool, where: str
) -> bytes:
    """MASTIN / MASTOUT bytes from decoded accounts (field names of TAXACCT).

    An account's unlisted fields are those of ``base``'s record with the same TIN, else the
    empty form. ``TA-MODULE`` (when given) lists every module; a module's unlisted fields are
    those of ``base``'s module with the same TAX-PERIOD, else the empty form. For an expected
    MASTOUT (``expected=True``) the slots above MODULE-COUNT are empty form (RULEBOOK §2).
    """
    if not isinstance(accounts, list):
        raise ScenarioError(f"{where}: give a list of accounts")
    by_tin = _records_by_tin(base)
    records = []
    for number, spec in enumerate(accounts, start=1):
        here = f"{where}[{number}]"
        tin = _encode_one(_taxacct_field("TA-TIN", here), spec.get("TA-TIN"), f"{here}.TA-TIN")
        records.append(_encode_account(spec, by_tin.get(tin), expected, here))
    return b"".join(records)


def _records_by_tin(master: bytes) -> dict[bytes, bytes]:
    size = record_codec("TAXACCT").size
    tin = _taxacct_field("TA-TIN", "TAXACCT")
    records = (master[i : i + size] for i in range(0, len(master) - size + 1, size))
    return {r[tin.offset : tin.offset + tin.size]: r for r in records}


def _taxacct_field(name: str, where: str) -> FieldLayout:
    layout = record_codec("TAXACCT").layout
    if name not in layout:
        raise ScenarioError(f"{where}: TAXACCT has no field {name}")
    return layout.field(name)


def _encode_one(item: FieldLayout, value: Any, where: str) -> bytes:
    codec = record_codec("TAXACCT").codec_for(item)
    converted = _field_value(item, value, where)
    if isinstance(converted, Invalid):
        return converted.raw
    try:
        return codec.encode(converted)
    except (ValueError, TypeError) as error:
        raise ScenarioError(f"{where}: {error}") from None


def _encode_account(
    spec: Mapping[str, Any], base: bytes | None, expected: bool, where: str
) -> bytes:
    codec = record_codec("TAXACCT")
    record = bytearray(base if base is not None else codec.empty())
    values: dict[str, Any] = {}
    for key, value in spec.items():
        if key in ("TA-MODULE", "FILLER"):
            continue
        item = _taxacct_field(key, where)
        if _in_module(item):
            raise ScenarioError(f"{where}.{key}: a module field belongs in [[...TA-MODULE]]")
        values[key] = _field_value(item, value, f"{where}.{key}")
    modules = spec.get("TA-MODULE")
    if modules is not None:
        values["TA-MODULE"] = _lay_out_modules(record, modules, base, where)
        values.setdefault("TA-MODULE-COUNT", Decimal(len(modules)))
    try:
        out = bytearray(codec.encode(values, base=bytes(record)))
    except IdrsError as error:
        raise ScenarioError(f"{where}: {error}") from None
    if "FILLER" in spec:
        _put_filler(out, spec["FILLER"], f"{where}.FILLER")
    if expected:
        _blank_unused_slots(out)
    return bytes(out)


def _in_module(item: FieldLayout) -> bool:
    module = _taxacct_field("TA-MODULE", "TAXACCT")
    return item is not module and module.offset <= item.offset < module.offset + module.size


def _module_slots(record: bytes | bytearray) -> list[bytes]:
    module = _taxacct_field("TA-MODULE", "TAXACCT")
    return [
        bytes(record[module.offset + i * module.size : module.offset + (i + 1) * module.size])
        for i in range(module.count)
    ]


def _module_count(record: bytes | bytearray) -> int:
    item = _taxacct_field("TA-MODULE-COUNT", "TAXACCT")
    raw = bytes(record[item.offset : item.offset + item.size])
    return int(raw) if raw.isdigit() and int(raw) <= 4 else 0


def _lay_out_modules(
    record: bytearray, modules: Any, base: bytes | None, where: str
) -> list[dict[str, Any]]:
    """Put each listed module's starting bytes (base module of that period, or empty form) in
    its slot, and return the listed values to write over them."""
    if not isinstance(modules, list):
        raise ScenarioError(f"{where}.TA-MODULE: give a list of modules")
    module = _taxacct_field("TA-MODULE", "TAXACCT")
    period = _taxacct_field("TA-TAX-PERIOD", where)
    inner = period.offset - module.offset
    empty_slot = _module_slots(record_codec("TAXACCT").empty())[0]
    known: dict[bytes, bytes] = {}
    if base is not None:
        for slot in _module_slots(base)[: _module_count(base)]:
            known[slot[inner : inner + period.size]] = slot
    values = []
    for index, spec in enumerate(modules):
        here = f"{where}.TA-MODULE[{index + 1}]"
        if index >= module.count:
            raise ScenarioError(f"{here}: TAXACCT holds {module.count} modules")
        key = _encode_one(period, spec.get("TA-TAX-PERIOD"), f"{here}.TA-TAX-PERIOD")
        start = module.offset + index * module.size
        record[start : start + module.size] = known.get(key, empty_slot)
        values.append(
            {k: _field_value(_taxacct_field(k, here), v, f"{here}.{k}") for k, v in spec.items()}
        )
    return values


def _blank_unused_slots(record: bytearray) -> None:
    module = _taxacct_field("TA-MODULE", "TAXACCT")
    empty_slot = _module_slots(record_codec("TAXACCT").empty())[0]
    for index in range(_module_count(record), module.count):
        start = module.offset + index * module.size
        record[start : start + module.size] = empty_slot


def _put_filler(record: bytearray, value: Any, where: str) -> None:
    filler = next(f for f in record_codec("TAXACCT").layout.root.children if f.filler)
    text = str(value)
    if len(text) > filler.size:
        raise ScenarioError(f"{where}: longer than {filler.size}")
    record[filler.offset : filler.offset + filler.size] = text.ljust(filler.size).encode("ascii")


def _field_value(item: FieldLayout, value: Any, where: str) -> Any:
    """A fixture value as the record codec wants it: Decimal for numbers, str for text,
    ``Invalid`` for ``{ raw = "..." }`` / ``{ hex = "..." }`` (bytes written as they are)."""
    if value is None:
        raise ScenarioError(f"{where}: missing")
    if isinstance(value, Mapping):
        raw = _raw_bytes(value, where)
        if len(raw) != item.size:
            raise ScenarioError(f"{where}: raw value must be {item.size} bytes, got {len(raw)}")
        return Invalid(raw, RAW_NOTE)
    if item.picture is not None and item.picture.category is Category.NUMERIC:
        return _decimal(value, where)
    if not isinstance(value, str):
        raise ScenarioError(f"{where}: {item.name} is alphanumeric; give a string")
    return value


def _raw_bytes(value: Mapping[str, Any], where: str) -> bytes:
    if "raw" in value:
        return str(value["raw"]).encode("latin-1")
    if "hex" in value:
        try:
            return bytes.fromhex(str(value["hex"]))
        except ValueError:
            raise ScenarioError(f"{where}: bad hex") from None
    raise ScenarioError(f'{where}: give {{ raw = "..." }} or {{ hex = "..." }}')


def _decimal(value: Any, where: str) -> Decimal:
    # Money is written as strings ("1018.66"): a TOML float would not be exact.
    if isinstance(value, bool | float):
        raise ScenarioError(f"{where}: write numbers as integers or decimal strings, not floats")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ScenarioError(f"{where}: {value!r} is not a number") from None


# ---------------------------------------------------------------------------------------------
# running and checking


def write_inputs(week: Week, folder: Path) -> RunInputs:
    """Write the week's input files (a missing one is not written) and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    inputs = RunInputs.from_folder(folder)
    for ddname, path in inputs.by_ddname().items():
        path.unlink(missing_ok=True)
        content = week.inputs[ddname]
        if content is not None:
            path.write_bytes(content)
    return inputs


def run_week(engine: Engine, week: Week, folder: Path) -> list[Mismatch]:
    """Run ``engine`` on the week (inputs in ``folder/in``, outputs in ``folder/out``) and
    return every difference from the expectation (an empty list when the run matches)."""
    inputs = write_inputs(week, folder / "in")
    result = run_engine(engine, inputs, folder / "out")
    return check_outputs(week, result)


def check_outputs(week: Week, result: RunResult) -> list[Mismatch]:
    """Compare the return code and every output file, whole, with the expectation."""
    found: list[Mismatch] = []
    if result.return_code != week.expected.return_code:
        found.append(
            Mismatch(
                week.name,
                "return code",
                f"expected {week.expected.return_code}, got {result.return_code}",
            )
        )
    for ddname in OUTPUT_DDNAMES:
        expected = week.expected.files.get(ddname)
        path = result.outputs.get(ddname)
        actual = path.read_bytes() if path is not None and path.exists() else None
        found.extend(compare_file(week.name, ddname, expected, actual))
    return found


def compare_file(
    week: str, ddname: str, expected: bytes | None, actual: bytes | None
) -> list[Mismatch]:
    """The differences between two versions of one output file (``None`` = not published)."""
    if ddname == "REPORT" and expected is None:
        return []  # the week does not pin its report (see the README)
    if expected is None or actual is None:
        if expected is actual:
            return []
        what = "was published but must not be" if expected is None else "was not published"
        return [Mismatch(week, ddname, what)]
    if expected == actual:
        return []
    if ddname == "REPORT":
        return [_report_mismatch(week, expected, actual)]
    return _record_mismatches(week, ddname, expected, actual)


def _report_mismatch(week: str, expected: bytes, actual: bytes) -> Mismatch:
    diff = difflib.unified_diff(
        expected.decode("latin-1").splitlines(),
        actual.decode("latin-1").splitlines(),
        "expected REPORT",
        "actual REPORT",
        lineterm="",
        n=1,
    )
    lines = list(diff)
    shown = "\n".join(lines[:60]) + ("\n..." if len(lines) > 60 else "")
    return Mismatch(week, "REPORT", "differs:\n" + shown)


def _record_mismatches(week: str, ddname: str, expected: bytes, actual: bytes) -> list[Mismatch]:
    size = codec_for_dd(ddname).size
    want, got = _split(expected, size), _split(actual, size)
    found: list[Mismatch] = []
    if len(want) != len(got) or len(actual) % size:
        found.append(
            Mismatch(
                week,
                ddname,
                f"expected {len(want)} records ({len(expected)} bytes), "
                f"got {len(actual) / size:g} records ({len(actual)} bytes)",
            )
        )
    differing = [n for n, (w, g) in enumerate(zip(want, got, strict=False), 1) if w != g]
    for number in differing[:MAX_RECORD_DIFFS]:
        found.extend(_field_mismatches(week, ddname, number, want[number - 1], got[number - 1]))
    if len(differing) > MAX_RECORD_DIFFS:
        more = len(differing) - MAX_RECORD_DIFFS
        found.append(Mismatch(week, ddname, f"{more} more differing records not shown"))
    return found


def _split(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def _field_mismatches(
    week: str, ddname: str, number: int, expected: bytes, actual: bytes
) -> list[Mismatch]:
    if len(actual) != len(expected):
        return [Mismatch(week, ddname, "partial record", number, None, "", "", expected, actual)]
    found = []
    image = _span("UNPOST", "UP-TRANS-IMAGE")
    card_differs = ddname == "UNPOST" and expected[image] != actual[image]
    for name, offset, want, got, want_value, got_value in _field_diffs(
        COPYBOOKS[ddname], expected, actual
    ):
        if card_differs and name == "UP-TRANS-IMAGE":
            continue  # explained field by field through TRANSREC below
        message = f"(key {expected[:9].decode('latin-1')}) differs at byte {offset + 1}"
        found.append(
            Mismatch(week, ddname, message, number, name, want_value, got_value, want, got)
        )
    if card_differs:
        for name, offset, want, got, want_value, got_value in _field_diffs(
            "TRANSREC", expected[image], actual[image]
        ):
            message = f"card image field at byte {offset + 1}"
            found.append(
                Mismatch(week, ddname, message, number, name, want_value, got_value, want, got)
            )
    return found


def _field_diffs(
    copybook: str, expected: bytes, actual: bytes
) -> Iterator[tuple[str, int, bytes, bytes, str, str]]:
    """(field, offset, expected bytes, actual bytes, expected value, actual value) of each
    elementary field of the primary view that differs (REDEFINES views repeat the same bytes)."""
    codec = record_codec(copybook)
    pairs = zip(codec.elements(expected), codec.elements(actual), strict=True)
    for want, got in pairs:
        if want.raw != got.raw and not want.view:
            yield (
                want.name,
                want.offset,
                want.raw,
                got.raw,
                _show(want.value),
                _show(got.value),
            )


def _show(value: Any) -> str:
    if isinstance(value, Invalid):
        return f"<not valid: {value.reason}>"
    if isinstance(value, str):
        return repr(value)
    return str(value)


@dataclass
class SuiteResult:
    """Every mismatch of a whole suite run, by week name (for scripts and summaries)."""

    mismatches: dict[str, list[Mismatch]] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return not any(self.mismatches.values())


def run_suite(engine: Engine, scenarios: Sequence[Scenario], workdir: Path) -> SuiteResult:
    """Run every week of every scenario on ``engine``."""
    result = SuiteResult()
    for scenario in scenarios:
        for week in scenario.weeks:
            folder = workdir / scenario.name / f"week{week.number}"
            result.mismatches[week.name] = run_week(engine, week, folder)
    return result


# ---------------------------------------------------------------------------------------------
# the expected control report, built from the hand counts

REPORT_TCS: tuple[tuple[str, str], ...] = (
    ("000", "ESTABLISH ACCOUNT"),
    ("013", "NAME CHANGE"),
    ("014", "ADDRESS CHANGE"),
    ("150", "RETURN FILED"),
    ("166", "FAILURE TO FILE PENALTY"),
    ("196", "INTEREST"),
    ("276", "FAILURE TO PAY PENALTY"),
    ("290", "ADDITIONAL TAX"),
    ("291", "ABATEMENT"),
    ("420", "EXAM OPENED"),
    ("421", "EXAM CLOSED"),
    ("570", "CREDIT HOLD"),
    ("571", "CREDIT HOLD RELEASED"),
    ("610", "PAYMENT WITH RETURN"),
    ("670", "PAYMENT"),
    ("706", "CREDIT OFFSET IN"),
    ("766", "REFUNDABLE CREDIT"),
    ("806", "WITHHOLDING"),
    ("826", "CREDIT OFFSET OUT"),
    ("846", "REFUND"),
    ("971", "MISCELLANEOUS ACTION"),
    ("976", "DUPLICATE RETURN"),
)
"""RULEBOOK §8's fixed TC list, with the descriptions POSTING.cbl prints."""

UPC_REASONS: tuple[tuple[str, str], ...] = (
    ("U01", "TIN NOT ON FILE"),
    ("U02", "NAME CONTROL MISMATCH"),
    ("U03", "TIN ALREADY ON FILE"),
    ("U04", "INVALID TRANSACTION CODE"),
    ("U05", "INVALID DATA"),
    ("U06", "NO MODULE OR NO RETURN POSTED"),
    ("U07", "MODULE TABLE FULL"),
    ("U08", "ABATEMENT EXCEEDS ASSESSMENT"),
    ("U09", "OUT OF SEQUENCE"),
    ("U10", "FIELD OVERFLOW"),
)
"""RULEBOOK §5's unpostable codes and their fixed REASON texts."""

REPORT_PAGE_LINES = 55
"""RULEBOOK §8: a page holds 55 lines including its header."""


def render_report(week: Week) -> bytes:
    """The REPORT a week must produce, from its hand counts (TC rows, overflows, money) and its
    expected files (UPC rows, notices, refunds, records written), in the layout POSTING.cbl
    documents (posting-notes "REPORT layout": 2-line page header, 55 lines a page, count
    ``Z,ZZZ,ZZZ,ZZ9``, amount ``$$$,$$$,$$$,$$$,$$9.99-``)."""
    counts = week.counts
    if counts is None or week.expected.abend:
        raise ScenarioError(f"{week.name}: a report needs the week's counts")
    body = _report_body(week, counts)
    control = week.inputs["CONTROL"] or b""
    cycle, date = control[0:6].decode("ascii"), control[6:14].decode("ascii")
    lines: list[str] = []
    per_page = REPORT_PAGE_LINES - 2
    for page, start in enumerate(range(0, len(body), per_page), start=1):
        lines.append(
            f"{'POSTING':<10}{'IDRS-LITE WEEKLY POSTING RUN - CONTROL REPORT':<50}CYCLE {cycle}"
            f"    RUN DATE {date[:4]}/{date[4:6]}/{date[6:]}{'':28}PAGE {page:4d}"
        )
        lines.append("")
        lines.extend(body[start : start + per_page])
    return "".join(line.rstrip() + "\n" for line in lines).encode("ascii")


@cache
def _span(copybook: str, name: str) -> slice:
    """Where field ``name`` of ``copybook`` sits in its record (from the layout, never by hand)."""
    item = record_codec(copybook).layout.field(name)
    return slice(item.offset, item.end)


def _report_body(week: Week, counts: Counts) -> list[str]:
    def records(ddname: str, data: bytes | None) -> list[bytes]:
        return _split(data or b"", codec_for_dd(ddname).size)

    unposted = records("UNPOST", week.expected.files["UNPOST"])
    notices = records("NOTICES", week.expected.files["NOTICES"])
    refunds = records("REFUNDS", week.expected.files["REFUNDS"])
    cards = records("TRANSIN", week.inputs["TRANSIN"])
    body = [_section("TRANSACTIONS BY CODE", True)]
    body += [_detail(f"TC {tc}", text, *counts.tc_row(tc)) for tc, text in REPORT_TCS]
    body += ["", _section("UNPOSTABLES BY CODE", True)]
    image, upc_at = _span("UNPOST", "UP-TRANS-IMAGE"), _span("UNPOST", "UP-UPC")
    for upc, reason in UPC_REASONS:
        mine = [u for u in unposted if u[upc_at].decode("ascii") == upc]
        body.append(_detail(upc, reason, len(mine), _card_money(u[image] for u in mine)))
    body += ["", _section("NOTICES ISSUED", False)]
    for code in ("CP14", "CP501", "CP503", "CP504"):
        notice_code = _span("NOTICE", "NT-NOTICE-CODE")
        count = sum(n[notice_code].decode().strip() == code for n in notices)
        body.append(_count_line(code, "", count))
    body += ["", _section("REFUNDS ISSUED", True)]
    method_at, amount_at = _span("REFUND", "RF-METHOD"), _span("REFUND", "RF-AMOUNT")
    for method, text in (("D", "DIRECT DEPOSIT"), ("C", "PAPER CHECK")):
        mine = [r for r in refunds if r[method_at].decode() == method]
        total = sum((Decimal(int(r[amount_at])) / 100 for r in mine), Decimal("0.00"))
        body.append(_detail(method, text, len(mine), total))
    body += ["", _section("ASSESSMENTS", False)]
    body.append(_count_line("", "ASSESSMENT OVERFLOWS", counts.assessment_overflows))
    body += ["", _section("RECORDS READ AND WRITTEN", False)]
    sizes = [
        ("CONTROL  READ", 1),
        ("MASTIN   READ", len(records("MASTIN", week.inputs["MASTIN"]))),
        ("TRANSIN  READ", len(cards)),
        ("MASTOUT  WRITTEN", len(records("MASTOUT", week.expected.files["MASTOUT"]))),
        ("NOTICES  WRITTEN", len(notices)),
        ("REFUNDS  WRITTEN", len(refunds)),
        ("UNPOST   WRITTEN", len(unposted)),
    ]
    body += [_count_line("", text, number) for text, number in sizes]
    body += ["", _section("BALANCING", True)]
    body.append(_detail("", "TRANSACTIONS READ", len(cards), counts.money_read))
    posted = len(cards) - len(unposted)
    body.append(_detail("", "TRANSACTIONS POSTED", posted, counts.money_posted))
    body.append(_detail("", "TRANSACTIONS UNPOSTABLE", len(unposted), counts.money_unposted))
    balanced = counts.money_read == counts.money_posted + counts.money_unposted
    body.append("RUN BALANCED" if balanced else "RUN OUT OF BALANCE")
    return body


def _card_money(cards: Iterator[bytes]) -> Decimal:
    """Signed sum of the card AMOUNTs that are numeric (RULEBOOK §8)."""
    codec = record_codec("TRANSREC")
    total = Decimal("0.00")
    for card in cards:
        value = codec.decode(card, errors=[])["TR-AMOUNT"]
        if isinstance(value, Decimal):
            total += value
    return total


def _section(title: str, amounts: bool) -> str:
    return f"{title:<43}        COUNT" + ("   " + "AMOUNT".rjust(23) if amounts else "")


def _count_line(code: str, text: str, number: int) -> str:
    return f"  {code:<6}  {text:<33}{number:>13,}"


def _detail(code: str, text: str, number: int, amount: Decimal) -> str:
    edited = f"${abs(amount):,.2f}".rjust(22) + ("-" if amount < 0 else " ")
    return f"{_count_line(code, text, number)}   {edited}"


def write_reports(root: Path) -> list[Path]:
    """(Re)write the ``weekN.REPORT`` of every week that does not abend from its hand counts
    (:func:`render_report`); returns the files that changed. Review each one before committing."""
    changed = []
    for scenario in load_scenarios(root, missing_reports=True):
        for week in scenario.weeks:
            if week.expected.abend:
                continue
            path = scenario.path / f"week{week.number}.REPORT"
            report = render_report(week)
            if not path.exists() or path.read_bytes() != report:
                path.write_bytes(report)
                changed.append(path)
    return changed
