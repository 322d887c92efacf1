       IDENTIFICATION DIVISION.
       PROGRAM-ID. USAGE-FLOAT-COMPARE.
      * COMP-1 / COMP-2 comparisons (relative tolerance 1E-7),
      * arithmetic statements and SIZE ERROR past the exponent range.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  F1  FLOAT-SHORT VALUE 11.55.
       01  F2  FLOAT-LONG VALUE 11.55.
       01  X   COMP-1 VALUE 2.
       01  C   PIC S9(4) COMP.
       01  N   PIC 9(3)V99 VALUE 11.55.
       PROCEDURE DIVISION.
           IF F1 = 11.55 DISPLAY "F1 EQ" ELSE DISPLAY "F1 NE".
           IF F1 = F2 DISPLAY "F1F2 EQ" ELSE DISPLAY "F1F2 NE".
           IF F1 = N DISPLAY "F1N EQ" ELSE DISPLAY "F1N NE".
           IF F1 > 11.5499 DISPLAY "GT" ELSE DISPLAY "LE".
           IF F1 < 11.56 DISPLAY "LT" ELSE DISPLAY "GE".
           MOVE 1.1234567 TO F1
           MOVE 1.1234568 TO F2
           IF F1 = F2 DISPLAY "NEAR EQ" ELSE DISPLAY "NEAR NE".
           MOVE 1.5 TO F2
           IF F2 = 1.4 DISPLAY "FAR EQ" ELSE DISPLAY "FAR NE".
           ADD 360 TO F1
           DISPLAY F1
           DIVIDE 3 INTO F2
           DISPLAY F2
           MULTIPLY F2 BY N
           DISPLAY N
           PERFORM VARYING C FROM 1 BY 1 UNTIL C > 200
               COMPUTE X = X * 2
                   ON SIZE ERROR DISPLAY "SIZE " C " " X
                       EXIT PERFORM
               END-COMPUTE
           END-PERFORM
           MOVE -0.0 TO F1
           IF F1 = 0 DISPLAY "ZERO" END-IF
           MOVE 9.899999999999E+304 TO F2
           DISPLAY F2
           IF F2 < 9.799999999999E+304 DISPLAY "BAD" ELSE DISPLAY "OK".
           COMPUTE F2 = F2 * 100
               ON SIZE ERROR DISPLAY "SIZE2 " F2
           END-COMPUTE
           STOP RUN.
