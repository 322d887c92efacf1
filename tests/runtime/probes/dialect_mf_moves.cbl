      * cobc -std=mf (move-non-numeric-lit-to-numeric-is-zero: yes,
      * move-figurative-space-to-numeric: ok): a figurative constant or
      * an alphanumeric literal with a non-digit moved to a numeric item
      * is a MOVE of ZERO.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MFMOVES.
       DATA  DIVISION.
       WORKING-STORAGE SECTION.
       01  NUM9    PIC 9(6) VALUE 123.
       01  NUMS    PIC S9(3)V9 VALUE -1.5.
       01  NUME    PIC ZZ9.99 VALUE 1.
       01  TXT     PIC X(4).
       PROCEDURE DIVISION.
           MOVE SPACES TO NUM9
           DISPLAY "SPACES " NUM9
           MOVE 7 TO NUM9 MOVE LOW-VALUES TO NUM9
           DISPLAY "LOW " NUM9
           MOVE 7 TO NUM9 MOVE HIGH-VALUES TO NUM9
           DISPLAY "HIGH " NUM9
           MOVE 7 TO NUM9 MOVE QUOTE TO NUM9
           DISPLAY "QUOTE " NUM9
           MOVE "A1" TO NUMS
           DISPLAY "A1 " NUMS
           MOVE "12" TO NUMS
           DISPLAY "12 " NUMS
           MOVE "1A" TO NUME
           DISPLAY "EDITED " NUME
           MOVE "1.5" TO NUME
           DISPLAY "EDITED " NUME
           MOVE SPACES TO TXT
           DISPLAY "TXT [" TXT "]"
           STOP RUN.
