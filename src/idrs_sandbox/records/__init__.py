"""The record layer: PICTURE parsing, layouts (offsets and sizes as GnuCOBOL 3.1.2 computes them),
field codecs (``numeric``), the record codec and streaming of fixed-length record files.

This package never imports ``idrs_sandbox.cobol``: the COBOL front end builds layouts with it, and
the modern engine declares its own layouts with ``records.schema``.
"""
