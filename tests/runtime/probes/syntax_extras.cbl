      * GnuCOBOL syntax extensions: INSPECT ... TRAILING, PERFORM
      * FOREVER and UNTIL EXIT, 88 ... FALSE IS, the & concatenation
      * of literals and the floating continuation indicator.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SYNTAX-EXTRAS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X      PIC X(10) VALUE "A00B0C0000".
       01 Y      PIC X(8)  VALUE "**AB****".
       01 CNT    PIC 99 VALUE 0.
       01 CNT2   PIC 99 VALUE 0.
       01 N      PIC 99 VALUE 0.
       01 FLAG   PIC X(3) VALUE "YES".
           88 IS-YES VALUE "YES" FALSE IS "NO ".
           88 IS-ON  VALUE "ON " WHEN SET TO FALSE "OFF".
       01 S      PIC X(12).
       PROCEDURE DIVISION.
           INSPECT X TALLYING CNT FOR TRAILING "0"
           INSPECT X TALLYING CNT2 FOR TRAILING "00"
           DISPLAY CNT " " CNT2
           INSPECT X REPLACING TRAILING "0" BY " "
           DISPLAY "[" X "]"
           INSPECT Y REPLACING TRAILING "**" BY "--"
                               LEADING "*" BY "+"
           DISPLAY "[" Y "]"
           MOVE "1000" TO X
           INSPECT X REPLACING TRAILING ZEROS BY SPACES
           DISPLAY "[" X "]"
           MOVE "X0X00000" TO Y
           MOVE 0 TO CNT
           INSPECT Y TALLYING CNT FOR TRAILING "0" BEFORE INITIAL "X0X"
           DISPLAY CNT
           MOVE 0 TO CNT
           INSPECT Y TALLYING CNT FOR TRAILING "0" AFTER INITIAL "X0X"
           DISPLAY CNT
           PERFORM FOREVER
               ADD 1 TO N
               IF N > 3
                   EXIT PERFORM
               END-IF
           END-PERFORM
           PERFORM UNTIL EXIT
               ADD 2 TO N
               IF N > 9
                   EXIT PERFORM
               END-IF
           END-PERFORM
           DISPLAY N
           SET IS-YES TO FALSE
           DISPLAY "[" FLAG "]"
           SET IS-ON TO FALSE
           DISPLAY "[" FLAG "]"
           SET IS-YES TO TRUE
           DISPLAY "[" FLAG "]"
           MOVE "AB" & "C" & X"2D" & 'D"E' TO S
           DISPLAY "[" S "]"
           DISPLAY "OK"-
             "OK" " " "A" & "B"
           STOP RUN.
