       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPEEDBST.
      * STORES WRITTEN AS BYTEARRAYS AND ADJACENT CONSTANT STORES JOINED
      * (RUNTIME/COMPILE/BYTESTORES.PY): MOVES OF LITERALS INTO ADJACENT
      * ITEMS, THROUGH A REDEFINES AND A TABLE WITH LITERAL SUBSCRIPTS,
      * AN ITEM READ BETWEEN THEM (ITS SHADOW), A STORE INSIDE AN IF
      * NEXT TO ONE AFTER IT, ONE CONSTANT STORED TWICE AND CHANGED IN
      * ONE PLACE; COMP-3 AND UNSIGNED DISPLAY STORES OF POSITIVE,
      * NEGATIVE, ZERO AND TOO LARGE VALUES (THEIR BYTES SHOWN THROUGH A
      * GROUP MOVE), A PROMOTED COUNTER MOVED INTO THEM.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-MOD.
           05  M-PERIOD                PIC 9(6).
           05  M-STATUS                PIC 99.
               88  M-OPEN              VALUE 10 20.
           05  M-FLAG                  PIC X.
           05  M-AMT                   PIC S9(7)V99 COMP-3.
           05  M-FEE                   PIC S9(5)V99 COMP-3.
           05  M-DATE                  PIC 9(8).
           05  M-SIGNED                PIC S9(3).
           05  M-NAME                  PIC X(5).
       01  WS-MOD-X REDEFINES WS-MOD   PIC X(37).
       01  WS-TAB.
           05  T-CELL                  PIC X(3) OCCURS 4.
       01  WS-NUMS.
           05  N-PACK                  PIC S9(3)V99 COMP-3.
           05  N-UPACK                 PIC 9(3) COMP-3.
           05  N-DISP                  PIC 9(4).
           05  N-WIDE                  PIC 9(6).
       01  WS-SAVE                     PIC X(14).
       01  WS-COPY                     PIC X(5).
       01  WS-CNT                      PIC 9(4) VALUE 0.
       01  WS-I                        PIC 9 VALUE 1.
       PROCEDURE DIVISION.
           MOVE ZERO TO M-PERIOD
           MOVE 10 TO M-STATUS
           MOVE "Y" TO M-FLAG
           MOVE 1234.5 TO M-AMT
           MOVE -0.75 TO M-FEE
           MOVE ZEROS TO M-DATE
           MOVE -12 TO M-SIGNED
           MOVE SPACES TO M-NAME
           PERFORM SHOW
           IF M-OPEN
               DISPLAY "OPEN " M-STATUS
           END-IF
           MOVE 20 TO M-STATUS
           IF M-OPEN
               DISPLAY "OPEN " M-STATUS
           END-IF
           MOVE "ABCDE" TO WS-MOD-X (1:5)
           MOVE "FG" TO WS-MOD-X (6:2)
           MOVE 7 TO M-STATUS
           PERFORM SHOW
           IF M-OPEN
               DISPLAY "STILL OPEN"
           ELSE
               DISPLAY "NOT OPEN " M-STATUS
           END-IF
           MOVE "AAA" TO T-CELL (1)
           MOVE "BBB" TO T-CELL (2)
           MOVE "CCC" TO T-CELL (3)
           MOVE "DDD" TO T-CELL (WS-I)
           MOVE "EEE" TO T-CELL (4)
           DISPLAY "TAB " WS-TAB
           IF WS-I = 1
               MOVE "XYZ" TO T-CELL (2)
           END-IF
           MOVE "QQQ" TO T-CELL (3)
           DISPLAY "TAB " WS-TAB
           MOVE "HELLO" TO M-NAME
           MOVE "HELLO" TO WS-COPY
           INSPECT M-NAME REPLACING ALL "L" BY "W"
           MOVE "HELLO" TO WS-COPY
           DISPLAY "NAMES " M-NAME " " WS-COPY
           COMPUTE N-PACK = 123.456
           COMPUTE N-UPACK = -45
           COMPUTE N-DISP = 98765
           COMPUTE N-WIDE = -321
           PERFORM SHOW-NUMS
           COMPUTE N-PACK = -0.004
           COMPUTE N-UPACK = 1000
           COMPUTE N-DISP = 0
           COMPUTE N-WIDE = 999999 + 2
           PERFORM SHOW-NUMS
           COMPUTE N-PACK = -999.99 - 1
           MOVE ZERO TO N-UPACK
           PERFORM SHOW-NUMS
           ADD 1 TO WS-CNT
           ADD 1233 TO WS-CNT
           MOVE WS-CNT TO N-PACK
           MOVE WS-CNT TO N-UPACK
           MOVE WS-CNT TO N-DISP
           MOVE WS-CNT TO N-WIDE
           PERFORM SHOW-NUMS
           SUBTRACT 5000 FROM WS-CNT
           MOVE WS-CNT TO N-PACK
           MOVE WS-CNT TO N-WIDE
           PERFORM SHOW-NUMS
           INITIALIZE WS-MOD
           PERFORM SHOW
           STOP RUN.
       SHOW.
           DISPLAY "MOD " M-PERIOD " " M-STATUS " " M-FLAG " " M-AMT
               " " M-FEE " " M-DATE " " M-SIGNED " [" M-NAME "]".
       SHOW-NUMS.
           DISPLAY "NUMS " N-PACK " " N-UPACK " " N-DISP " " N-WIDE
               " " WS-CNT
           MOVE WS-NUMS TO WS-SAVE
           DISPLAY "BYTES " WS-SAVE.
