       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDGRD.
      * ONE SUBSCRIPT USED SEVERAL TIMES IN ONE CONDITION OR ONE
      * STATEMENT, IN RANGE AND OUT OF IT (COBC WITHOUT -DEBUG READS
      * AND WRITES THE BYTES BEFORE AND AFTER THE TABLE); A STATEMENT
      * THAT CHANGES THE SUBSCRIPT BETWEEN TWO OF ITS USES.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-REC.
           05  W-BEFORE                PIC 9(4) VALUE 9876.
           05  W-ENTRY OCCURS 3.
               10  T-A                 PIC 9(2).
               10  T-B                 PIC 9(2).
           05  W-AFTER                 PIC 9(4) VALUE 4321.
       01  I                           PIC S99 VALUE 0.
       01  S                           PIC S9(5) VALUE 0.
       PROCEDURE DIVISION.
           MOVE "010203040506" TO WS-REC (5:12)
           PERFORM VARYING I FROM 0 BY 1 UNTIL I > 4
               COMPUTE S = T-A (I) * 100 + T-B (I)
               IF T-A (I) > 3 AND T-B (I) < 50
                   DISPLAY I " BIG " S
               ELSE
                   DISPLAY I " SMALL " S
               END-IF
               MOVE T-A (I) TO T-B (I)
               ADD T-A (I) T-B (I) GIVING S
               DISPLAY I " SUM " S " " WS-REC
           END-PERFORM
           MOVE 2 TO I
           ADD 1 TO I T-A (I)
           DISPLAY I " " WS-REC
           STOP RUN.
