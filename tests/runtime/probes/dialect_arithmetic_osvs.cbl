      * cobc -farithmetic-osvs: IBM OS/VS intermediate scales (cobc
      * typeck.c decimal_align); SUB, C4 and IF2 differ from the default.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. OSVS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A     PIC 9(3) VALUE 399.
       01 B     PIC 9(3) VALUE 211.
       01 C     PIC 9(3)V99 VALUE 212.34.
       01 D     PIC S9(3)V9 VALUE -12.5.
       01 Z     PIC 9 VALUE 0.
       01 BN    PIC S9(4) COMP VALUE 7.
       01 T0    PIC S9(5).
       01 T1    PIC S9(5)V9.
       01 T2    PIC S9(5)V99.
       01 T3    PIC S9(5)V999.
       01 E2    PIC -(5)9.99.
       PROCEDURE DIVISION.
           MOVE 1 TO T2
           ADD 1.5 2 TO T2
           DISPLAY "ADD lit " T2
           MOVE 1 TO T0 T2
           ADD A C 1.25 TO T0 T2
           DISPLAY "ADD 2 " T0 " " T2
           SUBTRACT C 0.5 FROM T1 T3
           DISPLAY "SUB " T1 " " T3
           SUBTRACT C FROM A GIVING T1
           DISPLAY "SUB G " T1
           MULTIPLY C BY D GIVING T1 T3
           DISPLAY "MUL G " T1 " " T3
           DIVIDE A BY 7 GIVING T3
           DISPLAY "DIV G " T3
           DIVIDE 7 INTO C GIVING T2 ROUNDED
           DISPLAY "DIV I " T2
           COMPUTE T3 = A / 7 + B / 3 * 2
           DISPLAY "C1 " T3
           COMPUTE T0 = A / 7 + B / 3 * 2
           DISPLAY "C2 " T0
           COMPUTE T2 = - A / 7 + D * 3 / 4
           DISPLAY "C3 " T2
           COMPUTE T1 = (A + 0.25) / (B - 0.5) * 100
           DISPLAY "C4 " T1
           COMPUTE E2 = C / 3 + 1
           DISPLAY "C5 " E2
           COMPUTE T3 = BN / 3 + C / 7
           DISPLAY "C6 " T3
           COMPUTE T0 T3 = Z / 5 + 1.25
           DISPLAY "C7 " T0 " " T3
           COMPUTE T2 = A * 1.5 / 4 - 0.125
           DISPLAY "C8 " T2
           IF A / 7 > 57 AND C / 3 < 70.78
               DISPLAY "IF1 yes"
           ELSE
               DISPLAY "IF1 no"
           END-IF
           IF (A + B) / 7 = 87.1
               DISPLAY "IF2 yes"
           ELSE
               DISPLAY "IF2 no"
           END-IF
           EVALUATE TRUE
             WHEN C / 7 > 30.3 DISPLAY "EV1"
             WHEN OTHER DISPLAY "EV2"
           END-EVALUATE
           PERFORM VARYING T0 FROM 1 BY 1 UNTIL T0 * 2.5 / 3 > 4
               CONTINUE
           END-PERFORM
           DISPLAY "PERF " T0
           STOP RUN.
