      * >>TURN EC-BOUND-SUBSCRIPT CHECKING ON / OFF in a program built
      * without -debug: only the statements after ON check subscripts
      * (an out-of-range one then stops the run with status 1).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. TURN-CHECKING.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X VALUE "12345!".
          03 Y PIC X OCCURS 5 TIMES.
          03 Z PIC X.
       01 IDX PIC 99 VALUE 6.
       PROCEDURE DIVISION.
           DISPLAY "unchecked " Y (IDX)
       >>TURN EC-BOUND-SUBSCRIPT CHECKING ON
           MOVE 5 TO IDX
           DISPLAY "in range " Y (IDX)
           MOVE 6 TO IDX
           DISPLAY "checked " Y (IDX)
           DISPLAY "not reached"
           STOP RUN.
