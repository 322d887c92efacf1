"""The two record layouts the online layer reads and writes (RULEBOOK §2): TAXACCT (the master,
read-only here) and TRANSREC (the TC 290 / 291 cards of an adjustment), as declared once in
:mod:`idrs_sandbox.records.posting`. ``online/`` reads the master through ``records/`` only and
never imports ``cobol/``, ``runtime/`` or ``modern/``.
"""

from __future__ import annotations

from idrs_sandbox.records.posting import TAXACCT, TRANSREC

MASTER_LENGTH = TAXACCT.size
CARD_LENGTH = TRANSREC.size

__all__ = ["CARD_LENGTH", "MASTER_LENGTH", "TAXACCT", "TRANSREC"]
