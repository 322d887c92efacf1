      * EXIT PERFORM CYCLE in PERFORM VARYING (the variable still
      * steps), TEST AFTER with VARYING ... AFTER, EXIT PERFORM out of
      * nested VARYING levels, TEST AFTER UNTIL with CYCLE.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. PERFORM-CYCLE.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 I PIC 99.
       01 J PIC 99.
       01 N PIC 99 VALUE 0.
       PROCEDURE DIVISION.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 6
               IF I = 2 OR I = 4
                   EXIT PERFORM CYCLE
               END-IF
               DISPLAY "A " I
           END-PERFORM
           DISPLAY "A END " I
           PERFORM WITH TEST AFTER VARYING I FROM 1 BY 1 UNTIL I = 3
               DISPLAY "B " I
           END-PERFORM
           DISPLAY "B END " I
           PERFORM WITH TEST AFTER VARYING I FROM 1 BY 1 UNTIL I = 2
                   AFTER J FROM 1 BY 2 UNTIL J > 2
               DISPLAY "C " I " " J
           END-PERFORM
           DISPLAY "C END " I " " J
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
                   AFTER J FROM 1 BY 1 UNTIL J > 3
               IF J = 2
                   EXIT PERFORM CYCLE
               END-IF
               IF I = 3
                   EXIT PERFORM
               END-IF
               DISPLAY "D " I " " J
           END-PERFORM
           DISPLAY "D END " I " " J
           MOVE 0 TO N
           PERFORM WITH TEST AFTER UNTIL N > 4
               ADD 1 TO N
               IF N = 3
                   EXIT PERFORM CYCLE
               END-IF
               DISPLAY "E " N
           END-PERFORM
           DISPLAY "E END " N
           PERFORM WITH TEST AFTER VARYING I FROM 5 BY -1 UNTIL I < 3
               IF I = 4
                   EXIT PERFORM CYCLE
               END-IF
               DISPLAY "F " I
           END-PERFORM
           DISPLAY "F END " I
           STOP RUN.
