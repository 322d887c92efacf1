       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDDIG.
      * ONE- AND TWO-BYTE DISPLAY ITEMS READ THROUGH A TABLE OF BYTE
      * VALUES (RUNTIME/COMPILE/DIGITS.PY): IN ARITHMETIC, COMPARISONS,
      * 88-LEVELS AND SUBSCRIPTS; UNSIGNED, SIGNED (A NEGATIVE VALUE IS
      * AN OVERPUNCHED LAST BYTE), WITH DECIMALS AND P SCALING; HOLDING
      * DIGITS, SPACES, LETTERS AND LOW-VALUES (THE READ FOR OTHER BYTES
      * THEN GIVES LIBCOB'S VALUE); SUBSCRIPTS ONLY IN RANGE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-REC.
           05  R-ONE                   PIC 9.
           05  R-TWO                   PIC 99.
               88  R-TWO-LOW           VALUE 0 THRU 12.
           05  R-STWO                  PIC S99.
           05  R-SONE                  PIC S9.
           05  R-DEC                   PIC 9V9.
           05  R-PP                    PIC 9PP.
           05  R-THREE                 PIC 999.
       01  WS-REC-X REDEFINES WS-REC   PIC X(12).
       01  WS-TAB.
           05  T-CELL                  PIC X(2) OCCURS 12.
       01  WS-OUT                      PIC S9(5)V99.
       01  WS-CASES.
           05  FILLER                  PIC X(12) VALUE "1121q3540123".
           05  FILLER                  PIC X(12) VALUE "0  5 03 1 12".
           05  FILLER                  PIC X(12) VALUE "A9A1y0z 9000".
           05  FILLER                  PIC X(12) VALUE "907p5p9900 5".
       01  WS-CASE-TAB REDEFINES WS-CASES.
           05  WS-CASE                 PIC X(12) OCCURS 4.
       01  K                           PIC 9.
       PROCEDURE DIVISION.
           PERFORM VARYING K FROM 1 BY 1 UNTIL K > 4
               MOVE WS-CASE (K) TO WS-REC-X
               PERFORM SHOW
           END-PERFORM
           MOVE LOW-VALUES TO WS-REC-X
           PERFORM SHOW
           MOVE "311" TO WS-REC-X (1:3)
           PERFORM SUBSCRIPTS
           MOVE "907" TO WS-REC-X (1:3)
           PERFORM SUBSCRIPTS
           STOP RUN.
       SHOW.
           DISPLAY "CASE [" WS-REC-X "]"
           COMPUTE WS-OUT = R-ONE + R-TWO * 2 + R-STWO - R-SONE
               + R-DEC + R-PP + R-THREE
           DISPLAY "SUM " WS-OUT
           COMPUTE WS-OUT = R-TWO
           DISPLAY "TWO " WS-OUT
           COMPUTE WS-OUT = R-STWO
           DISPLAY "STWO " WS-OUT
           COMPUTE WS-OUT = R-SONE + R-DEC
           DISPLAY "SONE+DEC " WS-OUT
           IF R-ONE > 4
               DISPLAY "ONE > 4"
           ELSE
               DISPLAY "ONE <= 4"
           END-IF
           IF R-TWO = 12
               DISPLAY "TWO = 12"
           END-IF
           IF R-TWO < R-THREE
               DISPLAY "TWO < THREE"
           END-IF
           IF R-STWO < 0
               DISPLAY "STWO NEGATIVE"
           END-IF
           IF R-SONE NOT = -3
               DISPLAY "SONE NOT -3"
           END-IF
           IF R-TWO-LOW
               DISPLAY "TWO LOW"
           END-IF
           IF R-PP > 500
               DISPLAY "PP > 500"
           END-IF
           .
       SUBSCRIPTS.
           MOVE ALL "*" TO WS-TAB
           MOVE "AB" TO T-CELL (R-ONE)
           MOVE "CD" TO T-CELL (R-TWO)
           DISPLAY "TAB " WS-TAB.
