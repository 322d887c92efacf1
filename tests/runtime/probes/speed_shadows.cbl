       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDSHD.
      * ITEMS READ AGAIN AND AGAIN (88-LEVELS, COMPARISONS, SUMS) WHILE
      * THEIR BYTES CHANGE UNDER OTHER NAMES: A REFERENCE MODIFICATION,
      * A GROUP MOVE, A REDEFINES AND A TABLE OVER THE RECORD, READ INTO,
      * INITIALIZE, STRING, INSPECT, A PERFORMED PARAGRAPH; INVALID
      * DIGITS, SPACES, AN OVERPUNCHED SIGN AND A BAD PACKED SIGN.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT CARDS ASSIGN TO "CARDS"
               ORGANIZATION IS LINE SEQUENTIAL.
       DATA DIVISION.
       FILE SECTION.
       FD  CARDS.
       01  CARD-LINE                   PIC X(19).
       WORKING-STORAGE SECTION.
       01  WS-CARD.
           05  C-CODE                  PIC 9(3).
               88  C-KNOWN             VALUE 010 020 030.
               88  C-LOW               VALUE 000 THRU 015.
           05  C-AMT                   PIC S9(5)V99.
           05  C-PACK                  PIC S9(5)V99 COMP-3.
           05  C-TAIL                  PIC X(5).
       01  WS-CARD-X REDEFINES WS-CARD PIC X(19).
       01  WS-TABLE REDEFINES WS-CARD.
           05  T-BYTE                  PIC X OCCURS 19.
       01  WS-WORK.
           05  W-SUM                   PIC S9(7)V99.
           05  W-TOTAL                 PIC S9(7)V99 VALUE 0.
           05  I                       PIC 99.
       PROCEDURE DIVISION.
           MOVE 10 TO C-CODE
           MOVE 12.5 TO C-AMT
           MOVE -1.25 TO C-PACK
           PERFORM SHOW
           MOVE "1A3" TO WS-CARD-X (1:3)
           PERFORM SHOW
           MOVE " 20" TO WS-CARD-X (1:3)
           PERFORM SHOW
           MOVE "0300000012p" TO WS-CARD
           PERFORM SHOW
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
               MOVE "0" TO T-BYTE (I)
           END-PERFORM
           PERFORM SHOW
           MOVE X"0012345A" TO WS-CARD-X (11:4)
           PERFORM SHOW
           INITIALIZE WS-CARD
           PERFORM SHOW
           STRING "02" "0" "0000100" DELIMITED BY SIZE INTO WS-CARD-X
           PERFORM SHOW
           INSPECT WS-CARD-X REPLACING ALL "2" BY "1"
           PERFORM SHOW
           MOVE 14 TO C-CODE
           IF C-LOW
               PERFORM BUMP
               IF C-LOW
                   DISPLAY "STILL LOW " C-CODE
               ELSE
                   DISPLAY "NOW " C-CODE
               END-IF
           END-IF
           OPEN OUTPUT CARDS
           MOVE "0200000150" TO CARD-LINE
           WRITE CARD-LINE
           MOVE "0X0000015}" TO CARD-LINE
           WRITE CARD-LINE
           CLOSE CARDS
           OPEN INPUT CARDS
           READ CARDS INTO WS-CARD
           PERFORM SHOW
           READ CARDS INTO WS-CARD
           PERFORM SHOW
           CLOSE CARDS
           DISPLAY "TOTAL " W-TOTAL
           STOP RUN.
       SHOW.
           DISPLAY "CARD " WS-CARD-X (1:10)
           IF C-KNOWN
               DISPLAY " KNOWN"
           ELSE
               DISPLAY " UNKNOWN"
           END-IF
           IF C-LOW
               DISPLAY " LOW"
           END-IF
           IF C-CODE > 15
               DISPLAY " ABOVE 15"
           END-IF
           COMPUTE W-SUM = C-CODE + C-AMT + C-PACK
           DISPLAY " SUM " W-SUM
           EVALUATE TRUE
               WHEN C-KNOWN
                   DISPLAY " E KNOWN"
               WHEN C-LOW
                   DISPLAY " E LOW"
               WHEN OTHER
                   DISPLAY " E OTHER"
           END-EVALUATE
           IF C-PACK < 0
               DISPLAY " NEGATIVE PACK"
           END-IF
           ADD C-AMT TO W-TOTAL.
       BUMP.
           ADD 5 TO C-CODE.
