"""Synthetic run data for the weekly posting run (``idrs generate``).

``generate_run(folder, accounts, transactions, seed, cycle)`` writes a run folder (CONTROL,
MASTIN, TRANSIN; RULEBOOK §1-§2) that is deterministic per seed, uses only TIN areas 000 and 666,
holds valid master accounts (or, with ``master=``, last week's MASTOUT as it is), and mixes
postable cards of every TC with a chosen share of deliberately unpostable or invalid ones.
See docs/datagen.md.
"""

from idrs_sandbox.datagen.banking import aba_valid
from idrs_sandbox.datagen.generator import (
    DEFAULT_CYCLE,
    DEFAULT_INTEREST_RATE,
    DEFAULT_INVALID_SHARE,
    GenerateOptionError,
    GenerateOutputError,
    GenerationOptions,
    GenerationSummary,
    generate_run,
    generate_streams,
)
from idrs_sandbox.datagen.masterfile import MasterFileError
from idrs_sandbox.datagen.namecontrol import name_control

__all__ = [
    "DEFAULT_CYCLE",
    "DEFAULT_INTEREST_RATE",
    "DEFAULT_INVALID_SHARE",
    "GenerateOptionError",
    "GenerateOutputError",
    "GenerationOptions",
    "GenerationSummary",
    "MasterFileError",
    "aba_valid",
    "generate_run",
    "generate_streams",
    "name_control",
]
