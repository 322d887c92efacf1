"""The modern engine: the weekly posting run (RULEBOOK.md) as idiomatic, typed Python.

It reproduces ``legacy/programs/POSTING.cbl`` byte for byte, quirks included, without importing
the COBOL front end or runtime: it reads and writes records through ``idrs_sandbox.records``
with layouts it declares itself (``layouts``). Every business rule is one function whose
docstring names the COBOL paragraph it replaces; docs/modern.md maps them.

Modules, in the order a card meets them:

- ``layouts``     the six record layouts, declared with ``records.schema``
- ``recordio``    bytes ⇄ dataclasses, codecs precomputed from the layouts; the MASTIN edit pass
- ``model``       ``ControlCard``, ``Transaction``, ``Account``, ``Module`` and the output records
- ``codes``       enums: transaction codes, unpostable codes, notices, statuses, abend causes
- ``merge``       the streaming balanced-line merge of master and cards
- ``validation``  U09 and the U05 … U08 checks, in rulebook order
- ``posting``     one function per transaction code; ``store_money`` is the U10 check
- ``settlement``  end of account: interest, FTP, notices, settlement, offsets, refunds
- ``dates``, ``money``, ``namecontrol``  the arithmetic the rules share
- ``report``      the run totals and the control report
- ``run``         the imperative shell: abend checks, the loop, the outputs

Entry point: ``run_posting({"CONTROL": path, ..., "REPORT": path}) -> return code``.
"""

from idrs_sandbox.modern.run import run_posting

__all__ = ["run_posting"]
