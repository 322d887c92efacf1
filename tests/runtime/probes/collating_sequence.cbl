      * OBJECT-COMPUTER PROGRAM COLLATING SEQUENCE IS an EBCDIC
      * alphabet: alphanumeric < > comparisons and a table SORT without
      * a SEQUENCE phrase follow EBCDIC order (lower case < upper case
      * < digits); numeric comparisons do not change.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. COLLATING-SEQUENCE.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       OBJECT-COMPUTER.
           X86 PROGRAM COLLATING SEQUENCE IS EBC.
       SPECIAL-NAMES.
           ALPHABET EBC IS EBCDIC.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A      PIC X VALUE "a".
       01 B      PIC X VALUE "B".
       01 D      PIC X VALUE "7".
       01 N      PIC 9 VALUE 7.
       01 G.
          05 T   PIC X OCCURS 8.
       PROCEDURE DIVISION.
           IF A < B DISPLAY "a < B" ELSE DISPLAY "a >= B" END-IF
           IF B < D DISPLAY "B < 7" ELSE DISPLAY "B >= 7" END-IF
           IF A = "a" DISPLAY "a = a" END-IF
           IF N > 3 DISPLAY "7 > 3" END-IF
           MOVE "d4B2a1C3" TO G
           SORT T ASCENDING
           DISPLAY G
           STOP RUN.
