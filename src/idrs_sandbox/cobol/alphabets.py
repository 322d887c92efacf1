"""Alphabets of SPECIAL-NAMES (``ALPHABET name IS NATIVE | ASCII | STANDARD-1 | STANDARD-2 |
EBCDIC``) as the front end hands them on: for each native (Latin-1 / ASCII) byte, its code in
the alphabet. That 256-byte string is what an alphabet-name stands for in ``INSPECT ...
CONVERTING beta TO alpha`` (cobc 3.1.2 testsuite "INSPECT CONVERTING alphabet": X'C1' converted
from EBCDIC to ASCII is "A"), and the order a ``SYMBOLIC CHARACTERS`` ordinal counts in.

EBCDIC is GnuCOBOL 3.1.2's own table, read back from a cobc-built program by probe
``special_names`` (INSPECT CONVERTING of all 256 bytes, both ways): it is a bijection that
agrees with code page 037 on letters, digits and the usual punctuation and differs from it
(and from cp500) in 131 of the 256 bytes."""

from __future__ import annotations

NATIVE = bytes(range(256))
EBCDIC = bytes.fromhex(
    "00010203372d2e2f1605250b0c0d0e0f101112133c3d322618193f271c1d1e1f"
    "405a7f7b5b6c507d4d5d5c4e6b604b61f0f1f2f3f4f5f6f7f8f97a5e4c7e6e6f"
    "7cc1c2c3c4c5c6c7c8c9d1d2d3d4d5d6d7d8d9e2e3e4e5e6e7e8e9ade0bd5f6d"
    "79818283848586878889919293949596979899a2a3a4a5a6a7a8a9c06ad0a107"
    "68dc5142434447485253545756586367719c9ecbcccddbdddfecfcb0b1b23eb4"
    "4555cede49699a9bab9fbab8b7aa8a8bb6b5624f6465662021227023727374be"
    "7677788024158c8d8e41061728299d2a2b2c090aac4aaeaf1b3031fa1a333435"
    "36590838bc39a0bfca3afe3b04cfda14e18f4675fdebeeed90efb3fbb9eabbff"
)
"""EBCDIC[p]: the EBCDIC code of native byte p."""
EBCDIC_TO_NATIVE = bytes(EBCDIC.index(code) for code in range(256))
"""EBCDIC_TO_NATIVE[e]: the native byte whose EBCDIC code is e."""

ALPHABETS = {
    "NATIVE": (NATIVE, NATIVE),
    "ASCII": (NATIVE, NATIVE),
    "STANDARD-1": (NATIVE, NATIVE),
    "STANDARD-2": (NATIVE, NATIVE),
    "EBCDIC": (EBCDIC, EBCDIC_TO_NATIVE),
}
"""Alphabet kind -> (code of each native byte, native byte at each code position)."""
