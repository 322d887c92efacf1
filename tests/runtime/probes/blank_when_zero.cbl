      * BLANK WHEN ZERO on an integer PIC 9 item: spaces when zero.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. BWZ.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A PIC 9(4) BLANK WHEN ZERO.
       01 B PIC 9(4).
       01 Z PIC ZZ9.99 BLANK WHEN ZERO.
       PROCEDURE DIVISION.
           MOVE 0 TO A. DISPLAY "[" A "]".
           MOVE 12 TO A. DISPLAY "[" A "]".
           MOVE A TO B. DISPLAY "[" B "]".
           MOVE ZERO TO A. MOVE A TO B. DISPLAY "[" B "]".
           MOVE 0 TO Z. DISPLAY "[" Z "]".
           MOVE 1.5 TO Z. DISPLAY "[" Z "]".
           STOP RUN.
