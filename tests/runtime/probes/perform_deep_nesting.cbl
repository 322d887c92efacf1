       IDENTIFICATION DIVISION.
       PROGRAM-ID. DEEPLOOP.
      * 21 NESTED INLINE PERFORMS (COBC ACCEPTS THEM; PYTHON ALLOWS
      * 20 NESTED BLOCKS PER FUNCTION) WITH EXIT PERFORM,
      * GO TO AND EXIT PARAGRAPH AT THE DEEPEST LEVEL.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 N PIC 9(4) VALUE 0.
       01 K PIC 9(4) VALUE 0.
       PROCEDURE DIVISION.
       MAIN-PARA.
           PERFORM DEEP
           DISPLAY 'AFTER DEEP ' N
           PERFORM GOER
           DISPLAY 'AFTER GOER ' N
           STOP RUN.
       DEEP.
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           PERFORM 2 TIMES
           ADD 1 TO N
           PERFORM VARYING K FROM 1 BY 1 UNTIL K > 5
               IF K = 4 EXIT PERFORM END-IF
               ADD 1 TO N
           END-PERFORM
           IF N > 5000 EXIT PARAGRAPH END-IF
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           DISPLAY 'NOT REACHED ' N.
       GOER.
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           PERFORM 3 TIMES
           ADD 1 TO N
           IF N > 7000 GO TO GOER-EXIT END-IF
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           END-PERFORM
           DISPLAY 'NOT REACHED EITHER'.
       GOER-EXIT.
           DISPLAY 'EXIT ' N.
