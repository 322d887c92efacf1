      * cobc -fno-binary-truncate: COMP / BINARY items are cut to their
      * bytes, not to their PICTURE's digits (as COMP-X); ON SIZE ERROR
      * only past the bytes.
       IDENTIFICATION  DIVISION.
       PROGRAM-ID.     BINTRUNC.
       DATA            DIVISION.
       WORKING-STORAGE SECTION.
       01  x PIC 9(4) COMP.
       01  s PIC S9(2) COMP.
       01  s3 PIC S9(3)V9 COMP.
       01  d PIC 9(6).
       01  xx PIC X(4).
       PROCEDURE       DIVISION.
           MOVE 30000 TO x
           MOVE x TO d DISPLAY d
           COMPUTE x = 70000
           MOVE x TO d DISPLAY d
           MOVE ZERO TO x
           ADD 30000 TO x
           MOVE x TO d DISPLAY d
           ADD 40000 TO x ON SIZE ERROR DISPLAY "SIZE" END-ADD
           MOVE x TO d DISPLAY d
           MOVE 12345 TO x
           MOVE x TO xx DISPLAY xx
           DISPLAY x
           MOVE -120 TO s
           DISPLAY s
           MOVE -200 TO s
           DISPLAY s
           COMPUTE s = 127 + 1
           DISPLAY s
           COMPUTE s3 = 3000.5
           DISPLAY s3
           IF x > 10000 DISPLAY "big" END-IF
           GOBACK.
