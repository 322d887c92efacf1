      * SPECIAL-NAMES CLASS name IS ...: a class condition true when every
      * character of the item is one of the class's (literals, THRU
      * ranges, ordinals counted from 1 = X'00').
       IDENTIFICATION DIVISION.
       PROGRAM-ID. CLASSUSR.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           SYMBOLIC CHARACTERS MY-BEL IS 8
           CLASS HEXDIG IS "0" THRU "9" "A" THRU "F"
           CLASS VOWEL FOR ALPHANUMERIC IS "AEIOU" "aeiou"
           CLASS CTL IS 1 THRU 32 128.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 X             PIC X(4).
       01 N             PIC 9(4).
       PROCEDURE DIVISION.
           MOVE "1F0A" TO X PERFORM SHOW
           MOVE "1G0A" TO X PERFORM SHOW
           MOVE "aEiO" TO X PERFORM SHOW
           MOVE "1F  " TO X PERFORM SHOW
           MOVE X"01091F7F" TO X PERFORM SHOW
           MOVE 1234 TO N
           IF N IS HEXDIG DISPLAY "N hex" END-IF
           IF N IS NOT VOWEL DISPLAY "N not vowel" END-IF
           IF X (1:1) CTL AND X (2:1) IS CTL DISPLAY "controls" END-IF
           DISPLAY FUNCTION ORD (MY-BEL)
           STOP RUN.
       SHOW.
           IF X IS HEXDIG DISPLAY "hex " WITH NO ADVANCING
           ELSE DISPLAY "--- " WITH NO ADVANCING END-IF
           IF X VOWEL DISPLAY "vowel " WITH NO ADVANCING
           ELSE DISPLAY "----- " WITH NO ADVANCING END-IF
           IF X IS NOT CTL DISPLAY "not-ctl" ELSE DISPLAY "ctl" END-IF.
