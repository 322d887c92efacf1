       IDENTIFICATION DIVISION.
       PROGRAM-ID. BLANK-WHEN-ZERO.
       DATA DIVISION.
      * BLANK WHEN ZERO on a PIC 9 item: cobc 3.1.2 makes it
      * numeric-edited (zero stored as spaces, compared as text).
       WORKING-STORAGE SECTION.
       01  A  PIC 9(3) BLANK WHEN ZERO.
       01  B  PIC 9(3) BLANK WHEN ZERO VALUE 0.
       01  C  PIC 9(3) BLANK WHEN ZERO VALUE 5.
       01  E  PIC 9(3) BLANK WHEN ZERO VALUE 7.
       01  N  PIC 9(3).
       PROCEDURE DIVISION.
           DISPLAY "A>" A "<B>" B "<C>" C "<"
           MOVE 0 TO C
           DISPLAY "C>" C "<"
           MOVE 12 TO C
           DISPLAY "C>" C "<"
           MOVE 1000 TO E
           DISPLAY "E>" E "<"
           MOVE 3 TO E
           MOVE E TO N
           DISPLAY "N>" N "<"
           MOVE 0 TO E
           MOVE E TO N
           DISPLAY "N>" N "<"
           COMPUTE E = N + 1
           DISPLAY "E>" E "<"
           IF E = 1 DISPLAY "E=1" END-IF
           MOVE ZERO TO E
           IF E = 0 DISPLAY "E=0" END-IF
           IF E IS NUMERIC DISPLAY "NUM" ELSE DISPLAY "NOTNUM" END-IF
           DISPLAY "T>" FUNCTION TRIM (E) "<"
           INITIALIZE E
           DISPLAY "E>" E "<"
           STOP RUN.
