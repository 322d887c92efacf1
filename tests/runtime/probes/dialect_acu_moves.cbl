      * cobc -std=acu (move-non-numeric-lit-to-numeric-is-zero: no,
      * move-figurative-space-to-numeric: ok): a figurative constant or
      * moved to a numeric item
      * moves as its bytes.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. ACUMOVES.
       DATA  DIVISION.
       WORKING-STORAGE SECTION.
       01  NUM9    PIC 9(6) VALUE 123.
       01  NUMS    PIC S9(3)V9 VALUE -1.5.
       01  NUME    PIC ZZ9.99 VALUE 1.
       01  TXT     PIC X(4).
       PROCEDURE DIVISION.
           MOVE SPACES TO NUM9
           DISPLAY "SPACES " NUM9 UPON SYSOUT
           MOVE 7 TO NUM9 MOVE LOW-VALUES TO NUM9
           DISPLAY "LOW " NUM9 UPON SYSOUT
           MOVE 7 TO NUM9 MOVE HIGH-VALUES TO NUM9
           DISPLAY "HIGH " NUM9 UPON SYSOUT
           MOVE 7 TO NUM9 MOVE QUOTE TO NUM9
           DISPLAY "QUOTE " NUM9 UPON SYSOUT
           MOVE "1.5" TO NUME
           DISPLAY "EDITED " NUME UPON SYSOUT
           MOVE SPACES TO TXT
           DISPLAY "TXT [" TXT "]" UPON SYSOUT
           STOP RUN.
