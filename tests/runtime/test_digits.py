"""The byte-value tables of runtime/compile/digits.py against what they replace: ``int`` of
the bytes when ``isdigit`` holds, the item's own read otherwise (-1). Every one and two byte
value is checked; the reads themselves are checked against cobc by the probe speed_digits."""

from __future__ import annotations

from pathlib import Path

from idrs_sandbox.runtime.compile.digits import ONE_BYTE, TWO_BYTES
from idrs_sandbox.runtime.machine import LegacyProgram


def test_one_byte_table() -> None:
    for byte in range(256):
        raw = bytes([byte])
        assert ONE_BYTE[byte] == (int(raw) if raw.isdigit() else -1)


def test_two_byte_table() -> None:
    for high in range(256):
        for low in range(256):
            raw = bytes([high, low])
            assert TWO_BYTES[high << 8 | low] == (int(raw) if raw.isdigit() else -1)


def test_short_items_of_working_storage_are_read_by_table(tmp_path: Path) -> None:
    source = tmp_path / "SHORT.cbl"
    source.write_text(
        "       IDENTIFICATION DIVISION.\n"
        "       PROGRAM-ID. SHORT.\n"
        "       DATA DIVISION.\n"
        "       WORKING-STORAGE SECTION.\n"
        "       01  WS-REC.\n"
        "           05  R-ONE PIC 9.\n"
        "           05  R-TWO PIC S99.\n"
        "           05  R-THREE PIC 999.\n"
        "       01  WS-OUT PIC S9(4).\n"
        "       PROCEDURE DIVISION.\n"
        "           MOVE WS-REC TO WS-REC\n"
        "           COMPUTE WS-OUT = R-ONE + R-TWO + R-THREE\n"
        "           DISPLAY WS-OUT\n"
        "           STOP RUN.\n"
    )
    code = LegacyProgram.from_file(source).source
    assert "_DG1" in code and "[B0[0]]" in code  # R-ONE
    assert "[B0[1] << 8 | B0[2]]" in code  # R-TWO
    assert "B0[3:6]).isdigit()" in code  # R-THREE: three bytes keep int()
