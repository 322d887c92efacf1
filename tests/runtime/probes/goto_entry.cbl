      * GO TO ENTRY / ENTRY FOR GO TO (cobc's goto-entry, a Micro Focus
      * extension): a jump to a label in a paragraph's middle, also
      * inside an inline PERFORM, which then goes on as cobc's C loop
      * does (a TIMES loop counts on from the count it was left with).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. GOENTRY.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 STEP          PIC 9 VALUE 0.
       01 K             PIC 9 VALUE 0.
       01 LEAVE-AT      PIC 9 VALUE 9.
       PROCEDURE DIVISION.
       MAIN.
           PERFORM LOOPS
           DISPLAY "after PERFORM LOOPS, STEP " STEP
           MOVE 0 TO STEP
           PERFORM UNTILS
           PERFORM IFS
           STOP RUN.
       LOOPS.
           ADD 1 TO STEP
           EVALUATE STEP
             WHEN 2 GO TO ENTRY "IN-TIMES"
             WHEN 3 MOVE 2 TO LEAVE-AT MOVE 0 TO K
             WHEN 4 GO TO ENTRY "IN-TIMES"
             WHEN 5 GO TO ENTRY "AFTER-TIMES"
           END-EVALUATE
           DISPLAY "turns:" WITH NO ADVANCING
           PERFORM 4 TIMES
              DISPLAY " a" WITH NO ADVANCING
       ENTRY FOR GO TO "IN-TIMES"
              DISPLAY " b" WITH NO ADVANCING
              ADD 1 TO K
              IF K = LEAVE-AT MOVE 0 TO K EXIT PERFORM END-IF
           END-PERFORM
       ENTRY FOR GO TO "AFTER-TIMES"
           DISPLAY " end " STEP
           IF STEP < 5 GO TO LOOPS END-IF.
       UNTILS.
           ADD 1 TO STEP
           IF STEP = 2 GO TO ENTRY "IN-UNTIL" END-IF
           IF STEP = 3 GO TO ENTRY "IN-AFTER" END-IF
           MOVE 0 TO K
           PERFORM UNTIL K > 2
              ADD 1 TO K
       ENTRY FOR GO TO "IN-UNTIL"
              DISPLAY "until " K
           END-PERFORM
           MOVE 5 TO K
           PERFORM WITH TEST AFTER UNTIL K > 6
              ADD 1 TO K
       ENTRY FOR GO TO "IN-AFTER"
              DISPLAY "test after " K
              IF K = 2 EXIT PERFORM CYCLE END-IF
              ADD 2 TO K
           END-PERFORM
           IF STEP < 3 GO TO UNTILS.
       IFS.
           IF STEP = 9
              DISPLAY "not shown"
       ENTRY FOR GO TO "IN-IF"
              DISPLAY "in IF, STEP " STEP
           ELSE
              DISPLAY "ELSE"
           END-IF
           DISPLAY "after IF".
           IF STEP = 3
              MOVE 4 TO STEP
              GO TO ENTRY "IN-IF"
           END-IF.
