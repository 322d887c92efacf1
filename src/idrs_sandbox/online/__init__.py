"""IDRS online: command codes over a master file, least privilege, a tamper-evident audit trail.

- ``master.py``: the master opened read-only, indexed TIN -> record, decoded through ``records/``
- ``profiles.py``: the profiles TOML (roles, command codes, inventories, scrypt passwords)
- ``audit.py``: the hash-chained, signed, fsynced audit log and its verifier
- ``session.py``: one terminal: decide, audit, then show (``screens.py`` draws the 24x80 screens)
- ``state.py`` / ``deck.py``: case notes, sign-on locks, the pending adjustment deck and its merge
- ``review.py`` / ``synthetic.py``: UNAX leads, and a synthetic log with planted violations
- ``app.py``: the Textual green screen

It reads the master through ``records/`` only and never imports ``cobol/``, ``runtime/``,
``modern/`` or ``engines/`` (docs/architecture.md; docs/idrs.md).
"""
