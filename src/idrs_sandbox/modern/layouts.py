"""The run's record layouts as the modern engine uses them: declared once in
:mod:`idrs_sandbox.records.posting` (shared with the online layer and the engine interface)."""

from idrs_sandbox.records.posting import CTLCARD, LAYOUTS, NOTICE, REFUND, TAXACCT, TRANSREC, UNPOST

__all__ = ["CTLCARD", "LAYOUTS", "NOTICE", "REFUND", "TAXACCT", "TRANSREC", "UNPOST"]
