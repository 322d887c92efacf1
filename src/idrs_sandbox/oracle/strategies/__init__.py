"""Hypothesis strategies for the weekly posting run: control cards, master files, card decks.

The strategies build *values* (frozen dataclasses named after the domain: :class:`ControlCard`,
:class:`Account`, :class:`Module`, :class:`Card`, :class:`Run`) and only a run's
:meth:`Run.inputs` turns them into bytes, through the record layer and the project copybooks
(CTLCARD, TAXACCT, TRANSREC). So Hypothesis shrinks the values themselves: a falsifying example
reads as a few cards and a readable account, not as a generator seed.

Every strategy aims at the places where a migration goes wrong (RULEBOOK section in brackets):

- amounts: zero, one cent, half-cent rounding edges of the 5 % FTF and 0.5 % FTP rates, field
  maximums, sums that overflow a field, negative amounts, bad overpunch bytes [§2, §5, §6];
- dates: due dates, month ends, 31st days (30/360 caps them), leap days, both sides of the
  century window, invalid days and months, non-numeric bytes [§3];
- name lines for every name-control rule: ``<`` marks, apostrophes, periods, blanks, hyphens,
  lower case, digits, bytes above X'7F' [§4];
- routing numbers that pass and fail the ABA check, all zeros, blanks [§6];
- accounts with modules in every status and every freeze combination, notice streams at every
  step and near the 5-cycle interval, credits to offset and refund [§2, §6];
- decks sorted by TIN then SEQ with a few cards out of sequence, and cards made unpostable on
  purpose for every UPC U01-U10 [§5];
- runs that abend for every cause of §7 (kept rare by :func:`runs`).

A run is ``(control, master, deck)``; ``Run.write(folder)`` makes it a run folder
(CONTROL, MASTIN, TRANSIN) that ``idrs run`` accepts.

One module per concept, as Hypothesis lays out its own strategies; everything is imported
here, so ``from idrs_sandbox.oracle.strategies import runs`` is the way to use them:

- :mod:`.constants`: the rulebook's limits and code lists;
- :mod:`.values`: the values (``Run``, ``Account``, ``Card``...) and their encoding;
- :mod:`.generation`: drawing values outside a test;
- :mod:`.money`, :mod:`.dates`, :mod:`.control`, :mod:`.entity`: the leaf strategies;
- :mod:`.masters`, :mod:`.decks`: master files and transaction decks;
- :mod:`.runs`: posting runs and abend runs; :mod:`.io_faults`: runs that meet I/O faults;
- :mod:`.damage` and :mod:`.dirty`: dirty bytes (any field of any record, byte flips, dropped
  and repeated bytes) and the runs that carry them;
- :mod:`.limits`: runs at the report's S9(13)V99 totals limit.
"""

from __future__ import annotations

from idrs_sandbox.oracle.strategies.constants import (
    AMOUNT_MAX,
    CENT,
    FREEZES,
    INPUT_TCS,
    MAX_ACCOUNTS,
    MAX_CARDS,
    MAX_MODULES,
    MAX_TINS,
    MODULE_SIZE,
    MODULE_TCS,
    MONEY_FIELDS,
    NOTICE_STATUSES,
    NOTICE_STREAM,
    ODD_FREEZES,
    ODD_NOTICE,
    PENALTY_MAX,
    RUN_YEARS,
    STATUSES,
    SYNTHETIC_AREAS,
    UNKNOWN_TCS,
    ZERO_AMOUNT_TCS,
)
from idrs_sandbox.oracle.strategies.control import (
    INVALID_CONTROL_KINDS,
    control_cards,
    interest_rates,
    invalid_control_cards,
)
from idrs_sandbox.oracle.strategies.damage import (
    ByteFlip,
    Damage,
    Dropped,
    FieldDamage,
    FieldSlot,
    Repeated,
    field_slots,
)
from idrs_sandbox.oracle.strategies.dates import (
    card_dates,
    card_tax_periods,
    cycle_of_day,
    due_day,
    invalid_card_dates,
    period_choices,
    return_dates,
    run_days,
    tax_periods,
    valid_card_dates,
    yymmdd,
    yyyymmdd,
)
from idrs_sandbox.oracle.strategies.decks import (
    CARD_TCS,
    FAULTS,
    GARBLINGS,
    MODULE_CREATING_TCS,
    NEEDS_RETURN_TCS,
    UNKNOWN_CARD_TCS,
    WRONG_NAME_CONTROLS,
    KnownAccount,
    card_data,
    draw_card,
    draw_deck,
    draw_garbled_card,
    draw_out_of_sequence,
    draw_tin_group,
    known_accounts,
    transaction_decks,
)
from idrs_sandbox.oracle.strategies.dirty import (
    damaged_fields,
    damages,
    dirty_runs,
    oracle_runs,
)
from idrs_sandbox.oracle.strategies.entity import (
    GIVEN,
    ODD_ROUTING_NUMBERS,
    SURNAMES,
    aba_check_digit,
    bank_accounts,
    card_routing_numbers,
    cities,
    master_routing_numbers,
    name_lines,
    routing_numbers,
    states,
    streets,
    zips,
)
from idrs_sandbox.oracle.strategies.generation import (
    quiet_generation,
)
from idrs_sandbox.oracle.strategies.io_faults import (
    draw_fault_run,
    draw_output_fault,
    fault_runs,
    output_faults,
)
from idrs_sandbox.oracle.strategies.limits import (
    limit_run,
    report_limit_runs,
)
from idrs_sandbox.oracle.strategies.masters import (
    CLEAR_FOR_NOTICES,
    CLEAR_FOR_REFUNDS,
    MODULE_FREEZES,
    MODULE_SHAPES,
    NOTICE_GAPS,
    accounts,
    draw_account,
    draw_count,
    draw_master,
    draw_module,
    master_files,
    modules,
    tins,
)
from idrs_sandbox.oracle.strategies.money import (
    card_amounts,
    cents,
    half_cent_edges,
    money_amounts,
    non_numeric_amounts,
    penalties,
    return_amounts,
)
from idrs_sandbox.oracle.strategies.runs import (
    ABEND_CAUSES,
    abend_runs,
    draw_abend_run,
    draw_posting_run,
    pinned_abend_runs,
    posting_runs,
    runs,
)
from idrs_sandbox.oracle.strategies.values import (
    Account,
    ActionData,
    AddressData,
    Bulk,
    Card,
    CardData,
    ControlCard,
    EntityData,
    Garbled,
    Module,
    NoData,
    RawControl,
    ReturnData,
    Run,
)

