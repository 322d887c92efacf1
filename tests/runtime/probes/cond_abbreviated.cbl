       IDENTIFICATION DIVISION.
       PROGRAM-ID. CONDABBR.
      * ABBREVIATED COMBINED RELATION CONDITIONS, NOT, PARENTHESES,
      * EVALUATE WITH EXPRESSION SUBJECTS.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A PIC 9 VALUE 2.
       01 B PIC 9 VALUE 5.
       01 C PIC X VALUE "Q".
       01 I PIC 9.
       PROCEDURE DIVISION.
           PERFORM VARYING I FROM 0 BY 1 UNTIL I > 6
               MOVE I TO A
               DISPLAY A " " WITH NO ADVANCING
               IF A = 1 OR 2 OR 3 DISPLAY "T1 " WITH NO ADVANCING END-IF
               IF A > 1 AND < 5 DISPLAY "T2 " WITH NO ADVANCING END-IF
               IF A NOT = 2 AND 4 DISPLAY "T3 " WITH NO ADVANCING END-IF
               IF A = 1 OR 3 AND B = 5 DISPLAY "T4 " WITH NO ADVANCING
               END-IF
               IF A = 0 OR (B = 5 AND C = "Q") AND A < 3
                   DISPLAY "T5 " WITH NO ADVANCING END-IF
               IF NOT A = 2 AND NOT > 4 DISPLAY "T6 " WITH NO ADVANCING
               END-IF
               IF A < B AND C AND > 0 DISPLAY "T7 " WITH NO ADVANCING
               END-IF
               EVALUATE A + B
                   WHEN 5 THRU 7 DISPLAY "E1" WITH NO ADVANCING
                   WHEN 8 DISPLAY "E2" WITH NO ADVANCING
                   WHEN OTHER DISPLAY "E3" WITH NO ADVANCING
               END-EVALUATE
               EVALUATE TRUE ALSO TRUE
                   WHEN A < 3 ALSO B = 5 DISPLAY " F1"
                   WHEN A < 5 ALSO ANY DISPLAY " F2"
                   WHEN OTHER DISPLAY " F3"
               END-EVALUATE
           END-PERFORM
           STOP RUN.
