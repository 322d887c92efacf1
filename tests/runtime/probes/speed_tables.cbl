       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDTBL.
      * NUMERIC TABLES THE ENGINE HOLDS AS PYTHON LISTS (COUNTERS OF A
      * GROUP THAT IS ONLY INITIALIZED): UPDATES IN A TABLE SCAN, A
      * SUBSCRIPT OUT OF ITS LOOP, OUT-OF-RANGE SUBSCRIPTS OF A
      * NEIGHBOURING TABLE READING AND WRITING THEIR BYTES (NO -DEBUG),
      * INITIALIZE, STORES PAST THE DIGITS, AND A STORE INTO THE
      * SUBSCRIPT ITSELF.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 WS-COUNTERS.
          05 C-TOTAL    PIC 9(7) COMP-3.
          05 N-AMT      PIC S9(3) COMP-3 OCCURS 2 TIMES.
          05 T-COUNT    PIC 9(7) COMP-3 OCCURS 4 TIMES.
          05 T-AMOUNT   PIC S9(5)V99 COMP-3 OCCURS 4 TIMES.
          05 T-DISP     PIC S9(3) OCCURS 3 TIMES.
       01 WS-CODES.
          05 FILLER     PIC X(3) VALUE "100".
          05 FILLER     PIC X(3) VALUE "200".
          05 FILLER     PIC X(3) VALUE "100".
          05 FILLER     PIC X(3) VALUE "300".
       01 WS-CODE-TABLE REDEFINES WS-CODES.
          05 W-CODE     PIC X(3) OCCURS 4 TIMES.
       01 WS-WORK.
          05 W-WANTED   PIC X(3).
          05 W-AMOUNT   PIC S9(5)V99 COMP-3.
          05 I          PIC 9.
          05 K          PIC 9.
          05 J          PIC 9.
       01 V-COPY        PIC S9(7)V99 VALUE 0.
       01 V-EDIT        PIC -(7)9.99.
       PROCEDURE DIVISION.
           INITIALIZE WS-COUNTERS
           MOVE "100" TO W-WANTED
           MOVE 12.34 TO W-AMOUNT
           PERFORM 100-TALLY
           MOVE "300" TO W-WANTED
           MOVE -99999.99 TO W-AMOUNT
           PERFORM 100-TALLY
           PERFORM 100-TALLY
           PERFORM 200-SHOW
      *    A SUBSCRIPT SET OUTSIDE ANY LOOP, IN AND OUT OF RANGE
           MOVE 2 TO K
           ADD 5 TO T-COUNT (K)
           SUBTRACT 1.5 FROM T-AMOUNT (K)
           MOVE T-AMOUNT (K) TO V-COPY
           MOVE T-COUNT (K) TO V-EDIT
           DISPLAY "K2 " V-COPY " " V-EDIT
           COMPUTE T-COUNT (K) = 123456789
           COMPUTE T-DISP (K) = -7
           ADD 1 TO T-DISP (K)
           PERFORM 200-SHOW
      *    N-AMT (3) AND (4) ARE THE BYTES OF T-COUNT (1): READ THEM
           MOVE 3 TO J
           DISPLAY "N3 " N-AMT (J)
           MOVE 4 TO J
           DISPLAY "N4 " N-AMT (J)
      *    WRITE -12 INTO THE FIRST HALF OF T-COUNT (1)
           MOVE 3 TO J
           MOVE -12 TO N-AMT (J)
           PERFORM 200-SHOW
           MOVE 7 TO T-COUNT (1)
           MOVE "300" TO W-WANTED
           MOVE 1 TO W-AMOUNT
           PERFORM 100-TALLY
           PERFORM 200-SHOW
           INITIALIZE WS-COUNTERS
           MOVE "100" TO W-WANTED
           PERFORM 100-TALLY
           PERFORM 200-SHOW
      *    A STORE INTO THE SUBSCRIPT IN THE SAME STATEMENT
           MOVE 1 TO K
           ADD 1 TO K T-DISP (K)
           DISPLAY "K " K
           PERFORM 200-SHOW
           STOP RUN.
       100-TALLY.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 4
               IF W-CODE (I) = W-WANTED
                   ADD 1 TO T-COUNT (I) C-TOTAL
                   ADD W-AMOUNT TO T-AMOUNT (I)
               END-IF
           END-PERFORM.
       200-SHOW.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 4
               MOVE T-AMOUNT (I) TO V-EDIT
               DISPLAY I " " T-COUNT (I) " " T-AMOUNT (I) " " V-EDIT
           END-PERFORM
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 3
               DISPLAY "D" I " " T-DISP (I)
           END-PERFORM
           DISPLAY "TOTAL " C-TOTAL.