__all__ = [
    "ABEND_CAUSES",
    "AMOUNT_MAX",
    "CARD_TCS",
    "CENT",
    "CLEAR_FOR_NOTICES",
    "CLEAR_FOR_REFUNDS",
    "FAULTS",
    "FREEZES",
    "GARBLINGS",
    "GIVEN",
    "INPUT_TCS",
    "INVALID_CONTROL_KINDS",
    "MAX_ACCOUNTS",
    "MAX_CARDS",
    "MAX_MODULES",
    "MAX_TINS",
    "MODULE_CREATING_TCS",
    "MODULE_FREEZES",
    "MODULE_SHAPES",
    "MODULE_SIZE",
    "MODULE_TCS",
    "MONEY_FIELDS",
    "NEEDS_RETURN_TCS",
    "NOTICE_GAPS",
    "NOTICE_STATUSES",
    "NOTICE_STREAM",
    "ODD_FREEZES",
    "ODD_NOTICE",
    "ODD_ROUTING_NUMBERS",
    "PENALTY_MAX",
    "RUN_YEARS",
    "STATUSES",
    "SURNAMES",
    "SYNTHETIC_AREAS",
    "UNKNOWN_CARD_TCS",
    "UNKNOWN_TCS",
    "WRONG_NAME_CONTROLS",
    "ZERO_AMOUNT_TCS",
    "Account",
    "ActionData",
    "AddressData",
    "Bulk",
    "ByteFlip",
    "Card",
    "CardData",
    "ControlCard",
    "Damage",
    "Dropped",
    "EntityData",
    "FieldDamage",
    "FieldSlot",
    "Garbled",
    "KnownAccount",
    "Module",
    "NoData",
    "RawControl",
    "Repeated",
    "ReturnData",
    "Run",
    "aba_check_digit",
    "abend_runs",
    "accounts",
    "bank_accounts",
    "card_amounts",
    "card_data",
    "card_dates",
    "card_routing_numbers",
    "card_tax_periods",
    "cents",
    "cities",
    "control_cards",
    "cycle_of_day",
    "damaged_fields",
    "damages",
    "dirty_runs",
    "draw_abend_run",
    "draw_account",
    "draw_card",
    "draw_count",
    "draw_deck",
    "draw_fault_run",
    "draw_garbled_card",
    "draw_master",
    "draw_module",
    "draw_out_of_sequence",
    "draw_output_fault",
    "draw_posting_run",
    "draw_tin_group",
    "due_day",
    "fault_runs",
    "field_slots",
    "half_cent_edges",
    "interest_rates",
    "invalid_card_dates",
    "invalid_control_cards",
    "known_accounts",
    "limit_run",
    "master_files",
    "master_routing_numbers",
    "modules",
    "money_amounts",
    "name_lines",
    "non_numeric_amounts",
    "oracle_runs",
    "output_faults",
    "penalties",
    "period_choices",
    "pinned_abend_runs",
    "posting_runs",
    "quiet_generation",
    "report_limit_runs",
    "return_amounts",
    "return_dates",
    "routing_numbers",
    "run_days",
    "runs",
    "states",
    "streets",
    "tax_periods",
    "tins",
    "transaction_decks",
    "valid_card_dates",
    "yymmdd",
    "yyyymmdd",
    "zips",
]
