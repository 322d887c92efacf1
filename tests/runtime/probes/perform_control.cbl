       IDENTIFICATION DIVISION.
       PROGRAM-ID. PERFCTL.
      * PERFORM THRU WITH GO TO, NESTED PERFORMS, TIMES, UNTIL (TEST
      * BEFORE AND AFTER), VARYING ... AFTER, INLINE, SECTIONS,
      * GO TO DEPENDING, NEXT SENTENCE, EXIT PERFORM, FALL THROUGH.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 I PIC S99.
       01 J PIC 99.
       01 K PIC 9.
       01 N PIC 9 VALUE 0.
       PROCEDURE DIVISION.
       MAIN SECTION.
       M1.
           PERFORM A1 THRU A9
           PERFORM B1 3 TIMES
           MOVE 0 TO I
           PERFORM B2 UNTIL I > 2
           PERFORM B2 WITH TEST AFTER UNTIL I > 0
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 2
               AFTER J FROM 5 BY 5 UNTIL J > 10
               DISPLAY "V " I " " J
           END-PERFORM
           PERFORM VARYING I FROM 3 BY -1 UNTIL I < 1
               DISPLAY "D " I
           END-PERFORM
           PERFORM OTHER-SECTION
           PERFORM 2 TIMES
               DISPLAY "INLINE"
           END-PERFORM
           MOVE 2 TO K
           GO TO G1 G2 G3 DEPENDING ON K.
       G1.
           DISPLAY "G1".
       G2.
           DISPLAY "G2"
           IF K = 2 NEXT SENTENCE ELSE DISPLAY "NOT HERE" END-IF
           DISPLAY "SKIPPED".
           DISPLAY "AFTER NEXT SENTENCE".
       G3.
           DISPLAY "G3"
           PERFORM VARYING J FROM 1 BY 1 UNTIL J > 5
               IF J = 3 EXIT PERFORM END-IF
               DISPLAY "E " J
           END-PERFORM
           PERFORM C1
           STOP RUN.
       A1.
           DISPLAY "A1"
           GO TO A3.
       A2.
           DISPLAY "A2 NOT SHOWN".
       A3.
           DISPLAY "A3"
           PERFORM C1.
       A9.
           DISPLAY "A9".
       B1.
           ADD 1 TO N DISPLAY "B1 " N.
       B2.
           ADD 1 TO I DISPLAY "B2 " I.
       C1.
           DISPLAY "C1".
       OTHER-SECTION SECTION.
       O1.
           DISPLAY "O1".
       O2.
           DISPLAY "O2".
