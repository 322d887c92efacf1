       IDENTIFICATION DIVISION.
       PROGRAM-ID. USAGE-COMP-NUMERIC.
      * COMP-6 class test and comparisons, COMP-X in conditions and
      * SIZE ERROR (wraps on its bytes), LENGTH OF in DISPLAY.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  G.
           05 X-2   PIC X(2).
           05 N-3   REDEFINES X-2 PIC 999  USAGE COMP-6.
           05 N-4   REDEFINES X-2 PIC 9999 USAGE COMP-6.
       01  CX       PIC 9(3) COMP-X VALUE 500.
       01  CY       PIC 99 COMP-X VALUE 7.
       01  D        PIC 9(4) VALUE 42.
       PROCEDURE DIVISION.
           MOVE X"0000" TO X-2
           IF N-3 IS NUMERIC DISPLAY "A1 Y" ELSE DISPLAY "A1 N".
           IF N-4 IS NUMERIC DISPLAY "A2 Y" ELSE DISPLAY "A2 N".
           MOVE X"000C" TO X-2
           IF N-3 IS NUMERIC DISPLAY "B1 Y" ELSE DISPLAY "B1 N".
           IF N-4 IS NUMERIC DISPLAY "B2 Y" ELSE DISPLAY "B2 N".
           MOVE X"1234" TO X-2
           IF N-3 IS NUMERIC DISPLAY "C1 Y" ELSE DISPLAY "C1 N".
           IF N-3 = 234 DISPLAY "C3 EQ" ELSE DISPLAY "C3 NE".
           IF N-4 > D DISPLAY "C4 GT" ELSE DISPLAY "C4 LE".
           MOVE N-4 TO D
           DISPLAY "D " D
           MOVE 77 TO N-3
           DISPLAY "N3 " N-3 " X " X-2
           IF CX > 499 DISPLAY "E GT" ELSE DISPLAY "E LE".
           ADD 600 TO CX
               ON SIZE ERROR DISPLAY "F SIZE " CX
               NOT ON SIZE ERROR DISPLAY "F OK " CX
           END-ADD
           ADD 65000 TO CX
               ON SIZE ERROR DISPLAY "G SIZE " CX
               NOT ON SIZE ERROR DISPLAY "G OK " CX
           END-ADD
           COMPUTE CY = CY * 40
           DISPLAY "H " CY
           MOVE CY TO D
           DISPLAY "I " D
           MOVE D TO N-4
           DISPLAY "J " N-4
           DISPLAY "L " LENGTH OF G " " LENGTH OF CX
           STOP RUN.
