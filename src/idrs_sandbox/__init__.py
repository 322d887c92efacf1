"""IDRS-lite: a legacy-modernization sandbox.

Packages, in pipeline order:

- ``cobol``    COBOL front end: fixed-format source reader, lark grammars, AST.
- ``records``  record layer: layouts (offsets, sizes) and codecs (bytes <-> values).
- ``runtime``  the legacy engine: runs the COBOL AST with GnuCOBOL semantics.
- ``modern``   the modern engine: idiomatic Python posting run (never imports cobol/runtime).
- ``engines``  the common engine interface and the gnucobol / legacy / modern adapters.
- ``datagen``  synthetic data (TIN areas 000 and 666 only).
- ``oracle``   equivalence checking: comparison of runs, hypothesis strategies.
- ``training`` exercises for engineers.
- ``cli``      the ``idrs`` command; the only package that imports all the others.
"""

__version__ = "0.1.0"
