       IDENTIFICATION DIVISION.
       PROGRAM-ID. TBLSCAN.
      * THE TABLE LOOKUP WITHOUT SEARCH: PERFORM VARYING OVER ONE IF
      * THAT COMPARES AN ELEMENT WITH A VALUE. MATCHES THAT ARE NOT AT
      * AN ELEMENT BOUNDARY, A BODY THAT CHANGES THE VALUE AND LATER
      * ELEMENTS, A START PAST 1, ONE-BYTE ELEMENTS, NO MATCH.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 T-DATA.
          05 FILLER PIC X(30) VALUE "ABCBCAABCXBCABCABCZZZBCABCABCA".
       01 T-TABLE REDEFINES T-DATA.
          05 T-ENTRY OCCURS 10 TIMES.
             10 T-CODE  PIC X(3).
       01 C-DATA.
          05 FILLER PIC X(8) VALUE "XAXBXAAX".
       01 C-TABLE REDEFINES C-DATA.
          05 C-CHAR PIC X OCCURS 8 TIMES.
       01 N-TABLE.
          05 N-ENTRY OCCURS 5 TIMES.
             10 N-CODE  PIC 9(3).
             10 N-COUNT PIC 9(4) COMP-3.
       01 WANTED    PIC X(3).
       01 WANTED-N  PIC 9(3).
       01 I         PIC 99.
       01 HITS      PIC 9(3) VALUE 0.
       01 TRAIL     PIC X(40) VALUE SPACES.
       01 P         PIC 99 VALUE 1.
       PROCEDURE DIVISION.
           MOVE "ABC" TO WANTED
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 10
               IF T-CODE (I) = WANTED
                   ADD 1 TO HITS
                   MOVE I TO TRAIL (P:2)
                   ADD 2 TO P
               END-IF
           END-PERFORM
           DISPLAY I " " HITS " " TRAIL
           MOVE SPACES TO TRAIL MOVE 1 TO P MOVE 0 TO HITS
           PERFORM VARYING I FROM 2 BY 1 UNTIL I > 9
               IF T-CODE (I) = "ABC"
                   ADD 1 TO HITS
                   MOVE I TO TRAIL (P:2)
                   ADD 2 TO P
                   MOVE "ABC" TO T-CODE (I + 1)
               END-IF
           END-PERFORM
           DISPLAY I " " HITS " " TRAIL
           DISPLAY T-DATA
           MOVE SPACES TO TRAIL MOVE 1 TO P MOVE 0 TO HITS
           MOVE "BCA" TO WANTED
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 10
               IF T-CODE (I) = WANTED
                   ADD 1 TO HITS
                   MOVE I TO TRAIL (P:2)
                   ADD 2 TO P
                   MOVE "ZZZ" TO WANTED
               END-IF
           END-PERFORM
           DISPLAY I " " HITS " " TRAIL
           MOVE SPACES TO TRAIL MOVE 1 TO P MOVE 0 TO HITS
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 8
               IF C-CHAR (I) = "A"
                   ADD 1 TO HITS
                   MOVE I TO TRAIL (P:2)
                   ADD 2 TO P
               END-IF
           END-PERFORM
           DISPLAY I " " HITS " " TRAIL
           MOVE 0 TO HITS
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 10
               IF T-CODE (I) = "QQQ"
                   ADD 1 TO HITS
               END-IF
           END-PERFORM
           DISPLAY I " " HITS
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 5
               COMPUTE N-CODE (I) = I * 100 + 7
               MOVE 0 TO N-COUNT (I)
           END-PERFORM
           MOVE 307 TO WANTED-N
           PERFORM 3 TIMES
               PERFORM VARYING I FROM 1 BY 1 UNTIL I > 5
                   IF N-CODE (I) = WANTED-N
                       ADD 1 TO N-COUNT (I)
                   END-IF
               END-PERFORM
               ADD 100 TO WANTED-N
           END-PERFORM
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 5
               DISPLAY N-CODE (I) " " N-COUNT (I)
           END-PERFORM
           STOP RUN.
