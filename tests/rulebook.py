"""What RULEBOOK §1 says of the six records, written once for the tests that check the code
against it. Deliberately not taken from the layouts or the copybooks: these numbers are the
independent statement that the layouts, the copybooks and cobc are held to."""

from __future__ import annotations

RECORD_LENGTHS: dict[str, int] = {
    "CTLCARD": 80,
    "TRANSREC": 100,
    "TAXACCT": 514,
    "NOTICE": 160,
    "REFUND": 156,
    "UNPOST": 140,
}
"""Each copybook's record length in bytes (RULEBOOK §1)."""

INPUT_COPYBOOKS: dict[str, str] = {"CONTROL": "CTLCARD", "MASTIN": "TAXACCT", "TRANSIN": "TRANSREC"}
"""The run's input files (DD names) and the record each holds."""
