       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDSCN.
      * TABLE LOOKUPS OVER A TABLE NOTHING WRITES (THE ENGINE LOOKS THE
      * WANTED BYTES UP IN A DICTIONARY OF THE ELEMENTS): REPEATED
      * CODES, A MATCH ACROSS TWO ELEMENTS, A START PAST 1, A LITERAL,
      * AN ITEM THE STATEMENTS CHANGE, A SHORTER WANTED ITEM, NO MATCH.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 T-DATA.
          05 FILLER PIC X(24) VALUE "100AAA200BBB100CCC001DDD".
          05 FILLER PIC X(12) VALUE "00AAA300EEE ".
       01 T-TABLE REDEFINES T-DATA.
          05 T-ENTRY OCCURS 6 TIMES.
             10 T-CODE  PIC X(3).
             10 T-DESC  PIC X(3).
       01 W-WANTED.
          05 WANTED     PIC X(3).
          05 WANTED-2   PIC X(2).
       01 W-WORK.
          05 I          PIC 99.
          05 HITS       PIC 9(3).
          05 TRAIL      PIC X(30).
          05 P          PIC 99.
       PROCEDURE DIVISION.
           MOVE "100" TO WANTED
           PERFORM 100-SCAN
           MOVE "001" TO WANTED
           PERFORM 100-SCAN
           MOVE "300" TO WANTED
           PERFORM 100-SCAN
           MOVE "999" TO WANTED
           PERFORM 100-SCAN
           MOVE "AAA" TO WANTED
           PERFORM 100-SCAN
      *    A START PAST 1 AND A LITERAL
           MOVE 0 TO HITS MOVE SPACES TO TRAIL MOVE 1 TO P
           PERFORM VARYING I FROM 2 BY 1 UNTIL I > 6
               IF T-CODE (I) = "100"
                   ADD 1 TO HITS
                   MOVE I TO TRAIL (P:2)
                   ADD 2 TO P
               END-IF
           END-PERFORM
           DISPLAY "LIT " I " " HITS " " TRAIL
      *    THE STATEMENTS CHANGE THE WANTED ITEM
           MOVE "100" TO WANTED
           MOVE 0 TO HITS MOVE SPACES TO TRAIL MOVE 1 TO P
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 6
               IF T-CODE (I) = WANTED
                   ADD 1 TO HITS
                   MOVE I TO TRAIL (P:2)
                   ADD 2 TO P
                   MOVE "300" TO WANTED
               END-IF
           END-PERFORM
           DISPLAY "CHG " I " " HITS " " TRAIL
      *    A WANTED ITEM SHORTER THAN THE ELEMENT: PADDED WITH SPACES
           MOVE "30" TO WANTED-2
           MOVE 0 TO HITS
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 6
               IF T-CODE (I) = WANTED-2
                   ADD 1 TO HITS
               END-IF
           END-PERFORM
           DISPLAY "SHORT " I " " HITS
           STOP RUN.
       100-SCAN.
           MOVE 0 TO HITS MOVE SPACES TO TRAIL MOVE 1 TO P
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 6
               IF T-CODE (I) = WANTED
                   ADD 1 TO HITS
                   MOVE I TO TRAIL (P:2)
                   ADD 2 TO P
               END-IF
           END-PERFORM
           DISPLAY WANTED " " I " " HITS " " TRAIL.
