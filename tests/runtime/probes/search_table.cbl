      * SEARCH (serial, from the index's value, VARYING, AT END) and
      * SEARCH ALL (binary on ASCENDING / DESCENDING keys).
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SRCH.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 CODES-DATA PIC X(15) VALUE "AAABBBCCCDDDEEE".
       01 CODES REDEFINES CODES-DATA.
          05 CODE-ENTRY OCCURS 5 INDEXED BY CX.
             10 CODE-KEY PIC X(3).
       01 RATES.
          05 RATE-ENTRY OCCURS 6 ASCENDING KEY IS RATE-ID
                        INDEXED BY RX.
             10 RATE-ID PIC 9(3).
             10 RATE-VAL PIC 9V99.
       01 DESC-TABLE.
          05 D-ENTRY OCCURS 4 DESCENDING KEY D-KEY INDEXED BY DX.
             10 D-KEY PIC 9(2).
       01 COUNTER PIC 9(2) VALUE 0.
       01 WANTED PIC 9(3).
       01 I PIC 9(2).
       PROCEDURE DIVISION.
           SET CX TO 1.
           SEARCH CODE-ENTRY
               AT END DISPLAY "NOT FOUND"
               WHEN CODE-KEY (CX) = "CCC"
                   DISPLAY "CCC AT " CX
           END-SEARCH.
           SET CX TO 4.
           SEARCH CODE-ENTRY
               AT END DISPLAY "BBB NOT FOUND FROM 4"
               WHEN CODE-KEY (CX) = "BBB"
                   DISPLAY "BBB AT " CX
           END-SEARCH.
           SET CX TO 1.
           MOVE 0 TO COUNTER.
           SEARCH CODE-ENTRY VARYING COUNTER
               WHEN CODE-KEY (CX) = "DDD" DISPLAY "DDD AT " CX
                   " COUNTER " COUNTER
               WHEN CODE-KEY (CX) = "EEE" DISPLAY "EEE?"
           END-SEARCH.
           SET CX TO 1.
           SEARCH CODE-ENTRY
               WHEN CODE-KEY (CX) = "ZZZ" DISPLAY "ZZZ?"
           END-SEARCH.
           DISPLAY "AFTER NO MATCH " CX.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 6
               COMPUTE RATE-ID (I) = I * 10 + 5
               COMPUTE RATE-VAL (I) = I / 4
           END-PERFORM.
           PERFORM VARYING WANTED FROM 0 BY 5 UNTIL WANTED > 70
               SEARCH ALL RATE-ENTRY
                   AT END DISPLAY WANTED " -"
                   WHEN RATE-ID (RX) = WANTED
                       DISPLAY WANTED " " RATE-VAL (RX) " AT " RX
               END-SEARCH
           END-PERFORM.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 4
               COMPUTE D-KEY (I) = 50 - I * 10
           END-PERFORM.
           PERFORM VARYING WANTED FROM 5 BY 5 UNTIL WANTED > 45
               SEARCH ALL D-ENTRY
                   AT END DISPLAY "D " WANTED " -"
                   WHEN D-KEY (DX) = WANTED
                       DISPLAY "D " WANTED " AT " DX
               END-SEARCH
           END-PERFORM.
           STOP RUN.
