       IDENTIFICATION DIVISION.
       PROGRAM-ID. EVALFORMS.
      * EVALUATE: VALUE SUBJECTS, TRUE, ALSO, THRU, ANY, NOT, OTHER.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 A PIC 99.
       01 B PIC X.
       01 I PIC 99.
       PROCEDURE DIVISION.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 6
               MOVE I TO A
               EVALUATE A
                   WHEN 1 DISPLAY "ONE"
                   WHEN 2 THRU 3 DISPLAY "TWO-THREE"
                   WHEN 4
                   WHEN 5 DISPLAY "FOUR-FIVE"
                   WHEN OTHER DISPLAY "OTHER " A
               END-EVALUATE
           END-PERFORM
           MOVE "Y" TO B
           MOVE 7 TO A
           EVALUATE TRUE ALSO B
               WHEN A < 5 ALSO "Y" DISPLAY "SMALL Y"
               WHEN A > 5 ALSO "N" DISPLAY "BIG N"
               WHEN A > 5 ALSO ANY DISPLAY "BIG ANY"
           END-EVALUATE
           EVALUATE A ALSO B
               WHEN NOT 7 ALSO "Y" DISPLAY "NOT SEVEN"
               WHEN 7 ALSO NOT "N" DISPLAY "SEVEN NOT N"
           END-EVALUATE
           EVALUATE FALSE
               WHEN A = 7 DISPLAY "A IS 7"
               WHEN A = 8 DISPLAY "A IS NOT 8"
           END-EVALUATE
           EVALUATE B
               WHEN "A" THRU "M" DISPLAY "A-M"
               WHEN "N" THRU "Z" DISPLAY "N-Z"
           END-EVALUATE
           STOP RUN.
